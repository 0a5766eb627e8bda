"""What the deck no longer does for every fact (d71): the typo correction looks at a fact
whose texts hold none of the notes' typos only once, and hands the fact back as it is. The
notes and cards are the same (``test_deck_golden.py``); these say the work."""

from __future__ import annotations

from examgen import spelling
from examgen.model import Fact, Item
from examgen.spelling import Spelling, spelled_fact

TYPOS = Spelling({"environmnet": "environment"}, {"符和": "符合"})


class _NoWordByWord:
    def sub(self, *args):
        raise AssertionError("corrected a text holding no typo word by word")

    def finditer(self, *args):
        raise AssertionError("looked word by word at a text holding no typo")


def test_a_fact_holding_no_typo_is_handed_back_as_it_is(monkeypatch):
    fact = Fact(
        id="sandbox",
        kind="list",
        subject="Sandbox traits",
        items=(Item("isolated", "隔离"), Item("disposable")),
        section=("Runtime",),
        label="traits",
    )
    monkeypatch.setattr(spelling, "_WORD", _NoWordByWord())
    assert spelled_fact(fact, TYPOS) is fact


def test_a_text_holding_no_typo_is_handed_back_without_a_word_by_word_pass(monkeypatch):
    monkeypatch.setattr(spelling, "_WORD", _NoWordByWord())
    assert TYPOS.correct("an isolated environment where code runs") == (
        "an isolated environment where code runs"
    )


def test_a_fact_holding_a_typo_in_any_case_or_script_is_still_corrected():
    fact = Fact(
        id="sandbox",
        kind="definition",
        subject="Sandbox",
        text="An isolated Environmnet, 符和 the policy; `environmnet` in code stays",
        section=("Runtime",),
    )
    assert spelled_fact(fact, TYPOS).text == (
        "An isolated Environment, 符合 the policy; `environmnet` in code stays"
    )
