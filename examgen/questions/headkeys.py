"""A fill-in's key no narrower than its heading: a definition that opens the section headed by
its key's last word defines that heading's topic, so the bare heading fits its blank too.

"#### insomnia" opens with "Chronic insomnia is a general dissatisfaction with sleep quality or
quantity": a student who writes "insomnia" in "______: a general dissatisfaction with sleep …"
deserves the mark, and the key "Chronic insomnia" would take it away. The fill-in is not asked
(the paper draws another definition); a choice among the section's names still asks it, and a
definition further down the section ("Sleep onset insomnia: difficulty falling asleep") asks
the kind its modifier names. Not the key with "(or: insomnia)": every export grades a fill-in by
its one answer, and the printed key would accept what the graded one refuses. Registered in
:data:`~examgen.questions.rules.ITEM_RULES` as ``key_as_broad_as_heading``.
"""

from __future__ import annotations

import re

from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.text import clean, normalize, script_of

_WORD = re.compile(r"[^\W_]+")


def _modified(key: str, heading: str) -> bool:
    """Whether ``key`` is ``heading`` with a modifier before it ("Chronic insomnia" of
    "insomnia", "慢性失眠" of "失眠"): its last words (or characters) are the heading's."""
    if script_of(heading) == "latin":
        words = [w.casefold() for w in _WORD.findall(key)]
        head = [w.casefold() for w in _WORD.findall(heading)]
        return bool(head) and len(words) > len(head) and words[-len(head) :] == head
    own, head = normalize(key), normalize(heading)
    return bool(head) and len(own) > len(head) and own.endswith(head)


def key_as_broad_as_heading(draft: Draft, notes: Notes) -> str | None:
    """A fill-in's key is not its section's heading with a modifier when its definition is the
    first the section gives: the heading names the same topic and fits the blank too."""
    q = draft.question
    if draft.variety != "blank_term" or not q.answers or not q.facts:
        return None
    fact = notes.by_id.get(q.facts[0])
    if fact is None or fact.kind != "definition" or len(fact.section) < 2:
        return None
    heading = clean(fact.section[-1])
    if not _modified(q.answers[0], heading):
        return None
    own = [
        i
        for i in notes.defined_under.get(normalize(heading), ())
        if notes.by_id[i].section == fact.section
    ]
    if own and min(own, key=lambda i: notes.position_of[i]) == fact.id:
        key = q.answers[0]
        return f"“{heading}”, the heading this definition opens, fits the blank as well as “{key}”"
    return None
