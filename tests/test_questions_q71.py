"""Context as data wherever a fact is printed (rv63 shape E): a term defined under a setting
label keeps it in stems and matchings, a list named by a bare heading takes its lead-in's
relation, a list from a comparison keeps the comparison, a generic solution label is asked
only with the problem it answers."""

from __future__ import annotations

import random

from question_facts import drafts

from examgen.notes import parse_text
from examgen.questions.definitions import group_matching_forms
from examgen.questions.form import Ask
from examgen.questions.index import index_notes

GLM = """# Stats notes

## Regression

### Count models

* Problem: a count cannot be negative
* Rate function
  * $\\lambda(t) = \\lambda_0 e^{\\beta t}$
* Poisson regression model:
  * $P(Y=k | x) = \\lambda^k e^{-\\lambda} / k!$
  * In GLM:
    * Average: $\\lambda = E(Y | x)$
    * Link function: $g(\\lambda) = \\log \\lambda = x^T\\beta$
* Offset: the log of the exposure time added to the predictor
"""


def _facts(text: str) -> list:
    return list(parse_text(text, source="n.md").facts)


def _matchings(facts: list) -> list:
    """The matchings of terms the notes ``facts`` offer, built with a few seeds."""
    notes = index_notes(facts)
    built = []
    for form in group_matching_forms(notes, facts):
        for seed in range(3):
            built.append(form.build(random.Random(seed), form.facts, Ask("en", 5)))
    return built


def test_a_term_defined_under_a_setting_label_is_matched_with_its_setting():
    built = _matchings(_facts(GLM))
    with_average = [d for d in built if any("Average" in s for s in d.question.stems)]
    assert with_average
    for draft in with_average:
        assert "Average (in GLM)" in draft.question.stems, draft.question.stems


def test_a_term_defined_under_a_setting_label_is_asked_with_its_setting():
    facts = _facts(GLM)
    average = next(f for f in facts if f.subject == "Average")
    built = drafts(facts, average, "term_to_definition", seeds=range(3))
    assert built
    assert all("“Average (in GLM)”" in d.question.prompt for d in built), [
        d.question.prompt for d in built
    ]


def test_a_setting_label_opens_the_stem_whose_answer_is_the_term():
    facts = _facts(GLM)
    average = next(f for f in facts if f.subject == "Average")
    built = drafts(facts, average, "definition_to_term", seeds=range(3))
    assert built
    assert all(d.question.prompt.startswith("In GLM, ") for d in built), [
        d.question.prompt for d in built
    ]


def test_a_term_defined_under_no_setting_is_printed_alone():
    facts = _facts(GLM)
    offset = next(f for f in facts if f.subject == "Offset")
    built = drafts(facts, offset, "term_to_definition", seeds=range(3))
    assert built
    assert all("“Offset”" in d.question.prompt for d in built)
