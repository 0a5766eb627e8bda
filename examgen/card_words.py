"""The deck's Latin words, found in one pass over its facts' texts: each word with the
number of different texts using it (``Survey.word_facts``) and the words' prefixes
(``questions.vocabulary.word_prefixes``, ``Survey.word_prefixes``), what
``questions.vocabulary.cut_word`` tells a word the notes cut off ("interfa") by.

The two used to be two scans (a regex pass over every text each); they differ only in
the text a word is read from: the text casefolded with its spaces made single, or the text
itself with each word casefolded. Those give the same words unless the text holds a
character whose casefold spells Latin letters (ß -> ss, ﬁ -> fi, the Kelvin sign -> k):
only such a text is read twice.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from examgen.model import Fact
from examgen.questions.vocabulary import LATIN_WORD, fact_texts, word_prefixes

#: The characters (outside ASCII) whose casefold holds a Latin letter of ``LATIN_WORD``
#: (``tests/test_card_words.py`` checks every code point against it).
FOLDS_TO_LATIN = re.compile("[\xdf\u0130\u0149\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06]")


def deck_words(
    facts: Sequence[Fact],
) -> tuple[Mapping[str, int], Mapping[str, frozenset[str]]]:
    """Each Latin word of ``facts`` with the number of different texts using it (a cut
    word that a list's gloss and the definition made of that member share, "container
    network interfa" twice, is one text's, not a word two facts use), and the words'
    prefixes as :func:`~examgen.questions.vocabulary.latin_vocabulary` gives them."""
    texts, words = _words(facts)
    return MappingProxyType({w: len(at) for w, at in texts.items()}), word_prefixes(words)


def file_words(facts: Sequence[Fact]) -> tuple[dict[str, tuple[bytes, ...]], tuple[str, ...]]:
    """One notes file's part of :func:`deck_words`: each Latin word with the texts using it,
    each as an 8-byte digest of the text as read (spaces made single, casefolded: the part
    is kept between builds, ``SurveyParts``, and the texts would double its size), and the
    words as the prefixes index them."""
    texts, words = _words(facts)
    named: dict[str, bytes] = {}
    for at in texts.values():
        for said in at:
            if said not in named:
                named[said] = hashlib.blake2b(said.encode(), digest_size=8).digest()
    return (
        {word: tuple(named[said] for said in at) for word, at in texts.items()},
        tuple(words),
    )


def _words(facts: Sequence[Fact]) -> tuple[dict[str, set[str]], set[str]]:
    """Each Latin word of ``facts`` with the texts (as read) using it, and the words."""
    texts: dict[str, set[str]] = {}
    words: set[str] = set()
    # A text read once gives nothing new read again (a gloss every list repeats, the
    # empty gloss of every member without one): each distinct text is read once.
    read: set[str] = set()
    for fact in facts:
        for text in fact_texts(fact):
            if not isinstance(text, str) or text in read:
                continue
            read.add(text)
            said = " ".join(text.split()).casefold()
            found = LATIN_WORD.findall(said)
            for word in found:
                texts.setdefault(word, set()).add(said)
            if FOLDS_TO_LATIN.search(text) is None:
                words.update(found)
            else:
                words.update(w.casefold() for w in LATIN_WORD.findall(text))
    return texts, words


def merged_words(
    parts: Iterable[tuple[Mapping[str, Sequence[bytes]], Sequence[str]]],
) -> tuple[Mapping[str, int], Mapping[str, frozenset[str]]]:
    """:func:`deck_words` of a deck from its files' :func:`file_words`: a text two files
    both say is one text."""
    every: dict[str, set[bytes]] = {}
    words: set[str] = set()
    for texts, own in parts:
        for word, at in texts.items():
            known = every.get(word)
            if known is None:
                every[word] = set(at)
            else:
                known.update(at)
        words.update(own)
    return MappingProxyType({word: len(at) for word, at in every.items()}), word_prefixes(words)
