"""The draw's work per fact stays bounded however the notes grow (issue 10): what it looks at
around a fact is a fixed window, and what it finds there is what a small chapter gives."""

from __future__ import annotations

from examgen.model import Fact, Item
from examgen.questions.categories import contrasting_lists
from examgen.questions.index import CONTRAST_WINDOW, index_notes

SECTION = ("Notes", "Chapter")


def list_fact(id_: str, subject: str, line: int) -> Fact:
    return Fact(
        id_,
        "list",
        subject,
        items=(Item(f"{id_} one"), Item(f"{id_} two")),
        section=SECTION,
        source="notes.md",
        line=line,
    )


def long_chapter(before: int) -> tuple[Fact, ...]:
    """``before`` lists all ending in "group" (none contrasting), then Docker's advantages
    and disadvantages side by side."""
    filler = tuple(list_fact(f"g{i}", f"sub{i}x{i} group", i) for i in range(before))
    return (
        *filler,
        list_fact("pros", "Docker优点", before + 1),
        list_fact("cons", "Docker缺点", before + 2),
    )


def test_a_list_deep_in_a_long_chapter_finds_its_contrasting_sibling():
    notes = index_notes(long_chapter(20 * CONTRAST_WINDOW))
    pros = notes.by_id["pros"]
    assert [f.id for f in contrasting_lists(notes, pros)] == ["cons"]


def test_lists_ending_alike_are_compared_with_a_window_of_them_not_the_whole_chapter():
    notes = index_notes(long_chapter(20 * CONTRAST_WINDOW))
    last_filler = notes.by_id[f"g{20 * CONTRAST_WINDOW - 1}"]
    window = notes.filed_near(last_filler, ("ending", "up"))
    assert last_filler in window
    assert len(window) == 2 * CONTRAST_WINDOW + 1


def test_a_short_chapter_compares_every_list_filed_alike():
    notes = index_notes(long_chapter(CONTRAST_WINDOW))
    first = notes.by_id["g0"]
    assert len(notes.filed_near(first, ("ending", "up"))) == CONTRAST_WINDOW
