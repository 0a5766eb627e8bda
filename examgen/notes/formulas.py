"""Formulas that state something: an equation or an assignment is a statement, not a name.

``$\\theta^{(i+1)} \\leftarrow \\theta^{(i)}$ (copy param values)`` is a step of an algorithm
and ``$\\phi_i(x) = ||x - z_i||$`` a formula with notes under it: neither is a term a card can
ask for. A symbol (``$n(A)$``, ``$\\phi$``) or a map's signature (``Map $f: A \\to B$``) is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.mathtext import math_spans
from examgen.notes.shapes import is_math_only
from examgen.notes.terms import says_order
from examgen.notes.tree import Node

# Relations between two sides; `\to`, `\mapsto` (a map's signature) and `:` are not.
_RELATION = re.compile(
    r"(?<![<>!=])=(?!=)|\\(?:equiv|leftarrow|gets|approx|sim|simeq|neq|ne|le|leq|ge|geq|lt|gt"
    r"|propto)(?![a-zA-Z])|(?<!\\)(?<!\\left)(?<!\\right)[<>]",
)


def states_relation(subject: str) -> bool:
    """Whether a subject holds math that relates two sides (``$a = b$``, ``$x \\leftarrow
    y$``, ``$z_i \\equiv x_i$``)."""
    if "$" not in subject and "\\" not in subject:
        return False  # no math delimiter: no math (most subjects)
    return any(_RELATION.search(subject[start:end]) for start, end in math_spans(subject))


_CONNECTIVE = re.compile(r"(?:\\text\{\s*)?(?:and|or|,|;)(?:\s*\})?", re.IGNORECASE)
# `… when they meet the below conditions:`, `… satisfies the following properties:`.
_ANNOUNCED = re.compile(
    r"\b(?:the\s+)?(?:following|below|these)\s+(?P<noun>[a-z]+s)\s*[:：]?\s*$"
    r"|\b(?:the\s+)?(?P<after>[a-z]+s)\s+below\s*[:：]?\s*$",
    re.IGNORECASE,
)


def formula_lines(text: str) -> list[str]:
    """``$$ a = b \\\\ c = d \\\\ and \\\\ e = f $$`` → ``["$a = b$", "$c = d$", "$e = f$"]``:
    display math of two or more relations, one per line (a connective line such as ``and``
    joins them); [] for any other text."""
    stripped = text.strip()
    if len(stripped) < 5 or not (stripped.startswith("$$") and stripped.endswith("$$")):
        return []
    body = stripped[2:-2]
    if "\\begin" in body or "$" in body:
        return []
    lines = [part.strip() for part in body.split("\\\\")]
    lines = [line for line in lines if line and not _CONNECTIVE.fullmatch(line)]
    if len(lines) < 2 or not all(_RELATION.search(line) for line in lines):
        return []
    return [f"${line}$" for line in lines]


def announced_noun(label: str) -> str:
    """``The events are independent when they meet the below conditions:`` → ``conditions``:
    what a label says the lines after it are; '' when it does not say."""
    match = _ANNOUNCED.search(label.strip())
    return (match.group("noun") or match.group("after")) if match else ""


def formula_first(child_items: Sequence[Node], subject: str) -> bool:
    """Bullets led by a formula on its own, and not all formulas (a list of formulas is a
    list; under an order word, steps)."""
    return (
        len(child_items) >= 2
        and not child_items[0].children
        and is_math_only(child_items[0].text)
        and not all(is_math_only(child.text) for child in child_items)
        and not says_order(subject)
    )


def formula_only(child_items: Sequence[Node]) -> bool:
    """One bullet under an item, and it is nothing but a formula."""
    return (
        len(child_items) == 1 and not child_items[0].children and is_math_only(child_items[0].text)
    )
