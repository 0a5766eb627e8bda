"""The registry of forms: one function per fact kind giving the forms the fact offers."""

from __future__ import annotations

from types import MappingProxyType

from examgen.model import Fact
from examgen.questions.definitions import pair_forms
from examgen.questions.form import Offers
from examgen.questions.index import Notes
from examgen.questions.lists import list_forms
from examgen.questions.sequences import sequence_forms


def offers(notes: Notes, fact: Fact) -> Offers:
    if fact.kind == "definition":
        pair = next(iter(notes.pairs_of.get(fact.id, ())), None)
        if pair is None:
            return Offers(MappingProxyType({}), MappingProxyType({"*": "empty definition"}))
        forms, reasons = pair_forms(notes, pair)
    elif fact.kind == "list":
        forms, reasons = list_forms(notes, fact)
    elif fact.kind == "sequence":
        forms, reasons = sequence_forms(notes, fact)
    else:
        return Offers(MappingProxyType({}), MappingProxyType({"*": f"unknown kind {fact.kind!r}"}))
    # A reason stands only for a type the fact gives no form of at all.
    reasons = {t: r for t, r in reasons.items() if t not in forms}
    return Offers(
        MappingProxyType({t: tuple(f) for t, f in forms.items()}), MappingProxyType(reasons)
    )
