"""Cards of session 32 (issue 9): the fresh reader's flaws, read off cards the real Anki
backend renders from small notes written here.
"""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki_import import import_package
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import card_fronts as _fronts
from card_facts import zh_card_fact as _zh

# ------------------------------------------------ 1. texts that are no definition


def test_an_aspect_of_necessity_is_asked_as_that_aspect_not_as_a_concept(tmp_path, col):
    fact = _zh("n1", "definition", "加固缆绳必要性", text="风浪过大时缆绳容易断裂,所以需要适时加固")
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "n1", "definition")
    assert "加固缆绳的必要性" in front and "解释这个概念" not in front


def test_a_text_saying_what_its_term_is_important_for_asks_what_it_is_good_for(tmp_path, col):
    fact = _fact(
        "b1",
        "definition",
        "Harbour pilots",
        text="particularly important for guiding large ships through narrow channels.",
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "b1", "definition")
    assert "What is it good for?" in front and "Define this term" not in front


def test_a_text_stating_the_terms_role_in_a_setting_makes_no_definition_card(tmp_path, col):
    fact = _fact(
        "r1",
        "definition",
        "Hull number",
        text="in a crowded harbour the lowest hull number becomes the first to dock",
    )
    other = _fact("r2", "definition", "Bollard", text="a short post on a quay to tie lines to")
    import_package(col, _build(tmp_path, [fact, other]).output)
    assert _fronts(col, "r1", "definition") == [] and _fronts(col, "r2", "definition")


# ------------------------------------------------ 2. clauses are not blanked as names


def test_a_clause_among_sentence_members_is_not_blanked_as_a_name(tmp_path, col):
    fact = _zh(
        "c1",
        "list",
        "水磨工作原理",
        items=(
            "给水车挂上齿轮,水流经过时带动石磨一起转动",
            "水流不足时,石磨会慢慢停下来等待下一次涨水",
            "石磨通过中间结构转轴与水车关联",
        ),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "c1", "list")
    assert fronts and not any("＿＿" in f or "[...]" in f for f in fronts)


# ------------------------------------------------ 3. two members with a counter suffix


def test_two_members_differing_by_a_counter_suffix_do_not_give_each_other_away(tmp_path, col):
    fact = _fact(
        "o1",
        "sequence",
        "stages of mooring",
        items=("M1", "M2", "final lashing of the lines"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "o1", "sequence")
    assert fronts and not any("M1→[...]" in f or "[...]→M2" in f for f in fronts)


def test_a_member_joining_parts_with_a_list_comma_among_statements_is_not_blanked(tmp_path, col):
    fact = _zh(
        "c2",
        "list",
        "水磨概念",
        items=(
            "一种工具、一种习俗",
            "水车能够独立转动、独立停下、独立维修",
            "受水流驱动,不断转动",
        ),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "c2", "list")
    assert fronts and not any("＿＿" in f or "[...]" in f for f in fronts)


# ------------------------------------------------ 5. the notes' joining punctuation


def _all_text(col, fact_id: str, kind: str) -> str:
    from card_facts import learner_text

    from examgen.deck import note_guid

    nids = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    cards = [c for nid in nids for c in col.get_note(nid).cards()]
    return " ".join(learner_text(c.question()) + " " + learner_text(c.answer()) for c in cards)


def test_members_lose_the_notes_closing_semicolon_and_leading_and(tmp_path, col):
    fact = _zh("p1", "list", "第四守则的條件", items=("符合第三守则；", "且无多余的缆绳存在。"))
    import_package(col, _build(tmp_path, [fact]).output)
    shown = _all_text(col, "p1", "list") + _all_text(col, "p1", "list-cloze")
    assert "无多余的缆绳存在" in shown and "符合第三守则" in shown
    assert "；" not in shown and "且无" not in shown and "存在。" not in shown


# ------------------------------------------------ 4. a reverse clue that singles out its term


def test_a_definition_that_is_only_steps_gets_no_reverse_card(tmp_path, col):
    fact = _zh("v1", "definition", "换缆作业", text="删除旧缆绳记录,创建新缆绳记录")
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "v1", "definition")
    assert fronts and not any("这说的是哪个概念" in f for f in fronts)
