"""Session 23 (q23a) cues by meaning: an option that translates the term by a real
dictionary, another form of an English word of the term, a character of meaning the key
alone shares with the term, a two-letter name said in the clue; each on a small note of our
own that a student who knows words, not the notes, answers."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.dictionary import glossed
from examgen.model import Option, Question
from examgen.questions.form import Draft
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES
from examgen.questions.translations import translated
from examgen.stems import stem

KITCHEN = ("厨房复习", "烤箱部件")
fact = facts_under(KITCHEN)
en = facts_under(("Orchard review", "Ripeness"))

TIMER = fact("d1", "definition", "Oven Timer", text="到点响铃提醒的定时器", line=3)
LAMP = fact("d2", "definition", "Oven Lamp", text="照亮炉内食物，便于观察颜色", line=4)
FAN = fact("d3", "definition", "Oven Fan", text="让热风在炉内均匀循环流动", line=5)
SEAL = fact("d4", "definition", "Oven Seal", text="关门后挡住热气外泄的胶条", line=6)
PARTS = [TIMER, LAMP, FAN, SEAL]


def choice(prompt: str, variety: str, stem_texts: tuple[str, ...], *options: str) -> Draft:
    """A single choice whose first option is the key."""
    opts = tuple(Option(t, i == 0) for i, t in enumerate(options))
    question = Question("single_choice", prompt, 2, ("x1",), "n.md:1", options=opts)
    return Draft(question, variety, stem_texts=stem_texts)


# ------------------------------------------------------------ 1. translation by a dictionary


def test_the_dictionary_finds_the_chinese_word_that_says_an_english_word_of_the_term():
    assert ("timer", "定时器") in glossed("Oven Timer", "到点响铃提醒的定时器")


def test_another_form_of_the_english_word_is_found_by_the_dictionary_too():
    assert ("controllers", "控制") in glossed("Valve Controllers", "整个厂房的阀门控制中心")


def test_a_word_without_a_short_sense_of_the_term_s_words_is_no_translation():
    assert glossed("Oven Lamp", "照亮炉内食物，便于观察颜色") == []


def test_a_chinese_term_said_in_english_by_its_dictionary_sense_is_a_translation():
    notes = index_notes(PARTS)
    assert translated("定时器", "rings when the timer runs out", notes) == "定时器 → timer"


def test_a_key_alone_translating_the_term_by_the_dictionary_is_no_answer_to_pick():
    notes = index_notes(PARTS)
    built = drafts(PARTS, TIMER, "term_to_definition")
    assert built
    for draft in built:
        reason = ITEM_RULES["no_stem_words"](draft, notes)
        assert reason and "timer → 定时器" in reason


def test_a_true_statement_whose_definition_translates_the_term_is_not_printed():
    notes = index_notes(PARTS)
    built = [d for d in drafts(PARTS, TIMER, "claim_definition", range(16)) if d.question.truth]
    assert built
    for draft in built:
        reason = ITEM_RULES["no_stem_words"](draft, notes)
        assert reason and "timer → 定时器" in reason


def test_a_wrong_option_translating_another_word_of_the_term_hides_no_cue():
    # "管理" says "Manager" in a wrong option; "控制" says "Controller" in the key alone.
    draft = choice(
        "下列对“Oven Controller Manager”的描述，正确的是哪一项？",
        "term_to_definition",
        ("Oven Controller Manager",),
        "所有烤箱的自动化控制中心",
        "面包出炉前的管理记录",
        "照亮炉内食物",
    )
    reason = ITEM_RULES["no_stem_words"](draft, index_notes(PARTS))
    assert reason and "control" in reason and "控制" in reason


def test_api_is_read_as_its_common_chinese_name():
    assert translated("API Gateway", "对外提供统一的接口", index_notes(PARTS)) == "api → 接口"


# ------------------------------------------------------------ 2. english stems


def test_plural_adjective_and_verb_forms_of_an_english_word_have_one_stem():
    assert stem("behaviors") == stem("behavioral") == stem("Behavior")
    assert stem("Controllers") == stem("control")
    assert stem("inserted") == stem("insertion") == stem("insert")


def test_a_key_repeating_the_term_s_word_in_another_form_is_a_cue_beside_context_words():
    # The context "checking ripeness" is shared by every wrong option: the term is not.
    draft = choice(
        "In “ways of checking ripeness”, which describes “Sound-based methods”?",
        "term_to_definition",
        ("Sound-based methods", "ways of checking ripeness"),
        "listening to the sounding rind when tapped",
        "pressing the skin to feel ripeness",
        "smelling the stem end for ripeness",
    )
    reason = ITEM_RULES["no_shared_word_cue"](draft, index_notes([]))
    assert reason and "sound" in reason


def test_a_term_word_a_wrong_option_also_repeats_is_no_cue():
    draft = choice(
        "In “ways of checking ripeness”, which describes “Sound-based methods”?",
        "term_to_definition",
        ("Sound-based methods", "ways of checking ripeness"),
        "listening to the sounding rind when tapped",
        "comparing sounds of pressed skin for ripeness",
        "smelling the stem end for ripeness",
    )
    assert ITEM_RULES["no_shared_word_cue"](draft, index_notes([])) is None


# ------------------------------------------------------------ 3. shared characters of meaning


def test_a_character_of_the_term_only_the_key_shares_is_a_cue_beside_context_words():
    draft = choice(
        "在“厨房设备特点”中，对“耐久性”的描述正确的是哪一项？",
        "term_to_definition",
        ("耐久性", "厨房设备特点"),
        "可以永久使用不坏",
        "厨房设备用电很少",
        "厨房设备清洗方便",
    )
    reason = ITEM_RULES["no_shared_word_cue"](draft, index_notes([]))
    assert reason and "久" in reason


def test_a_suffix_character_of_the_term_shared_by_the_key_is_no_cue():
    draft = choice(
        "在“厨房设备特点”中，对“环保性”的描述正确的是哪一项？",
        "term_to_definition",
        ("环保性", "厨房设备特点"),
        "对空气友好的性能",
        "厨房设备用电很少",
        "厨房设备清洗方便",
    )
    assert ITEM_RULES["no_shared_word_cue"](draft, index_notes([])) is None


# ------------------------------------------------------------ 4. two-letter names


def test_a_two_letter_name_of_the_answer_said_in_its_clue_is_a_cue():
    draft = choice(
        "“冒用别人的ip地址发出请求”描述的是下列哪一项？",
        "definition_to_term",
        ("冒用别人的ip地址发出请求",),
        "IP欺骗",
        "洪水攻击",
        "重放攻击",
    )
    reason = ITEM_RULES["no_stem_words"](draft, index_notes([]))
    assert reason and "ip" in reason


# ------------------------------------------------------------ 5. other words of one sense


def test_a_key_alone_saying_a_word_of_the_term_by_a_word_of_one_sense_is_a_cue():
    # 清洁 and 干净 are both "clean" (the dictionary's one-word senses).
    draft = choice(
        "在“锅具评价”中，对“清洁度”的描述正确的是哪一项？",
        "term_to_definition",
        ("清洁度", "锅具评价"),
        "锅具表面干净无油",
        "锅具的价格低廉",
        "锅具拿在手里很轻",
    )
    reason = ITEM_RULES["no_shared_word_cue"](draft, index_notes([]))
    assert reason and "干净" in reason


def test_a_word_of_the_term_s_sense_in_a_wrong_option_too_is_no_cue():
    draft = choice(
        "在“锅具评价”中，对“清洁度”的描述正确的是哪一项？",
        "term_to_definition",
        ("清洁度", "锅具评价"),
        "锅具表面干净无油",
        "锅具的价格低廉",
        "洗完后很快就干净的涂层",
    )
    assert ITEM_RULES["no_shared_word_cue"](draft, index_notes([])) is None
