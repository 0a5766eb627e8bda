"""The script of Chinese notes (simplified or traditional), so a paper is worded in the
script its notes are written in. Decided from the notes' own characters; the traditional
wording is the simplified wording put through OpenCC's ``s2t``, never written twice."""

from __future__ import annotations

import dataclasses

# The script helpers live in examgen.script (cards word themselves with them too).
from examgen.script import HANT, is_traditional, to_traditional

__all__ = [
    "HANT",
    "is_traditional",
    "labels_for",
    "to_traditional",
    "traditional_labels",
    "traditional_mapping",
]


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
