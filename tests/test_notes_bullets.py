"""Facts stated by bullets that are sentences, and outline bullets that state none (issue 8):
one small note of our own per behaviour."""

from __future__ import annotations

from examgen.notes import parse_text


def facts(text: str) -> list:
    return list(parse_text(text).facts)


def one(text: str, subject: str, kind: str):
    found = [f for f in facts(text) if f.subject == subject and f.kind == kind]
    assert len(found) == 1, [(f.kind, f.subject) for f in facts(text)]
    return found[0]


def test_a_sentence_bullet_among_names_defines_its_subject():
    text = "# Garden\n\n* Tools\n  * Rake\n  * Hoe\n  * A trowel is a small hand spade\n"
    assert one(text, "trowel", "definition").text == "a small hand spade"


def test_a_sentence_bullet_among_names_stays_a_member_of_the_list():
    text = "# Garden\n\n* Tools\n  * Rake\n  * Hoe\n  * A trowel is a small hand spade\n"
    items = [item.text for item in one(text, "Tools", "list").items]
    assert items == ["Rake", "Hoe", "A trowel is a small hand spade"]


def test_a_phrase_bullet_among_names_defines_nothing():
    text = "# Garden\n\n* Tools\n  * Rake\n  * Hoe\n  * Small hand spade\n"
    assert [f.kind for f in facts(text)] == ["list"]
