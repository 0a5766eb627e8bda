"""Reading a small note of our own in the notes tests: its facts, their subjects, what was
skipped, and the one fact of a subject."""

from __future__ import annotations

from examgen.notes import parse_text


def facts(text: str, reader: str = "markdown") -> list:
    """The facts of ``text``, read as Markdown (or by ``reader``)."""
    return list(parse_text(text, reader=reader).facts)


def subjects(text: str) -> list[tuple[str, str]]:
    """``(kind, subject)`` of each fact of ``text``."""
    return [(fact.kind, fact.subject) for fact in facts(text)]


def skipped(text: str) -> list[str]:
    """The reasons given for what ``text`` holds but gives no fact."""
    return [d.message for d in parse_text(text).diagnostics if d.severity == "skipped"]


def one(text: str, subject: str, kind: str | None = None):
    """The one fact of ``subject`` (of ``kind``, if given); fails listing all when not one."""
    found = [f for f in facts(text) if f.subject == subject and kind in (None, f.kind)]
    assert len(found) == 1, [(f.kind, f.subject) for f in facts(text)]
    return found[0]
