"""Extraction faults a card reviewer found (round 3): one small note of our own per fault."""

from __future__ import annotations

from notes_text import one, subjects


def test_a_bare_label_under_a_bare_heading_takes_the_root_not_both_parents():
    text = "# N\n\n## Bonding\n\n### Overview\n\n* Pros:\n    * more bandwidth\n    * failover\n"
    assert one(text, "Bonding Pros").kind == "list"


def test_an_english_label_is_not_glued_to_its_heading():
    text = "# N\n\n## Ridge model\n\n* Penalise large weights:\n    * $\\lambda \\|w\\|^2$\n"
    assert "Ridge model Penalise large weights" not in [s for _, s in subjects(text)]
    assert one(text, "Penalise large weights").kind == "definition"


def test_a_loop_header_is_a_step_whose_body_is_a_sequence_named_by_the_section():
    text = (
        "# N\n\n## Boosting\n\n1. Start with equal weights\n"
        "2. For $t$ from 1 to $T$:\n    * fit a weak learner\n    * reweight the samples\n"
        "3. Return the weighted vote\n"
    )
    found = subjects(text)
    assert not [s for _, s in found if s.startswith("For ")], found
    body = one(text, "Boosting (for $t$ from 1 to $T$)")
    assert body.kind == "sequence"
    assert [item.text for item in body.items] == ["fit a weak learner", "reweight the samples"]


def test_an_algorithm_label_is_a_sequence_of_its_parent():
    text = "# N\n\n## Hill climbing\n\n* Algorithm:\n  1. Pick a start\n  2. Move uphill\n"
    assert one(text, "Hill climbing Algorithm").kind == "sequence"


def test_a_condition_label_narrows_its_owner_and_keeps_its_nested_formula():
    text = (
        "# N\n\n## Entropy\n\n"
        "* A way of counting the expected surprise over all the outcomes of one source:\n"
        "  * For discrete distribution:\n    * $H = -\\sum p \\log p$\n"
    )
    fact = one(text, "Entropy for discrete distribution")
    assert (fact.kind, fact.text) == ("definition", "$H = -\\sum p \\log p$")


def test_an_in_label_under_an_item_is_that_item_narrowed():
    text = (
        "# N\n\n## Models\n\n* Logit model\n  * In GLM:\n    * binomial family\n    * logit link\n"
    )
    assert one(text, "Logit model in GLM").kind == "list"


def test_a_bracketed_note_or_verdict_is_not_the_meaning_of_the_text_before_it():
    text = (
        "# N\n\n## Election\n\n* Hellos are sent every 2 secs (default)\n"
        "* changing bridge priority (Lower is better)\n* Root port (RP)\n"
    )
    found = subjects(text)
    assert ("definition", "changing bridge priority") not in found, found
    assert not [s for k, s in found if k == "definition" and "Hellos" in s], found
    assert one(text, "Root port").text == "RP"


def test_a_modified_bare_label_with_its_text_defines_its_parent():
    text = (
        "# N\n\n## Convex sets\n\n* Bowl shaped sets\n* Every local min is global min\n"
        "* Informal definition: the segment between two points stays inside the set\n"
    )
    fact = one(text, "Convex sets Informal definition")
    assert fact.text == "the segment between two points stays inside the set"


def test_a_name_before_a_bare_word_is_not_a_modifier():
    text = "# N\n\n## Ciphers\n\n* RSA algorithm: factoring is hard\n* Key features: speed\n"
    assert ("definition", "RSA algorithm") in subjects(text)
