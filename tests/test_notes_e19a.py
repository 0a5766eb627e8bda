"""Note shapes of session 19 (issue 8, helper e19a): one small note of our own per shape, and
what it gives (or that it gives nothing)."""

from __future__ import annotations

from note_facts import facts, members, one

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


CASES = """# Models

#### Kernels
* Kernel methods: models built on similarities
* For linear models:
  * Replace each inner product by a kernel
  * Work in the dual form
* In the dual:
  * Weights: one per training point
  * Bias: a single offset
* Map x into a feature space where it is separable
  * $x$: the input vector
  * $\\phi$: the feature map
* Label "positive"
  * If the score is above zero
  * Else label "negative"
* Sparse models are kernel machines with few points:
  * Support vectors:
    * points on the margin
    * points inside it
  * Relevance vectors:
    * points with large weights
    * points the prior keeps
"""


def test_bullets_under_a_setting_that_say_what_a_thing_does_there_define_it():
    fact = one(CASES, "Kernels for linear models", "definition")
    assert fact.text == "Replace each inner product by a kernel; Work in the dual form"


def test_bullets_under_a_setting_that_each_define_a_name_make_no_list():
    assert not [f for f in facts(CASES) if f.kind == "list" and "dual" in f.subject]
    assert one(CASES, "Weights", "definition").text == "one per training point"


def test_a_sentence_over_the_symbols_it_uses_makes_no_list():
    assert not [f for f in facts(CASES) if f.kind == "list" and f.subject.startswith("Map x")]
    assert one(CASES, "$\\phi$", "definition").text == "the feature map"


def test_a_case_and_its_other_case_are_a_rule_not_a_list():
    fact = one(CASES, 'Label "positive"', "definition")
    assert fact.text == 'If the score is above zero; Else label "negative"'


def test_labels_each_over_bullets_of_their_own_under_a_sentence_are_topics_not_members():
    assert not [f for f in facts(CASES) if f.kind == "list" and f.subject.startswith("Sparse")]
    assert members(one(CASES, "Support vectors", "list")) == [
        "points on the margin",
        "points inside it",
    ]


def test_labels_each_over_bullets_of_their_own_under_a_name_stay_its_list():
    text = CASES.replace(
        "* Sparse models are kernel machines with few points:", "* Sparse learning:"
    )
    assert members(one(text, "Sparse learning", "list")) == [
        "Support vectors",
        "Relevance vectors",
    ]


CRITERIA = """# Rules

#### Admission
* Entry rules:
  * If the applicant is over 18
  * If the form is signed
"""


def test_cases_each_opened_by_if_stay_a_list():
    assert members(one(CRITERIA, "Entry rules", "list")) == [
        "If the applicant is over 18",
        "If the form is signed",
    ]


SETTINGS = """# Memory

## Virtual memory

* In **paging**, memory is split into frames of one size
* In **2019**, the design was revised
"""


def test_a_bold_name_set_in_a_setting_is_defined_by_what_holds_in_it():
    assert one(SETTINGS, "paging", "definition").text == "memory is split into frames of one size"


def test_a_setting_that_is_no_term_defines_nothing():
    assert not [f for f in facts(SETTINGS) if "2019" in f.subject]


COUNTED = """# Caching

#### Challenges of write-back caches
* One drawback: data is lost on a power failure
* One idea: write a journal first
"""


def test_an_aspect_counted_out_is_that_aspect_of_the_sections_thing():
    fact = one(COUNTED, "Drawback of write-back caches", "definition")
    assert fact.text == "data is lost on a power failure"


def test_an_idea_counted_out_stays_a_remark():
    assert not [f for f in facts(COUNTED) if "idea" in f.subject.casefold()]


ARGUED = """# Fitting

#### Nonlinear fitting
* Has no closed form solution
* Therefore use an iterative method
* Good news: each step is cheap
"""


def test_bullets_where_one_draws_on_the_one_before_are_an_account_of_the_heading():
    fact = one(ARGUED, "Nonlinear fitting", "definition")
    assert fact.text.startswith("Has no closed form solution; Therefore use an iterative method")
    assert not [f for f in facts(ARGUED) if f.kind == "list"]


ASIDE = """# Memory

## Virtual memory

When memory runs low, the kernel moves idle pages out to disk (this is called swapping)
and frees their frames.

The pages are kept in a file (see the manual for its size).
"""


def test_a_name_given_in_brackets_is_defined_by_the_sentence_around_it():
    fact = one(ASIDE, "swapping", "definition")
    assert fact.text == (
        "When memory runs low, the kernel moves idle pages out to disk and frees their frames"
    )


def test_a_bracketed_aside_that_names_nothing_defines_nothing():
    assert not [f for f in facts(ASIDE) if "manual" in f.subject or "manual" in f.text]


KINDS = """# Storage

#### Disk kinds
* Spinning or Solid-state
* A Spinning disk
  * has moving heads
  * is cheap per byte
"""


def test_a_line_of_alternatives_before_notes_on_them_is_the_list_of_kinds():
    assert members(one(KINDS, "Disk kinds", "list")) == ["Spinning", "Solid-state"]


ACRONYM_NAMES = """# Switching

#### Port election
* All ports left without a role will be Blocking Ports (BP)
* The default is Spanning Tree Protocol (STP)
"""


def test_a_sentence_ending_in_a_name_spelled_by_its_acronym_defines_the_name():
    fact = one(ACRONYM_NAMES, "Blocking Ports (BP)", "definition")
    assert fact.text == "All ports left without a role"


def test_too_little_said_before_a_name_with_its_acronym_defines_nothing():
    assert not [f for f in facts(ACRONYM_NAMES) if "STP" in f.subject]


FORMULA_SECTION = """# Rates

## Growth rate

How fast a quantity grows per unit of time.

#### Formula

The **growth rate** of a quantity $q$ is

$$
r = \\frac{\\Delta q}{q \\Delta t}
$$
"""


def test_a_formula_for_the_sections_term_under_a_bare_heading_is_that_aspect_of_it():
    fact = one(FORMULA_SECTION, "Growth rate Formula", "definition")
    assert fact.text.startswith("$$")
    assert one(FORMULA_SECTION, "Growth rate", "definition").text.startswith("How fast")


GOAL = """# Networks

#### Link aggregation
* Goal - survive the loss of one link
* LACP - the standard protocol
"""


def test_a_goal_carries_the_thing_it_is_the_goal_of():
    assert one(GOAL, "Link aggregation Goal", "definition").text == "survive the loss of one link"


def test_a_case_among_plain_members_is_still_a_member():
    note = "# Health\n\n#### Flu\n* Symptoms:\n  * When lying down, aches\n  * Fever\n  * Cough\n"
    assert members(one(note, "Flu Symptoms", "list")) == [
        "When lying down, aches",
        "Fever",
        "Cough",
    ]


FORMULA_TOPICS = """# Regression

#### Basis functions
* Cubic regression:
  * New features:
    * $\\phi_1(x) = x$
    * $\\phi_3(x) = x^3$
  * Fitted model:
    * $y = w_0 + w_1 x + w_3 x^3$
* Norms:
  * Manhattan norm:
    * $|a_1| + |a_2|$
  * Euclidean norm:
    * $\\sqrt{a_1^2 + a_2^2}$
"""


def test_labels_each_given_by_formulas_under_one_thing_are_topics_not_members():
    assert not [
        f
        for f in facts(FORMULA_TOPICS)
        if f.kind == "list" and f.subject.endswith("Cubic regression")
    ]


def test_labels_each_given_by_formulas_under_a_plural_category_stay_its_list():
    found = [f for f in facts(FORMULA_TOPICS) if f.kind == "list" and "Norms" in f.subject]
    assert [members(f) for f in found] == [["Manhattan norm", "Euclidean norm"]]
