"""The fact database: SQLite, inspectable with ``sqlite3 build/facts.sqlite``.

The store mirrors the facts of one workspace's notes and remembers their history:

* ``first_seen``: when the fact first appeared;
* ``changed_at``: when its content (kind, subject, text, items, section, language, images)
  last changed — not when it merely moved to another line or file;
* ``retired_at``: when it disappeared from the notes (retired facts are kept, and revived
  when they come back);
* ``modified_at``: the last change a deck shows (content, retirement, revival); strictly
  increasing per fact, so it can serve as the Anki note modification time.

Re-running on unchanged notes writes nothing. The schema lives here, in code: a
``schema_migrations`` table records which named steps of :data:`MIGRATIONS` have run, and
opening a store applies the missing ones in order.

Tables (all text is UTF-8; times are Unix seconds):

``sources(path, content_hash, reader, facts)``
    each notes file read, with the hash of its bytes and its facts as JSON (a parse cache:
    an unchanged file need not be parsed again).
``facts(id, kind, subject, text, section, source, line, lang, images, table_columns,
table_rows, tags, position,
content_hash, first_seen, changed_at, modified_at, retired_at)``
    one row per fact ever seen; ``section``, ``images``, ``table_columns``, ``table_rows``
    (an array of arrays) and ``tags`` are JSON arrays; ``position`` is
    the document order of the last parse.
``members(fact_id, position, text, gloss)``
    the members of list facts and the steps of sequence facts, in order.
``outputs(name, fingerprint, data, written_at)``
    what the last build wrote (for incremental builds and the deck's change summary).
``revision(n)``
    a counter raised by every change to the facts (a sync that wrote any, a forget): equal
    revisions, equal facts, so a build can skip an output without reading every fact.
``former_kinds(fact_id, kind, fact, retired_at, modified_at, forgotten_at)``
    what a fact was before its kind changed (a definition that became a list): its notes in
    Anki are of the old kind, so the old kind lives on as a retired fact.
``cloze_numbers(fact_id, key, number)``
    the cloze number each member of a list or step of a sequence got when first seen,
    by the member's identity key; a typo fix adds its new key as an alias of the same
    number (``examgen.clozes`` has the rules).

Retired facts (and former kinds) stay in decks, tagged ``examgen::retired``, until the user
has deleted their notes in Anki and says so with ``examgen retired --forget``: a forgotten
fact leaves the decks (an import would otherwise bring a deleted note back), and is
remembered again if it comes back to the notes.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from examgen.clozes import numbers_of, renumber
from examgen.errors import ExamgenError
from examgen.model import Fact, Item, ParseResult, StoredFact, SyncReport


@dataclass(frozen=True)
class Migration:
    """One named step of the schema; ``version`` orders them."""

    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "create_sources_facts_members",
        """
        CREATE TABLE sources (
            path TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL
        );
        CREATE TABLE facts (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '[]',
            source TEXT NOT NULL,
            line INTEGER NOT NULL,
            lang TEXT NOT NULL,
            images TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            first_seen INTEGER NOT NULL,
            changed_at INTEGER NOT NULL,
            modified_at INTEGER NOT NULL,
            retired_at INTEGER
        );
        CREATE TABLE members (
            fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            gloss TEXT,
            PRIMARY KEY (fact_id, position)
        );
        """,
    ),
    Migration(
        2,
        "add_outputs",
        """
        CREATE TABLE outputs (
            name TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            data TEXT NOT NULL DEFAULT '{}',
            written_at INTEGER NOT NULL
        );
        """,
    ),
    Migration(
        3,
        "add_source_parse_cache",
        """
        ALTER TABLE sources ADD COLUMN reader TEXT NOT NULL DEFAULT '';
        ALTER TABLE sources ADD COLUMN facts TEXT;
        """,
    ),
    Migration(
        4,
        "add_forgotten_and_former_kinds",
        """
        ALTER TABLE facts ADD COLUMN forgotten_at INTEGER;
        CREATE TABLE former_kinds (
            fact_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            fact TEXT NOT NULL,
            retired_at INTEGER NOT NULL,
            modified_at INTEGER NOT NULL,
            forgotten_at INTEGER,
            PRIMARY KEY (fact_id, kind)
        );
        """,
    ),
    Migration(
        5,
        "add_revision",
        """
        CREATE TABLE revision (n INTEGER NOT NULL);
        INSERT INTO revision (n) VALUES (0);
        """,
    ),
    Migration(
        6,
        "add_table_cells_and_tags",
        """
        ALTER TABLE facts ADD COLUMN table_columns TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE facts ADD COLUMN table_rows TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE facts ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
        """,
    ),
    Migration(
        7,
        "add_cloze_numbers",
        """
        CREATE TABLE cloze_numbers (
            fact_id TEXT NOT NULL,
            key TEXT NOT NULL,
            number INTEGER NOT NULL,
            PRIMARY KEY (fact_id, key)
        );
        """,
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version

#: Every table the migrations make: a store without one of them is damaged.
_TABLES = {
    "sources",
    "facts",
    "members",
    "outputs",
    "former_kinds",
    "revision",
    "cloze_numbers",
}
_START_OVER = (
    "to start over, move it away (keep it: it is your facts' history) and run "
    "`examgen build` again; or restore a backup of it"
)


def database_error(exc: sqlite3.Error, where: str) -> ExamgenError:
    """The user's words for an SQLite failure on the store at ``where``."""
    text = str(exc)
    if "disk is full" in text or "disk I/O" in text:
        return ExamgenError(f"cannot write the fact database: {text}", source=where)
    if "locked" in text or "busy" in text:
        return ExamgenError(
            f"the fact database is in use by another program ({text}); try again when it is done",
            source=where,
        )
    if "readonly" in text or "unable to open" in text:
        return ExamgenError(
            f"cannot write the fact database ({text}): is its folder read-only?", source=where
        )
    return ExamgenError(
        f"the fact database is damaged or not one ({text}); {_START_OVER}",
        source=where,
        exit_code=2,
    )


@dataclass(frozen=True)
class OutputRecord:
    """What the last build wrote under one name (a deck, an exam set)."""

    name: str
    fingerprint: str
    data: dict
    written_at: int


@dataclass(frozen=True)
class StatRow:
    """Active facts of one kind in one chapter."""

    chapter: str
    kind: str
    count: int


def content_hash(fact: Fact) -> str:
    """A hash of what a fact says (not where it is): its history moves when this does."""
    payload = json.dumps(
        [
            fact.kind,
            fact.subject,
            fact.text,
            [[item.text, item.gloss] for item in fact.items],
            list(fact.section),
            fact.lang,
            list(fact.images),
            # Only where there are any, so the hashes of facts without them stay as they were.
            *(
                [list(fact.columns), [list(row) for row in fact.rows]]
                if fact.kind == "table"
                else []
            ),
            *([list(fact.tags)] if fact.tags else []),
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


class FactStore:
    """A connection to one fact database. Use :meth:`open`; close it (or use ``with``)."""

    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self._db = connection
        self.path = path

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: Path | str) -> FactStore:
        """Open the store at ``path``, creating it only where there is no file;
        ``":memory:"`` for a throwaway.

        An existing file that is empty, not SQLite, or missing one of the store's tables is
        an error saying how to start over: taking it for a new store would give every fact
        a new history, and the next Anki import would overwrite the user's own edits.
        """
        where = str(path)
        existed = where != ":memory:" and Path(where).exists()
        if existed and Path(where).is_dir():
            raise ExamgenError("is a folder, not a fact database", source=where, exit_code=2)
        if existed and Path(where).is_file() and Path(where).stat().st_size == 0:
            raise ExamgenError(f"the fact database is empty (0 bytes); {_START_OVER}", source=where)
        try:
            if where != ":memory:":
                Path(where).parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(where, isolation_level=None)
            connection.execute("PRAGMA foreign_keys = ON")
            store = cls(connection, where)
            if existed:
                store._check_tables({"schema_migrations"})
            store._migrate()
            store._check_tables(_TABLES)
        except sqlite3.Error as exc:
            raise database_error(exc, where) from None
        except OSError as exc:
            raise ExamgenError(f"cannot open: {exc.strerror or exc}", source=where) from None
        return store

    def _check_tables(self, expected: set[str]) -> None:
        have = {
            row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        missing = sorted(expected - have)
        if missing:
            raise ExamgenError(
                f"the fact database is damaged (table {', '.join(missing)} missing); {_START_OVER}",
                source=self.path,
            )

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> FactStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            # SQLite has already rolled back after some errors (disk full): a second
            # rollback would fail and hide the real cause.
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _migrate(self) -> None:
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"
        )
        applied = {row[0] for row in self._db.execute("SELECT version FROM schema_migrations")}
        newest = max(applied, default=0)
        if newest > SCHEMA_VERSION:
            raise ExamgenError(
                f"the fact database has schema version {newest}, newer than this examgen "
                f"understands ({SCHEMA_VERSION}); upgrade examgen or use another --db",
                source=self.path,
                exit_code=2,
            )
        for migration in MIGRATIONS:
            if migration.version in applied:
                continue
            with self._transaction() as db:
                for statement in migration.sql.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, int(time.time())),
                )

    @property
    def revision(self) -> int:
        """Raised by every change to the facts (see the module docstring)."""
        return self._db.execute("SELECT n FROM revision").fetchone()[0]

    def title(self) -> str:
        """The notes' title: the top heading of the first active fact that has one (the rule
        of :attr:`ParseResult.title`, so ``build`` and ``deck`` name the deck alike)."""
        row = self._db.execute(
            "SELECT section FROM facts WHERE retired_at IS NULL AND section != '[]'"
            " ORDER BY position LIMIT 1"
        ).fetchone()
        section = json.loads(row[0]) if row else []
        return section[0] if section else ""

    def image_refs(self) -> tuple[tuple[str, str], ...]:
        """``(source file, image reference)`` of every fact a deck holds that has images."""
        rows = self._db.execute(
            "SELECT source, images FROM facts WHERE images != '[]' AND forgotten_at IS NULL"
            " ORDER BY source, id"
        ).fetchall()
        return tuple((source, ref) for source, images in rows for ref in json.loads(images))

    @property
    def schema_version(self) -> int:
        row = self._db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return row[0] or 0

    # ------------------------------------------------------------------ sync
    def sync(self, result: ParseResult, *, now: int | None = None) -> SyncReport:
        """Make the store mirror ``result``: add, update, retire and revive facts.

        The store holds the facts of the whole workspace, so a fact missing from ``result``
        is retired. Nothing is written when nothing changed.
        """
        now = int(time.time()) if now is None else now
        existing = {row["id"]: row for row in self._rows("SELECT * FROM facts")}
        clozes = self._cloze_table()
        new, changed, unchanged, revived, moved = [], [], [], [], []
        writes: list[tuple[str, tuple]] = []
        seen: set[str] = set()
        for position, fact in enumerate(result.facts):
            if fact.id in seen:
                # The parser resolves clashes; a duplicate here would be a parser bug, and
                # silently overwriting one fact with another would lose it.
                raise ExamgenError(
                    f"two facts share the id {fact.id!r}", source=fact.source, line=fact.line
                )
            seen.add(fact.id)
            digest = content_hash(fact)
            old = existing.get(fact.id)
            if old is None:
                new.append(fact.id)
                writes.extend(_insert_fact(fact, position, digest, now))
                writes.extend(self._cloze_writes(fact, clozes, previous=()))
                continue
            was_retired = old["retired_at"] is not None
            content_changed = old["content_hash"] != digest
            if content_changed or fact.id not in clozes:
                previous = self._members(fact.id).get(fact.id, ()) if content_changed else None
                writes.extend(self._cloze_writes(fact, clozes, previous=previous))
            location_changed = (old["source"], old["line"], old["position"]) != (
                fact.source,
                fact.line,
                position,
            )
            if not (was_retired or content_changed or location_changed):
                unchanged.append(fact.id)
                continue
            changed_at = _after(old["changed_at"], now) if content_changed else old["changed_at"]
            modified_at = (
                _after(old["modified_at"], now)
                if (content_changed or was_retired)
                else old["modified_at"]
            )
            if old["kind"] != fact.kind:
                writes.extend(_former_kind_writes(old, fact, now))
            if was_retired:
                revived.append(fact.id)
            elif content_changed:
                changed.append(fact.id)
            else:
                moved.append(fact.id)
                unchanged.append(fact.id)
            writes.extend(
                _update_fact(
                    fact, position, digest, changed_at, modified_at, rewrite_members=content_changed
                )
            )
        retired = []
        for fact_id, old in existing.items():
            if fact_id not in seen and old["retired_at"] is None:
                retired.append(fact_id)
                writes.append(
                    (
                        "UPDATE facts SET retired_at = ?, modified_at = ? WHERE id = ?",
                        (now, _after(old["modified_at"], now), fact_id),
                    )
                )
        if writes:
            writes.append(("UPDATE revision SET n = n + 1", ()))
        writes.extend(self._source_writes(result))
        if writes:
            with self._transaction() as db:
                for sql, params in writes:
                    db.execute(sql, params)
        return SyncReport(
            new=tuple(new),
            changed=tuple(changed),
            unchanged=tuple(unchanged),
            retired=tuple(retired),
            revived=tuple(revived),
            moved=tuple(moved),
        )

    def _source_writes(self, result: ParseResult) -> list[tuple[str, tuple]]:
        known = self.source_hashes()
        writes: list[tuple[str, tuple]] = []
        current = {source.path: source.content_hash for source in result.sources}
        for path, digest in current.items():
            if known.get(path) != digest:
                writes.append(
                    (
                        "INSERT INTO sources (path, content_hash) VALUES (?, ?) "
                        "ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, "
                        "facts = NULL",
                        (path, digest),
                    )
                )
        for path in known.keys() - current.keys():
            writes.append(("DELETE FROM sources WHERE path = ?", (path,)))
        return writes

    # ------------------------------------------------------------------ reading
    def facts(
        self, *, include_retired: bool = True, known: Sequence[Fact] = ()
    ) -> tuple[StoredFact, ...]:
        """The facts a deck holds: active ones in document order, then retired ones and
        former kinds, oldest retirement first. Forgotten ones are left out.

        ``known`` are the facts the last :meth:`sync` was given: the active rows hold
        exactly them, so only their history is read (rebuilding ten thousand facts from
        their rows was a tenth of an edit's build). The result is the same either way."""
        clozes = self._cloze_table()
        facts = self._known_facts(known, clozes) if known else None
        if facts is None:
            rows = self._rows(
                "SELECT * FROM facts WHERE forgotten_at IS NULL "
                "ORDER BY retired_at IS NOT NULL, retired_at, position, id"
            )
            members = self._members()
            facts = [_stored(row, members.get(row["id"], ()), clozes) for row in rows]
        if not include_retired:
            return tuple(s for s in facts if not s.retired)
        former = self._rows(
            "SELECT * FROM former_kinds WHERE forgotten_at IS NULL ORDER BY retired_at, fact_id"
        )
        facts.extend(_former(row, clozes) for row in former)
        active = [s for s in facts if not s.retired]
        gone = sorted((s for s in facts if s.retired), key=lambda s: s.retired_at or 0)
        return (*active, *gone)

    def _known_facts(
        self, known: Sequence[Fact], clozes: dict[str, dict[str, int]]
    ) -> list[StoredFact] | None:
        """Active facts from ``known`` with their history, then the retired ones from their
        rows; None when an active row is not among ``known`` (the store moved on since)."""
        by_id = {fact.id: fact for fact in known}
        active = self._db.execute(
            "SELECT id, kind, first_seen, changed_at, modified_at FROM facts"
            " WHERE forgotten_at IS NULL AND retired_at IS NULL ORDER BY position, id"
        ).fetchall()
        facts: list[StoredFact] = []
        for fact_id, kind, first_seen, changed_at, modified_at in active:
            fact = by_id.get(fact_id)
            if fact is None or fact.kind != kind:
                return None
            facts.append(
                StoredFact(
                    fact=fact,
                    first_seen=first_seen,
                    changed_at=changed_at,
                    modified_at=modified_at,
                    retired_at=None,
                    cloze_numbers=_cloze_numbers(fact, clozes),
                )
            )
        gone = self._rows(
            "SELECT * FROM facts WHERE forgotten_at IS NULL AND retired_at IS NOT NULL "
            "ORDER BY retired_at, position, id"
        )
        if gone:
            members = self._members(retired=True)
            facts.extend(_stored(row, members.get(row["id"], ()), clozes) for row in gone)
        return facts

    def retired(self) -> tuple[StoredFact, ...]:
        """Retired facts and former kinds not yet forgotten, most recently retired first."""
        gone = [s for s in self.facts() if s.retired]
        return tuple(sorted(gone, key=lambda s: (-(s.retired_at or 0), s.fact.id, s.fact.kind)))

    def forget(self, ids: Sequence[str] = (), *, now: int | None = None) -> tuple[str, ...]:
        """Say the notes of retired facts (all, or those with these ids) were deleted in Anki:
        decks leave them out from now on. Returns the ids forgotten. An id that is not
        retired is an error: an active fact cannot be forgotten."""
        now = int(time.time()) if now is None else now
        retired = {s.fact.id for s in self.retired()}
        wanted = set(ids) if ids else retired
        unknown = sorted(wanted - retired)
        if unknown:
            raise ExamgenError(
                f"not a retired fact (or forgotten already): {', '.join(unknown)}; "
                "`examgen retired` lists them"
            )
        chosen = tuple(sorted(wanted))
        if not chosen:
            return chosen
        with self._transaction() as db:
            db.execute("UPDATE revision SET n = n + 1")
            for fact_id in chosen:
                db.execute(
                    "UPDATE facts SET forgotten_at = ? WHERE id = ? AND retired_at IS NOT NULL",
                    (now, fact_id),
                )
                db.execute(
                    "UPDATE former_kinds SET forgotten_at = ? WHERE fact_id = ?", (now, fact_id)
                )
        return chosen

    def get(self, fact_id: str) -> StoredFact | None:
        """One fact by id, retired or not."""
        rows = self._rows("SELECT * FROM facts WHERE id = ?", (fact_id,))
        if not rows:
            return None
        members = self._members(fact_id)
        return _stored(rows[0], members.get(fact_id, ()), self._cloze_table(fact_id))

    def stats(self) -> tuple[StatRow, ...]:
        """Active facts per chapter and kind, chapters in document order."""
        counts: dict[tuple[str, str], int] = {}
        order: dict[str, int] = {}
        for stored in self.facts(include_retired=False):
            fact = stored.fact
            order.setdefault(fact.chapter, len(order))
            counts[(fact.chapter, fact.kind)] = counts.get((fact.chapter, fact.kind), 0) + 1
        return tuple(
            StatRow(chapter, kind, count)
            for (chapter, kind), count in sorted(
                counts.items(), key=lambda kv: (order[kv[0][0]], kv[0][1])
            )
        )

    def source_hashes(self) -> dict[str, str]:
        """``{path: content hash}`` of the notes files of the last sync."""
        return {row["path"]: row["content_hash"] for row in self._rows("SELECT * FROM sources")}

    # ------------------------------------------------------------------ parse cache
    def cached_parse(self, path: str, content_hash: str, reader: str) -> str | None:
        """The cached parse (JSON text) of a notes file, if its bytes and reader are the same."""
        rows = self._rows(
            "SELECT facts FROM sources WHERE path = ? AND content_hash = ? AND reader = ?",
            (path, content_hash, reader),
        )
        return rows[0]["facts"] if rows else None

    def cache_parses(self, entries: Sequence[tuple[str, str, str, str]]) -> None:
        """Remember parses of notes files: ``(path, content hash, reader, JSON payload)``."""
        with self._transaction() as db:
            db.executemany(
                "INSERT INTO sources (path, content_hash, reader, facts) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, "
                "reader = excluded.reader, facts = excluded.facts",
                entries,
            )

    # ------------------------------------------------------------------ outputs
    def output(self, name: str) -> OutputRecord | None:
        """What the last build recorded under ``name``."""
        rows = self._rows("SELECT * FROM outputs WHERE name = ?", (name,))
        if not rows:
            return None
        row = rows[0]
        return OutputRecord(
            row["name"], row["fingerprint"], json.loads(row["data"]), row["written_at"]
        )

    def record_output(
        self, name: str, fingerprint: str, data: dict | None = None, *, now: int | None = None
    ) -> None:
        """Remember that ``name`` was written from inputs with ``fingerprint``."""
        now = int(time.time()) if now is None else now
        payload = json.dumps(data or {}, ensure_ascii=False, sort_keys=True)
        with self._transaction() as db:
            db.execute(
                "INSERT INTO outputs (name, fingerprint, data, written_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET fingerprint = excluded.fingerprint, "
                "data = excluded.data, written_at = excluded.written_at",
                (name, fingerprint, payload, now),
            )

    # ------------------------------------------------------------------ cloze numbers
    def _cloze_table(self, fact_id: str | None = None) -> dict[str, dict[str, int]]:
        """fact id -> {member key: cloze number}: every number any fact (or this one) gave."""
        sql, params = "SELECT fact_id, key, number FROM cloze_numbers", ()
        if fact_id is not None:
            sql, params = sql + " WHERE fact_id = ?", (fact_id,)
        table: dict[str, dict[str, int]] = {}
        for fid, key, number in self._db.execute(sql, params):
            table.setdefault(fid, {})[key] = number
        return table

    def _cloze_writes(
        self, fact: Fact, clozes: dict, *, previous: Sequence[Item] | None
    ) -> list[tuple[str, tuple]]:
        """Number the members of a list or sequence that have none yet. ``previous``: its
        members before this sync (``None``: unchanged, so the same as now)."""
        if fact.kind not in ("list", "sequence") or not fact.items:
            return []
        added = renumber(
            clozes.get(fact.id, {}), fact.items if previous is None else previous, fact.items
        )
        return [
            (
                "INSERT INTO cloze_numbers (fact_id, key, number) VALUES (?, ?, ?) "
                "ON CONFLICT(fact_id, key) DO UPDATE SET number = excluded.number",
                (fact.id, key, number),
            )
            for key, number in added.items()
        ]

    # ------------------------------------------------------------------ helpers
    def _rows(self, sql: str, params: Sequence = ()) -> list[dict]:
        cursor = self._db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [_Row(names, values) for values in cursor.fetchall()]

    def _members(
        self, fact_id: str | None = None, *, retired: bool = False
    ) -> dict[str, tuple[Item, ...]]:
        """Members by fact: of one fact, of the retired facts, or of all."""
        sql = "SELECT fact_id, text, gloss FROM members"
        params: tuple = ()
        if fact_id is not None:
            sql += " WHERE fact_id = ?"
            params = (fact_id,)
        elif retired:
            sql += (
                " WHERE fact_id IN (SELECT id FROM facts"
                " WHERE retired_at IS NOT NULL AND forgotten_at IS NULL)"
            )
        grouped: dict[str, list[Item]] = {}
        for fid, text, gloss in self._db.execute(sql + " ORDER BY fact_id, position", params):
            grouped.setdefault(fid, []).append(Item(text, gloss))
        return {fid: tuple(items) for fid, items in grouped.items()}


class _Row(dict):
    """A row as a mapping from column name to value."""

    def __init__(self, names: list[str], values: Iterable) -> None:
        super().__init__(zip(names, values, strict=True))


def _after(previous: int, now: int) -> int:
    """A time after ``previous``: Anki needs a strictly newer mtime to take an update,
    even when two builds fall in the same second."""
    return max(now, previous + 1)


def _member_rows(fact: Fact) -> list[tuple[str, tuple]]:
    return [
        (
            "INSERT INTO members (fact_id, position, text, gloss) VALUES (?, ?, ?, ?)",
            (fact.id, index, item.text, item.gloss),
        )
        for index, item in enumerate(fact.items)
    ]


def _content_columns(fact: Fact) -> tuple:
    """The values of the columns a parse sets, in the order the statements below name them."""
    return (
        fact.kind,
        fact.subject,
        fact.text,
        _json(fact.section),
        fact.source,
        fact.line,
        fact.lang,
        _json(fact.images),
        _json(fact.columns),
        _json([list(row) for row in fact.rows]),
        _json(fact.tags),
    )


def _insert_fact(fact: Fact, position: int, digest: str, now: int) -> list[tuple[str, tuple]]:
    row = (
        "INSERT INTO facts (kind, subject, text, section, source, line, lang, images,"
        " table_columns, table_rows, tags,"
        " position, content_hash, first_seen, changed_at, modified_at, retired_at, id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
        (*_content_columns(fact), position, digest, now, now, now, fact.id),
    )
    return [row, *_member_rows(fact)]


def _update_fact(
    fact: Fact,
    position: int,
    digest: str,
    changed_at: int,
    modified_at: int,
    *,
    rewrite_members: bool,
) -> list[tuple[str, tuple]]:
    writes = [
        (
            "UPDATE facts SET kind = ?, subject = ?, text = ?, section = ?, source = ?, line = ?,"
            " lang = ?, images = ?, table_columns = ?, table_rows = ?, tags = ?,"
            " position = ?, content_hash = ?, changed_at = ?,"
            " modified_at = ?, retired_at = NULL, forgotten_at = NULL WHERE id = ?",
            (*_content_columns(fact), position, digest, changed_at, modified_at, fact.id),
        )
    ]
    if rewrite_members:
        writes.append(("DELETE FROM members WHERE fact_id = ?", (fact.id,)))
        writes.extend(_member_rows(fact))
    return writes


def _former_kind_writes(old: dict, fact: Fact, now: int) -> list[tuple[str, tuple]]:
    """A fact changed kind: keep what it was as a retired fact of the old kind (its notes in
    Anki are of that kind), and drop the record of the new kind if it was one before.

    Runs before the fact's own update in the same transaction, so the members it copies
    are still the old ones.
    """
    payload = json.dumps(
        {
            "subject": old["subject"],
            "text": old["text"],
            "section": json.loads(old["section"]),
            "source": old["source"],
            "line": old["line"],
            "lang": old["lang"],
        },
        ensure_ascii=False,
    )
    return [
        (
            "INSERT INTO former_kinds (fact_id, kind, fact, retired_at, modified_at)"
            " SELECT ?, ?, json_set(?, '$.items', json((SELECT json_group_array("
            "json_array(text, gloss)) FROM (SELECT text, gloss FROM members"
            " WHERE fact_id = ? ORDER BY position)))), ?, ?"
            " ON CONFLICT(fact_id, kind) DO UPDATE SET fact = excluded.fact,"
            " retired_at = excluded.retired_at, modified_at = excluded.modified_at,"
            " forgotten_at = NULL",
            (fact.id, old["kind"], payload, fact.id, now, _after(old["modified_at"], now)),
        ),
        ("DELETE FROM former_kinds WHERE fact_id = ? AND kind = ?", (fact.id, fact.kind)),
    ]


def _former(row: dict, clozes: dict[str, dict[str, int]]) -> StoredFact:
    """A former kind of a fact, as the retired fact a deck shows."""
    data = json.loads(row["fact"])
    fact = Fact(
        id=row["fact_id"],
        kind=row["kind"],
        subject=data["subject"],
        text=data["text"],
        items=tuple(Item(text, gloss) for text, gloss in data.get("items") or []),
        section=tuple(data["section"]),
        source=data["source"],
        line=data["line"],
        lang=data["lang"],
    )
    return StoredFact(
        fact=fact,
        first_seen=row["retired_at"],
        changed_at=row["retired_at"],
        modified_at=row["modified_at"],
        retired_at=row["retired_at"],
        cloze_numbers=_cloze_numbers(fact, clozes),
    )


def _cloze_numbers(fact: Fact, clozes: dict[str, dict[str, int]]) -> tuple[int, ...]:
    known = clozes.get(fact.id)
    return numbers_of(known, fact.items) if known and fact.items else ()


def _json(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


@functools.lru_cache(maxsize=4096)
def _json_tuple(text: str) -> tuple[str, ...]:
    """A JSON array column as a tuple; cached, since a section is shared by many facts."""
    return tuple(json.loads(text))


def _stored(row: dict, items: tuple[Item, ...], clozes: dict[str, dict[str, int]]) -> StoredFact:
    fact = Fact(
        id=row["id"],
        kind=row["kind"],
        subject=row["subject"],
        text=row["text"],
        items=items,
        section=_json_tuple(row["section"]),
        source=row["source"],
        line=row["line"],
        lang=row["lang"],
        images=_json_tuple(row["images"]),
        columns=_json_tuple(row["table_columns"]),
        rows=tuple(tuple(cells) for cells in json.loads(row["table_rows"])),
        tags=_json_tuple(row["tags"]),
    )
    return StoredFact(
        fact=fact,
        first_seen=row["first_seen"],
        changed_at=row["changed_at"],
        modified_at=row["modified_at"],
        retired_at=row["retired_at"],
        cloze_numbers=_cloze_numbers(fact, clozes),
    )
