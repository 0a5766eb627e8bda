"""Facts one exam should not ask both of (see :func:`related_facts`), for the index."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from examgen.model import Fact
from examgen.questions.text import normalize


def related_facts(facts: Sequence[Fact]) -> Mapping[str, tuple[str, ...]]:
    """Facts one exam should not ask both of, because one question answers the other.

    The notes often state a thing twice: ``UTS(系统标识…)`` in the list "命名空间六种隔离" and
    the definition "UTS: 系统标识…"; "Prometheus" as a definition and as a list of features.
    A matching over the list would answer the definition's question.
    """
    by_subject: dict[str, list[str]] = {}
    definitions: dict[str, list[str]] = {}
    for fact in facts:
        key = normalize(fact.subject)
        by_subject.setdefault(key, []).append(fact.id)
        if fact.kind == "definition":
            definitions.setdefault(key, []).append(fact.id)
    related: dict[str, set[str]] = {}

    def link(a: str, b: str) -> None:
        if a != b:
            related.setdefault(a, set()).add(b)
            related.setdefault(b, set()).add(a)

    for ids in by_subject.values():
        for a in ids:
            for b in ids:
                link(a, b)
    for fact in facts:
        if fact.kind == "list":
            for item in fact.items:
                if item.gloss:
                    for definition in definitions.get(normalize(item.text), ()):
                        link(fact.id, definition)
    for a, b in restated_lists(facts):
        link(a, b)
    return MappingProxyType({k: tuple(sorted(v)) for k, v in related.items()})


#: Members this short (normalized) are too little to say two members are one thing.
MIN_MEMBER_KEY = 2


def restated_lists(facts: Sequence[Fact]) -> list[tuple[str, str]]:
    """Pairs of ids of lists that state one thing in two wordings: "B+树索引、hash索引、全文
    索引" and "B+树、hash表" (the notes disagree on the count, but a paper asking both asks
    one fact twice). Their members are compared less the kind word every member of a list
    ends in ("索引"), one member being the other or the start of it ("hash" of "hash表");
    most members of each list, and two at least, are in the other.

    Only lists with two keys that may name one member are compared: two keys name one
    member only when the shorter is the longer less at most :data:`MAX_KIND_WORD`
    characters, so each key is filed under itself and those shortenings (:func:`_forms`),
    and a list is compared with those sharing a filing with two of its keys. Filed by their
    first characters instead, lists were compared with most others in notes whose members
    open alike (3 million comparisons, 20 s of a build, at 10,000 facts)."""
    keys: dict[str, list[str]] = {}
    filed: dict[str, set[str]] = {}
    for fact in facts:
        if fact.kind != "list" or len(fact.items) < MIN_MEMBER_KEY:
            continue
        own = _member_keys([item.text for item in fact.items])
        if len(own) < MIN_MEMBER_KEY:
            continue
        keys[fact.id] = own
        for key in own:
            for form in _forms(key):
                filed.setdefault(form, set()).add(fact.id)
    found = set()
    for a, own in keys.items():
        sharing: dict[str, int] = {}
        for key in own:
            for b in set().union(*(filed[form] for form in _forms(key))):
                sharing[b] = sharing.get(b, 0) + 1
        for b, shared in sharing.items():
            enough = shared >= MIN_MEMBER_KEY and b != a and (b, a) not in found
            if enough and _one_list(own, keys[b]):
                found.add((a, b))
    return sorted(found)


def _forms(key: str) -> list[str]:
    """The filings of a member's key: itself and itself less up to :data:`MAX_KIND_WORD`
    last characters, as long as a key is. Two keys naming one member (:func:`_one_member`)
    share one: the shorter one."""
    return [
        key[: len(key) - cut]
        for cut in range(MAX_KIND_WORD + 1)
        if len(key) - cut >= MIN_MEMBER_KEY
    ]


def _member_keys(members: Sequence[str]) -> list[str]:
    """The members' keys less the kind word they all end in ("索引" of "B+树索引",
    "hash索引"), long enough to compare, each once."""
    texts = [normalize(m) for m in members]
    shared = 0
    shortest = min(len(t) for t in texts)
    while shared < shortest - 1 and len({t[-1 - shared] for t in texts}) == 1:
        shared += 1
    cut = [t[: len(t) - shared] for t in texts]
    return list(dict.fromkeys(k for k in cut if len(k) >= MIN_MEMBER_KEY))


def _one_list(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether most keys of each of ``a`` and ``b`` (two at least) are keys of the other,
    or that key with a short word more ("hash" and "hash表")."""
    for own, other in ((a, b), (b, a)):
        found = sum(any(_one_member(x, y) for y in other) for x in own)
        if found < MIN_MEMBER_KEY or 2 * found <= len(own):
            return False
    return True


#: What one member's key may have more than the other's and still name it ("表" of "hash表",
#: "索引" of a list whose members do not all end in it): a kind word, not another name.
MAX_KIND_WORD = 2


def _one_member(x: str, y: str) -> bool:
    """Whether the keys ``x`` and ``y`` name one member (see :func:`_one_list`)."""
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return long.startswith(short) and len(long) - len(short) <= MAX_KIND_WORD


def defined_under(facts: Sequence[Fact]) -> Mapping[str, tuple[str, ...]]:
    """Normalized heading -> ids of the definitions filed under it (below the notes' title).

    A heading named by a term ("physiology" under a list of ways to measure sleep) holds the
    things the notes file as that term's instances or parts: each may fit a gloss of the term.
    """
    under: dict[str, list[str]] = {}
    for fact in facts:
        if fact.kind == "definition":
            for heading in dict.fromkeys(normalize(h) for h in fact.section[1:]):
                if heading:
                    under.setdefault(heading, []).append(fact.id)
    return MappingProxyType({k: tuple(v) for k, v in under.items()})
