"""One place for the card tests' small helpers: facts of our own, a deck built from them, and
a card's text as the learner reads it."""

from __future__ import annotations

import html
import re
from pathlib import Path

from examgen.config import DeckConfig
from examgen.deck import DeckReport, build_deck
from examgen.model import Fact, Item, StoredFact

TITLE = "Notes"
T0 = 1_700_000_000


def card_fact(id: str, kind: str, subject: str, *, items=(), **kwargs) -> Fact:
    """A fact in chapter "Chapter" of English notes; ``items`` as Items, texts or
    (text, gloss) pairs."""
    kwargs.setdefault("section", (TITLE, "Chapter"))
    kwargs.setdefault("source", "sources/notes.md")
    kwargs.setdefault("line", 3)
    kwargs.setdefault("lang", "en")
    items = tuple(
        i if isinstance(i, Item) else Item(i) if isinstance(i, str) else Item(*i) for i in items
    )
    return Fact(id=id, kind=kind, subject=subject, items=items, **kwargs)


def build(tmp_path: Path, facts, name: str = "deck.apkg") -> DeckReport:
    """The deck of ``facts`` (each stored a second after the last), written under ``tmp_path``."""
    stored = [StoredFact(f, T0, T0, T0 + i) for i, f in enumerate(facts)]
    return build_deck(stored, config=DeckConfig(), title=TITLE, output=tmp_path / name)


def learner_text(rendered: str) -> str:
    """What the learner reads: no style, tags removed, entities decoded, spaces collapsed."""
    rendered = re.sub(r"(?s)<style>.*?</style>", "", rendered)
    rendered = re.sub(r"<br>|</li>|</div>", " ", rendered)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", rendered)).split())


def zh_card_fact(id: str, kind: str, subject: str, **kwargs) -> Fact:
    """:func:`card_fact` in Chinese notes (unless ``lang`` says otherwise)."""
    kwargs.setdefault("lang", "zh")
    return card_fact(id, kind, subject, **kwargs)


def card_fronts(col, fact_id: str, kind: str) -> list[str]:
    """The learner's text of the question side of every card of the notes made of
    ``fact_id`` as ``kind`` (a list may be split over several notes with one GUID stem)."""
    from examgen.deck import note_guid

    nids = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return [learner_text(c.question()) for nid in nids for c in col.get_note(nid).cards()]
