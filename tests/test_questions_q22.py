"""Session 22 (wt-q22) item rules, each with a small note of our own: no length cue from a key
clearly the longest option, no second defensible answer from a term the notes name elsewhere,
options of the key's kind, sibling lists first."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.model import Fact, Option, Question
from examgen.questions.form import Draft
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES


def choice_draft(qtype: str, variety: str, stem: str, *options: str) -> Draft:
    """A choice question whose stem shows ``stem``; an option "*x" is a right one."""
    shown = tuple(Option(o.lstrip("*"), o.startswith("*")) for o in options)
    question = Question(qtype, f"“{stem}”", 2, ("l1",), "notes.md:3", options=shown)  # type: ignore[arg-type]
    return Draft(question, variety, subject=stem, stem_texts=(stem,))


# ------------------------------------------------------------ 3. length cue


def test_a_key_clearly_the_longest_option_is_a_length_cue():
    # 38 columns against at most 26: under 1.6 times the others, still the one long option.
    draft = choice_draft(
        "single_choice",
        "term_to_definition",
        "烤箱预热",
        "*默认开启，提前十分钟预热让面包受热均匀",
        "控制烘烤时长，到时自动关火",
        "控制温度",
    )
    assert "longer" in ITEM_RULES["no_length_cue"](draft, index_notes([]))


def test_a_key_a_little_longer_than_the_others_is_no_cue():
    draft = choice_draft(
        "single_choice",
        "term_to_definition",
        "烤箱预热",
        "*提前十分钟预热让面包受热均匀",
        "控制烘烤时长，到时自动关火",
        "控制温度",
    )
    assert ITEM_RULES["no_length_cue"](draft, index_notes([])) is None


# ------------------------------------------------------- 1. a second answer filed under the key

GARDEN = ("Garden review", "Soil care")
en = facts_under(GARDEN)
TESTS = en(
    "l1",
    "list",
    "ways to test soil",
    "Lab analysis=sending samples away to be measured (most accurate)",
    "Home kits=colour strips dipped in a soil solution",
    "Feel test=rubbing moist soil between the fingers",
    line=3,
    lang="en",
)
SPECTROMETRY = en(
    "d1",
    "definition",
    "Spectrometry",
    text="a laboratory method that reads the nutrients of a sample from its light",
    line=8,
    section=(*GARDEN, "lab analysis"),
    lang="en",
)
SIEVING = en(
    "d2",
    "definition",
    "Sieving",
    text="shaking dry soil through meshes to sort its particles by size",
    line=12,
    section=(*GARDEN, "texture"),
    lang="en",
)


def lab_analysis_fill_ins(facts: list[Fact]) -> list[Draft]:
    return [
        d for d in drafts(facts, TESTS, "blank_term") if d.question.answers == ("Lab analysis",)
    ]


def test_a_fill_in_whose_key_heads_a_section_defining_another_thing_has_a_second_answer():
    built = lab_analysis_fill_ins([TESTS, SPECTROMETRY])
    assert built
    notes = index_notes([TESTS, SPECTROMETRY])
    reasons = {ITEM_RULES["one_defensible_answer"](d, notes) for d in built}
    assert all(r and "Spectrometry" in r for r in reasons)


def test_a_definition_under_another_heading_leaves_the_fill_in_one_answer():
    built = lab_analysis_fill_ins([TESTS, SIEVING])
    notes = index_notes([TESTS, SIEVING])
    assert built
    assert {ITEM_RULES["one_defensible_answer"](d, notes) for d in built} == {None}


# ------------------------------------------------ 5. a clue saying a sibling's name (rv21's one I)

zh = facts_under(("厨房复习", "发酵"))
TRAITS = zh(
    "l2",
    "list",
    "发酵的特点",
    "动态性=面团是一个过程，会不断变化",
    "过程性=是一个缓慢前进的过程",
    "可控性=温度决定快慢",
    line=5,
)


def fill_in_verdicts(key: str) -> set[str | None]:
    notes = index_notes([TRAITS])
    built = [d for d in drafts([TRAITS], TRAITS, "blank_term") if d.question.answers == (key,)]
    assert built
    return {ITEM_RULES["one_defensible_answer"](d, notes) for d in built}


def test_a_fill_in_whose_clue_says_a_siblings_root_has_a_second_answer():
    assert all(r and "过程性" in r for r in fill_in_verdicts("动态性"))


def test_a_fill_in_whose_clue_names_no_sibling_keeps_one_answer():
    assert fill_in_verdicts("可控性") == {None}


def test_a_fill_in_from_a_definition_also_listed_sees_the_lists_siblings():
    dynamic = zh("d3", "definition", "动态性", text="面团是一个过程，会不断变化", line=6)
    notes = index_notes([TRAITS, dynamic])
    built = [
        d
        for d in drafts([TRAITS, dynamic], dynamic, "blank_term")
        if d.question.answers == ("动态性",)
    ]
    assert built
    reasons = {ITEM_RULES["one_defensible_answer"](d, notes) for d in built}
    assert all(r and "过程性" in r for r in reasons)
