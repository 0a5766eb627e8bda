"""The words on the cards, per language: a card's fixed phrases ("解释这个概念", "共3项",
"Define this term"), worded once here. A deck of Chinese notes written in traditional
characters gets the Chinese phrases through OpenCC's ``s2t`` (``examgen.script``), never a
second table."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from examgen.script import HANT, in_traditional


@dataclass(frozen=True)
class Phrases:
    """The words on the cards, in one language ("wording once, at the edge")."""

    define: str
    which_term: str
    count: str  # {n}
    group: str  # {i}, {k}, {m}
    one_group: str  # {m}
    relation: Mapping[str, str]  # relation form -> question; {subject}, {head}, {label}
    title: Mapping[str, str]  # relation form -> cloze title
    counted: str  # {title}, {n}
    sequence_title: str
    table_prompt: str  # {subject}
    column: str  # {j}
    blank: str
    gloss_open: str
    gloss_close: str
    qualifier: str  # {q}
    colon: str
    explain: str  # a one-member list whose subject is a sentence or a question
    aspect: str  # {head}, {de}, {label}: a definition of an aspect ("索引的优点")
    abbreviation: str  # a definition whose text is the term's abbreviation
    value: str  # a definition whose text is a value ("15s")
    value_range: str  # a definition whose text is a range of values ("0 - 4095")
    benefit: str  # a definition whose text is what its term is good for ("有利于…")
    expansion: str  # a definition whose text is its acronym's expansion
    about: str  # a list whose notes name no relation, asked as its subject's explanation
    what_is: str  # {subject}: a description headed by a cause or reason, asked as a question
    other_name: str  # a definition that only gives its term another name, asked both ways
    finding: str  # {subject}: a study's definition whose text is what it found
    finding_owned: str  # {subject}: the same of a study named by its owner ("X's study")
    symbol: str  # a definition whose text is the letter the notes write the term as
    # The singular of ``count``, ``group``, ``one_group`` and ``counted`` (see :meth:`say`).
    count_one: str
    group_one: str
    one_group_one: str
    counted_one: str

    def say(self, name: str, n: int, **parts: object) -> str:
        """The phrase ``name`` for ``n`` things: its singular form when ``n`` is one."""
        template = getattr(self, f"{name}_one" if n == 1 else name)
        return template.format(n=n, m=n, **parts)


PHRASES = MappingProxyType(
    {
        "zh": Phrases(
            define="解释这个概念",
            which_term="这说的是哪个概念？",
            count="共{n}项",
            group="第{i}组（共{k}组）：写出空缺的{m}项",
            one_group="写出空缺的{m}项",
            relation=MappingProxyType(
                {
                    "label": "{head}{de}{label}有哪些？",
                    "category": "{subject}有哪些？",
                    "kinds": "{subject}有哪几种？",
                    "question": "{subject}？",
                    "points": "关于{sp}{head}{where}，笔记列出了哪几点？",
                    "statement": "{subject}——列出各项。",
                    "facet": "{head}{facet}有哪几种？",
                }
            ),
            title=MappingProxyType(
                {
                    "label": "{head}{de}{label}",
                    "category": "{subject}",
                    "kinds": "{head}{de}种类",
                    "question": "{subject}？",
                    "points": "关于{sp}{head}{where}所列各点",
                    "statement": "{subject}",
                    "facet": "{head}{facet}",
                }
            ),
            counted="{title}（{n}项）",
            sequence_title="{subject}（按顺序）",
            table_prompt="在“{subject}”中：",
            column="第{j}列",
            blank="＿＿",
            gloss_open="（",
            gloss_close="）",
            qualifier="（{q}）",
            colon="：",
            explain="说明这一点",
            aspect="{head}{de}{label}",
            abbreviation="写出它的缩写",
            value="写出它的取值",
            value_range="写出它的取值范围",
            benefit="它有什么好处？",
            expansion="写出它的全称",
            about="解释这个概念",
            what_is="{subject}是什么？",
            other_name="写出它的另一个名称",
            finding="{subject}发现了什么？",
            finding_owned="{subject}发现了什么？",
            symbol="写出它的符号",
            count_one="共1项",
            group_one="第{i}组（共{k}组）：写出空缺的1项",
            one_group_one="写出空缺的1项",
            counted_one="{title}（1项）",
        ),
        "en": Phrases(
            define="Define this term",
            which_term="Which term is this?",
            count="{n} items",
            group="Part {i} of {k}: fill in the {m} blanks",
            one_group="Fill in the {m} blanks",
            relation=MappingProxyType(
                {
                    "label": "What are the {label} {of} {head}?",
                    "category": "What are the {subject}?",
                    "kinds": "What are the kinds of {subject}?",
                    "question": "{subject}?",
                    "points": "What points do the notes list about {head}{where}?",
                    "statement": "{subject}: list them.",
                    "facet": "What are the kinds of {head}{facet}?",
                }
            ),
            title=MappingProxyType(
                {
                    "label": "The {label} {of} {head}",
                    "category": "{Subject}",
                    "kinds": "Kinds of {subject}",
                    "question": "{subject}?",
                    "points": "Points listed about {head}{where}",
                    "statement": "{subject}",
                    "facet": "Kinds of {head}{facet}",
                }
            ),
            counted="{title} ({n} items)",
            sequence_title="{subject} (in order)",
            table_prompt="In “{subject}”:",
            column="column {j}",
            blank="___",
            gloss_open=" (",
            gloss_close=")",
            qualifier=" ({q})",
            colon=": ",
            explain="Explain this",
            aspect="The {label} of {head}",
            abbreviation="Give its abbreviation",
            value="Give its value",
            value_range="Give its range",
            benefit="What is it good for?",
            expansion="Give its full name",
            about="Explain this",
            what_is="What is the {subject}?",
            other_name="Give its other name",
            finding="What did the {subject} find?",
            finding_owned="What did {subject} find?",
            symbol="Give its symbol",
            count_one="1 item",
            group_one="Part {i} of {k}: fill in the blank",
            one_group_one="Fill in the blank",
            counted_one="{title} (1 item)",
        ),
    }
)


def phrases(lang: str) -> Phrases:
    """The phrases of a language (English for any other): ``zh``, ``zh-Hant``
    (:data:`~examgen.script.HANT`, the Chinese phrases in traditional characters) or ``en``."""
    if lang == HANT:
        return _hant_phrases()
    return PHRASES.get(lang, PHRASES["en"])


@functools.cache
def _hant_phrases() -> Phrases:
    return in_traditional(PHRASES["zh"])


# The words on the cards of an open list: members the notes give as examples (``Fact.open``).
#
# "Inter-switch signalling protocols such as DTP, VTP, CDP or LACP" names some protocols, not
# all: a card that counts them ("(4 items)", "（4项）") or asks "what are the protocols?" asks
# for a closed set the notes never gave. The cards of an open list ask for the examples the
# notes give and say "(examples)" / "（举例）" where the others count, with no cloze note (one
# blank among examples has no one answer: ``examgen.cards``); everything else is worded as for
# any list (the tables above).

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


# A subject that says its steps' order itself ("order in which any 2 BPDUs are compared",
# "启动顺序"): "(in order)" / "（按顺序）" after it would say it twice.
_SAYS_ORDER = re.compile(r"\b(?:order|sequence)\b|顺序|順序|次序", re.IGNORECASE)


def says_order(subject: str) -> bool:
    """Whether a sequence's ``subject`` already says that its steps come in order."""
    return _SAYS_ORDER.search(subject) is not None


_EN_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ZH_COUNTS = "一二三四五六七八九十"
# A count in a title: "4种隔离级别", "三大特性", "There are three neurotransmitters", "2 types".
_ZH_COUNT = re.compile(
    r"(\d{1,2}|[一二三四五六七八九十两兩])\s*(?:种|種|个|個|项|項|类|類|大|条|條|点|點|层|層|级|級|步)"
)
_EN_COUNT = re.compile(rf"\b(\d{{1,2}}|{'|'.join(_EN_COUNTS)})\s+[A-Za-z]", re.IGNORECASE)


def says_count(title: str, n: int) -> bool:
    """Whether a list's ``title`` already says how many members it has (``n``): "（4项）"
    after "数据库提供4种隔离级别" would say it twice."""
    for found in (*_ZH_COUNT.finditer(title), *_EN_COUNT.finditer(title)):
        said = found.group(1).casefold()
        if said.isdigit():
            count = int(said)
        elif said in _EN_COUNTS:
            count = _EN_COUNTS.index(said) + 1
        else:
            count = 2 if said in "两兩" else _ZH_COUNTS.index(said) + 1
        if count == n:
            return True
    return False
