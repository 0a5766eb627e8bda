"""Whether a text spells out an acronym: one test for the question rules (a clue that is its
term's expansion) and the card planner (a definition that gives its term away)."""

from __future__ import annotations

import itertools
import re

#: A Latin word, hyphens and apostrophes inside it ("electro-oculo-gram", "don't").
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
#: The parts of Latin words, hyphens splitting them.
_WORD_PART = re.compile(r"[A-Za-z][A-Za-z0-9']*")


def spells(acronym: str, text: str) -> bool:
    """Whether consecutive words of ``text`` have ``acronym``'s letters as their initials
    ("Bridge Protocol Data Units" spells BPDU; "Link Agg Control Protocol" LACP;
    "electro-oculo-gram" EOG, by the parts of one hyphenated word). Case does not matter."""
    letters = acronym.upper()
    if not letters:
        return False
    initials = "".join(w[0].upper() for w in LATIN_WORD.findall(text))
    parts = "".join(w[0].upper() for w in _WORD_PART.findall(text))
    return letters in initials or letters in parts


def spelling(acronym: str, text: str) -> str:
    """The words of ``text`` that spell ``acronym`` out (see :func:`spells`), as written
    ("electro-myo-gram" for EMG); '' when none do."""
    letters = acronym.upper()
    parts = list(_WORD_PART.finditer(text))
    for start in range(len(parts) - len(letters) + 1):
        run = parts[start : start + len(letters)]
        if "".join(p.group()[0].upper() for p in run) != letters:
            continue
        gaps = (text[a.end() : b.start()] for a, b in itertools.pairwise(run))
        if all(re.fullmatch(r"[\s-]{1,3}", gap) for gap in gaps):
            return text[run[0].start() : run[-1].end()]
    return ""
