"""English note shapes found in lecture and Obsidian notes (session 16 round 2, helper e17):
one small note of our own per shape, and what it gives."""

from __future__ import annotations

from notes_text import one, subjects


def test_a_quantified_clause_label_names_its_list_by_the_things_it_picks_out():
    text = (
        "# N\n\n## Kitchen\n\nCertain tools of the kitchen play key roles in baking as well:\n"
        "1. **Whisk**: mixing\n2. **Oven**: heat\n3. **Scale**: weighing\n"
    )
    fact = one(text, "tools of the kitchen that play key roles in baking", "list")
    assert [item.text for item in fact.items] == ["Whisk", "Oven", "Scale"]


def test_a_quantified_label_whose_verb_is_be_keeps_the_section_as_its_subject():
    text = "# N\n\n## Kitchen\n\nSome tools are handy:\n- Whisk\n- Oven\n- Scale\n"
    assert ("list", "tools that are handy") not in subjects(text)
