"""Parse speed (n102): each shortcut gives what the longer way gave.

A pattern is tried only on a text holding what every match holds (a verb stem, a comma, a
character beyond ASCII), and what a heading names is worked out once per heading text.
These tests hold the shortcut and the longer way side by side on written texts.
"""

from __future__ import annotations

import pytest

from examgen.notes import clauses, draft, identity, names, shapes, statements
from examgen.notes.facts import extract
from examgen.notes.markdown import read_markdown

GLOSS = "anger, fear, worry. More said."
CAUSE_LABELS = [
    "Sleep loss caused more severe moods",
    "Smoking causes many diseases",
    "REM loss triggers the responses",
    "The drug produced some effects",
    "Stress Caused anxiety",  # (the pattern's case matters: no verb for it)
    "Noise CAUSES headaches",
    "It causes problems",
    "Rufen 0: lomimon dor lolisti",
    "m2x1x0 humhum",
    "Mongal 2 parts",
    "睡眠不足导致情绪",
    "",
]


@pytest.mark.parametrize("label", CAUSE_LABELS)
@pytest.mark.parametrize("gloss", [GLOSS, "one thing", ""])
def test_a_cause_told_by_its_verb_stem_first_answers_as_the_pattern_alone(
    label, gloss, monkeypatch
):
    shortcut = statements.caused_effects(label, gloss)
    monkeypatch.setattr(statements, "_CAUSED_VERBS", ("",))  # every label goes on to the pattern
    assert statements.caused_effects(label, gloss) == shortcut


class _Untried:
    def match(self, text: str) -> None:
        raise AssertionError(f"pattern tried on {text!r}")


def test_a_label_without_a_causing_verb_is_not_tried_for_a_cause(monkeypatch):
    monkeypatch.setattr(statements, "_CAUSED", _Untried())
    assert statements.caused_effects("Rufen 0: lomimon dor lolisti", GLOSS) == ("", [], "")


HEADINGS = [
    "1.2. 管理的环境",
    "Lecture 3: Risk",
    "Chapter 0",
    "第一章 绪论",
    "RDB的执行原理是什么？",
    "What is a Protocol?",
    "Example 1a: sums",
    "A) options (单选)",
    "ſection 2 - long s",
    "  2.1  ",
    "42",
    "",
]


@pytest.mark.parametrize("text", HEADINGS)
def test_what_a_heading_names_kept_once_worked_out_answers_as_working_it_out(text):
    kept = (shapes.heading_term(text), shapes.strip_numbering(text))
    again = (shapes.heading_term(text), shapes.strip_numbering(text))
    worked_out = (shapes.heading_term.__wrapped__(text), shapes.strip_numbering.__wrapped__(text))
    assert kept == again == worked_out


def test_a_heading_asked_again_for_its_term_is_not_worked_out_again():
    shapes.heading_term.cache_clear()
    shapes.strip_numbering.cache_clear()
    for _ in range(3):
        shapes.heading_term("Section 4.2: Lomimon galmi")
        shapes.is_example_heading("Section 4.2: Lomimon galmi")
    assert shapes.heading_term.cache_info().misses == 1
    assert shapes.strip_numbering.cache_info().misses == 1


NAMED_TWICE = [
    "第二正規化, Second Normal Form",
    "第二正規化，2NF",
    "Operating System, OS",
    "数据库（Database, DB）",
    "Lomimon galmi dor",
    "Chapter 0",
    "a, b, c",
    ",",
    "",
]


@pytest.mark.parametrize("term", NAMED_TWICE)
def test_a_term_told_by_its_comma_first_is_named_once_as_by_the_pattern_alone(term, monkeypatch):
    shortcut = names.one_name(term)
    monkeypatch.setattr(names, "_NAME_COMMAS", ("",))  # every term goes on to the pattern
    assert names.one_name(term) == shortcut


def test_a_term_without_a_comma_is_not_tried_for_two_names(monkeypatch):
    monkeypatch.setattr(names, "_NAME_PAIR", _Untried())
    assert names.one_name("Section 4.2: Lomimon galmi") == "Section 4.2: Lomimon galmi"


LANGUAGE_TEXTS = [
    "Lomimon galmi dor lolisti",
    "云计算：按需付费",
    "Cloud 计算",
    "カタカナだけ",  # kana, no ideograph
    "，。；：",  # full-width punctuation only
    "\U00020000 extension B",
    "café naïve",
    "",
]


class _Unsearched:
    def search(self, text: str) -> None:
        raise AssertionError(f"scanned for ideographs: {text!r}")


@pytest.mark.parametrize("text", LANGUAGE_TEXTS)
def test_ideographs_told_by_asciiness_first_are_found_as_by_the_pattern_alone(text):
    assert draft.has_ideograph(text) == (draft._CJK_IDEOGRAPH.search(text) is not None)


def test_an_ascii_text_is_not_scanned_for_ideographs(monkeypatch):
    monkeypatch.setattr(draft, "_CJK_IDEOGRAPH", _Unsearched())
    assert draft.has_ideograph("Rufen 0: lomimon dor lolisti") is False


def test_a_fact_in_ascii_is_told_english_without_a_scan(monkeypatch):
    document = read_markdown("# Notes\n\n- Rufen: lomimon dor\n- Lo: fenlovo mon\n", "n.md")
    drafts, _diagnostics = extract(document)
    monkeypatch.setattr(draft, "_CJK_IDEOGRAPH", _Unsearched())
    # (and any pattern of its own the module may hold)
    monkeypatch.setattr(identity, "_CJK_IDEOGRAPH", _Unsearched(), raising=False)
    facts, _warnings = identity.assign_ids(drafts)
    assert [(fact.subject, fact.lang) for fact in facts] == [("Rufen", "en"), ("Lo", "en")]


CLAUSE_TEXTS = [
    "It uses one BPDU",
    "All non-RP ports will be Blocking Ports (BP)",
    "There are three kinds",
    "THE PORT IS BLOCKED",
    "a switch-is-a bridge",
    "Root_is elected",
    "The x2is value",
    "They do not forward",
    "Ports that don't forward",
    "It doesn't matter much",
    "Sleep loss Includes mood changes",
    "This Occurs twice a night",
    "Lomimon galmi dor lolisti",
    "Rufen 0: lomimon dor lolisti mi galmi",
    "is are was",
    "Mongal 2 parts here",
    "Operating System Concepts",
    "\tthe  island   sends\nmail",
    "x ıs the kelvin K here",  # (not ASCII: the pattern alone)
    "云计算 is cheap",
    "two words",
]
VERB_FORMS = sorted(
    {
        *clauses._FINITE_WORDS,
        *("i", "isn", "iss", "ares", "wa", "hass", "includ", "contained", "consisted"),
        *("cans", "wills", "doe", "di", "become", "meant", "occurred", "created", "sent"),
    }
)


def _finite_by_pattern_alone(text: str) -> bool:
    if len(text.split(None, 2)) < 3 or clauses._WIDE.search(text):
        return False
    return clauses._EN_FINITE.search(text) is not None or (
        clauses._PRONOUN_SUBJECT.match(text) is not None
    )


@pytest.mark.parametrize("text", CLAUSE_TEXTS)
def test_a_clause_told_by_its_words_looked_up_answers_as_the_pattern_alone(text):
    assert clauses.is_clause(text) == _finite_by_pattern_alone(text)


@pytest.mark.parametrize("word", VERB_FORMS)
@pytest.mark.parametrize("shape", ["The cat {} here", "The cat {}.", "Cats ({}) here", "A b {}"])
def test_every_verb_form_looked_up_is_found_as_by_the_pattern_alone(word, shape):
    for text in (shape.format(word), shape.format(word.upper()), shape.format(word.title())):
        assert clauses.is_clause(text) == _finite_by_pattern_alone(text), text


def test_an_ascii_text_without_an_apostrophe_is_not_searched_for_a_verb(monkeypatch):
    monkeypatch.setattr(clauses, "_EN_FINITE", _Unsearched())
    assert clauses.is_clause("Rufen 0: lomimon dor lolisti") is False
    assert clauses.is_clause("The port is blocked") is True
