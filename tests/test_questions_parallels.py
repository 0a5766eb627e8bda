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


# Two lists under one heading naming one thing by two classifying words, no member shared (rv71 J).
valve = facts_under(("Irrigation", "Valves", "Valve roles"))
ROLES = valve("l1", "list", "Valve roles", "Main valve", "Zone valve", "Drain valve", "Check valve",
              line=3, lang="en")  # fmt: skip
KINDS = valve("l2", "list", "Irrigation Valve types", "Ball", "Gate", line=9, lang="en",
              section=("Irrigation", "Valves", "Valve types"))  # fmt: skip
TOOLS = valve("l3", "list", "Pruning tools", "Secateurs", "Loppers", "Hedge shears", line=20,
              lang="en", section=("Irrigation", "Tools"))  # fmt: skip
VALVES = [ROLES, KINDS, TOOLS]


def test_lists_under_one_heading_naming_one_thing_by_two_classifying_words_are_parallel():
    assert parallel_lists(index_notes(VALVES), KINDS) == ("l1",)


def test_lists_naming_one_thing_by_a_trait_word_are_no_parallel_classifications():
    pros = valve("l4", "list", "Valve pros", "Cheap", "Durable", line=14, lang="en",
                 section=("Irrigation", "Valves", "Valve pros"))  # fmt: skip
    assert "l4" not in parallel_lists(index_notes([*VALVES, pros]), KINDS)


def test_a_false_is_one_of_takes_no_member_from_the_other_classification_of_the_same_thing():
    notes = index_notes(VALVES)
    form = next(f for f in offers(notes, KINDS).forms["true_false"] if f.variety == "claim_member")
    claims = [
        form.build(random.Random(s), form.facts, Ask("en", 1, truth=False)) for s in range(40)
    ]
    assert claims
    taken = {d.asks[0] for d in claims if not d.question.truth}
    assert not taken & {"Main valve", "Zone valve", "Drain valve", "Check valve"}


def test_a_wrong_option_from_the_other_classification_of_the_same_thing_breaks_the_rule():
    question = Question(
        type="true_false",
        prompt="“Zone valve” is one of “Irrigation Valve types”.",
        points=1,
        facts=("l2",),
        source="notes.md:9",
        truth=False,
    )
    draft = Draft(question, "claim_member", subject="Irrigation Valve types",
                  origins=(Origin("Zone valve", "other list", "l1", 1, False),))  # fmt: skip
    assert "Valve roles" in (parallel_classifications(draft, index_notes(VALVES)) or "")


def test_lists_under_one_heading_ending_in_the_same_classifying_word_are_no_parallels():
    group = facts_under(("管理学", "管理者的角色"))
    people = group("l1", "list", "人际方面的管理者的角色", "挂名首脑", "领导者", line=3)
    deciding = group("l2", "list", "决策方面的管理者的角色", "企业家", "谈判者", line=6)
    assert parallel_lists(index_notes([people, deciding]), people) == ()


def test_chinese_lists_naming_one_thing_by_type_and_role_are_parallel():
    port = facts_under(("交换", "端口"))
    kinds = port("l1", "list", "端口类型", "边缘端口", "非边缘端口", line=3)
    roles = port("l2", "list", "端口角色", "根端口", "指定端口", "替代端口", line=6)
    assert parallel_lists(index_notes([kinds, roles]), kinds) == ("l2",)
