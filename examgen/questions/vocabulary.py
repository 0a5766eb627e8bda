"""The notes' Latin vocabulary: every word with the number of facts using it, and the
proper prefixes of each word with the endings that continue them (what a cut word, "interfa",
is looked up by). Split from :mod:`examgen.questions.index` (one noun per module).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

from examgen.model import Fact

if TYPE_CHECKING:
    from examgen.questions.index import Notes

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


#: The shortest Latin word end that is judged cut off ("Ku" may be a name; "Kuberne" is not).
MIN_CUT_WORD = 4
#: Endings that make another form of a whole word ("component" -> "components"): a word
#: the notes continue only with these is whole.
INFLECTIONS = frozenset(
    (
        "s", "es", "d", "ed", "ing", "er", "ers", "est", "al", "ally", "ly", "ic", "ical",
        "ity", "ion", "ions", "ive", "ment", "ments", "ness", "ful", "ize", "ise", "ized",
        "ised", "ous", "ship", "less", "able", "ible", "y", "ies", "ied",
    )
)  # fmt: skip
#: A text ending in a Latin word, nothing after it but spaces.
_LAST_WORD = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\s*$")


def cut_word(text: str, notes: Notes) -> str | None:
    """The Latin word ``text`` ends in when it was cut off mid-word: no other fact uses it
    as a word, and the notes use a longer word it begins ("Kubernetes" cut to "Kuberne").
    Without a dictionary the notes' own words say what a word is."""
    match = _LAST_WORD.search(text)
    # Capitals after the first make an acronym or a name ("APIs", "CGroups"), not a cut word.
    if not match or len(match.group(1)) < MIN_CUT_WORD or not match.group(1)[1:].islower():
        return None
    word = match.group(1).casefold()
    # A word used by one fact only is this text's own; used by two or more it is a word.
    if notes.word_facts.get(word, 0) > 1:
        return None
    # "plan" -> "planning", "stop" -> "stopped": a doubled last letter before an inflection.
    endings = {e[1:] if e[:1] == word[-1] else e for e in notes.word_prefixes.get(word, ())}
    return match.group(1) if endings - INFLECTIONS else None
