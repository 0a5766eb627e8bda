"""The words on the cards of an open list: members the notes give as examples (``Fact.open``).

"Inter-switch signalling protocols such as DTP, VTP, CDP or LACP" names some protocols, not
all: a card that counts them ("(4 items)", "（4项）") or asks "what are the protocols?" asks
for a closed set the notes never gave. The cards of an open list ask for the examples the
notes give and say "(examples)" / "（举例）" where the others count, with no cloze note (one
blank among examples has no one answer: ``examgen.cards``); everything else is worded as for
any list (:mod:`examgen.card_phrases`).
"""

from __future__ import annotations

import functools
from dataclasses import replace
from types import MappingProxyType

from examgen.card_phrases import Phrases, phrases
from examgen.script import HANT, in_traditional

#: Per language: the hint where a closed list's card counts, the cloze title, and the
#: questions of the relation forms that would ask for all the members.
_OPEN = {
    "zh": {
        "count": "笔记举的例子",
        "counted": "{title}（举例）",
        "relation": {
            "label": "笔记举了哪些{head}{de}{label}的例子？",
            "category": "笔记举了哪些{subject}的例子？",
            "kinds": "笔记举了哪些{subject}的种类作为例子？",
            "question": "{subject}？（举出笔记中的例子）",
            "statement": "{subject}——举出笔记中的例子。",
            "facet": "笔记举了哪些{head}{facet}的例子？",
        },
    },
    "en": {
        "count": "examples the notes give",
        "counted": "{title} (examples)",
        "relation": {
            "label": "What {label} {of} {head} do the notes give as examples?",
            "category": "What {subject} do the notes give as examples?",
            "kinds": "What kinds of {subject} do the notes give as examples?",
            "question": "{subject}? Give the examples the notes name.",
            "statement": "{subject}: give the examples the notes name.",
            "facet": "What kinds of {head}{facet} do the notes give as examples?",
        },
    },
}


def _open(words: Phrases, lang: str) -> Phrases:
    table = _OPEN[lang]
    return replace(
        words,
        count=table["count"],
        count_one=table["count"],
        counted=table["counted"],
        counted_one=table["counted"],
        relation=MappingProxyType({**words.relation, **table["relation"]}),
    )


@functools.cache
def open_phrases(lang: str) -> Phrases:
    """The phrases of the cards of an open list, in ``lang`` (as :func:`phrases` takes it)."""
    if lang == HANT:
        return in_traditional(open_phrases("zh"))
    base = "zh" if lang == "zh" else "en"
    return _open(phrases(base), base)
