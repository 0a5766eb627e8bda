"""A heading that names a list's members is no context for asking that list: "In
“Sophistication vs naive”, list the items of “Two extreme assumptions”" prints the answers."""

from __future__ import annotations

from question_facts import facts_under

from examgen.questions.index import index_notes
from examgen.questions.owners import stem_owner, unowned

econ = facts_under(("Lecture 4", "2. Sophistication vs naive", "Two extreme assumptions"))
NAMED = econ("l1", "list", "Two extreme assumptions", "Full naive", "Sophistication", line=9,
             lang="en")  # fmt: skip
OTHER = econ("l2", "list", "Two extreme assumptions", "Fully patient", "Fully impulsive",
             line=9, lang="en")  # fmt: skip


def test_a_heading_naming_a_member_is_not_the_lists_owner_in_a_stem():
    assert stem_owner(index_notes([NAMED]), NAMED) == ""


def test_a_heading_naming_no_member_stays_the_lists_owner():
    assert stem_owner(index_notes([OTHER]), OTHER) == "Sophistication vs naive"


def test_a_name_saying_what_but_not_of_what_with_only_a_member_naming_heading_is_not_asked():
    assert "not of what" in unowned(index_notes([NAMED]), NAMED)


def test_a_name_saying_what_with_a_heading_that_says_of_what_is_asked():
    assert unowned(index_notes([OTHER]), OTHER) is None
