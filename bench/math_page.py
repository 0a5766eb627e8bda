"""What drawing math costs a paper: 20 formulas on one A4 page, with and without drawing.

Run ``.venv/bin/python bench/math_page.py [--runs N] [--out DIR]``. It prints, in seconds:

* ``import``: importing ziamath and loading its math font (once per process, and only when
  a paper has math);
* ``layout``: laying out the 20 formulas as SVG (once per process: cached by TeX, so the
  key and further versions of the same paper reuse it);
* ``layout (again)``: the same with examgen's cache cleared but ziamath's glyphs read;
* ``page (source)`` and ``page (drawn)``: WeasyPrint writing the page with the formulas as
  plain TeX text and as drawn SVG (medians of ``--runs``, one warm-up each, one shared
  font configuration as ``examgen.exam`` uses);

* ``exam (source)``, ``exam (drawn, cold)`` and ``exam (drawn, cached)``: a whole exam, paper
  and key through :func:`examgen.exam.render_exams`, drawn from 20 definitions whose texts are
  the 20 formulas: with every formula printed as its TeX (WeasyPrint alone; medians), drawn
  the first time in the process (ziamath imported, every formula laid out), and drawn again
  with the formulas already laid out (a rebuild with ``build/.cache/math.json``); and the
  ratios of the drawn figures to WeasyPrint alone (the target is 1.3x). This runs first, so
  that the cold figure pays for the import.

All figures are CPU seconds of this process (``time.process_time``), so that other work on
a shared machine does not inflate them; everything here is single-threaded. It also writes
``math-page.pdf`` and ``math-page-1.png`` (110 dpi) into ``--out`` to look at.
"""

from __future__ import annotations

import argparse
import html
import logging
import statistics
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

FORMULAS = (
    r"y = X\beta + \epsilon",
    r"\epsilon \sim N(0, \sigma^2)",
    r"p(y) = \frac{1}{\sqrt{2\pi\sigma^2}} \exp\left(-\frac{(y-\mu)^2}{2\sigma^2}\right)",
    r"\hat{\theta} \in \argmin_{\theta \in \Theta} L(\theta)",
    r"\nabla L = [\partial L / \partial \theta_1, \dots]^{T}",
    r"\theta^{(i+1)} \leftarrow \theta^{(i)} - \eta \nabla L",
    r"\|a\|_2 \equiv \sqrt{a_1^2 + \dots + a_n^2}",
    r"\bar{x} = \frac{1}{n}\sum_{i=1}^{n} x_i",
    r"A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}",
    r"\int_0^1 x^2\,dx = \frac{1}{3}",
    r"\lim_{x \to 0} \frac{\sin x}{x} = 1",
    r"P(A \mid B) = \frac{P(B \mid A) P(A)}{P(B)}",
    r"\mathbb{R}^n",
    r"\mathbf{x}^{T} \mathbf{w} + b",
    r"e^{i\pi} + 1 = 0",
    r"\{x : x > 0\}",
    r"\binom{n}{k} = \frac{n!}{k!(n-k)!}",
    r"\operatorname{Var}(X) = E[X^2] - E[X]^2",
    r"f: A \to B",
    r"\sigma(z) = \frac{1}{1 + e^{-z}}",
)

STYLE = (
    "html { font-family: 'Noto Serif CJK SC'; font-size: 10.5pt; line-height: 1.6 }"
    " p { margin: 0 0 0.5em }"
)


def page(lines: list[str]) -> str:
    body = "".join(f"<p>{n}. 设 {line}，求解。</p>" for n, line in enumerate(lines, 1))
    return f"<html lang='zh'><head><style>{STYLE}</style></head><body>{body}</body></html>"


def exam_papers():
    """The papers of an exam drawn from 20 definitions, each a formula (same seed each time)."""
    from examgen.config import BlueprintEntry, ExamConfig
    from examgen.model import Fact
    from examgen.questions import make_exam

    facts = [
        Fact(
            id=f"f{n:02d}",
            kind="definition",
            subject=f"Formula {chr(ord('A') + n)}",
            text=f"${tex}$",
            section=("Bench", "Formulas"),
            source="bench.md",
            line=n + 1,
            lang="en",
        )
        for n, tex in enumerate(FORMULAS)
    ]
    blueprint = (BlueprintEntry("single_choice", 10, 2), BlueprintEntry("true_false", 10, 1))
    return make_exam(facts, ExamConfig(blueprint=blueprint), seed=1, title="Bench")


def print_as_source(papers) -> None:
    """Have the papers' formulas printed as their escaped TeX: WeasyPrint alone, as a paper
    printed before math was drawn (seeded into the renderer's cache by TeX, so the same
    templates and papers run; nothing is laid out)."""
    from examgen import mathrender

    mathrender._CACHE.clear()
    for segment in _formulas(papers):
        source = html.escape(f"${segment.tex}$")
        mathrender._CACHE[(segment.tex.strip(), segment.display)] = mathrender.MathRendering(
            segment.tex, segment.display, source
        )


def exam_timings(out: Path, runs: int) -> dict[str, float]:
    """CPU seconds of render_exams for the bench exam: TeX as text, drawn cold, drawn cached."""
    from examgen import mathrender, svgforms
    from examgen.exam import render_exams, render_html

    papers = exam_papers()

    def seconds() -> float:
        svgforms._DRAWN.clear()  # as in a new process: each distinct picture drawn once
        started = time.process_time()
        render_exams(papers, out)
        return time.process_time() - started

    print_as_source(papers)
    seconds()  # warm-up: WeasyPrint's import and fonts are not the math's cost
    as_source = dict(mathrender._CACHE)
    mathrender._CACHE.clear()
    cold = seconds()
    laid_out = dict(mathrender._CACHE)
    # The source and the cached drawing in turns, so that a change in the machine's load
    # (shared with other jobs) weighs on both alike.
    timings: dict[str, list[float]] = {"source": [], "cached": []}
    for _ in range(runs):
        for name, formulas in (("source", as_source), ("cached", laid_out)):
            mathrender._CACHE.clear()
            mathrender._CACHE.update(formulas)
            timings[name].append(seconds())
    source, cached = (statistics.median(timings[name]) for name in ("source", "cached"))
    page = render_html(papers[0]) + render_html(papers[0], answers=True)
    return {
        "formulas": len(set(_formulas(papers))),
        "drawn": page.count('<img class="math"'),
        "source": source,
        "cold": cold,
        "cached": cached,
    }


def _formulas(papers):
    from examgen.mathtext import Math, split_math

    for paper in papers:
        for question in paper.questions:
            texts = [question.prompt, *(o.text for o in question.options), question.answer_text]
            for text in texts:
                yield from (s for s in split_math(text) if isinstance(s, Math))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=REPO / "build")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    logging.getLogger("weasyprint").setLevel(logging.ERROR)

    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    from examgen import mathrender, svgforms

    svgforms.install()  # as examgen.exam does: each distinct formula drawn once, as a form
    started = time.process_time()
    mathrender._ziamath().Latex("x").svg()  # the import and the font, nothing else
    imported = time.process_time() - started

    started = time.process_time()
    drawn = [mathrender.render_tex(tex) for tex in FORMULAS]
    laid_out = time.process_time() - started
    failed = [r.tex for r in drawn if not r.ok]
    mathrender._CACHE.clear()  # the same formulas again, glyph outlines already read
    started = time.process_time()
    for tex in FORMULAS:
        mathrender.render_tex(tex)
    relaid = time.process_time() - started

    fonts = FontConfiguration()
    source_html = page([html.escape(f"${tex}$") for tex in FORMULAS])
    drawn_html = page([r.html for r in drawn])
    timings: dict[str, list[float]] = {"source": [], "drawn": []}
    for document in (source_html, drawn_html):  # warm-up: fonts, the SVG code path
        HTML(string=document).write_pdf(args.out / "math-page.pdf", font_config=fonts)
    for _ in range(args.runs):
        for name, document in (("source", source_html), ("drawn", drawn_html)):
            started = time.process_time()
            HTML(string=document).write_pdf(args.out / "math-page.pdf", font_config=fonts)
            timings[name].append(time.process_time() - started)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "math-page.pdf", "math-page"],
        cwd=args.out,
        check=True,
    )
    exam = exam_timings(args.out, args.runs)
    source = statistics.median(timings["source"])
    with_math = statistics.median(timings["drawn"])
    print(f"formulas          {len(FORMULAS)} ({len(failed)} fell back: {failed})")
    print(f"import            {imported:.3f} s")
    print(f"layout            {laid_out:.3f} s ({laid_out / len(FORMULAS) * 1000:.1f} ms each)")
    print(f"layout (again)    {relaid:.3f} s (cache cleared, glyphs known)")
    print(f"page (source)     {source:.3f} s")
    print(f"page (drawn)      {with_math:.3f} s (+{with_math - source:.3f} s)")
    print(f"picture           {args.out / 'math-page-1.png'}")
    print(f"exam formulas     {exam['formulas']} ({exam['drawn']} pictures on paper and key)")
    print(f"exam (source)     {exam['source']:.3f} s (WeasyPrint alone)")
    cold_import = exam["cold"] + imported
    print(f"exam (drawn, cold) {exam['cold']:.3f} s (+ import {cold_import:.3f} s: ", end="")
    print(f"{exam['cold'] / exam['source']:.2f}x, {cold_import / exam['source']:.2f}x)")
    print(f"exam (drawn, cached) {exam['cached']:.3f} s ({exam['cached'] / exam['source']:.2f}x)")


if __name__ == "__main__":
    main()
