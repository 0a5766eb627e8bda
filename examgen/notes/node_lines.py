"""Nodes by line: what the passes after extraction look a fact's line up in.

A draft knows the line it was read at, not its node. :mod:`.hanging` needs the list item
around each line, :mod:`.openness` every node read at each line; both are recorded in one
walk of the document's tree (two walks were two passes over every node of the file).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from examgen.notes.terms import parse_head
from examgen.notes.tree import Node


class NodeLines(NamedTuple):
    """The nodes of one document by line."""

    at: dict[int, list[Node]]  # every node read at a line, in reading order
    around: dict[int, Node]  # the innermost node holding each line (see :func:`holds`)


def node_lines(nodes: Sequence[Node]) -> NodeLines:
    """The nodes under ``nodes`` (a document's top nodes) by line, in one walk."""
    lines = NodeLines({}, {})
    _walk(nodes, None, lines.at, lines.around)
    return lines


def _walk(
    nodes: Sequence[Node], item: Node | None, at: dict[int, list[Node]], around: dict[int, Node]
) -> None:
    """Record every node under ``nodes`` at its line, and for the line of each the innermost
    holding node around it (``item``; the first node read at a line keeps it)."""
    for node in nodes:
        line = node.line
        found = at.get(line)
        if found is None:
            at[line] = [node]
        else:
            found.append(node)  # a callout's title item and its paragraph share a line
        if item is not None and line not in around:
            around[line] = item
        if node.children:
            _walk(node.children, node if holds(node) else item, at, around)


def holds(node: Node) -> bool:
    """Whether the facts under ``node`` hang under it: a list item, or a label over one item
    (``密码学的史前时代:`` over ``* 凯撒密码：…``, the notes' heading for it: one item makes no
    list that would say whose the item's facts are)."""
    if node.kind == "item":
        return True
    if node.kind != "paragraph" or len(node.children) != 1 or node.children[0].kind != "item":
        return False
    head = parse_head(node.text)
    return head.how == "label" and head.termlike  # a name, not a sentence ending in a colon
