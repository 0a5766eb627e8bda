"""A sync costs what changed: the facts of a file read the same way as at the last sync are
neither read back nor hashed, and the store ends up exactly as a fact-by-fact sync leaves it."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from examgen.model import ParseResult
from examgen.notes import parse_paths
from examgen.store import MIGRATIONS, SCHEMA_VERSION, FactStore

CONTAINERS = """# Cloud notes

## Containers

1. Container: a process isolated by namespaces
2. Image: a read-only template of layered files
3. Registry: a service that stores images

- Docker advantages
  - fast start-up
  - small footprint
  - easy migration
"""

ORCHESTRATION = """# Cloud notes

## Orchestration

1. Pod: the smallest deployable unit
2. Service: a stable address in front of pods
3. Deployment: a controller that keeps replicas running

- Kubernetes components
  - kubelet
  - kube-proxy
  - etcd
"""

STORAGE = """# Cloud notes

## Storage

1. Volume: a folder a container can mount
2. Snapshot: a copy of a volume at one moment
"""


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a-containers.md").write_text(CONTAINERS, encoding="utf-8")
    (folder / "b-orchestration.md").write_text(ORCHESTRATION, encoding="utf-8")
    (folder / "c-storage.md").write_text(STORAGE, encoding="utf-8")
    return folder


def edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def parse(folder: Path, store: FactStore) -> ParseResult:
    """The notes as a build parses them: unchanged files from the store's parse cache."""
    return parse_paths([folder], root=folder.parent, cache=store)


def unstamped(result: ParseResult) -> ParseResult:
    """The same parse with no word on how its files were read: every fact is compared."""
    return replace(result, sources=tuple(replace(s, parse_key="") for s in result.sources))


def table(store: FactStore, sql: str) -> list[tuple]:
    return store._db.execute(sql).fetchall()


def state(store: FactStore) -> tuple:
    """Every row a sync writes, but the stamps themselves."""
    return (
        table(store, "SELECT * FROM facts ORDER BY id"),
        table(store, "SELECT * FROM members ORDER BY fact_id, position"),
        table(store, "SELECT * FROM cloze_numbers ORDER BY fact_id, key"),
        table(store, "SELECT * FROM former_kinds ORDER BY fact_id, kind"),
        table(store, "SELECT path, content_hash FROM sources ORDER BY path"),
        store.revision,
    )


def facts_rows_read(store: FactStore, run) -> set[str]:
    """The ids of the fact rows the statements run by ``run()`` named, and '*' for a
    statement that read the facts table without naming ids."""
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    try:
        run()
    finally:
        store._db.set_trace_callback(None)
    read: set[str] = set()
    for sql in statements:
        if sql.startswith("SELECT *") and "FROM facts" in sql:
            if " IN (" not in sql:
                read.add("*")
            else:
                inside = sql.split(" IN (", 1)[1].rsplit(")", 1)[0]
                read.update(part.strip().strip("'") for part in inside.split(","))
    return read


def test_every_step_of_an_editing_session_leaves_the_store_as_a_fact_by_fact_sync(notes):
    steps = [
        lambda: None,
        lambda: edit(notes, "b-orchestration.md", "a stable address", "a stable virtual address"),
        # A fact more at the top of the first file: every later file's facts move.
        lambda: edit(notes, "a-containers.md", "1. Container", "0. Host: a machine\n1. Container"),
        lambda: edit(notes, "b-orchestration.md", "  - etcd\n", "  - etcd store\n  - scheduler\n"),
        # Members reordered and one typo made: the same cloze numbers, in another order.
        lambda: edit(
            notes,
            "b-orchestration.md",
            "  - kubelet\n  - kube-proxy\n",
            "  - kube-proxi\n  - kubelet\n",
        ),
        # A subject another file uses too: the ids of an unchanged file's fact change.
        lambda: edit(notes, "c-storage.md", "2. Snapshot", "2. Image"),
        lambda: (notes / "b-orchestration.md").unlink(),
        lambda: (notes / "b-orchestration.md").write_text(ORCHESTRATION, encoding="utf-8"),
        # A definition becomes a list: the old kind lives on as a retired fact.
        lambda: edit(
            notes,
            "c-storage.md",
            "1. Volume: a folder a container can mount\n",
            "- Volume\n  - x\n",
        ),
        lambda: edit(notes, "c-storage.md", "- Volume\n  - x\n", ""),
    ]
    with FactStore.open(":memory:") as stamped, FactStore.open(":memory:") as compared:
        for now, step in enumerate(steps, start=1000):
            step()
            result = parse(notes, stamped)
            before_stamped: dict = {}
            before_compared: dict = {}
            report = stamped.sync(result, now=now, before=before_stamped)
            expected = compared.sync(unstamped(result), now=now, before=before_compared)
            assert report == expected
            assert before_stamped == before_compared
            assert state(stamped) == state(compared)
            assert stamped.facts() == compared.facts()
            # The cloze order the rows keep is what the cloze numbers give.
            assert stamped.facts(known=result.facts) == compared.facts()


def test_a_one_file_edit_reads_the_rows_of_that_files_facts_only(notes):
    with FactStore.open(":memory:") as store:
        store.sync(parse(notes, store), now=1000)
        edit(notes, "b-orchestration.md", "a stable address", "a stable virtual address")
        result = parse(notes, store)
        read = facts_rows_read(store, lambda: store.sync(result, now=2000))
    assert read == {f.id for f in result.facts if f.source.endswith("b-orchestration.md")}


def test_a_file_read_the_same_way_again_is_not_read_back_at_all(notes):
    with FactStore.open(":memory:") as store:
        store.sync(parse(notes, store), now=1000)
        result = parse(notes, store)
        read = facts_rows_read(store, lambda: store.sync(result, now=2000))
    assert read == set()


def test_the_facts_after_a_grown_file_move_as_a_block(notes):
    with FactStore.open(":memory:") as store:
        store.sync(parse(notes, store), now=1000)
        edit(notes, "a-containers.md", "1. Container", "0. Host: a machine\n1. Container")
        result = parse(notes, store)
        before: dict = {}
        report = store.sync(result, now=2000, before=before)
        later = [f.id for f in result.facts if not f.source.endswith("a-containers.md")]
        assert len(report.new) == 1
        assert set(later) <= set(report.moved) and set(later) <= set(report.unchanged)
        assert [before[i] for i in later] == [f for f in result.facts if f.id in set(later)]
        positions = dict(table(store, "SELECT id, position FROM facts"))
    assert [positions[f.id] for f in result.facts] == list(range(len(result.facts)))


def test_a_file_read_another_way_is_compared_again(notes):
    with FactStore.open(":memory:") as store:
        result = parse(notes, store)
        store.sync(result, now=1000)
        # Same bytes, another reader: a fact with the same id may say something else.
        first = result.facts[0]
        other = replace(first, text="something else")
        again = replace(
            result,
            facts=(other, *result.facts[1:]),
            sources=tuple(replace(s, parse_key="text@other") for s in result.sources),
        )
        report = store.sync(again, now=2000)
        assert report.changed == (first.id,)
        assert store.get(first.id).fact.text == "something else"


def test_a_store_synced_before_stamps_gets_them_without_a_change(notes):
    with FactStore.open(":memory:") as store:
        store.sync(parse(notes, store), now=1000)
        store._db.execute("UPDATE sources SET sync_stamp = NULL, sync_position = NULL")
        revision = store.revision
        result = parse(notes, store)
        report = store.sync(result, now=2000)
        assert report.unchanged == tuple(f.id for f in result.facts)
        assert store.revision == revision
        stamps = table(store, "SELECT sync_stamp FROM sources WHERE sync_stamp IS NULL")
        assert stamps == []
        assert facts_rows_read(store, lambda: store.sync(parse(notes, store))) == set()


def test_the_stamps_of_an_unchanged_sync_write_nothing(notes, tmp_path):
    path = tmp_path / "facts.sqlite"
    with FactStore.open(path) as store:
        store.sync(parse(notes, store), now=1000)
    written = path.read_bytes()
    with FactStore.open(path) as store:
        store.sync(parse(notes, store), now=2000)
    assert path.read_bytes() == written


def test_a_parse_without_word_on_its_files_is_compared_fact_by_fact(notes):
    with FactStore.open(":memory:") as store:
        result = unstamped(parse(notes, store))
        store.sync(result, now=1000)
        assert table(store, "SELECT sync_stamp FROM sources WHERE sync_stamp IS NOT NULL") == []
        read = facts_rows_read(store, lambda: store.sync(result, now=2000))
    assert read == {f.id for f in result.facts}


def test_each_file_records_where_its_first_fact_stands(tmp_path, notes):
    path = tmp_path / "facts.sqlite"
    with FactStore.open(path) as store:
        result = parse(notes, store)
        store.sync(result, now=1000)
    first: dict[str, int] = {}
    for position, fact in enumerate(result.facts):
        first.setdefault(fact.source, position)
    rows = sqlite3.connect(path).execute("SELECT path, sync_position FROM sources").fetchall()
    assert dict(rows) == first and len(first) == 3


def test_a_store_from_before_stamps_and_cloze_orders_reads_and_syncs_as_before(notes, tmp_path):
    path = tmp_path / "facts.sqlite"
    with FactStore.open(path) as store:
        result = parse(notes, store)
        store.sync(result, now=1000)
        read = store.facts(known=result.facts)
        revision = store.revision
    # Made as the examgen before them made it: neither columns nor their migrations.
    later = [m.version for m in MIGRATIONS if m.name.startswith(("add_source_sync", "add_fact_cl"))]
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE facts DROP COLUMN cloze_order")
        db.execute("ALTER TABLE sources DROP COLUMN sync_stamp")
        db.execute("ALTER TABLE sources DROP COLUMN sync_position")
        db.execute(f"DELETE FROM schema_migrations WHERE version IN ({later[0]}, {later[1]})")
    db.close()
    with FactStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.facts(known=result.facts) == read
        report = store.sync(parse(notes, store), now=2000)
        assert report.unchanged == tuple(f.id for f in result.facts)
        assert store.revision == revision
        assert table(store, "SELECT id FROM facts WHERE cloze_order IS NULL") == []
        assert store.facts(known=result.facts) == read
        assert facts_rows_read(store, lambda: store.sync(parse(notes, store))) == set()
