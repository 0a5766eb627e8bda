"""Session 24 (wt-q24) rules: a gloss said of its term, and fill-ins found by elimination,
each with a small note of our own."""

from __future__ import annotations

import random

from question_facts import drafts, facts_under

from examgen.config import BlueprintEntry, ExamConfig
from examgen.questions import make_exam
from examgen.questions.form import Ask
from examgen.questions.giveaways import answers_another
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.terms import term_problem

garden = facts_under(("园艺复习", "工具"))
en_garden = facts_under(("Garden review", "Tools"))


def _tf_reason(facts, asked) -> str | None:
    return offers(index_notes(facts), asked).reasons.get("true_false")


# ------------------------------------------- 1. the gloss's own "指" after "指的是："

SKILLS = garden(
    "l1", "list", "园丁应具备的技能",
    "修剪技能=指按植株的长势剪去多余枝条的能力",
    "嫁接技能=指把两种植株的枝条接合成一株的能力",
    "育苗技能=指从种子培育出健壮幼苗的能力",
    line=3,
)  # fmt: skip


def test_a_true_claim_drops_the_glosss_own_zhi_after_zhi_de_shi():
    built = [d for d in drafts([SKILLS], SKILLS, "claim_definition") if d.question.truth]
    assert built
    assert all("指的是：指" not in d.question.prompt for d in built)
    assert any("指的是：按植株的长势剪去多余枝条的能力" in d.question.prompt for d in built)


def test_a_false_claim_drops_the_lead_in_of_the_shown_gloss_and_of_its_correction():
    notes = index_notes([SKILLS])
    built = []
    for form in offers(notes, SKILLS).forms["true_false"]:
        if form.variety == "claim_definition":
            for seed in range(8):
                built.append(form.build(random.Random(seed), form.facts, Ask("zh", 2, False)))
    false = [d for d in built if not d.question.truth]
    assert false
    assert all("：指" not in d.question.prompt + d.question.answer_text for d in false)


def test_a_gloss_opening_on_a_word_of_zhi_keeps_it():
    levers = garden(
        "l2", "list", "园丁的分工",
        "领班=指挥和监督整片园区的日常养护",
        "花匠=负责花卉的栽种与日常浇水施肥",
        "树艺师=负责乔木的修剪、嫁接与病害诊断",
        line=9,
    )  # fmt: skip
    built = [d for d in drafts([levers], levers, "claim_definition") if d.question.truth]
    shown = [d for d in built if "“领班”" in d.question.prompt]
    assert shown
    assert all("指的是：指挥和监督" in d.question.prompt for d in shown)


# ------------------------------------------- 3. a gloss that is no definition, stated as one

NEIGHBOURS = (
    garden("d1", "definition", "养护员", text="负责每日巡查植株并记录病虫害的人员", line=20),
    garden("d2", "definition", "采购员", text="负责购买种苗、肥料与工具的人员", line=21),
    garden("d3", "definition", "技术员", text="负责灌溉设备安装与检修的人员", line=22),
)


def test_a_gloss_that_argues_is_not_stated_as_what_the_term_is():
    head = garden(
        "d4", "definition", "园区主管",
        text="因其需要规划整个园区的布局，因此应该侧重整体设计能力", line=23,
    )  # fmt: skip
    assert "argues" in (_tf_reason([*NEIGHBOURS, head], head) or "")


def _en(id_: str, term: str, gloss: str):
    return en_garden(id_, "definition", term, text=gloss, lang="en")


EN_OTHERS = (
    _en("d6", "mulch", "a layer of material spread over soil"),
    _en("d7", "compost", "decayed organic matter used as fertilizer"),
    _en("d8", "loam", "soil of sand, silt and clay in balance"),
)


def test_a_gloss_that_is_a_value_range_is_not_stated_as_what_the_term_means():
    rate = en_garden("d5", "definition", "watering factor", text="$0 < w \\leq 1$", lang="en")
    others = EN_OTHERS
    assert "formula" in (_tf_reason([*others, rate], rate) or "")


def test_two_formulas_joined_by_and_are_not_stated_as_what_the_term_means():
    pair = _en("d10", "boundary rule", "$w(0) = 1$ and $w(n) = 0$")
    assert "formula" in (_tf_reason([*EN_OTHERS, pair], pair) or "")


def test_display_math_with_words_inside_is_not_stated_as_what_the_term_means():
    pair = _en(
        "d11", "yield rule", "$$ y = \\frac{h}{s} \\space provided \\space that \\space s > 0 $$"
    )
    assert "formula" in (_tf_reason([*EN_OTHERS, pair], pair) or "")


def test_a_gloss_opening_on_a_pronoun_is_not_stated_as_what_the_term_means():
    doubt = en_garden(
        "d9", "definition", "Cautious gardener's problem",
        text="her lasting doubt about the coming frost dates", lang="en",
    )  # fmt: skip
    others = EN_OTHERS
    assert "pronoun" in (_tf_reason([*others, doubt], doubt) or "")


def test_a_plain_gloss_is_still_stated_as_what_the_term_is():
    assert _tf_reason(list(NEIGHBOURS), NEIGHBOURS[0]) is None


# ------------------------------------------- 2. a blank found by elimination

SOILS = garden(
    "l5", "list", "土壤（按排水快慢）",
    "沙质土=颗粒粗大、浇水后很快渗走的土壤",
    "黏质土=颗粒细密、浇水后久久不干的土壤",
    line=30,
)  # fmt: skip
MULCHES = garden(
    "l6", "list", "覆盖物（按来源）",
    "树皮覆盖=用碎树皮铺在植株周围保持湿润",
    "稻草覆盖=用干稻草铺在菜畦上防止杂草",
    "石子覆盖=用小石子铺在盆面上减少蒸发",
    line=36,
)  # fmt: skip


def _blank(facts, asked, member: str):
    built = [d for d in drafts(facts, asked, "blank_term", range(1)) if d.subject == member]
    assert built
    return built[0]


def test_a_blank_of_a_two_member_list_beside_one_asking_the_other_member_answers_another():
    first = _blank([SOILS, MULCHES], SOILS, "沙质土")
    second = _blank([SOILS, MULCHES], SOILS, "黏质土")
    assert answers_another(second, [first])
    assert answers_another(first, [second])


# Two blanks of a three-member list no longer share a paper even when each leaves the other
# open: a second question of a list of at most four narrows the first (session 25,
# tests/test_questions_q25.py, "a second fill-in of a small list").


# ------------------------------------------- true/false kept balanced when false ones are few

TOOLS = (
    garden("t1", "definition", "修枝剪", text="剪断手指粗细枝条的双刃剪刀", line=50),
    garden("t2", "list", "浇水方式", "滴灌", "喷灌", "漫灌", "渗灌", line=52),
    garden("t3", "list", "施肥时机", "春季萌芽前", "花后", "秋季落叶后", line=58),
)


def test_a_paper_with_no_false_claim_to_make_keeps_true_and_false_within_one():
    config = ExamConfig(blueprint=(BlueprintEntry("true_false", 6, 1),))
    for seed in range(6):
        paper = make_exam(TOOLS, config, seed=seed)[0]
        truths = [q.truth for q in paper.questions if q.type == "true_false"]
        assert truths
        assert abs(truths.count(True) - truths.count(False)) <= 1


def test_a_formula_is_no_clue_for_a_fill_in():
    mean = en_garden("l7", "list", "Soil tests", "Moisture=$m = w / d$", "Acidity=$p < 7$",
                     "Texture=share of sand, silt and clay", line=60, lang="en")  # fmt: skip
    asked = {d.subject for d in drafts([mean], mean, "blank_term")}
    assert asked == {"Texture"}


# ------------------------------------------- a term cut at its adverbial


def test_a_term_ending_on_a_place_phrase_is_a_sentence_cut_short():
    assert "place or time" in (term_problem("温室植物在冬季里") or "")


def test_a_name_holding_zai_is_still_a_term():
    assert term_problem("在线灌溉系统") is None
