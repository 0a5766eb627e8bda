"""What a form of question is (a builder over facts), and the pieces all forms share."""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from examgen.model import Fact, Option, Question
from examgen.questions.index import Pair
from examgen.questions.limits import MATCHING_MAX


@dataclass(frozen=True)
class Ask:
    """What the blueprint asks of one question: language, points, and for true/false the
    truth value the balanced sequence wants."""

    lang: str
    points: float
    truth: bool = True


Builder = Callable[[random.Random, tuple[Fact, ...], Ask], Question]


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
    prompt: str,
    right: Sequence[str],
    wrong: Sequence[str],
    ask: Ask,
    facts: Sequence[Fact],
) -> Question:
    """A choice question: the ``right`` options first, then the ``wrong`` ones (the paper
    shuffles them)."""
    options = (*(Option(t, True) for t in right), *(Option(t) for t in wrong))
    return make_question(qtype, prompt, ask, facts, options=options)


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
    rng: random.Random, prompt: str, pairs: Sequence[Pair], ask: Ask, facts: tuple[Fact, ...]
) -> Question:
    chosen = pairs
    if len(pairs) > MATCHING_MAX:
        chosen = sorted(rng.sample(list(pairs), MATCHING_MAX), key=lambda p: p.term.rank)
    stems = tuple(p.term.text for p in chosen)
    options = tuple(p.definition.text for p in chosen)
    return in_order("matching", prompt, ask, facts, stems=stems, options=options)
