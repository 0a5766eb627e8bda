"""TeX formulas drawn for paper: SVG that WeasyPrint embeds, sized in ``em``.

WeasyPrint runs no JavaScript, so MathJax is out; the math is laid out here, in Python, and
handed to WeasyPrint as a picture that is vector (it prints sharp at any size) and sized in
``em`` (it scales with the text around it), with its baseline on the text's baseline.

Why ziamath. Two real libraries were compared on 20 formulas typical of course notes
(fractions, roots, sums with limits, hats and bars, ``\\mathbf``, ``\\mathbb``, matrices,
``\\argmin``, Greek), rendered into one A4 page by WeasyPrint and looked at as a PNG:

* **ziamath** (pure Python; LaTeX -> MathML through latex2mathml, MathML -> SVG paths with
  the OpenType MATH table of its bundled STIX Two Math font): all 20 laid out, TeX-quality
  spacing, fraction bars and stretchy delimiters right; 0.13 s of CPU to import and load
  the font, then ~10 ms a formula; nothing outside PyPI.
* **matplotlib.mathtext**: ~1.1 s to import, ~30 ms a formula, and no ``\\argmin`` and no
  ``\\begin{pmatrix}`` (3 of the 20 failed), on top of a large dependency.

So ziamath, with latex2mathml's MathML kept as the place where unsupported input is seen.

How the picture reaches the page was timed on a page of 20 formulas (wall seconds, a busy
machine; the page with the TeX as plain text took 0.15): one ``<img>`` of SVG paths per
formula 0.59, SVG ``<text>`` glyphs 0.46, relatively positioned text spans 0.53, absolutely
positioned spans 1.08. Text is not cheaper in WeasyPrint than paths, and would need a code
point for every glyph (stretched delimiters and size variants have none), so: paths, as an
``<img>`` data URI (an ``<svg>`` inline in the page would clash on glyph ids and go through
the HTML parser and the cascade, which measured slower). Each formula is plain ``<path>``
elements (no ``<symbol>``/``<use>``), one path per colour, one decimal, no zero-length
segments. What WeasyPrint would then spend drawing them -- parsing the path data in Python
and writing and compressing the outlines again at every occurrence -- is spent once a
process and formula instead: :mod:`examgen.svgforms` reads these outlines itself and has
each distinct formula written once per PDF, as a form that every occurrence places. With
that, an exam printing 20 formulas 55 times costs about 1.1-1.2x WeasyPrint printing their
TeX as text (``bench/math_page.py``). Rendering is cached by TeX, so a formula on the paper
and again on its key is laid out once, and :func:`save_cache`/:func:`load_cache` keep that
cache between builds (a rebuild with no new formula does not even import ziamath).

Input that cannot be drawn faithfully -- a macro latex2mathml does not know (it would print
``\\foo`` as a letter run), an environment it does not know, unbalanced braces, a character
the math font has no glyph for (Chinese inside a fraction: at a formula's top level the
words are cut out and set as page text between the drawn pieces), or a TeX error -- never
raises: :func:`render_tex` returns a :class:`MathRendering` with ``problem`` set and HTML
that shows the TeX source in a code face, so the caller can warn with ``file:line``
(:func:`fact_math_problems` lists them for ``examgen check``).

Wiring: :mod:`examgen.exam` registers :func:`math_markup` as the Jinja filter ``math``, which
the page templates apply where note text is printed; the build keeps the cache in
``build/.cache/math.json`` and ``examgen check`` words :func:`fact_math_problems` as warnings.
WeasyPrint draws each distinct picture once a process, as a PDF form (:mod:`examgen.svgforms`).
Cards use :func:`examgen.mathtext.to_anki_html` instead.
"""

from __future__ import annotations

import base64
import html
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from markupsafe import Markup

from examgen.mathcheck import (
    _NO_GLYPH,
    _error_message,
    _known_environments,
    _layout_problem,
    _number_sets,
    _source_problem,
)
from examgen.mathtext import Segment, Text, split_math
from examgen.model import Fact

# ziamath lays out in SVG user units at this font size; dividing by it gives em.
_SIZE = 24.0
_SVG_NS = "http://www.w3.org/2000/svg"

_FALLBACK_STYLE = "font-family: 'DejaVu Sans Mono', 'Noto Sans Mono', monospace; font-size: 0.9em"
_DISPLAY_STYLE = "display: block; text-align: center; margin: 0.3em 0; text-indent: 0"


@dataclass(frozen=True)
class MathRendering:
    """One formula ready for the page.

    ``html`` is a safe HTML fragment: an ``<img>`` holding the SVG, or, when ``problem`` is
    set, the TeX source in a code face. ``problem`` says in words why the formula could not
    be drawn (for a ``check`` warning); ``None`` when it was.
    """

    tex: str
    display: bool
    html: str
    problem: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the formula was drawn (no fallback)."""
        return self.problem is None


@dataclass(frozen=True)
class MathProblem:
    """A formula in a text that fell back to its source, and why."""

    tex: str
    problem: str


@dataclass(frozen=True)
class MathHTML:
    """A note text as HTML with its math drawn, and the formulas that could not be."""

    html: Markup
    problems: tuple[MathProblem, ...] = ()


# Every formula drawn in this process, by (tex, display). As many entries as distinct
# formulas in the notes, so it grows with the input, linearly; persisted by save_cache.
_CACHE: dict[tuple[str, bool], MathRendering] = {}
# The formulas laid out in this process rather than taken from a saved cache: save_cache
# writes nothing when there are none, so a build without new math leaves the file alone.
_FRESH: set[tuple[str, bool]] = set()


def render_tex(tex: str, display: bool = False) -> MathRendering:
    """``tex`` (no delimiters) drawn as inline or display math; never raises."""
    key = (tex.strip(), display)
    rendering = _CACHE.get(key)
    if rendering is None:
        rendering = _CACHE[key] = _render(*key)
        _FRESH.add(key)
    return rendering


def _render(tex: str, display: bool) -> MathRendering:
    picture, problem = _picture(tex, display)
    if picture is None and (problem or "").startswith(_NO_GLYPH):
        picture = _with_text_runs(tex, display)
    if picture is not None:
        return MathRendering(tex, display, _block(picture, display))
    source = f'<code class="math-source" style="{_FALLBACK_STYLE}">{html.escape(tex)}</code>'
    return MathRendering(tex, display, _block(source, display), problem or "no output")


def _picture(tex: str, display: bool) -> tuple[str | None, str | None]:
    """The ``<img>`` of one formula, or why there is none."""
    problem = _source_problem(tex)
    if problem is not None:
        return None, problem
    try:
        svg, problem = _draw(_known_environments(_number_sets(tex)), display)
        return (_img_html(svg, tex) if svg is not None else None), problem
    except Exception as error:  # whatever the library rejects is the notes' TeX: report it
        return None, _error_message(error)


def _with_text_runs(tex: str, display: bool) -> str | None:
    """Chinese written straight into a formula (``准确率 = \\frac{TP}{TP+FP}``, or in
    ``\\text{…}``) at its top level: the math font has no such glyphs, so the formula is
    drawn in pieces with the words between them set as page text. None when a piece still
    cannot be drawn (Chinese inside a fraction, say)."""
    pieces = _top_level_text_runs(tex)
    if pieces is None:
        return None
    parts = []
    for is_text, piece in pieces:
        if is_text:
            parts.append(html.escape(piece))
            continue
        picture, _problem = _picture(piece, display)
        if picture is None:
            return None
        parts.append(picture)
    return "".join(parts)


_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
_TEXT_MACRO = re.compile(r"\\(?:text|textrm|textnormal|mathrm|mbox)\s*\{([^{}\\]*)\}")


def _top_level_text_runs(tex: str) -> list[tuple[bool, str]] | None:
    """``tex`` cut into (is_text, piece) at runs of Chinese outside any braces, bare or in a
    ``\\text``-like group; None when Chinese is left inside braces."""
    pieces: list[tuple[bool, str]] = []
    math: list[str] = []
    depth, i = 0, 0

    def cut(text: str) -> None:
        if "".join(math).strip():
            pieces.append((False, "".join(math).strip()))
        math.clear()
        pieces.append((True, text))

    while i < len(tex):
        group = _TEXT_MACRO.match(tex, i) if depth == 0 else None
        if group is not None and _CJK.search(group.group(1)):
            cut(group.group(1))
            i = group.end()
        elif tex[i] == "\\":
            math.append(tex[i : i + 2])
            i += 2
        elif depth == 0 and _CJK.match(tex, i):
            end = i
            while end < len(tex) and (_CJK.match(tex, end) or tex[end] == " "):
                end += 1
            cut(tex[i:end].strip())
            i = end
        else:
            depth += {"{": 1, "}": -1}.get(tex[i], 0)
            math.append(tex[i])
            i += 1
    if "".join(math).strip():
        pieces.append((False, "".join(math).strip()))
    if any(not is_text and _CJK.search(piece) for is_text, piece in pieces):
        return None
    return pieces


def render_segments(
    segments: Iterable[Segment], escape: Callable[[str], str] = html.escape
) -> MathHTML:
    """Segments as page HTML: text through ``escape``, math drawn by :func:`render_tex`."""
    parts: list[str] = []
    problems: list[MathProblem] = []
    for seg in segments:
        if isinstance(seg, Text):
            parts.append(escape(seg.text))
            continue
        rendering = render_tex(seg.tex, seg.display)
        parts.append(rendering.html)
        if rendering.problem is not None:
            problems.append(MathProblem(seg.tex, rendering.problem))
    return MathHTML(Markup("".join(parts)), tuple(problems))


def math_html(text: str) -> MathHTML:
    """A note text as page HTML with its math drawn (text HTML-escaped)."""
    return render_segments(split_math(text))


def math_markup(value: object) -> Markup:
    """:func:`math_html` as Markup only: the Jinja filter a page template uses
    (``{{ question.prompt | math }}``); problems are reported by ``check``, not here.

    A value that is already Markup is HTML made elsewhere and passes unchanged; any other
    value is note text (numbers too, as their text).
    """
    if isinstance(value, Markup):
        return value
    return math_html(str(value)).html


def math_problems(text: str) -> tuple[MathProblem, ...]:
    """The formulas in ``text`` that would fall back to source on paper (for ``check``)."""
    return math_html(text).problems


@dataclass(frozen=True)
class FactMathProblem:
    """A formula of a fact that is printed as source on paper: where, what, and why."""

    source: str  # the notes file, as in Fact.source
    line: int  # the line the fact starts on
    tex: str
    problem: str

    @property
    def location(self) -> str:
        """``file:line``, the way a user looks it up."""
        return f"{self.source}:{self.line}"


def fact_math_problems(facts: Iterable[Fact]) -> tuple[FactMathProblem, ...]:
    """The formulas of ``facts`` that cannot be drawn, once per fact and formula, for
    ``examgen check`` (which words them: ``file:line: formula … is printed as source: …``)."""
    found: list[FactMathProblem] = []
    for fact in facts:
        texts = [fact.subject, fact.text, *fact.columns]
        texts += [part for item in fact.items for part in (item.text, item.gloss or "")]
        texts += [cell for row in fact.rows for cell in row]
        seen: set[str] = set()
        for text in texts:
            for problem in math_problems(text):
                if problem.tex not in seen:
                    seen.add(problem.tex)
                    found.append(
                        FactMathProblem(fact.source, fact.line, problem.tex, problem.problem)
                    )
    return tuple(found)


# ------------------------------------------------------------------------------ cache on disk

# Bump when the HTML written for a formula changes; the library's version is part of the
# key too, so an upgrade of ziamath draws everything again.
_CACHE_FORMAT = 2


def save_cache(path: Path) -> bool:
    """Write every formula drawn so far to ``path`` (JSON), for :func:`load_cache`; whether
    it wrote (an existing file is left alone when no formula was laid out since the last save).

    A build that loads it again lays out only the formulas that are new, and skips importing
    ziamath (0.3 s) when there are none.
    """
    if not _CACHE or (not _FRESH and path.exists()):
        return False
    entries = [
        {"tex": r.tex, "display": r.display, "html": r.html, "problem": r.problem}
        for r in _CACHE.values()
    ]
    payload = {"format": _CACHE_FORMAT, "ziamath": _library_version(), "formulas": entries}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
    _FRESH.clear()
    return True


def load_cache(path: Path) -> int:
    """Take the formulas saved by :func:`save_cache` at ``path``; how many were taken.

    A missing, unreadable or outdated file (another format or ziamath version) takes none:
    the cache is only ever a shortcut, never a source of truth.
    """
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload["format"] != _CACHE_FORMAT or payload["ziamath"] != _library_version():
            return 0
        loaded = [
            MathRendering(e["tex"], bool(e["display"]), e["html"], e["problem"])
            for e in payload["formulas"]
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return 0
    for rendering in loaded:
        _CACHE.setdefault((rendering.tex, rendering.display), rendering)
    return len(loaded)


@cache
def _library_version() -> str:
    from importlib.metadata import version

    return version("ziamath")


# ------------------------------------------------------------------------------ drawing


@cache
def _ziamath():
    """ziamath, imported on first use (0.3 s) and set to emit plain paths.

    ``svg2 = False`` makes ziafont write each glyph as its own ``<path>`` instead of a
    ``<symbol>`` plus ``<use>``: WeasyPrint draws paths directly, and ids would clash
    between pictures. One decimal of a 24-unit font is 1/240 em (0.015 mm at 10.5 pt),
    finer than print.
    """
    import ziafont
    import ziamath

    ziafont.config.svg2 = False
    ziafont.config.precision = 1
    return ziamath


def _draw(tex: str, display: bool) -> tuple[str | None, str | None]:
    """The SVG of the formula, or the problem that keeps it from being faithful."""
    zm = _ziamath()
    formula = zm.Latex(tex, size=_SIZE, inline=not display)
    problem = _layout_problem(ET.fromstring(formula.mathmlstr()), formula.font)
    if problem is not None:
        return None, problem
    return _compact(formula.svg()), None


def _compact(svg: str) -> str:
    """The SVG with its glyph paths joined into one path per fill colour."""
    ET.register_namespace("", _SVG_NS)
    root = ET.fromstring(svg)
    joined: dict[str, list[str]] = {}
    keep: list[ET.Element] = []
    for child in list(root):
        root.remove(child)
        if child.tag == f"{{{_SVG_NS}}}path" and set(child.attrib) <= {"d", "fill"}:
            joined.setdefault(child.get("fill", "black"), []).append(child.get("d", ""))
        else:
            keep.append(child)
    for fill, paths in joined.items():
        d = _drop_empty_lines(" ".join(paths))
        ET.SubElement(root, f"{{{_SVG_NS}}}path", {"d": d, "fill": fill})
    root.extend(keep)
    return ET.tostring(root, encoding="unicode")


_PATH_COMMAND = re.compile(r"([A-Za-z])([^A-Za-z]*)")


def _drop_empty_lines(d: str) -> str:
    """Path data without line-tos to the point already reached (ziafont starts every
    contour with one): WeasyPrint parses each point in Python, at every drawing."""
    kept: list[str] = []
    current: list[str] = []
    for found in _PATH_COMMAND.finditer(d):
        letter, args = found.group(1), found.group(2).split()
        if letter == "L" and args == current:
            continue
        kept.append(f"{letter} {' '.join(args)}".rstrip())
        if len(args) >= 2:
            current = args[-2:]
    return " ".join(kept)


_VIEWBOX = re.compile(r'viewBox="([-\d.e]+) ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)"')


def _img_html(svg: str, tex: str) -> str:
    """An ``<img>`` of the SVG, sized in em, its baseline (y = 0) on the text's baseline."""
    found = _VIEWBOX.search(svg)
    if found is None:  # ziamath always writes one; a missing one is a library change
        raise ValueError("ziamath wrote an SVG without a viewBox")
    _x, y, width, height = (float(v) for v in found.groups())
    depth = (y + height) / _SIZE  # how far the picture reaches below the baseline
    style = (
        f"width: {width / _SIZE:.3f}em; height: {height / _SIZE:.3f}em; "
        f"vertical-align: {-depth:.3f}em"
    )
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return (
        f'<img class="math" style="{style}" alt="{html.escape(tex)}" '
        f'src="data:image/svg+xml;base64,{data}">'
    )


def _block(fragment: str, display: bool) -> str:
    """Display math is a centred block of its own; inline math stays as it is."""
    if display:
        return f'<span class="math-display" style="{_DISPLAY_STYLE}">{fragment}</span>'
    return fragment
