"""Math drawn for paper (examgen.mathrender): SVG pictures in em, fallback to source."""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from markupsafe import Markup
from pypdf import PdfReader
from pypdf.generic import ContentStream

from examgen.mathrender import (
    FactMathProblem,
    fact_math_problems,
    load_cache,
    math_html,
    math_markup,
    math_problems,
    render_tex,
    save_cache,
)
from examgen.mathtext import Math, split_math
from examgen.model import Fact, Item

SVG = "{http://www.w3.org/2000/svg}"


def svg_of(fragment: str) -> ET.Element:
    """The SVG inside the first ``<img>`` data URI of an HTML fragment, parsed as XML."""
    found = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', fragment)
    assert found is not None, fragment
    return ET.fromstring(base64.b64decode(found.group(1)))


def style_of(fragment: str) -> dict[str, str]:
    found = re.search(r'<img[^>]* style="([^"]*)"', fragment)
    assert found is not None, fragment
    pairs = (part.split(":", 1) for part in found.group(1).split(";") if part.strip())
    return {key.strip(): value.strip() for key, value in pairs}


# ------------------------------------------------------------------------------ one formula


def test_a_formula_is_drawn_as_well_formed_svg_paths() -> None:
    root = svg_of(render_tex(r"\frac{a}{b}").html)
    assert root.tag == f"{SVG}svg"
    assert root.findall(f"{SVG}path")
    assert not root.findall(f".//{SVG}use")  # plain paths: no ids to clash between pictures


def test_a_formulas_path_has_no_line_to_the_point_it_is_at() -> None:
    root = svg_of(render_tex(r"\sum_{k=1}^{n} k = \frac{n(n+1)}{2}").html)
    (path,) = root.findall(f"{SVG}path")
    commands = re.findall(r"([A-Za-z])([^A-Za-z]*)", path.get("d", ""))
    assert len(commands) > 50
    at: list[str] = []
    for letter, args in commands:
        assert not (letter == "L" and args.split() == at)
        at = args.split()[-2:] or at


def test_an_inline_formula_is_sized_in_em_and_reaches_below_the_baseline() -> None:
    style = style_of(render_tex(r"\frac{a}{b}").html)
    assert all(style[key].endswith("em") for key in ("width", "height", "vertical-align"))
    # A fraction's denominator hangs below the baseline, so the picture is lowered.
    assert float(style["vertical-align"].removesuffix("em")) < -0.2


def test_a_taller_formula_is_a_taller_picture() -> None:
    low = style_of(render_tex("x").html)["height"]
    tall = style_of(render_tex(r"\frac{\sum_{i=1}^{n} x_i}{n}").html)["height"]
    assert float(tall.removesuffix("em")) > float(low.removesuffix("em"))


def test_display_math_is_a_centred_block() -> None:
    fragment = render_tex(r"\int_0^1 x\,dx", display=True).html
    assert fragment.startswith('<span class="math-display"')
    assert "display: block" in fragment
    assert "text-align: center" in fragment


def test_the_tex_is_the_pictures_alternative_text_escaped() -> None:
    assert 'alt="a &lt; b"' in render_tex("a < b").html


def test_rendering_is_cached_by_tex() -> None:
    assert render_tex(r"\sqrt{2}") is render_tex(r"\sqrt{2}")


def test_a_drawn_formula_has_no_problem() -> None:
    rendering = render_tex(r"\hat{\theta} = \argmin_{\theta} L(\theta)")
    assert (rendering.ok, rendering.problem) == (True, None)


def test_the_number_set_shorthands_of_mathjax_and_katex_are_drawn_as_blackboard_letters() -> None:
    shorthand = render_tex(r"\phi: \R^m \rightarrow \R^k, n \in \N")
    spelled = render_tex(r"\phi: \mathbb{R}^m \rightarrow \mathbb{R}^k, n \in \mathbb{N}")
    assert (shorthand.ok, shorthand.problem) == (True, None)
    # The same picture (only the alternative text, the TeX as written, differs).
    assert shorthand.html.split(' alt="')[0] == spelled.html.split(' alt="')[0]
    assert render_tex(r"\Rho").problem == r"unsupported macro \Rho"  # a longer name is no set


@pytest.mark.parametrize(
    "tex",
    [
        r"\begin{aligned} a &= b + c \\ &= d \end{aligned}",
        r"\begin{gathered} a + b \\ c \end{gathered}",
        r"\begin{equation} E = mc^2 \end{equation}",
    ],
)
def test_amsmath_display_environments_common_in_notes_are_drawn(tex: str) -> None:
    rendering = render_tex(tex, display=True)
    assert rendering.problem is None
    assert svg_of(rendering.html).findall(f"{SVG}path")


# ------------------------------------------------------------------------------ fallback


@pytest.mark.parametrize(
    ("tex", "problem"),
    [
        (r"\foo{x} + 1", r"unsupported macro \foo"),
        (r"\frac{1}{x^{2}}}", "unbalanced braces"),
        (r"\frac{1}{x", "unbalanced braces"),
        (r"\begin{tikzcd} a \end{tikzcd}", "unsupported environment tikzcd"),
        (r"x^", "TeX error"),
        (r"\frac{\text{面积}}{2}", "no glyph for '面'"),
    ],
)
def test_tex_that_cannot_be_drawn_falls_back_to_its_source_in_a_code_face(
    tex: str, problem: str
) -> None:
    rendering = render_tex(tex)
    assert rendering.ok is False
    assert problem in (rendering.problem or "")
    assert rendering.html.startswith('<code class="math-source"')
    assert "monospace" in rendering.html
    assert "<img" not in rendering.html


def test_chinese_at_the_top_level_of_a_formula_is_set_as_page_text_between_pictures() -> None:
    rendering = render_tex(r"准确率 = \frac{TP}{TP+FP}")
    assert rendering.problem is None
    assert rendering.html.startswith("准确率<img")
    assert rendering.html.count("<img") == 1


def test_chinese_in_a_text_group_is_cut_out_of_the_formula() -> None:
    fragment = render_tex(r"P(\text{下雨}) = 0.3").html
    assert re.fullmatch(r"<img [^>]*>下雨<img [^>]*>", fragment)


def test_chinese_in_display_math_stays_inside_the_centred_block() -> None:
    fragment = render_tex(r"\text{期望} = \sum_i p_i x_i", display=True).html
    assert re.fullmatch(r'<span class="math-display" [^>]*>期望<img [^>]*></span>', fragment)


def test_a_fallback_shows_the_tex_html_escaped() -> None:
    assert r"\foo{a &lt; b}" in render_tex(r"\foo{a < b}").html


def test_display_math_that_falls_back_stays_a_centred_block() -> None:
    fragment = render_tex(r"\foo", display=True).html
    assert fragment.startswith('<span class="math-display"')
    assert '<code class="math-source"' in fragment


# ------------------------------------------------------------------------------ in text


def test_text_around_math_is_escaped_and_math_is_drawn() -> None:
    page = math_html("若 a<b，则 $a^2 < b^2$ 不一定成立")
    assert str(page.html).startswith("若 a&lt;b，则 <img")
    assert str(page.html).endswith("> 不一定成立")
    assert page.problems == ()


def test_the_template_filter_draws_note_text_and_passes_html_through() -> None:
    drawn = math_markup("x is $x^2$")
    made = Markup("<b>$x$</b>")
    assert (str(drawn).startswith("x is <img"), math_markup(made), math_markup(3)) == (
        True,
        made,
        Markup("3"),
    )


def test_prices_stay_text_on_paper() -> None:
    assert str(math_html("$5 and $6").html) == "$5 and $6"


def test_only_the_formulas_that_fall_back_are_problems() -> None:
    problems = math_problems(r"ok $x_1$, bad $\nosuch{y}$, ok $$\sum_i i$$")
    assert [(p.tex, p.problem) for p in problems] == [(r"\nosuch{y}", r"unsupported macro \nosuch")]


def test_check_lists_each_undrawable_formula_of_a_fact_once_with_its_location() -> None:
    fact = Fact(
        id="f1",
        kind="list",
        subject="Loss $L$",
        text=r"uses $\mylossmacro$",
        items=(Item(r"$\mylossmacro$ again"), Item("fine $x^2$", gloss=r"$\frac{1}{2$")),
        source="notes/ml.md",
        line=7,
    )
    assert fact_math_problems([fact]) == (
        FactMathProblem("notes/ml.md", 7, r"\mylossmacro", r"unsupported macro \mylossmacro"),
        FactMathProblem(
            "notes/ml.md", 7, r"\frac{1}{2", "unbalanced braces: a '{' is never closed"
        ),
    )


# ------------------------------------------------------------------------------ cache on disk


def test_a_saved_cache_draws_its_formulas_in_a_new_process_without_ziamath(
    tmp_path: Path,
) -> None:
    drawn = render_tex(r"\sqrt{x^2 + y^2}")
    cache = tmp_path / "math-cache.json"
    save_cache(cache)
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from examgen.mathrender import load_cache, render_tex\n"
        f"assert load_cache(Path({str(cache)!r})) >= 1\n"
        "print(render_tex(r'\\sqrt{x^2 + y^2}').html)\n"
        "print('ziamath' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", program], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    assert out == [drawn.html, "False"]


def test_a_cache_of_another_format_is_not_loaded(tmp_path: Path) -> None:
    render_tex("a+b")
    cache = tmp_path / "math-cache.json"
    save_cache(cache)
    payload = json.loads(cache.read_text(encoding="utf-8"))
    payload["format"] = -1
    cache.write_text(json.dumps(payload), encoding="utf-8")
    assert load_cache(cache) == 0


def test_a_damaged_or_missing_cache_is_not_loaded(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": 1, "formulas": [', encoding="utf-8")
    assert (load_cache(damaged), load_cache(tmp_path / "missing.json")) == (0, 0)


# ------------------------------------------------------------------------------ on paper

# Twenty formulas of the kinds course notes hold, inline and display, among Chinese and
# English text; the last line has an unsupported macro and two prices.
PAGE_LINES = (
    r"设 $y = X\beta + \epsilon$，其中 $\epsilon \sim N(0, \sigma^2)$。",
    r"The density is $$p(y) = \frac{1}{\sqrt{2\pi\sigma^2}}"
    r" \exp\left(-\frac{(y-\mu)^2}{2\sigma^2}\right)$$ for every $y$.",
    r"估计 $\hat{\theta} \in \argmin_{\theta \in \Theta} L(\theta)$ 即可。",
    r"Gradient $\nabla L = [\partial L / \partial \theta_1, \dots]^{T}$ and step"
    r" $\theta^{(i+1)} \leftarrow \theta^{(i)} - \eta \nabla L$.",
    r"Norm $\|a\|_2 \equiv \sqrt{a_1^2 + \dots + a_n^2}$,"
    r" mean $\bar{x} = \frac{1}{n}\sum_{i=1}^{n} x_i$.",
    r"矩阵 $$A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}$$ 的行列式为 $-2$。",
    r"Integral $\int_0^1 x^2\,dx = \frac{1}{3}$ and limit"
    r" $\lim_{x \to 0} \frac{\sin x}{x} = 1$.",
    r"概率 $P(A \mid B) = \frac{P(B \mid A) P(A)}{P(B)}$，空间 $\mathbb{R}^n$，"
    r"向量 $\mathbf{x}$。",
    r"Euler $e^{i\pi} + 1 = 0$; set $\{x : x > 0\}$; map $f: A \to B$;"
    r" choose $\binom{n}{k}$.",
    r"未知宏 $\unknownmacro{x}$ 保留源码；价格 $5 和 $6 不是公式。",
)


@pytest.fixture(scope="module")
def math_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page above laid out by WeasyPrint, as an exam page would be."""
    from weasyprint import HTML

    from examgen import svgforms

    svgforms.install()  # as examgen.exam does: each formula a PDF form
    body = "".join(f"<p>{math_html(line).html}</p>" for line in PAGE_LINES)
    page = (
        "<html lang='zh'><head><style>html { font-family: 'Noto Serif CJK SC'; "
        "font-size: 10.5pt; line-height: 1.6 }</style></head>"
        f"<body>{body}</body></html>"
    )
    target = tmp_path_factory.mktemp("math") / "math.pdf"
    HTML(string=page).write_pdf(target)
    return target


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_page_has_twenty_drawable_formulas_and_one_that_is_not() -> None:
    formulas = [seg for line in PAGE_LINES for seg in split_math(line) if isinstance(seg, Math)]
    failing = [p.tex for line in PAGE_LINES for p in math_problems(line)]
    assert (len(formulas), failing) == (21, [r"\unknownmacro{x}"])


def test_a_pdf_of_drawn_math_holds_no_tex_source(math_pdf: Path) -> None:
    text = pdf_text(math_pdf)
    assert "The density is" in text
    assert "行列式为" in text
    # The only dollars left are the two prices; the only TeX is the unsupported formula.
    assert text.count("$") == 2
    assert re.findall(r"\\[A-Za-z]+", text) == [r"\unknownmacro"]


def test_a_pdf_of_drawn_math_paints_the_formulas_as_vector_paths(math_pdf: Path) -> None:
    reader = PdfReader(math_pdf)
    page = reader.pages[0]
    forms = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
    forms = [x for x in forms if x["/Subtype"] == "/Form"]
    operators = [op for _operands, op in page.get_contents().operations]
    operators += [op for form in forms for _operands, op in ContentStream(form, reader).operations]
    fills = sum(op in (b"f", b"F", b"f*") for op in operators)
    curves = sum(op in (b"c", b"v", b"y") for op in operators)
    assert len(forms) == 20  # one form per drawn formula, placed where it is printed
    assert operators.count(b"Do") >= 20
    assert fills >= 20  # at least one filled path per drawn formula
    assert curves > 500  # glyph outlines, not text


def test_a_fallback_formula_is_set_in_a_monospace_font(math_pdf: Path) -> None:
    fonts = subprocess.run(
        ["pdffonts", str(math_pdf)], check=True, capture_output=True, text=True
    ).stdout
    assert re.search(r"Mono", fonts)
