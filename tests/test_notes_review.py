"""Extraction faults a card reviewer found (round 3): one small note of our own per fault."""

from __future__ import annotations

from examgen.notes import parse_text


def subjects(text: str) -> list[tuple[str, str]]:
    return [(fact.kind, fact.subject) for fact in parse_text(text).facts]


def one(text: str, subject: str):
    found = [fact for fact in parse_text(text).facts if fact.subject == subject]
    assert len(found) == 1, subjects(text)
    return found[0]


def test_a_bare_label_under_a_bare_heading_takes_the_root_not_both_parents():
    text = "# N\n\n## Bonding\n\n### Overview\n\n* Pros:\n    * more bandwidth\n    * failover\n"
    assert one(text, "Bonding Pros").kind == "list"


def test_an_english_label_is_not_glued_to_its_heading():
    text = "# N\n\n## Ridge model\n\n* Penalise large weights:\n    * $\\lambda \\|w\\|^2$\n"
    assert "Ridge model Penalise large weights" not in [s for _, s in subjects(text)]
    assert one(text, "Penalise large weights").kind == "definition"
