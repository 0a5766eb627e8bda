"""What a form of question is (a builder over facts), and the pieces all forms share."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from examgen.model import Fact, Option, Question
from examgen.questions.distractors import fact_distance
from examgen.questions.index import Entry, Pair
from examgen.questions.limits import MATCHING_MAX


@dataclass(frozen=True)
class Ask:
    """What the blueprint asks of one question: language, points, and for true/false the
    truth value the balanced sequence wants."""

    lang: str
    points: float
    truth: bool = True


@dataclass(frozen=True)
class Origin:
    """Where an option of a question comes from, for the rules and the review sheet."""

    text: str
    #: The slot it was drawn from: ``answer``, ``sibling`` (another member of the list or step
    #: of the sequence), ``contrasting list``, ``other list``, ``term``, ``definition``,
    #: ``cell`` (another row's cell of a table column).
    slot: str
    #: The fact it was taken from.
    fact: str
    #: How far that fact is from the one asked (0 the same, 1 section, 2 chapter, 3 notes).
    distance: int
    #: Whether it is a right answer.
    correct: bool = False


@dataclass(frozen=True)
class Draft:
    """A question as drawn, with what the rules and the review sheet need to judge it."""

    question: Question
    #: The form that made it (``belongs``, ``blank_term``, …).
    variety: str
    #: The thing asked about (a list's name, a term, a sequence's name), as printed.
    subject: str = ""
    #: Texts from the notes printed in the stem (the subject, a clue, the shown steps): the
    #: words an option must not repeat.
    stem_texts: tuple[str, ...] = ()
    #: One per option, in the question's options' order as built.
    origins: tuple[Origin, ...] = ()
    #: (term, definition) pairs the question shows as belonging together: a question asking
    #: either one is answered by it.
    reveals: tuple[tuple[str, str], ...] = ()
    #: What the question asks the student to know (a term, a member, a definition).
    asks: tuple[str, ...] = ()
    #: The other answers the stem leaves open (a fill-in's list's other members): with all
    #: of them shown elsewhere on the paper the answer is found by elimination.
    rivals: tuple[str, ...] = ()
    #: The group the stem names ("In “L”, …": a list, its heading's list, a list item), or ''.
    context: str = ""
    #: The terms (normalized) of that group: the only ones a wrong option may stand for.
    context_members: tuple[str, ...] = ()


def origin(entry: Entry, slot: str, home: Fact, correct: bool = False) -> Origin:
    """The :class:`Origin` of an option taken from ``entry`` for a question about ``home``."""
    return Origin(entry.text, slot, entry.fact.id, fact_distance(entry.fact, home), correct)


Builder = Callable[[random.Random, tuple[Fact, ...], Ask], Draft]


@dataclass(frozen=True)
class Form:
    """One way to ask about a fact (or, for matching, a group of facts)."""

    type: str
    variety: str
    facts: tuple[Fact, ...]
    build: Builder
    #: Unused facts a group form needs (matching over several definitions).
    need: int = 1


@dataclass(frozen=True)
class Offers:
    """The forms a fact gives per question type, and why it gives none of some type."""

    forms: Mapping[str, tuple[Form, ...]]
    reasons: Mapping[str, str]


def make_question(
    qtype: str, prompt: str, ask: Ask, facts: Sequence[Fact], **fields: object
) -> Question:
    """A question about ``facts`` (the first is the one its source points to)."""
    home = facts[0]
    return Question(
        type=qtype,  # type: ignore[arg-type]
        prompt=prompt,
        points=float(ask.points),
        facts=tuple(f.id for f in facts),
        source=home.location,
        section=home.section,
        **fields,  # type: ignore[arg-type]
    )


def choice(
    qtype: str,
    variety: str,
    prompt: str,
    origins: Sequence[Origin],
    ask: Ask,
    facts: Sequence[Fact],
    **draft: object,
) -> Draft:
    """A choice question with options as ``origins`` say (right ones marked ``correct``; the
    paper shuffles them)."""
    options = tuple(Option(o.text, o.correct) for o in origins)
    question = make_question(qtype, prompt, ask, facts, options=options)
    return Draft(question, variety, origins=tuple(origins), **draft)  # type: ignore[arg-type]


def in_order(
    qtype: str,
    prompt: str,
    ask: Ask,
    facts: Sequence[Fact],
    options: Sequence[str],
    stems: Sequence[str] = (),
) -> Question:
    """An ordering or matching question whose options are still in the right order (the
    paper shuffles them): its key is the identity."""
    return make_question(
        qtype,
        prompt,
        ask,
        facts,
        options=tuple(Option(text) for text in options),
        stems=tuple(stems),
        key=tuple(range(len(options))),
    )


def unique_pairs(pairs: Sequence[Pair]) -> list[Pair]:
    """Pairs whose terms and definitions are all distinct (a matching needs a bijection)."""
    terms: set[str] = set()
    definitions: set[str] = set()
    unique = []
    for pair in pairs:
        if pair.term.key not in terms and pair.definition.key not in definitions:
            terms.add(pair.term.key)
            definitions.add(pair.definition.key)
            unique.append(pair)
    return unique


def matching_question(
    rng: random.Random,
    variety: str,
    prompt: str,
    pairs: Sequence[Pair],
    ask: Ask,
    facts: tuple[Fact, ...],
    subject: str = "",
) -> Draft:
    chosen = pairs
    if len(pairs) > MATCHING_MAX:
        chosen = sorted(rng.sample(list(pairs), MATCHING_MAX), key=lambda p: p.term.rank)
    # A term defined under a setting label is matched with it ("Mean (in GLM)").
    stems = tuple(p.shown for p in chosen)
    options = tuple(p.definition.text for p in chosen)
    question = in_order("matching", prompt, ask, facts, stems=stems, options=options)
    return Draft(
        question,
        variety,
        subject=subject,
        stem_texts=(subject,) if subject else (),
        reveals=tuple((p.term.text, p.definition.text) for p in chosen),
    )
