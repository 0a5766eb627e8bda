"""Syncing the fact database with the notes: :class:`StoreSync`, the half of
:class:`examgen.store.FactStore` that makes the store mirror a parse (add, update, retire and
revive facts, record source hashes) and numbers list members for clozes once, for good.

A sync costs what changed, not what the notes hold: each notes file gets a *stamp* (how it
was read and its facts' ids, :func:`_file_stamps`). A file whose stamp is the one the last
sync recorded gave the facts that sync wrote (the same bytes read the same way give the same
facts but for their ids, and the ids are the same): its rows are neither read nor its facts
hashed, only their positions moved when facts before them came or went. The facts of every
other file are compared with their rows one by one.

A mixin: it uses the store's connection (``_db``), ``_transaction``, ``_rows``, ``_members``
and ``source_hashes``.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Sequence

from examgen.clozes import renumber
from examgen.errors import ExamgenError
from examgen.model import Fact, Item, ParseResult, SyncReport
from examgen.store_rows import (
    _after,
    _cloze_numbers,
    _former_kind_writes,
    _insert_fact,
    _stored,
    _update_fact,
    cloze_order_text,
    content_hash,
)

#: Ids per ``IN (...)`` query: well under SQLite's oldest limit of 999 parameters.
_CHUNK = 500


def _file_stamps(result: ParseResult) -> dict[str, tuple[str, int]]:
    """``{path: (stamp, position of its first fact)}`` of the files whose facts a stamp can
    vouch for: read with a known parse key, their facts one run in document order."""
    runs: dict[str, tuple[int, list[str]]] = {}
    split: set[str] = set()
    last = None
    for position, fact in enumerate(result.facts):
        if fact.source != last:
            last = fact.source
            if last in runs:
                split.add(last)  # not one run: positions cannot be moved as a block
            else:
                runs[last] = (position, [])
        runs[last][1].append(fact.id)
    stamps = {}
    for source in result.sources:
        if not source.parse_key or source.path in split:
            continue
        first, ids = runs.get(source.path, (0, []))
        payload = json.dumps([source.parse_key, source.content_hash, ids], ensure_ascii=False)
        stamps[source.path] = (hashlib.sha256(payload.encode("utf-8")).hexdigest(), first)
    return stamps


class StoreSync:
    """Writing a parse into the store (mixed into :class:`examgen.store.FactStore`)."""

    # ------------------------------------------------------------------ sync
    def sync(
        self, result: ParseResult, *, now: int | None = None, before: dict[str, Fact] | None = None
    ) -> SyncReport:
        """Make the store mirror ``result``: add, update, retire and revive facts.

        The store holds the facts of the whole workspace, so a fact missing from ``result``
        is retired. Nothing is written when nothing changed. ``before``, when given, is
        filled with the stored version of each active fact whose content or place changed
        (what a kept exam paper is checked against).
        """
        now = int(time.time()) if now is None else now
        stamps = _file_stamps(result)
        recorded = self._sync_stamps()
        # path -> how far its facts moved since the last sync, for files it need not compare
        kept = {
            path: first - recorded[path][1]
            for path, (stamp, first) in stamps.items()
            if path in recorded and recorded[path][0] == stamp
        }
        compared = [fact.id for fact in result.facts if fact.source not in kept]
        existing = self._rows_by_id(compared)
        clozes = self._cloze_table_of(compared)
        new, changed, unchanged, revived, moved = [], [], [], [], []
        writes: list[tuple[str, tuple]] = []
        # Not changes to the facts (the revision stays): what their rows keep of the clozes.
        orders: list[tuple[str, tuple]] = []
        seen: set[str] = set()
        for position, fact in enumerate(result.facts):
            if fact.id in seen:
                # The parser resolves clashes; a duplicate here would be a parser bug, and
                # silently overwriting one fact with another would lose it.
                raise ExamgenError(
                    f"two facts share the id {fact.id!r}", source=fact.source, line=fact.line
                )
            seen.add(fact.id)
            shift = kept.get(fact.source)
            if shift is not None:
                # Its row holds this very fact (the stamp says so), at ``position - shift``.
                unchanged.append(fact.id)
                if shift:
                    moved.append(fact.id)
                    writes.append(
                        ("UPDATE facts SET position = ? WHERE id = ?", (position, fact.id))
                    )
                    if before is not None:
                        before[fact.id] = fact
                continue
            digest = content_hash(fact)
            old = existing.get(fact.id)
            if old is None:
                new.append(fact.id)
                writes.extend(_insert_fact(fact, position, digest, now))
                writes.extend(self._cloze_writes(fact, clozes, (), None, orders))
                continue
            was_retired = old["retired_at"] is not None
            content_changed = old["content_hash"] != digest
            previous = self._members(fact.id).get(fact.id, ()) if content_changed else None
            writes.extend(self._cloze_writes(fact, clozes, previous, old, orders))
            location_changed = (old["source"], old["line"], old["position"]) != (
                fact.source,
                fact.line,
                position,
            )
            if not (was_retired or content_changed or location_changed):
                unchanged.append(fact.id)
                continue
            if before is not None and not was_retired:
                items = self._members(fact.id).get(fact.id, ())
                before[fact.id] = _stored(old, items, clozes).fact
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
        active = self._db.execute(
            "SELECT id, modified_at FROM facts WHERE retired_at IS NULL ORDER BY rowid"
        )
        for fact_id, modified_at in active.fetchall():
            if fact_id not in seen:
                retired.append(fact_id)
                writes.append(
                    (
                        "UPDATE facts SET retired_at = ?, modified_at = ? WHERE id = ?",
                        (now, _after(modified_at, now), fact_id),
                    )
                )
        if writes:
            writes.append(("UPDATE revision SET n = n + 1", ()))
        writes.extend(orders)
        writes.extend(self._source_writes(result))
        writes.extend(
            ("UPDATE sources SET sync_stamp = ?, sync_position = ? WHERE path = ?", (*mark, path))
            for path, mark in stamps.items()
            if recorded.get(path) != mark
        )
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

    def _sync_stamps(self) -> dict[str, tuple[str, int]]:
        """``{path: (stamp, first position)}`` as the last sync recorded them."""
        rows = self._db.execute(
            "SELECT path, sync_stamp, sync_position FROM sources WHERE sync_stamp IS NOT NULL"
        )
        return {path: (stamp, first) for path, stamp, first in rows}

    def _rows_by_id(self, ids: Sequence[str]) -> dict[str, dict]:
        """The rows of these facts (retired or not) that the store has, by id."""
        found: dict[str, dict] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            for row in self._rows(f"SELECT * FROM facts WHERE id IN ({marks})", chunk):
                found[row["id"]] = row
        return found

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

    def _cloze_table_of(self, ids: Sequence[str]) -> dict[str, dict[str, int]]:
        """The part of :meth:`_cloze_table` that these facts gave."""
        table: dict[str, dict[str, int]] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT fact_id, key, number FROM cloze_numbers WHERE fact_id IN ({marks})"
            for fid, key, number in self._db.execute(sql, chunk):
                table.setdefault(fid, {})[key] = number
        return table

    def _cloze_writes(
        self,
        fact: Fact,
        clozes: dict,
        previous: Sequence[Item] | None,
        row: dict | None,
        orders: list[tuple[str, tuple]],
    ) -> list[tuple[str, tuple]]:
        """Number the members of a list or sequence that have none yet; add to ``orders``
        the fact's cloze order when it is not what its ``row`` (None: a new one) holds.
        ``previous``: its members before this sync (``None``: unchanged, so the same as now).
        """
        added: dict[str, int] = {}
        if (
            fact.kind in ("list", "sequence")
            and fact.items
            and (previous is not None or fact.id not in clozes)
        ):
            added = renumber(
                clozes.get(fact.id, {}), fact.items if previous is None else previous, fact.items
            )
        writes = [
            (
                "INSERT INTO cloze_numbers (fact_id, key, number) VALUES (?, ?, ?) "
                "ON CONFLICT(fact_id, key) DO UPDATE SET number = excluded.number",
                (fact.id, key, number),
            )
            for key, number in added.items()
        ]
        known = {**clozes.get(fact.id, {}), **added}
        text = cloze_order_text(_cloze_numbers(fact, {fact.id: known}))
        if row is None or row["cloze_order"] != text:
            orders.append(("UPDATE facts SET cloze_order = ? WHERE id = ?", (text, fact.id)))
        return writes


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
