"""Session 28 (wt-q28b) rules: loops, one claim, over-rejection; each on a small note of our own."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES

garden = facts_under(("园艺复习", "灌溉"))
field = facts_under(("Garden notes", "Watering"))


def _broken(rule: str, built, *facts) -> list[str | None]:
    notes = index_notes(list(facts))
    return [ITEM_RULES[rule](d, notes) for d in built]


# ------------------------------------------- 1. a loop is no order

LOOP = field(
    "s1", "sequence", "Watering procedure", "Fill the can", "Water one bed",
    "Check the soil", "Go to step 2", "Stop", line=4, lang="en",
)  # fmt: skip
LOOP_ZH = garden(
    "s2", "sequence", "浇水流程", "装满水壶", "浇一块地", "检查土壤湿度", "返回第2步", line=12
)
ONCE = field(
    "s3", "sequence", "Planting procedure", "Dig a hole", "Set the seedling",
    "Fill with soil", "Water the bed", line=20, lang="en",
)  # fmt: skip


def test_an_order_of_steps_with_a_jump_back_is_not_asked():
    for fact in (LOOP, LOOP_ZH):
        built = drafts([fact], fact, "order_steps")
        assert built
        assert all("control flow" in (r or "") for r in _broken("straight_order", built, fact))


def test_a_step_of_a_loop_is_not_blanked():
    built = drafts([LOOP_ZH], LOOP_ZH, "blank_step")
    assert built
    assert all("control flow" in (r or "") for r in _broken("straight_order", built, LOOP_ZH))


def test_an_order_of_steps_taken_once_is_asked():
    built = drafts([ONCE], ONCE, "order_steps")
    assert built
    assert _broken("straight_order", built, ONCE) == [None] * len(built)


# ------------------------------------------- 2. one claim in a statement

CARE = field(
    "l1", "list", "treatments of leaf rot", "Copper spray (90% effective)", "pruning",
    line=30, lang="en",
)  # fmt: skip
ALIASED = field(
    "l2", "list", "parts of a drip line", "Pressure regulator (PR)", "emitter", line=34, lang="en"
)


def test_a_member_claim_is_said_without_its_bracketed_figure():
    built = [d for d in drafts([CARE], CARE, "claim_member") if "Copper" in d.question.prompt]
    assert built
    assert all("90%" not in d.question.prompt for d in built)
    assert all("“Copper spray” is one of" in d.question.prompt for d in built)


def test_a_member_claim_keeps_a_bracket_that_names_the_member():
    built = [
        d for d in drafts([ALIASED], ALIASED, "claim_member") if "Pressure" in d.question.prompt
    ]
    assert built
    assert all("“Pressure regulator (PR)”" in d.question.prompt for d in built)
