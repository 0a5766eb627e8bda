"""Ordinal series: terms the notes number one after another are things of one kind.

"第一正規化", "第二正規化", "第三正規化" (or "First/Second Normal Form", "1NF"/"2NF", "一级缓存"/
"二级缓存") are the steps of one scale, whichever heading each is defined under: a student
asked which of them a definition describes must know the scale, not guess from a kind. The
notes often give each its own section with nothing around it to say so, so the outline
alone (:mod:`examgen.questions.kinship`) finds no kin for them.
"""

from __future__ import annotations

import functools
import re

# One ordinal: 第一 … 第十 (and 一级/二级), a number glued to what it counts ("1NF", "2nd"),
# or an English ordinal word. A digit inside a name ("IPv4", "802.1Q") is no ordinal.
_ORDINAL = re.compile(
    r"第[一二三四五六七八九十]{1,2}"
    r"|[一二三四五六七八九十](?=[级級阶階层層])"
    r"|(?<![A-Za-z0-9.])\d{1,2}(?:st|nd|rd|th)?(?=[A-Za-z\u4e00-\u9fff]|\s|$)"
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
    re.IGNORECASE,
)
# A bracketed gloss ("(2NF)", "（缺一不可）") is no part of the name the series numbers.
_BRACKETED = re.compile(r"\s*[(（][^()（）]*[)）]")


@functools.lru_cache(maxsize=4096)
def _series(term: str) -> tuple[str, str] | None:
    """``(the name with its ordinal taken out, the ordinal)`` when ``term`` holds exactly one
    ordinal and a name of two characters or more besides it; None otherwise."""
    name = _BRACKETED.sub("", term).strip()
    found = list(_ORDINAL.finditer(name))
    if len(found) != 1:
        return None
    ordinal = found[0]
    rest = f"{name[: ordinal.start()]}#{name[ordinal.end() :]}".casefold()
    rest = " ".join(rest.split())
    if len(rest.replace("#", "").strip()) < 2:
        return None
    return rest, ordinal.group().casefold()


def ordinal_siblings(a: str, b: str) -> bool:
    """Whether the terms ``a`` and ``b`` are two steps of one numbered series: the same name
    around two different ordinals ("第一正規化" and "第二正規化(2NF)"; "First Normal Form" and
    "Third Normal Form")."""
    x, y = _series(a), _series(b)
    return x is not None and y is not None and x[0] == y[0] and x[1] != y[1]
