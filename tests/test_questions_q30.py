"""Session 30 (short round): the final reader's flaws, each with a small note of our own
that shows it: the notes' emphasis brackets printed on the paper, a wrong description
saying the asked term's word, a choice whose options list a fill-in's candidates."""

from __future__ import annotations

from dataclasses import replace

from question_facts import drafts, facts_under

from examgen.questions.giveaways import answers_another
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES

fact = facts_under(("园艺复习", "浇水方式"))

# ------------------------------------------------------------ 1. emphasis brackets

DRIP = fact("d1", "definition", "滴灌", text="把水【直接】送到植物根部的浇水方式", line=3)
SPRAY = fact("d2", "definition", "喷灌", text="用喷头把水洒成细雨落在叶面上", line=4)
FLOOD = fact("d3", "definition", "漫灌", text="让水漫过整块地面慢慢渗入土中", line=5)
SEEP = fact("d4", "definition", "渗灌", text="埋在地下的管道让水缓缓渗进土壤", line=6)
WATER_NOTES = [DRIP, SPRAY, FLOOD, SEEP]


def _printed(draft) -> list[str]:
    q = draft.question
    return [q.prompt, *q.stems, *(o.text for o in q.options), *q.answers]


def test_emphasis_brackets_of_the_notes_are_dropped_keeping_the_words():
    for variety in ("claim_definition", "term_to_definition", "definition_to_term", "blank_term"):
        built = drafts(WATER_NOTES, DRIP, variety)
        assert built, variety
        for draft in built:
            texts = _printed(draft)
            assert not any("【" in t or "】" in t for t in texts), texts
            assert any("把水直接送到" in t for t in texts), texts


def test_a_draft_still_carrying_emphasis_brackets_is_rejected_as_markup():
    draft = drafts(WATER_NOTES, DRIP, "claim_definition")[0]
    marked = replace(draft, question=replace(draft.question, prompt="“滴灌”指的是：【直接】送水。"))
    assert "markup" in ITEM_RULES["no_markup_or_glue"](marked, index_notes(WATER_NOTES))


# ------------------------------------------------------------ 2. a wrong option saying the term

TRAITS = ("园艺复习", "土壤特点")
trait = facts_under(TRAITS)
SOIL_NOTES = [
    trait("t1", "definition", "层次性", text="土壤自上而下分为表土、心土和底土", line=3),
    trait("t2", "definition", "透气性", text="土壤颗粒之间的空隙让空气流通", line=4),
    trait("t3", "definition", "变化性", text="土壤的层次会随耕作和季节不断改变", line=5),
    trait("t4", "definition", "保水性", text="土壤能留住雨水供根系慢慢吸收", line=6),
]


def test_a_wrong_description_saying_the_asked_term_s_word_is_a_second_answer():
    # 变化性's description says 层次 of the asked 层次性; the key does not: it reads as right.
    built = [
        d
        for d in drafts(SOIL_NOTES, SOIL_NOTES[0], "term_to_definition")
        if any("层次会随" in o.text for o in d.question.options)
    ]
    assert built
    for draft in built:
        told = ITEM_RULES["no_shared_word_cue"](draft, index_notes(SOIL_NOTES))
        assert told and "层次" in told and "the term" in told


# ------------------------------------------------------- 3. a choice listing a blank's candidates

cycle = facts_under(("Garden review", "Composting"))
CYCLE = cycle(
    "l1",
    "list",
    "Composting cycle",
    "Loading=pile greens and browns in layers",
    "Turning=mix the heap so air reaches the core",
    "Curing=leave the heap to finish breaking down",
    "Sieving=sift out the finished compost",
    line=3,
    lang="en",
)


def test_a_choice_offering_a_blank_s_key_among_its_siblings_answers_the_fill_in():
    blanks = [d for d in drafts([CYCLE], CYCLE, "blank_term") if d.asks[0] == "Turning"]
    choices = [
        d
        for d in drafts([CYCLE], CYCLE, "definition_to_term")
        if any(o.text == "Turning" and not o.correct for o in d.question.options)
    ]
    assert blanks and choices
    notes = index_notes([CYCLE])
    for blank in blanks:
        assert blank.rivals
        for choice in choices:
            told = answers_another(blank, [choice], notes)
            assert told and "candidates of a blank" in told
            told = answers_another(choice, [blank], notes)
            assert told and "candidates of a blank" in told
