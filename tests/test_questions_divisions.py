"""Two lists dividing one thing by different criteria overlap: a member of one is a
defensible answer to "which is a kind of" the other, so it is never a wrong option there."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.questions.divisions import division
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES

zh = facts_under(("果树栽培", "嫁接"))
BY_CUT = zh("c1", "list", "嫁接方法 从切口形状角度", "劈接", "切接", "舌接", "靠接", line=4)
BY_SCION = zh("c2", "list", "嫁接方法 从接穗来源角度", "枝接", "芽接", "根接", line=5)
TOOLS = zh("t1", "list", "嫁接工具", "修枝剪", "嫁接刀", "绑扎带", line=9)
FACTS = [BY_CUT, BY_SCION, TOOLS]


def verdicts(variety: str, facts: list = FACTS) -> list[tuple[set[str], str | None]]:
    """(wrong options, overlapping_divisions verdict) of each ``variety`` draft of BY_CUT."""
    notes = index_notes(facts)
    found = []
    for draft in drafts(facts, BY_CUT, variety, seeds=range(12)):
        wrong = {o.text for o in draft.question.options if not o.correct}
        found.append((wrong, ITEM_RULES["overlapping_divisions"](draft, notes)))
    assert found
    return found


def test_lists_named_by_a_point_of_view_divide_the_name_before_it():
    notes = index_notes(FACTS)
    assert division(notes, BY_CUT) == ("嫁接方法", "从切口形状角度")
    assert division(notes, TOOLS) is None


def test_a_member_of_another_division_of_the_same_thing_is_no_wrong_option():
    offering = [r for wrong, r in verdicts("belongs") if wrong & {"枝接", "芽接", "根接"}]
    assert offering and all(r and "another criterion" in r for r in offering)


def test_a_select_all_offering_another_divisions_member_is_turned_down():
    offering = [r for wrong, r in verdicts("select_members") if wrong & {"枝接", "芽接", "根接"}]
    assert offering and all(r for r in offering)


def test_wrong_options_of_an_unrelated_list_pass_the_division_rule():
    found = verdicts("belongs", [BY_CUT, TOOLS])
    assert all(wrong <= {"修枝剪", "嫁接刀", "绑扎带"} and r is None for wrong, r in found)
