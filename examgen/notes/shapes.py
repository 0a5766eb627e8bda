"""Text shapes the extractor recognises inside one heading, item or paragraph.

These are small pure functions over strings, kept apart from :mod:`examgen.notes.facts` (which
walks the tree) so that each shape is written once and tested on its own:

* heading numbering (``2.``, ``1.3.``, ``一、``, ``(1)``, ``第三章``, ``Lecture 3:``) is not part
  of a heading's term, nor is a question mark;
* *bare* subjects (``缺点``, ``Pros``, ``Overview``) mean nothing without their parent;
* the author's exam tags (``(单选)``, ``【填空】``), mnemonics and placeholders are not content;
* ``$…$`` / ``$$…$$`` math is one token: nothing inside it separates a term from its text.

Clause labels, sentences, runs of names and ``X is called Y`` are in :mod:`examgen.notes.clauses`.

Words are written once, in simplified Chinese or English; their traditional forms come from
OpenCC, so ``過程`` is an order word because ``过程`` is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import opencc

from examgen.mathtext import mask_math
from examgen.notes.clauses import is_clause
from examgen.notes.sentences import has_cjk
from examgen.notes.words import BARE_WORDS, COUNTED_ASPECTS, REMARK_WORDS

if TYPE_CHECKING:  # the tree reads shapes: a type only, to keep the import one-way
    from examgen.notes.tree import Node

# ----------------------------------------------------------------------------- scripts


@functools.cache
def _converters() -> tuple[opencc.OpenCC, ...]:
    return tuple(opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk", "t2s"))


def release_converters() -> None:
    """Drop the converters once the word lists are built (all at import): their
    dictionaries are ~30 MB that a build would otherwise hold to its end. A later call of
    :func:`script_variants` loads them again (a few hundredths of a second)."""
    _converters.cache_clear()


def script_variants(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with their traditional (and simplified) forms added, without repeats."""
    found = dict.fromkeys(words)
    for word in words:
        if any(char >= "\u2e80" for char in word):
            for converter in _converters():
                found.setdefault(converter.convert(word))
    return tuple(found)


# ----------------------------------------------------------------------------- invisible text

# Zero-width spaces and joiners, word joiner, soft hyphen, BOM, bidi marks: copied from web
# pages into notes, invisible on screen, and they break matching of terms.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def drop_invisible(text: str) -> str:
    """The text without zero-width and other invisible characters."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


# ----------------------------------------------------------------------------- headings

_CN_NUMERAL = "一二三四五六七八九十百零〇"
_HEADING_NUMBER = re.compile(
    rf"^(?:"
    rf"第[{_CN_NUMERAL}\d]+[章节節课課讲講部分篇回]\s*[:：.、]?\s*"
    r"|(?:chapter|lecture|lesson|part|section|unit|week|module|topic)\s+[\dIVXivx]+[a-z]?"
    r"(?:\s*[:：.\-–—]\s*|\s+)"
    r"|\d{1,3}(?:\.\d{1,3})*(?:[.、)）]\s*|\s+)"
    rf"|[{_CN_NUMERAL}]+\s*[、.．]\s*"
    rf"|[(（][\d{_CN_NUMERAL}]{{1,3}}[)）]\s*"
    r"|[①-⑳]\s*"
    r"|[A-Za-z][)）]\s*|[A-Z]\.\s+"
    r"|(?:ii|iii|iv|vi|vii|viii|ix)[)）]\s*"
    r")+",
    re.IGNORECASE,
)
_QUESTION_END = re.compile(r"[?？]+$")


# A heading's text is asked for its term, whether it is an example and whether it is a list
# 2-3 times while its section is read: the answer (a pure function of the text) is kept.
@functools.lru_cache(maxsize=4096)
def strip_numbering(text: str) -> str:
    """``1.2. 管理的环境`` → ``管理的环境``; ``Lecture 3: Risk`` → ``Risk``; bare numbers stay."""
    match = _HEADING_NUMBER.match(text)
    if not match or match.end() >= len(text):
        return text
    return text[match.end() :].strip()


_EXAMPLE_HEADING = re.compile(
    r"^(?:(?:for\s+)?examples?|worked\s+examples?|exercises?|ex\.?\s*\d+|e\.g\.|case\s*\d+[a-z]?"
    r"|(?:example|exercise|case)\s*\d+[a-z]?)\b"
    r"|^(?:例题?\s*\d*|例子|举例|舉例|示例|范例|範例|练习|練習)",
    re.IGNORECASE,
)


def is_example_heading(text: str) -> bool:
    """``Example 1a: …``, ``EX2``, ``For Example``, ``例题``: a worked example, not notes."""
    return _EXAMPLE_HEADING.match(strip_numbering(text.strip())) is not None


_CAPTION_END = tuple(".。!！?？;；,，、")


def is_caption(text: str) -> bool:
    """A short line that names what follows it (``Insert Anomalies`` above its bullets)."""
    stripped = text.strip()
    if not stripped or stripped.endswith(_CAPTION_END) or ":" in stripped or "：" in stripped:
        return False
    ideographs = sum(1 for char in stripped if "\u3400" <= char <= "\u9fff")
    return ideographs <= 16 and len(stripped.split()) <= 6 and len(stripped) <= 60


_MINOR = frozenset({"of", "and", "the", "for", "a", "an", "to", "in", "on", "or"})


# `操作系统复习`, `网络笔记`, `Biology notes`: a title naming the notes themselves.
_NOTES_WORDS = re.compile(
    "|".join(
        map(
            re.escape,
            script_variants(
                (
                    *("复习", "笔记", "总结", "整理", "提纲", "讲义", "知识点", "要点"),
                    *("notes", "review", "summary", "cheat sheet"),
                )
            ),
        )
    ),
    re.IGNORECASE,
)


def names_notes(title: str) -> bool:
    """Whether a title names the notes (``操作系统复习``) rather than a term: the paragraph
    under it introduces them and defines nothing."""
    return _NOTES_WORDS.search(title) is not None


# `进程与线程`, `索引和视图`: two names joined, and nothing more.
_PAIR = re.compile(r"^([^和与及的之\s]{2,12})(?:和|与|及)([^和与及的之\s]{2,12})$")


def names_a_pair(term: str) -> bool:
    """Whether a Chinese heading names two things (``进程与线程``): a paragraph under it is
    about both, not what one term means."""
    match = _PAIR.match(term.strip())
    return match is not None and not match[2].endswith(_RELATION_WORDS)


# `A和B的区别`, `A与B比较`: the relation between the two is a thing a paragraph can define.
_RELATION_WORDS = script_variants(("区别", "联系", "比较", "对比", "关系", "异同", "差异"))


def is_translation(term: str, gloss: str) -> bool:
    """``完全功能相依`` and ``Full Functional Dependency`` (or ``1NF; First Normal Form``): the
    gloss only names the term in another script."""
    if not has_cjk(term):
        return False
    if has_cjk(gloss) or len(gloss) > 40:
        return False
    words = [word for word in re.findall(r"[A-Za-z0-9][\w-]*", gloss) if word.lower() not in _MINOR]
    return 0 < len(words) <= 6 and all(word[0].isupper() or word[0].isdigit() for word in words)


def is_numbering_only(text: str) -> bool:
    """``第一章``, ``Chapter 3``, ``2.1``: a heading that is nothing but its number."""
    match = _HEADING_NUMBER.match(text.strip() + " ")
    return bool(match) and match.end() >= len(text.strip())


@functools.lru_cache(maxsize=4096)  # (asked 2-3 times per heading, as strip_numbering)
def heading_term(text: str) -> str:
    """The term a heading names: without its numbering, its question mark or exam tags; a
    heading asking what a thing is (``RDB的执行原理是什么？``, ``什么是AOF？``, ``What is a
    Protocol?``) names that thing."""
    term, _tags = split_tags(strip_numbering(text.strip()))
    # (`"?" in` first: the pattern alone is tried at every position)
    if ("?" in term or "？" in term) and _QUESTION_END.search(term) is not None:
        term = _QUESTION_END.sub("", term).strip()
        term = _WHAT_IS.sub("", term).strip() or term
    return term.strip() or text.strip()


# `X是什么？`, `什么是X？`, `What is a X?`: the question asks for X's definition.
_WHAT_IS = re.compile(
    r"^(?:什么是|什麼是|what\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?)|(?:是什么|是什麼|是啥)$",
    re.IGNORECASE,
)


# ----------------------------------------------------------------------------- bare subjects

# Words that name an aspect of something, never a thing on their own: `缺点` under `单核架构`
# is `单核架构 缺点`.
_BARE_WORDS = script_variants(BARE_WORDS)
_BARE = frozenset(word.casefold() for word in _BARE_WORDS)


def is_bare(term: str) -> bool:
    """Whether a subject names only an aspect (``缺点``, ``Pros``) and needs its parent."""
    text = term.strip(" :：").casefold()
    if text in _BARE:
        return True
    # `其特点`, `its drawbacks`: a possessive opens with one of these (the text is casefolded);
    # most subjects open with none and have nothing to take off.
    if text[:1] in _POSSESSIVE_FIRST and _POSSESSIVE.sub("", text) in _BARE:
        return True
    # `Informal definition`, `Key features`: one modifier on a bare word is still an aspect;
    # a name (`RSA algorithm`) is not a modifier.
    words = term.strip(" :：").split()
    return (
        len(words) == 2
        and words[0].isascii()
        and not words[0].isupper()
        and words[1].casefold() in _BARE
    )


_CJK_BARE = tuple(word for word in _BARE_WORDS if word[:1] >= "\u2e80")


def ends_with_aspect(term: str) -> bool:
    """``加锁总结``, ``索引特点``: a Chinese phrase naming an aspect of something (a summary,
    the features), whose items are members, never one statement."""
    return term.strip().endswith(_CJK_BARE)


# `其特点`, `它的缺点`, `its drawbacks`: an aspect of what was just named.
_POSSESSIVE = re.compile(r"^(?:其|它的|他的|她的|its\s+|their\s+)")
_POSSESSIVE_FIRST = frozenset("其它他她it")


def without_possessive(term: str) -> str:
    """``其特点`` → ``特点``: once its owner is written out, the pronoun goes."""
    return _POSSESSIVE.sub("", term, count=1).strip() or term


_REMARK = frozenset(word.casefold() for word in script_variants(REMARK_WORDS))
# `One limitation:`, `Another extension:`, `第二种方法：`, `另一种思路`: a remark that counts
# its way through the text; what it is called is in what follows, not in the label.
_COUNTING_LABEL = re.compile(
    r"^(?:(?:one|another|a\s+second|a\s+third|the\s+other)(?:\s+\w+){1,2}"
    r"|第[一二三四五六七八九十\d]+[种種个個][\u4e00-\u9fff]{1,3}|另一[种種个個][\u4e00-\u9fff]{1,3})$",
    re.IGNORECASE,
)


_COUNTED_ASPECT = re.compile(
    r"^(?:one|another|a\s+second|a\s+third|the\s+other|the\s+main|a\s+major)\s+"
    r"(?:big\s+|major\s+|key\s+|main\s+)?(?P<aspect>" + "|".join(COUNTED_ASPECTS) + r")$",
    re.IGNORECASE,
)


def counted_aspect(term: str) -> str:
    """``One limitation`` → ``limitation``: an aspect counted out (see
    :data:`examgen.notes.words.COUNTED_ASPECTS`); '' for other labels (``One idea``)."""
    match = _COUNTED_ASPECT.match(term.strip(" :："))
    return match["aspect"].lower() if match else ""


_ASPECTS_OF = re.compile(
    r"^(?:the\s+|some\s+|main\s+|key\s+)?(?:"
    + "|".join(COUNTED_ASPECTS)
    + r")s\s+of\s+(?P<owner>\S.*)$",
    re.IGNORECASE,
)


def aspect_owner(subject: str) -> str:
    """``Challenges of basis expansion`` → ``basis expansion``: whose aspects a section names;
    the subject itself otherwise."""
    match = _ASPECTS_OF.match(subject.strip())
    return match["owner"].strip() if match else subject


# `Equation 1`, `Fig. 2`, `(Eq. 3)`: a number to refer to, not a name of anything.
_REFERENCE_LABEL = re.compile(
    r"^\(?(?:equation|eqn?\.?|figure|fig\.?|table|tab\.?)\s*\(?\d+[a-z]?\)?\)?$", re.IGNORECASE
)


def is_remark(term: str) -> bool:
    """Whether a subject is only a remark label (``Note``, ``One idea``, ``第二种方法``) or a
    reference number (``Equation 1``)."""
    text = term.strip(" :：")
    return text.casefold() in _REMARK or (
        # Both labels open with one of these characters (caseless: no other character
        # matches one of them): most subjects, asked at every fact, try neither pattern.
        text[:1] in _LABEL_FIRST
        and (_COUNTING_LABEL.match(text) is not None or _REFERENCE_LABEL.match(text) is not None)
    )


#: The first character of every match of :data:`_COUNTING_LABEL` (`one`, `another`, `a …`,
#: `the other`, `第`, `另`) and of :data:`_REFERENCE_LABEL` (`(`, `equation`, `figure`, `table`).
_LABEL_FIRST = frozenset("oOaAtT第另(eEfF")


# `Root Port - no changes`, `same as above`, `同上`, `不变`: what a thing is, said only
# relative to something else (another version, the item before); no definition.
_RELATIVE_REMARK = re.compile(
    r"^(?:(?:there\s+(?:are|is)\s+)?no\s+(?:changes?|difference)|unchanged|not\s+changed|"
    r"(?:the\s+)?same(?:\s+as\s+(?:above|before|the\s+previous(?:\s+one)?|\w+))?|ditto|"
    r"as\s+(?:above|before)|see\s+above|同上|不变|没有变化|无变化|没变|未变|相同|一样|同前)"
    r"[\s.。!！;；)）]*$",
    re.IGNORECASE,
)


def is_relative_remark(text: str) -> bool:
    """Whether a definition's text only says the thing is unchanged or as before (``no
    changes``, ``same as above``, ``同上``)."""
    return _RELATIVE_REMARK.match(text.strip(" ()（）-—:：")) is not None


# ----------------------------------------------------------------------------- annotations

_TAG_WORDS = script_variants(
    (
        "单选",
        "多选",
        "填空",
        "简答",
        "判断",
        "选择",
        "名词解释",
        "论述",
        "计算",
        "问答",
        "重点",
        "必考",
        "考点",
        "了解",
        "掌握",
        "理解",
    )
)
_TAG_ALTERNATION = "|".join(sorted(map(re.escape, _TAG_WORDS), key=len, reverse=True))
# `(单选)`, `【填空、简答】`, `（2012年真题）`: the author's marks of what an exam asks.
_TAG_GROUP = re.compile(
    rf"\s*[(（【\[](?P<body>(?:(?:{_TAG_ALTERNATION})|\d{{4}}年?真题)(?:\s*[、,，/\s]\s*"
    rf"(?:(?:{_TAG_ALTERNATION})|\d{{4}}年?真题))*)[)）】\]]\s*"
)
_TAG_SPLIT = re.compile(r"\s*[、,，/\s]\s*")


_TAG_WORD = re.compile(rf"{_TAG_ALTERNATION}|真题")


def split_tags(text: str) -> tuple[str, tuple[str, ...]]:
    """The text without the author's exam tags, and the tags (``(单选)`` → ``单选``)."""
    if "(" not in text and "（" not in text and "【" not in text and "[" not in text:
        return text, ()
    if _TAG_WORD.search(text) is None:
        return text, ()
    tags: list[str] = []

    def take(match: re.Match[str]) -> str:
        tags.extend(tag for tag in _TAG_SPLIT.split(match.group("body")) if tag)
        return " "

    stripped = _TAG_GROUP.sub(take, text).strip()
    if not tags or not stripped:
        return text, ()
    return stripped, tuple(dict.fromkeys(tags))


# Written once in simplified Chinese: `助記：…` in traditional notes is a mnemonic too.
# `记忆`, `速记` open other words (`記憶體` is memory, `记忆力`): alone they are the label.
_MNEMONIC_WORDS = "|".join(
    (
        *script_variants(("助记", "口诀", "mnemonic")),
        *(f"{word}(?!\\w)" for word in script_variants(("记忆", "速记"))),
    )
)
_MNEMONIC = re.compile(rf"^\s*[(（【\[]?\s*(?:{_MNEMONIC_WORDS})\s*[)）】\]]?\s*[:：]?", re.I)
_PLACEHOLDER = re.compile(
    r"^\s*(?:[?？]+|\.\.\.|…+|TODO|TBD|FIXME|待补充|待完善|未完待续|略)\s*$", re.I
)


_EXAMPLE_LEAD = re.compile(
    r"^\s*(?:e\.\s?g\.|eg\.|for\s+example|for\s+instance|say\s+for\s+example|"
    r"as\s+an\s+example|例如|比如|举例|舉例|例[:：])",
    re.IGNORECASE,
)


# `- P.80`, `第80页`, `pp. 12-14`: where the textbook says it, a note to the author alone.
_PAGE_REFERENCE = re.compile(
    r"^\s*[(（]?\s*(?:pp?\.\s?\d+(?:\s*[-–~]\s*\d+)?|pages?\s+\d+(?:\s*[-–]\s*\d+)?"
    r"|第\s*\d+\s*[页頁])\s*[)）]?\s*$",
    re.IGNORECASE,
)
# `- [x] TCP ✅ 2025-07-27`: a task list tracks the author's work (Obsidian, GitHub), it states
# nothing about the subject.
_TASK = re.compile(r"^\s*\[[ xX]\]\s")
_NOISE_START = re.compile(
    r"\s*(?:[?？.…(（【\[]|TODO|TBD|FIXME|待|未完|略|e\.|eg|for\s|say|as\s|"
    rf"例|比如|举例|舉例|{_MNEMONIC_WORDS}|pp?\.\s?\d|pages?\s+\d|第\s*\d+\s*[页頁])",
    re.IGNORECASE,
)


def noise_reason(text: str) -> str:
    """Why a line is noise that looks like content (``mnemonic``, ``placeholder``, ``worked
    example``, ``page reference``, ``to-do item``), or ''."""
    if _NOISE_START.match(text) is None:  # one cheap test for the common case
        return ""
    if _PLACEHOLDER.match(text):
        return "placeholder"
    if _EXAMPLE_LEAD.match(text):
        return "worked example"
    if _MNEMONIC.match(text):
        return "mnemonic"
    if _PAGE_REFERENCE.match(text):
        return "page reference"
    if _TASK.match(text):
        return "to-do item"
    return ""


def named_example(text: str, children: Sequence[Node]) -> str:
    """``E.g. Sum of squared errors:`` over its formula: an example that names a thing and
    gives its formula under it is that thing, defined (``Sum of squared errors``); '' for
    other examples (``E.g. two coins: one fair, one not``, ``E.g. $x = 1$``), which stay
    worked examples."""
    lead = _EXAMPLE_LEAD.match(text)
    if lead is None:
        return ""
    name = text[lead.end() :].strip().rstrip(":：").strip()
    first = next((child for child in children if child.kind == "item"), None)
    if first is None or first.children or not is_math_only(first.text):
        return ""
    if not name or "$" in name or re.search(r"[:：,，;；=]", name) or is_clause(name):
        return ""
    return name if len(name.split()) <= _MAX_EXAMPLE_NAME_WORDS else ""


_MAX_EXAMPLE_NAME_WORDS = 5


# ----------------------------------------------------------------------------- math

_LEGEND = re.compile(
    r"^\$(?P<symbol>[^$=]{1,30}?)\s*(?:=\s*\$|\$\s*(?:=|:|：|is|means|denotes))\s*(?P<text>\S.*)$"
)


def legend(text: str) -> tuple[str, str]:
    """``$n(A)=$ the number of elements in A`` → (``$n(A)$``, ``the number of elements in A``):
    a symbol of a formula and what it stands for; ('', '') otherwise."""
    match = _LEGEND.match(text.strip()) if text.startswith("$") else None
    if not match:
        return "", ""
    return f"${match.group('symbol').strip()}$", match.group("text").strip()


def is_math_only(text: str) -> bool:
    """A line that is nothing but math (a formula on its own)."""
    stripped = text.strip()
    return bool(stripped) and mask_math(stripped, "\0").strip("\0 .,;:：，。") == ""
