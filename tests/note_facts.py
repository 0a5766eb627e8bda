"""One place for the notes tests' small helpers: parse a note of our own and pick its facts."""

from __future__ import annotations

from examgen.model import Fact
from examgen.notes import parse_text


def facts(text: str) -> list[Fact]:
    """The facts ``text`` gives, in document order."""
    return list(parse_text(text).facts)


def one(text: str, subject: str, kind: str) -> Fact:
    """The one fact of ``text`` with this subject and kind (the assertion lists them all)."""
    found = [f for f in facts(text) if f.subject == subject and f.kind == kind]
    assert len(found) == 1, [(f.kind, f.subject) for f in facts(text)]
    return found[0]


def members(fact: Fact) -> list[str]:
    """The texts of a list's or sequence's members."""
    return [item.text for item in fact.items]
