"""What a list's or sequence's cards hide with each asked member: its cloze number, and
what gives it away (``card_giveaways``) or names it in the other script (``Survey``).
:mod:`examgen.cards` decides which members are asked; this module hides them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from examgen.card_budget import negated_pairs, ordinal_series
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
    numbers: dict[int, int] | None = None,
) -> tuple[Hider, dict[int, int]]:
    """The hider of a list's or sequence's asked members (``asks``), and their cloze numbers
    by position (1-based): the ``stored`` number of each member (see ``examgen.clozes``),
    or, when none is stored (zeros), the asked members counted 1..n in the notes' order.
    It hides what gives each member away too (``card_giveaways.hidden_parts``; ``shown``:
    the subject and headings every card shows), and its names in the other script
    (``translated``, by position: 正規化 for Normalization, see ``Survey.translations``).
    ``hidden``: ``hidden_parts`` of these items and ``shown``, when the caller has them
    already (a list's hider and its cloze hider share them); ``numbers``: the cloze numbers
    of ``stored`` and ``asks`` (:func:`cloze_numbers`), when the caller has them."""
    if numbers is None:
        numbers = cloze_numbers(stored, asks)
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


def cloze_numbers(stored: Sequence[int], asks: Sequence[bool]) -> dict[int, int]:
    """The cloze number of each asked member by position (1-based): its ``stored`` number
    (``examgen.clozes``), or, when none is stored (zeros), the asked members counted 1..n
    in the notes' order."""
    numbers: dict[int, int] = {}
    for position, (number, ask) in enumerate(zip(stored, asks, strict=True), 1):
        if ask:
            numbers[position] = number or len(numbers) + 1
    return numbers


def list_hiders(
    items: Sequence[Item],
    stored: Sequence[int],
    asks: Sequence[bool],
    shown: Sequence[str],
    plan: Survey,
    source: str,
    cleaned: Sequence[str] | None = None,
    numbers: dict[int, int] | None = None,
) -> tuple[Hider, tuple[Hider, dict[int, int]], dict[int, tuple[str, ...]]]:
    """A list's or sequence's hider of its asked members (:func:`member_hider`; ``stored``:
    their stored cloze numbers, ``shown``: the subject and headings, ``plan`` and
    ``source``: where its members' names in the other script are), its cloze note's hider
    and numbers, and what gives each member away (:func:`list_hidden_parts`, read by all
    three and by its group cards). A list explained as a concept, or naming no relation to
    ask it by, never asks for them: its cards hide nothing. ``cleaned``: the members' texts
    cleaned (``card_budget.Members.cleaned``), and ``numbers``, the asked members' cloze
    numbers (:func:`cloze_numbers`), when the caller has them."""
    if not any(asks):
        # A list asking no member (its sentences are shown, as is) hides nothing: no hider
        # reads its members' parts or their names in the other script.
        nothing = Hider({})
        return nothing, (nothing, {}), {}
    translated = translated_names(plan, source, items)
    hidden = list_hidden_parts(items, shown)
    hider, numbers = member_hider(items, stored, asks, shown, translated, hidden, numbers)
    # A one-blank cloze card shows the blank's neighbours: a member of an ordinal series
    # (第一…第五正規化型式) or of a pair X / non-X is not blanked there: they spell it.
    texts = [item.text for item in items]
    series, pairs = ordinal_series(texts, cleaned), negated_pairs(texts, cleaned)
    given = [a or b for a, b in zip(series, pairs, strict=True)]
    if not any(given):
        return hider, (hider, numbers), hidden
    one_blank = [ask and not spelled for ask, spelled in zip(asks, given, strict=True)]
    return hider, member_hider(items, stored, one_blank, shown, translated, hidden), hidden


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
