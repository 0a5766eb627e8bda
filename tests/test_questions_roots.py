"""A "describe X" question offers no sibling's definition that X's name or definition echoes:
notes defining 动态性 as "a process that keeps changing" and 过程性 as "a process going
forward" define the two by each other's words, and either definition fits either name."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES

zh = facts_under(("园艺复习", "堆肥"))
TRAITS = zh(
    "l1",
    "list",
    "堆肥的特点",
    "动态性=堆肥是一个过程，温度会不断变化",
    "过程性=一个逐层分解的过程",
    "可控性=湿度决定快慢",
    "耐心性=需要数月才能完成",
    line=3,
)


def verdicts(key: str) -> dict[str, set[str | None]]:
    """The one-defensible-answer verdicts of the describe-the-term drafts of ``key``, by the
    wrong options they offer."""
    notes = index_notes([TRAITS])
    found: dict[str, set[str | None]] = {}
    for draft in drafts([TRAITS], TRAITS, "term_to_definition", seeds=range(12)):
        if draft.subject != key:
            continue
        reason = ITEM_RULES["one_defensible_answer"](draft, notes)
        for option in draft.question.options:
            if not option.correct:
                found.setdefault(option.text, set()).add(reason)
    assert found
    return found


def test_a_definition_saying_the_asked_terms_root_is_no_wrong_option():
    offered = verdicts("过程性").get("堆肥是一个过程，温度会不断变化")
    assert offered and all(r and "过程" in r for r in offered)


def test_a_sibling_whose_root_the_asked_terms_definition_says_is_no_wrong_option():
    offered = verdicts("动态性").get("一个逐层分解的过程")
    assert offered and all(r and "过程" in r for r in offered)


def test_definitions_with_no_echo_stay_wrong_options():
    found = verdicts("可控性")
    assert None in set().union(*found.values())
