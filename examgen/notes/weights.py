"""Weights: how much a text says, counted in units — an ideograph, or a Latin word (a
letter-and-digit run) — so that Chinese and English texts compare: a term weighs little, a
gloss that says something at least a few units. (Split out of :mod:`.terms`, which asks them.)
"""

from __future__ import annotations

import functools
import re

from examgen.notes.draft import _CJK_IDEOGRAPH

MAX_TERM_WEIGHT = 12
MIN_GLOSS_WEIGHT = 4
# A member term this heavy (`管理的主体`) is a phrase, not a tag: its colon defines it.
MIN_PHRASE_WEIGHT = 4

LATIN_WORD = re.compile(r"[A-Za-z0-9_]+")


def weight(text: str, latin_word_weight: int) -> int:
    """The units of ``text``: its ideographs, and its Latin words at ``latin_word_weight``."""
    ideographs = 0 if text.isascii() else len(_CJK_IDEOGRAPH.findall(text))
    return ideographs + latin_word_weight * len(LATIN_WORD.findall(text))


def weighs_at_least(text: str, minimum: int, latin_word_weight: int = 1) -> bool:
    """``weight(text, latin_word_weight) >= minimum``, matching ``minimum`` units (each
    weighs one or more) from the start instead of counting them all; counted only when the
    text has fewer units and its words weigh more than one."""
    if _units(minimum).match(text) is not None:
        return True
    return latin_word_weight > 1 and weight(text, latin_word_weight) >= minimum


# What weighs (see :func:`weight`): a Latin word, or an ideograph.
_LATIN_CHARACTERS = LATIN_WORD.pattern[1:-2]  # A-Za-z0-9_
_IDEOGRAPHS = _CJK_IDEOGRAPH.pattern[1:-1]
WORD_CHARACTER = re.compile(f"[{_LATIN_CHARACTERS}{_IDEOGRAPHS}]")


@functools.cache
def _units(count: int) -> re.Pattern[str]:
    """``count`` units of weight from the start, whatever is between them: a Latin word taken
    whole (possessive: never split into more words), or an ideograph."""
    return re.compile(
        f"(?:[^{_LATIN_CHARACTERS}{_IDEOGRAPHS}]*+(?:[{_LATIN_CHARACTERS}]++|[{_IDEOGRAPHS}]))"
        f"{{{count}}}"
    )
