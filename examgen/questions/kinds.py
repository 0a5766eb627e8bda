"""The registry of forms: one function per fact kind giving the forms the fact offers.

Adding a question form means a forms module (or a new function in one) and, for a new fact
kind or a new type of a kind, its entries in :data:`FORMS` and :data:`TYPES`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from examgen.model import Fact
from examgen.questions.definitions import pair_forms
from examgen.questions.form import Form, Offers
from examgen.questions.illustrations import illustration_reason
from examgen.questions.index import Notes
from examgen.questions.lists import list_forms
from examgen.questions.sequences import sequence_forms
from examgen.questions.tables import table_forms

FormsOf = Callable[[Notes, Fact], tuple[dict[str, list[Form]], dict[str, str]]]


def definition_forms(notes: Notes, fact: Fact) -> tuple[dict[str, list[Form]], dict[str, str]]:
    """The forms of a definition: those of its (term, definition) pair."""
    pair = next(iter(notes.pairs_of.get(fact.id, ())), None)
    if pair is None:
        return {}, {"*": "empty definition"}
    return pair_forms(notes, pair)


#: Fact kind -> the function giving a fact's forms and the reasons it gives none of a type.
FORMS: Mapping[str, FormsOf] = MappingProxyType(
    {
        "definition": definition_forms,
        "list": list_forms,
        "sequence": sequence_forms,
        "table": table_forms,
    }
)


#: Fact kind -> the question types its own forms may be of. The draw tries a fact only for
#: these types, so it makes no forms to find out that a kind never gives one; a form of
#: another type is never asked (``tests/test_incremental_draw.py`` checks the map against the
#: forms). Matching over a section's definitions is a group's form
#: (:func:`~examgen.questions.definitions.group_matching_forms`), not a definition's own.
TYPES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "definition": frozenset({"single_choice", "true_false", "fill_blank"}),
        "list": frozenset(
            {
                "single_choice",
                "multiple_choice",
                "true_false",
                "fill_blank",
                "short_answer",
                "matching",
            }
        ),
        "sequence": frozenset({"ordering", "fill_blank"}),
        "table": frozenset({"single_choice", "matching"}),
    }
)


def offers(notes: Notes, fact: Fact) -> Offers:
    """The forms ``fact`` offers per question type, and why it offers none of some type."""
    forms_of = FORMS.get(fact.kind)
    if reason := illustration_reason(fact):  # an anecdote in an example box
        return Offers(MappingProxyType({}), MappingProxyType({"*": reason}))
    if forms_of is None:
        return Offers(MappingProxyType({}), MappingProxyType({"*": f"unknown kind {fact.kind!r}"}))
    forms, reasons = forms_of(notes, fact)
    # A reason stands only for a type the fact gives no form of at all.
    reasons = {t: r for t, r in reasons.items() if t not in forms}
    return Offers(
        MappingProxyType({t: tuple(f) for t, f in forms.items()}), MappingProxyType(reasons)
    )
