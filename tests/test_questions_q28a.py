"""Session 28 (wt-q28a) rules: cross-item cues on one paper, matching of one kind, members
that are clauses. Each on a small note of our own."""

from __future__ import annotations

import random

from question_facts import facts_under

from examgen.model import Fact, Option, Question
from examgen.questions.definitions import group_matching_forms
from examgen.questions.form import Ask, Draft, Origin
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.kinship import same_kind
from examgen.questions.optionkind import definition_kind
from examgen.questions.rules import ITEM_RULES, answers_another

fact = facts_under(("园艺笔记", "浇水"))


def _built(facts: list[Fact], asked: Fact, variety: str, truth: bool = True) -> list[Draft]:
    """The drafts of ``variety`` ``asked`` offers among ``facts``, over 32 seeds, with the
    true/false value ``truth`` asked for."""
    notes = index_notes(facts)
    found = []
    for forms in offers(notes, asked).forms.values():
        for form in forms:
            if form.variety == variety:
                for seed in range(32):
                    ask = Ask(asked.lang, 2, truth)
                    found.append(form.build(random.Random(seed), form.facts, ask))
    return found


def _rule(rule: str, draft: Draft, facts: list[Fact]) -> str | None:
    return ITEM_RULES[rule](draft, index_notes(facts))


# ------------------------------------------------- 3. "belongs to" asked of a clause or a trait

DRIP = fact(
    "d1", "list", "滴灌机制", "第一个阀门生成压力信号", "定时浇水", "分区控制", "回水收集",
    line=10,
)  # fmt: skip


def test_a_member_that_is_a_subject_and_its_verb_is_not_claimed_to_belong():
    built = [
        d for d in _built([DRIP], DRIP, "claim_member") if d.asks == ("第一个阀门生成压力信号",)
    ]
    assert built
    assert all("clause" in (_rule("member_is_a_thing", d, [DRIP]) or "") for d in built)


def test_a_member_that_is_a_name_is_claimed_to_belong():
    built = [d for d in _built([DRIP], DRIP, "claim_member") if d.asks == ("分区控制",)]
    assert built
    assert all(_rule("member_is_a_thing", d, [DRIP]) is None for d in built)


CAN = fact("c1", "list", "喷壶的特点", "喷壶体积小巧", "价格便宜", "容易清洗", line=20)
HOSE = fact("c2", "list", "水管的特点", "水管长度可调", "出水量大", "覆盖面积广", line=24)


def test_a_trait_naming_its_owner_is_not_claimed_of_a_sibling_list():
    facts = [CAN, HOSE]
    built = [
        d for d in _built(facts, HOSE, "claim_member", truth=False) if d.asks == ("喷壶体积小巧",)
    ]
    assert built
    assert all("喷壶" in (_rule("member_is_a_thing", d, facts) or "") for d in built)


def test_a_trait_naming_no_owner_is_claimed_of_a_sibling_list():
    facts = [CAN, HOSE]
    built = [d for d in _built(facts, HOSE, "claim_member", truth=False) if d.asks == ("价格便宜",)]
    assert built
    assert all(_rule("member_is_a_thing", d, facts) is None for d in built)


# ------------------------------------------------- 1. cross-item cues between list questions


def _list_question(variety: str, home: str, *options: tuple[str, str, bool]) -> Draft:
    """A list question about the list ``home`` offering (text, source list, correct)."""
    qtype = {"claim_member": "true_false", "select_members": "multiple_choice"}[variety]
    question = Question(
        type=qtype,  # type: ignore[arg-type]
        prompt=f"{variety} {home}",
        points=2,
        facts=(home,),
        source="notes.md:1",
        options=tuple(Option(t, c) for t, _, c in options) if qtype != "true_false" else (),
        truth=options[0][2] if qtype == "true_false" else None,
    )
    origins = tuple(Origin(t, "answer" if c else "other list", f, 1, c) for t, f, c in options)
    return Draft(question, variety, origins=origins, asks=tuple(t for t, _, c in options if c))


SPRING = ("郁金香", "spring", True), ("樱花", "spring", True)


def test_a_claim_about_a_wrong_options_own_list_half_answers_the_select_all():
    select = _list_question(
        "select_members", "spring", *SPRING, ("菊花", "autumn", False), ("桂花", "autumn", False)
    )
    claim = _list_question("claim_member", "autumn", ("菊花", "autumn", True))
    assert "half" in (answers_another(claim, [select]) or "")
    assert "half" in (answers_another(select, [claim]) or "")


def test_a_false_claim_taking_its_subject_from_a_list_asked_beside_it_is_half_answered():
    roles = _list_question("claim_member", "roles", ("Alternate Port", "roles", True))
    types = _list_question("claim_member", "types", ("Root Port", "roles", False))
    assert "half" in (answers_another(types, [roles]) or "")


def test_two_members_of_one_latin_name_on_one_paper_half_answer_each_other():
    select = _list_question(
        "select_members", "index types", ("hash索引", "index types", True),
        ("全文索引", "index types", True), ("聚簇索引", "storage", False),
        ("主键索引", "fields", False),
    )  # fmt: skip
    claim = _list_question("claim_member", "structures", ("hash表", "structures", True))
    assert "hash" in (answers_another(claim, [select]) or "")


def test_list_questions_about_lists_lending_nothing_to_each_other_stand_together():
    select = _list_question(
        "select_members", "spring", *SPRING, ("菊花", "autumn", False), ("桂花", "autumn", False)
    )
    claim = _list_question("claim_member", "tools", ("锄头", "tools", True))
    assert answers_another(claim, [select]) is None


PRUNING = fact(
    "p1", "list", "剪枝方法",
    "疏剪=从基部剪去过密的枝条使树冠通风透光",
    "短截=剪去一年生枝条的一部分以促进分枝",
    line=30,
)  # fmt: skip
WATERING = fact(
    "p2", "list", "浇水方法",
    "漫灌=让水漫过整块地面慢慢渗入土壤",
    "喷灌=用喷头把水洒成细雨落在植株上",
    "滴灌=用细管把水一滴一滴送到根部附近",
    line=40,
)  # fmt: skip


def _true_claims(listed: Fact) -> dict[str, Draft]:
    built = _built([PRUNING, WATERING], listed, "claim_definition", truth=True)
    return {d.subject: d for d in built if d.question.truth}


def test_two_true_claims_on_the_two_members_of_one_list_answer_each_other():
    claims = _true_claims(PRUNING)
    notes = index_notes([PRUNING, WATERING])
    assert "two-member" in (answers_another(claims["短截"], [claims["疏剪"]], notes) or "")


def test_two_true_claims_on_members_of_a_longer_list_stand_together():
    claims = _true_claims(WATERING)
    notes = index_notes([PRUNING, WATERING])
    assert answers_another(claims["喷灌"], [claims["漫灌"]], notes) is None


# ------------------------------------------------- 2. matching of one kind

soil = facts_under(("园艺笔记", "土壤"))
SOIL = [
    soil("s1", "definition", "酸碱度", text="$pH = -\\log[H^+]$", line=50),
    soil("s2", "definition", "含水率", text="$w = m_w / m_s$", line=51),
    soil("s3", "definition", "孔隙度", text="$n = V_v / V$", line=52),
    soil("s4", "definition", "腐殖质", text="动植物残体分解后形成的黑色有机物质", line=53),
    soil("s5", "definition", "团粒结构", text="土壤颗粒胶结成的小团块", line=54),
    soil("s6", "definition", "沙土", text="颗粒粗大、通气透水的土壤", line=55),
    soil("s7", "definition", "黏土", text="颗粒细小、保水保肥的土壤", line=56),
]


def test_a_matching_over_a_run_of_definitions_takes_descriptions_of_one_sort():
    forms = group_matching_forms(index_notes(SOIL), SOIL)
    assert [[f.subject for f in form.facts] for form in forms] == [
        ["腐殖质", "团粒结构", "沙土", "黏土"]
    ]


def _matching(*pairs: tuple[str, str]) -> Draft:
    question = Question(
        type="matching",
        prompt="请将“土壤指标”中的各项与对应的说明配对。",
        points=4,
        facts=("s1",),
        source="notes.md:50",
        stems=tuple(t for t, _ in pairs),
        options=tuple(Option(d) for _, d in pairs),
        key=tuple(range(len(pairs))),
    )
    return Draft(question, "match_members", reveals=tuple(pairs))


def test_a_matching_mixing_formulas_with_sentences_is_found_by_its_form():
    draft = _matching(*((f.subject, f.text) for f in SOIL[1:5]))
    assert "mix" in (_rule("matching_kinds", draft, SOIL) or "")


def test_a_matching_mixing_symbols_with_names_on_the_left_is_found_by_its_form():
    draft = _matching(("$\\phi$", "新的特征集合"), *((f.subject, f.text) for f in SOIL[3:6]))
    assert "left-hand" in (_rule("matching_kinds", draft, SOIL) or "")


def test_a_matching_of_names_and_sentences_is_of_one_kind():
    draft = _matching(*((f.subject, f.text) for f in SOIL[3:7]))
    assert _rule("matching_kinds", draft, SOIL) is None


# ------------------------------------------------- 4. options of one level and one kind

headed = facts_under(("园艺笔记", "土壤改良: 增加有机质"))
AMENDING = [
    headed("h1", "definition", "土壤改良", text="增加有机质", line=60),
    headed("h2", "definition", "堆肥", text="把落叶和厨余堆积发酵成的肥料", line=61),
    headed("h3", "definition", "绿肥", text="翻压进土里作肥料的新鲜绿色植物", line=62),
    headed("h4", "definition", "腐叶土", text="落叶在林下自然腐烂形成的土壤", line=63),
]


def _which_term(*options: tuple[str, str, bool]) -> Draft:
    """ "Which term is described as …" with options (term, its fact, correct)."""
    question = Question(
        type="single_choice",
        prompt="下列哪一项是“把落叶和厨余堆积发酵成的肥料”所描述的？",
        points=2,
        facts=("h2",),
        source="notes.md:61",
        options=tuple(Option(t, c) for t, _, c in options),
    )
    origins = tuple(Origin(t, "answer" if c else "term", f, 1, c) for t, f, c in options)
    return Draft(question, "definition_to_term", origins=origins)


def test_a_heading_read_as_a_definition_is_no_option_beside_the_terms_under_it():
    draft = _which_term(("堆肥", "h2", True), ("土壤改良", "h1", False), ("绿肥", "h3", False))
    assert "heading" in (_rule("option_kind", draft, AMENDING) or "")


def test_terms_defined_under_one_heading_are_options_of_one_level():
    draft = _which_term(("堆肥", "h2", True), ("腐叶土", "h4", False), ("绿肥", "h3", False))
    assert _rule("option_kind", draft, AMENDING) is None


blights = facts_under(("园艺笔记", "病害"))
BLIGHTS = [
    blights("b1", "definition", "白粉病", text="叶片表面长出白色粉状霉层的病害", line=70),
    blights("b2", "definition", "锈病", text="叶片背面出现锈色孢子堆的病害", line=71),
    blights("b3", "definition", "黑斑病", text="叶片出现黑色斑点并提前落叶，即早落", line=72),
    blights("b4", "definition", "早落", text="叶片提前脱落", line=72),
    blights("b5", "definition", "炭疽病", text="叶缘出现褐色凹陷病斑的病害", line=73),
]


def _pair(notes, fact_id: str):
    return notes.pairs_of[fact_id][0]


def test_a_term_named_inside_anothers_definition_is_not_of_the_kind_of_its_neighbours():
    notes = index_notes(BLIGHTS)
    assert not same_kind(notes, _pair(notes, "b4"), _pair(notes, "b1"))
    assert not same_kind(notes, _pair(notes, "b1"), _pair(notes, "b4"))


def test_the_terms_around_a_term_named_inside_a_definition_stay_one_kind():
    notes = index_notes(BLIGHTS)
    assert same_kind(notes, _pair(notes, "b1"), _pair(notes, "b5"))


BUCKETS = fact(
    "k1", "list", "水桶的规格",
    "小桶=5 - 10 L (for seedlings)",
    "中桶=10 - 20 L (for shrubs)",
    "大桶=容量最大的一种，适合一次浇灌整片花坛",
    line=80,
)  # fmt: skip


def _which_description(key: str, *options: tuple[str, bool]) -> Draft:
    question = Question(
        type="single_choice",
        prompt=f"在“水桶的规格”中，对“{key}”的描述正确的是哪一项？",
        points=2,
        facts=("k1",),
        source="notes.md:80",
        options=tuple(Option(t, c) for t, c in options),
    )
    origins = tuple(Origin(t, "answer" if c else "definition", "k1", 0, c) for t, c in options)
    return Draft(question, "term_to_definition", subject=key, origins=origins)


def test_a_sentence_among_value_ranges_is_an_option_of_another_sort():
    draft = _which_description(
        "小桶",
        ("5 - 10 L (for seedlings)", True),
        ("10 - 20 L (for shrubs)", False),
        ("容量最大的一种，适合一次浇灌整片花坛", False),
    )
    assert "value" in (_rule("option_kind", draft, [BUCKETS]) or "")


def test_a_symbol_named_in_math_is_of_another_sort_than_an_equation():
    assert definition_kind("$\\beta$ (and $\\sigma^2$)") != definition_kind("$y = X\\beta$")
    assert definition_kind("$\\epsilon \\sim N(0, 1)$") == definition_kind("$y = X\\beta$")


# ------------------------------------------------- 1b. one question per small list, by subject


def test_a_description_question_beside_a_blank_of_its_small_list_is_answered_by_elimination():
    blank = Draft(
        Question(type="fill_blank", prompt="“育苗三要素”中，______：种子发芽需要的温度。",
                 points=2, facts=("e1",), source="notes.md:90", answers=("温度",)),
        "blank_term", subject="温度", asks=("温度",), rivals=("水分", "光照"),
    )  # fmt: skip
    describe = Draft(
        Question(type="single_choice", prompt="在“育苗三要素”中，对“光照”的描述正确的是哪一项？",
                 points=2, facts=("e1",), source="notes.md:92",
                 options=(Option("幼苗生长需要的光线", True), Option("种子发芽需要的温度"))),
        "term_to_definition", subject="光照", asks=("幼苗生长需要的光线",),
    )  # fmt: skip
    assert "small list" in (answers_another(describe, [blank]) or "")
