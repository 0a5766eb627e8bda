"""Drawn questions with the notes' typos corrected (:mod:`examgen.spelling`).

The correction is made on the drawn question, after every rule has judged it on the notes'
own words, so the draw (which questions, which options, in which order) is the same with or
without it; only what the paper prints changes. ``source`` still points at the notes line.
"""

from __future__ import annotations

from dataclasses import replace

from examgen.model import Option, Question
from examgen.questions.form import Draft
from examgen.questions.text import normalize
from examgen.spelling import Spelling


def spelled_question(question: Question, spelling: Spelling) -> Question:
    """``question`` as printed with the notes' typos corrected; as it was when a correction
    would make two of its options or stems read alike (a distractor of the right spelling)."""
    if not spelling:
        return question
    fix = spelling.correct
    options = tuple(Option(fix(o.text), o.correct) for o in question.options)
    stems = tuple(fix(s) for s in question.stems)
    before = [o.text for o in question.options], list(question.stems)
    after = [o.text for o in options], list(stems)
    if any(_distinct(a) < _distinct(b) for a, b in zip(after, before, strict=True)):
        return question
    spelled = replace(
        question,
        prompt=fix(question.prompt),
        options=options,
        stems=stems,
        answers=tuple(fix(a) for a in question.answers),
        answer_text=fix(question.answer_text),
        key_lines=tuple(fix(line) for line in question.key_lines),
    )
    return question if spelled == question else spelled


def spelled_draft(draft: Draft, spelling: Spelling) -> Draft:
    """``draft`` with its question corrected (:func:`spelled_question`)."""
    question = spelled_question(draft.question, spelling)
    return draft if question is draft.question else replace(draft, question=question)


def _distinct(texts: list[str]) -> int:
    return len({normalize(text) for text in texts})
