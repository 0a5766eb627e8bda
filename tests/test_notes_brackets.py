"""A term's separator inside its own brackets (a spelled-out name and its acronym) is no
separator: the term runs to the closing bracket."""

from __future__ import annotations

from notes_text import facts, one

NOTES = (
    "# Harbour\n\n## Berths\n\n"
    "* Berth 0 (Deep Water Quay - DWQ) is always open and every tanker docks there by default\n"
    "* Pilot - a sailor who steers ships into port\n"
)


def test_a_dash_inside_brackets_does_not_cut_the_term():
    assert all(f.subject != "Berth 0 (Deep Water Quay" for f in facts(NOTES))


def test_the_bracketed_term_is_defined_by_the_text_after_its_closing_bracket():
    fact = one(NOTES, "Berth 0 (Deep Water Quay - DWQ)", "definition")
    assert fact.text.startswith("always open and every tanker docks")
