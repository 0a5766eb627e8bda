"""Math in notes reaches the facts as written, and nothing inside it is structure."""

from __future__ import annotations

from notes_text import one


def test_a_colon_inside_math_does_not_end_the_term():
    fact = one("# N\n\n- Map $f: A \\to B$: a rule for each element\n", "Map $f: A \\to B$")
    assert fact.text == "a rule for each element"


def test_a_dash_inside_math_does_not_end_the_term():
    fact = one("# N\n\n- Gap $a - b$ - how far apart they are\n", "Gap $a - b$")
    assert fact.text == "how far apart they are"


def test_a_comma_inside_math_leaves_the_subject_a_term():
    fact = one("# N\n\n- Pair $\\{x, y\\}$: a set of two\n", "Pair $\\{x, y\\}$")
    assert fact.text == "a set of two"


def test_markdown_escapes_inside_math_are_kept_as_tex():
    fact = one("# N\n\n- Kernel: $\\ker f = \\{a : f(a) = 0\\}$\n", "Kernel")
    assert fact.text == "$\\ker f = \\{a : f(a) = 0\\}$"


def test_stars_and_underscores_inside_math_are_not_emphasis():
    fact = one("# N\n\n- Product: $a_1 * b_1 * c$ of the first terms\n", "Product")
    assert fact.text == "$a_1 * b_1 * c$ of the first terms"


def test_a_double_backslash_inside_math_stays_two_backslashes():
    fact = one("# N\n\n- Matrix: $\\begin{matrix} a \\\\ b \\end{matrix}$\n", "Matrix")
    assert fact.text == "$\\begin{matrix} a \\\\ b \\end{matrix}$"


def test_a_term_line_with_math_over_its_definition_is_split():
    fact = one(
        "# N\n\n- Map $f: A \\to B$\n  sends each element to one image\n", "Map $f: A \\to B$"
    )
    assert fact.text == "sends each element to one image"


def test_prices_with_dollars_are_still_text():
    fact = one("# N\n\n- Fee: between $5 and $6 a \\*month\\*\n", "Fee")
    assert fact.text == "between $5 and $6 a *month*"
