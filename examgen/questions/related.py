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
    return MappingProxyType({k: tuple(sorted(v)) for k, v in related.items()})


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
