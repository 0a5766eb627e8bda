"""Step labels that describe themselves are not asked from their descriptions (rv63 H): the
steps of a procedure labelled by their roles ("Setup", "Update", "Termination", "Stop") say
the role in their descriptions ("pick the interval to start from" is what Setup means), so
"which step is described as …" is answered by knowing English. What a step does, asked from
its label, is still asked; so are labels that are names, not roles."""

from __future__ import annotations

import random

from question_facts import drafts

from examgen.notes import parse_text
from examgen.questions.form import Ask
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.rules import ITEM_RULES, broken

BISECTION = """# Root finding

## Bisection
* Bisection search
  1. Setup: pick an interval $[a, b]$ where $f$ changes sign
  2. Update: halve the interval, keeping the half where the sign changes
  3. Termination: decide whether the interval is small enough
  4. Stop: return the midpoint of the last interval
"""

PHASES = """# Compilers

## Front end
* Compiler front end
  1. Lexing: cut the source text into tokens by regular patterns
  2. Parsing: build a syntax tree from the tokens by the grammar
  3. Checking: give every expression a type and report mismatches
  4. Lowering: turn the checked tree into three-address code
"""


def _verdicts(note: str, term: str, variety: str) -> list[tuple[str, str] | None]:
    facts = list(parse_text(note, source="notes.md").facts)
    notes = index_notes(facts)
    asked = next(f for f in facts if f.subject == term and f.kind == "definition")
    built = drafts(facts, asked, variety)
    assert built
    return [broken(d, notes) for d in built]


def test_a_step_labelled_by_its_role_is_not_asked_from_its_description():
    for verdict in _verdicts(BISECTION, "Setup", "definition_to_term"):
        assert verdict is not None and verdict[0] == "step_roles"


def test_what_a_step_labelled_by_its_role_does_is_still_asked():
    assert all(
        v is None or v[0] != "step_roles"
        for v in _verdicts(BISECTION, "Setup", "term_to_definition")
    )


def test_steps_labelled_by_names_are_asked_from_their_descriptions():
    assert all(
        v is None or v[0] != "step_roles"
        for v in _verdicts(PHASES, "Parsing", "definition_to_term")
    )


def test_a_claim_pairing_a_role_label_with_another_steps_description_is_not_asked():
    facts = list(parse_text(BISECTION, source="notes.md").facts)
    notes = index_notes(facts)
    asked = next(f for f in facts if f.subject == "Termination" and f.kind == "definition")
    forms = [f for fs in offers(notes, asked).forms.values() for f in fs]
    claims = [f for f in forms if f.variety == "claim_definition"]
    assert claims
    built = [claims[0].build(random.Random(s), (asked,), Ask("en", 1, False)) for s in range(4)]
    false = [d for d in built if not d.question.truth]
    assert false
    assert all(ITEM_RULES["step_roles"](d, notes) for d in false)
