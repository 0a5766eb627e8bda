"""What one sentence of running prose states, as data, and how prose is cut into sentences
and clauses (shared by :mod:`examgen.notes.prose_zh` and :mod:`examgen.notes.prose_en`)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Said:
    """One fact a sentence states: a definition (``text``) or a list (``items``)."""

    kind: str
    subject: str
    text: str = ""
    items: tuple[str, ...] = ()
    label: str = ""  # a list's lead-in as written (`MVCC实现依赖于`), see ``Fact.label``


def has_cjk(text: str) -> bool:
    """Whether the text has a CJK ideograph (it is read as Chinese)."""
    return _CJK.search(text) is not None


_CJK = re.compile("[\u3400-\u9fff]")


OPEN, CLOSE = "(（【[", ")）】]"
_BRACKET = re.compile(f"[{re.escape(OPEN + CLOSE)}]")


@functools.cache
def _cutter(marks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(marks)}]")


def split_outside(text: str, marks: str) -> list[str]:
    """``text`` cut after each of ``marks`` outside brackets (a comma inside ``(A，B)`` stays)."""
    if _BRACKET.search(text) is None:  # most text: no brackets, every mark cuts
        return [part.strip() for part in _cutter(marks).split(text) if part.strip()]
    parts: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in OPEN:
            depth += 1
        elif char in CLOSE:
            depth = max(0, depth - 1)
        elif char in marks and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]
