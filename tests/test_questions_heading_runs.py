"""Terms each defined under a heading of their own, one after another under one division of
the notes ("#### Set", "#### Empty set", "#### Universal set" under "## Basic Definitions"),
are the notes' own list of like things: a definition question may offer one as a wrong option
for another. Before, each heading made a run of its own, and a page of such notes gave almost
no single choice (an mkdocs page of 30 definitions: 0 of 10)."""

from __future__ import annotations

from examgen.notes import parse_text
from examgen.questions.cues import tokens
from examgen.questions.index import index_notes
from examgen.questions.kinship import same_kind

SETS = """# Probability

## Basic Definitions

#### Set

A set is a collection of elements.

#### Empty set

A set containing no elements.

#### Universal set

A set containing all elements.

#### Experiment and Outcome

An experiment is a process that leads to one or several possible outcomes.

An outcome of an experiment is some observation or measurement.

## Rules

#### Rule of complements

One minus the probability of the event itself.
"""


def _pairs(text: str):
    notes = index_notes(list(parse_text(text, source="n.md").facts))
    pairs = {pair.term.text: pair for pairs in notes.pairs_of.values() for pair in pairs}
    return notes, pairs


def test_terms_each_under_a_heading_of_one_division_are_of_one_kind():
    notes, pairs = _pairs(SETS)
    assert same_kind(notes, pairs["Empty set"], pairs["Universal set"])
    assert same_kind(notes, pairs["Empty set"], pairs["Set"])


def test_a_heading_naming_two_terms_keeps_them_apart_from_terms_under_headings_of_their_own():
    # "Experiment and Outcome" under the sets: a process is no wrong option for a set (rv73
    # prob: two options said "set", two did not).
    notes, pairs = _pairs(SETS)
    assert not same_kind(notes, pairs["Universal set"], pairs["outcome of an experiment"])
    assert not same_kind(notes, pairs["Universal set"], pairs["experiment"])


def test_a_term_under_another_division_is_not_of_their_kind():
    notes, pairs = _pairs(SETS)
    assert not same_kind(notes, pairs["Empty set"], pairs["Rule of complements"])


def test_an_article_is_no_word_an_answer_shares_with_its_clue():
    assert "the" not in tokens("The range of values")
    assert tokens("The range of values") & tokens("the values a probability takes") == {"value"}
