"""The fact store: migrations, history (first_seen, changed_at, retired_at), no-op syncs."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from examgen.errors import ExamgenError
from examgen.model import Fact, Item, ParseResult, SourceFile
from examgen.store import MIGRATIONS, SCHEMA_VERSION, FactStore

DEFINITION = Fact(
    id="aaaaaaaaaaaa",
    kind="definition",
    subject="云计算",
    text="是一种动态拓展的计算模式",
    section=("PaaS复习", "概念"),
    source="sources/a.md",
    line=5,
)
LIST = Fact(
    id="bbbbbbbbbbbb",
    kind="list",
    subject="Docker三要素",
    items=(Item("Docker Containers", "负责程序运行"), Item("Docker Images"), Item("DockerFile")),
    section=("PaaS复习", "概念"),
    source="sources/a.md",
    line=9,
)
SEQUENCE = Fact(
    id="cccccccccccc",
    kind="sequence",
    subject="云计算发展路线",
    items=(Item("并行计算"), Item("集群计算"), Item("网络计算"), Item("云计算")),
    section=("PaaS复习", "概念"),
    source="sources/a.md",
    line=7,
)


def result(*facts: Fact, sources: tuple[SourceFile, ...] = ()) -> ParseResult:
    return ParseResult(facts=facts, sources=sources)


def test_new_store_has_every_migration(memory_store: FactStore) -> None:
    assert memory_store.schema_version == SCHEMA_VERSION == MIGRATIONS[-1].version
    names = [m.name for m in MIGRATIONS]
    assert len(set(names)) == len(names)


def test_sync_round_trips_facts_in_document_order(memory_store: FactStore) -> None:
    report = memory_store.sync(result(SEQUENCE, DEFINITION, LIST), now=1000)
    assert set(report.new) == {DEFINITION.id, LIST.id, SEQUENCE.id}
    stored = memory_store.facts()
    assert [s.fact for s in stored] == [SEQUENCE, DEFINITION, LIST]
    assert all(s.first_seen == s.changed_at == s.modified_at == 1000 for s in stored)
    assert memory_store.get(LIST.id).fact.items == LIST.items


def test_unchanged_sync_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "facts.sqlite"
    with FactStore.open(path) as store:
        store.sync(result(DEFINITION, LIST, sources=(SourceFile("sources/a.md", "h1"),)), now=1000)
    before = path.read_bytes()
    with FactStore.open(path) as store:
        report = store.sync(
            result(DEFINITION, LIST, sources=(SourceFile("sources/a.md", "h1"),)), now=2000
        )
    assert report.new == report.changed == report.retired == ()
    assert set(report.unchanged) == {DEFINITION.id, LIST.id}
    assert path.read_bytes() == before


def test_edit_moves_changed_at_of_that_fact_only(memory_store: FactStore) -> None:
    memory_store.sync(result(DEFINITION, LIST), now=1000)
    edited = replace(DEFINITION, text="一种按需付费的计算模式")
    report = memory_store.sync(result(edited, LIST), now=2000)
    assert report.changed == (DEFINITION.id,)
    assert memory_store.get(DEFINITION.id).changed_at == 2000
    assert memory_store.get(DEFINITION.id).fact.text == "一种按需付费的计算模式"
    assert memory_store.get(LIST.id).changed_at == 1000


def test_moving_a_fact_is_not_a_change(memory_store: FactStore) -> None:
    memory_store.sync(result(DEFINITION, LIST), now=1000)
    moved = replace(DEFINITION, source="sources/b.md", line=40)
    report = memory_store.sync(result(LIST, moved), now=2000)
    assert report.changed == ()
    assert report.moved == (LIST.id, DEFINITION.id)
    stored = memory_store.get(DEFINITION.id)
    assert (stored.fact.source, stored.fact.line, stored.changed_at) == ("sources/b.md", 40, 1000)
    assert [s.fact.id for s in memory_store.facts()] == [LIST.id, DEFINITION.id]


def test_reordering_members_is_a_change(memory_store: FactStore) -> None:
    memory_store.sync(result(LIST), now=1000)
    reordered = replace(LIST, items=tuple(reversed(LIST.items)))
    assert memory_store.sync(result(reordered), now=2000).changed == (LIST.id,)
    assert memory_store.get(LIST.id).fact.items == reordered.items


def test_removal_retires_and_return_revives(memory_store: FactStore) -> None:
    memory_store.sync(result(DEFINITION, LIST), now=1000)
    report = memory_store.sync(result(LIST), now=2000)
    assert report.retired == (DEFINITION.id,)
    gone = memory_store.get(DEFINITION.id)
    assert gone.retired_at == 2000 and gone.changed_at == 1000 and gone.modified_at == 2000
    assert [s.fact.id for s in memory_store.retired()] == [DEFINITION.id]
    assert [s.fact.id for s in memory_store.facts(include_retired=False)] == [LIST.id]

    report = memory_store.sync(result(DEFINITION, LIST), now=3000)
    assert report.revived == (DEFINITION.id,)
    back = memory_store.get(DEFINITION.id)
    assert back.retired_at is None and back.modified_at == 3000 and back.changed_at == 1000
    assert memory_store.retired() == ()


def test_modified_at_strictly_increases_within_one_second(memory_store: FactStore) -> None:
    memory_store.sync(result(DEFINITION), now=1000)
    memory_store.sync(result(replace(DEFINITION, text="v2")), now=1000)
    assert memory_store.get(DEFINITION.id).modified_at == 1001
    memory_store.sync(result(replace(DEFINITION, text="v3")), now=1000)
    assert memory_store.get(DEFINITION.id).modified_at == 1002


def test_duplicate_ids_are_refused(memory_store: FactStore) -> None:
    with pytest.raises(ExamgenError, match="share the id"):
        memory_store.sync(result(DEFINITION, replace(DEFINITION, subject="other")))


def test_sources_are_tracked(memory_store: FactStore) -> None:
    memory_store.sync(
        result(DEFINITION, sources=(SourceFile("a.md", "1"), SourceFile("b.md", "2")))
    )
    assert memory_store.source_hashes() == {"a.md": "1", "b.md": "2"}
    memory_store.sync(result(DEFINITION, sources=(SourceFile("a.md", "3"),)))
    assert memory_store.source_hashes() == {"a.md": "3"}


def test_outputs_are_recorded(memory_store: FactStore) -> None:
    assert memory_store.output("deck") is None
    memory_store.record_output("deck", "f1", {"guid": 1}, now=5)
    record = memory_store.output("deck")
    assert (record.fingerprint, record.data, record.written_at) == ("f1", {"guid": 1}, 5)


def test_stats_count_active_facts_per_chapter(memory_store: FactStore) -> None:
    other = replace(LIST, id="dddddddddddd", subject="x", section=("PaaS复习", "Docker"))
    memory_store.sync(result(DEFINITION, LIST, SEQUENCE, other))
    rows = [(r.chapter, r.kind, r.count) for r in memory_store.stats()]
    assert rows == [
        ("概念", "definition", 1),
        ("概念", "list", 1),
        ("概念", "sequence", 1),
        ("Docker", "list", 1),
    ]


def test_store_is_plain_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "facts.sqlite"
    with FactStore.open(path) as store:
        store.sync(result(LIST))
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT subject FROM facts").fetchall() == [("Docker三要素",)]
        assert db.execute("SELECT COUNT(*) FROM members").fetchone() == (3,)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "facts.sqlite"
    FactStore.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO schema_migrations VALUES (999, 'future', 0)")
    with pytest.raises(ExamgenError, match="newer"):
        FactStore.open(path)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "facts.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ExamgenError) as caught:
        FactStore.open(path)
    assert caught.value.exit_code == 2 and str(path) in caught.value.message


def test_a_kind_change_keeps_the_old_kind_as_retired(memory_store: FactStore) -> None:
    memory_store.sync(result(LIST), now=1000)
    as_definition = replace(LIST, kind="definition", text="Docker的三个组成部分", items=())
    memory_store.sync(result(as_definition), now=2000)
    facts = memory_store.facts()
    assert [(s.fact.kind, s.retired) for s in facts] == [("definition", False), ("list", True)]
    former = facts[1]
    assert former.fact.items == LIST.items and former.fact.subject == LIST.subject
    assert former.retired_at == 2000 and former.modified_at > 1000
    assert [(s.fact.id, s.fact.kind) for s in memory_store.retired()] == [(LIST.id, "list")]

    memory_store.sync(result(LIST), now=3000)  # back to a list: the definition is former now
    assert [(s.fact.kind, s.retired) for s in memory_store.facts()] == [
        ("list", False),
        ("definition", True),
    ]


def test_forgotten_facts_leave_the_deck_until_they_come_back(memory_store: FactStore) -> None:
    memory_store.sync(result(DEFINITION, LIST), now=1000)
    memory_store.sync(result(LIST), now=2000)
    with pytest.raises(ExamgenError, match="not a retired fact"):
        memory_store.forget([LIST.id])
    assert memory_store.forget() == (DEFINITION.id,)
    assert [s.fact.id for s in memory_store.facts()] == [LIST.id]
    assert memory_store.retired() == ()
    assert memory_store.forget() == ()

    report = memory_store.sync(result(DEFINITION, LIST), now=3000)
    assert report.revived == (DEFINITION.id,)
    assert [s.fact.id for s in memory_store.facts()] == [DEFINITION.id, LIST.id]
