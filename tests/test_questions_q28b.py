"""Session 28 (wt-q28b) rules: loops, one claim, over-rejection; each on a small note of our own."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.model import Option, Question
from examgen.questions.form import Draft
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


# ------------------------------------------- 3. over-rejection: a bracketed English name

plants = facts_under(("园艺复习", "品种特性"))
TRAITS = [
    plants("d1", "definition", "耐旱性(Drought tolerance)", text="缺水数周后叶片仍然挺立", line=40),
    plants("d2", "definition", "耐寒性(Cold hardiness)", text="零下十度的夜里不会冻伤", line=41),
    plants("d3", "definition", "抗病性(Disease resistance)", text="很少感染真菌或病毒", line=42),
    plants("d7", "definition", "丰产性(High yield)", text="每株结出的果实比同类多一倍", line=43),
]
LATIN = [
    plants("d4", "definition", "Mulch", text="铺在土壤表面保持水分的一层材料", line=44),
    plants("d5", "definition", "Compost", text="厨余和落叶腐熟后得到的肥料", line=45),
    plants("d6", "definition", "Cutting", text="从母株剪下用来繁殖的枝条", line=46),
    plants("d8", "definition", "Trellis", text="让藤蔓攀爬生长的木架", line=47),
]


def test_a_chinese_clue_of_a_chinese_name_glossed_in_english_is_asked_from_the_clue():
    for variety in ("definition_to_term", "blank_term"):
        built = drafts(TRAITS, TRAITS[0], variety)
        assert built
        assert _broken("clue_identifies", built, *TRAITS) == [None] * len(built)


def test_a_chinese_clue_saying_no_word_of_a_plain_english_term_asks_it():
    for variety in ("definition_to_term", "blank_term"):
        built = drafts(LATIN, LATIN[0], variety)
        assert built
        # Session 31: a clue known not to say its plain Latin term in Chinese asks it.
        assert all(r is None for r in _broken("clue_identifies", built, *LATIN))


SUBSYSTEMS = garden(
    "l3", "list", "灌溉子系统", "滴灌", "喷灌", "渗灌", "漫灌", line=50
)  # fmt: skip
SPRINKLER = garden("l4", "list", "喷头", "旋转", "雾化", "定向", line=56)


def _select_all(*options: tuple[str, bool]) -> Draft:
    question = Question(
        type="multiple_choice",
        prompt="下列选项中，属于“灌溉子系统”的有哪些？",
        points=2,
        facts=("l3",),
        source="notes.md:50",
        options=tuple(Option(text, correct) for text, correct in options),
    )
    return Draft(question, "select_members", subject="灌溉子系统", stem_texts=("灌溉子系统",))


def test_a_wrong_option_that_is_the_list_s_name_translated_is_a_cue():
    d = _select_all(("滴灌", True), ("喷灌", True), ("subsystem", False), ("喷头", False))
    assert "translated" in ITEM_RULES["no_stem_words"](d, index_notes([SUBSYSTEMS, SPRINKLER]))


def test_a_wrong_option_of_another_word_is_no_translation_cue():
    d = _select_all(("滴灌", True), ("喷灌", True), ("trellis", False), ("喷头", False))
    assert ITEM_RULES["no_stem_words"](d, index_notes([SUBSYSTEMS, SPRINKLER])) is None


DESCENT = field(
    "s4", "sequence", "Pruning procedure", "Pick the shears",
    "For each branch from top to bottom", "Clean the shears", line=60, lang="en",
)  # fmt: skip


def test_a_loop_header_is_not_blanked():
    answers = {d.asks[0] for d in drafts([DESCENT], DESCENT, "blank_step", seeds=range(30))}
    assert answers == {"Pick the shears", "Clean the shears"}


def test_a_plain_step_beside_a_loop_header_is_blanked():
    built = [d for d in drafts([DESCENT], DESCENT, "blank_step") if d.asks[0] == "Pick the shears"]
    assert built
    assert _broken("straight_order", built, DESCENT) == [None] * len(built)
