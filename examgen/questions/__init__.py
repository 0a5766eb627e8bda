"""Exam questions from facts: the blueprint, the distractors, the versions.

A fact offers *forms* of questions: a definition can be asked term → definition, definition →
term, as a true/false claim or as a blank; a list can be asked "which belongs", "which does NOT
belong", "select all that apply", enumerated, or matched to its glosses; a sequence can be put in
order or have a step blanked. Whether a form is possible is decided from the notes alone (enough
distractor candidates, texts of a sensible length), never from the random draw, so
:func:`explain_unusable` and :func:`make_exam` agree.

Distractors come from the same slot as the right answer (terms for a term, definitions for a
definition, members of other lists for a member), nearest first (same list, same section, same
chapter, whole notes), preferring the same script and a similar length. Candidates that equal the
answer after normalizing, or that are also true for the subject, are dropped.

Randomness: every draw comes from a private :class:`random.Random` seeded from the exam seed, over
candidates sorted by stable keys (document position, item index), so the same facts and seed give
the same papers on any machine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names as type checkers and readers see them; loaded on first use
    from examgen.questions.check import explain_rejected, explain_unusable
    from examgen.questions.paper import make_exam, pick_seed
    from examgen.questions.text import normalize
    from examgen.questions.wording import LETTERS

__all__ = ["LETTERS", "explain_rejected", "explain_unusable", "make_exam", "normalize", "pick_seed"]

# Each public name and the module it lives in. They are loaded when first asked for, not
# when the package is: the deck imports a few helpers from modules of this package
# (``questions.vocabulary``, ``questions.defects``), and importing the package must not
# load the checks and the paper's draw with them (half a second of a deck's cold start).
_PUBLIC = {
    "LETTERS": "examgen.questions.wording",
    "explain_rejected": "examgen.questions.check",
    "explain_unusable": "examgen.questions.check",
    "make_exam": "examgen.questions.paper",
    "normalize": "examgen.questions.text",
    "pick_seed": "examgen.questions.paper",
}


def __getattr__(name: str) -> object:
    """A public name of the package, imported from its module on first use (PEP 562)."""
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # asked once: later lookups find it here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
