"""Notation sentences: how a thing is written or read.

``Gradient denoted as $\\nabla L$`` and ``The mean is denoted by $\\mu$`` define the thing by
its symbol; ``The bar in $\\bar{A}$ is read "not"`` defines it by how it is read. ``The file
is read by the kernel`` and ``The log is written to disk`` say what is done to a thing, not
how it is written: no fact.
"""

from __future__ import annotations

import re

from examgen.notes.clauses import is_clause
from examgen.notes.sentences import keywords, may_say
from examgen.notes.terms import is_term

_NOTATION = re.compile(
    r"^(?:the\s+)?(?P<term>[A-Za-z$][^,;:]{0,50}?)\s+(?:(?:is|are)\s+)?"
    r"(?:(?:usually|often|commonly|also)\s+)?"
    r"(?:(?P<denoted>denoted|written|represented|symbolised|symbolized)\s+(?:as|by)"
    r"|(?P<read>read|pronounced)(?:\s+as)?(?!\s+(?:by|from|into|in|on|at|to|with|only|once|"
    r"twice|and|or|aloud|back|out|more|less)\b))\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# What every match of ``_NOTATION`` holds, lowered (its keywords).
_NOTATION_WORDS = keywords(("denoted", "written", "represented", "symboli", "read", "pronounced"))
_NOT_A_NAME = frozenset(("it", "this", "that", "they", "these", "those", "which", "each", "one"))


def notation(sentence: str) -> tuple[str, str]:
    """``Gradient denoted as $\\nabla L$`` → (``Gradient``, ``$\\nabla L$``); ``The bar is
    read not`` → (``bar``, ``read not``); ('', '') for other sentences."""
    if not may_say(sentence, _NOTATION_WORDS):
        return "", ""
    match = _NOTATION.match(sentence.strip())
    if not match:
        return "", ""
    term = match["term"].strip()
    rest = match["rest"].strip().rstrip(". ")
    if not rest or term.casefold() in _NOT_A_NAME or not is_term(term) or is_clause(term):
        return "", ""
    if match["read"]:
        return term, f"read {rest}"
    return term, rest
