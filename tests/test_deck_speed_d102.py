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


_NAMES = ("Image", "Container", "Registry", "Volume", "Network", "Engine", "Daemon", "Client")


def test_a_lists_cards_read_their_members_widths_from_the_lists_record(monkeypatch):
    from examgen import card_html, card_lists

    fact = _list("Docker components", *_NAMES, "Compose file")
    expected = _notes(fact)
    # Its whole-list card, its group cards (cues by width) and its budget checks.
    assert [note.kind for note in expected.notes] == ["list", "list#2"]
    monkeypatch.setattr(card_lists, "display_width", _Unused("a member's width per card"))
    monkeypatch.setattr(card_html, "display_width", _Unused("a member's width per group"))
    assert _notes(fact) == expected


def test_a_lists_record_holds_each_members_cleaned_text_and_width_as_measured_one_by_one():
    from examgen.card_budget import Members
    from examgen.cardtext import clean, display_width

    items = tuple(Item(m) for m in ("**Image**", "数据恢复", "Net &amp; Web", " Volume "))
    members = Members(items)
    assert members.items is items
    assert members.cleaned == tuple(clean(item.text) for item in items)
    assert members.widths == tuple(display_width(item.text) for item in items)


def test_a_lists_series_and_pairs_read_its_cleaned_texts_without_cleaning_them_again(
    monkeypatch,
):
    from examgen import card_budget

    texts = ["**Stage 1**", "Stage 2", "Stage 3", "Trivial", "Non-trivial", "数据恢复"]
    cleaned = [card_budget.clean(t) for t in texts]
    series, pairs = card_budget.ordinal_series(texts), card_budget.negated_pairs(texts)
    assert series == [True, True, True, False, False, False]
    assert pairs == [False, False, False, True, True, False]
    monkeypatch.setattr(card_budget, "clean", _Unused("a member's text cleaned again"))
    assert card_budget.ordinal_series(texts, cleaned) == series
    assert card_budget.negated_pairs(texts, cleaned) == pairs


def test_a_lists_asked_members_and_structure_read_its_record_as_its_items():
    from examgen.card_budget import Members, asked_members, group_headers, structure

    items = tuple(Item(m) for m in ("低階Normalization", "1NF", "2NF", "3NF", "從數據角度"))
    members = Members(items)
    around = ("Normalization類型", "DB")
    assert asked_members(items, around, members) == asked_members(items, around)
    head = "Normalization"
    assert structure(items, "Normalization類型", head, members) == structure(
        items, "Normalization類型", head
    )
    assert group_headers(items, "Normalization類型", head, members) == group_headers(
        items, "Normalization類型", head
    )


def test_a_lists_relation_is_worked_out_once_for_its_explanation_prompt_and_wording(
    monkeypatch,
):
    from examgen import card_lists, cards, prompts

    fact = _list("Docker components", "Image", "Container", "Registry")
    expected = _notes(fact)
    asked: list[str] = []
    long_way = prompts.relation

    def counted(subject, *args, **kwargs):
        asked.append(subject)
        return long_way(subject, *args, **kwargs)

    for module in (prompts, cards, card_lists):
        monkeypatch.setattr(module, "relation", counted, raising=False)
    assert _notes(fact) == expected
    # Asked by its relation ("the components of Docker"), on a card and a cloze note.
    assert [note.kind for note in expected.notes] == ["list", "list-cloze"]
    assert asked == ["Docker components"]


def test_a_lists_cloze_numbers_are_counted_once_for_its_cards_and_its_hiders(monkeypatch):
    from examgen import cards

    fact = _list("Docker components", "Image", "Container", "Registry")
    expected = _notes(fact)
    counted: list[tuple[int, ...]] = []
    long_way = card_hiders.cloze_numbers

    def numbered(stored, asks):
        counted.append(tuple(stored))
        return long_way(stored, asks)

    monkeypatch.setattr(card_hiders, "cloze_numbers", numbered)
    monkeypatch.setattr(cards, "cloze_numbers", numbered)
    assert _notes(fact) == expected
    assert "{{c2::Container}}" in expected.notes[1].fields[0]
    assert counted == [(0, 0, 0)]
