"""A false true/false claim shows another term's definition: that term must be of the claimed
term's kind, and the borrowed definition must not be true of the claimed term by the notes."""

from __future__ import annotations

import random
from dataclasses import replace

from question_facts import facts_under

from examgen.model import Fact, Question
from examgen.questions.form import Ask, Draft, Origin
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.rules import ITEM_RULES

SECTION = ("花园笔记", "工具")


fact = facts_under(SECTION, source="garden.md")


def false_claims(facts: list[Fact], asked: Fact) -> list[Draft]:
    """The false "X指的是：…" claims ``asked`` gives, built with several seeds."""
    notes = index_notes(facts)
    built = []
    for form in offers(notes, asked).forms.get("true_false", ()):
        if form.variety == "claim_definition":
            for seed in range(8):
                ask = Ask(asked.lang, 1, truth=False)
                built.append(form.build(random.Random(seed), form.facts, ask))
    return [d for d in built if not d.question.truth]


TOOLS = fact(
    "l1",
    "list",
    "修剪工具",
    "剪枝刀=剪下手指粗细以内枝条的短刀",
    "高枝剪=装在长杆上剪高处枝条的剪刀",
    "绿篱机=用电机带动往复刀片修整整排灌木的机器",
)
PESTS = fact(
    "l2",
    "list",
    "常见害虫",
    "蚜虫=成群吸食嫩芽汁液的绿色小虫",
    "红蜘蛛=在叶背结网吸食汁液的微小螨类",
)


def test_a_false_claim_borrowing_a_definition_of_another_kind_is_rejected():
    # One pest, defined under its own heading: the only definitions to borrow are tools'.
    aphid = fact(
        "d1",
        "definition",
        "蚜虫",
        text="成群吸食嫩芽汁液的绿色小虫",
        line=30,
        section=("花园笔记", "病虫害"),
    )
    facts = [TOOLS, aphid]
    notes = index_notes(facts)
    built = false_claims(facts, aphid)
    assert built
    for draft in built:
        assert ITEM_RULES["distractor_kind"](draft, notes), draft.question.prompt


def test_a_false_claim_from_a_sibling_passes_distractor_kind():
    facts = [TOOLS, PESTS]
    notes = index_notes(facts)
    built = false_claims(facts, TOOLS)
    assert built
    assert all(ITEM_RULES["distractor_kind"](d, notes) is None for d in built)


def test_a_false_claim_never_borrows_a_definition_that_names_the_claimed_term():
    # 高枝剪 "is a 剪枝刀 on a long pole": its definition says something of 剪枝刀 too.
    tools = fact(
        "l1",
        "list",
        "修剪工具",
        "剪枝刀=剪下手指粗细以内枝条的短刀",
        "高枝剪=装在长杆上的剪枝刀，用来剪高处枝条",
        "绿篱机=用电机带动往复刀片修整整排灌木的机器",
    )
    claims = [d for d in false_claims([tools], tools) if d.subject == "剪枝刀"]
    assert claims
    assert not any("装在长杆上" in d.question.prompt for d in claims)


def test_a_false_claim_borrowing_the_definition_of_a_case_of_its_term_is_rejected():
    # `浇水频率 = 每天`'s definition is one case of 浇水频率: not false of it.
    values = [
        fact("d1", "definition", "浇水频率", text="根据土壤干湿决定多久浇一次水", line=10),
        fact("d2", "definition", "浇水频率 = 每天", text="夏季盆栽每天早晚各浇一次", line=11),
        fact("d3", "definition", "施肥周期", text="生长季每两周施一次稀薄液肥", line=12),
    ]
    notes = index_notes(values)
    drawn = false_claims(values, values[0])
    # Drawn, a setting's definition is of another sort than a term's (see optionkind): the
    # claim borrows 施肥周期's. Borrowed by hand, the case's definition is still rejected.
    assert drawn
    assert not any("每天早晚" in d.question.prompt for d in drawn)
    base = drawn[0]
    borrowed = Origin(values[1].text, "definition", "d2", 1)
    draft = replace(
        base,
        origins=(*(o for o in base.origins if o.correct), borrowed),
        asks=(base.asks[0], base.asks[1], values[1].text),
    )
    reason = ITEM_RULES["one_defensible_answer"](draft, notes)
    assert reason and "a case of" in reason


def false_member_claims(facts: list[Fact], asked: Fact) -> list[Draft]:
    """The false "A 属于 X" claims ``asked`` gives, built with several seeds."""
    notes = index_notes(facts)
    built = []
    for form in offers(notes, asked).forms.get("true_false", ()):
        if form.variety == "claim_member":
            for seed in range(8):
                built.append(form.build(random.Random(seed), form.facts, Ask("zh", 1, truth=False)))
    return [d for d in built if not d.question.truth]


def test_a_name_is_no_wrong_member_of_a_list_of_sentences_named_by_the_same_head_word():
    # Both lists end in 机制 (no kind word); one holds sentences, the other names: a name
    # claimed to be one of the sentences is false on its face.
    watering = fact(
        "l1",
        "list",
        "浇水 机制",
        "清晨土温低时沿盆边慢慢浇透直到底孔出水",
        "夏天中午不要浇冷水以免根系受激而烂根",
        "冬季减少次数并在晴天午后浇温水",
        section=("花园笔记", "浇水"),
    )
    feeding = fact(
        "l2",
        "list",
        "施肥 机制",
        "穴施",
        "撒施",
        "叶面喷施",
        section=("花园笔记", "施肥"),
    )
    facts = [watering, feeding]
    notes = index_notes(facts)
    # Under another heading, 施肥机制 is no sibling list: a false claim drawn from it is
    # turned down (session 23), and so it is for its kind, built by hand.
    drawn = false_member_claims(facts, watering)
    assert drawn
    assert all(ITEM_RULES["false_member_sibling"](d, notes) for d in drawn)
    question = Question("true_false", "“叶面喷施”属于“浇水机制”。", 1, ("l1",), "garden.md:1")
    claim = Draft(
        question,
        "claim_member",
        subject="浇水机制",
        stem_texts=("浇水机制",),
        origins=(Origin("叶面喷施", "other list", "l2", 1),),
        asks=("叶面喷施",),
    )
    assert ITEM_RULES["option_kinds"](claim, notes)
