"""Cards of session 28 (issue 9): read off cards the real Anki backend renders from a small
deck written here.
"""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki_import import import_package
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import card_fronts as _fronts
from card_facts import learner_text as _text
from card_facts import zh_card_fact as _zh

from examgen.config import DeckConfig
from examgen.deck import build_deck, note_guid
from examgen.model import StoredFact
from examgen.notes import parse_paths

# ------------------------------------------------ 1. the member card names the list's relation


def test_a_member_of_a_list_led_in_by_contains_names_the_lists_relation(tmp_path, col):
    parts = _fact("b1", "list", "Kettle contains", items=("Spout", "Lid", "Handle"))
    lid = _fact("b2", "definition", "Lid", text="the round cover keeping the steam in", line=4)
    import_package(col, _build(tmp_path, [parts, lid]).output)
    front = _fronts(col, "b2", "definition")[0]  # the forward card
    assert "Lid (components of Kettle)" in front and "contains" not in front


# ------------------------------------------------ 2. the prompt says what the text is


def test_a_definition_that_is_a_range_of_values_asks_for_its_range(tmp_path, col):
    fact = _fact("r1", "definition", "Dial setting", text="1 - 12 (for the oven)")
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "r1", "definition")
    assert front.startswith("Give its range Dial setting") and "Define" not in front


def test_a_range_with_a_default_asks_for_its_range_too(tmp_path, col):
    fact = _fact("r2", "definition", "Dial setting", text="0 - 240 (steps of 10) - default 180")
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "r2", "definition")
    assert front.startswith("Give its range")


def test_a_text_that_says_what_its_term_is_good_for_asks_for_the_benefit(tmp_path, col):
    fact = _zh("g1", "definition", "晨间巡检", text="有利于及早发现漏水")
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "g1", "definition")
    assert front.startswith("它有什么好处？ 晨间巡检") and "解释这个概念" not in front


def test_a_statistic_about_a_prevalence_asks_for_its_figures_not_an_explanation(tmp_path, col):
    fact = _fact(
        "p1", "definition", "prevalence of hiccups", text="About 4% of adults hiccup every day"
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "p1", "definition")
    assert front.startswith("Give its value") and "Explain" not in front


# ------------------------------------------------ 4. text defects


def test_a_table_rows_head_stands_on_its_own_line_not_run_into_the_first_column(tmp_path, col):
    table = _zh(
        "t1",
        "table",
        "铜壶 与 铁壶",
        columns=("比较项", "铜壶", "铁壶"),
        rows=(("用途", "煮茶", "烧水"), ("重量", "轻", "重")),
    )
    import_package(col, _build(tmp_path, [table]).output)
    nids = col.db.list("select id from notes where guid = ?", note_guid("t1", "table:用途"))
    (card,) = [c for nid in nids for c in col.get_note(nid).cards()]
    assert '<div class="eg-title">用途</div>' in card.question()
    assert "用途铜壶" not in _text(card.question())


def test_a_group_card_of_a_list_led_in_by_a_sentence_gives_one_instruction(tmp_path, col):
    fact = _zh(
        "st1",
        "list",
        "铜壶是茶室的主要器具,用途很多",
        items=(
            "煮水时受热均匀,水温升得很快",
            "表面的铜锈可以抑制细菌生长",
            "茶渣清理",
            "壶身厚重,放在炉上不易翻倒",
        ),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "st1", "list")
    assert front.startswith("写出空缺的1项") and "列出各项" not in front


def test_a_members_gloss_and_its_paragraph_stay_on_the_members_line(tmp_path, col):
    fact = _zh(
        "pl1",
        "list",
        "茶室器具的种类",
        items=(("铜壶", "煮水；受热均匀"), ("瓷杯", "饮茶；保温较好"), ("竹夹", "夹杯")),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    nids = col.db.list("select id from notes where guid = ?", note_guid("pl1", "list-cloze"))
    cards = [c for nid in nids for c in col.get_note(nid).cards()]
    assert cards and all("<br" not in c.question() for c in cards)
    assert all("煮水；受热均匀" in _text(c.question()) for c in cards[1:])


# ------------------------------------------------ 3. visible text gives the answer


def test_a_gloss_saying_what_tells_a_member_apart_is_hidden_on_its_card(tmp_path, col):
    fact = _zh(
        "sh1",
        "list",
        "茶叶 加工方式",
        items=(("日晒加工", "靠阳光"), ("炭火加工", "用炭火慢慢烘干茶叶"), ("蒸汽加工", "蒸")),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "sh1", "list-cloze")
    asking = [f for f in fronts if "慢慢烘干" in f and "炭火加工" not in f]
    assert asking and all("用炭火慢慢" not in f for f in asking)


def test_a_step_that_is_the_notes_own_title_is_shown_not_asked(tmp_path, col):
    route = _fact(
        "q1",
        "sequence",
        "Brewing route",
        items=("Boiling", "Steeping", "Notes"),
        section=("Notes", "Brewing route"),
    )
    import_package(col, _build(tmp_path, [route]).output)
    fronts = _fronts(col, "q1", "sequence")
    assert fronts and all("→Notes" in f.replace(" ", "") for f in fronts)


def test_a_reverse_card_is_not_made_when_the_text_misspells_the_terms_own_word(tmp_path, col):
    fact = _fact(
        "m1",
        "definition",
        "windbreak fence",
        text="The row of posts shielding the windbreek garden from gales",
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "m1", "definition")
    assert fronts and not any("Which term is this?" in f for f in fronts)


def test_a_reverse_card_is_kept_when_the_text_says_no_word_of_the_term(tmp_path, col):
    fact = _fact(
        "m2",
        "definition",
        "windbreak fence",
        text="The row of posts shielding the kitchen garden from gales",
    )
    import_package(col, _build(tmp_path, [fact]).output)
    assert any("Which term is this?" in f for f in _fronts(col, "m2", "definition"))


# ------------------------------------------------ 5. the deck tree


def test_a_top_heading_holding_only_an_image_takes_no_other_headings_chapters(tmp_path, col):
    notes = tmp_path / "sources" / "mill.md"
    notes.parent.mkdir()
    notes.write_text(
        "# Pictures\n\n![wheel](wheel.png)\n\n# Mill\n\n## Wheels\n\n"
        "- Undershot wheel: a wheel turned by water flowing under it\n"
        "- Overshot wheel: a wheel turned by water falling onto its top\n",
        encoding="utf-8",
    )
    result = parse_paths([tmp_path / "sources"], root=tmp_path)
    stored = [StoredFact(f, 1, 1, 1 + i) for i, f in enumerate(result.facts)]
    report = build_deck(stored, config=DeckConfig(), title=result.title, output=tmp_path / "d.apkg")
    import_package(col, report.output)
    names = {col.decks.name(col.get_card(c).did) for c in col.find_cards("")}
    assert names and all(name.startswith("Mill::") for name in names)


def test_a_lead_in_that_does_not_name_its_subject_is_asked_with_the_subject(tmp_path, col):
    fact = _zh(
        "li1",
        "list",
        "水闸",
        items=("上游水位高于警戒线；", "下游河道无人作业。"),
        label="汛期以下情况开启",
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "li1", "list")
    assert "水闸：汛期以下情况开启" in front
