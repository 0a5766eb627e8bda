"""Cards of session 24 (issue 9): read off cards the real Anki backend renders from a small
deck written here.
"""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import card_fronts as _fronts
from card_facts import learner_text as _text

from examgen.deck import note_guid


def test_a_count_before_a_relation_word_is_not_taken_for_its_owner(tmp_path, col):
    fact = _fact("m1", "list", "Two extreme assumptions", items=("Full naive", "Sophisticated"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "m1", "list-cloze")[:1]
    # The title says its count: no "(2 items)" after it (c42).
    assert front.startswith("Two extreme assumptions [...]"), front


def test_a_lettered_heading_is_named_without_its_letter(tmp_path, col):
    fact = _fact(
        "n1",
        "list",
        "Windmill",
        items=("Blades turn to face the wind", "It drives a millstone"),
        section=("Notes", "Chapter", "B) Mills"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "n1", "list")
    assert front.startswith("Explain this Windmill (Mills)")


def test_a_definition_that_is_only_an_example_in_brackets_gets_no_card(tmp_path, col):
    example = _fact("e1", "definition", "Journaling file system", text="(e.g. ext4)")
    other = _fact("e2", "definition", "Inode", text="the record that holds a file's metadata")
    import_package(col, _build(tmp_path, [example, other]).output)
    assert _fronts(col, "e1", "definition") == []
    assert _fronts(col, "e2", "definition") != []


def test_a_chinese_subject_that_counts_its_kinds_is_not_asked_for_its_kinds_again(tmp_path, col):
    items = ("划桨技能", "掌舵技能", "观天技能")
    fact = _fact("k1", "list", "船夫应当具备三种技能", items=items, lang="zh")
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "k1", "list-cloze")[:1]
    # The title says its count: no "（3项）" after it (c42).
    assert front.startswith("船夫应当具备三种技能 [...]"), front


def test_a_text_saying_how_often_a_term_does_something_is_explained_not_defined(tmp_path, col):
    fact = _fact("c1", "definition", "Night heron", text="always hunts after dusk")
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "c1", "definition")
    assert front.startswith("Explain this Night heron")


def test_a_text_saying_how_often_a_term_does_something_gets_no_reverse_card(tmp_path, col):
    fact = _fact("c2", "definition", "Night heron", text="always hunts after dusk")
    import_package(col, _build(tmp_path, [fact]).output)
    assert len(_fronts(col, "c2", "definition")) == 1


def test_a_one_word_term_stated_by_a_formula_alone_is_asked_with_its_heading(tmp_path, col):
    fact = _fact(
        "f1",
        "definition",
        "Union",
        text="$P(A \\cup B) = P(A) + P(B)$",
        section=("Notes", "Chapter", "Disjoint events"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front, *_) = _fronts(col, "f1", "definition")
    assert front.startswith("Define this term Union (Disjoint events)")


def _answer(col: Collection, fact_id: str, kind: str) -> str:
    nids = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return _text(col.get_note(nids[0]).cards()[0].answer())


def test_another_terms_definition_glued_on_after_a_semicolon_is_left_off_the_back(tmp_path, col):
    text = "墙上的木架，用来晾晒草药；药碾：把草药碾成粉末的石槽"
    rack = _fact("g1", "definition", "药架", text=text, lang="zh")
    mill = _fact("g2", "definition", "药碾", text="把草药碾成粉末的石槽", lang="zh", line=5)
    import_package(col, _build(tmp_path, [rack, mill]).output)
    back = _answer(col, "g1", "definition")
    assert "晾晒草药" in back and "石槽" not in back


def test_a_semicolon_before_a_name_no_fact_defines_keeps_the_whole_text(tmp_path, col):
    text = "墙上的木架，用来晾晒草药；注意：雨天要收进屋里"
    rack = _fact("g3", "definition", "药架", text=text, lang="zh")
    import_package(col, _build(tmp_path, [rack]).output)
    assert "雨天要收进屋里" in _answer(col, "g3", "definition")
