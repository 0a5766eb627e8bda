"""A definition that only gives its term another name: "Confusional arousals, aka sleep
drunkenness" read as ``sleep drunkenness``: "Confusional arousals". Its text says nothing the
term is, so "Define this term" has no defensible answer; the card asks for the other name,
both ways (README "The cards")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from examgen.card_budget import is_claim, is_sentence
from examgen.card_giveaways import term_name
from examgen.card_survey import gloss_key, subject_key
from examgen.cardtext import clean, display_width

# A text that is only a name after an alias marker: "aka sleeping pills", "also known as
# a sleep study", "又称辅助索引". Anything after the name ("…, is a set of tests") says more.
_MARKED = re.compile(
    r"^(?:aka\.?|a\.k\.a\.?|also\s+(?:called|known\s+as)|又称|又稱|也称|也稱|亦称|亦稱"
    r"|俗称|俗稱|简称|簡稱)\s*[:：]?\s*(?P<name>.+)$",
    re.IGNORECASE,
)
# Inside a name: no clause or enumeration mark (a second name or a description follows).
_CLAUSE = re.compile(r"[，,。；;：:、！!？?]")
#: A name is at most this many words…
NAME_WORDS = 5
#: …and this many display columns (20 Chinese characters).
NAME_COLUMNS = 40


def other_name(subject: str, text: str, members: Mapping[str, str]) -> str:
    """The other name ``text`` gives the term ``subject``, '' when the text says more than a
    name: a name after an alias marker ("aka X", "又称X"), or a text that is, as a whole, a
    member of a list of the same notes (``members``: ``term_name`` casefolded -> its gloss
    there) — the notes list it as a thing of its own, so the text is that thing's name.

    Not when the subject is a member itself (its text is then its gloss in that list, "Sleep
    onset insomnia": "difficulty falling asleep", a description some other list also
    names), nor when the name's gloss names the subject: the subject is then said of that
    member ("读已提交：…(Oracle默认隔离级别)" gives "Oracle默认隔离级别": 读已提交, which
    level is Oracle's default, a role and no second name)."""
    name, marked = _named(text)
    if not _is_name(name) or subject_key(name) == subject_key(subject):
        return ""
    if marked:
        return name
    gloss = members.get(term_name(name).casefold())
    if gloss is None or term_name(subject).casefold() in members:
        return ""
    return "" if subject_key(subject) in subject_key(gloss) else name


def alias_keys(subject: str, text: str) -> tuple[str, str, str]:
    """What :func:`other_name` looks up in a file's members for this subject and text (the
    name the text gives and the subject, as member keys), and what ``cards.fact_notes``
    then looks up in the deck's shared texts (the name, as :func:`gloss_key` compares
    texts). A deck build keeps a definition's notes only while what these find is
    unchanged (``examgen.card_inputs``)."""
    name, _marked = _named(text)
    return term_name(name).casefold(), term_name(subject).casefold(), gloss_key(name)


def _named(text: str) -> tuple[str, bool]:
    """The name a definition's text gives (after an alias marker, if any), and whether a
    marker said it is one."""
    said = clean(text).strip().rstrip("。.；;")
    marked = _MARKED.match(said)
    return (marked.group("name").strip(), True) if marked else (said, False)


def _is_name(text: str) -> bool:
    """Whether a text reads as a name: short, one phrase, stating nothing."""
    return (
        0 < display_width(text) <= NAME_COLUMNS
        and len(text.split()) <= NAME_WORDS
        and not _CLAUSE.search(text)
        and not is_sentence(text)
        and not is_claim(text)
    )
