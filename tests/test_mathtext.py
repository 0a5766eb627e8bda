"""Finding math in note text, and writing it for Anki (examgen.mathtext)."""

from __future__ import annotations

import html
import itertools
import re
import time
from pathlib import Path

import pytest

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from hypothesis import given
from hypothesis import strategies as st

from examgen.mathtext import (
    Math,
    Text,
    cloze_safe_tex,
    has_math,
    mask_math,
    math_spans,
    split_math,
    to_anki_html,
    to_source,
)

# ------------------------------------------------------------------------------ segmenting


def test_text_without_math_is_one_text_segment() -> None:
    assert split_math("没有公式的一句话") == (Text("没有公式的一句话"),)


def test_empty_text_has_no_segments() -> None:
    assert split_math("") == ()


def test_inline_dollars_make_inline_math() -> None:
    assert split_math("the slope $\\beta$ here") == (
        Text("the slope "),
        Math("\\beta", "inline"),
        Text(" here"),
    )


def test_double_dollars_make_display_math_without_surrounding_space() -> None:
    assert split_math("loss:\n$$\n L = \\sum_i e_i^2 \n$$\nend") == (
        Text("loss:\n"),
        Math("L = \\sum_i e_i^2", "display"),
        Text("\nend"),
    )


def test_latex_parentheses_make_inline_math() -> None:
    assert split_math("mean \\(\\mu\\) of") == (Text("mean "), Math("\\mu"), Text(" of"))


def test_latex_brackets_make_display_math() -> None:
    assert split_math("\\[ a^2 + b^2 = c^2 \\]") == (Math("a^2 + b^2 = c^2", "display"),)


def test_two_prices_are_not_math() -> None:
    assert split_math("a coffee is $5 and a cake $6") == (Text("a coffee is $5 and a cake $6"),)


def test_a_dollar_followed_by_a_space_does_not_open_math() -> None:
    assert split_math("pay $ 5 now, x$") == (Text("pay $ 5 now, x$"),)


def test_a_dollar_followed_by_a_digit_does_not_close_math() -> None:
    assert split_math("rate $r$5 per unit") == (Text("rate $r$5 per unit"),)


def test_an_escaped_dollar_is_a_literal_dollar_in_text() -> None:
    assert split_math("costs \\$x$ each") == (Text("costs $x$ each"),)


def test_an_escaped_dollar_inside_math_stays_tex() -> None:
    assert split_math("price $\\$5 + t$ in all") == (
        Text("price "),
        Math("\\$5 + t"),
        Text(" in all"),
    )


def test_inline_math_does_not_cross_a_blank_line() -> None:
    assert split_math("a $x\n\ny$ b") == (Text("a $x\n\ny$ b"),)


def test_an_unclosed_display_opener_stays_text() -> None:
    assert split_math("$$ x + 1") == (Text("$$ x + 1"),)


def test_nested_braces_stay_inside_one_formula() -> None:
    assert split_math("$\\frac{1}{\\sqrt{2\\pi\\sigma^{2}}}$") == (
        Math("\\frac{1}{\\sqrt{2\\pi\\sigma^{2}}}"),
    )


def test_chinese_text_around_math_keeps_its_characters() -> None:
    assert split_math("方差$\\sigma^2$表示离散程度，均值\\(\\mu\\)。") == (
        Text("方差"),
        Math("\\sigma^2"),
        Text("表示离散程度，均值"),
        Math("\\mu"),
        Text("。"),
    )


@pytest.mark.parametrize("tex", ["a - b", "y = X\\beta", "f: A \\to B", "s -> t", "a => b"])
def test_structure_characters_inside_math_stay_in_the_formula(tex: str) -> None:
    assert split_math(f"公式 ${tex}$ 完") == (Text("公式 "), Math(tex), Text(" 完"))


def test_has_math_tells_prices_from_formulas() -> None:
    assert (has_math("$5 or $6"), has_math("$x$")) == (False, True)


def test_splitting_a_text_full_of_dollars_takes_linear_time() -> None:
    # Every "$1" opens, none can close: a naive search from each opener is quadratic.
    text = "$1 " * 60_000
    started = time.perf_counter()
    segments = split_math(text)
    assert segments == (Text(text),)
    assert time.perf_counter() - started < 1.0


_note_text = st.text(alphabet="a1b $\\()[]{}\n中-=:", max_size=40)


@given(_note_text)
def test_segments_written_back_as_source_split_the_same(text: str) -> None:
    segments = split_math(text)
    assert split_math(to_source(segments)) == segments


@given(_note_text)
def test_segments_never_are_empty_and_text_never_is_adjacent(text: str) -> None:
    segments = split_math(text)
    assert all(seg.text if isinstance(seg, Text) else seg.tex for seg in segments)
    assert not any(
        isinstance(a, Text) and isinstance(b, Text) for a, b in itertools.pairwise(segments)
    )


def test_math_spans_give_where_each_formula_is_with_its_delimiters() -> None:
    text = "a $x$ b \\(y\\) c $$z$$"
    assert [text[start:end] for start, end in math_spans(text)] == ["$x$", "\\(y\\)", "$$z$$"]


def test_a_mask_hides_separators_inside_math_only() -> None:
    text = "映射: $f: A \\to B$ -> 结束"
    masked = mask_math(text, fill="#")
    assert masked == "映射: " + "#" * len("$f: A \\to B$") + " -> 结束"
    assert masked.index(":") == text.index(":")
    assert masked.count(":") == 1


@given(_note_text)
def test_a_mask_keeps_length_and_the_text_outside_math(text: str) -> None:
    masked = mask_math(text, fill="\x00")
    assert len(masked) == len(text)
    assert all(m in ("\x00", t) for m, t in zip(masked, text, strict=True))


# ------------------------------------------------------------------------------ Anki HTML


def test_anki_html_wraps_inline_and_display_math_in_mathjax_delimiters() -> None:
    segments = split_math("see $x^2$ and $$y$$")
    assert to_anki_html(segments, html.escape) == "see \\(x^2\\) and \\[y\\]"


def test_anki_html_escapes_only_lt_gt_and_amp_inside_tex() -> None:
    tex = "a<b>c & \\{x\\} [y] 'q' \"d\""
    out = to_anki_html((Math(tex),), html.escape)
    entities = set(re.findall(r"&[#\w]+;", out))
    assert entities == {"&lt;", "&gt;", "&amp;"}
    assert html.unescape(out) == f"\\({tex}\\)"


def test_anki_html_escapes_text_with_the_callers_escape() -> None:
    out = to_anki_html(split_math("<b> $x$"), html.escape)
    assert out == "&lt;b&gt; \\(x\\)"


def test_cloze_safe_tex_separates_closing_braces() -> None:
    assert cloze_safe_tex("\\frac{1}{x^{2}}") == "\\frac{1}{x^{2} }"


def test_cloze_safe_tex_separates_every_brace_pair_and_double_colon() -> None:
    assert cloze_safe_tex("{{a}}}::b") == "{ {a} } }: :b"


def test_cloze_safe_tex_leaves_a_simple_fraction_alone() -> None:
    assert cloze_safe_tex("\\frac{a}{b}") == "\\frac{a}{b}"


def test_math_inside_a_cloze_deletion_stays_whole_in_anki(tmp_path: Path) -> None:
    col = Collection(str(tmp_path / "c.anki2"))
    try:
        notetype = col.models.by_name("Cloze")
        note = col.new_note(notetype)
        member = to_anki_html(
            split_math("$\\frac{a}{b}$ 与 $\\frac{1}{x^{2}}$ 及 $f::g$"), html.escape, cloze=True
        )
        note["Text"] = f"{{{{c1::{member}}}}} 以及 {{{{c2::第二项}}}}"
        col.add_note(note, col.decks.id("Default"))
        cards = sorted(note.cards(), key=lambda card: card.ord)
        assert len(cards) == 2
        question = cards[0].question()
        answer = cards[0].answer()
        # The whole first deletion is hidden on its own card, the math shows whole on the back.
        assert "\\frac" not in question
        assert "\\(\\frac{a}{b}\\)" in answer
        assert "\\(\\frac{1}{x^{2} }\\)" in answer
        assert "\\(f: :g\\)" in answer  # "::" would have started a hint
        assert "第二项" in question
    finally:
        col.close()
