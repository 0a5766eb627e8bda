"""Premises: items that set up what follows instead of naming a thing.

``Assume Gaussian noise (independent of X):`` over a formula states what is assumed: the
assumed thing (``Gaussian noise``) is what the formula defines, and the bracket is a condition
on it, part of what is said. ``Suppose $\\theta = [\\theta_1, …]$`` over numbered steps names
nothing: the steps belong to what the section is about.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from examgen.notes.clauses import is_clause
from examgen.notes.shapes import is_math_only

_PREMISE = re.compile(
    r"^(?:assume|assuming|consider|suppose|let|given)\s+(?:that\s+)?(?:(?:a|an|the)\s+)?"
    r"(?P<what>\S.*?)\s*[:：]?$",
    re.IGNORECASE,
)
# `(independent of X)`: a condition in words; `(RBF)`, `(aka. …)`, `(e.g. …)` name or show.
_CONDITION = re.compile(r"\s*\((?P<condition>[a-z][^()]*\s[^()]*)\)$")
_NOT_A_CONDITION = re.compile(r"^(?:aka|a\.k\.a|also|i\.e|e\.g|eg|ie|see|or)\b", re.IGNORECASE)


class Premise(NamedTuple):
    """What a premise item sets up: the thing assumed ('' when it is only a formula) and the
    condition written in brackets after it."""

    what: str
    condition: str


def premise(text: str) -> Premise | None:
    """``Assume Gaussian noise (independent of X):`` → ``Premise("Gaussian noise",
    "independent of X")``; ``Suppose $x > 0$`` → ``Premise("", "")``; None when the text
    does not open with an assumption or is a clause (``Assume the link fails``)."""
    match = _PREMISE.match(text.strip())
    if not match:
        return None
    what = match.group("what").strip()
    if is_math_only(what):
        return Premise("", "")
    condition = ""
    bracket = _CONDITION.search(what)
    if bracket and not _NOT_A_CONDITION.match(bracket.group("condition")):
        condition = bracket.group("condition").strip()
        what = what[: bracket.start()].strip()
    if "$" in what or is_clause(what) or len(what.split()) > 8:
        return None
    return Premise(what, condition)
