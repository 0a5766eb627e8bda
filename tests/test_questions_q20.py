"""Session 20 (round 2) item rules, each with a small note of our own that breaks it: two
keys through a parameter's values, formulas standing for descriptions, near-duplicate terms
in a matching, and fill-ins whose answer is not a term."""

from __future__ import annotations

import random
from dataclasses import replace

from question_facts import drafts as shared_drafts
from question_facts import facts_under

from examgen.model import Fact
from examgen.questions.answers import same_value
from examgen.questions.categories import kinds_of, name_head
from examgen.questions.form import Ask, Draft, Origin, choice
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.kinship import same_kind as kin_same_kind
from examgen.questions.rules import ITEM_RULES
from examgen.questions.terms import term_problem
from examgen.questions.text import formula


def drafts(facts: list[Fact], asked: Fact, variety: str, seeds: range = range(40)) -> list:
    """The shared drafts, built with forty seeds and three points here."""
    return shared_drafts(facts, asked, variety, seeds, points=3)


KITCHEN = ("厨房复习", "烤箱参数")
fact = facts_under(KITCHEN)


def rejected(facts: list[Fact], draft: Draft, rule: str) -> str | None:
    return ITEM_RULES[rule](draft, index_notes(facts))


# ------------------------------------------------------------ 1. two keys through a value

FAN_0 = fact("d1", "definition", "fan_mode = 0", text="风扇始终关闭", line=3)
FAN_1 = fact("d2", "definition", "fan_mode = 1", text="烘烤全程开启风扇", line=4)
FAN_2 = fact("d3", "definition", "fan_mode = 2", text="只在预热阶段开启风扇", line=5)
FAN_DEFAULT = fact(
    "d4", "definition", "fan_mode 的默认值", text="出厂默认值为1，可在菜单中修改", line=6
)
TIMER = fact("d5", "definition", "timer_step", text="每按一次定时键增加五分钟", line=8)
LIGHT = fact("d6", "definition", "light_mode", text="控制炉灯在烘烤时是否常亮", line=9)
FAN_NOTES = [FAN_0, FAN_1, FAN_2, FAN_DEFAULT, TIMER, LIGHT]


def test_a_term_naming_a_value_and_that_value_s_meaning_say_one_thing():
    assert same_value("fan_mode 的默认值", "出厂默认值为1", "fan_mode = 1", "烘烤全程开启风扇")
    assert same_value("fan_mode = 1", "烘烤全程开启风扇", "fan_mode 的默认值", "出厂默认值为1")
    # Another value, or a number inside a longer one, is not the same thing.
    assert not same_value("fan_mode 的默认值", "出厂默认值为1", "fan_mode = 2", "预热")
    assert not same_value("fan_mode 的默认值", "默认值为10", "fan_mode = 1", "全程开启")


def test_the_default_s_description_with_the_value_s_meaning_as_an_option_is_two_keys():
    # Drawn, the value's meaning is no longer offered for the default (a setting's
    # description beside a term's is of another sort, see optionkind); offered by hand, it
    # is still a second key.
    origins = [
        Origin(FAN_DEFAULT.text, "answer", "d4", 0, correct=True),
        Origin(FAN_1.text, "definition", "d2", 1),
        Origin(TIMER.text, "definition", "d5", 1),
        Origin(LIGHT.text, "definition", "d6", 1),
    ]
    question = choice(
        "single_choice", "term_to_definition", "?", origins, Ask("zh", 3), (FAN_DEFAULT,)
    )
    draft = replace(
        question,
        subject=FAN_DEFAULT.subject,
        reveals=((FAN_DEFAULT.subject, FAN_DEFAULT.text),),
        asks=(FAN_DEFAULT.text,),
    )
    assert rejected(FAN_NOTES, draft, "one_defensible_answer")


# ------------------------------------------------------------ 4. near-duplicate terms in a matching

BAKE = ("Baking review", "Oven cycle")
en = facts_under(BAKE)
CYCLE = en(
    "m1",
    "list",
    "Oven cycle",
    "Preheat=bring the chamber up to the set temperature",
    "Bake=hold the temperature while the dough rises and browns",
    "Cooling=decide whether to halt the fan and open the door",
    "Halt=switch off the heaters and return the final reading",
    line=3,
    lang="en",
)
DOUGHS = en(
    "m2",
    "list",
    "Doughs",
    "Sourdough=a dough leavened by wild yeast and lactic bacteria",
    "Sourdough starter=a culture of flour and water kept alive by feeding",
    "Brioche=an enriched dough with butter, eggs and sugar",
    "Focaccia=a flat oven-baked bread topped with olive oil",
    line=10,
    lang="en",
)


def test_a_matching_with_one_term_inside_another_is_not_placed():
    built = [d for d in drafts([DOUGHS], DOUGHS, "match_members") if len(d.reveals) >= 2] + [
        d for d in drafts([DOUGHS], DOUGHS, "match_terms")
    ]
    built = [d for d in built if {"Sourdough", "Sourdough starter"} <= {t for t, _ in d.reveals}]
    assert built
    for draft in built:
        assert "nearly the same" in rejected([DOUGHS], draft, "one_defensible_answer")


def test_a_matching_gloss_naming_another_term_is_not_placed():
    built = [*drafts([CYCLE], CYCLE, "match_members"), *drafts([CYCLE], CYCLE, "match_terms")]
    built = [d for d in built if {"Cooling", "Halt"} <= {t for t, _ in d.reveals}]
    assert built
    for draft in built:
        assert "names the term" in rejected([CYCLE], draft, "one_defensible_answer")


# ------------------------------------------------------------ 2. formulas as descriptions

RISE = ("Dough science", "Rising")
sci = facts_under(RISE)
RISE_NOTES = [
    sci("f1", "definition", "Volume model", text="$V = V_0 e^{kt}$", line=3, lang="en"),
    sci("f2", "definition", "Yeast activity", text="$\\ln V = \\ln V_0 + k t$", line=4, lang="en"),
    sci("f3", "definition", "Proofing", text="the final rise of shaped dough", line=5, lang="en"),
    sci(
        "f4",
        "definition",
        "Punching down",
        text="pressing the gas out of risen dough",
        line=6,
        lang="en",
    ),
    sci(
        "f5",
        "definition",
        "Retarding",
        text="slowing the rise of dough in the cold",
        line=7,
        lang="en",
    ),
    sci(
        "f6",
        "definition",
        "Autolyse",
        text="resting flour and water before adding yeast",
        line=8,
        lang="en",
    ),
    sci("f7", "definition", "Oven heat", text="$Q = m c \\Delta T$", line=12, lang="en"),
]


def test_a_formula_is_a_formula_only_with_few_words_around_it():
    assert formula("$y = a x + b$") and formula("Assume $y \\sim N(0, 1)$")
    assert not formula("Set the derivative to zero and solve for $b$")
    assert not formula("length of vectors")


def test_which_term_a_formula_describes_is_not_asked_beside_another_formula_s_term():
    built = [
        d
        for d in drafts(RISE_NOTES, RISE_NOTES[0], "definition_to_term")
        if any(o.text == "Yeast activity" for o in d.question.options)
    ]
    assert built
    for draft in built:
        assert "same symbols" in rejected(RISE_NOTES, draft, "formula_descriptions")


def test_a_formula_of_other_symbols_is_no_rival():
    built = [
        d
        for d in drafts(RISE_NOTES, RISE_NOTES[-1], "definition_to_term")
        if any(o.text == "Volume model" for o in d.question.options)
    ]
    assert built
    for draft in built:
        assert rejected(RISE_NOTES, draft, "formula_descriptions") is None


def test_a_formula_is_no_false_claim_of_a_term_described_in_words():
    few = RISE_NOTES[:3]
    notes = index_notes(few)
    built = []
    for forms in offers(notes, few[2]).forms.values():
        for form in forms:
            if form.variety == "claim_definition":
                for seed in range(30):
                    built.append(form.build(random.Random(seed), form.facts, Ask("en", 1, False)))
    built = [d for d in built if not d.question.truth and "$" in d.question.prompt]
    assert built
    for draft in built:
        assert "described in words" in rejected(few, draft, "formula_descriptions")


# ------------------------------------------------------------ 3. judgements are no terms

JUDGED = ("Dough science", "Milling choices")
judge = facts_under(JUDGED)
FLOUR_NOTES = [
    judge("j1", "definition", "Best flour", text="highest protein content", line=3, lang="en"),
    judge("j2", "definition", "Bread flour", text="a flour of 12-14% protein", line=4, lang="en"),
    judge("j3", "definition", "Cake flour", text="a soft flour of 7-9% protein", line=5, lang="en"),
    judge(
        "j4",
        "definition",
        "Whole wheat",
        text="flour milled from the whole kernel",
        line=6,
        lang="en",
    ),
]


def test_a_judgement_is_no_term():
    assert term_problem("Best flour") and term_problem("最佳方案")
    assert term_problem("Bread flour") is None and term_problem("Best") is None
    assert term_problem("best effort") is None and term_problem("最佳适应算法") is None


def test_a_fill_in_asking_a_judgement_is_not_placed():
    built = drafts(FLOUR_NOTES, FLOUR_NOTES[0], "blank_term")
    assert built
    for draft in built:
        assert "judges" in rejected(FLOUR_NOTES, draft, "named_terms")


# ------------------------------------------------------------ 5. kinds of lists from a viewpoint

LIBRARY = ("图书馆复习", "馆藏")
lib = facts_under(LIBRARY)
BY_FORMAT = lib("k1", "list", "藏书类型 从装帧特性角度", "精装本", "平装本", "线装本", line=3)
BY_USE = lib("k2", "list", "藏书类型 从借阅方式角度", "外借本", "阅览本", "保存本", line=6)
TRAITS = lib("k3", "list", "馆藏特性", "系统性", "完整性", "时效性", "专业性", line=10)
ACCESS = lib("k4", "list", "借阅的三个元素", "读者", "图书", "借阅证", line=14)
CARD = lib("k5", "list", "读者的特质", "年龄", "专业", line=18)


def test_a_viewpoint_does_not_give_a_list_another_kind():
    assert kinds_of("藏书类型 从装帧特性角度") == kinds_of("藏书类型")
    assert kinds_of("锁（按特性）") == kinds_of("锁")
    assert kinds_of("借阅的三个元素") == kinds_of("借阅组成")


def test_a_type_is_no_false_member_of_a_list_of_traits():
    notes = [BY_FORMAT, BY_USE, TRAITS]
    built = [d for d in drafts(notes, TRAITS, "claim_member") if not d.question.truth]
    built = [
        d
        for seed in range(30)
        for d in _claims(notes, TRAITS, seed)
        if any(m in d.question.prompt for m in ("精装本", "平装本", "线装本"))
    ] + built
    assert built
    for draft in built:
        assert rejected(notes, draft, "option_kinds")


def _claims(facts: list[Fact], asked: Fact, seed: int) -> list[Draft]:
    found = []
    for forms in offers(index_notes(facts), asked).forms.values():
        for form in forms:
            if form.variety == "claim_member":
                draft = form.build(random.Random(seed), form.facts, Ask("zh", 1, False))
                if not draft.question.truth:
                    found.append(draft)
    return found


# ------------------------------------------------------------ 5. an ending inside a word

GARDEN = ("Garden", "Care")
gar = facts_under(GARDEN)
GARDEN_NOTES = [
    gar("g1", "list", "Fertilization", "Compost", "Manure", line=3, lang="en"),
    gar(
        "g2",
        "definition",
        "Compost",
        text="decayed plant matter used to enrich soil",
        line=4,
        lang="en",
    ),
    gar(
        "g3", "definition", "Manure", text="animal dung spread to feed the soil", line=5, lang="en"
    ),
    gar("g4", "list", "tools for soil aeration", "Fork", "Spike", line=8, lang="en"),
    gar(
        "g5",
        "definition",
        "Fork",
        text="a tool with tines that loosens packed earth",
        line=9,
        lang="en",
    ),
    gar(
        "g6",
        "definition",
        "Spike",
        text="a pointed bar driven in to open holes",
        line=10,
        lang="en",
    ),
]


def test_lists_ending_alike_inside_a_word_are_no_kin():
    notes = index_notes(GARDEN_NOTES)
    compost, fork = notes.pairs_of["g2"][0], notes.pairs_of["g5"][0]
    # "Fertilization" and "…aeration" share "ation", no word: a tool is no fertilizer.
    assert not kin_same_kind(notes, compost, fork)
    assert kin_same_kind(notes, compost, notes.pairs_of["g3"][0])


# ------------------------------------------------------------ 5. a list named by its kind

POND = ("Pond", "Fish care")
pond = facts_under(POND)
POND_NOTES = [
    pond(
        "p1",
        "list",
        "effects of fish pellets",
        "cloudy water",
        "algae bloom",
        "low oxygen",
        line=3,
        lang="en",
    ),
    pond(
        "p2",
        "list",
        "busy zones in summer",
        "shallow edge",
        "lily pads",
        "inflow pipe",
        line=6,
        lang="en",
    ),
    pond(
        "p3",
        "list",
        "trouble near the filter",
        "clogged sponge",
        "weak flow",
        "noisy pump",
        line=9,
        lang="en",
    ),
]


def test_an_english_name_ends_its_head_before_of():
    assert name_head("effects of fish pellets") == "effects"
    assert name_head("Container runtimes") == "runtimes"


def test_a_list_named_by_its_kind_takes_no_wrong_option_from_a_list_naming_none():
    built = [
        d
        for d in drafts(POND_NOTES, POND_NOTES[0], "belongs")
        if any(not o.correct for o in d.question.options)
    ]
    assert built
    for draft in built:
        assert rejected(POND_NOTES, draft, "option_kinds")


# ------------------------------------------------------------ 5. properties among things

SHOP = ("面包店复习",)
shop = facts_under(SHOP)
SHOP_NOTES = [
    shop("s1", "list", "烤箱的两层", "烘烤层", "保温层", line=3),
    shop("s2", "list", "面包店特点", "季节性", "地域性", "时效性", "手工性", line=6),
    shop("s3", "list", "收银的三个元素", "顾客", "商品", "价格", line=10),
]


def test_a_property_is_no_wrong_option_among_things():
    built = [
        d
        for d in drafts(SHOP_NOTES, SHOP_NOTES[0], "belongs")
        if any(o.text.endswith("性") for o in d.question.options)
    ]
    assert built
    for draft in built:
        assert "property" in rejected(SHOP_NOTES, draft, "option_kinds")


# ------------------------------------------------------------ 6. one shared character

STORE = ("面包店复习", "储存")
store = facts_under(STORE)
STORE_NOTES = [
    store("w1", "definition", "持久度", text="放置数日后口感仍能长久如新", line=3),
    store("w2", "definition", "松软度", text="按压后回弹得快还是慢", line=4),
    store("w3", "definition", "酥脆度", text="咬下时碎裂发出的声响大小", line=5),
    store("w4", "definition", "湿润度", text="切面含水使面包显得柔嫩", line=6),
]


def test_an_answer_alone_sharing_a_character_with_the_stem_is_a_cue():
    built = drafts(STORE_NOTES, STORE_NOTES[0], "term_to_definition")
    assert built
    for draft in built:
        # Only the answer says "久" of 持久度: no pair of characters, one is enough.
        assert "shares" in rejected(STORE_NOTES, draft, "no_shared_word_cue")


CRUMB_NOTES = [
    sci("g1", "definition", "Crumb model", text="$c = D\\alpha + \\eta$", line=3, lang="en"),
    sci(
        "g2",
        "definition",
        "Crumb likelihood",
        text="$q(c|\\mathbf{d}) = \\frac{1}{\\sqrt{2\\pi\\tau^2}}\\exp(-(c-\\mathbf{d}\\alpha)^2)$",
        line=4,
        lang="en",
    ),
    *RISE_NOTES[2:6],
]


def test_a_formula_sharing_two_symbols_with_the_stem_s_formula_is_a_rival_however_long():
    built = [
        d
        for d in drafts(CRUMB_NOTES, CRUMB_NOTES[1], "definition_to_term")
        if any(o.text == "Crumb model" for o in d.question.options)
    ]
    assert built
    for draft in built:
        assert "same symbols" in rejected(CRUMB_NOTES, draft, "formula_descriptions")
