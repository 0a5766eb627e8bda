"""Formulas that state something: an equation or an assignment is a statement, not a name.

``$\\theta^{(i+1)} \\leftarrow \\theta^{(i)}$ (copy param values)`` is a step of an algorithm
and ``$\\phi_i(x) = ||x - z_i||$`` a formula with notes under it: neither is a term a card can
ask for. A symbol (``$n(A)$``, ``$\\phi$``) or a map's signature (``Map $f: A \\to B$``) is.
"""

from __future__ import annotations

import re

from examgen.mathtext import math_spans

# Relations between two sides; `\to`, `\mapsto` (a map's signature) and `:` are not.
_RELATION = re.compile(
    r"(?<![<>!=])=(?!=)|\\(?:equiv|leftarrow|gets|approx|sim|simeq|neq|ne|le|leq|ge|geq|lt|gt"
    r"|propto)(?![a-zA-Z])|(?<!\\)(?<!\\left)(?<!\\right)[<>]",
)


def states_relation(subject: str) -> bool:
    """Whether a subject holds math that relates two sides (``$a = b$``, ``$x \\leftarrow
    y$``, ``$z_i \\equiv x_i$``)."""
    return any(_RELATION.search(subject[start:end]) for start, end in math_spans(subject))
