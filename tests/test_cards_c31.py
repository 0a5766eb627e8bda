"""Cards of session 31 (issue 9): the readers' remaining flaws, read off cards the real Anki
backend renders from small notes written here.
"""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki_import import import_package
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import card_fronts as _fronts
from card_facts import zh_card_fact as _zh

# ------------------------------------------------ 1. ordinal siblings and bracketed aliases


def test_a_reverse_card_is_refused_when_its_text_names_the_terms_ordinal_sibling(tmp_path, col):
    fact = _fact(
        "s1",
        "definition",
        "Second Watch",
        text="the crew that relieves the First Watch at midnight and keeps the deck until dawn",
        section=("Notes", "Ship life"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "s1", "definition")  # the forward card only
    assert "Which term is this?" not in front


def test_a_reverse_card_is_kept_when_its_text_names_no_sibling(tmp_path, col):
    fact = _fact(
        "s2",
        "definition",
        "Second Watch",
        text="the crew that keeps the deck from midnight until dawn while the others sleep",
        section=("Notes", "Ship life"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    assert any("Which term is this?" in f for f in _fronts(col, "s2", "definition"))


def test_a_term_and_the_term_with_a_bracketed_alias_get_one_explain_card(tmp_path, col):
    section = ("笔记", "第二守夜, Second Watch")
    moving = _zh(
        "a1",
        "definition",
        "第二守夜",
        text="第一守夜结束以后，接着就轮到Second Watch",
        section=section,
    )
    real = _zh(
        "a2",
        "definition",
        "第二守夜(2W)",
        text="午夜到黎明之间看守甲板的船员班次",
        section=section,
        line=9,
    )
    import_package(col, _build(tmp_path, [moving, real]).output)
    assert _fronts(col, "a1", "definition") == []
    assert any("第二守夜(2W)" in f for f in _fronts(col, "a2", "definition"))


# ------------------------------------------------ 2. prompts with an antecedent, in grammar


def test_a_sentence_naming_no_plural_is_explained_not_followed_by_list_them(tmp_path, col):
    fact = _fact(
        "p1",
        "list",
        "Bosun rings the bell every half hour on watch",
        items=("one stroke per half hour", "eight strokes at the end", "pairs of strokes"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = " ".join(_fronts(col, "p1", "list"))
    assert "list them" not in fronts
    assert "Explain this" in fronts


def test_a_sentence_opening_on_its_members_plural_still_asks_to_list_them(tmp_path, col):
    fact = _fact(
        "p2",
        "list",
        "signals the bosun gives with the bell on a foggy night",
        items=("one stroke per half hour", "eight strokes at the end", "pairs of strokes"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    assert "list them" in " ".join(_fronts(col, "p2", "list"))


def test_a_question_the_notes_left_uninverted_is_asked_with_its_verb_first(tmp_path, col):
    fact = _fact("p3", "list", "what a hawser can be", items=("nylon", "manila", "steel"))
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = " ".join(_fronts(col, "p3", "list"))
    assert "What can a hawser be?" in fronts


# ------------------------------------------------ 3. remedies told by the members' definitions


def _mooring(tmp_path, col, chafe_text: str) -> str:
    issues = _fact("r1", "list", "Mooring Line Issues", items=("Chafe Guard", "Snubber"))
    guard = _fact("r2", "definition", "Chafe Guard", text=chafe_text, line=4)
    snubber = _fact("r3", "definition", "Snubber", text="absorbs shock loads in a swell", line=5)
    import_package(col, _build(tmp_path, [issues, guard, snubber]).output)
    return " ".join(_fronts(col, "r1", "list"))


def test_members_defined_on_their_own_as_remedies_make_the_list_its_solutions(tmp_path, col):
    fronts = _mooring(tmp_path, col, "prevents the line from wearing through on the fairlead")
    assert "solutions for Mooring Line Issues" in fronts


def test_members_defined_on_their_own_as_things_keep_the_list_its_problems(tmp_path, col):
    fronts = _mooring(tmp_path, col, "a sleeve of hose threaded over the line at the fairlead")
    assert "solutions" not in fronts


# ------------------------------------------------ 5. a chain of names is no sequence


def test_a_chain_of_names_under_a_name_of_no_process_gets_no_sequence_cloze(tmp_path, col):
    chain = _zh("q1", "sequence", "水磨 设计模型", items=("水车", "齿轮", "石磨"))
    import_package(col, _build(tmp_path, [chain]).output)
    assert _fronts(col, "q1", "sequence") == []
    assert all("按顺序" not in f for f in _fronts(col, "q1", "list"))


def test_a_chain_named_a_process_keeps_its_sequence_cloze(tmp_path, col):
    chain = _zh("q2", "sequence", "水磨 工作过程", items=("水车", "齿轮", "石磨"))
    import_package(col, _build(tmp_path, [chain]).output)
    assert _fronts(col, "q2", "sequence") != []


def test_twins_of_one_term_in_two_cases_are_both_still_asked(tmp_path, col):
    upper = _fact("a3", "definition", "Tiller", text="steers the boat", section=("N", "Helm"))
    lower = _fact("a4", "definition", "tiller", text="the lever fixed to the rudder head", line=9)
    import_package(col, _build(tmp_path, [upper, lower]).output)
    assert _fronts(col, "a3", "definition") and _fronts(col, "a4", "definition")
