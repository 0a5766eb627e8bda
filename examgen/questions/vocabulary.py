"""The notes' Latin vocabulary: every word with the number of facts using it, and the
proper prefixes of each word with the endings that continue them (what a cut word, "interfa",
is looked up by). Split from :mod:`examgen.questions.index` (one noun per module).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from examgen.model import Fact

#: A Latin word, as the vocabulary counts it.
LATIN_WORD = re.compile(r"[A-Za-z]+")


def fact_texts(fact: Fact) -> Iterable[str]:
    """Every text of ``fact``: subject, text, members and glosses, table cells."""
    yield fact.subject
    yield fact.text
    for item in fact.items:
        yield item.text
        yield item.gloss or ""
    yield from fact.columns
    for row in fact.rows:
        yield from row


#: Words longer than this are not indexed by prefix (no cut word is looked for in them).
MAX_INDEXED_WORD = 24


def latin_vocabulary(
    facts: Sequence[Fact],
) -> tuple[Mapping[str, int], Mapping[str, frozenset[str]]]:
    """The Latin words of the notes with the number of facts using each, and their proper
    prefixes with the endings that continue them (linear in the notes: words are short)."""
    counts: dict[str, int] = {}
    for fact in facts:
        texts = (t for t in fact_texts(fact) if isinstance(t, str))
        words = {w.casefold() for t in texts for w in LATIN_WORD.findall(t)}
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    return MappingProxyType(counts), word_prefixes(counts)


def word_prefixes(words: Iterable[str]) -> Mapping[str, frozenset[str]]:
    """The proper prefixes of ``words`` (each casefolded, distinct) with the endings that
    continue them; words over :data:`MAX_INDEXED_WORD` letters are left out."""
    prefixes: dict[str, set[str]] = {}
    for word in words:
        if len(word) <= MAX_INDEXED_WORD:
            for i in range(1, len(word)):
                prefixes.setdefault(word[:i], set()).add(word[i:])
    return MappingProxyType({k: frozenset(v) for k, v in prefixes.items()})
