"""Concepts: the term an outline's label about a concept names (``进程的概念``,
``Concepts of IPSEC`` → the name), and the reason a why-question asks for
(``为什么X：`` → ``X的原因``), for :mod:`examgen.notes.facts` and
:class:`examgen.notes.items.ItemReader`.
"""

from __future__ import annotations

import re

from examgen.notes.terms import _SENTENCE_PUNCTUATION, LATIN_LETTER


def concept_named(subject: str) -> str:
    """``Normalization定義``, ``进程的概念``, ``消息认证码概念`` → the term they name: a definition
    of "the concept of X" is a definition of X. ``基本概念`` (two characters, no ``的``) and
    other subjects stay as they are."""
    english = english_concept_named(subject)
    if english != subject:
        return english
    if "概念" not in subject and "定义" not in subject and "定義" not in subject:
        return subject  # most subjects: none of the words to try the pattern for
    match = _CONCEPT_OF.match(subject.strip())
    if match is None:
        return subject
    owner = match["owner"].strip()
    if match["de"] or LATIN_LETTER.search(owner) or len(owner) >= 3:
        return owner + (match["gloss"] or "")
    return subject


def english_concept_named(subject: str) -> str:
    """``Concepts of IPSEC`` → ``IPSEC``: an outline's label over what a name is (a definition)
    or is made of (a list) is about that name; other subjects stay as they are."""
    stripped = subject.strip()
    if stripped[:1] not in _CONCEPT_OF_EN_FIRST:
        return subject  # the pattern opens with `the`, `basic`, `concept` or `definition`
    match = _CONCEPT_OF_EN.match(stripped)
    return match["owner"].strip() if match else subject


# `Concepts of IPSEC`, `Definition of entropy`: an outline's label over what X is or has; the
# owner is a name of one to four words (`Concepts and difference of A, B and C` is no name).
_CONCEPT_OF_EN = re.compile(
    r"^(?:the\s+)?(?:basic\s+)?(?:concepts?|definitions?)\s+of\s+(?:the\s+|an?\s+)?"
    r"(?P<owner>[A-Za-z][\w/+.-]*(?:\s+[A-Za-z0-9][\w/+.-]*){0,3})[.:]?$",
    re.IGNORECASE,
)
_CONCEPT_OF_EN_FIRST = frozenset("tTbBcCdD")
_CONCEPT_OF = re.compile(
    r"^(?P<owner>.+?)(?P<de>的)?(?:概念|定义|定義)(?P<gloss>\s*(?:\([^()]*\)|（[^（）]*）))?$"
)


def reason_named(question: str) -> str:
    """``为什么数字签名需要使用单向hash函数：`` → ``数字签名需要使用单向hash函数的原因``: the
    answer to a why-question defines the reason it asks for; '' for other text."""
    match = _WHY.match(question.strip())
    if match is None:
        return ""
    asked = match["asked"].strip()
    return f"{asked}的原因" if asked and not _SENTENCE_PUNCTUATION.search(asked) else ""


_WHY = re.compile(r"^(?:为什么|為什麼|为何|為何)(?P<asked>.+?)[？?：:\s]*$")
