"""Divisions: lists that divide one thing by different criteria.

Notes often divide one thing several ways: index types "从数据结构角度" (B+树索引, hash索引)
and "从字段特性角度" (主键索引, 唯一索引); managers "按所处的组织层次" and "按从事的工作领域".
The divisions overlap: a unique index is stored in a B+ tree, a top manager is a general
manager. A member of one is a defensible answer to "which is a kind of" the other, so it is
never a wrong option there (rule ``overlapping_divisions``).
"""

from __future__ import annotations

import re

from examgen.model import Fact
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.siblings import list_parents
from examgen.questions.text import clean, normalize

#: The criterion a list divides by, after the name of what it divides (or alone): "按所处的
#: 组织层次", "（从数据结构角度）", "根据…", "by function", "based on cause".
_CRITERION = re.compile(
    r"(?:^|(?<=\s)|(?<=[（(]))"
    r"(?P<basis>(?:按|根据|根據|依照|依据|依據|从|從)\S.*|(?:by|based on|according to)\s.+)$",
    re.I,
)
#: "从…" is a criterion only as a point of view ("从数据结构角度", "从…来看"): "从库" is a name.
_VIEWPOINT = re.compile(r"(角度|方面|层面|層面|来看|來看|来分|來分)[）)]?$")

#: The varieties whose wrong options (or false member) stand as "not a kind of" the list.
_ASKED = ("belongs", "select_members", "claim_member", "not_belongs")


def division(notes: Notes, fact: Fact) -> tuple[str, str] | None:
    """What the list ``fact`` divides and by which criterion, as normalized keys ("索引类型",
    "从数据结构角度"), or None when its name states no criterion. What it divides is the
    name before the criterion, or, for a name that is the criterion alone, the list it hangs
    under (see :func:`~examgen.questions.siblings.list_parents`)."""
    name = clean(notes.names.get(fact.id, "") or fact.subject)
    found = _CRITERION.search(name)
    if found is None:
        return None
    basis = found.group("basis")
    if basis[0] in "从從" and not _VIEWPOINT.search(basis):
        return None
    head = normalize(name[: found.start()].rstrip("（( "))
    if not head:
        parents = sorted(list_parents(notes, fact))
        head = f"@{parents[0]}" if parents else ""
    return (head, normalize(basis)) if head else None


def overlapping(notes: Notes, home: Fact, other: Fact) -> bool:
    """Whether the lists ``home`` and ``other`` divide one thing by different criteria: the
    same thing divided (same name before the criterion, or one list they both hang under),
    in one file and under one heading or one parent list."""
    if home.id == other.id or home.source != other.source:
        return False
    mine, theirs = division(notes, home), division(notes, other)
    if mine is None or theirs is None or mine[1] == theirs[1]:
        return False
    together = home.section == other.section or bool(
        list_parents(notes, home) & list_parents(notes, other)
    )
    return together and mine[0] == theirs[0]


def overlapping_divisions(draft: Draft, notes: Notes) -> str | None:
    """No wrong option of "which is a kind of L" (nor the false member of "X is one of L", nor
    the odd one out of "which is NOT") is a member of a list dividing L's parent by another
    criterion: 唯一索引 (by field) may well be a B+树索引 (by structure)."""
    if draft.variety not in _ASKED or not draft.question.facts:
        return None
    home = notes.by_id.get(draft.question.facts[0])
    if home is None:
        return None
    outsiders = [o for o in draft.origins if not o.correct]
    if draft.variety == "claim_member" and not draft.question.truth:
        outsiders = list(draft.origins)
    elif draft.variety == "not_belongs":
        outsiders = [o for o in draft.origins if o.correct]
    for option in outsiders:
        lists = {option.fact, *notes.lists_of_member.get(normalize(option.text), ())}
        for list_id in sorted(lists):
            other = notes.by_id.get(list_id)
            if other is not None and other.kind == "list" and overlapping(notes, home, other):
                return (
                    f"“{option.text}” is of “{other.subject}”, which divides what "
                    f"“{home.subject}” divides by another criterion: it may be one of both"
                )
    return None
