"""The script of Chinese notes (simplified or traditional), so a paper is worded in the
script its notes are written in. Decided from the notes' own characters; the traditional
wording is the simplified wording put through OpenCC's ``s2t``, never written twice."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from functools import cache

import opencc

#: The wording key of a paper worded in traditional characters (its ``lang`` stays ``zh``).
HANT = "zh-Hant"


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def to_traditional(text: str) -> str:
    """``text`` with its simplified characters written in traditional ones."""
    return _converter("s2t").convert(text)


def is_traditional(texts: Iterable[str]) -> bool:
    """Whether ``texts`` use more traditional-only characters than simplified-only ones
    (characters common to both scripts, and Latin text, decide nothing)."""
    seen: set[str] = set()
    for text in texts:
        seen.update(c for c in text if "\u3400" <= c <= "\u9fff")
    if not seen:
        return False
    chars = "".join(sorted(seen))
    as_simplified = _converter("t2s").convert(chars)
    as_traditional = _converter("s2t").convert(chars)
    # Per character: a character that t2s changes is written only in traditional, one that
    # s2t changes only in simplified (the conversion keeps one character per character).
    traditional = sum(a != b for a, b in zip(chars, as_simplified, strict=False))
    simplified = sum(a != b for a, b in zip(chars, as_traditional, strict=False))
    return traditional > simplified


def traditional_mapping(words: dict[str, str]) -> dict[str, str]:
    """``words`` with every value in traditional characters."""
    return {key: to_traditional(value) for key, value in words.items()}


def traditional_labels(labels):
    """A frozen dataclass of printed words (``exam.Labels``) with every string, and every
    string in a tuple, in traditional characters; the ``<html lang>`` becomes ``zh-Hant``."""
    changes = {}
    for field in dataclasses.fields(labels):
        value = getattr(labels, field.name)
        if isinstance(value, str):
            changes[field.name] = to_traditional(value)
        elif isinstance(value, tuple):
            changes[field.name] = tuple(
                to_traditional(v) if isinstance(v, str) else v for v in value
            )
    changes["html_lang"] = HANT
    return dataclasses.replace(labels, **changes)


def labels_for(labels, paper):
    """``labels`` in the script of ``paper``'s Chinese questions (see :func:`is_traditional`)."""
    if paper.lang != "zh":
        return labels
    stems = (q.prompt for s in paper.sections for q in s.questions)
    return traditional_labels(labels) if is_traditional(stems) else labels
