"""The deck's survey stays linear where many facts share a name: it tells facts apart by
identity, never by comparing them field by field (a Fact's ``==`` reads every field)."""

from __future__ import annotations

import pytest

from examgen.card_survey import survey
from examgen.model import Fact, Item

SOURCE = "sources/net.md"


def _shared_member_notes(lists: int) -> list[Fact]:
    """``lists`` lists of one notes file that all have the member ``STP``, and the
    definition of ``STP`` under the last of them."""
    facts = [
        Fact(
            id=f"list-{n}",
            kind="list",
            subject=f"Protocols {n}",
            items=(Item("STP"), Item(f"Other {n}"), Item("STP")),
            section=("Net", f"Chapter {n}"),
            source=SOURCE,
            line=10 * n + 1,
        )
        for n in range(lists)
    ]
    facts.append(
        Fact(
            id="stp",
            kind="definition",
            subject="STP",
            text="Spanning Tree Protocol, which keeps a switched network free of loops",
            section=("Net", f"Chapter {lists - 1}"),
            source=SOURCE,
            line=10 * lists + 1,
        )
    )
    return facts


def test_a_member_many_lists_share_is_surveyed_without_comparing_their_facts(monkeypatch):
    facts = _shared_member_notes(40)
    compared = []

    def counting_eq(self, other):
        compared.append((self.id, getattr(other, "id", None)))
        return self is other

    monkeypatch.setattr(Fact, "__eq__", counting_eq)
    plan = survey(facts)
    monkeypatch.undo()
    assert compared == []
    # Its definition is owned by the list that stands nearest it (same chapter).
    assert plan.parents["stp"] == "Protocols 39"


@pytest.mark.parametrize("lists", [1, 3])
def test_a_list_naming_a_member_twice_owns_it_once(lists):
    from examgen.card_survey import _member_lists

    found = _member_lists(_shared_member_notes(lists))
    assert [f.id for f in found[(SOURCE, "stp")]] == [f"list-{n}" for n in range(lists)]
