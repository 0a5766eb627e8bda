"""Cards of session 20, round 2 (issue 9): the patterns round 1 left. Each read off cards the
real Anki backend renders from a small deck written here.
"""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import learner_text as _text

from examgen.deck import note_guid


def _cards(col: Collection, fact_id: str, kind: str):
    nids = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return [card for nid in nids for card in col.get_note(nid).cards()]


def _fronts(col: Collection, fact_id: str, kind: str) -> list[str]:
    return [_text(card.question()) for card in _cards(col, fact_id, kind)]


# ---------------------------------------------------------------- 4. a long list's hiding

PLANTS = [
    "apple",
    "birch",
    "cedar",
    "daisy",
    "elm",
    "fern",
    "gorse",
    "heather",
    "iris",
    "juniper",
    "kale",
    "laurel",
    "maple",
    "nettle",
    "oak",
    "poppy",
    "quince",
    "rose",
    "sage",
    "thyme",
    "ulex",
    "violet",
    "willow",
    "yarrow",
    "zinnia",
    "aster",
    "basil",
    "clover",
    "dill",
]


def test_a_long_sequence_hides_a_step_where_another_steps_gloss_names_it(tmp_path, col):
    # 29 steps: more than the hider searches one by one, so its index finds them.
    steps = [(plant, None) for plant in PLANTS]
    steps[4] = ("elm", "after it comes the Willow")
    fact = _fact("h1", "sequence", "Planting order", items=steps)
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = [f for f in _fronts(col, "h1", "sequence") if "violet→[...]→yarrow" in f]
    assert "elm (after it comes the [...])" in front
    assert "willow" not in front.lower()


# ---------------------------------------------------------------- 1. a second right answer


def test_a_gloss_that_is_short_once_its_term_is_hidden_gets_no_reverse_card(tmp_path, col):
    # 18 columns as written, "对区间加锁。" once the term is blanked: any lock on a range
    # (the notes' other locks) fits it as well.
    fence = _fact("r1", "definition", "栅栏锁", text="栅栏锁对区间加锁。", lang="zh")
    import_package(col, _build(tmp_path, [fence]).output)
    assert [f for f in _fronts(col, "r1", "definition") if "哪个概念" in f] == []
    assert len(_fronts(col, "r1", "definition")) == 1


def test_a_gloss_that_says_enough_besides_its_term_keeps_its_reverse_card(tmp_path, col):
    fence = _fact(
        "r2", "definition", "栅栏锁", text="栅栏锁对区间加锁，挡住落在区间里的新插入。", lang="zh"
    )
    import_package(col, _build(tmp_path, [fence]).output)
    (reverse,) = [f for f in _fronts(col, "r2", "definition") if "哪个概念" in f]
    assert "＿＿对区间加锁" in reverse


# ---------------------------------------------------------------- 3. whose kinds


def test_a_facet_of_a_bare_relation_word_is_asked_with_the_heading_it_divides(tmp_path, col):
    kinds = _fact(
        "k1",
        "list",
        "分类（按工龄）",
        items=("学徒工", "熟练工", "老师傅"),
        section=("Notes", "2.1. 工人及其分类"),
        lang="zh",
    )
    import_package(col, _build(tmp_path, [kinds]).output)
    (front,) = [f for f in _fronts(col, "k1", "list") if "哪几种" in f]
    assert "工人的分类（按工龄）有哪几种？" in front


# ---------------------------------------------------------------- 5. review rvc21


def test_a_definition_that_is_only_a_because_clause_is_explained_with_no_reverse_card(
    tmp_path, col
):
    view = _fact(
        "b1", "definition", "库存观点", text="因为盘点时只需要核对较少的货架与账目", lang="zh"
    )
    import_package(col, _build(tmp_path, [view]).output)
    (front,) = _fronts(col, "b1", "definition")
    assert front.startswith("说明这一点")


def test_a_steps_own_acronym_beside_its_blank_is_hidden_with_it(tmp_path, col):
    steps = (("Gate Key Code", "GKC"), ("Door Pin ID", "DPID"), ("Vault Lock Number", "VLN"))
    order = _fact("a1", "sequence", "Unlocking order", items=steps)
    import_package(col, _build(tmp_path, [order]).output)
    (front,) = [f for f in _fronts(col, "a1", "sequence") if "Door Pin ID" not in f]
    assert "Gate Key Code (GKC)→[...] ([...])→Vault Lock Number" in front
    assert "DPID" not in front


def test_a_reverse_card_hides_the_other_name_a_heading_pairs_with_its_term_by_a_comma(
    tmp_path, col
):
    form = _fact(
        "p1",
        "definition",
        "第一范式",
        text="表中每一格都只放一个不可再分的值，且每一行都有主键",
        section=("Notes", "第一范式, First Form Rule"),
        lang="zh",
    )
    import_package(col, _build(tmp_path, [form]).output)
    (reverse,) = [f for f in _fronts(col, "p1", "definition") if "哪个概念" in f]
    assert "Notes › ＿＿, ＿＿" in reverse
    assert "First Form Rule" not in reverse


def test_an_aspect_of_something_is_explained_not_defined(tmp_path, col):
    onset = _fact("d1", "definition", "Onset of hay fever", text="usually in childhood or youth")
    import_package(col, _build(tmp_path, [onset]).output)
    (front,) = _fronts(col, "d1", "definition")
    assert front.startswith("Explain this")


def test_a_way_of_doing_something_led_by_its_verb_is_explained_not_defined(tmp_path, col):
    way = _fact("d2", "definition", "Use backup lamp switch", text="turns the spare lamp on")
    import_package(col, _build(tmp_path, [way]).output)
    (front,) = _fronts(col, "d2", "definition")
    assert front.startswith("Explain this")


def test_a_thing_in_a_state_is_explained_not_defined(tmp_path, col):
    state = _fact(
        "d3", "definition", "pulse during deep sleep", text="slows down and becomes regular"
    )
    import_package(col, _build(tmp_path, [state]).output)
    (front,) = _fronts(col, "d3", "definition")
    assert front.startswith("Explain this")


# ---------------------------------------------------------------- 2. phrases over budget

PHRASES = (
    "一种把花园分区管理的办法",
    "每块花圃能够独立浇水、独立施肥、独立采收",
    "土壤松软,排水通畅",
    "这是一句很长的说明而不是一个需要背下来的名字或短语，所以只在卡片上作为上下文展示给读者看",
    "另一句同样很长的说明，讲的是园丁们每天早晚两次巡视花圃、记录长势并且调整喷灌的时间安排",
)


def test_a_list_of_long_phrases_over_the_budget_blanks_none_of_its_statements(tmp_path, col):
    # c32: mostly sentences, the list states things; its shorter phrases are statements too
    # (a group card "写出空缺的N项" asked which statements were missing).
    garden = _fact("g1", "list", "分区花园概念", items=PHRASES, lang="zh")
    bed = _fact("g0", "definition", "花圃", text="园中种花的一块地", lang="zh")
    import_package(col, _build(tmp_path, [garden, bed]).output)
    assert not [f for f in _fronts(col, "g1", "list") if "写出空缺" in f]
    assert _cards(col, "g1", "list-cloze") == []


def test_a_list_of_short_names_beside_a_long_member_keeps_its_one_blank_cards(tmp_path, col):
    beds = (
        "月季",
        "牡丹",
        "芍药",
        "这是一句很长的说明而不是一个需要背下来的名字或短语，所以只在卡片上作为上下文展示给读者看",
    )  # one long member: the cues around a blank stay within the cue budget (c23)
    garden = _fact("g2", "list", "花圃品种 类型", items=beds, lang="zh")
    import_package(col, _build(tmp_path, [garden]).output)
    assert len(_cards(col, "g2", "list-cloze")) == 3


# ---------------------------------------------------------------- 3. X and non-X


def test_a_pair_of_a_member_and_its_negation_gets_no_one_blank_cards(tmp_path, col):
    kinds = _fact("n1", "list", "Kinds of soil", items=("Fertile", "Non-fertile"))
    import_package(col, _build(tmp_path, [kinds]).output)
    assert _cards(col, "n1", "list-cloze") == []
    (front,) = _fronts(col, "n1", "list")
    assert "Fertile" not in front  # the one card asks for both


def test_an_english_question_the_notes_wrote_in_lower_case_is_asked_as_a_sentence(tmp_path, col):
    fact = _fact("q1", "list", "what a lamp can be", items=("on", "off", "dimmed"))
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "q1", "list")
    assert any("What can a lamp be?" in f for f in fronts)  # its verb first (c31)
    assert not any("what a lamp can be?" in f.casefold() for f in fronts)
