"""Whether a text the notes give for a term defines it, or only names it again.

A clue must tell what its term is without saying the term: "SSL会话，一个客户端与服务器…"
for "SSL Session" says the answer in another script; "TCP Congestion Control" for
"TCP拥堵控制" is a translation, "Bridge Protocol Data Units" for "BPDUs" the acronym spelled
out; "如增加噪音等" for "限制带宽" is an example that fits many answers; "很多种" defines
nothing. Such a pair is no definition question, no matching pair and no wrong option.
"""

from __future__ import annotations

import functools
import re

from examgen.acronyms import LATIN_WORD, spells
from examgen.questions.text import script_of

#: A clue that opens like an example: it shows a case of the term, not what it is.
_EXAMPLE = re.compile(
    r"^[\s(（]*(如|例如|比如|譬如|诸如|假设|假如|e\.?\s?g\.?|such as|for example|for instance"
    r"|suppose|consider|imagine)(?![a-z])",
    re.IGNORECASE,
)
#: A clue that gives another name ("aka. Manhattan distance", "又称…").
_ALIAS = re.compile(
    r"^\s*(aka\b|a\.k\.a\.|also known as|also called|又称|又叫|也叫|也称|简称)", re.I
)
#: A clue that says what a term is good for or how it usually is ("有利于快速交付和排查",
#: "can happen at any age, but usually between 10-20 years old"): a benefit or a property,
#: true of many things, that does not tell which one it is. ("可以访问对象的实体" defines:
#: "可以", "一般" open definitions too, and are not read as a benefit.)
_BENEFIT = re.compile(
    r"^\s*(有利于|有助于|利于|便于"
    r"|(usually|typically|often|can|may|helps?|allows?|enables?)(?![a-z]))",
    re.IGNORECASE,
)
#: A clue that opens with a connective goes on from a sentence before it ("則在推導…").
_FRAGMENT = re.compile(r"^\s*(則|则|因此|所以|因為|因为|而且|但是|並且|并且|而)")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
#: Clause marks: a text holding one says something, it does not only name.
_CLAUSE = re.compile(r"[，,。；;：:]")
#: A translation of a Latin term is at most this many CJK characters, without a clause.
MAX_TRANSLATION_HAN = 6
#: A translation of a CJK term is at most this many Latin words, without a clause.
MAX_TRANSLATION_WORDS = 4
#: A CJK text of no more characters than this (and nothing else) defines nothing ("很多种").
MAX_EMPTY_HAN = 3
#: A Latin clue of fewer words than this ("important!") says nothing of its own.
MIN_LATIN_WORDS = 2
#: An all-lowercase word this short may be an acronym written small ("rem").
MAX_SMALL_ACRONYM = 4
#: An acronym has at least this many capitals ("MAC", "BPDU"; two are too often a chance).
MIN_ACRONYM = 3


def _acronym(text: str) -> str:
    """The capitals of a one-word name that is an acronym ("BPDUs" -> "BPDU", "PAgP" ->
    "PAP"), or ""."""
    words = LATIN_WORD.findall(text)
    if len(words) != 1 or _HAN.search(text):
        return ""
    word = words[0]
    # "rem" written small is still REM: a short all-lowercase word is read in capitals.
    if word.isalpha() and word.islower() and len(word) <= MAX_SMALL_ACRONYM:
        word = word.upper()
    capitals = "".join(c for c in word if c.isupper())
    return capitals if len(capitals) >= MIN_ACRONYM and word[0].isupper() else ""


def _spells(acronym: str, text: str) -> bool:
    """Whether ``text`` spells out ``acronym`` (see :func:`examgen.acronyms.spells`); an
    acronym of two letters is too often a chance."""
    return len(acronym) >= MIN_ACRONYM and spells(acronym, text)


def _names_only(text: str) -> bool:
    """Whether ``text`` is a short name, no statement: few words, no clause."""
    if _CLAUSE.search(text):
        return False
    if script_of(text) == "han":
        return len(_HAN.findall(text)) <= MAX_TRANSLATION_HAN and not LATIN_WORD.search(text)
    return len(LATIN_WORD.findall(text)) <= MAX_TRANSLATION_WORDS


#: The most words a name has on either side of "=" in a chain of names.
MAX_SYNONYM_WORDS = 3


def _synonyms(clue: str) -> bool:
    """Whether ``clue`` is names set equal ("Fitting = Parameter estimation", the rest of
    "Training = Fitting = Parameter estimation"): other names, no definition. Math and numbers
    ("b = (X^TX)^{-1}X^Ty", "默认值 = 1") are not names."""
    parts = clue.split("=")
    if len(parts) < 2 or "$" in clue or re.search(r"[\d+*/^()\\-]", clue):
        return False
    return all(1 <= len(LATIN_WORD.findall(p)) <= MAX_SYNONYM_WORDS for p in parts) and not any(
        _HAN.search(p) for p in parts
    )


@functools.lru_cache(maxsize=1 << 14)
def clue_problem(term: str, clue: str) -> str | None:
    """Why ``clue`` does not define ``term`` (an example, a translation, an alias, the
    acronym spelled out, too little to say anything), or None when it may."""
    if _EXAMPLE.match(clue):
        return f"“{clue}” gives an example, not what “{term}” is"
    if _ALIAS.match(clue) or _synonyms(clue):
        return f"“{clue}” gives another name, not what “{term}” is"
    if _BENEFIT.match(clue):
        return f"“{clue}” says what “{term}” is good for or how it usually is, not what it is"
    if _FRAGMENT.match(clue):
        return f"“{clue}” goes on from the sentence before it: a fragment, not a definition"
    han = _HAN.findall(clue)
    if han and len(han) <= MAX_EMPTY_HAN and not LATIN_WORD.search(clue):
        return f"“{clue}” is too little to say what “{term}” is"
    if not han and "$" not in clue and len(LATIN_WORD.findall(clue)) < MIN_LATIN_WORDS:
        return f"“{clue}” is too little to say what “{term}” is"
    scripts = {script_of(term), script_of(clue)}
    if scripts == {"han", "latin"} and _names_only(clue):
        return f"“{clue}” translates “{term}” (or names it again), it does not define it"
    for acronym, other in ((_acronym(term), clue), (_acronym(clue), term)):
        if acronym and _spells(acronym, other):
            return f"“{clue}” spells out the acronym “{acronym}”: an alias, not a definition"
    return None


#: A Chinese name with its English name in brackets after it: "隔离性(Isolation)".
_GLOSSED_NAME = re.compile(
    r"^(?P<name>[^(（]*[\u4e00-\u9fff][^(（]*?)\s*[(（][^()（）\u4e00-\u9fff]+[)）]$"
)


def across_scripts(term: str, clue: str) -> bool:
    """Whether ``clue`` is written in another script than (part of) ``term``: a Chinese clue
    for a Latin term or for a Latin word of a mixed one ("…开发运维一体化" for "DevOps作业能力",
    "传输模式…" for "Transport Model"), or a Latin clue for a Chinese term. Such a clue may
    name the term in its own script, which no dictionary shipped here can tell; the term is
    then asked only from its side (the term in the stem, descriptions as options)."""
    if not _HAN.search(clue):
        return bool(_HAN.search(term)) and bool(LATIN_WORD.search(clue))
    clue_words = {w.casefold() for w in LATIN_WORD.findall(clue)}
    # "原子性(Atomicity)": a Chinese name glossed by its English one in brackets is asked by
    # its Chinese name, which the same-script cue rules check against the clue; the bracket
    # translates the name, the clue need not.
    return any(w.casefold() not in clue_words for w in LATIN_WORD.findall(own_name(term)))


def own_name(term: str) -> str:
    """A Chinese name without the English name bracketed after it ("隔离性" of
    "隔离性(Isolation)"); any other term as it is."""
    own = _GLOSSED_NAME.match(term)
    return own["name"] if own else term
