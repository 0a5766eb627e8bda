"""Parallel lists: two classifications of one thing.

"OSI layers" (Physical, Data link, Network, Transport, Session, Presentation, Application) and
"TCP/IP layers" (Link, Internet, Transport, Application) share Transport and Application: they
are two models of one thing, and their other members name the same parts in another cut (the
Internet layer is commonly called the network layer; a five-layer TCP/IP has Physical). A
member of one that the other lacks is no fair wrong option of the other: "which are TCP/IP
layers: … Network" is arguable for a student taught the other model.

Two lists under one heading whose names sort one thing by two classifying words ("Port roles"
and "RSTP Port types" under "RSTP"; "端口角色" and "端口类型") classify the same ports two
ways even when they share no member: "Root Port is one of RSTP Port types" turns on "roles"
against "types", and some texts list a root port among the port types.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from examgen.model import Fact
from examgen.questions.index import Notes
from examgen.questions.text import clean, normalize

if TYPE_CHECKING:  # the distractors import this module, and the forms import them
    from examgen.questions.form import Draft

#: Members two lists share, at least, to be two classifications of one thing (fewer do when
#: they are half the smaller list, see :func:`parallel_lists`).
MIN_SHARED = 2

#: Last words of a list's name that sort a thing into classes (what
#: :func:`sorted_thing` looks for). Not "Pros"/"Cons" nor "组成": traits and parts of one
#: thing are no two cuts of it.
CLASSIFYING_WORDS = (
    "类型", "种类", "分类", "类别", "角色", "状态", "類型", "種類", "分類", "類別", "狀態",
    "types", "kinds", "classes", "categories", "roles", "states", "modes",
)  # fmt: skip
_LATIN_END = re.compile(r"([a-z][\w-]*)$")
_HAN_END = re.compile(r"[\u4e00-\u9fff]{2}$")


def sorted_thing(subject: str) -> tuple[str, str]:
    """The thing a list's name sorts into classes and the classifying word it ends in (see
    :data:`CLASSIFYING_WORDS`): ("port", "roles") of "Port roles", ("port", "types") of
    "RSTP Port types", ("端口", "类型") of "端口类型"; ("", "") when the name ends in no such
    word."""
    name = clean(subject).casefold()
    head = next((w for w in CLASSIFYING_WORDS if name.endswith(w)), "")
    before = name[: len(name) - len(head)]
    if not head or (head.isascii() and not before.endswith(" ")):
        return "", ""  # "prototypes" ends in no word "types"
    before = before.rstrip(" 的之")
    latin = _LATIN_END.search(before)
    if latin:
        return latin.group(1).rstrip("s"), head
    han = _HAN_END.search(before)
    return (han.group(0), head) if han else ("", "")


def classifications(notes: Notes, fact: Fact) -> tuple[str, ...]:
    """The ids of the other lists of ``fact``'s file under the same heading (or the same
    parent of their own headings) whose names sort the same thing by another classifying
    word (see :func:`sorted_thing`): "Port roles" for "RSTP Port types" under "RSTP". Names
    ending in the same word ("人际关系方面的管理者的角色", "信息传递方面的管理者的角色") are
    groups of one classification: their members are fair wrong options of each other."""
    thing, head = sorted_thing(fact.subject)
    if not thing:
        return ()
    found = []
    for other in notes.lists:
        if other.id == fact.id or other.source != fact.source:
            continue
        if other.section[:-1] != fact.section[:-1]:
            continue
        their_thing, their_head = sorted_thing(other.subject)
        if their_thing == thing and their_head != head:
            found.append(other.id)
    return tuple(found)


def parallel_lists(notes: Notes, fact: Fact) -> tuple[str, ...]:
    """The ids of the other lists that share with ``fact``'s at least :data:`MIN_SHARED`
    members, or at least half the members of the smaller of the two, or that sort the same
    thing under the same heading (see :func:`classifications`), in document order."""
    key = ("parallel_lists", fact.id)
    if key in notes.memo:
        return notes.memo[key]  # type: ignore[return-value]
    own = notes.members_of.get(fact.id, ())
    shared: Counter[str] = Counter()
    for entry in own:
        shared.update(i for i in notes.lists_of_member.get(entry.key, ()) if i != fact.id)
    ids = {
        list_id
        for list_id in shared
        if shared[list_id] >= MIN_SHARED
        or 2 * shared[list_id] >= min(len(own), len(notes.members_of[list_id]))
    }
    ids.update(i for i in classifications(notes, fact) if i in notes.members_of)
    found = tuple(sorted(ids, key=lambda i: notes.position_of[i]))
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
                f"“{option.text}” is from “{other}”, which classifies the same thing as "
                f"“{draft.subject}” another way"
            )
    return None
