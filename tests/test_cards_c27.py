"""Cards of session 27 (issue 9): read off cards the real Anki backend renders from a small
deck written here.
"""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from card_facts import T0
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import card_fronts as _fronts
from card_facts import learner_text as _text
from card_facts import zh_card_fact as _zh

from examgen.config import DeckConfig
from examgen.deck import build_deck, note_guid
from examgen.model import StoredFact

# ------------------------------------------------ 1. the members' shared head names the relation


def test_chinese_members_sharing_a_head_noun_are_asked_as_the_subjects_instances(tmp_path, col):
    fact = _zh("h1", "list", "磨坊主", items=("水流控制", "石磨控制", "闸门控制"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "h1", "list")
    assert "磨坊主的控制有哪些？" in front and "解释这个概念" not in front


def test_english_members_sharing_a_head_noun_are_asked_as_the_subjects_instances(tmp_path, col):
    fact = _fact("h2", "list", "Harbour", items=("grain store", "salt store", "timber store"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "h2", "list")
    assert "What are the stores of Harbour?" in front


def test_members_that_are_clauses_name_no_relation_by_their_ending(tmp_path, col):
    fact = _zh("h3", "list", "风车", items=("共享,双向传播", "从属,单向传播"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "h3", "list")
    assert front.startswith("解释这个概念 风车")


def test_members_of_which_one_is_the_head_noun_alone_name_no_relation(tmp_path, col):
    fact = _zh("h4", "list", "风车", items=("控制", "石磨控制"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "h4", "list")
    assert "的控制有哪些" not in front


# ------------------------------------------------ 3. a sublist's name is no point to explain


def test_an_explained_list_leaves_off_a_member_that_names_a_sublist_of_its_own(tmp_path, col):
    points = _zh("s1", "list", "风车", items=("借风力转动的机械", "类型"))
    kinds = _zh("s2", "list", "风车 类型", items=("立轴风车", "卧轴风车"), line=5)
    import_package(col, _build(tmp_path, [points, kinds]).output)
    nids = col.db.list("select id from notes where guid = ?", note_guid("s1", "list"))
    (card,) = [c for nid in nids for c in col.get_note(nid).cards()]
    assert _text(card.question()).startswith("解释这个概念 风车")
    back = _text(card.answer()).split("借风力转动的机械", 1)[1]
    assert "类型" not in back.split("Notes")[0]


# ------------------------------------------------ 4. a file with several top headings


def _decks(col: Collection, fact_id: str, kind: str) -> set[str]:
    nids = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return {col.decks.name(c.did) for nid in nids for c in col.get_note(nid).cards()}


def _two_tops() -> list:
    mill = _fact("t1", "definition", "Millstone", text="a heavy round stone that grinds grain")
    gate = _fact(
        "t2",
        "definition",
        "Sluice",
        text="a sliding gate that lets water into a mill race",
        section=("Canals", "Gates"),
        line=9,
    )
    return [mill, gate]


def test_each_top_heading_of_a_file_with_several_is_a_deck_of_its_own(tmp_path, col):
    import_package(col, _build(tmp_path, _two_tops()).output)
    assert _decks(col, "t2", "definition") == {"Canals::Gates"}


def test_the_first_top_heading_of_a_file_with_several_keeps_its_deck(tmp_path, col):
    import_package(col, _build(tmp_path, _two_tops()).output)
    assert _decks(col, "t1", "definition") == {"Notes::Chapter"}


# ------------------------------------------------ 2. no reverse card from a benefit or a trait


def test_a_definition_saying_a_benefit_gets_no_reverse_card(tmp_path, col):
    fact = _zh("r1", "definition", "水磨坊", text="有利于快速磨面和节省人力")
    import_package(col, _build(tmp_path, [fact]).output)
    assert len(_fronts(col, "r1", "definition")) == 1


def test_a_definition_saying_a_trait_gets_no_reverse_card(tmp_path, col):
    text = "continues to turn its wheel when the river is low in summer"
    fact = _fact("r2", "definition", "Tide mill", text=text)
    import_package(col, _build(tmp_path, [fact]).output)
    assert len(_fronts(col, "r2", "definition")) == 1


def test_a_definition_saying_what_the_term_does_keeps_its_reverse_card(tmp_path, col):
    text = "grinds grain between two stones turned by a water wheel"
    fact = _fact("r3", "definition", "Watermill", text=text)
    import_package(col, _build(tmp_path, [fact]).output)
    assert len(_fronts(col, "r3", "definition")) == 2


def test_a_flat_deck_keeps_every_top_heading_in_it(tmp_path, col):
    stored = [StoredFact(f, T0, T0, T0 + i) for i, f in enumerate(_two_tops())]
    config = DeckConfig(name="Mill notes", subdecks="none")
    build_deck(stored, config=config, title="Notes", output=tmp_path / "flat.apkg")
    import_package(col, tmp_path / "flat.apkg")
    assert _decks(col, "t2", "definition") == {"Mill notes"}


def test_an_explained_list_about_an_acronym_opens_with_its_full_name(tmp_path, col):
    name = _fact("e1", "definition", "WMP", text="Water Mill Protocol")
    points = _fact("e2", "list", "WMP", items=("Dutch", "Open - no sluice", "Shut"), line=5)
    import_package(col, _build(tmp_path, [name, points]).output)
    nids = col.db.list("select id from notes where guid = ?", note_guid("e2", "list"))
    (card,) = [c for nid in nids for c in col.get_note(nid).cards()]
    front, back = _text(card.question()), _text(card.answer())
    assert front.startswith("Explain this WMP") and "Water Mill Protocol" not in front
    assert "Water Mill Protocol Dutch" in back
