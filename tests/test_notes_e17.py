"""English note shapes found in lecture and Obsidian notes (session 16 round 2, helper e17):
one small note of our own per shape, and what it gives."""

from __future__ import annotations

from notes_text import facts, one, subjects


def test_a_quantified_clause_label_names_its_list_by_the_things_it_picks_out():
    text = (
        "# N\n\n## Kitchen\n\nCertain tools of the kitchen play key roles in baking as well:\n"
        "1. **Whisk**: mixing\n2. **Oven**: heat\n3. **Scale**: weighing\n"
    )
    fact = one(text, "tools of the kitchen that play key roles in baking", "list")
    assert [item.text for item in fact.items] == ["Whisk", "Oven", "Scale"]


def test_a_quantified_label_whose_verb_is_be_keeps_the_section_as_its_subject():
    text = "# N\n\n## Kitchen\n\nSome tools are handy:\n- Whisk\n- Oven\n- Scale\n"
    assert ("list", "tools that are handy") not in subjects(text)


def test_a_bullet_naming_what_a_cause_brought_about_lists_the_names_after_its_colon():
    text = (
        "# N\n\n## Diet\n\nPoor diets have effects:\n"
        "- Sugar excess caused more frequent dental problems: cavities, gum disease, "
        "tooth loss. This comes from **plaque**, which is a film of bacteria on teeth.\n"
    )
    fact = one(text, "frequent dental problems caused by sugar excess", "list")
    assert [item.text for item in fact.items] == ["cavities", "gum disease", "tooth loss"]


def test_the_sentences_after_a_caused_list_are_read_as_prose():
    text = (
        "# N\n\n## Diet\n\nPoor diets have effects:\n"
        "- Sugar excess caused more frequent dental problems: cavities, gum disease, "
        "tooth loss. This comes from **plaque**, which is a film of bacteria on teeth.\n"
    )
    assert one(text, "plaque", "definition").text.startswith("a film of bacteria")


def test_a_pronoun_cause_names_no_list_of_effects():
    text = "# N\n\n## Diet\n\n- It causes problems: cavities, gum disease, tooth loss\n"
    assert not any(kind == "list" and "caused by" in subject for kind, subject in subjects(text))


def test_a_superlative_sentence_defines_its_superlative_noun_phrase():
    text = (
        "# N\n\n## Colds\n\nColds are common.\n\n"
        "The most frequent reason for why children catch colds is due to contact with "
        "other children at school.\n"
    )
    fact = one(text, "most frequent reason for why children catch colds", "definition")
    assert fact.text.startswith("contact with other children")


def test_a_member_with_an_aka_alias_defines_the_alias_by_its_name():
    text = (
        "# N\n\n## Heart\n\nCommon heart conditions include\n"
        "- Arrhythmia\n- Heart failure\n- Heart attack, aka myocardial infarction\n"
    )
    assert one(text, "myocardial infarction", "definition").text == "Heart attack"


def test_a_member_with_an_aka_alias_is_listed_by_its_name():
    text = (
        "# N\n\n## Heart\n\nCommon heart conditions include\n"
        "- Arrhythmia\n- Heart failure\n- Heart attack, aka myocardial infarction\n"
    )
    listed = [f for f in facts(text) if f.kind == "list"]
    assert [item.text for item in listed[0].items] == [
        "Arrhythmia",
        "Heart failure",
        "Heart attack",
    ]


def test_an_aka_inside_a_longer_sentence_defines_no_alias_member():
    text = "# N\n\n## Drugs\n\n- Opiates, aka painkillers, slow breathing down a lot\n"
    assert not any(subject == "painkillers" for _kind, subject in subjects(text))


def test_a_regulated_by_bullet_under_a_term_defines_its_regulator():
    text = (
        "# N\n\n## Hunger\n\n"
        "- **Appetite** is the *felt* desire to eat\n"
        "\t- grows through the day, and drops after meals\n"
        "\t- Regulated by **ghrelin**, which is made in the stomach\n"
    )
    fact = one(text, "regulator of Appetite", "definition")
    assert fact.text.startswith("ghrelin, which is made in the stomach")


def test_sentence_bullets_under_a_defined_term_are_no_list_of_it():
    text = (
        "# N\n\n## Hunger\n\n"
        "- **Appetite** is the *felt* desire to eat\n"
        "\t- grows through the day, and drops after meals\n"
        "\t- Regulated by **ghrelin**, which is made in the stomach\n"
    )
    assert not [subject for kind, subject in subjects(text) if kind in ("list", "sequence")]


def test_caused_and_treated_bullets_after_a_definition_belong_to_its_short_name():
    text = (
        "# N\n\n## Joints\n\n"
        "A common one is **rheumatoid arthritis (RA)**. RA is a swelling of the joints.\n"
        "- Caused by the immune system attacking the joint lining\n"
        "- Treated by methotrexate (weekly) and steroids\n"
    )
    cause = one(text, "cause of RA", "definition")
    assert cause.text == "the immune system attacking the joint lining"
    treatments = one(text, "treatments of RA", "list")
    assert [item.text for item in treatments.items] == ["methotrexate (weekly)", "steroids"]


def test_a_caused_by_bullet_with_no_term_just_defined_belongs_to_nothing():
    text = "# N\n\n## Joints\n\nJoints wear out.\n\n- Caused by age and strain\n"
    assert not any(subject.startswith("cause") for _kind, subject in subjects(text))


def test_caused_and_treated_bullets_are_no_list_of_the_heading():
    text = (
        "# N\n\n## Joints\n\n"
        "A common one is **rheumatoid arthritis (RA)**. RA is a swelling of the joints.\n"
        "- Caused by the immune system attacking the joint lining\n"
        "- Treated by methotrexate (weekly) and steroids\n"
    )
    assert ("list", "Joints") not in subjects(text)


def test_a_callout_defining_a_term_also_lists_what_its_sentences_name():
    text = (
        "# N\n\n## Skin\n\n>[!aside] Aside: Hives\n"
        ">Hives are raised itchy welts on the skin. They are often triggered by allergens "
        "(e.g. pollen, nuts, insect stings).\n"
    )
    fact = one(text, "triggers of Hives", "list")
    assert [item.text for item in fact.items] == ["pollen", "nuts", "insect stings"]


_GOUT = (
    "# N\n\n## Joints\n\n#### gout\n"
    "**Gout** is a painful swelling of the joints. It is usually also accompanied by "
    "redness, warmth, and stiffness.\n"
    "- Affects 1 in every 50 adults, though many never see a doctor.\n"
    "- Onset of gout can happen at any age, but usually after 40\n"
)


def test_an_accompanied_by_sentence_lists_what_accompanies_its_subject():
    fact = one(_GOUT, "what usually accompanies Gout", "list")
    assert [item.text for item in fact.items] == ["redness", "warmth", "stiffness"]


def test_an_aspect_of_a_thing_and_a_modal_defines_that_aspect():
    fact = one(_GOUT, "Onset of gout", "definition")
    assert fact.text == "can happen at any age, but usually after 40"


def test_sentence_bullets_after_a_bold_led_opening_are_no_list_of_the_heading():
    assert ("list", "gout") not in subjects(_GOUT)


def test_a_quoted_name_set_up_as_something_which_is_defined_is_defined():
    text = (
        "# N\n\n## Water\n\nSwimmers face two main risks.\n\n"
        'Doctors are also looking into "dry drowning" as a possible third risk, which is '
        "a delayed breathing problem after leaving the water.\n"
    )
    fact = one(text, "dry drowning", "definition")
    assert fact.text == "a possible third risk; a delayed breathing problem after leaving the water"


def test_a_sentence_closing_on_during_defines_its_subject_in_that_setting():
    text = (
        "# N\n\n## Sleep\n\nThe body rests at night.\n\n"
        "Notably, the heart rate is *lowest* during deep sleep. This saves energy.\n"
    )
    fact = one(text, "heart rate during deep sleep", "definition")
    assert fact.text.startswith("heart rate is")


def test_a_typically_used_for_bullet_gives_the_typical_use_of_the_term_just_defined():
    text = (
        "# N\n\n## Tools\n\nSome tools help.\n\n"
        "**Pedometers** count steps from the hip to track walking.\n"
        "- Pedometers are cheap but miss cycling\n"
        "- Typically used for daily activity goals\n"
    )
    fact = one(text, "typical use of Pedometers", "definition")
    assert fact.text == "daily activity goals"


def test_a_sentence_bullet_over_one_note_is_no_definition_of_the_sentence():
    text = (
        "# N\n\n## Study\n\nStudy habits matter.\n\n"
        "- For long-term memory, sleeping after study helps with recall\n"
        "\t- Which stage helps depends on the kind of task\n"
    )
    assert not any(subject.startswith("For long-term memory") for _kind, subject in subjects(text))


def test_a_rule_bullet_over_one_note_on_where_it_holds_stays_defined():
    text = (
        "# N\n\n## Study\n\nStudy habits matter.\n\n"
        "- If practice is spaced, then recall lasts longer.\n"
        "\t- This tends to be true for vocabulary.\n"
    )
    defined = [subject for kind, subject in subjects(text) if kind == "definition"]
    assert any(subject.startswith("If practice") for subject in defined)


def test_a_due_to_sentence_after_a_caused_list_gives_the_cause_of_those_effects():
    text = (
        "# N\n\n## Diet\n\nPoor diets have effects:\n"
        "- Sugar excess caused more frequent dental problems: cavities, gum disease, "
        "tooth loss. This is observed due to a build-up of **plaque**, which is a film.\n"
    )
    fact = one(text, "cause of frequent dental problems caused by sugar excess", "definition")
    assert fact.text == "a build-up of plaque"
