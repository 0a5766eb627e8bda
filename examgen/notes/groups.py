"""Group headers inside a flat list (a mixin of :class:`examgen.notes.items.ItemReader`: it
uses the extractor's ``emit``).

``Normalization類型`` over ``低階Normalization``, ``第一正規化型式``, …, ``高階Normalization``,
``第四正規化型式``, …: the bullets naming the list's own thing (``…Normalization``) are no
types but the headers of the groups after them. Each header lists its group; the list keeps
the members only (a count of "8 types" would include the two headers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.model import Item
from examgen.notes.draft import Place, normalize_subject
from examgen.notes.tree import Node

# What a list's title adds to the thing it divides: `Normalization類型` divides Normalization.
_DIVIDED = re.compile(
    r"\s*(?:的)?(?:類型|类型|種類|种类|分類|分类|types?|kinds?|categories)\s*$", re.IGNORECASE
)


# The last letter of every word _DIVIDED takes off (`ſ`: a long s matches `s` ignoring case).
_DIVIDED_LAST = frozenset("型類类eEsSſdD")


def _headers(term: str, members: Sequence[tuple[Item, Node]]) -> list[int]:
    """Positions of the members that are group headers ([] when the list has none)."""
    if term.rstrip()[-1:] not in _DIVIDED_LAST:
        return []  # most terms: no `类型`, `types` … at the end to take off
    divided = _DIVIDED.sub("", term)
    if divided == term or len(normalize_subject(divided)) < 3:
        return []
    stem = normalize_subject(divided)
    headers = [
        index
        for index, (item, node) in enumerate(members)
        if not node.children and item.gloss is None and stem in normalize_subject(item.text)
    ]
    if len(headers) < 2 or headers[0] != 0:
        return []
    ends = [*headers[1:], len(members)]
    if any(end - start < 3 for start, end in zip(headers, ends, strict=True)):
        return []  # each header over at least two members
    return headers


class GroupedItems:
    """Lists whose bullets include headers of groups of the other bullets."""

    def grouped(
        self, term: str, members: Sequence[tuple[Item, Node]], place: Place
    ) -> Sequence[tuple[Item, Node]]:
        """The members without their group headers, each header's group emitted as a list
        of its own; ``members`` as they are when no bullet is a header."""
        headers = _headers(term, members)
        if not headers:
            return members
        ends = [*headers[1:], len(members)]
        for start, end in zip(headers, ends, strict=True):
            header, node = members[start]
            group = [item for item, _ in members[start + 1 : end]]
            self.emit("list", header.text, place, node.line, items=group, tags=node.tags)
        return [member for index, member in enumerate(members) if index not in headers]
