"""Session 31: fuller papers (over-rejection loosened exactly where the item rules allowed
too little) and stems that name their list's owner; each with a small note of our own."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES

# ------------------------------------------------------------ 1. a Chinese clue of a Latin term

fact = facts_under(("花园复习", "温室里的机器"))
FAN = fact("m1", "definition", "blower", text="让棚内空气流动并带走多余的热气", line=3)
PUMP = fact("m2", "definition", "sprinkler", text="按时把水洒到每一排苗床上", line=4)
LAMP = fact("m3", "definition", "grow light", text="阴天时给幼苗补充光照的灯具", line=5)
SENSOR = fact("m4", "definition", "Network", text="连接棚内各个网络设备并上报读数", line=6)
ACRONYM = fact("m5", "definition", "PLC", text="按预设程序控制各台机器开关的装置", line=7)
GREENHOUSE = [FAN, PUMP, LAMP, SENSOR, ACRONYM]


def _clue_verdict(asked) -> list[str | None]:
    notes = index_notes(GREENHOUSE)
    built = drafts(GREENHOUSE, asked, "blank_term")
    assert built
    return [ITEM_RULES["clue_identifies"](d, notes) for d in built]


def test_a_chinese_clue_saying_no_word_of_its_plain_latin_term_may_ask_it():
    assert _clue_verdict(FAN) == [None] * len(_clue_verdict(FAN))


def test_a_chinese_clue_holding_a_translation_of_its_latin_term_does_not_ask_it():
    # network -> 网络: the clue says the term in Chinese.
    assert all(v and "another script" in v for v in _clue_verdict(SENSOR))


def test_a_chinese_clue_of_an_acronym_does_not_ask_it():
    # The acronym's spelt-out words may be what the clue translates, unseen.
    assert all(v and "another script" in v for v in _clue_verdict(ACRONYM))


# ------------------------------------------------------------ 3. stems that name the owner

from examgen.questions.owners import stem_owner  # noqa: E402

chapter = facts_under(("园艺复习", "温室种植"))
SCHEMES = chapter("l1", "list", "灌溉方案", "滴灌", "喷灌", line=3)


def test_a_relative_list_name_under_a_chapter_is_asked_in_that_chapter():
    built = drafts([SCHEMES], SCHEMES, "enumerate")
    assert built
    assert all(d.question.prompt.startswith("在“温室种植”中，") for d in built), built[0]


econ = facts_under(("Lecture 4", "2. Patience vs impulse", "Two opposite assumptions"))
OPPOSITE = econ("l2", "list", "Two opposite assumptions", "Fully patient", "Fully impulsive",
                line=9, lang="en")  # fmt: skip


def test_a_relative_list_named_by_its_own_heading_takes_the_heading_above():
    assert stem_owner(index_notes([OPPOSITE]), OPPOSITE) == "Patience vs impulse"


overview = facts_under(("Notes", "Pumps", "Overview"))
PARTS = overview("l3", "list", "Pump parts", "Impeller", "Casing", line=4, lang="en")


def test_a_generic_heading_is_no_owner_and_a_heading_naming_the_list_needs_none():
    assert stem_owner(index_notes([PARTS]), PARTS) == ""


# ------------------------------------------------------------ 2. categories audited

from examgen.questions.categories import category_problem  # noqa: E402

tools = facts_under(("园艺复习", "灌溉系统"))
SUBSYSTEMS = tools("l4", "list", "灌溉子系统", "drip", "mist", "flood", "pump", line=3)
GLOSSARY = tools("l5", "list", "灌溉 相关术语", "emitter", "lateral", "valve", line=9)
OTHER = tools("l6", "list", "温室部件", "vent", "shade", "heater", "fan", line=14)


def test_a_list_of_subsystems_is_a_category():
    notes = index_notes([SUBSYSTEMS, GLOSSARY, OTHER])
    assert category_problem(notes, SUBSYSTEMS) is None


def test_a_glossary_of_a_topic_is_asked_no_which_belongs():
    notes = index_notes([SUBSYSTEMS, GLOSSARY, OTHER])
    built = drafts([SUBSYSTEMS, GLOSSARY, OTHER], GLOSSARY, "belongs")
    assert built
    assert all("relates to a topic" in ITEM_RULES["category"](d, notes) for d in built)
