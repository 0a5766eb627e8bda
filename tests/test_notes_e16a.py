"""English note shapes found in lecture and Obsidian notes (session 16, helper e16a): one
small note of our own per shape, and what it gives."""

from __future__ import annotations

from notes_text import one, subjects


def test_a_short_term_dash_gloss_member_is_defined_like_its_siblings():
    text = (
        "# N\n\n## Kitchen\n\nThe tools found in most kitchens include:\n"
        "- Chef knife - cutting vegetables\n"
        "- Whisk - mixing\n"
        "- Ladle - soup\n"
        "- Cast iron pan - searing meat\n"
    )
    assert one(text, "Whisk", "definition").text == "mixing"
    assert one(text, "Ladle", "definition").text == "soup"


def test_short_dash_glosses_alone_in_a_list_stay_members_only():
    text = "# N\n\n## Kitchen\n\nTools:\n- Whisk - mixing\n- Ladle - soup\n- Pan - frying\n"
    assert [kind for kind, _ in subjects(text)] == ["list"]


def test_a_callout_title_that_repeats_its_kind_names_the_term_after_the_colon():
    text = (
        "# N\n\n## Joints\n\n>[!aside] Aside: Gout\n"
        ">Gout is a painful swelling of the joints caused by uric acid crystals.\n"
    )
    fact = one(text, "Gout", "definition")
    assert fact.text.startswith("Gout is a painful swelling")


def test_sentences_before_a_bold_led_one_in_a_first_paragraph_define_the_heading():
    text = (
        "# N\n\n## Seizures\n\n#### absence\n"
        "Stage 2 is marked by two distinct signals, the spike and the slow wave. "
        "**Spikes** are bursts of firing from the cortex. They come in runs.\n"
    )
    heading = one(text, "absence", "definition")
    assert heading.text == "Stage 2 is marked by two distinct signals, the spike and the slow wave."
    assert one(text, "Spikes", "definition").text.startswith("bursts of firing")
    assert [item.text for item in one(text, "signals", "list").items] == ["spike", "slow wave"]


def test_a_first_paragraph_led_by_its_bold_term_does_not_define_the_heading():
    text = (
        "# N\n\n## Seizures\n\n#### absence\n"
        "**Absence seizures** are brief lapses of awareness. They last seconds.\n"
    )
    assert subjects(text) == [("definition", "Absence seizures")]


def test_an_acronym_defined_right_after_its_spelled_out_name_is_defined_under_the_full_name():
    text = (
        "# N\n\n## Kidneys\n\nKidney stones are common. One exception is "
        "**renal tubular acidosis (RTA)**. RTA is the failure of the kidneys to remove acid.\n"
    )
    fact = one(text, "renal tubular acidosis (RTA)", "definition")
    assert fact.text.startswith("the failure of the kidneys")


def test_an_acronym_whose_letters_the_words_before_it_do_not_spell_stays_as_written():
    text = (
        "# N\n\n## Kidneys\n\nKidney stones are common (RTA). "
        "RTA is the failure of the kidneys to remove acid.\n"
    )
    assert one(text, "RTA", "definition").text.startswith("the failure")


def test_a_bold_term_with_a_long_spelled_out_gloss_leads_its_own_definition():
    text = (
        "# N\n\n## Care\n\nTreating it comes in different forms:\n"
        "- Medication\n\t- **Colchicine** is an old drug.\n\t- **NSAIDs** are pain relievers.\n"
        "- Talking\n"
        "\t- **CBT-I** (cognitive behavioral therapy for insomnia) is a form of therapy.\n"
    )
    fact = one(text, "CBT-I (cognitive behavioral therapy for insomnia)", "definition")
    assert fact.text == "a form of therapy."
    assert "Talking" not in [subject for _, subject in subjects(text)]


def test_a_paragraph_left_hanging_on_include_names_the_list_after_it():
    text = (
        "# N\n\n## Joints\n\n#### arthritis\n"
        "**Arthritis** is a class of joint disorders. Common forms of arthritis include\n"
        "- Gout\n- Osteoarthritis\n- Rheumatoid arthritis\n"
    )
    listed = one(text, "Common forms of arthritis", "list")
    assert [item.text for item in listed.items] == [
        "Gout",
        "Osteoarthritis",
        "Rheumatoid arthritis",
    ]
    assert ("list", "arthritis") not in subjects(text)


def test_a_sentence_at_the_margin_right_after_a_list_is_a_paragraph_of_its_own():
    text = (
        "# N\n\n## Gout\n\nGout often shows as\n- Joint pain\n- Redness\n- Swelling\n"
        "The attack is called acute if it lasts for under two weeks.\n"
    )
    assert ("definition", "Swelling") not in subjects(text)
    listed = one(text, "Gout often shows as", "list")
    assert [item.text for item in listed.items] == ["Joint pain", "Redness", "Swelling"]


def test_a_bold_led_sentence_at_the_margin_after_a_list_defines_its_term():
    text = (
        "# N\n\n## Sleep\n\nSleep pressure builds up.\n- It grows while awake.\n"
        "- It falls while asleep.\n**Caffeine** blocks the signal of adenosine.\n"
    )
    assert one(text, "Caffeine", "definition").text == "blocks the signal of adenosine."


def test_a_wrapped_sentence_at_the_margin_stays_in_its_item():
    text = (
        "# N\n\n## Memory\n\nParts:\n- Cache\n- Buffers keep recent data from\nRAM for fast reads\n"
        "- Disk\n"
    )
    listed = one(text, "Parts", "list")
    assert listed.items[1].text == "Buffers keep recent data from RAM for fast reads"


def test_a_line_break_the_author_asked_for_keeps_the_description_in_the_item():
    text = (
        "# N\n\n## TLS\n\n- Parts\n    - Connection<br>\n    Transport between two peers\n"
        "    - Session<br>\n    Association between a client and a server\n"
    )
    assert one(text, "Connection", "definition").text == "Transport between two peers"


def test_an_items_own_definition_comes_before_the_symbols_its_formula_names():
    text = (
        "# N\n\n## Growth\n\n"
        "* **Compound growth**: the stock grows as $x_t = x_0 (1+g)^t$ where $g$ is the "
        "**growth rate**.\n"
    )
    assert subjects(text) == [("definition", "Compound growth"), ("definition", "growth rate")]


def test_a_statement_bullet_over_notes_names_no_list_and_its_notes_keep_their_facts():
    text = (
        "# N\n\n## Clock\n\n- **Process C** is the daily rhythm of sleep\n"
        "\t- Set by **light**, the signal the eye sends to the clock in the brain\n"
        "\t\t- Light at night delays the clock.\n"
        "\t\t- Bright light lamps: help with jet lag\n"
    )
    kinds = subjects(text)
    assert not [subject for kind, subject in kinds if kind == "list" and "," in subject]
    assert one(text, "Bright light lamps", "definition").text == "help with jet lag"


def test_a_term_bullet_over_members_still_names_its_list():
    text = (
        "# N\n\n## Clock\n\n- **Process C** is the daily rhythm of sleep\n"
        "\t- Cues\n\t\t- Light\n\t\t- Meals\n"
    )
    assert [item.text for item in one(text, "Cues", "list").items] == ["Light", "Meals"]


def test_a_numbered_list_introduced_as_criteria_is_a_list_not_a_sequence():
    text = (
        "# N\n\n## Hormones\n\n"
        "Not every substance in the blood is a hormone. Biologists agree on a set of criteria "
        "that must be met.\n"
        "1. If the gland is removed, the effect disappears\n"
        "2. If the substance is injected, the effect returns\n"
        "3. The substance travels in the blood\n"
    )
    listed = one(text, "criteria for Hormones")
    assert listed.kind == "list"
    assert len(listed.items) == 3


def test_numbered_conditions_after_a_paragraph_naming_no_criteria_stay_a_sequence():
    text = (
        "# N\n\n## Hormones\n\n"
        "Not every substance in the blood is a hormone. Biologists ran the test below.\n"
        "1. If the gland is removed, the effect disappears\n"
        "2. If the substance is injected, the effect returns\n"
        "3. The substance travels in the blood\n"
    )
    assert one(text, "Hormones").kind == "sequence"


def test_a_bold_name_with_a_which_is_phrase_beside_it_is_defined_by_that_phrase():
    text = (
        "# N\n\n## Fear\n\nFear grows when the brain loses control of the **amygdala**, "
        "which is the brain area responsible for emotional processing.\n"
    )
    fact = one(text, "amygdala", "definition")
    assert fact.text == "the brain area responsible for emotional processing"


def test_a_bold_name_with_a_noun_phrase_beside_it_in_a_statement_bullet_is_defined():
    text = (
        "# N\n\n## Clock\n\n- **Process C** is the daily rhythm of sleep\n"
        "\t- Set by **melatonin**, the hormone that is produced in the pineal gland\n"
        "\t\t- Levels rise before bedtime.\n"
        "\t\t- Supplements: help with jet lag\n"
    )
    fact = one(text, "melatonin", "definition")
    assert fact.text == "the hormone that is produced in the pineal gland"


def test_a_bold_name_in_a_list_of_names_is_not_defined_by_its_neighbour():
    text = "# N\n\n## Organs\n\nThe chest holds the **heart**, the lungs and the trachea.\n"
    assert ("definition", "heart") not in subjects(text)


def test_a_heading_over_bullets_that_are_sentences_about_it_is_defined_by_them():
    text = (
        "# N\n\n## Saving\n\n#### impulsive saver's behavior\n"
        "- Keeps putting off the deposit for many months.\n"
        "- The delay can cause large losses.\n"
    )
    fact = one(text, "impulsive saver's behavior")
    assert fact.kind == "definition"
    assert fact.text == (
        "Keeps putting off the deposit for many months; The delay can cause large losses"
    )


def test_a_heading_over_numbered_sentences_keeps_them_in_order():
    text = (
        "# N\n\n## Saving\n\n#### opening an account\n"
        "1. The client sends the form.\n2. The bank creates a record.\n"
        "3. The account is opened.\n"
    )
    assert one(text, "opening an account").kind == "sequence"


def test_emphasis_inside_sentence_bullets_under_a_heading_still_makes_a_definition():
    text = (
        "# N\n\n## Saving\n\n#### careful saver's behavior\n"
        "- Sees that a delay grows, so she saves at once.\n"
        "- Her delay does *not* cause large losses.\n"
    )
    assert one(text, "careful saver's behavior").kind == "definition"


def test_bullets_each_led_by_a_bold_term_under_a_heading_stay_its_list():
    text = (
        "# N\n\n## Drugs\n\n#### pain relief\n"
        "- **Aspirin** is an old drug that thins the blood.\n"
        "- **Ibuprofen** is a newer drug that eases swelling.\n"
    )
    assert ("definition", "pain relief") not in subjects(text)


def test_a_first_paragraph_telling_what_we_do_is_not_the_headings_definition():
    text = (
        "# N\n\n## stages of digestion\n\n"
        "During a meal, we move food through the stages of digestion in a few hours.\n"
    )
    assert ("definition", "stages of digestion") not in subjects(text)


def test_a_first_paragraph_saying_what_we_are_can_still_define_the_heading():
    text = (
        "# N\n\n## Mammals\n\nWe are mammals: warm-blooded animals that feed milk to their young.\n"
    )
    assert one(text, "Mammals").kind == "definition"


def test_places_named_in_order_with_followed_by_and_finally_are_a_sequence():
    text = (
        "# N\n\n## Hearing\n\nLoud sounds start **cochlear waves**. These waves are detected "
        "in sequential order in the eardrum, followed by the cochlea, and finally the "
        "auditory cortex.\n"
    )
    fact = one(text, "order in which cochlear waves are detected")
    assert fact.kind == "sequence"
    assert [item.text for item in fact.items] == ["eardrum", "cochlea", "auditory cortex"]


def test_a_sentence_with_followed_by_but_no_order_to_its_end_is_no_sequence():
    text = "# N\n\n## Hearing\n\nThe eardrum is struck first, followed by a short pause.\n"
    assert all(kind != "sequence" for kind, _ in subjects(text))
