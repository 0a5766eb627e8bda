"""Lazy lines: a line at the margin right after a list item, which the author meant as the
paragraph after the list.

CommonMark reads a line that follows a list item without a blank line, even at the left
margin, as more of the item's paragraph (a "lazy continuation"). People writing Obsidian or
quick lecture notes rarely mean that:

::

    - Staying asleep
    - Early morning awakening
    The disorder is chronic if it lasts for three months.

The last line is a new paragraph about the section, not what "Early morning awakening"
means. :func:`lazy_start` finds where such a paragraph begins inside an item's text: a line
at the margin (or left of the item's marker) that opens a new sentence (a capital letter or a
bold phrase) after a line that leaves no sentence hanging and asks for no line break.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_MARKER = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
# A line ending like this leaves its sentence open; the next line goes on with it.
_HANGING_END = re.compile(
    r"(?:[,;:(\-–—/&]|\b(?:and|or|but|the|a|an|of|to|from|with|in|on|by|for|as|at|is|are|that"
    r"|which|than))$",
    re.IGNORECASE,
)


# `<br>`, a backslash or two spaces at the end: a line break inside the item, on purpose.
_BROKEN = re.compile(r"(?:<br\s*/?>|\\|  )\s*$", re.IGNORECASE)


def _width(prefix: str) -> int:
    return len(prefix.expandtabs(4))


def lazy_start(source_lines: Sequence[str], first: int, lines: Sequence[str]) -> int:
    """The index in ``lines`` (an item's paragraph, whose first line is
    ``source_lines[first]``) of the first lazy line that opens a new paragraph; 0 for none."""
    if len(lines) < 2 or first + len(lines) > len(source_lines):
        return 0
    marker = _MARKER.match(source_lines[first])
    if marker is None:
        return 0  # inside a quotation or a callout: no margin to compare with
    content = _width(marker.group(0))
    margin = _width(marker.group(1))
    for offset in range(1, len(lines)):
        raw = source_lines[first + offset]
        stripped = raw.lstrip(" \t")
        indent = _width(raw[: len(raw) - len(stripped)])
        if not stripped or indent >= content:
            continue
        if indent and indent >= margin:
            return 0  # indented under the item, if short of its text: still the item's
        if _BROKEN.search(source_lines[first + offset - 1]):
            return 0  # `SSL Connection<br>` + its description: a line break the author asked for
        opens = stripped[:1].isupper() or stripped.startswith(("**", "__"))
        previous = lines[offset - 1].rstrip()
        if opens and previous and not _HANGING_END.search(previous):
            return offset
        return 0
    return 0
