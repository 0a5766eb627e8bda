"""A comparison written as prose: a table told in "A …, whereas B …" sentences.

::

    > [!tip] Heart rate of rest vs. exercise
    > The pulse of a resting adult is about 70, whereas an exercising adult reaches 150.
    > The stroke volume of a resting adult is small, whereas exercise doubles it.

A title naming two things (``… A vs. B`` / ``A versus B``) over sentences that each say one
attribute of A, then ``whereas`` (or ``while``) the same of B, is a grid a reader would draw:
one row per attribute, a column per thing. Each sentence must name its attribute before A
(``The pulse of a resting …``), one side in each half, and no sentence with ``whereas`` may
fail the shape (the prose is then something else); sentences without ``whereas`` (an
introduction) are not rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.notes.sentences import has_cjk, split_sentences

_VERSUS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)
_WHEREAS = re.compile(r"\s*[,;]\s*(?:whereas|while)\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*")
# `The EOG of a`, `In`: the words around an attribute, not the attribute.
_ATTRIBUTE_FRAME = re.compile(
    r"^(?:the|in|for|at|during|on)\s+|\s+(?:of|in|for|on|during)(?:\s+(?:a|an|the))?$|'s$",
    re.IGNORECASE,
)
# What a side does: the verb after the side's noun phrase, and the text after it is the cell.
_VERB = re.compile(
    r"\b(?:(?:will|would|can|may|might|should|tends?\s+to)\s+(?:be\s+)?|is\s+|are\s+|"
    r"was\s+|were\s+|has\s+|have\s+|shows?\s+|becomes?\s+)",
    re.IGNORECASE,
)
_THIRD_PERSON = re.compile(r"\s*(?:[A-Za-z-]+\s+){0,2}?(?=[a-z]+s\s)[a-z]+s\s+")
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def whereas_table(
    title: str, texts: Sequence[str]
) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]] | None:
    """(columns, rows) of the comparison the paragraphs ``texts`` under ``title`` tell; None
    unless the title names two things and two or more sentences compare them."""
    if has_cjk(title) or not _VERSUS.search(title):
        return None
    left, right = _VERSUS.split(title, maxsplit=1)
    first = left.rsplit(" of ", 1)[-1].strip()
    second = right.strip()
    keys = _keys(first, second)
    if keys is None:
        return None
    rows: list[tuple[str, str, str]] = []
    for text in texts:
        for sentence in split_sentences(_SENTENCE_END, text.strip()):
            halves = _WHEREAS.split(sentence.strip().rstrip("."), maxsplit=1)
            if len(halves) < 2:
                continue  # an introduction, not a row
            row = _row(halves[0], halves[1], keys)
            if row is None:
                return None
            rows.append(row)
    attributes = {row[0].casefold() for row in rows}
    if len(rows) < 2 or len(attributes) != len(rows):
        return None
    return ("", first, second), tuple(rows)


def _keys(first: str, second: str) -> tuple[str, str] | None:
    """The first word of each side that the other side does not have (``REM`` and
    ``Non-REM`` for ``REM`` / ``Non-REM Sleep``)."""
    one = [word.casefold() for word in _TOKEN.findall(first)]
    two = [word.casefold() for word in _TOKEN.findall(second)]
    own_one = [word for word in one if word not in two]
    own_two = [word for word in two if word not in one]
    if not own_one or not own_two or len(one) > 4 or len(two) > 4:
        return None
    return own_one[0], own_two[0]


def _at(text: str, key: str) -> re.Match[str] | None:
    """Where the side's word stands in a clause, as a whole word (``REM`` is not in
    ``non-REM``), plural allowed."""
    return re.search(rf"(?<![\w-]){re.escape(key)}(?:s|es)?(?![\w-])", text, re.IGNORECASE)


def _row(before: str, after: str, keys: tuple[str, str]) -> tuple[str, str, str] | None:
    """(attribute, first side's cell, second side's cell) of one sentence, or None."""
    first, second = keys
    if _at(before, second) and not _at(before, first):
        before, after = after, before  # "B …, whereas A …": the same row
        swapped = True
    else:
        swapped = False
    side = _at(before, first)
    other = _at(after, second)
    if side is None or other is None or _at(before, second) or _at(after, first):
        return None
    attribute = before[: side.start()]
    for _ in range(3):
        attribute = _ATTRIBUTE_FRAME.sub("", attribute.strip()).strip()
    if not attribute or len(attribute.split()) > 4 or _VERB.search(attribute + " "):
        return None
    cells = [_cell(before, side.end()), _cell(after, other.end())]
    if not all(cells):
        return None
    if swapped:
        cells.reverse()
    return attribute, cells[0], cells[1]


def _cell(clause: str, start: int) -> str:
    """What the clause says of its side: the words after the side's verb (an auxiliary, else
    a verb in ``-s``: ``TCP needs a handshake``)."""
    verb = _VERB.search(clause, start)
    if verb is None or len(clause[start : verb.start()].split()) > 3:
        verb = _THIRD_PERSON.match(clause, start)
    if verb is None:
        return ""
    said = _ASIDE.sub("", clause[verb.end() :]).strip(" ,;.")
    return said if len(said.split()) <= 20 else ""
