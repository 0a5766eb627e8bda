"""The item rule for open lists: members the notes give as examples, not all of them.

"Signalling protocols such as DTP, VTP or CDP" (``Fact.open``) names some protocols: a
question may ask which option is one of them (the answer is in the notes), or fill a blank
of the list, but not "list all 3" (there are more), not "which does NOT belong" (the odd one
out may be a protocol the notes left out), not a select-all (a wrong option may be an
unlisted member) and not "X belongs to it" keyed false (X may be one the notes did not
name).
"""

from __future__ import annotations

from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.labels import open_by_word

#: What each form would claim of an open list that the notes do not say.
_CLOSED_READINGS = {
    "enumerate": "asks for all its members",
    "not_belongs": "keys an option as not in it",
    "select_members": "keys the options it does not list as not in it",
}


def open_list(draft: Draft, notes: Notes) -> str | None:
    """No question reads a list of examples as a closed set."""
    if draft.variety == "claim_member" and not draft.question.truth:
        reading = "keys a member it does not list as not in it"
    else:
        reading = _CLOSED_READINGS.get(draft.variety, "")
    if not reading or not draft.question.facts:
        return None
    fact = notes.by_id.get(draft.question.facts[0])
    if fact is None:
        return None
    word = open_by_word(fact.subject)
    if word and not fact.open:
        # "常见微服务相关框架": the name itself says the members are some of many.
        return f"“{fact.subject}” names an open set (“{word}”): the question {reading}"
    if not fact.open:
        return None
    return f"“{fact.subject}” gives examples, not all its members: the question {reading}"
