"""English note shapes (issue 8): one small note of our own per shape, and what it gives."""

from __future__ import annotations

from notes_text import facts, subjects


def test_a_bold_lead_in_the_first_paragraph_under_a_heading_defines_its_term_once():
    text = "# N\n\n## Memory\n\n### caches\n\n**Cache lines** are the unit of transfer.\n"
    assert subjects(text) == [("definition", "Cache lines")]


def test_a_term_over_bullets_half_of_them_sentences_is_defined_by_them():
    text = (
        "# N\n\n## Roles\n\n- Spare Disk\n"
        "    - A copy of a data disk\n"
        "    - It becomes active when a disk fails\n"
    )
    (fact,) = facts(text)
    assert (fact.kind, fact.subject) == ("definition", "Spare Disk")
    assert fact.text == "A copy of a data disk; It becomes active when a disk fails"


def test_a_term_over_plain_names_with_one_sentence_stays_a_list():
    text = (
        "# N\n\n## Parts\n\n- Engine\n"
        "    - Pistons\n    - Crankshaft\n    - It is cooled by water\n"
    )
    assert ("list", "Engine") in subjects(text)


def test_a_heading_term_with_a_colon_and_a_gloss_defines_the_term():
    text = "# N\n\n### B) Capital goods: costs now, benefits later\n\n- A factory\n- A road\n"
    definition = facts(text)[0]
    assert (definition.kind, definition.subject, definition.line) == (
        "definition",
        "Capital goods",
        3,
    )
    assert definition.text == "costs now, benefits later"
    assert ("list", "Capital goods") in subjects(text)


def test_a_heading_with_a_metadata_colon_defines_nothing():
    text = "# N\n\n###### tags: `1.2`\n\n## Recap: what we saw\n\nSome words here.\n"
    assert subjects(text) == [("definition", "Recap: what we saw")]


def test_named_topics_under_a_plural_heading_are_its_list_even_with_notes_under_some():
    text = (
        "# N\n\n## Storage\n\n#### Disk roles\n"
        "* Data Disk - holds blocks\n* Parity Disk - holds checksums\n"
        "* Spare Disk\n    * A copy of a data disk\n    * It becomes active on failure\n"
    )
    roles = [fact for fact in facts(text) if fact.subject == "Disk roles"]
    assert [item.text for item in roles[0].items] == ["Data Disk", "Parity Disk", "Spare Disk"]


def test_glossed_topics_with_notes_under_a_bold_plural_caption_are_its_list():
    text = (
        "# N\n\n**Two pricing models**\n"
        "1. **Flat**: one price\n    * Simple to sell\n    * Hard to scale\n"
        "2. **Tiered**: a price per level\n    * Fits more buyers\n    * Needs more support\n"
    )
    models = [fact for fact in facts(text) if fact.kind == "list"]
    assert models[0].subject == "Two pricing models"
    assert [item.text for item in models[0].items] == ["Flat", "Tiered"]


def test_glossed_topics_with_notes_under_a_singular_heading_are_not_its_list():
    text = (
        "# N\n\n### Model\n"
        "* Linear: $y = ax$\n    * Simple\n    * Fast\n"
        "* Quadratic: $y = ax^2$\n    * Curved\n    * Slower\n"
    )
    assert ("list", "Model") not in subjects(text)


def test_a_topic_naming_the_category_itself_keeps_named_topics_from_being_a_list():
    text = (
        "# N\n\n#### Queues\n* Queue: first in, first out\n"
        "* Ring queue (fixed size)\n  * $i = (i + 1) \\bmod n$\n"
        "* Deque (both ends)\n  * $push, pop$\n"
    )
    assert ("list", "Queues") not in subjects(text)


def test_a_numbered_list_of_sentences_under_a_heading_is_a_sequence():
    text = (
        "# N\n\n#### Cache miss\n"
        "1. The CPU sends the address\n2. The cache has no line for it\n"
        "3. The memory returns the block\n"
    )
    assert subjects(text) == [("sequence", "Cache miss")]


def test_a_numbered_list_of_names_under_a_heading_stays_a_list():
    text = "# N\n\n#### Cache levels\n1. Level one cache\n2. Level two cache\n3. Shared cache\n"
    assert subjects(text) == [("list", "Cache levels")]


def test_bulleted_sentences_under_a_heading_stay_a_list():
    text = (
        "# N\n\n#### Cache facts\n"
        "* The CPU sends the address\n* The cache has no line for it\n"
        "* The memory returns the block\n"
    )
    assert subjects(text) == [("list", "Cache facts")]


def test_a_term_with_a_bracket_over_one_formula_is_defined_by_the_formula():
    text = (
        "# N\n\n## Norms\n\n* Max norm (aka. uniform norm)\n  * $||a||_\\infty = \\max_i |a_i|$\n"
    )
    (fact,) = facts(text)
    assert (fact.kind, fact.subject) == ("definition", "Max norm (aka. uniform norm)")
    assert fact.text == "$||a||_\\infty = \\max_i |a_i|$"


def test_one_item_under_a_defined_term_is_not_a_list():
    text = (
        "# N\n\n## Estimation\n\n* MAP: the most probable parameters\n  * Prior: what we believed\n"
    )
    assert subjects(text) == [("definition", "MAP"), ("definition", "Prior")]


def test_a_counted_label_names_its_list_as_the_counted_things_of_its_subject():
    text = "# N\n\n## Routers\n\n* The firmware of a router has 2 parts:\n  * Loader\n  * Kernel\n"
    assert ("list", "parts of firmware of a router") in subjects(text)


def test_a_counted_label_with_a_pronoun_names_its_list_after_the_bold_lead_term():
    text = (
        "# N\n\n### imaging\n"
        "**Tomography** (CT) is a way to see inside the body. It is comprised of two layers:\n"
        "- Scanning\n- Reconstruction\n"
    )
    assert ("list", "layers of Tomography (CT)") in subjects(text)


def test_a_bold_led_sentence_left_hanging_is_completed_by_the_formula_after_it():
    text = "# N\n\n## Odds\n\nThe **odds** of an event A are\n\n$$\no = p / (1 - p)\n$$\n"
    (fact,) = facts(text)
    assert (fact.kind, fact.subject) == ("definition", "odds")
    assert fact.text == "$$ o = p / (1 - p) $$ (of an event A)"


def test_a_sentence_ending_in_a_bold_term_names_the_formula_after_it():
    text = "# N\n\n## Rules\n\nPutting both together, we get **Bayes' rule**.\n\n$$\nP = Q R\n$$\n"
    assert [(f.subject, f.text) for f in facts(text)] == [("Bayes' rule", "$$ P = Q R $$")]


def test_this_is_called_takes_its_meaning_from_the_sentence_before():
    text = (
        "# N\n\n## Memory\n\nFirst words.\n\n"
        "Old data is moved out to disk when memory runs low. This is called **swapping**.\n"
    )
    fact = next(f for f in facts(text) if f.subject == "swapping")
    assert fact.text == "Old data is moved out to disk when memory runs low."


def test_roman_numbering_in_a_heading_is_not_part_of_the_term():
    text = "# N\n\n#### ii) Second case\n\nThe other way round.\n"
    assert subjects(text) == [("definition", "Second case")]


def test_a_plural_heading_over_named_sections_only_is_the_list_of_them():
    text = (
        "# N\n\n## Basic laws of motion\n\n#### Inertia\n\nBodies keep moving.\n\n"
        "#### Acceleration\n\nForce over mass.\n"
    )
    fact = facts(text)[0]
    assert (fact.kind, fact.subject) == ("list", "Basic laws of motion")
    assert [item.text for item in fact.items] == ["Inertia", "Acceleration"]


def test_a_heading_of_definitions_over_sections_is_not_a_list():
    text = "# N\n\n## Basic Definitions\n\n### Set\n\nA collection.\n\n### Map\n\nA function.\n"
    assert ("list", "Basic Definitions") not in subjects(text)


def test_a_member_led_by_a_bold_term_is_that_term_and_defines_it():
    text = (
        "# N\n\n## Drugs\n\n- Medication\n"
        "    - **Statins** lower cholesterol in the blood.\n"
        "    - **Beta blockers** are drugs that slow the heart.\n"
    )
    found = subjects(text)
    assert ("definition", "Statins") in found and ("definition", "Beta blockers") in found
    medication = next(f for f in facts(text) if f.subject == "Medication")
    assert [item.text for item in medication.items] == ["Statins", "Beta blockers"]


def test_a_label_saying_something_comes_in_different_kinds_names_the_kinds():
    text = "# N\n\nTreating a cold comes in different forms:\n- Rest\n- Fluids\n"
    assert ("list", "forms of Treating a cold") in subjects(text)


def test_a_member_with_a_bold_part_that_is_only_a_name_stays_a_member():
    text = "# N\n\n## Net\n\n- Handshakes\n    - **TCP** handshake\n    - **TLS** handshake\n"
    assert subjects(text) == [("list", "Handshakes")]


def test_a_first_paragraph_that_opens_with_a_question_does_not_define_the_heading():
    text = "# N\n\n## Caching\n\n### Hit rates\n\nWhat counts as a hit? We define it below.\n"
    assert subjects(text) == []


def test_a_first_paragraph_that_supposes_an_example_does_not_define_the_heading():
    text = "# N\n\n## Odds\n\n### Fair dice\n\nSuppose I roll a die. What turns up?\n"
    assert subjects(text) == []


def test_a_heading_joining_two_things_is_not_defined_by_its_paragraph():
    text = (
        "# N\n\n## Basics\n\n### Trial and Result\n\n"
        "A trial is a run of the test. A result is what it shows.\n"
    )
    assert ("definition", "Trial and Result") not in subjects(text)
    assert ("definition", "trial") in subjects(text)


def test_a_bare_heading_of_the_notes_is_not_defined_by_its_paragraph():
    text = "# N\n\n## Summary\n\nIn this post we saw sets and maps.\n"
    assert subjects(text) == []


def test_a_paragraph_defining_another_term_does_not_define_the_heading():
    text = "# N\n\n## Sleep\n\n#### coffee\n\nSleep pressure is the urge to sleep after waking.\n"
    assert subjects(text) == [("definition", "Sleep pressure")]


def test_an_equation_number_label_is_no_term():
    text = "# N\n\n## Proof\n\nFirst we see this.\n\nEquation 1:\n\n$$\na = b\n$$\n"
    assert ("definition", "Equation 1") not in subjects(text)


def test_an_item_with_a_pronoun_subject_is_a_sentence_not_a_term():
    text = "# N\n\n## MST\n\n* Regions\n* It uses one frame for all (about 88 of them)\n"
    assert not any(subject.startswith("It ") for _kind, subject in subjects(text))


def test_an_all_caps_abbreviation_is_no_pronoun():
    text = "# N\n\n## Org\n\n* IT security policy (rules for staff)\n"
    assert ("definition", "IT security policy") in subjects(text)


def test_a_counted_sentence_over_sections_names_the_list_of_those_sections():
    text = (
        "# N\n\n## Engines\n\n### diesel\nA diesel cycle is made up of 3 phases.\n"
        "#### Intake\nAir comes in.\n#### Compression\nAir is squeezed.\n#### Power\nFuel burns.\n"
    )
    fact = facts(text)[0]
    assert (fact.kind, fact.subject, fact.line) == ("list", "phases of diesel cycle", 6)
    assert [item.text for item in fact.items] == ["Intake", "Compression", "Power"]
    assert ("definition", "diesel") not in subjects(text)


def test_a_term_with_short_names_joined_by_commas_is_a_list_of_them():
    text = "# N\n\n## Optimisers\n\n* Variants: SGD, mini batches, momentum and AdaGrad\n"
    fact = facts(text)[0]
    assert (fact.kind, fact.subject) == ("list", "Variants")
    assert [item.text for item in fact.items] == ["SGD", "mini batches", "momentum", "AdaGrad"]


def test_a_definition_with_commas_in_a_phrase_stays_a_definition():
    text = "# N\n\n## Words\n\n* Ontology: the study of being, existence and reality\n"
    assert subjects(text) == [("definition", "Ontology")]


def test_a_label_led_by_its_formula_is_defined_by_it_and_its_notes_stay_their_own():
    text = (
        "# N\n\n## Models\n\n* Softmax model:\n  * $p_k = e^{z_k} / \\sum_j e^{z_j}$\n"
        "  * Gain: raw score of one class\n  * (Used for many classes)\n"
    )
    model = next(f for f in facts(text) if f.subject == "Softmax model")
    assert (model.kind, model.text) == ("definition", "$p_k = e^{z_k} / \\sum_j e^{z_j}$")
    assert ("definition", "Gain") in subjects(text)
    assert all(kind != "list" for kind, _subject in subjects(text))


def test_a_label_over_formulas_only_is_a_list_of_them():
    text = "# N\n\n## Kernels\n\n* Examples:\n  * $k = x y$\n  * $k = e^{-x^2}$\n"
    assert [kind for kind, _subject in subjects(text)] == ["list"]


def test_math_that_is_the_bold_name_defines_that_name():
    text = (
        "# N\n\n## Growth\n\n* **Compound growth**: after $t$ years, $v = (1 + r)^t$ "
        "where $r > 0$ is the **yearly rate**.\n"
    )
    rate = next(f for f in facts(text) if f.subject == "yearly rate")
    assert (rate.kind, rate.text) == ("definition", "$r > 0$")


def test_a_single_adverb_is_no_term():
    text = "# N\n\n## Setup\n\n* Ways:\n    * Manually - edit the file\n    * By script\n"
    assert ("definition", "Manually") not in subjects(text)


def test_names_joined_by_and_before_a_comma_are_a_phrase_not_a_list():
    text = "# N\n\n## C\n\n- Generics: vector<int> and List<T>, not raw arrays\n"
    assert subjects(text) == [("definition", "Generics")]
