"""A fact before ids are given out, and where it was found.

``Draft.key`` is what the fact's id is made from: the normalized subject (NFKC, casefolded,
whitespace and trailing punctuation removed).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import NamedTuple

from examgen.model import FactKind, Item
from examgen.notes.tree import Node

_CJK_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_TRAILING_PUNCTUATION = ":;,.!?、。…-—·|/\\"


def normalize_subject(subject: str) -> str:
    """The identity key of a subject: NFKC, casefold, no whitespace, no trailing punctuation."""
    # str.split() splits at exactly the characters `\s` matches: the words, joined.
    key = "".join(unicodedata.normalize("NFKC", subject).casefold().split())
    return key.rstrip(_TRAILING_PUNCTUATION)


def has_ideograph(text: str) -> bool:
    """Whether ``text`` holds a CJK ideograph; an ASCII text (O(1) to tell) holds none and is
    not scanned character by character."""
    return not text.isascii() and _CJK_IDEOGRAPH.search(text) is not None


def language_of(*texts: str) -> str:
    """``zh`` if any CJK ideograph occurs, else ``en``."""
    return "zh" if any(_CJK_IDEOGRAPH.search(text) for text in texts) else "en"


@dataclass(frozen=True)
class Place:
    """Where facts are being found: the file and the heading path (texts and identity keys)."""

    source: str
    section: tuple[str, ...] = ()
    section_key: tuple[str, ...] = ()

    def under(self, heading: Node) -> Place:
        key = f"#{heading.anchor}" if heading.anchor else normalize_subject(heading.text)
        return Place(self.source, (*self.section, heading.text), (*self.section_key, key))


class Draft(NamedTuple):
    """A fact before ids are given out: ``key`` is what its id is made from (immutable; a
    NamedTuple because there are as many as facts, and it is cheaper to make)."""

    kind: FactKind
    subject: str
    key: str
    place: Place
    line: int
    text: str = ""
    items: tuple[Item, ...] = ()
    images: tuple[str, ...] = ()
    pin: str | None = None
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    tags: tuple[str, ...] = ()
    label: str | None = None
    parent: str | None = None  # the list item it hangs under (:mod:`.hanging`)
    open: bool = False  # its members are examples, not all (:mod:`.openness`)
    container: str = ""  # the kind of callout it was read from (:mod:`.containers`)

    def location(self) -> str:
        return f"{self.place.source}:{self.line}"


_PARENT = Draft._fields.index("parent")

# The fields of a draft as :meth:`examgen.notes.facts._Extractor.emit` makes it (every one,
# the last two at their defaults): while a Draft has exactly these, it is made as a tuple
# directly (NamedTuple's own ``__new__`` is a Python call taking the fields by name).
DRAFT_FIELDS = (
    *("kind", "subject", "key", "place", "line", "text", "items", "images", "pin"),
    *("columns", "rows", "tags", "label", "parent", "open", "container"),
)
new_draft = tuple.__new__ if Draft._fields == DRAFT_FIELDS else lambda cls, fields: cls(*fields)


def with_parent(draft: Draft, parent: str) -> Draft:
    """``draft._replace(parent=parent)``, the tuple made directly: ``_replace`` maps a dict of
    its keywords over every field, and the parent pass gives thousands of drafts a parent."""
    return tuple.__new__(Draft, (*draft[:_PARENT], parent, *draft[_PARENT + 1 :]))
