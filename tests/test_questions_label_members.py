"""A list whose bullets are notes on a topic (sentences, and generic labels whose text the
notes define apart: "Informal definition: …") is no category: "“Informal definition” is one
of “…”" asks of a label, not of a thing of the list's kind (rv72 sml, invalid)."""

from __future__ import annotations

from examgen.notes import parse_text
from examgen.questions.categories import category_problem
from examgen.questions.index import index_notes

NOTES = """# Optimisation

#### Smooth loss surfaces
* Valley shaped curves
* Each stationary point is a minimum
* Informal definition: the curve never rises above the chord joining two of its points
* Plain descent on such a surface reaches the lowest point from any starting point

#### Descent methods
* Batch descent
* Stochastic descent
* Momentum
* Informal definition: a method that steps against the slope
"""


def _problem(subject: str) -> str | None:
    facts = list(parse_text(NOTES, source="n.md").facts)
    notes = index_notes(facts)
    (fact,) = [f for f in facts if f.kind == "list" and f.subject == subject]
    return category_problem(notes, fact)


def test_a_list_of_statements_and_a_generic_label_is_no_category():
    assert "statements" in (_problem("Smooth loss surfaces") or "")


def test_a_list_of_names_with_one_generic_label_is_still_a_category():
    assert _problem("Descent methods") is None
