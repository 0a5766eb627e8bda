"""Session 23 (wt-q23b) rules on true/false statements, fill-in contexts and short answers,
each with a small note of our own."""

from __future__ import annotations

import random

from question_facts import facts_under

from examgen.model import Fact, Question
from examgen.questions.form import Ask, Draft, Origin
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.rules import ITEM_RULES


def false_drafts(facts: list[Fact], asked: Fact, variety: str, seeds: int = 12) -> list[Draft]:
    """The drafts of ``variety`` that ``asked`` offers when the paper wants a false claim."""
    notes = index_notes(facts)
    built = []
    for forms in offers(notes, asked).forms.values():
        for form in forms:
            if form.variety == variety:
                for seed in range(seeds):
                    ask = Ask(asked.lang, 2, truth=False)
                    built.append(form.build(random.Random(seed), form.facts, ask))
    return built


# ------------------------------------------- 1. a false "X belongs to L" from a sibling list

kitchen = facts_under(("厨房复习", "烘焙"))
OVENS = kitchen("l1", "list", "烤箱加热方式", "上下火", "热风循环", "蒸汽加热", line=3)
MIXERS = kitchen("l2", "list", "和面机搅拌方式", "螺旋搅拌", "行星搅拌", "双臂搅拌", line=8)
CLEANING = kitchen(
    "l3", "list", "厨房清洁方式", "高温蒸汽消毒", "紫外线照射", "化学清洗", "人工擦洗",
    line=40, section=("厨房复习", "清洁"),
)  # fmt: skip


def test_a_false_belongs_claim_takes_its_member_from_a_sibling_list():
    built = false_drafts([OVENS, MIXERS, CLEANING], OVENS, "claim_member")
    false = [d for d in built if not d.question.truth]
    assert false
    assert {d.origins[0].fact for d in false} == {"l2"}


def test_a_false_belongs_claim_about_a_list_with_no_sibling_breaks_the_sibling_rule():
    # Built and turned down, so the paper draws another false claim (its balance).
    built = [d for d in false_drafts([OVENS, CLEANING], OVENS, "claim_member")]
    assert built
    notes = index_notes([OVENS, CLEANING])
    assert all(ITEM_RULES["false_member_sibling"](d, notes) for d in built)


def test_a_false_belongs_claim_from_another_chapters_list_breaks_the_sibling_rule():
    question = Question("true_false", "“化学清洗”属于“烤箱加热方式”。", 2, ("l1",), "notes.md:3")
    outsider = Origin("化学清洗", "other list", "l3", 2)
    draft = Draft(question, "claim_member", subject="烤箱加热方式", origins=(outsider,))
    notes = index_notes([OVENS, MIXERS, CLEANING])
    assert "no sibling list" in ITEM_RULES["false_member_sibling"](draft, notes)


# ------------------------------------------------ 5. one source line for one member's question

TOOLS = kitchen(
    "l4", "list", "烘焙工具", "刮刀=搅拌和刮净面糊的软刀", "筛网=过滤面粉中的结块", line=20
)
SCRAPER = kitchen("d4", "definition", "刮刀", text="搅拌和刮净面糊的软刀", line=21)


def claims_about(facts: list[Fact], asked: Fact, term: str) -> list[Draft]:
    notes = index_notes(facts)
    built = []
    for form in offers(notes, asked).forms.get("true_false", ()):
        if form.variety == "claim_definition":
            draft = form.build(random.Random(1), form.facts, Ask("zh", 2))
            if draft.subject == term:
                built.append(draft)
    return built


def test_a_glossed_member_also_defined_on_its_own_line_is_asked_only_from_that_line():
    assert claims_about([TOOLS, SCRAPER], TOOLS, "刮刀") == []
    sources = {d.question.source for d in claims_about([TOOLS, SCRAPER], SCRAPER, "刮刀")}
    assert sources == {"notes.md:21"}


def test_a_glossed_member_defined_nowhere_else_is_asked_from_its_list():
    sources = {d.question.source for d in claims_about([TOOLS, SCRAPER], TOOLS, "筛网")}
    assert sources == {"notes.md:20"}


# ------------------------------------- 2. "X means: …" true or false by its meaning, not a name

logs = facts_under(("数据库复习", "日志"))
INSERT_LOG = logs(
    "d10", "definition", "insert redo entry", text="插入一行时，记下新行的位置以便重做", line=4
)
UPDATE_LOG = logs(
    "d11", "definition", "update redo entry", text="改写一行时，记下新旧两个值以便重做", line=5
)
CHECKPOINT = logs(
    "d12", "definition", "checkpoint", text="把内存中的脏页定期写回磁盘的时刻", line=6
)
LOGS = [INSERT_LOG, UPDATE_LOG, CHECKPOINT]


def test_a_false_definition_claim_never_shows_a_gloss_naming_its_owner_in_the_other_script():
    shown = {d.stem_texts[1] for d in false_drafts(LOGS, UPDATE_LOG, "claim_definition")}
    assert shown
    assert INSERT_LOG.text not in shown


def test_a_swapped_gloss_naming_its_owner_in_the_other_script_breaks_the_rule():
    question = Question("true_false", "“update redo entry”指的是：…", 2, ("d11",), "notes.md:5")
    wrong = Origin(INSERT_LOG.text, "definition", "d10", 0)
    draft = Draft(
        question,
        "claim_definition",
        subject="update redo entry",
        stem_texts=("update redo entry", INSERT_LOG.text),
        origins=(Origin(UPDATE_LOG.text, "answer", "d11", 0, correct=True), wrong),
        asks=("update redo entry", UPDATE_LOG.text, INSERT_LOG.text),
    )
    reason = ITEM_RULES["gloss_names_owner"](draft, index_notes(LOGS))
    assert reason and "insert → 插入" in reason


def test_a_swapped_gloss_opening_with_its_owners_name_is_false_by_name():
    web = facts_under(("网络复习", "HTTP"))
    request = web(
        "d13", "definition", "HTTP Request", text="HTTP请求，客户端发往服务器的报文", line=3
    )
    reply = web("d14", "definition", "HTTP Reply", text="HTTP应答，服务器回给客户端的报文", line=4)
    from examgen.questions.statements import names_owner

    reason = names_owner(index_notes([request, reply]), "HTTP Reply", "HTTP Request", request.text)
    assert reason and "HTTP请求" in reason


def test_an_explanation_with_the_tools_it_uses_is_not_stated_as_a_definition():
    net = facts_under(("网络复习", "攻击"))
    sniffing = net(
        "d15", "definition", "抓包分析",
        text="局域网里的报文大多没有加密，网卡设为混杂模式便能看到全部流量(工具如Ethereal、Snoop等)",
        line=7,
    )  # fmt: skip
    drafts_ = [d for d in false_drafts([sniffing], sniffing, "claim_definition") if d.stem_texts]
    assert drafts_
    reasons = {ITEM_RULES["states_a_definition"](d, index_notes([sniffing])) for d in drafts_}
    assert all(r and "explains" in r for r in reasons)


def test_a_short_definition_with_one_example_is_still_stated():
    net = facts_under(("网络复习", "攻击"))
    spoof = net("d16", "definition", "地址伪造", text="冒用他人的源地址发包，例如伪造网关", line=9)
    built = false_drafts([spoof], spoof, "claim_definition")
    assert built
    assert {ITEM_RULES["states_a_definition"](d, index_notes([spoof])) for d in built} == {None}


def test_a_label_of_an_evaluative_word_and_a_generic_noun_is_no_term():
    study = facts_under(("Study review", "Reaction tasks"))
    label = study(
        "d17", "definition", "key measure", text="the share of missed signals, not the speed",
        line=4, lang="en",
    )  # fmt: skip
    built = false_drafts([label], label, "claim_definition")
    assert built
    reasons = {ITEM_RULES["named_terms"](d, index_notes([label])) for d in built}
    assert all(r and "label" in r for r in reasons)


def test_a_name_with_an_evaluative_word_and_a_proper_head_is_still_a_term():
    from examgen.questions.terms import generic_label

    assert not generic_label("primary key")
    assert not generic_label("critical section")


# ----------------------------------------------------- 4. "list all n" of a closed list only

garden = facts_under(("Garden review", "Pests"), source="garden.md")


def enumerate_verdicts(facts: list[Fact], asked: Fact) -> set[str | None]:
    notes = index_notes(facts)
    built = []
    for form in offers(notes, asked).forms.get("short_answer", ()):
        built.append(form.build(random.Random(1), form.facts, Ask(asked.lang, 4)))
    assert built
    return {ITEM_RULES["recall_budget"](d, notes) for d in built}


def test_a_list_taken_from_an_eg_aside_is_not_asked_in_full():
    slug = garden(
        "d20", "definition", "Slug damage",
        text="Leaves go at night, worst after rain (e.g. ragged holes, slime, bare stems).",
        line=5, lang="en",
    )  # fmt: skip
    signs = garden(
        "l20", "list", "signs of slugs", "ragged holes", "slime", "bare stems", line=5, lang="en"
    )
    reasons = enumerate_verdicts([slug, signs], signs)
    assert all(r and "examples" in r for r in reasons)


def test_a_list_written_out_in_full_is_asked_in_full():
    signs = garden(
        "l21", "list", "signs of slugs", "ragged holes", "slime", "bare stems", line=5, lang="en"
    )
    assert enumerate_verdicts([signs], signs) == {None}


def test_a_list_whose_last_member_ends_in_etc_is_not_asked_in_full():
    tools = kitchen("l22", "list", "常用烘焙工具", "刮刀", "筛网", "量勺等", line=30)
    reasons = enumerate_verdicts([tools], tools)
    assert all(r and "goes on" in r for r in reasons)


def test_long_members_under_a_name_naming_no_kind_are_over_the_recall_budget():
    faults = kitchen(
        "l23", "list", "面包常见问题",
        "面团发酵过度导致塌陷变形",
        "烤箱温度不均匀造成上色深浅不一",
        "揉面时间不足使组织粗糙发硬",
        "冷藏时间过长让表皮干裂起皮",
        line=33,
    )  # fmt: skip
    reasons = enumerate_verdicts([faults], faults)
    assert all(r and "recall budget" in r for r in reasons)


def test_short_members_under_the_same_name_are_within_the_recall_budget():
    faults = kitchen(
        "l24", "list", "面包常见问题", "塌陷", "上色不均", "组织粗糙", "表皮干裂", line=33
    )
    assert enumerate_verdicts([faults], faults) == {None}


def test_a_topics_concept_is_no_category_even_when_its_name_holds_a_kind_word():
    from examgen.questions.categories import category_problem

    idea = kitchen("l25", "list", "烘焙服务概念", "一种经营模式", "按需定制", "上门配送", line=36)
    assert "topic" in category_problem(index_notes([idea]), idea)


def test_a_false_belongs_claim_takes_no_member_written_unlike_the_lists():
    frames = kitchen("l30", "list", "常见烘焙框架", "Tartine", "Bourke", "Jeffrey", line=50)
    issues = kitchen("l31", "list", "烘焙要解决的问题", "受热", "发酵", "口感", line=52)
    built = false_drafts([frames, issues], frames, "claim_member")
    assert built
    notes = index_notes([frames, issues])
    assert all("written unlike" in ITEM_RULES["false_member_sibling"](d, notes) for d in built)


def test_a_swapped_definition_saying_a_letter_of_its_owners_name_is_false_by_name():
    cooling = kitchen("d32", "definition", "cool_time = N", text="每N分钟翻动一次面包", line=60)
    once = kitchen("d33", "definition", "cool_time = 1", text="每分钟翻动一次面包", line=61)
    from examgen.questions.statements import names_owner

    notes = index_notes([cooling, once])
    reason = names_owner(notes, "cool_time = 1", "cool_time = N", cooling.text)
    assert reason and "“N”" in reason
