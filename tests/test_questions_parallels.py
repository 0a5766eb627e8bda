"""Two lists sharing members classify one thing two ways ("OSI layers" and "TCP/IP layers"):
a member of one the other lacks is no fair wrong option of the other (rv61 J)."""

from __future__ import annotations

import random

from question_facts import drafts, facts_under

from examgen.model import Option, Question
from examgen.questions.form import Ask, Draft, Origin
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.parallels import parallel_classifications, parallel_lists

fact = facts_under(("Colour", "Primaries"))
LIGHT = fact("l1", "list", "Light primaries", "Red", "Green", "Blue", line=3, lang="en")
PAINT = fact("l2", "list", "Paint primaries", "Red", "Yellow", "Blue", line=8, lang="en")
MIXED = fact("l3", "list", "Mixed primaries", "Cyan", "Magenta", "Violet", "Orange", line=13,
             lang="en")  # fmt: skip
NOTES = [LIGHT, PAINT, MIXED]


def _wrong(draft: Draft) -> set[str]:
    return {o.text for o in draft.origins if not o.correct}


def test_lists_sharing_two_members_are_two_classifications_of_one_thing():
    assert parallel_lists(index_notes(NOTES), PAINT) == ("l1",)


def test_a_list_sharing_one_of_two_members_is_a_classification_of_the_same_thing():
    pair = fact("l4", "list", "Warm pair", "Yellow", "Scarlet", line=18, lang="en")
    assert "l4" in parallel_lists(index_notes([*NOTES, pair]), PAINT)


def test_a_list_sharing_one_member_of_many_is_no_classification_of_the_same_thing():
    many = fact("l4", "list", "Flag colours", "Yellow", "Black", "White", "Gold", line=18,
                lang="en")  # fmt: skip
    assert "l4" not in parallel_lists(index_notes([*NOTES, many]), PAINT)


def test_a_select_all_takes_no_wrong_option_from_a_list_sharing_members_with_the_asked_one():
    built = drafts(NOTES, PAINT, "select_members", seeds=range(12))
    assert built
    assert all(not _wrong(d) & {"Green"} for d in built)
    assert all(len(_wrong(d)) >= 2 for d in built)


def test_a_false_is_one_of_takes_no_member_from_a_list_sharing_members_with_the_asked_one():
    notes = index_notes(NOTES)
    form = next(f for f in offers(notes, PAINT).forms["true_false"] if f.variety == "claim_member")
    claims = [
        form.build(random.Random(s), form.facts, Ask("en", 1, truth=False)) for s in range(40)
    ]
    false = {d.asks[0] for d in claims if not d.question.truth}
    assert false and false <= {"Cyan", "Magenta", "Violet", "Orange"}


def _select(*options: tuple[str, bool, str]) -> Draft:
    question = Question(
        type="multiple_choice",
        prompt="Which of the following are “Paint primaries”?",
        points=2,
        facts=("l2",),
        source="notes.md:8",
        options=tuple(Option(text, correct) for text, correct, _ in options),
    )
    origins = tuple(Origin(text, "other list", of, 1, correct) for text, correct, of in options)
    return Draft(question, "select_members", subject="Paint primaries", origins=origins)


def test_a_wrong_option_from_a_list_sharing_members_breaks_parallel_classifications():
    draft = _select(("Red", True, "l2"), ("Yellow", True, "l2"), ("Green", False, "l1"),
                    ("Cyan", False, "l3"))  # fmt: skip
    assert "Light primaries" in parallel_classifications(draft, index_notes(NOTES))


def test_wrong_options_from_lists_sharing_no_members_pass_parallel_classifications():
    draft = _select(("Red", True, "l2"), ("Yellow", True, "l2"), ("Cyan", False, "l3"),
                    ("Violet", False, "l3"))  # fmt: skip
    assert parallel_classifications(draft, index_notes(NOTES)) is None
