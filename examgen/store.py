"""The fact database: SQLite, inspectable with ``sqlite3 build/facts.sqlite``.

The store mirrors the facts of one workspace's notes and remembers their history:

* ``first_seen``: when the fact first appeared;
* ``changed_at``: when its content (kind, subject, text, items, section, language, images)
  last changed — not when it merely moved to another line or file;
* ``retired_at``: when it disappeared from the notes (retired facts are kept, and revived
  when they come back);
* ``modified_at``: the last change a deck shows (content, retirement, revival); strictly
  increasing per fact, so it can serve as the Anki note modification time.

Re-running on unchanged notes writes nothing (the sync itself is in :mod:`examgen.store_sync`).
The schema lives in code, in ``examgen.store_migrations`` (with its tables): a
``schema_migrations`` table records which named steps of :data:`MIGRATIONS` have run, and
opening a store applies the missing ones in order.

Retired facts (and former kinds) stay in decks, tagged ``examgen::retired``, until the user
has deleted their notes in Anki and says so with ``examgen retired --forget``: a forgotten
fact leaves the decks (an import would otherwise bring a deleted note back), and is
remembered again if it comes back to the notes.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from examgen.errors import ExamgenError
from examgen.model import Fact, Item, StoredFact
from examgen.store_migrations import _TABLES, MIGRATIONS, SCHEMA_VERSION, Migration
from examgen.store_rows import (
    OutputRecord,
    StatRow,
    _cloze_numbers,
    _former,
    _Row,
    _stored,
    cloze_order,
    content_hash,
)
from examgen.store_sync import StoreSync

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "FactStore",
    "Migration",
    "OutputRecord",
    "StatRow",
    "content_hash",
    "database_error",
]


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


class FactStore(StoreSync):
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

    # ------------------------------------------------------------------ reading
    def facts(
        self, *, include_retired: bool = True, known: Sequence[Fact] = ()
    ) -> tuple[StoredFact, ...]:
        """The facts a deck holds: active ones in document order, then retired ones and
        former kinds, oldest retirement first. Forgotten ones are left out.

        ``known`` are the facts the last :meth:`sync` was given: the active rows hold
        exactly them, so only their history is read (rebuilding ten thousand facts from
        their rows was a tenth of an edit's build). The result is the same either way."""
        facts = self._known_facts(known) if known else None
        clozes = None
        if facts is None:
            clozes = self._cloze_table()
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
        if former and clozes is None:
            clozes = self._cloze_table_of([row["fact_id"] for row in former])
        facts.extend(_former(row, clozes or {}) for row in former)
        active = [s for s in facts if not s.retired]
        gone = sorted((s for s in facts if s.retired), key=lambda s: s.retired_at or 0)
        return (*active, *gone)

    def _known_facts(self, known: Sequence[Fact]) -> list[StoredFact] | None:
        """Active facts from ``known`` with their history and the cloze order their rows
        keep, then the retired ones from their rows; None when an active row is not among
        ``known`` (the store moved on since)."""
        by_id = {fact.id: fact for fact in known}
        active = self._db.execute(
            "SELECT id, kind, first_seen, changed_at, modified_at, cloze_order FROM facts"
            " WHERE forgotten_at IS NULL AND retired_at IS NULL ORDER BY position, id"
        ).fetchall()
        gone = self._rows(
            "SELECT * FROM facts WHERE forgotten_at IS NULL AND retired_at IS NOT NULL "
            "ORDER BY retired_at, position, id"
        )
        # Numbered from the cloze table: retired facts, and rows no sync has ordered yet.
        clozes = self._cloze_table_of(
            [*(row[0] for row in active if row[5] is None), *(row["id"] for row in gone)]
        )
        facts: list[StoredFact] = []
        # Most facts share a few orders ("1,2,3"): each is read once, into one shared tuple.
        orders: dict[str, tuple[int, ...]] = {}
        for fact_id, kind, first_seen, changed_at, modified_at, order in active:
            fact = by_id.get(fact_id)
            if fact is None or fact.kind != kind:
                return None
            if order is None:
                numbers = _cloze_numbers(fact, clozes)
            elif (numbers := orders.get(order)) is None:
                numbers = orders[order] = cloze_order(order)
            # Positional (fact, first_seen, changed_at, modified_at, retired_at, cloze
            # numbers): ten thousand per edit, and keywords cost a dataclass more.
            facts.append(StoredFact(fact, first_seen, changed_at, modified_at, None, numbers))
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
        # Not ``SELECT *``: the parse cache's payloads are the bulk of the table.
        return dict(self._db.execute("SELECT path, content_hash FROM sources").fetchall())

    # ------------------------------------------------------------------ parse cache
    def cached_parse(self, path: str, content_hash: str, reader: str) -> bytes | None:
        """The cached parse (bytes) of a notes file, if its bytes and reader are the same."""
        row = self._db.execute(
            "SELECT facts FROM sources WHERE path = ? AND content_hash = ? AND reader = ?",
            (path, content_hash, reader),
        ).fetchone()
        # The column is TEXT, which keeps a BLOB as it is given: a payload that is not bytes
        # is JSON text from an examgen before the parse cache was marshal, never reused.
        return row[0] if row and isinstance(row[0], bytes) else None

    def cache_parses(self, entries: Sequence[tuple[str, str, str, bytes]]) -> None:
        """Remember parses of notes files: ``(path, content hash, reader, payload)``."""
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

    def renew_output(
        self,
        name: str,
        fingerprint: str,
        amend: Mapping[str, int | str | None] | None = None,
        *,
        now: int | None = None,
    ) -> None:
        """Remember that what is recorded under ``name``, with the top-level values of
        ``amend`` set in its data, holds for inputs with ``fingerprint``: the rest of the
        data is neither read nor written again."""
        now = int(time.time()) if now is None else now
        data, values = "data", []
        for key, value in (amend or {}).items():
            data = f"json_set({data}, ?, ?)"
            values += [f'$."{key}"', value]
        with self._transaction() as db:
            db.execute(
                f"UPDATE outputs SET data = {data}, fingerprint = ?, written_at = ? WHERE name = ?",
                (*values, fingerprint, now, name),
            )

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
