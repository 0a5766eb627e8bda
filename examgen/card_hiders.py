"""What a list's or sequence's cards hide with each asked member: its cloze number, and
what gives it away (``card_giveaways``) or names it in the other script (``Survey``).
:mod:`examgen.cards` decides which members are asked; this module hides them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from examgen.card_giveaways import hidden_parts, own_abbreviations
from examgen.card_survey import Survey
from examgen.cardtext import Hider
from examgen.model import Item


def member_hider(
    items: Sequence[Item],
    stored: Sequence[int],
    asks: Sequence[bool],
    shown: Sequence[str],
    translated: Sequence[tuple[str, ...]] = (),
    hidden: Mapping[int, tuple[str, ...]] | None = None,
) -> tuple[Hider, dict[int, int]]:
    """The hider of a list's or sequence's asked members (``asks``), and their cloze numbers
    by position (1-based): the ``stored`` number of each member (see ``examgen.clozes``),
    or, when none is stored (zeros), the asked members counted 1..n in the notes' order.
    It hides what gives each member away too (``card_giveaways.hidden_parts``; ``shown``:
    the subject and headings every card shows), and its names in the other script
    (``translated``, by position: 正規化 for Normalization, see ``Survey.translations``).
    ``hidden``: ``hidden_parts`` of these items and ``shown``, when the caller has them
    already (a list's hider and its cloze hider share them)."""
    numbers: dict[int, int] = {}
    for position, (number, ask) in enumerate(zip(stored, asks, strict=True), 1):
        if ask:
            numbers[position] = number or len(numbers) + 1
    if hidden is None:
        hidden = list_hidden_parts(items, shown)
    parts = dict(hidden)
    for position, names in own_abbreviations([(i.text, i.gloss) for i in items]).items():
        parts[position] = parts.get(position, ()) + names
    for position, names in enumerate(translated, 1):
        if names:
            parts[position] = parts.get(position, ()) + names
    return Hider(
        {numbers[p]: items[p - 1].text for p in numbers},
        {numbers[p]: parts[p] for p in numbers if p in parts},
    ), numbers


def list_hidden_parts(items: Sequence[Item], shown: Sequence[str]) -> dict[int, tuple[str, ...]]:
    """What gives each member of a list away (``card_giveaways.hidden_parts``, by position,
    1-based), counted over every member (an acronym two members share names neither) and
    the glosses the cards show; ``shown``: the subject and headings every card shows."""
    glosses = [item.gloss for item in items if item.gloss]
    return hidden_parts({p: item.text for p, item in enumerate(items, 1)}, shown, glosses)


def translated_names(
    plan: Survey, source: str, items: Sequence[Item]
) -> tuple[tuple[str, ...], ...]:
    """Each member's names in the other script, as the notes pair them (``Survey``)."""
    names = plan.translations.get(source, {})
    return tuple(names.get(" ".join(item.text.split()).casefold(), ()) for item in items)
