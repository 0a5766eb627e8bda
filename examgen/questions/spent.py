"""Members spent on a paper: list questions that half answer one another.

A paper asks about lists side by side: "which belong to 授权机制模式" offers Keystone as a
wrong option, and "Keystone belongs to 用户认证机制" (true) strikes it; "聚簇索引 belongs to
索引类型（从物理存储角度）" strikes a wrong option of "which are 索引类型（从数据结构角度）";
"Alternate Port is one of Port roles" beside "Root Port is one of RSTP Port types" says where
the Root Port is. No item is another's stem, yet one item's key is a step of the other's. So a
member shown on a paper (as an option or the subject of a claim) is spent: no other list
question shows it or its near namesake ("hash表" beside "hash索引"), and a list one question is
about lends no wrong option or false subject to a question about another list. And of a list
of two members ("扩散", "扰乱") one true/false claim is asked at most: knowing one gives the
other.
"""

from __future__ import annotations

import re

from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.text import normalize

#: The forms whose options, or whose subject, are members of lists.
MEMBER_FORMS = ("belongs", "select_members", "not_belongs", "claim_member")
#: A list this small is asked by one true/false claim a paper.
MAX_MIRRORED = 2
#: A leading Latin word this long names a thing ("hash" of "hash表" and "hash索引").
MIN_LEAD = 4
_LEAD = re.compile(rf"^([A-Za-z]{{{MIN_LEAD},}})(?![A-Za-z])")


def _home(draft: Draft) -> str:
    return draft.question.facts[0] if draft.question.facts else ""


def _shown(draft: Draft) -> set[str]:
    """The members a list question prints: its options, or its claim's subject."""
    return {k for k in (normalize(o.text) for o in draft.origins) if len(k) >= 2}


def _leads(draft: Draft) -> set[str]:
    """The leading Latin words of the members ``draft`` prints ("hash" of "hash表")."""
    found = (_LEAD.match(o.text.strip()) for o in draft.origins)
    return {m.group(1).casefold() for m in found if m}


def _borrowed(draft: Draft) -> set[str]:
    """The lists a list question takes its wrong options or its false subject from."""
    home = _home(draft)
    return {o.fact for o in draft.origins if o.fact != home}


def spends(a: Draft, b: Draft) -> str | None:
    """Why ``a`` half answers the list question ``b`` (or None): both show one member or two
    of one Latin name, or ``b`` takes a wrong option or its false subject from the list ``a``
    asks about."""
    if b.variety not in MEMBER_FORMS:
        return None
    if a.variety in MEMBER_FORMS:
        shared = _shown(a) & _shown(b)
        if shared:
            return f"“{sorted(shared)[0]}” is shown by both"
        named = _leads(a) & _leads(b)
        if named:
            return f"both show a member named “{sorted(named)[0]}”"
    lent = set(a.question.facts) & _borrowed(b)
    if lent:
        return "it asks about the list another takes a wrong option from"
    return None


def _asked_lists(draft: Draft, notes: Notes) -> set[str]:
    """The lists a true/false claim asks a member of: its own list, or the lists its term is
    a member of."""
    if draft.question.type != "true_false":
        return set()
    home = _home(draft)
    found = {home} if draft.variety == "claim_member" else set()
    if draft.variety == "claim_definition" and draft.asks:
        found.update(notes.lists_of_member.get(normalize(draft.asks[0]), ()))
        fact = notes.by_id.get(home)
        if fact is not None and fact.kind == "list":
            found.add(home)
    return found


def mirrored(a: Draft, b: Draft, notes: Notes | None) -> bool:
    """Whether two true/false claims ask the two members of one two-member list ("扩散" and
    "扰乱" of "设计雪崩效应"): knowing one decides the other."""
    if notes is None:
        return False
    shared = _asked_lists(a, notes) & _asked_lists(b, notes)
    return any(0 < len(notes.members_of.get(i, ())) <= MAX_MIRRORED for i in sorted(shared))
