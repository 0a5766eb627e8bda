"""Comparisons told side by side: a label naming two things compared, over one bullet per
thing, each with its points under it.

``比较MAC和数字签名:`` over ``* MAC的发送者和接受者必须share秘钥`` (points under it) and
``* 数字签名不需要交换任何秘密消息`` (points under it): two lists, ``MAC的特点`` and
``数字签名的特点``, each of its bullet and the points under it; a list of the two opening
lines would ask for half of what the author wrote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.notes.tree import Node

_AND = r"(?:和|与|與|跟|及)"
_COMPARE = re.compile(
    rf"^(?:比较|比較|对比|對比)\s*(?P<a>[^，,。；;：:]{{1,20}}?)\s*{_AND}\s*"
    rf"(?P<b>[^，,。；;：:]{{1,20}}?)\s*[:：]?$"
    rf"|^(?P<a2>[^，,。；;：:]{{1,20}}?)\s*{_AND}\s*(?P<b2>[^，,。；;：:]{{1,20}}?)\s*的?"
    rf"(?:比较|比較|对比|對比|区别|區別)\s*[:：]?$"
)


def compared_sides(label: str, items: Sequence[Node]) -> list[tuple[str, Node]]:
    """``比较A和B:`` over a bullet opening with A and one opening with B, each with points
    under it → ``[(A, its bullet), (B, its bullet)]``; [] for any other label or layout."""
    match = _COMPARE.match(label.strip())
    if match is None:
        return []
    names = [match["a"] or match["a2"], match["b"] or match["b2"]]
    if len(items) != len(names):
        return []
    sides = []
    for name, node in zip(names, items, strict=True):
        points = [child for child in node.children if child.kind == "item"]
        if not node.text.strip().startswith(name) or not points:
            return []
        sides.append((name.strip(), node))
    return sides


def side_points(node: Node) -> list[str]:
    """The bullet's own line and the points under it, as the author wrote them."""
    points = [child.text for child in node.children if child.kind == "item"]
    return [text.strip().rstrip("。；;") for text in (node.text, *points) if text.strip()]


def alternatives_named(heading: str, names: Sequence[str]) -> str:
    """``價值性 Trivial or Non-Trivial`` over sections ``Trivial`` and ``Non-trivial`` → ``價值性``:
    a heading that names its sections as alternatives (``A or B``, ``A vs B``, ``A / B``,
    ``A或B``) after what they are kinds of; '' when it does not, or nothing is left."""
    if len(names) < 2:
        return ""
    joined = r"\s*(?:or|vs\.?|versus|/|、|或|和|与|與)\s*".join(re.escape(name) for name in names)
    match = re.match(rf"^(?P<rest>.+?)\s*[:：]?\s*(?:{joined})$", heading.strip(), re.IGNORECASE)
    rest = match["rest"].strip(" :：-") if match else ""
    return rest if rest and not rest.isdigit() else ""


_OR = re.compile(r"\s+or\s+|\s*/\s*|\s*[或]\s*", re.IGNORECASE)
_MAX_ALTERNATIVE_WORDS = 3


def alternatives(text: str) -> list[str]:
    """``Edge or Non-Edge`` → ``["Edge", "Non-Edge"]``: a line that is only names joined as
    alternatives (``or``, ``/``, ``或``), each a few words; [] for any other line."""
    if "," in text or "，" in text or ":" in text or "：" in text:
        return []
    names = [part.strip() for part in _OR.split(text.strip())]
    if len(names) < 2 or any(not name or name[:1] in "$(" for name in names):
        return []
    if any(len(name.split()) > _MAX_ALTERNATIVE_WORDS for name in names):
        return []
    return names


def table_title(table: Node) -> str:
    """What a grid compares, named by its column heads (``MyISAM 与 InnoDB``, ``TCP vs.
    UDP``); '' for fewer than two or more than four compared columns."""
    head = table.cells[0] if table.cells else ()
    compared = [cell for cell in head[1:] if cell]
    if not 2 <= len(compared) <= 4:
        return ""
    every = "".join(cell for row in table.cells for cell in row)
    joiner = " 与 " if any(ord(char) > 0x2E80 for char in every) else " vs. "
    return joiner.join(compared)


# `其他区别有：`, `其它不同如下`, `Other differences:`: more of a comparison just made.
_OTHER_DIFFERENCES = re.compile(
    r"^(?P<what>(?:其他|其它|另外|此外)的?(?:区别|區別|差异|差異|不同点|不同點|不同))"
    r"(?:有|如下|包括|是|還有|还有)?\s*[:：]?$"
    r"|^(?P<en>(?:other|further|more)\s+differences)(?:\s+(?:are|include))?\s*:?$",
    re.IGNORECASE,
)


def other_differences_named(label: str, compared: str) -> str:
    """``其他区别有：`` after a table comparing ``A 与 B`` → ``A 与 B的其他区别``; '' when the
    label says no such thing or nothing was compared."""
    match = _OTHER_DIFFERENCES.match(label.strip()) if compared else None
    if match is None:
        return ""
    if match["what"]:
        return f"{compared}的{match['what']}"
    return f"{match['en'].lower()} of {compared}"
