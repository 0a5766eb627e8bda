"""What the deck does not do twice or at all: the survey tells facts apart by identity,
never by comparing them field by field (a Fact's ``==`` reads every field); a term's forms
are worked out once; a source line whose file name holds no answer is not searched for
each one. The output of each is the same (``test_deck_golden.py``); these say the work."""

from __future__ import annotations

import pytest

from examgen import card_html
from examgen.card_giveaways import term_forms
from examgen.card_html import unnamed_source
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

    found, parents = _member_lists(_shared_member_notes(lists))
    assert [f.id for f in found[(SOURCE, "stp")]] == [f"list-{n}" for n in range(lists)]
    assert parents["stp"] == ("Protocols 0", "")


def test_a_terms_forms_are_worked_out_once_for_all_the_rules_that_hide_them():
    assert term_forms("Backup Port") == ("Backup Port", "BP")
    assert term_forms("Backup Port") is term_forms("Backup Port")


def _blank_nothing(text, forms, blank):
    raise AssertionError(f"looked for {forms} in {text!r}")


def test_a_file_name_holding_no_answer_is_kept_without_looking_for_each(monkeypatch):
    members = tuple(Item(f"Port role {n}") for n in range(30))
    fact = Fact(id="roles", kind="list", subject="Port roles", items=members, section=("STP",))
    monkeypatch.setattr(card_html, "hide", _blank_nothing)
    assert unnamed_source("sources/L2-and-Switching.md:7", fact, "___") == (
        "sources/L2-and-Switching.md:7"
    )


def test_a_file_name_holding_an_answer_still_has_it_blanked():
    fact = Fact(
        id="sw",
        kind="list",
        subject="Layers",
        items=(Item("Switching"), Item("L3")),
        section=("Networks",),
    )
    assert unnamed_source("notes/L2-and-Switching.md:7", fact, "___") == "notes/L2 and ___.md:7"


def test_a_notes_files_name_is_read_once_for_all_its_source_lines():
    fact = Fact(id="d", kind="definition", subject="Root port", text="the port nearest the root")
    read = card_html._file_stem.cache_info().misses
    lines = [unnamed_source(f"sources/Root-Bridge.md:{n}", fact, "___") for n in range(1, 60)]
    assert lines == [f"sources/Root-Bridge.md:{n}" for n in range(1, 60)]
    assert card_html._file_stem.cache_info().misses == read + 1


def test_a_list_whose_members_hold_no_ordinal_is_no_series_without_counting(monkeypatch):
    from examgen import card_budget

    def no_counting(*args):
        raise AssertionError("counted the frames of members that hold no ordinal")

    monkeypatch.setattr(card_budget, "Counter", no_counting)
    assert card_budget.ordinal_series(["Root port", "Designated port", "Blocked port"]) == [
        False,
        False,
        False,
    ]
    monkeypatch.undo()
    assert card_budget.ordinal_series(["Stage 1", "Stage 2", "Root"]) == [True, True, False]


def test_a_text_cleaned_again_is_handed_back_from_the_memo():
    from examgen.cardtext import clean

    hits = clean.cache_info().hits
    assert clean("**Root** port") == clean("**Root** port") == "Root port"
    assert clean(None) == clean("") == ""
    assert clean.cache_info().hits >= hits + 1
