"""Session 19 item rules, each with a small note of our own that breaks it: questions that
answer each other by a key printed inside another's text, stems that lose the heading that
scopes their list, counts in the stem the options contradict, false claims that overlap the
term's own definition, translations the table missed, clues that tell no one term, and
sentences claimed as members."""

from __future__ import annotations

import random

from question_facts import drafts, facts_under

from examgen.model import Option, Question
from examgen.questions.categories import stated_count
from examgen.questions.clues import clue_problem
from examgen.questions.definitions import group_matching_forms
from examgen.questions.form import Ask, Draft, Origin
from examgen.questions.index import index_notes
from examgen.questions.owners import owned_name
from examgen.questions.rules import ITEM_RULES, answers_another
from examgen.questions.translations import translated
from examgen.questions.truths import shared_claim

BAKERY = ("烘焙复习", "面包房")
fact = facts_under(BAKERY)


CORE = fact("l1", "list", "主要工具", "烤箱", "搅拌机", line=3)
HEATING = fact("l2", "list", "烤箱 加热方式", "上火", "下火", "热风", line=6)
PARTS = fact("l3", "list", "搅拌机 配件", "打蛋球", "搅拌桨", "面钩", line=10)
BREADS = fact("l4", "list", "面包种类", "吐司", "法棍", "可颂", "贝果", line=14)
CAKES = fact("l5", "list", "蛋糕种类", "戚风", "海绵", "芝士", "慕斯", line=18)
ESSENTIALS = fact("l6", "list", "面包三要素", "面粉", "清水", "酵母", line=22)
BAKERY_NOTES = [CORE, HEATING, PARTS, BREADS, CAKES, ESSENTIALS]


# ------------------------------------------------------------ 1. keys inside another's text


def test_a_short_answer_whose_key_heads_another_question_s_list_is_given_away():
    recall = drafts(BAKERY_NOTES, CORE, "enumerate")[0]
    claims = drafts(BAKERY_NOTES, HEATING, "claim_member")
    assert recall.asks == ("烤箱", "搅拌机") and claims
    # "上火 属于 烤箱 加热方式" prints 烤箱, one of the two main tools asked.
    for claim in claims:
        assert answers_another(recall, [claim])
        assert answers_another(claim, [recall])


def test_a_short_answer_whose_key_is_inside_another_s_option_is_given_away():
    recall = Draft(
        Question("short_answer", "请列出“发酵方式”的全部2项。", 4, ("l7",), "notes.md:30"),
        "enumerate",
        subject="发酵方式",
        asks=("冷藏", "室温"),
    )
    choice = Draft(
        Question(
            "multiple_choice",
            "下列选项中，属于“面团处理”的有哪些？",
            2,
            ("l8",),
            "notes.md:40",
            options=(Option("冷藏发酵", True), Option("整形", True), Option("烘烤", False)),
        ),
        "select_members",
        subject="面团处理",
    )
    assert answers_another(recall, [choice])


def test_a_fill_in_key_inside_another_question_s_title_is_given_away():
    blank = Draft(
        Question("fill_blank", "In “mixer”, ______: kneads stiff dough.", 2, ("d1",), "n.md:2"),
        "blank_term",
        stem_texts=("kneads stiff dough", "mixer"),
        asks=("dough hook",),
    )
    ordering = Draft(
        Question(
            "ordering", "Put the steps of “fitting the dough hook” in order.", 2, ("s1",), "n.md:9"
        ),
        "order_steps",
        subject="fitting the dough hook",
        stem_texts=("fitting the dough hook",),
    )
    assert answers_another(blank, [ordering])


def test_a_latin_key_inside_a_longer_word_or_among_options_gives_nothing_away():
    blank = Draft(
        Question("fill_blank", "In “mixer”, ______: a bent metal arm.", 2, ("d1",), "n.md:2"),
        "blank_term",
        stem_texts=("a bent metal arm", "mixer"),
        asks=("hook",),
    )
    choice = Draft(
        Question(
            "single_choice",
            "Which of the following belongs to “hooked tools”?",
            2,
            ("l1",),
            "n.md:9",
            options=(Option("hook", True), Option("whisk"), Option("paddle"), Option("scraper")),
        ),
        "belongs",
        subject="hooked tools",
        stem_texts=("hooked tools",),
    )
    # "hooked" is another word, and a term among options says nothing of what it means.
    assert answers_another(blank, [choice]) is None


# ---------------------------------------------------------- 2. the heading that scopes a list


def test_a_bare_kind_word_carries_its_chapter_heading():
    notes = index_notes(BAKERY_NOTES)
    assert owned_name(notes, CORE) == "主要工具（面包房）"
    recall = drafts(BAKERY_NOTES, CORE, "enumerate")[0]
    assert "“主要工具（面包房）”" in recall.question.prompt


def test_a_short_list_name_under_a_section_of_its_own_carries_the_section():
    en = facts_under(("bread notes", "dough", "bulk proof"))
    signs = en("l1", "list", "rising signs", "doubled volume", "domed top", "airy bubbles",
               lang="en")  # fmt: skip
    recall = drafts([signs], signs, "enumerate")[0]
    assert "“rising signs (bulk proof)”" in recall.question.prompt


def test_a_name_that_says_its_thing_stays_as_the_notes_write_it():
    notes = index_notes(BAKERY_NOTES)
    # "面包种类" names its thing; "烤箱 加热方式" too.
    assert owned_name(notes, BREADS) == "面包种类"
    assert owned_name(notes, HEATING) == "烤箱 加热方式"
    en = facts_under(("bread notes", "dough", "bulk proof"))
    long = en("l2", "list", "signs that the dough has risen enough", "doubled", "domed",
              lang="en")  # fmt: skip
    assert owned_name(index_notes([long]), long) == "signs that the dough has risen enough"


# ----------------------------------------------------------- 3. counts the options contradict


def test_a_select_all_of_a_counted_list_offers_every_member():
    built = drafts(BAKERY_NOTES, ESSENTIALS, "select_members")
    assert built
    for draft in built:
        right = sorted(o.text for o in draft.question.options if o.correct)
        assert right == ["清水", "酵母", "面粉"]
        assert ITEM_RULES["count_agrees"](draft, index_notes(BAKERY_NOTES)) is None


def test_a_select_all_whose_key_falls_short_of_the_stated_count_is_rejected():
    question = Question(
        "multiple_choice",
        "下列选项中，属于“面包三要素”的有哪些？",
        2,
        ("l6",),
        "notes.md:22",
        options=(Option("面粉", True), Option("酵母", True), Option("吐司"), Option("戚风")),
    )
    draft = Draft(question, "select_members", subject="面包三要素")
    reason = ITEM_RULES["count_agrees"](draft, index_notes(BAKERY_NOTES))
    assert reason and "counts 3" in reason


def test_a_number_word_inside_another_word_counts_nothing():
    assert stated_count("components of a stand mixer") is None
    assert stated_count("dough stage N2") is None
    assert stated_count("面包三要素") == 3
    assert stated_count("three kinds of flour") == 3


# --------------------------------------------------------- 4. overlapping glosses


def test_a_false_claim_sharing_a_member_of_the_term_s_own_definition_is_not_asked():
    butter = fact("d1", "definition", "黄油", text="提供香味、酥松和上色", line=40)
    lard = fact("d2", "definition", "猪油", text="提供起层和酥松", line=41)
    notes = index_notes([butter, lard])
    claim = Draft(
        Question("true_false", "“黄油”指的是：提供起层和酥松。", 1, ("d1",), "notes.md:40"),
        "claim_definition",
        subject="黄油",
        stem_texts=("黄油", "提供起层和酥松"),
        origins=(
            Origin("提供香味、酥松和上色", "answer", "d1", 0, True),
            Origin("提供起层和酥松", "definition", "d2", 1),
        ),
        asks=("黄油", "提供香味、酥松和上色", "提供起层和酥松"),
    )
    reason = ITEM_RULES["one_defensible_answer"](claim, notes)
    assert reason and "酥松" in reason


def test_parallel_definitions_that_swap_their_parts_are_still_false_claims():
    # Sibling glosses built alike (who lists whom) share words, not a claim.
    assert shared_claim("每个订单记下它的买家", "每个买家记下他的订单") is None
    assert shared_claim("让面团发酵并产生风味", "让面团快速膨胀") is None
    assert shared_claim("提供香味、酥松和上色", "提供起层和酥松") == "酥松"


# ------------------------------------------------------------ 5. translations the table missed


def test_the_common_words_a_reading_found_translated_are_translations():
    notes = index_notes(BAKERY_NOTES)
    assert translated("Mount", "通过隔离挂载点隔离文件系统", notes) == "mount → 挂载"
    assert translated("max_dough_size", "单个面团的大小上限", notes) == "size → 大小"
    # Traditional notes write the same word in their own characters.
    assert translated("Denormalization", "適時地反正規化", notes)


def test_another_form_of_a_long_table_word_is_the_same_translation():
    notes = index_notes(BAKERY_NOTES)
    assert translated("Scheduler", "面包出炉的调度程序", notes) == "schedule → 调度"
    assert translated("Oven Controller", "所有烤箱的控制中心", notes) == "control → 控制"
    # A short word is read only as itself ("key" is not "keyboard").
    assert translated("keyboard", "存放密钥的地方", notes) is None


def test_a_matching_with_two_pairs_told_by_translation_is_rejected():
    pairs = (
        ("Network", "隔离面包房的网络设备"),
        ("Mount", "隔离各台烤箱的挂载目录"),
        ("Oven", "每台烤箱独立的温控"),
        ("Tier", "每层架子独立的标签"),
        ("Crate", "每个周转箱独立的编号"),
    )
    question = Question(
        "matching", "请将“隔离方式”中的各项与对应的说明配对。", 5, ("l9",), "n.md:50"
    )
    draft = Draft(question, "match_members", subject="隔离方式", reveals=pairs)
    reason = ITEM_RULES["no_shared_word_cue"](draft, index_notes(BAKERY_NOTES))
    assert reason and "2 of 5 pairs" in reason


def test_a_list_matching_leaves_out_the_members_its_glosses_translate():
    isolation = fact(
        "l9",
        "list",
        "面包房隔离方式",
        "Network=隔离面包房的网络设备",
        "Mount=隔离各台烤箱的挂载目录",
        "Dial=每台烤箱独立的温控",
        "Tier=每层架子独立的标签",
        "Crate=每个周转箱独立的编号",
        "Slot=每个烤盘独立的位置",
        line=50,
    )
    built = drafts([isolation, *BAKERY_NOTES], isolation, "match_members")
    assert built
    for draft in built:
        assert {t for t, _ in draft.reveals} == {"Dial", "Tier", "Crate", "Slot"}


def test_a_description_alone_saying_the_term_translated_anywhere_is_no_answer_to_pick():
    size = fact(
        "d3", "definition", "max_crate_size", text="一个周转箱装面包的数量大小上限", line=60
    )
    count = fact("d4", "definition", "crate_count", text="面包房同时使用的周转箱个数", line=61)
    label = fact("d5", "definition", "crate_label", text="周转箱侧面贴的条码编号", line=62)
    shelf = fact("d6", "definition", "shelf_depth", text="每层架子能放下的周转箱排数", line=63)
    notes_facts = [size, count, label, shelf]
    notes = index_notes(notes_facts)
    built = drafts(notes_facts, size, "term_to_definition")
    assert built
    for draft in built:
        reason = ITEM_RULES["no_stem_words"](draft, notes)
        assert reason and "size → 大小" in reason


# --------------------------------------------- 6. clues that do not identify, sentences as members


def test_a_benefit_or_a_usual_property_is_no_clue():
    assert clue_problem("全链路监控", "有利于快速交付和排查")
    assert clue_problem("narcolepsy", "can happen at any age, but usually between 10-20 years old")
    assert clue_problem("醒发箱", "控制温度和湿度让面团发酵的箱子") is None
    # "可以…的员工" says what a thing is: no benefit.
    assert clue_problem("面包师", "可以操作烤箱的员工") is None


def test_a_sentence_is_not_claimed_to_belong_to_a_list():
    steps = fact(
        "l10",
        "list",
        "面包房规则",
        "开炉前检查温度,确认无误后再放入面团",
        "出炉后静置十分钟再切片",
        "周转箱每日消毒",
        line=70,
    )
    notes_facts = [steps, *BAKERY_NOTES]
    notes = index_notes(notes_facts)
    built = [d for d in drafts(notes_facts, steps, "claim_member") if d.question.truth]
    sentences = [d for d in built if "," in d.asks[0]]
    assert sentences
    for draft in sentences:
        assert ITEM_RULES["member_is_a_thing"](draft, notes)


def test_a_matching_whose_gloss_is_said_inside_another_gloss_has_two_answers():
    pairs = (
        ("醒发箱", "控制温湿度的发酵设备"),
        ("烤箱", "烘烤面包的加热设备"),
        ("冷藏柜", "低温保存面团的柜子"),
        ("发酵柜", "冷藏和控制温湿度的发酵设备"),
    )
    question = Question("matching", "请将下列术语与对应的说明配对。", 4, ("d11",), "n.md:80")
    draft = Draft(question, "match_terms", reveals=pairs)
    reason = ITEM_RULES["one_defensible_answer"](draft, index_notes(BAKERY_NOTES))
    assert reason and "发酵柜" in reason


def test_a_term_matching_leaves_out_a_gloss_another_gloss_holds():
    tools = facts_under(("烘焙复习", "工具"))
    built_facts = [
        tools("d11", "definition", "醒发箱", text="控制温湿度的发酵设备", line=80),
        tools("d12", "definition", "烤箱", text="烘烤面包的加热设备", line=81),
        tools("d13", "definition", "冷藏柜", text="低温保存面团的柜子", line=82),
        tools("d14", "definition", "发酵柜", text="冷藏和控制温湿度的发酵设备", line=83),
        tools("d15", "definition", "分割机", text="把面团等分成小块的机器", line=84),
    ]
    notes = index_notes(built_facts)
    forms = group_matching_forms(notes, built_facts)
    assert forms
    for form in forms:
        draft = form.build(random.Random(1), form.facts, Ask("zh", 5))
        assert "醒发箱" not in {t for t, _ in draft.reveals}
        assert ITEM_RULES["one_defensible_answer"](draft, notes) is None


def test_an_answer_opening_with_the_term_translated_is_a_cue_whatever_the_others_hold_later():
    slips = [
        fact(
            "d21",
            "definition",
            "delete slip",
            text="删除一张面单时，记下面单号，撤销时恢复",
            line=90,
        ),
        fact(
            "d22",
            "definition",
            "update slip",
            text="修改一张面单时，记下旧地址，撤销时删除新地址",
            line=91,
        ),
        fact(
            "d23",
            "definition",
            "void slip",
            text="作废一张面单时，记下原因，撤销时删除作废标记",
            line=92,
        ),
        fact(
            "d24",
            "definition",
            "print slip",
            text="打印一张面单时，记下打印机，撤销时删除打印记录",
            line=93,
        ),
    ]
    notes = index_notes(slips)
    built = [d for d in drafts(slips, slips[0], "term_to_definition")]
    assert built
    for draft in built:
        reason = ITEM_RULES["no_stem_words"](draft, notes)
        assert reason and "delete → 删除" in reason


def test_a_select_all_whose_members_are_inside_another_s_options_asks_the_same_thing():
    tools = Draft(
        Question(
            "multiple_choice",
            "下列选项中，属于“揉面工具”的有哪些？",
            2,
            ("l1",),
            "notes.md:1",
            options=(Option("面钩", True), Option("刮板", True), Option("烤盘"), Option("油刷")),
        ),
        "select_members",
        subject="揉面工具",
        asks=("面钩", "刮板"),
    )
    kinds = Draft(
        Question(
            "multiple_choice",
            "下列选项中，属于“厨师机配件”的有哪些？",
            2,
            ("l2",),
            "notes.md:5",
            options=(
                Option("面钩配件", True),
                Option("刮板配件", True),
                Option("烤箱"),
                Option("模具"),
            ),
        ),
        "select_members",
        subject="厨师机配件",
        asks=("面钩配件", "刮板配件"),
    )
    assert answers_another(tools, [kinds])
