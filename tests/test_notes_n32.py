"""Sentence splitting and which sentence defines a term (issues 8 and 9): a full stop after an
abbreviation, an initial or inside brackets ends no sentence; a text cut mid-sentence is no
fact's whole text. One small note per behaviour."""

from __future__ import annotations

import re

from notes_text import facts, one, skipped

from examgen.notes.sentences import is_cut, split_sentences

# Where English sentences may meet: a stop, space, then a capital.
_MEET = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")

# ----------------------------------------------------------------------------- splitting


def test_an_example_mark_in_brackets_ends_no_sentence():
    text = "Pruning is slow (e.g. Hand shears) in spring. Grafts heal fast."
    assert split_sentences(_MEET, text) == [
        "Pruning is slow (e.g. Hand shears) in spring.",
        "Grafts heal fast.",
    ]


def test_that_is_versus_and_compare_end_no_sentence():
    text = "Roots drink, i.e. Water moves up. Oak vs. Ash differ. See cf. Birch too."
    assert split_sentences(_MEET, text) == [
        "Roots drink, i.e. Water moves up.",
        "Oak vs. Ash differ.",
        "See cf. Birch too.",
    ]


def test_a_figure_or_number_label_ends_no_sentence():
    text = "The bud is shown in Fig. A above. It opens in No. Two bed."
    assert split_sentences(_MEET, text) == [
        "The bud is shown in Fig. A above.",
        "It opens in No. Two bed.",
    ]


def test_an_initial_of_a_name_ends_no_sentence():
    text = "The rose was bred by J. Smith in a nursery. It spread fast."
    assert split_sentences(_MEET, text) == [
        "The rose was bred by J. Smith in a nursery.",
        "It spread fast.",
    ]


def test_a_one_letter_name_before_a_new_sentence_still_ends_it():
    text = "The first bed is bed A. The second is bed B."
    assert split_sentences(_MEET, text) == ["The first bed is bed A.", "The second is bed B."]


def test_a_decimal_number_ends_no_sentence():
    text = "The pot holds 2.5 litres. Water it weekly."
    assert split_sentences(_MEET, text) == ["The pot holds 2.5 litres.", "Water it weekly."]


def test_a_stop_inside_brackets_ends_no_sentence():
    text = "Feed it (bone meal, compost, etc. Any will do) in May. Then wait."
    assert split_sentences(_MEET, text) == [
        "Feed it (bone meal, compost, etc. Any will do) in May.",
        "Then wait.",
    ]


def test_a_bracket_never_closed_holds_no_sentence_back():
    text = "Feed it (bone meal. Then wait."
    assert split_sentences(_MEET, text) == ["Feed it (bone meal.", "Then wait."]


def test_and_so_on_before_a_capital_ends_the_sentence():
    text = "Sow beans, peas, etc. Then rake the bed."
    assert split_sentences(_MEET, text) == ["Sow beans, peas, etc.", "Then rake the bed."]


def test_split_sentences_stops_after_maxsplit_cuts():
    assert split_sentences(_MEET, "One. Two. Three.", 1) == ["One.", "Two. Three."]


# ----------------------------------------------------------------------------- notes


FERNS = (
    "# Garden\n\n## Plants\n\n### ferns\n**Ferns** are plants that reproduce by spores.\n\n"
    "Currently, fern propagation is slow, with certain methods (e.g. Spore sowing) being "
    "most reliable.\n"
)


def test_a_definition_keeps_the_example_named_after_an_abbreviation():
    text = one(FERNS, "fern propagation", "definition").text
    assert text.endswith("(e.g. Spore sowing) being most reliable")


# ----------------------------------------------------------------------------- fragments


def test_a_text_ending_inside_an_open_bracket_is_cut():
    assert is_cut("a small plant of damp shade (e.g")


def test_a_text_ending_on_an_abbreviation_is_cut():
    assert is_cut("a small plant grown for cover, vs.")


def test_a_text_ending_on_and_so_on_is_whole():
    assert not is_cut("beans, peas, etc.")


def test_a_half_open_interval_is_not_an_open_bracket():
    assert not is_cut("a number in [0, 1)")


def test_a_definition_cut_inside_a_bracket_gives_no_fact():
    text = (
        "# Garden\n\n## Plants\n\n- **Moss**: a small plant of damp shade (e.g\n"
        "- **Lichen**: a fungus living with an alga\n"
    )
    assert skipped(text) == ["a text cut mid-sentence: a small plant of damp shade (e.g"]


# ----------------------------------------------------------------------------- ratings


def test_a_term_first_rated_is_defined_by_the_pronoun_sentence_after():
    text = (
        "# Plants\n\n## Roots\n\nRoots grow down into the soil. **Root hairs** are especially "
        "important for taking up water. They are thin outgrowths of the root skin.\n"
    )
    assert one(text, "Root hairs", "definition").text == "thin outgrowths of the root skin."


def test_a_chinese_term_first_rated_is_defined_by_the_pronoun_sentence_after():
    text = "# 植物\n\n## 根\n\n**根毛**非常重要。它是根表皮细胞向外的突起。\n"
    assert one(text, "根毛", "definition").text == "根表皮细胞向外的突起。"


def test_a_rating_followed_by_no_noun_phrase_stays_the_definition():
    text = (
        "# Plants\n\n## Roots\n\n**Root hairs** are especially important for taking up "
        "water. They are usually short.\n"
    )
    assert one(text, "Root hairs", "definition").text.startswith("especially important")


def test_a_definition_before_a_pronoun_sentence_is_kept_whole():
    text = (
        "# Plants\n\n## Roots\n\n**Root hairs** are thin outgrowths of the root skin. They "
        "are tubes of one cell each.\n"
    )
    assert one(text, "Root hairs", "definition").text == (
        "thin outgrowths of the root skin. They are tubes of one cell each."
    )


# ----------------------------------------------------------------------------- statements


def test_a_statement_with_a_hyphenated_verb_defines_its_kind_of_thing():
    text = "# Garden\n\n## Frames\n\n* A cold frame over-winters seedlings in the garden.\n"
    assert one(text, "cold frame", "definition").text == "over-winters seedlings in the garden."


def test_bullets_that_each_state_a_kind_of_thing_are_no_list_of_sentences():
    text = (
        "# Garden\n\n## Mulch\n\n### C) Straw\n* The examples are like (B); see the slides.\n"
        "* An eager gardener over-water seedlings relative to plans.\n"
        "* A patient gardener always follows through on her plans!\n"
    )
    assert [fact.subject for fact in facts(text) if fact.kind == "list"] == []


def test_a_worked_example_keeps_the_lesson_it_states_about_a_kind_of_thing():
    text = (
        "# Garden\n\n## Straw\n\n**Example 1b: watering pots (patient gardener)**\n"
        "* Let $a = 1$, all else the same.\n* Watering today? No.\n"
        "* A patient gardener always follows through on her plans!\n"
    )
    assert [(fact.kind, fact.subject) for fact in facts(text)] == [
        ("definition", "patient gardener")
    ]
