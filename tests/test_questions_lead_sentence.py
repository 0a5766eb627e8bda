"""A definition too long to print whole is asked by its first sentence, when that sentence
alone is a clue of the right size; a definition of one long sentence is not asked."""

from __future__ import annotations

import random

from examgen.notes import parse_text
from examgen.questions.definitions import lead_sentence
from examgen.questions.form import Ask
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers

LONG = (
    "a messaging protocol that checks a link in both directions between two switches. "
    "Each switch advertises its identity and its port in every message, and the list of "
    "all neighbouring switch and port pairs it has heard on the same segment of the link."
)
NOTES = f"""# Switching

## Link protection
- Link Checker: {LONG}
- Port Guard: keeps a port from becoming the root port when a better bridge appears.
- Loop Stopper: keeps a blocked port blocked when its bridge messages stop arriving.
- Edge Filter: drops every bridge message that arrives on a port facing a host.
"""


def _prompts(text: str, subject: str, variety: str) -> list[str]:
    facts = list(parse_text(text, source="n.md").facts)
    notes = index_notes(facts)
    prompts = []
    for fact in facts:
        for forms in offers(notes, fact).forms.values():
            for form in forms:
                if form.variety != variety:
                    continue
                draft = form.build(random.Random(1), form.facts, Ask("en", 2))
                if subject in draft.reveals[0][0]:
                    prompts.append(draft.question.prompt)
    return prompts


def test_the_first_sentence_of_a_long_definition_is_its_lead():
    assert lead_sentence(LONG) == (
        "a messaging protocol that checks a link in both directions between two switches."
    )
    assert lead_sentence("one sentence, however long it runs on and on.") is None


def test_a_long_definition_is_asked_which_term_by_its_first_sentence():
    prompts = _prompts(NOTES, "Link Checker", "definition_to_term")
    assert prompts
    assert all("checks a link in both directions" in p for p in prompts)
    assert not any("neighbouring" in p for p in prompts)
