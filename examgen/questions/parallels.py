"""Parallel lists: two classifications of one thing.

"OSI layers" (Physical, Data link, Network, Transport, Session, Presentation, Application) and
"TCP/IP layers" (Link, Internet, Transport, Application) share Transport and Application: they
are two models of one thing, and their other members name the same parts in another cut (the
Internet layer is commonly called the network layer; a five-layer TCP/IP has Physical). A
member of one that the other lacks is no fair wrong option of the other: "which are TCP/IP
layers: … Network" is arguable for a student taught the other model.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from examgen.model import Fact
from examgen.questions.index import Notes
from examgen.questions.text import normalize

if TYPE_CHECKING:  # the distractors import this module, and the forms import them
    from examgen.questions.form import Draft

#: Members two lists share, at least, to be two classifications of one thing (fewer do when
#: they are half the smaller list, see :func:`parallel_lists`).
MIN_SHARED = 2


def parallel_lists(notes: Notes, fact: Fact) -> tuple[str, ...]:
    """The ids of the other lists that share with ``fact``'s at least :data:`MIN_SHARED`
    members, or at least half the members of the smaller of the two, in document order."""
    key = ("parallel_lists", fact.id)
    if key in notes.memo:
        return notes.memo[key]  # type: ignore[return-value]
    own = notes.members_of.get(fact.id, ())
    shared: Counter[str] = Counter()
    for entry in own:
        shared.update(i for i in notes.lists_of_member.get(entry.key, ()) if i != fact.id)
    found = tuple(
        list_id
        for list_id in sorted(shared, key=lambda i: notes.position_of[i])
        if shared[list_id] >= MIN_SHARED
        or 2 * shared[list_id] >= min(len(own), len(notes.members_of[list_id]))
    )
    notes.memo[key] = found
    return found


def parallel_classifications(draft: Draft, notes: Notes) -> str | None:
    """A list question offers no option from a parallel list (see :func:`parallel_lists`)
    that the asked list does not hold: "Network" from "OSI layers" among the options of
    "which are TCP/IP layers" is another name of a member, not a wrong one."""
    if draft.variety not in ("belongs", "not_belongs", "select_members", "claim_member"):
        return None
    asked = notes.by_id.get(draft.question.facts[0]) if draft.question.facts else None
    if asked is None or asked.kind != "list":
        return None
    parallels = set(parallel_lists(notes, asked))
    inside = {e.key for e in notes.members_of.get(asked.id, ())}
    for option in draft.origins:
        if option.fact in parallels and normalize(option.text) not in inside:
            other = notes.names[option.fact]
            return (
                f"“{option.text}” is from “{other}”, which shares members with "
                f"“{draft.subject}”: two classifications of one thing"
            )
    return None
