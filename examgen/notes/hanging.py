"""Parents: the list item a nested fact hangs under.

``个人的特质`` with bullets under the item ``认证的实现方式：`` is a list of a person's traits
as ways to authenticate; its section path (the headings) does not say so, and a question
asking for "the 2 items of 个人的特质" does not say whose traits it wants. Every fact found
at a line inside a list item records that item (``Draft.parent``, ``Fact.parent``): the
subject of the fact the item gave at its own line (a list's over a definition's, since the
nested fact is one of its members), else the item's term. A label over a lone item (a list
of one, which gives no list fact) is its parent the same way. A fact directly under a heading,
or in a paragraph that is under no item, has none. The parent is no part of a fact's id.
"""

from __future__ import annotations

from collections.abc import Sequence

from examgen.notes.draft import Draft
from examgen.notes.terms import parse_head
from examgen.notes.tree import Node

#: The kinds of fact that name an item as a whole, the best first (a list names the item
#: whose bullets it holds; a definition may be an aspect told beside them).
_NAMING = {"list": 0, "sequence": 0, "table": 1, "definition": 2}


def _holds(node: Node) -> bool:
    """Whether the facts under ``node`` hang under it: a list item, or a label over one item
    (``密码学的史前时代:`` over ``* 凯撒密码：…``, the notes' heading for it: one item makes no
    list that would say whose the item's facts are)."""
    if node.kind == "item":
        return True
    if node.kind != "paragraph" or len(node.children) != 1 or node.children[0].kind != "item":
        return False
    head = parse_head(node.text)
    return head.how == "label" and head.termlike  # a name, not a sentence ending in a colon


def _enclosing(nodes: Sequence[Node], item: Node | None, found: dict[int, Node]) -> None:
    """Record, for the line of every node under ``nodes``, the innermost item around it
    (the first node read at a line keeps it)."""
    for node in nodes:
        if item is not None and node.line not in found:
            found[node.line] = item
        if node.children:
            _enclosing(node.children, node if _holds(node) else item, found)


def hang(nodes: Sequence[Node], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` (of the document whose top nodes are ``nodes``), each with the subject of
    the list item it hangs under as its ``parent`` where it hangs under one."""
    around: dict[int, Node] = {}
    _enclosing(nodes, None, around)
    if not around:
        return drafts  # no item holds anything: most notes of paragraphs and flat lists
    named: dict[int, tuple[int, str]] = {}  # an item's line -> (rank, subject) of its fact
    for draft in drafts:
        rank = _NAMING.get(draft.kind, 3)
        if rank < named.get(draft.line, (4, ""))[0]:
            named[draft.line] = (rank, draft.subject)
    hung = []
    for draft in drafts:
        item = around.get(draft.line)
        if item is not None:
            subject = named.get(item.line, (0, ""))[1] or parse_head(item.text).term
            subject = subject.strip().rstrip(":：").strip()
            if subject and subject != draft.subject and not draft.parent:
                # (a parent the fact's own sentence named, "the PVT's critical measure", is
                # nearer than the item around it)
                draft = draft._replace(parent=subject)
        hung.append(draft)
    return hung
