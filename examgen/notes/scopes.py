"""Scopes: items that set the scope of what is under or after them — a time in a
development (``早期：``, ``未来：``), a loop over the steps under it (``For $i$ from 1 to
$T$``), a condition narrowing its owner (``For discrete distributions:``) — never things of
their own, so never subjects.
"""

from __future__ import annotations

import re

from examgen.notes.clauses import is_clause
from examgen.notes.shapes import script_variants

# ----------------------------------------------------------------------------- stages

# `早期：…`, `现在：…`, `未来：…`: times of a development, never things of their own.
_STAGES = frozenset(
    script_variants(
        (
            *("早期", "初期", "中期", "后期", "晚期", "末期", "近期"),
            *(
                "过去",
                "以前",
                "最初",
                "起初",
                "后来",
                "最后",
                "现在",
                "如今",
                "目前",
                "未来",
                "将来",
            ),
        )
    )
)


def is_stage(term: str) -> bool:
    """Whether a label names a time in a development (``早期``, ``未来``), not a term."""
    return term.strip(" :：") in _STAGES


# ----------------------------------------------------------------------------- loop headers

# `For $i$ from 1 to $T$`, `for each node in the tree`, `while not converged`, `repeat until
# …`, `对每个样本`: a step that repeats the steps under it, never a subject.
_LOOP_HEADER = re.compile(
    r"^(?:for\s+(?:each|every|all|\$[^$]+\$|[A-Za-z]\w{0,2})\s+(?:from|in|=|:=|←|\\in)\s*\S"
    r"|for\s+each\s+\S|for\s+every\s+\S|while\s+\S|repeat\b|until\s+\S|loop\b"
    r"|对(?:于)?每[一个個]?|重复|重複|循环|循環)",
    re.IGNORECASE,
)


def is_loop_header(text: str) -> bool:
    """Whether an item is a loop header (``For $i$ from 1 to $T$``) over the steps under it."""
    return _LOOP_HEADER.match(text.strip()) is not None


# `For discrete distributions:`, `In GLM:`, `Under the null:`: a label that states a condition
# on what is above it, not a thing of its own (`For example` is a worked example instead).
_CONDITION_LABEL = re.compile(
    r"^(?:for|in|under|with|without|during|when|on)\s+(?!(?:example|instance|more|details)\b)\S",
    re.IGNORECASE,
)


def is_condition_label(text: str) -> bool:
    """Whether a label only narrows its owner (``For discrete distribution``)."""
    stripped = text.strip()
    return (
        _CONDITION_LABEL.match(stripped) is not None
        and len(stripped.split()) <= 6
        and not is_clause(stripped)
    )
