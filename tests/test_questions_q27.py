"""Session 27 (wt-q27) rules: the open rv23 patterns, each on a small note of our own."""

from __future__ import annotations

from dataclasses import replace

from question_facts import drafts, facts_under

from examgen.questions.definitions import group_matching_forms
from examgen.questions.index import index_notes
from examgen.questions.lengthcues import even_lengths
from examgen.questions.opposites import opposite_in
from examgen.questions.rules import ITEM_RULES

garden = facts_under(("园艺复习", "灌溉"))


def _broken(rule: str, built, *facts) -> list[str | None]:
    notes = index_notes(list(facts))
    return [ITEM_RULES[rule](d, notes) for d in built]


# ------------------------------------------- 3. an order asked only of a process

MODEL = garden("s1", "sequence", "滴灌 设计模型", "水泵", "管道", "喷头", line=4)
WATERING = garden("s2", "sequence", "滴灌安装过程", "水泵", "管道", "喷头", line=8)
EN_CHAIN = garden(
    "s3", "sequence", "Drip design model", "pump", "pipe", "nozzle", line=12, lang="en"
)


def test_an_order_of_names_under_a_name_that_says_no_process_is_not_asked():
    for fact in (MODEL, EN_CHAIN):
        built = drafts([fact], fact, "order_steps")
        assert built
        assert all("no process" in (r or "") for r in _broken("ordered_process", built, fact))


def test_an_order_of_the_same_names_under_a_process_name_is_asked():
    built = drafts([WATERING], WATERING, "order_steps")
    assert built
    assert _broken("ordered_process", built, WATERING) == [None] * len(built)


def test_an_order_of_actions_under_a_name_that_says_no_process_is_asked():
    actions = garden(
        "s4", "sequence", "滴灌 设计模型", "先挖好沟槽", "再铺设主管道", "最后安装喷头", line=16
    )
    built = drafts([actions], actions, "order_steps")
    assert built
    assert _broken("ordered_process", built, actions) == [None] * len(built)


# ------------------------------------------- 6. a count the reader sees

tools = facts_under(("园艺复习", "工具"))
PARTS = tools("l1", "list", "喷壶的几个部分", "壶身", "壶嘴", "手柄", line=20)
BELOW = [
    tools(f"d{i}", "definition", term, text=text, line=21 + i, lang="en")
    for i, (term, text) in enumerate(
        (("pot body", "B"), ("spout", "S"), ("handle", "H"), ("rose", "R"))
    )
]


def test_a_list_all_of_a_line_restated_by_more_bullets_right_under_it_is_not_asked():
    facts = [PARTS, *BELOW]
    built = drafts(facts, PARTS, "enumerate")
    assert built
    assert all("4 bullets" in (r or "") for r in _broken("count_as_seen", built, *facts))


def test_a_list_all_of_a_line_restated_by_as_many_bullets_is_asked():
    facts = [PARTS, *BELOW[:3]]
    built = drafts(facts, PARTS, "enumerate")
    assert built
    assert _broken("count_as_seen", built, *facts) == [None] * len(built)


def test_a_list_all_of_a_line_followed_by_bullets_on_other_things_is_asked():
    others = [
        tools(f"o{i}", "definition", term, text=text, line=21 + i, lang="en")
        for i, (term, text) in enumerate((("rain", "R"), ("soil", "S")))
    ]
    facts = [PARTS, *others]
    built = drafts(facts, PARTS, "enumerate")
    assert built
    assert _broken("count_as_seen", built, *facts) == [None] * len(built)


# ------------------------------------------- 1. a single choice's answer set apart by its length

farm = facts_under(("园艺复习", "农具"))
HAND = farm("t1", "list", "手工工具", "锄头", "铁锹", "镰刀", line=30)
WATER = farm("t2", "list", "灌溉工具", "滴灌喷头", "离心水泵", "输水软管", line=34)
PLOUGH = facts_under(("园艺进阶", "田间"))("t3", "list", "耕作工具", "犁耙", "播种机", line=60)


def test_a_single_choice_whose_answer_is_the_only_short_chinese_name_is_cued():
    built = drafts([HAND, WATER], HAND, "belongs")
    assert built
    assert all("only short name" in (r or "") for r in _broken("no_length_cue", built, HAND, WATER))


def test_a_single_choice_of_names_of_near_lengths_is_not_cued():
    facts = [HAND, WATER, PLOUGH]
    built = drafts(facts, HAND, "belongs")
    assert built
    assert _broken("no_length_cue", built, *facts) == [None] * len(built)


def test_distractors_are_traded_for_a_later_one_that_keeps_the_answer_among_its_lengths():
    notes = index_notes([HAND, WATER, PLOUGH])
    ranked = [*notes.members_of["t2"], *notes.members_of["t3"]]
    chosen = even_lengths("锄头", ranked, 3)
    assert [e.text for e in chosen] == ["滴灌喷头", "离心水泵", "犁耙"]


# ------------------------------------------- 2. a clue that says the key's opposite

SOIL = facts_under(("园艺复习", "土壤"))(
    "k1",
    "list",
    "土壤的特点",
    "相对性=没有绝对肥沃的土壤",
    "层次性=表土、心土和底土各不相同",
    "多样性=各地土壤的成分千差万别",
    "季节性=四季的土温变化很大",
    line=70,
)


def test_a_fill_in_whose_clue_says_the_opposite_of_its_key_is_a_cue():
    built = [d for d in drafts([SOIL], SOIL, "blank_term") if d.question.answers == ("相对性",)]
    assert built
    assert all("opposite" in (r or "") for r in _broken("no_stem_words", built, SOIL))


def test_an_english_clue_saying_the_opposite_word_of_its_key_is_found():
    assert opposite_in("Static routing", "routes not learned by a dynamic protocol")
    assert opposite_in("Static routing", "routes typed in by hand") is None


def test_a_description_alone_saying_the_opposite_of_its_term_is_a_cue():
    built = [
        d
        for d in drafts([SOIL], SOIL, "term_to_definition")
        if d.stem_texts and d.stem_texts[0] == "相对性"
    ]
    assert built
    assert all("opposite" in (r or "") for r in _broken("no_stem_words", built, SOIL))


# ------------------------------------------- 5. matching within one run of definitions

shed = facts_under(("园艺复习",))
SHED_RUN = [
    shed("m1", "definition", "喷壶", text="给幼苗浇水的带孔水壶", line=90),
    shed("m2", "definition", "枝剪", text="剪去多余枝条的剪刀", line=91),
    shed("m3", "definition", "竹耙", text="把落叶聚成堆的耙子", line=92),
    shed("m4", "definition", "花铲", text="移栽幼苗时挖土的小铲", line=93),
]
SHED_LIST = shed("m5", "list", "堆肥的步骤", "收集落叶", "翻堆", "腐熟", line=92)


def _match_terms(facts) -> list:
    notes = index_notes(facts)
    return [f for f in group_matching_forms(notes, facts) if f.variety == "match_terms"]


def test_definitions_in_one_run_under_a_heading_are_matched_together():
    assert len(_match_terms(SHED_RUN)) == 1


def test_definitions_a_list_comes_between_are_not_matched_together():
    after = [replace(f, line=f.line + 4) for f in SHED_RUN[2:]]
    split = [*SHED_RUN[:2], SHED_LIST, *after]
    assert _match_terms(split) == []
