"""Settings: the label a term is defined under that says where its definition holds.

"Mean: μ = P(Y=1 | x)" under the bullet "In GLM:" is the mean of a generalised linear model,
not the mean of anything: printed bare ("“Mean” means: μ = P(Y=1 | x)", a matching pair
"Mean ↔ μ = P(Y=1 | x)"), the pair is right only to a student who guesses the setting. The
setting is part of the pair as data (:attr:`~examgen.questions.index.Pair.setting`, read from
``Fact.parent``), and every stem and matching printing the term prints it with it
("Mean (in GLM)", "均值（在关系模型中）"). A condition ("When the disk is full", "If x > 0")
or a loop ("For $i$ from 1 to T") says when, not where: no setting.
"""

from __future__ import annotations

import re

from examgen.questions.categories import clause_free
from examgen.questions.text import clean, normalize
from examgen.questions.wording import display_width, phrase

#: An English setting label: a preposition of place and what it names ("In GLM").
_SETTING_EN = re.compile(r"^(?:in|under|within|inside)\s+(?P<name>\S.*)$", re.IGNORECASE)
#: A Chinese one: 在 … 中/里/下/内 ("在关系模型中").
_SETTING_ZH = re.compile(r"^在(?P<name>.+?)(?:中|里|裡|下|内|內)$")
#: The most words (English) a setting's name may have: longer, the label is a sentence.
MAX_SETTING_WORDS = 4
#: The widest (display columns) a setting's name may be.
MAX_SETTING_WIDTH = 24
_PUNCTUATION = re.compile(r"[。，,；;！？!?:：$=<>]")
#: Words that make "In …" a condition or a case rather than a place ("In case of", "In
#: order to", "In this way").
_NOT_PLACES = frozenset(("case", "order", "this", "that", "which", "general", "short", "fact"))


def setting(parent: str | None) -> str:
    """The setting label ``parent`` (the list item a definition hangs under) is, as the notes
    write it without its colon ("In GLM", "在关系模型中"), or '' when it is none: a name of a
    few words after in/under/within (在 … 中), with no clause, formula or number."""
    label = clean(parent or "").rstrip(":：").strip()
    match = _SETTING_EN.match(label) or _SETTING_ZH.match(label)
    if match is None:
        return ""
    name = match["name"].strip()
    words = name.casefold().split()
    if (
        not normalize(name)
        or _PUNCTUATION.search(name)
        or display_width(name) > MAX_SETTING_WIDTH
        or len(words) > MAX_SETTING_WORDS
        or (words and words[0] in _NOT_PLACES)
        or any(c.isdigit() for c in name)
        or not clause_free(name)
    ):
        return ""
    return label


def in_setting(lang: str, term: str, label: str) -> str:
    """``term`` as a stem or a matching prints it under the setting ``label``: "Mean (in
    GLM)", "均值（在关系模型中）"; ``term`` alone when there is no setting."""
    if not label:
        return term
    shown = label[0].lower() + label[1:] if label[:2].isascii() else label
    return phrase(lang, "in_setting", term=term, setting=shown)


def setting_opening(label: str) -> str:
    """The setting ``label`` as a stem opens with it ("In GLM", "在关系模型中")."""
    return label[0].upper() + label[1:] if label else ""
