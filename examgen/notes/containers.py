"""Which container each fact was read from: a callout, an admonition or a ``<details>``.

The Markdown reader records the lines every container spans and its kind (normalised by
:func:`~examgen.notes.blocks.container_kind`: ``example``, ``quote``, ``note``, ``tip``, …,
``details``); a pass after extraction gives each draft the kind of the innermost container
holding the line it starts on (``Draft.container``, ``Fact.container``), "" outside them.
Questions and cards read it: an anecdote in an example box is no definition to quiz.
"""

from __future__ import annotations

from collections.abc import Sequence

from examgen.notes.draft import Draft


def mark_containers(drafts: list[Draft], containers: Sequence[tuple[int, int, str]]) -> list[Draft]:
    """``drafts`` with the kind of the container each starts in. ``containers`` are
    (first line, last line, kind) in the order they open, so an inner one comes after the
    one holding it and the last that holds a line is the innermost."""
    if not containers:  # most files: nothing to mark, the same list back
        return drafts
    marked = []
    for draft in drafts:
        kind = ""
        for first, last, container in containers:
            if first <= draft.line <= last:
                kind = container
            elif first > draft.line:
                break  # opened after the line: neither it nor any later one holds it
        marked.append(draft._replace(container=kind) if kind else draft)
    return marked
