"""A member's bracketed remark: "Clonazepam (90% effective)" says a name and a figure about it.

A true/false "X is one of L" of such a member states two claims (X is one of L, X is 90 %
effective), so it is said of the name alone. Brackets that give another name ("Polysomnography
(PSG)", "原子性(Atomicity)", "Slow wave sleep (N3)") are no remark: they stay.
"""

from __future__ import annotations

import re

# A trailing bracket, ASCII or full-width.
_TRAILING = re.compile(r"\s*[(（]([^()（）]+)[)）]\s*$")
# A remark, not a name: a percentage, a figure among words ("1 in 3 people", "有效率90"), or an
# aside's opening ("e.g.", "i.e.", "如…", "例如…", "比如…", "约…").
_FIGURE = re.compile(r"[%％‰]|\d.*[\s\u4e00-\u9fff]|[\s\u4e00-\u9fff].*\d")
_ASIDE = re.compile(
    r"^(?:e\.g\.|i\.e\.|eg\b|ie\b|see\b|about\b|approx|如|例如|比如|即|约|約)", re.I
)


def remark(text: str) -> str | None:
    """The bracketed remark at the end of ``text`` (a figure or an aside), or None when its
    bracket gives another name or there is none."""
    match = _TRAILING.search(text)
    if match is None or match.start() == 0:
        return None
    inside = match.group(1).strip()
    return inside if _FIGURE.search(inside) or _ASIDE.match(inside) else None


def without_remark(text: str) -> str:
    """``text`` said without its trailing bracketed remark: "Clonazepam (90% effective)" →
    "Clonazepam"; any other text unchanged."""
    match = _TRAILING.search(text)
    return text[: match.start()].rstrip() if match and remark(text) else text
