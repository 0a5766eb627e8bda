"""For `examgen check`: the facts that give no question of some type, and why."""

from __future__ import annotations

import random
from collections.abc import Sequence

from examgen.model import QUESTION_TYPES, Diagnostic, Fact
from examgen.questions.defects import cut_word
from examgen.questions.form import Ask
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.lists import CATEGORY_REASON
from examgen.questions.rules import broken
from examgen.questions.text import clean
from examgen.questions.vocabulary import fact_texts
from examgen.questions.wording import TYPE_LABELS


def explain_unusable(facts: Sequence[Fact]) -> tuple[Diagnostic, ...]:
    """For `examgen check`: facts that give no question of some type, and why.

    A ``warning`` for each text ending in a word cut off (see
    :func:`~examgen.questions.defects.cut_word`): no question prints it. One diagnostic per
    fact that misses a type its kind could give (a list without enough
    outsiders gives no single choice; a sequence of two steps no ordering). Severity is
    ``warning`` when the fact gives no question at all for a reason other than the category
    rule, ``skipped`` otherwise.
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
        # Kept off the papers by the rule no_markup_or_glue; the author can mend the notes.
        for text in fact_texts(fact):
            word = cut_word(text, notes) if isinstance(text, str) else None
            if word:
                message = f"“{clean(text)}” ends in “{word}”, a word cut off: kept off papers"
                diagnostics.append(Diagnostic("warning", fact.source, fact.line, message))
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
        # A list that is no category (the parts of one thing, statements about it), or a
        # fact of an example box, is noted as it is, not for the author to fix.
        by_rule = fact.illustration or any(
            r.startswith(CATEGORY_REASON) for r in offered.reasons.values()
        )
        severity = "skipped" if offered.forms or by_rule else "warning"
        subject = clean(fact.subject)
        message = f"“{subject}”: " + "; ".join(parts)
        if not offered.forms:
            message = f"“{subject}” gives no question: " + "; ".join(parts)
        diagnostics.append(Diagnostic(severity, fact.source, fact.line, message))
    return tuple(diagnostics)


def explain_rejected(facts: Sequence[Fact]) -> tuple[Diagnostic, ...]:
    """For `examgen check --questions`: the facts whose every candidate of some question type
    breaks an item rule (:mod:`examgen.questions.rules`), with each rule's name and reason.

    Every form a fact offers is built once (a true/false claim both true and false) with a
    generator seeded by the fact's id, so the report is the same from run to run. Severity is
    ``skipped``: the fact is still asked in the types whose candidates pass.
    """
    notes = index_notes(facts)
    diagnostics = []
    for fact in notes.facts:
        offered = offers(notes, fact)
        parts = []
        for qtype in QUESTION_TYPES:
            forms = offered.forms.get(qtype, ())
            if not forms:
                continue
            problems: dict[str, str] = {}
            passed = False
            for form in forms:
                for truth in (True, False) if qtype == "true_false" else (True,):
                    rng = random.Random(f"check/{fact.id}/{form.variety}/{truth}")
                    draft = form.build(rng, form.facts, Ask(fact.lang, 1, truth))
                    problem = broken(draft, notes)
                    if problem is None:
                        passed = True
                        break
                    problems.setdefault(form.variety, f"{problem[0]} ({problem[1]})")
                if passed:
                    break
            if not passed:
                rejected = "; ".join(f"{v}: {p}" for v, p in problems.items())
                parts.append(
                    f"no {TYPE_LABELS.get(qtype, qtype)}, every candidate breaks a rule: {rejected}"
                )
        if parts:
            message = f"“{clean(fact.subject)}”: " + " | ".join(parts)
            diagnostics.append(Diagnostic("skipped", fact.source, fact.line, message))
    return tuple(diagnostics)
