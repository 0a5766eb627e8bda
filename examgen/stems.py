"""English word stems: "behaviors", "behavioral" and "behavior" are one word.

A cue rule that compares words must not be fooled by an ending: a key "observing external
behaviors" repeats the term "Behavior-based methods" as much as "behavior" would. The stem is
cut by rule (a few common endings, at most twice), not by a lexicon: it only has to agree with
itself, since both sides of every comparison are cut the same way.
"""

from __future__ import annotations

import functools
import re

#: Endings cut off a word, longest first within each family ("ations" before "ion").
_ENDINGS = (
    "ations",
    "ation",
    "ings",
    "ing",
    "ions",
    "ion",
    "ers",
    "er",
    "ies",
    "es",
    "ed",
    "ence",
    "ent",
    "ity",
    "al",
    "ly",
    "s",
)
#: The fewest letters a stem keeps ("us" of "using" is no word to compare).
MIN_STEM = 4
#: How many endings come off at most ("components" -> "component" -> "compon").
MAX_CUTS = 2
_LATIN = re.compile(r"[A-Za-z]+")


@functools.lru_cache(maxsize=1 << 14)
def stem(word: str) -> str:
    """The stem of one English word, casefolded ("Controllers" -> "control", "behaviors" ->
    "behavior", "inserted" -> "insert"); a word too short to cut is returned casefolded."""
    word = word.casefold()
    for _ in range(MAX_CUTS):
        for ending in _ENDINGS:
            # "process" is no plural: an "s" after "s" stays.
            if ending == "s" and word.endswith("ss"):
                continue
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word = word[: -len(ending)]
                break
        else:
            break
    # "controll" of "controller" is "control"; "serve" and "server" are "serv".
    if len(word) > MIN_STEM and word[-1] == word[-2]:
        word = word[:-1]
    if len(word) > MIN_STEM and word.endswith("e"):
        word = word[:-1]
    return word


def latin_stems(text: str, stop: frozenset[str] = frozenset()) -> set[str]:
    """The stems of the Latin words of ``text`` of :data:`MIN_STEM` letters or more, less the
    words in ``stop`` (casefolded, uncut)."""
    return {
        stem(w) for w in _LATIN.findall(text) if len(w) >= MIN_STEM and w.casefold() not in stop
    }
