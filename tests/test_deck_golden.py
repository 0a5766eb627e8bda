"""The sample's deck pinned: every note (GUID, type, fields, tags, modification time) and
every card (deck, ordinal, due) of the deck built from ``golden/paper-facts.json``.

The deck's speed-ups must leave what Anki imports as it was, byte for byte; this file is
what says so. The facts are the snapshot the paper's golden test reads (a parser change
does not move the deck) and go through a store, so the cloze numbers are the store's. A
change to the cards' wording does move it, and is then a visible, reviewed decision:
refresh with ``make golden`` (``EXAMGEN_UPDATE_GOLDEN=1``) and read the diff.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zipfile
from pathlib import Path

from test_questions_golden import FACTS, GOLDEN, load_facts

from examgen.config import DeckConfig
from examgen.deck import build_deck
from examgen.model import ParseResult
from examgen.store import FactStore

DECK = GOLDEN / "deck-sample.json"
T0 = 1_700_000_000


def deck_rows(tmp_path: Path) -> dict:
    """The notes and cards of the sample's deck, as the package holds them."""
    facts = load_facts(FACTS)
    store = FactStore.open(":memory:")
    store.sync(ParseResult(facts), now=T0)
    output = tmp_path / "sample.apkg"
    build_deck(store.facts(), config=DeckConfig(), title=facts[0].section[0], output=output)
    collection = tmp_path / "collection.anki2"
    with zipfile.ZipFile(output) as package:
        collection.write_bytes(package.read("collection.anki2"))
    conn = sqlite3.connect(collection)
    try:
        notes = conn.execute("select id, guid, mid, mod, tags, flds from notes order by id")
        cards = conn.execute("select nid, did, ord, due from cards order by nid, ord")
        by_note: dict[int, list] = {}
        for nid, did, ord_, due in cards.fetchall():
            by_note.setdefault(nid, []).append([did, ord_, due])
        return {
            guid: {
                "type": mid,
                "mod": mod,
                "tags": tags,
                "fields": flds.split("\x1f"),
                "cards": by_note[nid],
            }
            for nid, guid, mid, mod, tags, flds in notes.fetchall()
        }
    finally:
        conn.close()


def test_the_sample_deck_writes_the_notes_and_cards_of_its_golden_file(tmp_path):
    got = deck_rows(tmp_path)
    if os.environ.get("EXAMGEN_UPDATE_GOLDEN") == "1":
        DECK.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(DECK.read_text(encoding="utf-8")), (
        "the deck changed; if intended, run `make golden` and review the diff"
    )
