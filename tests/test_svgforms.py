"""examgen.svgforms: formulas drawn once as PDF forms look as WeasyPrint draws them."""

from __future__ import annotations

import base64
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from weasyprint import HTML, images

from examgen import svgforms
from examgen.mathrender import render_tex

FORMULAS = (
    r"\sigma(z) = \frac{1}{1 + e^{-z}}",
    r"\hat{\beta} = (X^T X)^{-1} X^T y",
    r"\color{red}{x} + \left(\frac{a}{b}\right)",
)


def page_pdf(pictures: list[str]) -> bytes:
    """A page printing each picture three times, at three text sizes."""
    body = "".join(
        f"<p style='font-size: {size}pt'>Let {picture} hold.</p>"
        for picture in pictures * 3
        for size in (9, 12, 20)
    )
    return HTML(string=f"<html><body>{body}</body></html>").write_pdf()


def formula_pictures() -> list[str]:
    return [render_tex(tex, display).html for tex in FORMULAS for display in (False, True)]


def pixels(pdf: bytes, folder: Path, name: str) -> Image.Image:
    """The first page at 100 dpi, in grey levels."""
    (folder / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", f"{name}.pdf", name],
        cwd=folder,
        check=True,
    )
    return Image.open(folder / f"{name}.png").convert("L")


def differing_share(first: Image.Image, second: Image.Image) -> float:
    """The pixels that differ by more than a quarter of the grey range, per ink pixel: an
    edge that falls on a pixel boundary differs by a few, a misplaced formula by thousands."""
    histogram = ImageChops.difference(first, second).histogram()
    return sum(histogram[64:]) / dark_pixels(first)


def dark_pixels(page: Image.Image) -> int:
    return sum(page.histogram()[:128])


@pytest.fixture
def forms() -> None:
    assert svgforms.install()
    svgforms._DRAWN.clear()


def weasyprint_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images.SVGImage, "draw", images.SVGImage.draw.__wrapped__)


def test_a_page_of_formulas_drawn_as_forms_looks_as_weasyprint_draws_it(
    forms: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    as_forms = pixels(page_pdf(formula_pictures()), tmp_path, "forms")
    weasyprint_alone(monkeypatch)
    plain = pixels(page_pdf(formula_pictures()), tmp_path, "plain")
    assert dark_pixels(plain) > 2000  # the formulas are there to compare
    assert differing_share(as_forms, plain) < 0.01


def test_outlines_read_by_examgen_look_as_weasyprint_draws_the_same_svg(
    forms: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    read_here = pixels(page_pdf(formula_pictures()), tmp_path, "read")
    svgforms._DRAWN.clear()
    monkeypatch.setattr(svgforms, "_outline_content", lambda root, viewbox: None)
    drawn_by_weasyprint = pixels(page_pdf(formula_pictures()), tmp_path, "weasyprint")
    assert dark_pixels(read_here) > 2000
    assert differing_share(read_here, drawn_by_weasyprint) < 0.01


def test_a_pdf_holds_each_formula_once_however_often_it_is_printed(forms: None) -> None:
    pictures = formula_pictures()  # inline and display: 5 distinct, each printed 9 times
    distinct = {re.search(r'src="([^"]+)"', picture).group(1) for picture in pictures}
    assert len(distinct) >= len(FORMULAS)
    assert page_pdf(pictures).count(b"/Subtype /Form") == len(distinct)


def test_the_same_page_drawn_in_a_fresh_process_state_is_the_same_bytes(forms: None) -> None:
    first = page_pdf(formula_pictures())
    svgforms._DRAWN.clear()
    assert page_pdf(formula_pictures()) == first


def test_a_picture_with_text_is_drawn_by_weasyprint_into_the_page(
    forms: None, tmp_path: Path
) -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20" viewBox="0 0 80 20">'
        '<text x="0" y="15" font-size="12">Hello</text></svg>'
    )
    data = base64.b64encode(svg.encode()).decode()
    picture = f'<img style="width: 80px; height: 20px" src="data:image/svg+xml;base64,{data}">'
    pdf = page_pdf([picture])
    (tmp_path / "text.pdf").write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "text.pdf", "-"], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout
    assert b"/Subtype /Form" not in pdf
    assert text.count("Hello") == 3 * 3


def test_quadratic_outlines_become_the_cubic_curves_of_the_same_shape() -> None:
    assert svgforms._path_operators("M 0 0 Q 3 3 6 0 Z") == [
        "0 0 m",
        "2.00 2.00 4.00 2.00 6 0 c",
        "h",
    ]


def test_extra_points_after_a_move_are_lines_as_svg_says() -> None:
    assert svgforms._path_operators("M 1 2 3 4 L 5 6 7 8") == ["1 2 m", "3 4 l", "5 6 l", "7 8 l"]


@pytest.mark.parametrize("data", ["M 0 0 h 5", "m 0 0 l 1 1", "M 0 0 L 1", "M 0 0 A 1 1 0 0 1 2 2"])
def test_path_data_beyond_absolute_moves_lines_and_curves_is_left_to_weasyprint(
    data: str,
) -> None:
    assert svgforms._path_operators(data) is None


def test_installing_twice_wraps_weasyprint_once() -> None:
    assert svgforms.install() and svgforms.install()
    assert not hasattr(images.SVGImage.draw.__wrapped__, "__wrapped__")


@pytest.mark.parametrize("tex", FORMULAS)
def test_every_formula_picture_is_read_here_rather_than_parsed_by_weasyprint(tex: str) -> None:
    """The contract with examgen.mathrender: its pictures are plain outlines."""
    found = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', render_tex(tex).html)
    assert found is not None
    root = ET.fromstring(base64.b64decode(found.group(1)))
    viewbox = tuple(float(v) for v in root.get("viewBox", "").split())
    content = svgforms._outline_content(root, viewbox)
    assert content is not None and content.count(b" c\n") > 10
