"""Note shapes of session 19 (issue 8, helper e19a): one small note of our own per shape, and
what it gives (or that it gives nothing)."""

from __future__ import annotations

from examgen.notes import parse_text


def facts(text: str) -> list:
    return list(parse_text(text).facts)


def one(text: str, subject: str, kind: str):
    found = [f for f in facts(text) if f.subject == subject and f.kind == kind]
    assert len(found) == 1, [(f.kind, f.subject) for f in facts(text)]
    return found[0]


def members(fact) -> list[str]:
    return [item.text for item in fact.items]


EXAMPLES = """# Distances

#### Metrics
* Metric: a distance function
* E.g. Chebyshev distance:
  * $d(a, b) = \\max_i |a_i - b_i|$
* E.g. two points: one at the origin, one at (1, 1)
  * $d = 1$
* E.g. $d(a, a) = 0$
  * always
"""


def test_an_example_naming_a_thing_over_its_formula_defines_that_thing():
    fact = one(EXAMPLES, "Chebyshev distance", "definition")
    assert fact.text == "$d(a, b) = \\max_i |a_i - b_i|$"


def test_an_example_of_data_or_of_a_formula_stays_a_worked_example():
    subjects = [f.subject for f in facts(EXAMPLES)]
    assert not [s for s in subjects if "two points" in s or "d(a, a)" in s or "E.g" in s]


LEADS = """# Signals

#### Wavelets
* Motivated by harmonic analysis
* Sums of wavelets are used to represent signals
* Mother wavelet:
  * $\\psi(t)$, a function of finite energy
  * shifted and scaled to make the others
* Examples:
  * Haar wavelet
  * Morlet wavelet
"""


def test_several_opening_statements_before_sub_topics_define_the_heading():
    fact = one(LEADS, "Wavelets", "definition")
    assert fact.text == (
        "Motivated by harmonic analysis; Sums of wavelets are used to represent signals"
    )


def test_opening_statements_before_sub_topics_make_no_list_of_the_heading():
    assert not [f for f in facts(LEADS) if f.subject == "Wavelets" and f.kind == "list"]


POINTS = """# Systems

#### Board
* Runs on a single small board
* Costs less than a meal out
* Storage:
  * flash
  * disk
* Boots in under a second
* Draws very little power
"""


def test_opening_statements_among_more_points_than_topics_define_nothing():
    assert not [f for f in facts(POINTS) if f.subject == "Board" and f.kind == "definition"]
