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

from examgen.notes.draft import Draft, with_parent
from examgen.notes.node_lines import NodeLines
from examgen.notes.terms import parse_head

#: The kinds of fact that name an item as a whole, the best first (a list names the item
#: whose bullets it holds; a definition may be an aspect told beside them).
_NAMING = {"list": 0, "sequence": 0, "table": 1, "definition": 2}


def hang(lines: NodeLines, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` (of the document whose nodes by line are ``lines``), each with the subject
    of the list item it hangs under as its ``parent`` where it hangs under one."""
    around = lines.around
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
                draft = with_parent(draft, subject)
        hung.append(draft)
    return hung
