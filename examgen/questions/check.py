"""For `examgen check`: the facts that give no question of some type, and why."""

from __future__ import annotations

from collections.abc import Sequence

from examgen.model import QUESTION_TYPES, Diagnostic, Fact
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.text import clean
from examgen.questions.wording import TYPE_LABELS


def explain_unusable(facts: Sequence[Fact]) -> tuple[Diagnostic, ...]:
    """For `examgen check`: facts that give no question of some type, and why.

    One diagnostic per fact that misses a type its kind could give (a list without enough
    outsiders gives no single choice; a sequence of two steps no ordering). Severity is
    ``warning`` when the fact gives no question at all, ``skipped`` otherwise.
    """
    notes = index_notes(facts)
    indexed = {f.id for f in notes.facts}
    diagnostics = []
    for fact in sorted(facts, key=lambda f: (f.source, f.line, f.id)):
        if fact.id not in indexed:
            diagnostics.append(
                Diagnostic("warning", fact.source, fact.line, "no question: empty subject")
            )
            continue
        offered = offers(notes, fact)
        if not offered.reasons:
            continue
        reasons = sorted(
            offered.reasons.items(),
            key=lambda r: QUESTION_TYPES.index(r[0]) if r[0] in QUESTION_TYPES else -1,
        )
        parts = [
            f"no {TYPE_LABELS.get(qtype, qtype)} ({reason})" if qtype != "*" else reason
            for qtype, reason in reasons
        ]
        severity = "skipped" if offered.forms else "warning"
        subject = clean(fact.subject)
        message = f"“{subject}”: " + "; ".join(parts)
        if not offered.forms:
            message = f"“{subject}” gives no question: " + "; ".join(parts)
        diagnostics.append(Diagnostic(severity, fact.source, fact.line, message))
    return tuple(diagnostics)
