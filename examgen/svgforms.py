"""SVG pictures that WeasyPrint draws once a process and places as a PDF form wherever they occur.

A formula on a paper is an SVG picture of glyph outlines (:mod:`examgen.mathrender`), handed
to WeasyPrint as a ``data:`` URI. Left alone, WeasyPrint draws every occurrence of a picture
into the page's content stream: it parses the path data in Python (~10 ms a formula), writes
out thousands of path operators as text, and compresses them with the page, again on the key
and on every version. On an exam of 20 formulas printed 55 times (``bench/math_page.py``)
that made the exam cost ~1.5x WeasyPrint printing the same TeX as text.

So :func:`install` has such a picture drawn once per process into a PDF *form XObject* (a
reusable piece of content): its operators are compressed once and kept, and every occurrence
in every PDF of the process is a scale to its box and ``Do``, plus, once per PDF, the form
itself (~1.1x on that exam). The operators are WeasyPrint's own for any picture
(``svg.draw`` into a scratch stream), except for the pictures examgen.mathrender writes --
filled paths and rectangles, absolute M/L/Q/C/Z path data -- which :func:`_outline_content`
translates itself, ten times faster than WeasyPrint's parser, to the same shapes
(``tests/test_svgforms.py`` compares the pages' pixels). Either way the page stays vector.

Only pictures that cannot depend on the document are drawn this way: a ``data:`` URI (its
URL is its content, so its hash names the form), a root ``<svg>`` with a positive
``viewBox`` and none of ``x``, ``y``, ``transform`` or ``preserveAspectRatio``, and a drawing
made only of path, colour, line-style, transform and opacity-state operators (no text, fonts,
images, patterns, shadings or groups, whose resources belong to one PDF). Anything else is
drawn by WeasyPrint as before, as is everything if WeasyPrint's image class is not the one
this module knows. The placement reproduces WeasyPrint's: the picture is laid into its box
the way SVG's default ``preserveAspectRatio`` (``xMidYMid meet``) does, scaled uniformly and
centred.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pydyf  # WeasyPrint's PDF writer; this module is imported only to write PDFs

# Operators a shared form may hold: none of them names a resource except ``gs`` (opacity
# states, copied into the form's own resources) -- text, XObjects, patterns, shadings and
# colour spaces would refer to objects of one PDF.
_PLAIN_OPERATORS = frozenset(
    b"q Q cm m l c v y h re f f* F S s B B* b b* n W W* rg RG g G k K gs w J j M d i ri".split()
)
_MARK = "_examgen_forms"


@dataclass(frozen=True)
class _Drawn:
    """One picture as WeasyPrint draws it at its ``viewBox`` size, origin at the top left."""

    name: str  # the XObject's resource name: from the URL, so the same in every PDF
    width: float
    height: float
    content: bytes  # the operators, as WeasyPrint writes them
    compressed: bytes  # the same, deflated once for every PDF of the process
    states: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]  # the ExtGStates ``gs`` uses


# What each data: URI drew as, or None when it cannot be a shared form. As many entries as
# distinct pictures drawn in this process: linear in the formulas of the notes.
_DRAWN: dict[str, _Drawn | None] = {}


def install() -> bool:
    """Make WeasyPrint draw self-contained ``data:`` SVG pictures once a process, as PDF
    forms; whether it is in place (False when WeasyPrint's image class is not the one this
    module knows: pictures are then drawn the usual way)."""
    try:
        from weasyprint import images
    except ImportError:  # pragma: no cover - WeasyPrint is a dependency
        return False
    image_class = getattr(images, "SVGImage", None)
    original = getattr(image_class, "draw", None)
    if original is None or not hasattr(pydyf, "_to_bytes"):
        return False
    if getattr(original, _MARK, False):
        return True
    image_class.draw = _drawing_forms(original)
    return True


def _drawing_forms(original: Callable[..., None]) -> Callable[..., None]:
    def draw(image: Any, stream: Any, width: float, height: float, style: Any) -> None:
        url = getattr(image, "_base_url", None)
        drawn = None
        if isinstance(url, str) and url.startswith("data:"):
            if url not in _DRAWN:  # None too: a picture found not to be self-contained
                _DRAWN[url] = _draw_once(image, stream, url)
            drawn = _DRAWN[url]
        if drawn is None or not _place(drawn, stream, width, height):
            original(image, stream, width, height, style)

    setattr(draw, _MARK, True)
    draw.__wrapped__ = original  # type: ignore[attr-defined]
    return draw


def _draw_once(image: Any, stream: Any, url: str) -> _Drawn | None:
    """The picture drawn by WeasyPrint into a scratch stream, if it is self-contained."""
    try:
        svg = image._svg
        root = svg.tree
        if any(root.get(name) is not None for name in ("x", "y", "transform")):
            return None
        if root.get("preserveAspectRatio") is not None:
            return None
        viewbox = svg.get_viewbox()
        if not viewbox or len(viewbox) != 4 or viewbox[2] <= 0 or viewbox[3] <= 0:
            return None
        width, height = float(viewbox[2]), float(viewbox[3])
        resources = pydyf.Dictionary(
            {
                "ExtGState": pydyf.Dictionary(),
                "XObject": pydyf.Dictionary(),
                "Pattern": pydyf.Dictionary(),
                "Shading": pydyf.Dictionary(),
                "ColorSpace": stream._resources["ColorSpace"],
            }
        )
        # Outlines read here use colour, path and fill operators only: nothing to check.
        content, states = _outline_content(root._etree_node, viewbox), ()
        if content is None:
            scratch = stream.clone(resources=resources, extra=pydyf.Dictionary(), compress=False)
            # At its viewBox size the picture is drawn at scale 1, its viewBox origin moved
            # to (0, 0): what _place scales and moves to the box.
            svg.draw(scratch, width, height, image._base_url, image._context)
            content = b"\n".join(pydyf._to_bytes(item) for item in scratch.stream)
            states = _plain_states(content, resources)
    except Exception:  # a picture WeasyPrint cannot draw this way is drawn the usual way
        return None
    if states is None or any(resources[kind] for kind in ("XObject", "Pattern", "Shading")):
        return None
    name = "F" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
    return _Drawn(name, width, height, content, zlib.compress(content, 9), states)


# ------------------------------------------------------------------ outlines, translated here

# A picture of filled outlines, as examgen.mathrender writes one: an <svg> with a viewBox
# holding only <path d fill> and <rect x y width height fill> (fraction bars), the path data
# absolute M, L, Q, C and Z. WeasyPrint parses path data in Python at ~1 us a character
# (~10 ms a formula, most of a formula's cost on paper); this reads the same data with one
# regular expression and writes the same operators (quadratic curves as the cubic curves
# they are, as WeasyPrint does).
_SVG_ATTRIBUTES = frozenset(("width", "height", "viewBox"))
_CHILD_ATTRIBUTES = {
    "path": frozenset(("d", "fill")),
    "rect": frozenset(("x", "y", "width", "height", "fill")),
}
_NUMBER = r"-?(?:\d+\.?\d*|\.\d+)"
_PATH_DATA = re.compile(rf"(?:\s*[MLQCZ](?:\s*{_NUMBER})*)*\s*")
_PATH_COMMAND = re.compile(rf"([MLQCZ])((?:\s*{_NUMBER})*)")
_ARGUMENTS = {"M": 2, "L": 2, "Q": 4, "C": 6, "Z": 0}


def _outline_content(root: Any, viewbox: tuple[float, ...]) -> bytes | None:
    """The PDF operators of a picture of filled outlines, at scale 1 with its viewBox origin
    at (0, 0); None when the picture holds anything else (WeasyPrint then draws it)."""
    if not set(root.attrib) <= _SVG_ATTRIBUTES or (root.text or "").strip():
        return None
    x, y = viewbox[0], viewbox[1]
    out = ["q", f"1 0 0 1 {-x:.3f} {-y:.3f} cm"]
    colour = None
    for child in root:
        tag = child.tag.rpartition("}")[2]
        allowed = _CHILD_ATTRIBUTES.get(tag)
        if allowed is None or not set(child.attrib) <= allowed or len(child):
            return None
        rgb = _rgb(child.get("fill", "black"))
        if rgb is None:
            return None
        if rgb != colour:
            out.append("{:.4f} {:.4f} {:.4f} rg".format(*rgb))
            colour = rgb
        if tag == "rect":
            box = [float(child.get(k, "0")) for k in ("x", "y", "width", "height")]
            out.append("{:.3f} {:.3f} {:.3f} {:.3f} re f".format(*box))
            continue
        path = _path_operators(child.get("d", ""))
        if path is None:
            return None
        out.extend(path)
        out.append("f")
    out.append("Q")
    return "\n".join(out).encode("ascii")


def _path_operators(data: str) -> list[str] | None:
    """Absolute M/L/Q/C/Z path data as PDF path operators; None for any other data.

    Points are copied as written (SVG and PDF write plain numbers alike); the control points
    of a quadratic curve's cubic are computed, to 1/100 of a unit (1/2400 em).
    """
    if not _PATH_DATA.fullmatch(data):
        return None
    out: list[str] = []
    cx = cy = sx = sy = 0.0  # the current point, the current subpath's start
    for letter, arguments in _PATH_COMMAND.findall(data):
        words = arguments.split()
        count = _ARGUMENTS[letter]
        if (count == 0 and words) or (count and (not words or len(words) % count)):
            return None
        if letter == "Z":
            out.append("h")
            cx, cy = sx, sy
            continue
        for i in range(0, len(words), count):
            if letter == "Q":  # the cubic curve with the same shape
                qx, qy, x, y = (float(w) for w in words[i : i + 4])
                out.append(
                    f"{cx + 2 / 3 * (qx - cx):.2f} {cy + 2 / 3 * (qy - cy):.2f} "
                    f"{x + 2 / 3 * (qx - x):.2f} {y + 2 / 3 * (qy - y):.2f} "
                    f"{words[i + 2]} {words[i + 3]} c"
                )
            else:
                operator = "m" if letter == "M" and i == 0 else "c" if letter == "C" else "l"
                out.append(f"{' '.join(words[i : i + count])} {operator}")
                x, y = float(words[i + count - 2]), float(words[i + count - 1])
                if operator == "m":
                    sx, sy = x, y
            cx, cy = x, y
    return out


def _rgb(colour: str) -> tuple[float, float, float] | None:
    """An opaque CSS colour as PDF rgb components; None for anything else."""
    from tinycss2.color3 import parse_color

    parsed = parse_color(colour)
    if parsed is None or isinstance(parsed, str) or parsed.alpha != 1:
        return None
    return (parsed.red, parsed.green, parsed.blue)


def _plain_states(content: bytes, resources: Any) -> tuple | None:
    """The opacity states the content uses (plain numbers and names), or None when it uses
    an operator or a state a form shared between PDFs cannot hold."""
    used: set[str] = set()
    for line in content.split(b"\n"):
        words = line.split()
        if not words:
            continue
        if words[-1] not in _PLAIN_OPERATORS:
            return None
        if words[-1] == b"gs":
            if len(words) != 2 or not words[0].startswith(b"/"):
                return None
            used.add(words[0][1:].decode("ascii"))
    states = []
    for key in sorted(used):
        state = resources["ExtGState"].get(key)
        if state is None or not all(isinstance(v, (int, float, str)) for v in state.values()):
            return None
        states.append((key, tuple(state.items())))
    return tuple(states)


def _place(drawn: _Drawn, stream: Any, width: float, height: float) -> bool:
    """Draw the form into ``stream`` at ``width`` x ``height``; whether it could be."""
    try:
        forms = stream._resources["XObject"]
        if drawn.name not in forms:
            forms[drawn.name] = _Form(drawn, bool(stream.compress))
    except (AttributeError, KeyError, TypeError):
        return False
    # SVG's default preserveAspectRatio, xMidYMid meet: one scale, the picture centred.
    scale = min(width / drawn.width, height / drawn.height)
    stream.transform(
        a=scale,
        d=scale,
        e=(width - drawn.width * scale) / 2,
        f=(height - drawn.height * scale) / 2,
    )
    stream.draw_x_object(drawn.name)
    return True


class _Form(pydyf.Stream):
    """A form XObject of one PDF whose content was compressed once, for every PDF."""

    def __init__(self, drawn: _Drawn, compress: bool) -> None:
        # The bounding box is a clip: a margin of the picture's size keeps ink that spills
        # out of the viewBox (which WeasyPrint's direct drawing shows) visible.
        margin = max(drawn.width, drawn.height)
        box = (-margin, -margin, drawn.width + margin, drawn.height + margin)
        states = pydyf.Dictionary({key: pydyf.Dictionary(dict(s)) for key, s in drawn.states})
        super().__init__(
            extra=pydyf.Dictionary(
                {
                    "Type": "/XObject",
                    "Subtype": "/Form",
                    "BBox": pydyf.Array(box),
                    "Resources": pydyf.Dictionary({"ExtGState": states}),
                }
            ),
            compress=compress,
        )
        self.drawn = drawn

    @property
    def data(self) -> bytes:
        extra = pydyf.Dictionary(self.extra.copy())
        body = self.drawn.compressed if self.compress else self.drawn.content
        if self.compress:
            extra["Filter"] = "/FlateDecode"
        extra["Length"] = len(body)
        return b"\n".join((extra.data, b"stream", body, b"endstream"))
