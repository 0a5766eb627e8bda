"""English note shapes (issue 8): one small note of our own per shape, and what it gives."""

from __future__ import annotations

from examgen.notes import parse_text


def facts(text: str) -> list:
    return list(parse_text(text).facts)


def subjects(text: str) -> list[tuple[str, str]]:
    return [(fact.kind, fact.subject) for fact in facts(text)]


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
