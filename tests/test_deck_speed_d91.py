"""What the deck no longer does for every note or list (d91). The notes and cards are the
same (``test_deck_golden.py``); these say the work left out, and that the answer is still
the one it was."""

from __future__ import annotations

import hashlib

import genanki

from examgen import card_hiders, card_survey, deck
from examgen.cards import fact_notes, survey
from examgen.model import Fact, Item


class _Unused:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, *args, **kwargs):
        raise AssertionError(f"used {self.name} where it was worked out once already")


def test_a_note_guid_hashes_only_its_fact_and_kind_after_the_namespace_hashed_once(monkeypatch):
    monkeypatch.setattr(deck.hashlib, "sha256", _Unused("a new SHA-256 of the namespace"))
    guids = {deck.note_guid(f"fact-{n}", "list-cloze") for n in range(50)}
    monkeypatch.undo()
    assert guids == {genanki.guid_for("examgen", f"fact-{n}", "list-cloze") for n in range(50)}


def test_a_note_guid_is_genankis_for_numbers_with_leading_zero_digits_too():
    # Fact ids whose hash begins with small numbers: the top pairs of digits are zeros,
    # which genanki does not write.
    small = []
    for n in range(200_000):
        fact_id = f"f{n}"
        value = int.from_bytes(
            hashlib.sha256(f"examgen__{fact_id}__list".encode()).digest()[:8], "big"
        )
        if value < 91**8:
            small.append(fact_id)
        if len(small) == 20:
            break
    assert small
    for fact_id in [*small, "", "x" * 300, "概念"]:
        assert deck.note_guid(fact_id, "list") == genanki.guid_for("examgen", fact_id, "list")


def _list(n: int, items: tuple[Item, ...]) -> Fact:
    return Fact(
        id=f"list-{n}",
        kind="list",
        subject=f"Protocols {n}",
        items=items,
        section=("Net", f"Chapter {n}"),
        source="sources/net.md",
        line=n,
    )


def test_the_survey_keys_no_gloss_a_member_does_not_have(monkeypatch):
    keyed = []

    def gloss_key(text):
        keyed.append(text)
        return _gloss_key(text)

    _gloss_key = card_survey.gloss_key
    monkeypatch.setattr(card_survey, "gloss_key", gloss_key)
    facts = [_list(1, (Item("STP"), Item("RSTP", "rapid STP"))), _list(2, (Item("MSTP"),))]
    plan = card_survey.survey(facts)
    assert all(keyed)  # only texts there are
    assert plan.members["sources/net.md"]["rstp"] == "rapid STP"


def test_a_list_is_told_from_the_lists_already_holding_a_member_once_not_per_member(
    monkeypatch,
):
    told = []

    def counted_id(obj):
        told.append(obj)
        return id(obj)

    monkeypatch.setattr(card_survey, "id", counted_id, raising=False)
    facts = [
        _list(1, (Item("STP"), Item("RSTP"), Item("STP"))),
        _list(2, (Item("STP"), Item("MSTP"))),
    ]
    lists, parents = card_survey._member_lists([*facts, facts[0]])
    assert len(told) <= 3  # once per fact given, not once per member
    monkeypatch.undo()
    # A member the list names twice, and a list given twice, are listed once.
    assert lists[("sources/net.md", "stp")] == [facts[0], facts[1]]
    assert parents["stp"] == ("Protocols 1", "")


def _members_of(subject: str) -> Fact:
    return Fact(
        id="docker",
        kind="list",
        subject=subject,
        items=(Item("Image"), Item("Container"), Item("Registry")),
        section=("Net", "Chapter"),
        source="sources/net.md",
        line=3,
        lang="en",
    )


def _notes(fact: Fact):
    return fact_notes(
        fact, survey([fact]), reverse=False, images="", context="Net", source="sources/net.md:3"
    )


def test_a_list_explained_as_a_concept_makes_no_hider_for_answers_it_does_not_blank(
    monkeypatch,
):
    monkeypatch.setattr(card_hiders, "Hider", _Unused("a hider of the answers"))
    made = _notes(_members_of("Docker"))  # names no relation: "explain Docker"
    monkeypatch.undo()
    assert [note.kind for note in made.notes] == ["list"]
    assert "{{c" not in "".join(made.notes[0].fields)
    # A list naming its relation still hides its answers on its cloze note.
    asked = _notes(_members_of("Docker components"))
    assert [note.kind for note in asked.notes] == ["list", "list-cloze"]
    assert "{{c3::Registry}}" in asked.notes[1].fields[0]


def test_only_a_definitions_subject_is_judged_short_enough_for_a_reverse_card(
    monkeypatch, tmp_path
):
    from examgen.config import DeckConfig
    from examgen.notes import parse_paths
    from examgen.store import FactStore

    notes = tmp_path / "net.md"
    notes.write_text(
        "# Net\n\n## Switching\n\n- STP: a protocol that stops loops\n\n"
        "Port roles:\n\n- Root port\n- Designated port\n- Blocked port\n",
        encoding="utf-8",
    )
    result = parse_paths([notes], root=tmp_path)
    store = FactStore.open(":memory:")
    store.sync(result, now=1_700_000_000)
    judged = []

    def is_short_term(subject):
        judged.append(subject)
        return _is_short_term(subject)

    _is_short_term = deck.is_short_term
    monkeypatch.setattr(deck, "is_short_term", is_short_term)
    report = deck.build_deck(
        store.facts(), config=DeckConfig(), title="Net", output=tmp_path / "net.apkg"
    )
    assert sorted(f.kind for f in result.facts) == ["definition", "list"]
    assert judged == ["STP"]
    assert report.cards == 2 + 1 + 3  # STP both ways; the list's card and three clozes


def test_a_list_explained_as_a_concept_that_fits_its_card_judges_no_member_for_a_blank(
    monkeypatch,
):
    from examgen import cards

    monkeypatch.setattr(cards, "title_says", _Unused("a title's other forms of a member"))
    monkeypatch.setattr(cards, "asked_members", _Unused("which members are names"))
    made = _notes(_members_of("Docker"))
    monkeypatch.undo()
    assert [note.kind for note in made.notes] == ["list"]
    assert made.notes[0].fields[1].count("<li>") == 3
    asked = _notes(_members_of("Docker components"))
    assert "{{c1::Image}}" in asked.notes[1].fields[0]
