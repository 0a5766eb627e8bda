"""Chapters are no members: a heading's subheadings, each a chapter with an outline of its own,
are topics of the notes, not a list of the heading's kind.

"## sleep disorders" over "#### insomnia", "#### narcolepsy" and "#### parasomnias", each with
paragraphs, its own lists and the terms it defines (more disorders among them: RBD, restless
legs), is read as the list "sleep disorders". "List all 3 items of sleep disorders" then counts
sections, not disorders, and "all 3" is the only guide to which. Sections that each hold only
what their heading names ("#### Rule of complements" and its formula) stay their heading's list.
Called by :func:`~examgen.questions.categories.category_problem`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from examgen.model import Fact
from examgen.questions.text import normalize

if TYPE_CHECKING:  # the index files lists by what the categories module says of them
    from examgen.questions.index import Notes

#: Fact kinds that make a section an outline of its own: a list or steps of its own.
_OUTLINE_KINDS = ("list", "sequence")


def chapter_members(notes: Notes, fact: Fact) -> str | None:
    """Why the list ``fact``, named by its heading, is the heading's chapters rather than
    things of one kind: every member is a subheading whose section holds a list or a
    sequence of its own; or None."""
    if not fact.section or normalize(fact.section[-1]) != notes.subject_keys.get(fact.id):
        return None
    members = notes.members_of.get(fact.id, ())
    if len(members) < 2:
        return None
    depth = len(fact.section)
    outlined = {
        normalize(other.section[depth])
        for other in notes.facts
        if other.kind in _OUTLINE_KINDS
        and other.source == fact.source
        and len(other.section) > depth
        and tuple(other.section[:depth]) == tuple(fact.section)
    }
    if all(member.key in outlined for member in members):
        return (
            f"its members are the chapters under “{fact.section[-1]}”, each with an outline "
            "of its own: topics, not things of one kind"
        )
    return None
