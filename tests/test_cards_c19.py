"""Cards of session 19 (issue 9): traditional decks, lead-in labels, relation words taken
as terms, structure blanked as members, giveaways across scripts. Each read off cards the
real Anki backend renders from a small deck of facts written here.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package

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
    items = tuple(
        i if isinstance(i, Item) else Item(i) if isinstance(i, str) else Item(*i) for i in items
    )
    return Fact(id=id, kind=kind, subject=subject, items=items, **kwargs)


def _zh(id: str, kind: str, subject: str, **kwargs) -> Fact:
    return _fact(id, kind, subject, lang="zh", **kwargs)


def _build(tmp_path: Path, facts) -> DeckReport:
    stored = [StoredFact(f, T0, T0, T0 + i) for i, f in enumerate(facts)]
    return build_deck(stored, config=DeckConfig(), title=TITLE, output=tmp_path / "deck.apkg")


def _text(rendered: str) -> str:
    """What the learner reads: no style, tags removed, entities decoded, spaces collapsed."""
    rendered = re.sub(r"(?s)<style>.*?</style>", "", rendered)
    rendered = re.sub(r"<br>|</li>|</div>", " ", rendered)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", rendered)).split())


def _guids(col: Collection) -> set[str]:
    return set(col.db.list("select guid from notes"))


def _fronts(col: Collection, fact_id: str, kind: str) -> list[str]:
    (nid,) = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return [_text(card.question()) for card in col.get_note(nid).cards()]


# Traditional notes: a list of normal forms, written the way a Taiwanese course writes them.
NORMAL_FORMS = ("第一正規化", "第二正規化", "第三正規化")
TRADITIONAL = (
    _zh("t1", "definition", "功能相依", text="一個屬性的值決定另一個屬性的值的關係"),
    _zh("t2", "list", "Normalization類型", items=NORMAL_FORMS),
)


# ---------------------------------------------------------------- traditional decks


def test_a_traditional_deck_asks_its_list_in_traditional_characters(tmp_path, col):
    import_package(col, _build(tmp_path, TRADITIONAL).output)
    (front,) = _fronts(col, "t2", "list")
    assert "Normalization類型有哪些？" in front
    assert "共3項" in front


def test_a_traditional_deck_asks_for_a_definition_in_traditional_characters(tmp_path, col):
    import_package(col, _build(tmp_path, TRADITIONAL).output)
    front, back_to_front = _fronts(col, "t1", "definition")
    assert "解釋這個概念" in front
    assert "這說的是哪個概念？" in back_to_front


def test_a_traditional_relation_word_names_the_relation(tmp_path, col):
    fact = _zh(
        "t3", "list", "Functional Dependency 相依型態", items=("完全功能相依", "部份功能相依")
    )
    import_package(col, _build(tmp_path, [*TRADITIONAL, fact]).output)
    (front,) = _fronts(col, "t3", "list")
    assert "Functional Dependency 的相依型態有哪些？" in front


def test_a_lead_in_asking_what_must_hold_asks_for_the_conditions(tmp_path, col):
    fact = _zh("t4", "list", "第二正規化需要滿足", items=("符合1NF", "無部份相依"))
    import_package(col, _build(tmp_path, [*TRADITIONAL, fact]).output)
    (front,) = _fronts(col, "t4", "list")
    assert "第二正規化的條件有哪些？" in front


def test_a_simplified_deck_keeps_its_simplified_wording(tmp_path, col):
    fact = _zh("s1", "list", "索引类型", items=("主键索引", "唯一索引"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "s1", "list")
    assert "索引类型有哪些？" in front
    assert "共2项" in front
