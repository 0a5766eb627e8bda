"""Aspects: a definition whose subject names an aspect of a thing (its goal, its
advantages: ``索引优点``, ``Goal`` under ``### STP``) rather than a term; its card names whose
aspect it is (``索引的优点``, "The goal of STP") and asks to explain it (README "The cards")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.card_phrases import Phrases
from examgen.endings import Endings
from examgen.headings import heading_owner
from examgen.prompts import _LATIN_END
from examgen.relation_words import base
from examgen.script import simplified_view

# Relation words naming an aspect of a thing (its goal, its advantages), not a thing: a
# definition of one is no term to define or to name from its text.
_ZH_ASPECT_WORDS = """
作用 功能 用途 特点 特征 特性 优点 缺点 优势 劣势 好处 不足 局限 目标 目的 原因 意义 区别
要求 条件 必要性 重要性
"""
_ZH_ASPECTS = tuple(_ZH_ASPECT_WORDS.split())
_ZH_ASPECT_ENDINGS = Endings(_ZH_ASPECTS)
_EN_ASPECT_WORDS = """
goal aim purpose problem advantage disadvantage benefit drawback pro con idea motivation
limitation necessity importance
"""
_EN_ASPECTS = frozenset(_EN_ASPECT_WORDS.split())


def aspect_of(subject: str, section: Sequence[str], lang: str) -> tuple[str, str] | None:
    """``(owner, aspect)`` when a definition's subject names an aspect of something rather
    than a term: ``索引优点`` -> (索引, 优点), ``statement 优点``, ``Goal`` under ``### STP``
    -> (STP, goal); None otherwise (or when the owner is unknown)."""
    subject = " ".join(subject.split())
    if base(lang) == "zh" and not subject.isascii():
        view = simplified_view(subject)
        word = _ZH_ASPECT_ENDINGS.first(view)
        if not word:
            return None
        head = subject[: -len(word)].strip().removesuffix("的").strip()
        owner = head or heading_owner(subject, section)
        return (owner, subject[-len(word) :]) if owner else None
    owned = _EN_OWNED_ASPECT.match(subject)
    if owned:  # "STP's goal", "Goal of STP", "Advantages of X"
        head = owned["head"] or owned["owner"]
        word = (owned["word"] or owned["first"]).lower()
        return (head, word) if _singular(word) in _EN_ASPECTS else None
    trailing = _EN_TRAILING_ASPECT.match(subject)
    if trailing:  # "MLAG - MultiChassis LAG Goal": the goal of MLAG - MultiChassis LAG
        return (trailing["head"].rstrip(" -–—:"), trailing["word"].lower())
    if " " not in subject and _singular(subject.lower()) in _EN_ASPECTS:
        owner = heading_owner(subject, section)
        return (owner, subject.lower()) if owner else None
    return None


_EN_OWNED_ASPECT = re.compile(
    r"^(?:(?P<head>.+?)['’]s\s+(?P<word>[A-Za-z]+)|(?P<first>[A-Za-z]+)\s+of\s+(?P<owner>.+))$"
)


# A term followed by an aspect word in title case ("EtherChannel Negotiation Protocols Goal");
# not "Problem" nor "Idea", which end many terms ("Knapsack Problem").
_EN_TRAILING_ASPECT = re.compile(
    r"^(?P<head>.*\S)\s+(?P<word>Goals?|Aims?|Purposes?|Advantages|Disadvantages|Benefits|"
    r"Drawbacks|Limitations|Motivations?)$"
)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and word[:-1] in _EN_ASPECTS else word


def aspect_wording(subject: str, section: Sequence[str], lang: str, words: Phrases) -> str:
    """How a definition of an aspect names it ("索引的优点", "The goal of STP"); '' for a
    subject that is a term (see :func:`aspect_of`)."""
    found = aspect_of(subject, section, lang)
    if not found:
        return ""
    head, label = found
    if base(lang) == "zh" and "的" in subject:
        return " ".join(subject.split())  # "聚簇索引的优点" says it already ("反作用" too)
    de = " 的" if _LATIN_END.search(head) else "的"
    return words.aspect.format(head=head, de=de, label=label)
