"""What the deck no longer works out per member or per rule (d102). The notes and cards are
the same (``test_deck_golden.py``); these say the work left out, and that the answer is
still the one it was."""

from __future__ import annotations

from examgen import card_hiders
from examgen.cards import fact_notes, survey
from examgen.model import Fact, Item


class _Unused:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, *args, **kwargs):
        raise AssertionError(f"used {self.name} where it was not needed")


def _list(subject: str, *members: str) -> Fact:
    return Fact(
        id="docker",
        kind="list",
        subject=subject,
        items=tuple(Item(m) for m in members),
        section=("Net", "Chapter"),
        source="sources/net.md",
        line=3,
        lang="en",
    )


def _notes(fact: Fact):
    return fact_notes(
        fact, survey([fact]), reverse=False, images="", context="Net", source="sources/net.md:3"
    )


_SENTENCES = (
    "Containers start in a few seconds here",
    "Images are shared by many running hosts",
    "Every layer is cached on the local disk",
)


def test_a_list_asking_no_member_gets_its_cards_without_reading_what_gives_members_away(
    monkeypatch,
):
    fact = _list("Docker advantages", *_SENTENCES)
    expected = _notes(fact)
    monkeypatch.setattr(card_hiders, "list_hidden_parts", _Unused("a member's telling parts"))
    monkeypatch.setattr(card_hiders, "translated_names", _Unused("a member's other names"))
    made = _notes(fact)
    assert made == expected
    assert [note.kind for note in made.notes] == ["list"]
    assert "Every layer is cached on the local disk" in made.notes[0].fields[1]


def test_the_hiders_of_a_list_asking_no_member_are_those_the_long_way_made():
    items = tuple(Item(m) for m in _SENTENCES)
    asks, stored, shown = [False] * 3, [0, 0, 0], ("Docker advantages", "Net")
    hider, (cloze, numbers), hidden = card_hiders.list_hiders(
        items, stored, asks, shown, survey([]), "sources/net.md"
    )
    translated = card_hiders.translated_names(survey([]), "sources/net.md", items)
    parts = card_hiders.list_hidden_parts(items, shown)
    long_hider, long_numbers = card_hiders.member_hider(
        items, stored, asks, shown, translated, parts
    )
    assert hider.needles == long_hider.needles == () and cloze is hider
    assert numbers == long_numbers == {}
    # Its hidden parts are read by its group cards only, and a list asking none has none.
    assert hidden == {}

