"""SVG path data that WeasyPrint parses once a process, however often it is drawn.

A formula is an SVG picture of glyph outlines (:mod:`examgen.mathrender`), and WeasyPrint
turns every ``<path>``'s ``d`` into PDF operators in Python each time the picture is drawn:
about 10 ms of CPU per picture, most of what math costs a paper. The same formula is drawn
on the paper, again on its key and on every version, so this module keeps, per path data,
the operators (and the vertices WeasyPrint notes for markers) that WeasyPrint emitted the
first time, and appends them again instead of parsing the data again.

That is safe because path data holds plain numbers (SVG allows no units or percentages in
``d``), so what WeasyPrint emits for it does not depend on the picture's size, position or
font: transforms and fills are separate operators, written around the path by WeasyPrint as
before. ``tests/test_svgpaths.py`` checks that a PDF comes out byte for byte the same.

:func:`install` replaces WeasyPrint's drawing function for the ``path`` tag with one that
remembers; it is called by :mod:`examgen.exam` before it writes any PDF, and does nothing if
WeasyPrint's SVG module no longer looks the way this module expects (the drawing is then just
slower).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import Any

# What WeasyPrint emitted for each path data seen in this process: its stream operators and
# the vertices it noted. As many entries as distinct paths drawn: linear in the formulas.
_DRAWN: dict[str, tuple[list[Any], list[Any]]] = {}
_MARK = "_examgen_remembers"


def install() -> bool:
    """Make WeasyPrint draw each distinct path data by parsing it once; whether it is in
    place (False when WeasyPrint's SVG drawing is not the one this module knows)."""
    try:
        from weasyprint import svg
    except ImportError:  # pragma: no cover - WeasyPrint is a dependency
        return False
    tags = getattr(svg, "TAGS", None)
    original = tags.get("path") if isinstance(tags, dict) else None
    if original is None:
        return False
    if getattr(original, _MARK, False):
        return True
    tags["path"] = _remembering(original)
    return True


def _remembering(original: Callable[[Any, Any, float], None]) -> Callable[[Any, Any, float], None]:
    def path(drawing: Any, node: Any, font_size: float) -> None:
        data = node.get("d", "")
        operators = drawing.stream.stream
        drawn = _DRAWN.get(data)
        if drawn is None:
            first_operator, first_vertex = len(operators), len(node.vertices)
            original(drawing, node, font_size)
            vertices = list(islice(node.vertices, first_vertex, None))  # a deque: no slices
            _DRAWN[data] = (operators[first_operator:], vertices)
        else:
            operators.extend(drawn[0])
            node.vertices.extend(drawn[1])

    setattr(path, _MARK, True)
    path.__wrapped__ = original  # type: ignore[attr-defined]
    return path
