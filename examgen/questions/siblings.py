"""Sibling lists: where the false member of "X belongs to L" may come from.

"客户端证书 belongs to Pod 调度机制" is false on its face: the certificate comes from a list
of another topic (authentication, chapters away), and its own words say it is no scheduling.
A false claim is worth asking only when X is from a list that stands beside L in the outline
(the same parent list, or the same section when neither has one: "Webhook" of "授权机制模式"
beside "用户认证机制"; "前缀索引" of "索引类型 从字段特性角度" beside "索引类型 从物理存储角度").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.model import Fact
from examgen.questions.form import Draft
from examgen.questions.index import Entry, Notes
from examgen.questions.options import neighbours
from examgen.questions.text import normalize, script_of

#: A member key this short ("a", "IP") names no parent list.
MIN_PARENT_KEY = 2
#: A section path this short is the notes' title alone: it makes no two lists siblings.
MIN_SIBLING_SECTION = 2
#: Lists this few facts apart in the notes stand next to each other, whatever the headings.
SIBLING_REACH = 3


def list_parents(notes: Notes, fact: Fact) -> frozenset[str]:
    """The ids of the lists ``fact`` (a list) hangs under: a list holding its subject as a
    member, or a member its subject starts or ends with ("索引类型 从数据结构角度" under
    "索引类型", holding "从数据结构角度"; "master 运行各类关键进程" under "核心组件", holding
    "master"). Bounded by the subject's length: one lookup per prefix and suffix."""
    key = notes.subject_keys[fact.id]
    found: set[str] = set()
    for cut in range(MIN_PARENT_KEY, len(key) + 1):
        for part in {key[:cut], key[-cut:]}:
            found.update(notes.lists_of_member.get(part, ()))
    found.discard(fact.id)
    return frozenset(found)


def sibling_lists(notes: Notes, home: Fact, other: Fact) -> bool:
    """Whether the list ``other`` stands beside the list ``home``: neither holds the other,
    and they share a parent list; or, one of them having none, they stand under one heading
    below the notes' title (or neighbouring headings of one parent: "insomnia" and
    "parasomnias" under "sleep disorders"), or next to each other ("MAC的特点" just above
    "数字签名的特点")."""
    mine, theirs = list_parents(notes, home), list_parents(notes, other)
    if home.id in theirs or other.id in mine:
        return False
    if mine & theirs:
        return True
    if mine and theirs:
        return False
    a, b = tuple(home.section), tuple(other.section)
    if a != b:
        return neighbours(a, b)
    if len(a) >= MIN_SIBLING_SECTION:
        return True
    # Under the notes' title alone, only lists side by side are siblings.
    return abs(notes.position_of[home.id] - notes.position_of[other.id]) <= SIBLING_REACH


def members_script(notes: Notes, home: Fact) -> str:
    """The script most of the list ``home``'s members are written in ('' when it has none)."""
    scripts = [e.script for e in notes.members_of.get(home.id, ())]
    return max(sorted(set(scripts)), key=scripts.count) if scripts else ""


def sibling_entries(notes: Notes, home: Fact, pool: Sequence[Entry]) -> list[Entry]:
    """The entries of ``pool`` from sibling lists of ``home`` (see :func:`sibling_lists`),
    in the script of ``home``'s members ("多语言" among Dubbo, Istio is false on its face)."""
    script = members_script(notes, home)
    verdicts: dict[str, bool] = {}
    for entry in pool:
        if entry.fact.id not in verdicts:
            verdicts[entry.fact.id] = sibling_lists(notes, home, entry.fact)
    return [e for e in pool if verdicts[e.fact.id] and e.script == script]


def false_member_sibling(draft: Draft, notes: Notes) -> str | None:
    """ "X belongs to L" keyed false takes X from a sibling list of L (see
    :func:`sibling_lists`), written like L's members: from anywhere else, or in another
    script ("多语言" among Dubbo, Istio), it is false on its face."""
    if draft.variety != "claim_member" or draft.question.truth or not draft.origins:
        return None
    home = notes.by_id.get(draft.question.facts[0]) if draft.question.facts else None
    outsider = draft.origins[0]
    other = notes.by_id.get(outsider.fact)
    if home is None or other is None:
        return None
    if not sibling_lists(notes, home, other):
        return f"“{outsider.text}” is from “{other.subject}”, no sibling list of “{home.subject}”"
    script = members_script(notes, home)
    if script and script_of(outsider.text) != script:
        return f"“{outsider.text}” is written unlike the members of “{home.subject}” ({script})"
    member = said_member(outsider.text, [item.text for item in home.items])
    if member:
        return f"“{outsider.text}” says the member “{member}” of “{home.subject}”: true read so"
    if other.id in notes.related.get(home.id, ()):
        # "全文索引" of "索引类型（从数据结构角度）: B+树索引、hash索引、全文索引" is no false
        # member of "索引的数据结构: B+树、hash表": the notes state that one thing twice, and
        # one statement's member is true of the other read by it (rv62, rv72 mysql: invalid).
        return f"“{outsider.text}” is from “{other.subject}”, which states “{home.subject}” again"
    return None


_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9+#-]{2,}")


def said_member(text: str, members: Sequence[str]) -> str | None:
    """The member of ``members`` that ``text`` holds or is held by ("B+树" in "B+树索引"), or
    is named by the same one Latin word as, that the members do not all share ("hash" of
    "hash表" and "hash索引"): a false "X is one of L" with such an X is true read one way."""
    if not members:
        return None
    own = normalize(text)
    words = {w.casefold() for w in _LATIN.findall(text)}
    every = set.intersection(*({w.casefold() for w in _LATIN.findall(m)} for m in members))
    for member in members:
        key = normalize(member)
        if len(key) >= 2 and key != own and (key in own or own in key):
            return member
        # One Latin word as each name's core ("hash表", "hash索引"); a word two phrases share
        # ("link" of "1 flow per link" and "Redundancy on the link layer") is incidental.
        theirs = {w.casefold() for w in _LATIN.findall(member)}
        if len(words) == 1 and words == theirs and not words & every:
            return member
    return None
