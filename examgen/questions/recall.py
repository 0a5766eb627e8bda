"""What a short answer may ask a student to recall in full ("list all n of X").

Two limits. The list must be closed: "triggers (e.g. laughter, fear, …)" or a list whose last
member ends in "等" gives examples, and "list all 4" of it claims an exhaustive list the notes
never give. And the recall must fit a budget, the members' total width in display columns
(members x length): six sentences under "微服务概念" are a page to recite, not a list to recall.
A list whose name says what kind its members are (types, parts, advantages) or how many
there are may take more than one that does not.
"""

from __future__ import annotations

import re

from examgen.model import Fact
from examgen.questions.categories import judgement, kinds_of, stated_count
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.labels import compared
from examgen.questions.wording import display_width

#: Recall budget, in display columns of all members together, of a list named by a kind,
#: a judgement or a count ("K8S优势": six members, 140 columns).
MAX_RECALL_COLUMNS = 150
#: The budget of a list whose name says nothing of its members ("微服务概念").
MAX_RECALL_COLUMNS_UNNAMED = 100
#: Words that bring examples: members right after one are a sample, not the list.
_EXAMPLES = re.compile(
    r"(e\.g\.|eg\.|such as|for example|for instance|including|例如|比如|譬如|诸如|像)"
    r"\s*[:：,，]?\s*$",
    re.I,
)
#: A member ending so ("服务回滚等等", "etc.") says the list goes on.
_ETC = re.compile(r"(等等?|之类|etc\.?|\.\.\.|…+)$", re.I)
#: Facts either side of a list read for the text it was taken from (same file and line).
SAME_LINE_REACH = 3


def open_ended(notes: Notes, fact: Fact) -> str | None:
    """Why the list ``fact`` gives examples rather than all its members, or None: a last
    member ending in "等"/"etc." (not one enumerating things of its own), a lead-in ending
    in "such as"/"例如", or the sentence it was taken from (a fact on the same line) naming
    its first member after "e.g."."""
    members = notes.members_of.get(fact.id, ())
    if not members:
        return None
    comparison = compared(fact)
    if comparison:
        # Traits told beside another side's (速度较慢 beside 速度较快) are traits only there.
        return f"its members are told in the comparison “{comparison}”, not as a list"
    last = members[-1].text.strip()
    # "滚动升级、服务回滚等等" ends its own enumeration, not the list's.
    if _ETC.search(last) and not re.search(r"[、,，]", last):
        return f"“{members[-1].text}” says the list goes on"
    if fact.label and _EXAMPLES.search(fact.label.strip()):
        return f"its lead-in “{fact.label}” gives examples"
    first = members[0].text
    position = notes.position_of[fact.id]
    low = max(0, position - SAME_LINE_REACH)
    for other in notes.facts[low : position + SAME_LINE_REACH + 1]:
        if other.id == fact.id or (other.source, other.line) != (fact.source, fact.line):
            continue
        texts = (
            other.text or "",
            *(i.text for i in other.items),
            *(i.gloss or "" for i in other.items),
        )
        for text in texts:
            at = text.find(first)
            if at > 0 and _EXAMPLES.search(text[:at].rstrip(" (（")):
                return f"the notes give its members as examples (line {other.line})"
    return None


def recall_budget(draft: Draft, notes: Notes) -> str | None:
    """ "List all n of X" asks a closed list (see :func:`open_ended`) within the recall
    budget: its members' total width at most :data:`MAX_RECALL_COLUMNS`, or
    :data:`MAX_RECALL_COLUMNS_UNNAMED` when X names no kind, judgement or count."""
    if draft.variety != "enumerate" or not draft.question.facts:
        return None
    fact = notes.by_id.get(draft.question.facts[0])
    if fact is None:
        return None
    why = open_ended(notes, fact)
    if why:
        return f"“{fact.subject}” is no closed list: {why}"
    columns = sum(display_width(t) for t in draft.asks)
    named = bool(kinds_of(fact.subject)) or judgement(fact.subject)
    named = named or stated_count(fact.subject) is not None
    budget = MAX_RECALL_COLUMNS if named else MAX_RECALL_COLUMNS_UNNAMED
    if columns > budget:
        return f"{len(draft.asks)} members of {columns} columns: over the recall budget of {budget}"
    return None
