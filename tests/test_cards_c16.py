"""Cards of session 16 (issues 9 and 10): what a list card asks, what it gives away, and
how much of a long list a group card shows; each read off cards the real Anki backend
renders from a small deck of facts written here.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package

from examgen.card_budget import GROUP_CONTEXT, GROUP_MEMBERS
from examgen.config import DeckConfig
from examgen.deck import DeckReport, build_deck, note_guid
from examgen.model import Fact, Item, StoredFact

TITLE = "Notes"
T0 = 1_700_000_000


def _fact(id: str, kind: str, subject: str, *, items=(), **kwargs) -> Fact:
    kwargs.setdefault("section", (TITLE, "Chapter"))
    kwargs.setdefault("source", "sources/notes.md")
    kwargs.setdefault("line", 3)
    kwargs.setdefault("lang", "en")
    items = tuple(i if isinstance(i, Item) else Item(i) for i in items)
    return Fact(id=id, kind=kind, subject=subject, items=items, **kwargs)


def _build(tmp_path: Path, facts, name="deck.apkg") -> DeckReport:
    stored = [StoredFact(f, T0, T0, T0 + i) for i, f in enumerate(facts)]
    return build_deck(stored, config=DeckConfig(), title=TITLE, output=tmp_path / name)


def _text(rendered: str) -> str:
    """What the learner reads: no style, tags removed, entities decoded, spaces collapsed."""
    rendered = re.sub(r"(?s)<style>.*?</style>", "", rendered)
    rendered = re.sub(r"<br>|</li>|</div>", " ", rendered)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", rendered)).split())


def _notes(col: Collection, fact_id: str, kind: str):
    """The notes of a fact whose card kind is ``kind`` or a group of it (``kind#2``…)."""
    found = []
    for number in range(1, 100):
        guid = note_guid(fact_id, kind if number == 1 else f"{kind}#{number}")
        nids = col.db.list("select id from notes where guid = ?", guid)
        if not nids:
            break
        found.append(col.get_note(nids[0]))
    assert found, f"no {kind} note for {fact_id}"
    return found


def _question(col: Collection, fact_id: str, kind: str = "list") -> str:
    (note,) = _notes(col, fact_id, kind)
    (card,) = note.cards()
    return _text(card.question())


# ------------------------------------------------------------------ group cards (issue 10)


def _members(n: int) -> tuple[str, ...]:
    return tuple(f"member{k:03d} word" for k in range(1, n + 1))


def test_a_group_card_shows_its_blanks_and_a_bounded_window_of_the_other_members(tmp_path, col):
    members = _members(40)
    import_package(
        col, _build(tmp_path, [_fact("long", "list", "Long parts", items=members)]).output
    )
    notes = _notes(col, "long", "list")
    assert len(notes) == 8  # 40 members, five a card
    asked = []
    for note in notes:
        (card,) = note.cards()
        question = _text(card.question())
        shown = [m for m in members if m in question]
        wanted = [m for m in members if m in _text(note["Back"])]
        assert len(wanted) <= GROUP_MEMBERS
        assert question.count("＿＿") + question.count("___") == len(wanted)
        # The others on the front are a few neighbours of the blanks, not the whole list.
        assert 0 < len(shown) <= GROUP_CONTEXT
        assert not set(shown) & set(wanted)
        asked += wanted
    assert sorted(asked) == sorted(members)


def test_a_group_card_marks_the_members_it_leaves_out(tmp_path, col):
    members = _members(20)
    import_package(
        col, _build(tmp_path, [_fact("long", "list", "Long parts", items=members)]).output
    )
    first = _notes(col, "long", "list")[0]
    (card,) = first.cards()
    question = _text(card.question())
    # Members 1-5 are blank, 6-11 are given as cues, the rest is left out after an ellipsis.
    assert "member006 word" in question and "member011 word" in question
    assert "member012 word" not in question
    assert "member011 word …" in question


def test_a_group_cards_front_does_not_grow_with_its_list(tmp_path, col):
    short, long = _members(20), _members(200)
    facts = [
        _fact("short", "list", "Short parts", items=short),
        _fact("long", "list", "Long parts", items=long, line=30),
    ]
    import_package(col, _build(tmp_path, facts).output)
    widest = {
        fact_id: max(len(note.fields[0]) for note in _notes(col, fact_id, "list"))
        for fact_id in ("short", "long")
    }
    assert widest["long"] <= widest["short"] + 40  # ten times the members, same card
