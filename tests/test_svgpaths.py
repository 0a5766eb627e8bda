"""examgen.svgpaths: WeasyPrint drawing a path data once parsed gives the same PDF."""

from __future__ import annotations

import pytest
from weasyprint import HTML, svg

from examgen import svgpaths
from examgen.mathrender import render_tex

FORMULAS = (r"\sigma(z) = \frac{1}{1 + e^{-z}}", r"\hat{\beta} = (X^T X)^{-1} X^T y")


def page_pdf() -> bytes:
    """A page that draws each formula three times, inline and as display math."""
    pictures = [render_tex(tex, display).html for tex in FORMULAS for display in (False, True)]
    body = "".join(f"<p>Let {picture} hold.</p>" for picture in pictures * 3)
    return HTML(string=f"<html><body>{body}</body></html>").write_pdf()


def test_a_pdf_drawn_with_remembered_paths_is_byte_for_byte_the_one_weasyprint_draws(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert svgpaths.install()
    remembering = svg.TAGS["path"]
    svgpaths._DRAWN.clear()
    first = page_pdf()  # parses each path once and replays it twice
    replayed = page_pdf()  # replays every path
    monkeypatch.setitem(svg.TAGS, "path", remembering.__wrapped__)
    plain = page_pdf()
    assert len(svgpaths._DRAWN) >= len(FORMULAS)
    assert first == plain and replayed == plain


def test_installing_twice_wraps_weasyprint_once() -> None:
    assert svgpaths.install() and svgpaths.install()
    assert not hasattr(svg.TAGS["path"].__wrapped__, "__wrapped__")
