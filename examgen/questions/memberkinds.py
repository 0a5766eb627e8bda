"""Whether a list's members are things of one kind, the last test of a category.

"Which belongs to X" offers members of X beside outsiders: that reads as a question only when
the members are alike — one script, names of one length class, not statements, and not names
beside processes the notes give steps for ("TCP" beside "Email delivery" under "Protocols", a
chapter heading over its numbered topics).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from examgen.model import Fact

if TYPE_CHECKING:  # the index imports the categories, which import this module
    from examgen.questions.index import Notes

#: A member that opens like a definition ("指科技水平的提高") states, it does not name.
_STATES = re.compile(r"^(指|是|即|为了|用于|通过)")
#: A member with a clause break is a statement about the subject, not a thing of its kind.
_CLAUSE = re.compile(r"[，,。；;：:]")
#: A member wider than this (columns) is a sentence, not a name.
MAX_NAME_WIDTH = 40


def mixed_members(notes: Notes, fact: Fact) -> str | None:
    """Why the members of the list ``fact`` are not things of one kind, or None."""
    members = notes.members_of.get(fact.id, ())
    if len(members) < 2:
        return None
    scripts = [m.script for m in members]
    main = max(set(scripts), key=scripts.count)
    widths = sorted(m.width for m in members)
    if scripts.count(main) * 3 < len(scripts) * 2:
        return "its members are of mixed scripts, not one kind"
    if widths[-1] > 5 * max(widths[len(widths) // 2], 8):
        return "its members mix short names and long sentences, not one kind"
    # Imported here: the categories import this module.
    from examgen.questions.categories import clause_free, generic

    # A generic label ("Informal definition: line segment between …", its text made a
    # definition of its own) heads a note about the subject, as a statement does: it is no
    # thing of the list's kind ("“Informal definition” is one of “Convex objective
    # functions”", rv72 sml, invalid).
    statements = sum(
        1
        for m in members
        if _CLAUSE.search(m.text)
        or m.width > MAX_NAME_WIDTH
        or _STATES.match(m.text)
        or generic(m.text)
        # A copula in the middle ("Every local min is global min") makes a sentence.
        or not clause_free(m.text)
    )
    if statements * 2 > len(members):
        return "its members are statements, not things of one kind"
    # A member the notes give steps for (a sequence of its name, in the same file) is a
    # process; beside names of things it makes the list a heading over topics, not a kind.
    processes = [
        m.text
        for m in members
        if any(
            notes.by_id[i].source == fact.source for i in notes.sequences_by_subject.get(m.key, ())
        )
    ]
    if processes and len(processes) < len(members):
        return f"its members mix names and processes (“{processes[0]}”), not one kind"
    return None
