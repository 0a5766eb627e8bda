"""Session 16 item rules, each with a small note of our own that breaks it: wrong options of
another kind, headings whose list is not what they name, glued qualified subjects, numbered
sequence fill-ins, select-all items with one distractor, expansions deciding a claim."""

from __future__ import annotations

import random
from dataclasses import replace

from question_facts import drafts as shared_drafts
from question_facts import facts_under

from examgen.questions.categories import category_problem
from examgen.questions.clues import clue_problem
from examgen.questions.form import Ask
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.rules import ITEM_RULES, answers_another, broken
from examgen.questions.wording import one_name


def drafts(facts: list, asked, variety: str, seeds: range = range(6)) -> list:
    """The shared drafts, built with six seeds here."""
    return shared_drafts(facts, asked, variety, seeds)


SECTION = ("快递复习", "包裹追踪")


fact = facts_under(SECTION)


MACHINES = [
    fact(f"d{i}", "definition", term, text=gloss, line=20 + i)
    for i, (term, gloss) in enumerate(
        [
            ("分拣机", "按照面单上的目的地把包裹自动送到不同出口的大型设备"),
            ("叉车", "在仓库里把一整板包裹抬起来运到货架上的搬运车辆"),
            ("传送带", "在分拣中心里把包裹从卸货口送到分拣机的长带子"),
            ("扫码枪", "读取面单条码并记下包裹到达时间的手持设备"),
        ]
    )
]


# --------------------------------------------------------------- 1. wrong-kind distractors


def test_a_description_question_with_one_sibling_is_rejected_by_distractor_kind():
    # Two numbers in one list; the machines of the heading are no numbers.
    numbers = fact(
        "l1",
        "list",
        "包裹编号",
        "全程运单号码=整趟旅程共用的一个编号",
        "中转分段号码=某一次中转自己的编号",
    )
    facts = [numbers, *MACHINES]
    built = drafts(facts, numbers, "term_to_definition")
    assert built
    notes = index_notes(facts)
    for draft in built:
        assert broken(draft, notes)[0] == "distractor_kind", draft.question.options


def test_a_description_question_offers_only_siblings_and_three_options_when_two_exist():
    numbers = fact(
        "l1",
        "list",
        "包裹编号",
        "全程运单号码=整趟旅程共用的一个编号",
        "中转分段号码=某一次中转自己的编号",
        "上段号=当前中转之前那次中转的编号",
    )
    facts = [numbers, *MACHINES]
    notes = index_notes(facts)
    built = drafts(facts, numbers, "term_to_definition")
    assert built
    glosses = {i.gloss for i in numbers.items}
    for draft in built:
        options = {o.text for o in draft.question.options}
        assert len(options) == 3
        assert options <= glosses
        assert ITEM_RULES["distractor_kind"](draft, notes) is None


def test_a_term_in_no_list_takes_no_list_member_s_description():
    # 扫码枪 is a machine of the heading; the list's glosses are of another level.
    numbers = fact(
        "l1",
        "list",
        "包裹编号",
        "全程运单号码=整趟旅程共用的一个编号",
        "中转分段号码=某一次中转自己的编号",
    )
    facts = [numbers, *MACHINES]
    for draft in drafts(facts, MACHINES[3], "term_to_definition"):
        options = {o.text for o in draft.question.options}
        assert not options & {i.gloss for i in numbers.items}


# ------------------------------------------------ 2. headings whose list is not what they name

HOUSE = ("家务笔记", "洗衣")


def test_a_list_under_a_lead_saying_what_it_derives_is_no_category_of_its_heading():
    # The lead says the list holds what the rules give, not the rules themselves.
    lead = fact(
        "d1", "definition", "洗衣规则", text="按照衣物标签上的符号,可以推导出", section=HOUSE
    )
    derived = fact("l1", "list", "洗衣规则", "水温", "烘干方式", "熨烫温度", section=HOUSE)
    notes = index_notes([lead, derived])
    assert "推导出" in category_problem(notes, derived)


def test_the_same_list_without_the_lead_is_a_category():
    derived = fact("l1", "list", "洗衣规则", "水温", "烘干方式", "熨烫温度", section=HOUSE)
    assert category_problem(index_notes([derived]), derived) is None


def test_a_list_of_issues_whose_members_are_guards_is_no_category_of_issues():
    issues = fact(
        "l1",
        "list",
        "Laundry Issues",
        "Lint Filter",
        "Colour Guard",
        section=("House notes", "Laundry"),
        lang="en",
    )
    problem = category_problem(index_notes([issues]), issues)
    assert problem and "answers “Laundry Issues”" in problem
    # So no question asks which belongs to it, nor to list all of it.
    notes = index_notes([issues])
    for forms in offers(notes, issues).forms.values():
        for form in forms:
            draft = form.build(random.Random(1), form.facts, Ask("en", 2))
            assert broken(draft, notes)[0] == "category"


def test_a_list_of_issues_named_as_issues_is_a_category():
    issues = fact(
        "l1",
        "list",
        "Laundry Issues",
        "Shrinking",
        "Colour bleeding",
        "Pilling",
        section=("House notes", "Laundry"),
        lang="en",
    )
    assert category_problem(index_notes([issues]), issues) is None


# ------------------------------------------------------------ 3. glued qualified subjects


def test_a_label_glued_to_its_heading_with_a_space_is_printed_as_one_name():
    glued = fact("l1", "list", "包裹追踪 机制", "扫码入站", "中转登记", "派送签收")
    notes = index_notes([glued, *MACHINES])
    prompts = [
        form.build(random.Random(1), form.facts, Ask("zh", 2)).question.prompt
        for forms in offers(notes, glued).forms.values()
        for form in forms
    ]
    assert prompts
    assert all("包裹追踪 机制" not in p for p in prompts)
    assert any("“包裹追踪机制”" in p for p in prompts)


def test_a_viewpoint_label_glued_to_its_heading_is_printed_in_brackets():
    assert one_name("包裹类型 从重量角度") == "包裹类型（从重量角度）"
    # A space beside a Latin word is how such names are written.
    assert one_name("CGroups 作用") == "CGroups 作用"


# ------------------------------------------------------------ 4. cues and defensible answers


def test_a_sequence_whose_labels_number_its_steps_gives_no_fill_in():
    steps = fact("s1", "sequence", "洗衣流程", "第一 浸泡", "第二 搓洗", "漂清晾干", section=HOUSE)
    offered = offers(index_notes([steps]), steps)
    assert "fill_blank" not in offered.forms
    assert "number" in offered.reasons["fill_blank"]


def test_the_same_sequence_without_labels_gives_a_fill_in():
    steps = fact("s1", "sequence", "洗衣流程", "浸泡", "搓洗", "漂清晾干", section=HOUSE)
    assert "fill_blank" in offers(index_notes([steps]), steps).forms


LISTS = [
    fact("l1", "list", "包裹状态", "待揽收", "运输中", "派送中", "已签收", line=1),
    fact("l2", "list", "运单类型", "普通件", "加急件", "冷链件", "到付件", line=5),
]


def test_a_select_all_question_offers_at_least_two_wrong_options():
    notes = index_notes(LISTS)
    built = drafts(LISTS, LISTS[1], "select_members", range(30))
    assert built
    for draft in built:
        assert sum(not o.correct for o in draft.question.options) >= 2
        assert ITEM_RULES["two_wrong_options"](draft, notes) is None


def test_a_select_all_question_with_one_wrong_option_breaks_two_wrong_options():
    notes = index_notes(LISTS)
    draft = drafts(LISTS, LISTS[1], "select_members", range(1))[0]
    right = [o for o in draft.question.options if o.correct]
    wrong = [o for o in draft.question.options if not o.correct]
    lone = replace(draft, question=replace(draft.question, options=(*right, wrong[0])))
    assert "1 wrong option" in ITEM_RULES["two_wrong_options"](lone, notes)


def test_two_description_questions_offering_each_other_s_key_are_not_on_one_paper():
    sorter = drafts(MACHINES, MACHINES[0], "term_to_definition", range(1))[0]
    forklift = drafts(MACHINES, MACHINES[1], "term_to_definition", range(1))[0]
    # Each offers the other's description as a wrong option.
    assert MACHINES[1].text in {o.text for o in sorter.question.options}
    assert MACHINES[0].text in {o.text for o in forklift.question.options}
    assert answers_another(forklift, [sorter])


def test_an_acronym_spelled_out_by_hyphenated_parts_is_no_definition_to_claim():
    ecg = fact(
        "d1",
        "definition",
        "ECG",
        text="electro-cardio-gram, records the beats of the heart",
        section=("Body notes", "Heart"),
        lang="en",
    )
    assert "spells out" in clue_problem("ECG", ecg.text)
    notes = index_notes([ecg])
    for draft in drafts([ecg], ecg, "claim_definition", range(2)):
        assert broken(draft, notes)[0] == "clue_identifies"


def test_a_fill_in_whose_clue_is_listed_under_a_broader_term_has_two_answers():
    section = ("Garden notes", "Pests")
    broad = fact("l1", "list", "blight", "Yellow spotted leaves", "Rotting stems", section=section)
    narrow = fact(
        "d1", "definition", "Early leaf blight", text="yellow spotted leaves", section=section
    )
    other = fact(
        "d2", "definition", "Late stem blight", text="rotting stems after rain", section=section
    )
    facts = [broad, narrow, other]
    notes = index_notes(facts)
    built = drafts(facts, narrow, "blank_term", range(1))
    assert built
    problem = ITEM_RULES["one_defensible_answer"](built[0], notes)
    assert problem and "blight" in problem


def test_a_term_defined_apart_from_a_run_of_definitions_takes_none_of_them():
    # The machines are defined one per line; the rule of signing is defined further on,
    # after a list: under one heading, but not one of the machines.
    between = fact("l1", "list", "包裹状态类型", "待揽收", "运输中", "已签收", line=30)
    rule = fact(
        "d9", "definition", "签收规则", text="收件人本人或指定代收点签字后才算送达", line=40
    )
    facts = [*MACHINES, between, rule]
    notes = index_notes(facts)
    built = drafts(facts, rule, "term_to_definition")
    assert built
    for draft in built:
        assert broken(draft, notes)[0] == "distractor_kind"
    # The machines still ask each other.
    for draft in drafts(facts, MACHINES[0], "term_to_definition"):
        assert ITEM_RULES["distractor_kind"](draft, notes) is None


def test_a_glossed_trait_is_not_claimed_as_a_term_s_meaning():
    section = ("Bike notes", "Gears")
    cons = fact(
        "l1",
        "list",
        "Hub gears Cons",
        "1 speed per cog=cannot be shifted under heavy load",
        "Heavy hub=adds weight to the rear wheel of the bike",
        section=section,
        lang="en",
    )
    notes = index_notes([cons])
    built = drafts([cons], cons, "claim_definition", range(2))
    assert built
    for draft in built:
        assert "trait" in ITEM_RULES["trait_terms"](draft, notes)


def test_a_false_claim_shows_a_definition_of_its_term_s_kind_first():
    # Two machines in one run, the other's description much shorter; two numbers in a list of
    # the same heading glossed at just the length of the machine asked about.
    sorter = fact(
        "d1", "definition", "分拣机", text="按照面单目的地把包裹自动送到不同出口的大型设备", line=20
    )
    forklift = fact("d2", "definition", "叉车", text="搬运整板包裹的车", line=21)
    numbers = fact(
        "l1",
        "list",
        "包裹编号",
        "全程运单号码=整趟旅程中各段共用的那一个唯一的运单编号",
        "中转分段号码=某一次中转时分拣中心自己生成的分段编号",
        line=30,
    )
    facts = [sorter, forklift, numbers]
    forms = offers(index_notes(facts), sorter).forms["true_false"]
    for seed in range(6):
        draft = forms[0].build(random.Random(seed), forms[0].facts, Ask("zh", 1, truth=False))
        assert forklift.text in draft.question.prompt
