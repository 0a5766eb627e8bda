"""Headings a card names: the one a subject stands under or belongs to, without the
heading's own section number ("1.2. ", "A) ")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.card_budget import is_sentence
from examgen.model import Fact
from examgen.relation_words import EN_LABELS, EN_MORE_LABELS, EN_MORE_OWNED, base, is_label, plural

# A text that is one formula and nothing else ("$P(A \cup B) = P(A) + P(B)$").
_FORMULA_ONLY = re.compile(r"^\s*(\$\$?)[^$]+\1\s*[.。]?\s*$")


def owner_of_word(subject: str, fact: Fact, lang: str) -> str:
    """The heading a bare relation word belongs to ("Problem" under "Logistic Regression",
    特点 under "Docker"), or a one-word term stated by a formula alone ("Union" as
    P(A∪B) = P(A) + P(B) under "Mutually exclusive events": the formula holds only there);
    '' when ``subject`` (``fact``'s, cleaned) is neither or has no heading."""
    subject = " ".join(subject.split())
    if base(lang) == "zh":
        bare = is_label(subject)
    else:
        word = subject.lower()
        bare = " " not in word and (plural(word) in EN_LABELS | EN_MORE_LABELS | EN_MORE_OWNED)
    bare = bare or (" " not in subject and bool(_FORMULA_ONLY.match(fact.text)))
    return heading_owner(subject, fact.section) if bare else ""


def heading_owner(subject: str, section: Sequence[str]) -> str:
    """The deepest heading below the title that is not the subject itself."""
    key = subject.casefold()
    for heading in reversed(section[1:]):
        heading = " ".join(heading.split())
        if heading and heading.casefold() != key:
            return unnumbered(heading)
    return ""


# A heading's section number ("1.2.2. 环境与管理之间的作用", "A) Model", "ii) Naive", "一、"):
# not part of its name.
_SECTION_NUMBER = re.compile(
    r"^(?:\d+(?:\.\d+)*[.、]\s*|\(?(?:[A-Za-z]|[ivxIVX]{2,4}|\d+)\)\s+|[一二三四五六七八九十]+、\s*)(?=\S)"
)


def unnumbered(heading: str) -> str:
    """``heading`` without its section number."""
    return _SECTION_NUMBER.sub("", heading, count=1)


def where_stands(subject: str, section: Sequence[str]) -> str:
    """The heading a list without a named relation stands under: its nearest heading below
    the title. None when that heading holds the subject or sits inside it (the list is its
    section's own, or "MVCC" says nothing more about "MVCC实现": a heading further up would
    name a wider place than the subject's own, "sleep disorders" for "hyperactivity in
    Insomniacs" under "insomnia"), nor beside a sentence ("Root sends Hello BPDUs every 2
    secs"), which tells itself apart and whose breadcrumb shows the heading."""
    if not section or len(section) < 2 or is_sentence(subject):
        return ""
    key = " ".join(subject.split()).casefold()
    heading = " ".join(section[-1].split())
    folded = heading.casefold()
    if not folded or folded in key or key in folded:
        return ""
    return unnumbered(heading)
