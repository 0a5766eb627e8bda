"""The script of Chinese notes (simplified or traditional), so a paper is worded in the
script its notes are written in. Decided from the notes' own characters; the traditional
wording is the simplified wording put through OpenCC's ``s2t``, never written twice."""

from __future__ import annotations

# The script helpers live in examgen.script (cards word themselves with them too).
from examgen.script import HANT, in_traditional, is_traditional, to_traditional


def traditional_mapping(words: dict[str, str]) -> dict[str, str]:
    """``words`` with every value in traditional characters."""
    return {key: to_traditional(value) for key, value in words.items()}


def traditional_labels(labels):
    """A paper's printed words (``exam.Labels``) in traditional characters; the ``<html lang>``
    becomes ``zh-Hant``."""
    return in_traditional(labels, html_lang=HANT)


def labels_for(labels, paper):
    """``labels`` in the script of ``paper``'s Chinese questions (see :func:`is_traditional`)."""
    if paper.lang != "zh":
        return labels
    stems = (q.prompt for s in paper.sections for q in s.questions)
    return traditional_labels(labels) if is_traditional(stems) else labels
