"""The rows of the fact database: facts as SQL writes, and stored rows as facts again."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from examgen.clozes import numbers_of
from examgen.model import Fact, Item, StoredFact


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
            *([fact.label] if fact.label else []),
            *([{"parent": fact.parent}] if fact.parent else []),
            *([{"open": True}] if fact.open else []),
            *([{"container": fact.container}] if fact.container else []),
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


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
        fact.label,
        fact.parent,
        int(fact.open),
        fact.container,
    )


def _insert_fact(fact: Fact, position: int, digest: str, now: int) -> list[tuple[str, tuple]]:
    row = (
        "INSERT INTO facts (kind, subject, text, section, source, line, lang, images,"
        " table_columns, table_rows, tags, label, parent, open, container,"
        " position, content_hash, first_seen, changed_at, modified_at, retired_at, id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
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
            " lang = ?, images = ?, table_columns = ?, table_rows = ?, tags = ?, label = ?,"
            " parent = ?, open = ?, container = ?, position = ?, content_hash = ?, changed_at = ?,"
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


def cloze_order_text(numbers: Sequence[int]) -> str:
    """A fact's cloze numbers as its ``cloze_order`` column holds them: ``1,3,2``."""
    return ",".join(map(str, numbers))


def cloze_order(text: str) -> tuple[int, ...]:
    """The cloze numbers a ``cloze_order`` column holds."""
    return tuple(map(int, text.split(","))) if text else ()


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
        label=row["label"],
        parent=row["parent"],
        open=bool(row["open"]),
        container=row["container"],
    )
    return StoredFact(
        fact=fact,
        first_seen=row["first_seen"],
        changed_at=row["changed_at"],
        modified_at=row["modified_at"],
        retired_at=row["retired_at"],
        cloze_numbers=_cloze_numbers(fact, clozes),
    )
