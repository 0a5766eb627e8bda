"""Where a list stands in the notes' outline: the list it hangs under, and its level.

A list whose name is a member of another list hangs under it ("生物特质" under "个人的特质",
whose members are "生物特质" and "个人习惯"). The options of a question about a list's members
come from lists at its own level: a member of the list it hangs under is a heading of its
own level ("个人习惯" beside "指纹"), and a list under another parent holds things of another
slot (a person's traits are no traits of a computer system, whatever the word "特质").
"""

from __future__ import annotations

from examgen.questions.index import Notes
from examgen.questions.text import script_of

#: Lists of one kind of thing stand near each other: past this many facts apart under one
#: heading, two lists that only share a kind word are about two things (a system's traits
#: and, sixty facts on, a signature's; the parts of access control and of a cipher), whose
#: members are no plausible wrong options for each other.
NEAR_FACTS = 16
#: How many lists up the outline is followed: notes nest lists a few levels deep, and a
#: name repeated by chance must not send the walk round a loop.
MAX_DEPTH = 4


def parents(notes: Notes, list_id: str) -> frozenset[str]:
    """The lists that hold ``list_id``'s name as a member: the lists it hangs under."""
    key = notes.subject_keys[list_id]
    return frozenset(i for i in notes.lists_of_member.get(key, ()) if i != list_id)


def ancestors(notes: Notes, list_id: str) -> frozenset[str]:
    """The lists ``list_id`` hangs under, directly or through others (up to
    :data:`MAX_DEPTH` levels)."""
    found: set[str] = set()
    level = parents(notes, list_id)
    for _ in range(MAX_DEPTH):
        level = level - found - {list_id}
        if not level:
            break
        found |= level
        level = frozenset().union(*(parents(notes, i) for i in level))
    return frozenset(found)


def nested(notes: Notes, a: str, b: str) -> bool:
    """Whether one of two lists hangs under the other: the upper one's members are headings
    of the lower one's level, never things of its kind."""
    return a in ancestors(notes, b) or b in ancestors(notes, a)


def same_level(notes: Notes, a: str, b: str) -> bool:
    """Whether two lists stand at one level of the outline: both under one list, or neither
    under any (a list under "Authentication实现" is of another level than a list standing
    alone in the notes)."""
    mine, theirs = parents(notes, a), parents(notes, b)
    if mine or theirs:
        return bool(mine & theirs)
    return True


def shared_ending(keys: list[str]) -> str:
    """The two CJK characters every key ends in ("调度" of "定向调度", "亲和性调度"), or "";
    a list of one says nothing."""
    ends = {k[-2:] for k in keys}
    if len(keys) < 2 or len(ends) != 1 or any(len(k) < 3 for k in keys):
        return ""
    (end,) = ends
    return end if script_of(end) == "han" else ""


def _one_kind(notes: Notes, a: str, b: str) -> bool:
    """Whether the members of two lists all end in one word: the sub-kinds of a kind beside
    the other kinds ("定向调度" under "全自动调度", beside "特定场景调度")."""
    mine = shared_ending([e.key for e in notes.members_of.get(a, ())])
    return bool(mine) and mine == shared_ending([e.key for e in notes.members_of.get(b, ())])


def outline_apart(notes: Notes, a: str, b: str) -> str:
    """Why the members of list ``b`` are of another slot than list ``a``'s, or "": one list
    hangs under the other, they stand at two levels of the outline, or far apart."""
    if a == b:
        return ""
    if nested(notes, a, b) and not _one_kind(notes, a, b):
        return "one list hangs under the other"
    if not same_level(notes, a, b) and not _one_kind(notes, a, b):
        return "the lists stand at two levels of the outline"
    # Under one heading the headings tell nothing apart (notes with a title only): how far
    # apart the lists stand is what is left of the outline.
    x, y = notes.by_id[a], notes.by_id[b]
    if x.section == y.section and abs(notes.position_of[a] - notes.position_of[b]) > NEAR_FACTS:
        return f"the lists stand more than {NEAR_FACTS} facts apart under one heading"
    return ""
