"""Enumerations: a run of names in one line (``A、B和C``, ``A, B and C``) read as the
members it names (moved out of :mod:`examgen.notes.clauses`)."""

from __future__ import annotations

import re

from examgen.notes.clauses import _WIDE, is_clause

_ENUM_END = "；;。.，,等 "
_ENUM_CLAUSE = re.compile(r"[，,。；;：:]")


def enumeration(text: str) -> list[str]:
    """``B+树索引、hash索引、全文索引；`` → its members; [] when the text is not just a run
    of short names joined by ``、`` (brackets may hold commas of their own)."""
    if "、" not in text:
        return []
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text.strip().rstrip(_ENUM_END):
        if char in "(（【[":
            depth += 1
        elif char in ")）】]":
            depth = max(0, depth - 1)
        if char == "、" and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        if depth == 0 and _ENUM_CLAUSE.match(char):
            return []
        current += char
    parts.append(current.strip())
    if len(parts) < 2 or not all(parts):
        return []
    if any(len(part) > 20 for part in parts) or verb_led(parts[0]):
        return []
    return [*parts[:-1], *_last_joined(parts[-1])]


# `A、B和C`: the run's last two names joined by a word, not by `、`.
_LAST_JOINER = re.compile(r"以及|和|与|與")


def _last_joined(last: str) -> list[str]:
    """``庫函數文件和用戶文件`` → both names; the text alone when the joiner is inside a
    word (``调和平均``: a half of one character) or joins modifiers of one head noun
    (``灵活和适宜分布式处理的环境``: a ``的`` after it)."""
    found = list(_LAST_JOINER.finditer(last))
    if len(found) != 1:
        return [last]
    first, second = last[: found[0].start()].strip(), last[found[0].end() :].strip()
    if len(first) < 2 or len(second) < 2 or "的" in second:
        return [last]
    return [first, second]


def verb_led(part: str) -> bool:
    """Whether the first name of a run starts with a verb (`提供存储`, but not `指纹`)."""
    match = _VERB_LEAD.match(part)
    return match is not None and (match.end() > 1 or len(part) >= 5)


# `必须履行审查、退稿和存档的义务`, `指A、B等构成的因素`: a verb before the first name
# governs the whole run; the names are inside one statement, not members of their own.
_VERB_LEAD = re.compile(
    r"^(?:是|指|为|必须|需要|要|提供|使|使得|用于|可以|能够|能|会|将|对|在|由|通过|包括|包含)"
)


_EN_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def comma_members(text: str) -> list[str]:
    """``SGD, mini batches, momentum, AdaGrad`` → its names; [] unless the text is three or
    more short English names joined by commas (and a last ``and``/``or``)."""
    if "," not in text or _WIDE.search(text) or "$" in text:
        return []
    stripped = text.strip().rstrip(".;")
    if re.search(r"[.;:!?()\[\]]", stripped):
        return []
    # `and`/`or` joins the last name only (`A, B and C`): `A and B, not C` is a sentence.
    *firsts, _last = stripped.split(",")
    if any(_JOINER.search(part) for part in firsts):
        return []
    parts = [part.strip() for part in _EN_LIST_SPLIT.split(stripped) if part.strip()]
    if len(parts) < 3 or any(
        len(part.split()) > 3 or is_clause(part) or _NEGATION.match(part) for part in parts
    ):
        return []
    return parts


_JOINER = re.compile(r"\s(?:and|or)\s", re.IGNORECASE)
_NEGATION = re.compile(r"^(?:not|no|never|without)\b", re.IGNORECASE)
