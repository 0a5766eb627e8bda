"""Session 21 (wt-q21b) item rules and wording, each with a small note of our own: stems that
say what they ask (a context that names what the blank is), one defensible answer (no "NOT"
of an open list, no fill-in another named thing fits), no cues (a context or title naming the
answer, a key alone sharing a word with the stem), no headings or fragments as categories,
and "both" for two."""

from __future__ import annotations

import random
from dataclasses import replace

from question_facts import drafts, facts_under

from examgen.model import Fact, Option, Question
from examgen.questions.categories import category_problem
from examgen.questions.clues import clue_problem
from examgen.questions.form import Ask, Draft
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.rules import ITEM_RULES
from examgen.questions.terms import term_problem

GARDEN = ("Garden review", "Soil care")
en = facts_under(GARDEN)
KITCHEN = ("厨房复习", "发酵")
zh = facts_under(KITCHEN)


def rejected(facts: list[Fact], draft: Draft, rule: str) -> str | None:
    return ITEM_RULES[rule](draft, index_notes(facts))


# ------------------------------------------------------------ 5. "both", no count said twice

MULCH = en("l1", "list", "Mulch types", "straw", "bark chips", line=3, lang="en")
LAYERS = zh("l2", "list", "面团的两层", "外皮", "内芯", line=5)
STARTERS = zh("l3", "list", "酵头种类", "鲁邦种", "波兰种", "中种", line=8)


def test_a_two_member_english_list_is_asked_for_both_items():
    prompts = {d.question.prompt for d in drafts([MULCH, STARTERS], MULCH, "enumerate")}
    assert prompts == {"List both items of “Mulch types”."}


def test_a_list_whose_name_counts_its_members_is_not_counted_again_in_the_stem():
    prompts = {d.question.prompt for d in drafts([LAYERS, STARTERS], LAYERS, "enumerate")}
    assert prompts == {"请列出“面团的两层”的各项。"}
    # A list whose name counts nothing still says how many.
    prompts = {d.question.prompt for d in drafts([LAYERS, STARTERS], STARTERS, "enumerate")}
    assert prompts == {"请列出“酵头种类”的全部3项。"}


# ------------------------------------------------------------ 3. answer cues


def choice_draft(qtype: str, variety: str, stem: str, *options: str) -> Draft:
    """A choice question whose stem shows ``stem``; an option "*x" is a right one."""
    shown = tuple(Option(o.lstrip("*"), o.startswith("*")) for o in options)
    prompt = f"“{stem}”"
    question = Question(qtype, prompt, 2, ("l1",), "notes.md:3", options=shown)  # type: ignore[arg-type]
    return Draft(question, variety, subject=stem, stem_texts=(stem,))


def test_select_all_answers_each_sharing_a_word_of_the_stem_alone_are_cued():
    # 个人习惯 shares 个人, 生物特质 shares 特质; the wrong options share nothing.
    draft = choice_draft(
        "multiple_choice",
        "select_members",
        "个人的特质",
        "*个人习惯",
        "*生物特质",
        "耐热性",
        "透气性",
    )
    assert ITEM_RULES["no_shared_word_cue"](draft, index_notes([]))
    # A wrong option sharing a word too leaves no cue.
    fair = choice_draft(
        "multiple_choice",
        "select_members",
        "个人的特质",
        "*个人习惯",
        "*生物特质",
        "个人卫生",
        "透气性",
    )
    assert ITEM_RULES["no_shared_word_cue"](fair, index_notes([])) is None


def test_the_one_option_not_repeating_the_stem_of_a_not_belongs_question_is_cued():
    draft = choice_draft(
        "single_choice",
        "not_belongs",
        "酸面包的特点",
        "*全麦粉只能机器揉面",
        "酸面包耐储存",
        "酸面包风味浓郁",
        "酸面包表皮坚硬",
    )
    assert ITEM_RULES["no_shared_word_cue"](draft, index_notes([]))


def test_a_character_every_option_has_does_not_hide_the_one_only_the_answer_shares():
    # 索 is in every option and in the clue's 搜索; 文 is the answer's alone.
    draft = choice_draft(
        "single_choice",
        "definition_to_term",
        "用于文本搜索",
        "*全文索引",
        "唯一索引",
        "主键索引",
        "聚簇索引",
    )
    assert ITEM_RULES["no_shared_word_cue"](draft, index_notes([]))


# ------------------------------------------------------------ 4. headings as categories and titles

PROCESSES = zh("l1", "list", "烤箱 运行各类关键进程", "预热", "烘烤", "保温", line=3)
OVEN_PARTS = zh("l2", "list", "烤箱 运行的进程", "定时", "照明", "风扇", line=6)
TOOLS = zh("l3", "list", "烘焙工具", "刮刀", "量杯", "筛网", line=9)


def test_a_heading_that_is_a_verb_and_its_object_is_no_category():
    notes = [PROCESSES, OVEN_PARTS, TOOLS]
    built = drafts(notes, PROCESSES, "select_members") + drafts(notes, PROCESSES, "enumerate")
    assert built
    for draft in built:
        assert "clause" in (rejected(notes, draft, "category") or "")
    # "运行的进程" (the processes it runs) names a kind.
    for draft in drafts(notes, OVEN_PARTS, "enumerate"):
        assert rejected(notes, draft, "category") is None


def order_drafts(name: str, *steps: str, lang: str = "zh") -> tuple[list[Fact], list[Draft]]:
    build = en if lang == "en" else zh
    sequence = build("s1", "sequence", name, *steps, line=3, lang=lang)
    notes = [sequence, TOOLS]
    return notes, drafts(notes, sequence, "order_steps")


def test_an_ordering_whose_title_names_its_first_step_is_rejected():
    notes, built = order_drafts("Dough Model 发酵过程", "Dough Model", "Proofing", "Baking")
    assert built
    for draft in built:
        assert "names the step" in (rejected(notes, draft, "sequence_title") or "")


def test_an_ordering_of_a_heading_with_a_question_glued_on_is_rejected():
    notes, built = order_drafts(
        "Sourdough How it works", "Feed the starter", "Mix the dough", "Bake the loaf", lang="en"
    )
    assert built
    for draft in built:
        assert "question" in (rejected(notes, draft, "sequence_title") or "")


def test_a_ranking_is_not_ordered_as_steps():
    notes, built = order_drafts("选择面粉的依据", "高筋粉", "中筋粉", "全麦粉")
    assert built
    for draft in built:
        assert "ranking" in (rejected(notes, draft, "sequence_title") or "")


def test_a_process_whose_title_names_no_step_is_ordered():
    notes, built = order_drafts("面包制作过程", "和面", "发酵", "烘烤")
    assert built
    for draft in built:
        assert rejected(notes, draft, "sequence_title") is None


def test_a_name_is_not_claimed_as_what_a_heading_means():
    method = en(
        "d1",
        "definition",
        "Dough mixing optimization",
        text="Autolyse Rest Method",
        line=3,
        lang="en",
    )
    other = en(
        "d2",
        "definition",
        "Proofing",
        text="letting the shaped dough rise before baking",
        line=4,
        lang="en",
    )
    third = en(
        "d3",
        "definition",
        "Scoring",
        text="cutting the top of the loaf so it can expand",
        line=5,
        lang="en",
    )
    notes = [method, other, third]
    built = drafts(notes, method, "claim_definition")
    assert built
    for draft in built:
        assert rejected(notes, draft, "means_a_definition")


# ------------------------------------------------------------ 1. a context that says what it asks


def blank_prompts(facts: list[Fact], asked: Fact) -> set[str]:
    return {d.question.prompt for d in drafts(facts, asked, "blank_term")}


def test_a_fill_in_names_the_relation_its_list_s_lead_in_gives():
    tools = replace(
        en(
            "l1",
            "list",
            "prune",
            "Loppers=cutting branches too thick for shears",
            "Saw=cutting old trunks close to the ground",
            line=3,
            section=(*GARDEN, "prune"),
            lang="en",
        ),
        label="Some tools that are used for pruning include",
    )
    loppers = en(
        "d1",
        "definition",
        "Loppers",
        text="cutting branches too thick for shears",
        line=4,
        section=(*GARDEN, "prune"),
        lang="en",
    )
    prompts = blank_prompts([tools, loppers], loppers)
    assert prompts == {
        "In “tools that are used for pruning”, ______: cutting branches too thick for shears."
    }


def test_a_bare_heading_is_named_with_its_parent():
    heap = en(
        "d1",
        "definition",
        "Heap",
        text="a pile of green and brown waste turning into soil",
        line=3,
        section=(*GARDEN, "Composting", "Operation"),
        lang="en",
    )
    assert blank_prompts([heap], heap) == {
        "In “Operation (Composting)”, ______: a pile of green and brown waste turning into soil."
    }


def test_a_fill_in_under_a_heading_that_is_a_sentence_is_not_asked():
    # Its parent heading is about something else: the line is about the sentence's topic.
    mound = en(
        "d1",
        "definition",
        "Hugelkultur",
        text="a raised bed built over rotting logs and branches",
        line=3,
        section=(*GARDEN, "Raised beds", "Taking the idea of raised beds to the next level"),
        lang="en",
    )
    assert blank_prompts([mound], mound) == set()


def test_a_heading_sharing_a_word_with_the_answer_gives_way_to_its_parent():
    hip = en(
        "d1",
        "definition",
        "Rose hip",
        text="the fruit left on the stem after the flower fades",
        line=3,
        section=(*GARDEN, "Shrubs", "Rose pruning"),
        lang="en",
    )
    assert blank_prompts([hip], hip) == {
        "In “Shrubs”, ______: the fruit left on the stem after the flower fades."
    }


def test_a_definition_of_a_listed_term_names_its_list_in_a_claim():
    fields = zh(
        "l1",
        "list",
        "面团状态字段",
        "含水量=面粉与水之间的比例",
        "flag=标识面团是否已经发酵",
        line=3,
    )
    flag = zh("d1", "definition", "flag", text="标识面团是否已经发酵", line=5)
    water = zh("d2", "definition", "含水量", text="面粉与水之间的比例", line=4)
    facts = [fields, water, flag]
    claims = drafts(facts, flag, "claim_definition")
    assert claims
    assert all(d.question.prompt.startswith("在“面团状态字段”中，“flag”指的是") for d in claims)


# ------------------------------------------------------------ 2. no "NOT" of an open list


def false_claims(facts: list[Fact], asked: Fact) -> list[Draft]:
    notes = index_notes(facts)
    built = []
    for form in offers(notes, asked).forms.get("true_false", ()):
        if form.variety == "claim_member":
            for seed in range(20):
                ask = Ask(asked.lang, 2, truth=False)
                built.append(form.build(random.Random(seed), form.facts, ask))
    return [d for d in built if not d.question.truth]


BREAD_USES = zh("l1", "list", "面包应用场景", "早餐", "三明治", "野餐", line=3)
CAKE_USES = zh("l2", "list", "蛋糕使用场景", "生日聚会", "下午茶", "婚礼", line=7)
OVEN_TYPES = zh("l3", "list", "烤箱类型", "风炉", "平炉", "石板炉", line=11)


def test_a_use_of_another_thing_is_not_claimed_false_of_an_open_list_of_uses():
    facts = [BREAD_USES, CAKE_USES]
    built = false_claims(facts, BREAD_USES)
    assert built
    for draft in built:
        assert "may belong to both" in (rejected(facts, draft, "closed_list") or "")


def test_a_member_of_a_list_of_another_kind_is_false_on_its_face():
    facts = [BREAD_USES, OVEN_TYPES]
    built = false_claims(facts, BREAD_USES)
    assert built
    for draft in built:
        assert rejected(facts, draft, "closed_list") is None


def test_an_aspect_of_a_topic_is_no_term():
    assert term_problem("typical use of Actigraphs")
    assert term_problem("cause of RBD") and term_problem("prevalence of Narcolepsy")
    assert term_problem("DAC 特性")
    assert term_problem("Theory of mind") is None


def test_a_plural_inside_an_in_phrase_heads_no_category():
    regions = en("l1", "list", "activity in Gardeners", "Wrist", "Lower back", line=3, lang="en")
    effects = en("l2", "list", "effects of Heavy mulch", "slugs", "damp roots", line=6, lang="en")
    notes = index_notes([regions, effects])
    assert "one thing" in (category_problem(notes, regions) or "")
    assert category_problem(notes, effects) is None


def test_a_use_of_another_thing_is_no_wrong_option_of_an_open_list_of_uses():
    facts = [BREAD_USES, CAKE_USES, OVEN_TYPES]
    built = [
        d
        for d in drafts(facts, BREAD_USES, "select_members", range(20))
        if any(o.slot != "answer" and o.fact == CAKE_USES.id for o in d.origins)
    ]
    assert built
    for draft in built:
        assert "may belong to both" in (rejected(facts, draft, "closed_list") or "")


def test_a_fill_in_of_steps_under_a_heading_with_a_question_glued_on_is_rejected():
    sequence = en(
        "s1",
        "sequence",
        "Sourdough How it works",
        "Feed the starter",
        "Mix the dough",
        "Bake the loaf",
        line=3,
        lang="en",
    )
    notes = [sequence, TOOLS]
    built = drafts(notes, sequence, "blank_step")
    assert built
    for draft in built:
        assert "question" in (rejected(notes, draft, "sequence_title") or "")


def test_a_fill_in_of_steps_whose_title_says_the_blank_in_another_script_is_rejected():
    # 索引 is "index" in the table of common words.
    sequence = zh(
        "s1", "sequence", "Table Model 索引過程", "Table Model", "Relation", "Index", line=3
    )
    notes = [sequence, TOOLS]
    built = [d for d in drafts(notes, sequence, "blank_step", range(20)) if d.asks == ("Index",)]
    assert built
    for draft in built:
        assert "says the blanked step" in (rejected(notes, draft, "sequence_title") or "")


def test_names_set_equal_are_other_names_not_a_definition():
    assert clue_problem("Proving", "Rising = Fermentation")
    assert clue_problem("Slope", "$m = \\frac{dy}{dx}$") is None
    assert clue_problem("Hydration", "water = 70% of flour") is None


def test_an_ordering_whose_name_spells_its_steps_initials_in_order_is_rejected():
    # "PGO waves" over pons → lateral geniculate nucleus → occipital lobe: the acronym is
    # the answer key, whichever word of a step its letter opens.
    notes, built = order_drafts(
        "RPB bread", "rise the dough", "then proof it", "bake it", lang="en"
    )
    assert built
    for draft in built:
        assert "initials" in (rejected(notes, draft, "sequence_title") or "")


def test_an_acronym_in_the_name_that_does_not_spell_the_steps_leaves_the_ordering():
    notes, built = order_drafts("BBQ bread", "rise the dough", "proof it", "bake it", lang="en")
    assert built
    for draft in built:
        assert rejected(notes, draft, "sequence_title") is None


def test_a_fill_in_of_a_step_whose_name_spells_the_steps_initials_is_rejected():
    # "PGO" over three steps: the blank's initial is told by its place (rv72 psych, weak).
    sequence = en(
        "s1", "sequence", "RPB bread", "rise the dough", "then proof it", "bake it", lang="en"
    )
    notes = [sequence, TOOLS]
    built = drafts(notes, sequence, "blank_step", range(20))
    assert built
    for draft in built:
        assert "initials" in (rejected(notes, draft, "sequence_title") or "")
