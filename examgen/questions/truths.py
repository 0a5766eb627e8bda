"""What the notes state of a term beyond its definition: a wrong option that they say is true
of the term (a trait of every index for "普通索引", a line "Redo log实现事务持久性") is a second
defensible answer, so it is no wrong option."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from examgen.model import Fact
from examgen.questions.categories import name_head
from examgen.questions.text import normalize, script_of, similarity
from examgen.stems import latin_stems

if TYPE_CHECKING:  # the index imports this module's neighbours
    from examgen.questions.index import Notes

#: Shortest topic (normalized characters) read as covering a term: "索引" in "普通索引".
MIN_TOPIC = 2


def topic_of(subject: str) -> str:
    """The thing a list's name is about, its head word dropped: "索引缺点" -> "索引",
    "Docker的优点" -> "docker"; "" when the name has no head word."""
    head = normalize(name_head(subject))
    key = normalize(subject)
    if not head or not key.endswith(head):
        return ""
    return key.removesuffix(head).removesuffix("的")


def true_of(term: str, option: str, source: Fact) -> str | None:
    """Why ``option``, taken from ``source``, is also true of ``term``, or None: ``source`` is
    a list about a topic ``term`` is one of ("索引缺点" for "普通索引"), or a line of
    ``source`` states the option together with the term."""
    key, said = normalize(term), normalize(option)
    if not key or not said:
        return None
    # A list the term is a member of holds its siblings (their glosses are the best wrong
    # options), not its traits.
    member = any(normalize(item.text) == key for item in source.items)
    topic = topic_of(source.subject) if source.kind == "list" and not member else ""
    if len(topic) >= MIN_TOPIC and topic in key:
        return f"“{source.subject}” is said of every {topic}, “{term}” too"
    lines = (source.text, *(f"{i.text}{i.gloss or ''}" for i in source.items))
    for line in lines:
        text = normalize(line)
        if key in text and said in text and text != said:
            return f"the notes say “{line}” of “{term}”"
    return None


#: Two texts this alike (Dice of character pairs) say the same thing.
SAME_MEANING = 0.6
#: The fewest characters a Chinese text needs to be found by its words inside another.
MIN_WORDED = 4
#: The fewest English stems a text needs to be found by its words inside another.
MIN_STEMS = 2


def _words_zh(key: str) -> list[str]:
    """A normalized Chinese text cut in two-character words ("日志收集" -> 日志, 收集), the last
    word taken from the end when the length is odd."""
    words = [key[i : i + 2] for i in range(0, len(key) - 1, 2)]
    return [*words, key[-2:]] if len(key) % 2 else words


def restates(option: str, text: str) -> bool:
    """Whether ``option`` says what ``text`` (a fact of the term asked) says: the two are
    alike, ``text`` holds the whole option, or the option holds every word of a short
    ``text`` ("本机日志收集和转发" says the member "日志收集": 日志 and 收集)."""
    said, key = normalize(option), normalize(text)
    if not said or not key or said == key:
        return bool(said) and said == key
    if similarity(said, key) >= SAME_MEANING or (len(said) >= MIN_WORDED and said in key):
        return True
    if script_of(key) == "han":
        return len(key) >= MIN_WORDED and all(w in said for w in _words_zh(key))
    stems = latin_stems(text)
    return len(stems) >= MIN_STEMS and stems <= latin_stems(option)


def said_of_term(notes: Notes, term: str, option: str, own: str) -> str | None:
    """What else the notes state of ``term`` that ``option`` restates (see :func:`restates`),
    or None: every other definition of the term, and the members and glosses of the lists
    named by it ("kubelet" with "容器管理" under it). ``own`` is the definition asked (the
    key), left to the other rules. Keyed reads of the index only."""
    key = normalize(term)
    for definition in sorted(notes.definitions_of_term.get(key, ())):
        if definition != normalize(own) and restates(option, definition):
            return f"another definition of “{term}” says “{definition}”"
    for list_id in notes.lists_by_subject.get(key, ()):
        for pair in notes.pairs_of.get(list_id, ()):
            if restates(option, pair.definition.text):
                return f"“{term}” lists “{pair.term.text}: {pair.definition.text}”"
        for entry in notes.members_of.get(list_id, ()):
            if restates(option, entry.text):
                return f"“{term}” lists “{entry.text}”"
    return None


_LATIN_WORD = re.compile(r"[A-Za-z]{4,}")
#: Words that say nothing of what a definition is about.
_EMPTY_WORDS = frozenset(("that", "this", "with", "from", "into", "than", "when", "which", "their"))
#: A definition of more content words than this is too specific to fit another clue whole.
MAX_FITTING_WORDS = 3
#: Letters two English words share at their start to be the same word ("emotion", "emotional").
STEM = 5


def _content_words(text: str) -> list[str]:
    words = (w.casefold() for w in _LATIN_WORD.findall(text))
    return [w for w in words if w not in _EMPTY_WORDS]


def fits_clue(clue: str, definition: str) -> bool:
    """Whether a short English ``definition`` ("emotion") says nothing the ``clue`` of a fill-in
    ("emotional regulation") does not: every content word of it is a word of the clue (same
    start), so its term fits the blank as well."""
    words = _content_words(definition)
    if not words or len(words) > MAX_FITTING_WORDS:
        return False
    stems = {w[:STEM] for w in _content_words(clue)}
    return all(w[:STEM] in stems for w in words)


#: Words that say nothing of what a service or trait is ("提供…服务", "用于…").
_EMPTY_PHRASES = re.compile(r"提供|服务|用于|进行|可以|能够|实现|支持|主要|相关|的")
#: What joins the members of an enumeration inside one definition ("安全、保密和认证服务").
_COORDINATION = re.compile(r"[、和及]|以及|\band\b|\bor\b|,", re.IGNORECASE)
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")


def _enumerated(text: str) -> set[str]:
    """The members a definition enumerates, their empty words dropped ("提供安全、保密和认证
    服务（可选）" -> {"安全", "保密", "认证"}); empty when it enumerates nothing."""
    parts = _COORDINATION.split(_ASIDE.sub("", text))
    if len(parts) < 2:
        return set()
    keys = (normalize(_EMPTY_PHRASES.sub("", p)) for p in parts)
    return {k for k in keys if len(k) >= 2}


def shared_claim(own: str, other: str) -> str | None:
    """A member of what ``other`` (another term's definition) enumerates that ``own`` (the
    term's own definition) enumerates too, or None. A false "X means Y" with such a Y is
    partly true of X: AH's "提供IP包的数据完整性和认证服务" said of ESP, whose own is
    "提供安全、保密和认证服务"."""
    theirs = _enumerated(other)
    mine = _enumerated(own) or {normalize(_EMPTY_PHRASES.sub("", own))}
    return next(iter(sorted(theirs & mine)), None)
