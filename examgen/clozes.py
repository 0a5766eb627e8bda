"""Cloze numbers that stay with their members.

A list's cloze note asks each member on its own card, and Anki keys a card by its cloze
number. Numbering members by position would hand a card's review history to whatever
member moves into that position when one is inserted, removed or reordered. So each member
(or step of a sequence) has an identity, and the store keeps the number it first got:

* **Identity** is the member's normalised text (:func:`member_key`: NFKC, case folded, no
  whitespace or trailing punctuation, the same normalisation as a fact's subject). A second
  member with the same text in one list is a different member (``…#2``).
* **Small edits keep it.** A member that is not found by its key takes the number of a
  member of the previous version that is gone and whose key is within a few edits of its
  own (:func:`close`): a fixed typo keeps the card, a replaced member makes a new one.
  The old key stays an alias of the number, so an older version of the list (a retired
  former kind) still finds its numbers.
* **Numbers are never reused.** A new member gets the next number after the highest the
  fact ever used, wherever it stands; a removed member's number stays retired (and comes
  back with the member if it returns).
* **The first numbering** of a fact counts its asked members first (1, 2, … in the notes'
  order; ``examgen.cards.asked_members``), then the members not asked: the numbers
  examgen gave before it kept them (but for lists mixing sentences and names, whose
  sentences are no longer asked), so decks made by an older examgen keep their reviews
  when the store first numbers their lists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from examgen.cards import asked_members
from examgen.cardtext import clean
from examgen.model import Item
from examgen.notes.facts import normalize_subject

#: A member not found by its key is compared with at most this many gone members after
#: the last one matched, in the notes' order: fixing typos never reorders a list, and the
#: bound keeps a wholly rewritten long list linear.
WINDOW = 4
#: Edits tolerated: one per this many characters of the longer key (none under 5)…
CHARS_PER_EDIT = 5
#: … and never more than this many.
MAX_EDITS = 8


def member_key(text: str) -> str:
    """The identity of a member's text (see the module docstring)."""
    return normalize_subject(clean(text))


def member_keys(items: Sequence[Item]) -> tuple[str, ...]:
    """The identity of each member in order; a repeated text gets ``#2``, ``#3``…"""
    seen: dict[str, int] = {}
    keys = []
    for item in items:
        key = member_key(item.text)
        seen[key] = seen.get(key, 0) + 1
        keys.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return tuple(keys)


def close(a: str, b: str) -> bool:
    """Whether two keys are one member's text with a small edit (a typo fixed): at most one
    edit per :data:`CHARS_PER_EDIT` characters of the longer (so none under five), at most
    :data:`MAX_EDITS`; an edit is a character inserted, deleted, replaced or two swapped."""
    limit = min(max(len(a), len(b)) // CHARS_PER_EDIT, MAX_EDITS)
    if limit == 0 or abs(len(a) - len(b)) > limit:
        return False
    return _edits(a, b, limit) <= limit


def _edits(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, computed in a band of ``limit`` around the
    diagonal (linear in the length); anything over ``limit`` is reported as ``limit + 1``."""
    over = limit + 1
    previous2: list[int] = []
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        row = [over] * (len(b) + 1)
        row[0] = i if i <= limit else over
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            best = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                best = min(best, previous2[j - 2] + 1)
            row[j] = min(best, over)
        if min(row) > limit:
            return over
        previous2, previous = previous, row
    return previous[len(b)]


def first_numbers(items: Sequence[Item]) -> dict[str, int]:
    """The numbering of a fact seen for the first time (see the module docstring)."""
    keys = member_keys(items)
    asked = [k for k, ask in zip(keys, asked_members(items), strict=True) if ask]
    chosen = set(asked)
    rest = [k for k in keys if k not in chosen]
    return {key: number for number, key in enumerate([*asked, *rest], 1)}


def renumber(
    known: Mapping[str, int], previous: Sequence[Item], current: Sequence[Item]
) -> dict[str, int]:
    """The ``key -> number`` entries to add to a fact's ``known`` numbers (all it ever had)
    now that its members went from ``previous`` to ``current``; empty when nothing is new."""
    table = dict(known) or first_numbers(previous or current)
    keys = member_keys(current)
    used: set[int] = set()
    unmatched: list[str] = []
    for key in keys:
        number = table.get(key)
        if number is not None and number not in used:
            used.add(number)
        else:
            unmatched.append(key)
    if unmatched:
        gone = [k for k in member_keys(previous) if k in table and table[k] not in used]
        next_number = max(table.values(), default=0) + 1
        start = 0
        for key in unmatched:
            for index in range(start, min(start + WINDOW, len(gone))):
                number = table[gone[index]]
                if number not in used and close(gone[index], key):
                    start = index + 1
                    break
            else:
                number, next_number = next_number, next_number + 1
            used.add(number)
            table[key] = number
    return {key: number for key, number in table.items() if known.get(key) != number}


def numbers_of(known: Mapping[str, int], items: Sequence[Item]) -> tuple[int, ...]:
    """The cloze number of each member (0 where none is known)."""
    return tuple(known.get(key, 0) for key in member_keys(items))
