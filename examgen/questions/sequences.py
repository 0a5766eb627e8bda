"""Forms of a sequence: put the steps in order, fill in a step."""

from __future__ import annotations

import itertools
import random
import re

from examgen.model import Fact
from examgen.questions.form import Ask, Draft, Form, in_order, make_question, origin
from examgen.questions.index import Notes
from examgen.questions.limits import (
    MAX_BLANK_STEPS,
    MAX_OPTION_WIDTH,
    MAX_TERM_WIDTH,
    ORDERING_MAX,
    ORDERING_MIN,
)
from examgen.questions.loops import loop_header
from examgen.questions.owners import owned_name
from examgen.questions.text import mentions
from examgen.questions.wording import BLANK, order_steps_phrase, phrase

# A label that numbers a step: "N1", "Stage 2", "Step 3:", "第一", "1." — read at the start of
# the step's text.
_NUMBERED = re.compile(
    r"\s*(?:[A-Za-z]{1,8}\s*)?(\d{1,2})(?![\d.,]\d)|\s*第\s*([一二三四五六七八九十\d]{1,3})"
)


def _label_number(text: str) -> str | None:
    """The number a step's leading label gives it (as written), or None."""
    match = _NUMBERED.match(text)
    if match is None:
        return None
    return match.group(1) or match.group(2)


def numbered_steps(texts: list[str]) -> bool:
    """Whether the steps' own labels give their order away: every step but at most one
    carries a number in its leading label, and no two the same."""
    numbers = [n for n in map(_label_number, texts) if n is not None]
    return len(numbers) >= max(len(texts) - 1, 2) and len(set(numbers)) == len(numbers)


def sequence_forms(notes: Notes, fact: Fact) -> tuple[dict[str, list[Form]], dict[str, str]]:
    forms: dict[str, list[Form]] = {}
    reasons: dict[str, str] = {}
    name = owned_name(notes, fact)
    steps = notes.steps_of.get(fact.id, ())
    if len(steps) != len(fact.items):
        # Repeated or empty steps: the order would be ambiguous.
        reasons["ordering"] = reasons["fill_blank"] = "repeated or empty steps"
        return forms, reasons
    if not ORDERING_MIN <= len(steps) <= ORDERING_MAX:
        reasons["ordering"] = f"{len(steps)} steps (need {ORDERING_MIN}–{ORDERING_MAX})"
    elif max(s.width for s in steps) > MAX_OPTION_WIDTH:
        reasons["ordering"] = "steps too long to be options"
    elif numbered_steps([s.text for s in steps]):
        reasons["ordering"] = "the steps' labels number them"
    else:

        def order(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
            prompt = order_steps_phrase(ask.lang, name)
            question = in_order("ordering", prompt, ask, facts, options=[s.text for s in steps])
            return Draft(
                question,
                "order_steps",
                subject=name,
                stem_texts=(name,),
                origins=tuple(origin(s, "step", fact, correct=True) for s in steps),
                reveals=tuple((a.text, b.text) for a, b in itertools.pairwise(steps)),
                asks=tuple(s.text for s in steps),
            )

        forms["ordering"] = [Form("ordering", "order_steps", (fact,), order)]

    if len(steps) < ORDERING_MIN:
        reasons["fill_blank"] = f"{len(steps)} steps: too few to blank one"
        return forms, reasons
    if len(steps) > MAX_BLANK_STEPS:
        # The prompt shows every other step: a long chain is no question (and comparing each
        # step with every other would grow with the square of its length).
        reasons["fill_blank"] = f"{len(steps)} steps: too many to show (at most {MAX_BLANK_STEPS})"
        return forms, reasons
    # A step the sequence's name or another step spells out ("云计算" in "云计算发展路线")
    # is no blank to fill.
    blankable = [
        i
        for i, step in enumerate(steps)
        if step.width <= MAX_TERM_WIDTH
        and not loop_header(step.text)
        and not mentions(name, step.text)
        and not any(mentions(other.text, step.text) for other in steps if other is not step)
    ]
    if not blankable:
        reasons["fill_blank"] = "steps too long to write in a blank"
    elif numbered_steps([s.text for s in steps]):
        # "N1 → N2 → ______": the labels make "N3" a defensible answer beside the key.
        reasons["fill_blank"] = "the steps' labels number them"
    else:

        def blank_step(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
            hidden = rng.choice(blankable)
            shown = [BLANK if i == hidden else s.text for i, s in enumerate(steps)]
            arrow = phrase(ask.lang, "arrow")
            prompt = phrase(ask.lang, "blank_step", sequence=name, steps=arrow.join(shown))
            answer = steps[hidden].text
            question = make_question("fill_blank", prompt, ask, facts, answers=(answer,))
            return Draft(
                question,
                "blank_step",
                subject=name,
                stem_texts=(name, *(s.text for i, s in enumerate(steps) if i != hidden)),
                asks=(answer,),
            )

        forms["fill_blank"] = [Form("fill_blank", "blank_step", (fact,), blank_step)]
    return forms, reasons
