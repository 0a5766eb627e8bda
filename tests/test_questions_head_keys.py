"""A fill-in keyed by its section's heading with a modifier, whose definition opens that
section, has the bare heading as a second right answer: it is not asked (rv71 Q)."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.questions.index import index_notes
from examgen.questions.rules import broken

blight = facts_under(("Garden", "Plant diseases", "blight"))
BLIGHT = [
    blight("d1", "definition", "Early blight", lang="en", line=5,
           text="a fungal disease that spots and browns the lower leaves of tomatoes first"),
    blight("d2", "definition", "Late blight", lang="en", line=8,
           text="a water mould that rots whole tomato plants within days in wet weather"),
    blight("d3", "definition", "Fire blight", lang="en", line=11,
           text="a bacterial disease that blackens pear and apple shoots as if scorched"),
]  # fmt: skip


def _blanks(asked):
    built = drafts(BLIGHT, asked, "blank_term")
    return built, index_notes(BLIGHT)


def test_a_fill_in_whose_key_is_the_heading_it_opens_with_a_modifier_is_not_asked():
    built, notes = _blanks(BLIGHT[0])
    assert built
    assert all("“blight”, the heading" in (broken(d, notes) or ("", ""))[1] for d in built)


def test_a_fill_in_of_a_later_kind_under_the_heading_is_asked():
    built, notes = _blanks(BLIGHT[1])
    assert built
    assert [broken(d, notes) for d in built] == [None] * len(built)
