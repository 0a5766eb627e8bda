"""The review sheet (``examgen exam --review``): a paper as a teacher audits it.

For each question of version A: the fact it asks (subject, kind, ``file:line``), the key, and
for every option where it came from (its slot: a sibling member, a contrasting list, another
list, a term, a definition, a step, a cell) and how far from the fact asked (same fact, section,
chapter, notes), and the item rules it passed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2

from examgen.model import Question
from examgen.questions.form import Draft, Origin
from examgen.questions.paper import Drawn
from examgen.questions.rules import ITEM_RULES, PAPER_RULE
from examgen.questions.wording import TYPE_LABELS, letter
from examgen.templating import search_path

REVIEW_TEMPLATE = "review.html"

#: How far an option's fact is from the fact asked, as the sheet says it.
DISTANCES = ("same fact", "same section", "same chapter", "elsewhere in the notes")


@dataclass(frozen=True)
class ReviewedOption:
    """One option as the sheet shows it."""

    letter: str
    text: str
    correct: bool
    slot: str
    source: str
    distance: str


@dataclass(frozen=True)
class ReviewedQuestion:
    """One question as the sheet shows it."""

    number: int
    type: str
    form: str
    prompt: str
    key: str
    subjects: tuple[str, ...]
    sources: tuple[str, ...]
    options: tuple[ReviewedOption, ...]
    stems: tuple[str, ...]
    rules: tuple[str, ...]


def _distance(origin: Origin) -> str:
    if origin.distance < 1 and origin.slot == "contrasting list":
        return "contrasting list, same chapter"
    return DISTANCES[min(int(origin.distance), len(DISTANCES) - 1)]


def _key(question: Question) -> str:
    answer = question.to_json()["answer"]
    if isinstance(answer, dict):
        return ", ".join(f"{stem} → {value}" for stem, value in answer.items())
    if isinstance(answer, list):
        return ", ".join(answer)
    return f"{answer} — {question.answer_text}" if question.answer_text else str(answer)


def reviewed(drawn: Drawn) -> tuple[ReviewedQuestion, ...]:
    """Version A's questions with their drafts' provenance, in the printed order."""
    notes = drawn.notes
    paper = drawn.papers[0]
    rows = []
    # Version A keeps the drafts' order; only its options are arranged.
    for number, (question, draft) in enumerate(zip(paper.questions, drawn.drafts, strict=True), 1):
        origins = {o.text: o for o in draft.origins}
        options = []
        for i, option in enumerate(question.options):
            origin = origins.get(option.text)
            fact = notes.by_id.get(origin.fact) if origin else None
            options.append(
                ReviewedOption(
                    letter=letter(i),
                    text=option.text,
                    correct=option.correct,
                    slot=origin.slot if origin else "",
                    source=fact.location if fact else "",
                    distance=_distance(origin) if origin else "",
                )
            )
        facts = [notes.by_id[f] for f in question.facts if f in notes.by_id]
        rows.append(
            ReviewedQuestion(
                number=number,
                type=TYPE_LABELS.get(question.type, question.type),
                form=draft.variety,
                prompt=question.prompt,
                key=_key(question),
                subjects=tuple(f"{f.subject} ({f.kind})" for f in facts),
                sources=tuple(f.location for f in facts),
                options=tuple(options),
                stems=question.stems,
                rules=_passed(draft, drawn),
            )
        )
    return tuple(rows)


def _passed(draft: Draft, drawn: Drawn) -> tuple[str, ...]:
    """The rules ``draft`` passed: all of them, or it would not be on the paper; said again
    here so the sheet shows what was checked."""
    passed = tuple(name for name, rule in ITEM_RULES.items() if not rule(draft, drawn.notes))
    return (*passed, PAPER_RULE)


def review_html(drawn: Drawn, template_dirs: Sequence[Path] = ()) -> str:
    """The review sheet of ``drawn`` as HTML (template ``review.html``, which a workspace's
    ``templates/`` may override)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in search_path(template_dirs)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    paper = drawn.papers[0]
    return env.get_template(REVIEW_TEMPLATE).render(
        paper=paper, questions=reviewed(drawn), rules=(*ITEM_RULES, PAPER_RULE)
    )
