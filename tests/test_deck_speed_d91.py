"""What the deck no longer does for every note or list (d91). The notes and cards are the
same (``test_deck_golden.py``); these say the work left out, and that the answer is still
the one it was."""

from __future__ import annotations

import hashlib

import genanki

from examgen import deck


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
