"""Cards: c61's fixes (session 26), read through the anki backend."""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki_import import import_package
from card_facts import build, card_fact, card_fronts

from examgen.card_budget import stable_groups

# Six advantages of about twenty columns each: five fill a group's column budget, so the
# sixth would be left alone in a second group.
_ADVANTAGES = (
    "fast container startup",
    "small registry images",
    "simple release rollback",
    "few host dependencies",
    "cheap stateless scaling",
    "clear pod log streams",
)


def test_a_list_in_groups_leaves_no_member_alone_in_its_last_group(tmp_path, col):
    fact = card_fact("g1", "list", "advantages of containers", items=_ADVANTAGES)
    import_package(col, build(tmp_path, [fact]).output)
    first = card_fronts(col, "g1", "list")
    second = card_fronts(col, "g1", "list#2")
    assert len(first) == 1 and len(second) == 1, (first, second)
    assert "Part 2 of 2: fill in the 2 blanks" in second[0], second
    assert "Part 1 of 2: fill in the 4 blanks" in first[0], first


def test_a_growing_list_moves_only_the_member_its_lone_last_group_borrowed():
    eleven = stable_groups([10] * 11)
    twelve = stable_groups([10] * 12)
    assert eleven == [[0, 1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]
    # Member 9 goes back to its own group; the older groups never change.
    assert twelve == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11]]
