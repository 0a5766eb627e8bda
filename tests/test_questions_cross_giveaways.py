"""No question on a paper tells another's answer (rv61/rv62 management, psych): a choice
offering as a wrong option the clue another asks the term of, and a stem printing the head
word of an English fill-in's key ("insomnia" of "Chronic insomnia")."""

from __future__ import annotations

from examgen.model import Option, Question
from examgen.questions.form import Draft
from examgen.questions.giveaways import answers_another

CLUE = "要负责为组织配备和培训人员，并指导和激励人员"


def choice(variety: str, stem: str, *options: str) -> Draft:
    shown = tuple(Option(o.lstrip("*"), o.startswith("*")) for o in options)
    question = Question("single_choice", f"“{stem}”", 2, ("d1",), "notes.md:3", options=shown)  # type: ignore[arg-type]
    return Draft(question, variety, subject=stem, stem_texts=(stem,))


def fill_in(prompt: str, answer: str) -> Draft:
    question = Question("fill_blank", prompt, 2, ("d2",), "notes.md:9", answers=(answer,))
    return Draft(question, "blank_term", subject=answer, stem_texts=("a clue",))


def test_a_wrong_option_that_is_another_questions_clue_gives_it_away():
    describe = choice(
        "term_to_definition", "监听者", "*要寻求和获取各种特定的信息", CLUE, "要维护外部联系网络"
    )
    which = choice("definition_to_term", CLUE, "*领导者", "谈判者", "传播者")
    assert answers_another(describe, [which])
    assert answers_another(which, [describe])


def test_wrong_options_other_than_another_questions_clue_give_nothing_away():
    describe = choice(
        "term_to_definition", "监听者", "*要寻求和获取各种特定的信息", "要维护外部联系网络"
    )
    which = choice("definition_to_term", CLUE, "*领导者", "谈判者", "传播者")
    assert answers_another(describe, [which]) is None


def test_a_stem_printing_the_head_word_of_a_fill_ins_key_gives_it_away():
    blank = fill_in(
        "In “sleep disorders”, ______: a general dissatisfaction with sleep.", "Chronic insomnia"
    )
    claim = choice("claim_definition", "broad classifications of insomnia", "*x", "y")
    assert answers_another(claim, [blank])


def test_a_stem_printing_other_words_leaves_the_fill_in():
    blank = fill_in(
        "In “sleep disorders”, ______: a general dissatisfaction with sleep.", "Chronic insomnia"
    )
    claim = choice("claim_definition", "stages of REM sleep", "*x", "y")
    assert answers_another(claim, [blank]) is None


def test_a_wrong_option_that_is_a_fill_ins_clue_gives_it_away():
    describe = choice(
        "term_to_definition", "监听者", "*要寻求和获取各种特定的信息", CLUE, "要维护外部联系网络"
    )
    blank = fill_in(f"______：{CLUE}。", "领导者")
    blank = Draft(blank.question, "blank_term", subject="领导者", stem_texts=(CLUE,))
    assert answers_another(describe, [blank])
