"""A gloss said of its term in a statement ("“X”指的是：…", "“X” means: …"): the gloss's own
lead-in word dropped, and the glosses that are no definition to state as one."""

from __future__ import annotations

import re

from examgen.dictionary import sense_stems
from examgen.questions.text import formula

#: Lead-ins a Chinese gloss starts with that "指的是：" already says ("指与人打交道…" would
#: read "指的是：指与人打交道…"). Longest first. A bare "指" only when it does not begin a
#: word ("指挥", "指针" are the gloss's own).
_ZH_LEADS = ("指的是", "是指", "就是", "即")
#: English lead-ins "means:" already says ("refers to the …" would read "means: refers to").
_EN_LEAD = re.compile(r"^(?:means|refers to|is defined as|denotes)\s+", re.IGNORECASE)


def as_meaning(lang: str, gloss: str) -> str:
    """``gloss`` as printed after the statement's own "指的是：" / "means:": its lead-in word
    dropped when something follows it ("指与人打交道的能力" -> "与人打交道的能力")."""
    if lang == "en" or gloss.isascii():
        rest = _EN_LEAD.sub("", gloss, count=1)
        return rest if rest.strip() else gloss
    for lead in _ZH_LEADS:
        if gloss.startswith(lead) and len(gloss) > len(lead) + 1:
            return gloss[len(lead) :].lstrip("：:，, ")
    if gloss.startswith("指") and len(gloss) > 2 and not sense_stems(gloss[:2]):
        return gloss[1:]
    return gloss


#: A gloss that argues ("因其需要制订总目标，因此应该侧重概念技能") says why or what ought to be,
#: not what the term is: stated as "指的是", true or false, it is no definition.
_ARGUES = re.compile(
    r"因此|所以|因为|因其|应该|应当|\b(?:therefore|because|hence|ought to)\b",
    re.IGNORECASE,
)
#: A gloss that opens on a pronoun ("her realistic pessimism about …") points at something
#: said before it, outside the statement.
_POINTS_BACK = re.compile(
    r"^(?:her|his|its|their|she|he|it|they|this|that|these|those)\b|^(?:其|它|他|她|该|此)",
    re.IGNORECASE,
)


#: Words pointing at the lines around a gloss ("以上两者的融合", "the former two"): the
#: question shows none of them. 以上 after a count ("60分以上") means "or more".
_ANAPHOR = re.compile(
    r"(?<![0-9零一二三四五六七八九十百千万个种项分岁层次年天级位人倍度元%])(?:以上|上述)|前者|后者|前两者|上面(?:的|所|两)"
    r"|\bthe (?:above|former|latter)\b|\babove-mentioned\b",
    re.IGNORECASE,
)


def points_around(gloss: str) -> bool:
    """Whether ``gloss`` points at the lines around it ("以上两者的融合", "a blend of the former
    two"): a clue that needs lines the question does not show."""
    return _ANAPHOR.search(gloss) is not None


def argues_or_points_back(gloss: str) -> bool:
    """Whether ``gloss`` argues (because, therefore, should) or opens on a pronoun: no
    definition of any term, to state as its own or another's."""
    return bool(_ARGUES.search(gloss) or _POINTS_BACK.match(gloss.strip()))


def not_a_definition(gloss: str) -> str | None:
    """Why ``gloss`` is no definition to state as "X means: …" (a claim that argues, a phrase
    that points back, a formula or a value range: see :func:`.text.formula`), or None when it
    may be."""
    if _ARGUES.search(gloss):
        return "the gloss argues (because, therefore, should): a claim, not what the term is"
    if _POINTS_BACK.match(gloss.strip()):
        return "the gloss opens on a pronoun that points outside the statement"
    if formula(gloss):
        return "the gloss is a formula or a value range, not what the term means"
    return None
