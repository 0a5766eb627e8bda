"""Parse speed (p31): the faster reading of example lead-ins says what the one pattern said.
Small notes of our own."""

from __future__ import annotations

from notes_text import one

from examgen.notes import parse_text


def test_an_english_example_mark_in_capitals_opens_the_list():
    notes = "# Net\n\n## Tools\n\n- Tools: FOR EXAMPLE ping, traceroute and dig\n"
    assert one(notes, "Tools", "list").open


def test_a_sentence_naming_its_members_without_a_mark_keeps_the_list_closed():
    notes = "# Net\n\n## Tools\n\n- Tools: ping, traceroute and dig\n"
    assert not one(notes, "Tools", "list").open


def test_a_chinese_lead_ending_in_ru_and_a_colon_opens_the_bullets_under_it():
    notes = "# 水果\n\n## 热带水果\n\n热带水果有如：\n\n- 芒果\n- 香蕉\n- 菠萝\n"
    assert next(f for f in parse_text(notes).facts if f.kind == "list").open
