"""Cards of session 25 (issue 9): read off cards the real Anki backend renders from a small
deck written here.
"""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import learner_text as _text

from examgen.deck import note_guid


def _cards(col: Collection, fact_id: str, kind: str) -> list:
    nids = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return [card for nid in nids for card in col.get_note(nid).cards()]


def _fronts(col: Collection, fact_id: str, kind: str) -> list[str]:
    return [_text(card.question()) for card in _cards(col, fact_id, kind)]


def test_a_reverse_card_hides_its_term_in_a_heading_that_says_it_in_the_plural(tmp_path, col):
    text = "a slow river of ice that carves valleys as it moves downhill"
    fact = _fact("s1", "definition", "Glacier", text=text, section=("Notes", "Ice", "glaciers"))
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "s1", "definition")
    assert len(fronts) == 2
    assert "glacier" not in fronts[1].lower()


def test_a_member_the_list_title_says_in_another_form_is_not_asked(tmp_path, col):
    items = ("kiln", "glaze", "slip")
    fact = _fact("s2", "list", "Kilns terms", items=items)
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "s2", "list-cloze")
    assert len(fronts) == 2
    assert all("kiln" in front.split("Kilns", 1)[1] for front in fronts)


def test_a_chinese_member_the_list_title_mostly_spells_is_not_asked(tmp_path, col):
    items = ("迎客能力", "泡茶能力", "茶馆经营能力")
    fact = _fact("s3", "list", "茶馆", items=items, lang="zh", section=("笔记", "茶馆"))
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "s3", "list-cloze")
    assert len(fronts) == 2
    assert all("茶馆经营能力" in front for front in fronts)


def test_a_definition_cut_off_before_its_term_at_a_copula_gets_no_card(tmp_path, col):
    cut = _fact(
        "d1", "definition", "Harbour pilot", text="the sailor who steers ships into a port is"
    )
    whole = _fact(
        "d2", "definition", "Pilot boat", text="the boat that carries pilots out to ships"
    )
    import_package(col, _build(tmp_path, [cut, whole]).output)
    assert _fronts(col, "d1", "definition") == []
    assert _fronts(col, "d2", "definition") != []


def test_a_chinese_definition_ending_on_a_bare_copula_gets_no_card(tmp_path, col):
    cut = _fact("d3", "definition", "引水员", text="负责把船只引进港口的是", lang="zh")
    whole = _fact("d4", "definition", "引水船", text="把引水员送到船上的小船", lang="zh")
    import_package(col, _build(tmp_path, [cut, whole]).output)
    assert _fronts(col, "d3", "definition") == []
    assert _fronts(col, "d4", "definition") != []


def _answer(col: Collection, fact_id: str, kind: str) -> str:
    return _text(_cards(col, fact_id, kind)[0].answer())


def test_a_gloss_ending_in_a_word_the_notes_cut_off_is_left_off_the_card(tmp_path, col):
    items = (("CPM", "critical path method"), ("PERT", "programme evaluation and review techni"))
    plan = _fact("c1", "list", "Scheduling methods", items=items)
    said = _fact("c2", "definition", "Gantt chart", text="a bar chart technique for schedules")
    import_package(col, _build(tmp_path, [plan, said]).output)
    back = _answer(col, "c1", "list")
    assert "PERT" in back and "techni" not in back and "critical path method" in back


def test_a_definition_ending_in_a_word_the_notes_cut_off_gets_no_card(tmp_path, col):
    cut = _fact("c3", "definition", "PERT", text="programme evaluation and review techni")
    said = _fact("c4", "definition", "Gantt chart", text="a bar chart technique for schedules")
    import_package(col, _build(tmp_path, [cut, said]).output)
    assert _fronts(col, "c3", "definition") == []
    assert _fronts(col, "c4", "definition") != []


def test_a_cut_word_a_gloss_and_its_members_definition_share_is_still_cut(tmp_path, col):
    items = (("CPM", "critical path method"), ("PERT", "programme evaluation and review techni"))
    plan = _fact("c5", "list", "Scheduling methods", items=items)
    member = _fact("c6", "definition", "PERT", text="programme evaluation and review techni")
    said = _fact("c7", "definition", "Gantt chart", text="a bar chart technique for schedules")
    import_package(col, _build(tmp_path, [plan, member, said]).output)
    assert _fronts(col, "c6", "definition") == []
    assert "techni" not in _answer(col, "c5", "list")
