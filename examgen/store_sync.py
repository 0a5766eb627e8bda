"""Syncing the fact database with the notes: :class:`StoreSync`, the half of
:class:`examgen.store.FactStore` that makes the store mirror a parse (add, update, retire and
revive facts, record source hashes) and numbers list members for clozes once, for good.

A mixin: it uses the store's connection (``_db``), ``_transaction``, ``_rows``, ``_members``
and ``source_hashes``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from examgen.clozes import renumber
from examgen.errors import ExamgenError
from examgen.model import Fact, Item, ParseResult, SyncReport
from examgen.store_rows import (
    _after,
    _former_kind_writes,
    _insert_fact,
    _stored,
    _update_fact,
    content_hash,
)


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
