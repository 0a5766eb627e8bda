"""A definition text that is a predicate with its subject cut off ("always follows through on
her plans!") is no meaning to print after "X means:", and a text ending in its own stop takes
no second one from the stem's template (rv61 econ #1: "means: always follows through on her
plans!.")."""

from __future__ import annotations

from examgen.questions.statements import statement_of_effect
from examgen.questions.wording import phrase


def test_a_text_opening_on_a_frequency_adverb_is_a_predicate():
    assert statement_of_effect("always follows through on her plans!")
    assert statement_of_effect("never returns to the caller")


def test_a_text_opening_on_a_hyphenated_verb_is_a_predicate():
    assert statement_of_effect("under-consume investment goods relative to long-run plans.")


def test_a_text_opening_on_a_finite_verb_is_a_predicate():
    assert statement_of_effect("is deactivated during REM sleep")


def test_a_noun_phrase_is_still_a_meaning():
    assert not statement_of_effect("the rate at which future payoffs are discounted")
    assert not statement_of_effect("overhead of a context switch")


def test_a_text_ending_in_an_exclamation_takes_no_full_stop_after_it():
    assert phrase("en", "claim_definition", term="X", definition="a loud thing!") == (
        "“X” means: a loud thing!"
    )


def test_a_chinese_text_ending_in_its_own_stop_takes_no_second_one():
    assert phrase("zh", "claim_definition", term="甲", definition="一种对象。") == (
        "“甲”指的是：一种对象。"
    )


def test_a_text_ending_in_etc_keeps_one_full_stop():
    assert phrase("en", "claim_definition", term="X", definition="A, B, etc.") == (
        "“X” means: A, B, etc."
    )
