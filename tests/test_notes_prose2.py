"""More English sentence shapes inside a paragraph (issue 8, running prose): one small note of
our own per shape, and what it gives (or that it gives nothing)."""

from __future__ import annotations

from note_facts import facts, members, one


def note(paragraph: str) -> str:
    return f"# Notes\n\n## Gardens\n\nSome words first. {paragraph}\n"


def test_a_group_showing_something_in_several_places_lists_the_places():
    text = note("Old roses also show mildew in the leaves, stems, and buds.")
    fact = one(text, "mildew in Old roses", "list")
    assert members(fact) == ["leaves", "stems", "buds"]


def test_showing_something_in_two_places_is_no_list():
    text = note("Old roses show mildew in the leaves and stems.")
    assert [f for f in facts(text) if f.kind == "list"] == []


def test_what_a_noun_phrase_is_during_a_period_defines_it_for_that_period():
    text = note("During winter, soil temperatures are lowest near the surface, and roots rest.")
    fact = one(text, "soil temperatures during winter", "definition")
    assert fact.text == "soil temperatures are lowest near the surface"


def test_a_pronoun_after_during_defines_nothing():
    text = note("During winter, we are mostly indoors.")
    assert [f.subject for f in facts(text) if "winter" in f.subject] == []


def test_a_fuller_name_of_the_section_subject_is_defined_by_what_it_is():
    text = "# Notes\n\n## Soil\n\nSome words first. Garden soil is usually acidic.\n"
    assert one(text, "Garden soil", "definition").text == "usually acidic"


def test_a_sentence_adverb_before_the_subject_is_left_out():
    text = "# Notes\n\n## Soil\n\nSome words first. Currently, garden soil is mostly clay.\n"
    assert one(text, "garden soil", "definition").text == "mostly clay"


def test_a_condition_about_the_section_subject_defines_nothing():
    text = "# Notes\n\n## Soil\n\nSome words first. If garden soil is wet, roots rot.\n"
    assert [f.subject for f in facts(text) if "garden soil" in f.subject.casefold()] == []


def test_what_is_done_to_the_section_subject_defines_nothing():
    text = "# Notes\n\n## Soil\n\nSome words first. Garden soil is moderated by the rain.\n"
    assert [f for f in facts(text) if f.subject == "Garden soil"] == []


def test_what_a_thing_is_triggered_by_with_examples_lists_its_triggers():
    text = note("Blight is a loss of leaves. It is often triggered by fungi (e.g. mildew, rust).")
    assert members(one(text, "triggers of Blight", "list")) == ["mildew", "rust"]


def test_what_a_thing_is_caused_by_in_a_list_lists_its_causes():
    text = note("Leaf drop is caused by rain, heat, and poor soil.")
    assert members(one(text, "causes of Leaf drop", "list")) == ["rain", "heat", "poor soil"]


def test_one_cause_is_no_list():
    text = note("Leaf drop is caused by heavy rain in the spring.")
    assert [f for f in facts(text) if f.kind == "list"] == []


def test_what_a_thing_helps_with_defines_it():
    text = note("Mulch helps with water retention.")
    assert one(text, "Mulch", "definition").text == "helps with water retention"


def test_a_clause_that_helps_with_something_defines_nothing():
    text = note("Watering at dusk helps with growth.")
    assert [f.subject for f in facts(text) if "Watering" in f.subject] == []
