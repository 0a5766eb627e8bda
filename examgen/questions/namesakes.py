"""Namesakes: an option that names a member of the asked list in other words.

"Data link" offered beside "TCP/IP layers", whose member is "Link", is no plain wrong option:
a student who knows the list can argue it belongs, and the key is disputable.
"""

from __future__ import annotations

import re

from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.lists import CATEGORY_FORMS
from examgen.questions.text import normalize, script_of

# Words that make the opposite of a name, not another name of it ("Non-Edge" beside "Edge").
_NEGATIONS = frozenset(("non", "not", "no", "un", "anti", "without"))
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _latin_words(text: str) -> frozenset[str] | None:
    """The casefolded words of an all-Latin ``text``; None for a text with other letters."""
    if script_of(text) == "han":
        return None
    words = frozenset(w.casefold() for w in _LATIN_WORD.findall(text))
    return words or None


def member_restated(draft: Draft, notes: Notes) -> str | None:
    """No option of a question on the list L that is not L's member names one of L's members
    in more or fewer words ("Data link" offered for "TCP/IP layers", whose member is "Link"):
    a student who knows L can argue it belongs. English names only (Chinese names share head
    characters by design: "意向共享锁" is no other name of "共享锁"); an added negation makes
    the opposite, not another name ("Non-Edge" beside "Edge")."""
    if draft.variety not in CATEGORY_FORMS or not draft.question.facts:
        return None
    home = notes.by_id.get(draft.question.facts[0])
    if home is None or home.kind != "list":
        return None
    members = [(e.text, _latin_words(e.text)) for e in notes.members_of.get(home.id, ())]
    member_keys = {normalize(text) for text, _ in members}
    for option in draft.origins:
        if normalize(option.text) in member_keys:
            continue
        said = _latin_words(option.text)
        if said is None:
            continue
        for text, words in members:
            if not words or words == said:
                continue
            extra = said - words if words < said else words - said if said < words else None
            if extra and not extra & _NEGATIONS:
                owner = home.subject
                return f"“{option.text}” names the member “{text}” of “{owner}” in other words"
    return None
