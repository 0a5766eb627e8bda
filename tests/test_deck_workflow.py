"""The user's story with the real parts: notes file -> parser -> store -> deck -> Anki.

Build the sample deck, import it into a fresh collection, study a card, edit the notes
(change a definition, delete a fact, add one), rebuild and re-import: the edit arrives,
nothing is duplicated, the reviewed card keeps its schedule and history, the deleted fact's
note is tagged ``examgen::retired``. Then change a deck setting: notes already in Anki
follow.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package

from examgen.build import make_deck
from examgen.config import load_config
from examgen.deck import BASIC_ID, note_guid
from examgen.notes import parse_paths

NOTES = Path("sources") / "paas-review.md"


def note(col: Collection, guid: str):
    (nid,) = col.db.list("select id from notes where guid = ?", guid)
    return col.get_note(nid)


def edit_notes(old: str, new: str) -> None:
    text = NOTES.read_text(encoding="utf-8")
    assert old in text
    NOTES.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_sample_deck_in_anki(workspace: Path, col: Collection) -> None:
    config = load_config(workspace)
    facts = parse_paths([workspace / "sources"], root=workspace).facts
    outcome = make_deck(config)
    report = outcome.report
    log = import_package(col, report.output)
    assert len(log.new) == report.notes and not log.conflicting
    assert col.note_count() == report.notes and col.card_count() == report.cards
    # Every fact has its note (a list its question, and its cloze unless it has one member
    # or only sentences), or a warning saying why not; every card renders both sides.
    warned = {(w.source, w.line) for w in report.warnings}
    for fact in facts:
        # A chain of names that is no process is carded as a list (examgen.processes).
        kinds = (fact.kind, "list") if fact.kind == "sequence" else (fact.kind,)
        guids = [note_guid(fact.id, kind) for kind in kinds]
        found = [n for g in guids for n in col.db.list("select id from notes where guid = ?", g)]
        assert found or (fact.source, fact.line) in warned, fact
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        assert card.question().strip() and card.answer().strip()
    chapters = {f.chapter for f in facts}
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {f"PaaS复习::{chapter}" for chapter in chapters} <= names
    tags = set(col.tags.all())
    assert {"examgen::definition", "examgen::list", "examgen::sequence"} <= tags
    assert "examgen::PaaS复习::Docker技术原理与实践" in tags


def test_edit_rebuild_reimport_keeps_reviews(workspace: Path, col: Collection) -> None:
    config = load_config(workspace)
    first = make_deck(config).report
    import_package(col, first.output)
    notetypes = len(col.models.all_names_and_ids())
    by_subject = {f.subject: f for f in parse_paths([workspace / "sources"], root=workspace).facts}
    cloud = note_guid(by_subject["云计算"].id, "definition")
    kafka = note_guid(by_subject["Kafka"].id, "definition")

    # Study the 云计算 card for a while.
    card_id = min(note(col, cloud).cards(), key=lambda c: c.ord).id
    card = col.get_card(card_id)
    card.start_timer()
    col.sched.answerCard(card, 3)
    col.sched.set_due_date([card_id], "12!")
    before = col.get_card(card_id)
    revlog = col.db.scalar("select count() from revlog where cid = ?", card_id)

    edit_notes("1. 云计算:是一种动态拓展的计算模式", "1. 云计算:是一种按需使用、动态拓展的计算模式")
    edit_notes("2. Kafka(高吞吐量分布式发布订阅消息系统)\n", "")
    edit_notes(
        "4. influxdb(时间序列数据库)", "4. influxdb(时间序列数据库)\n5. Grafana(监控数据可视化平台)"
    )
    second = make_deck(config)
    assert len(second.sync.changed) == 1 and len(second.sync.retired) == 1
    assert len(second.sync.new) == 1
    log = import_package(col, second.report.output)

    assert not log.conflicting
    assert len(log.new) == 1
    assert len(col.models.all_names_and_ids()) == notetypes, "note types must not fork"
    assert col.db.scalar("select count() - count(distinct guid) from notes") == 0
    assert "按需使用" in note(col, cloud)["Back"]
    assert "examgen::retired" in note(col, kafka).tags
    after = col.get_card(card_id)
    assert (after.ivl, after.due, after.queue) == (before.ivl, before.due, before.queue)
    assert col.db.scalar("select count() from revlog where cid = ?", card_id) == revlog

    # An unchanged rebuild changes nothing in Anki.
    log = import_package(col, make_deck(config).report.output)
    assert not log.new and not log.updated and not log.conflicting


def test_changed_deck_setting_reaches_notes_already_in_anki(
    workspace: Path, col: Collection
) -> None:
    config = load_config(workspace)
    first = make_deck(config).report
    import_package(col, first.output)
    with_reverse = col.db.scalar(
        "select count() from cards where ord = 1 and nid in "
        "(select id from notes where flds like '%eg-prompt%')"
    )
    assert with_reverse > 0

    never = dataclasses.replace(config, deck=dataclasses.replace(config.deck, reverse="never"))
    log = import_package(col, make_deck(never).report.output)
    assert log.updated, "notes whose layout changed must update"
    assert not log.conflicting
    # The reverse field is empty now: Anki makes no new reverse cards for these notes.
    basic = col.models.get(BASIC_ID)
    reverse_field = [f["name"] for f in basic["flds"]].index("Reverse")
    for nid in col.find_notes(f"mid:{basic['id']}"):
        assert not col.get_note(nid).fields[reverse_field]


def test_shifted_lines_do_not_overwrite_edits_made_in_anki(
    workspace: Path, col: Collection
) -> None:
    config = load_config(workspace)
    import_package(col, make_deck(config).report.output)
    facts = parse_paths([workspace / "sources"], root=workspace).facts
    kafka = note_guid(next(f for f in facts if f.subject == "Kafka").id, "definition")
    mine = note(col, kafka)
    mine["Back"] = "my own words"
    col.update_note(mine)

    # Lines move (an item that gave no fact is deleted near the top), no fact changes.
    edit_notes("1. 对比虚拟机\n", "")
    outcome = make_deck(config)
    assert not outcome.sync.changed
    assert outcome.report.changed == 0
    log = import_package(col, outcome.report.output)
    assert not log.updated and not log.new
    assert note(col, kafka)["Back"] == "my own words"


def test_a_fact_that_changes_kind_retires_its_old_notes(workspace: Path, col: Collection) -> None:
    config = load_config(workspace)
    import_package(col, make_deck(config).report.output)
    fact = next(
        f
        for f in parse_paths([workspace / "sources"], root=workspace).facts
        if f.subject == "灰度发布"
    )
    assert fact.kind == "definition"

    edit_notes("   删除旧RS,创建新RS", "   - 删除旧RS\n   - 创建新RS")
    outcome = make_deck(config)
    log = import_package(col, outcome.report.output)
    assert not log.conflicting
    old_note = note(col, note_guid(fact.id, "definition"))
    assert "examgen::retired" in old_note.tags
    assert "examgen::retired" not in note(col, note_guid(fact.id, "list")).tags
