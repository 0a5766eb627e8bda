"""The schema of the fact database: its migrations, in code, applied in order.

Tables (all text is UTF-8; times are Unix seconds):

``sources(path, content_hash, reader, facts, sync_stamp, sync_position)``
    each notes file read, with the hash of its bytes and its facts as JSON (a parse cache:
    an unchanged file need not be parsed again); ``sync_stamp`` is a hash of how the last
    sync read the file (bytes, reader and parser) and of its facts' ids, and
    ``sync_position`` the position of its first fact: a sync that finds both the same
    knows the file's rows hold its facts without reading or hashing them (NULL: unknown).
``facts(id, kind, subject, text, section, source, line, lang, images, table_columns,
table_rows, tags, label, parent, open, container, position,
content_hash, first_seen, changed_at, modified_at, retired_at)``
    one row per fact ever seen; ``section``, ``images``, ``table_columns``, ``table_rows``
    (an array of arrays) and ``tags`` are JSON arrays; ``label`` and ``parent`` (the list
    item the fact hangs under) are NULL when the fact has none; ``open`` is 1 when the
    notes give a list's members as examples, else 0; ``container`` the kind of callout
    the fact was read from ('' outside one); ``position`` is
    the document order of the last parse; ``cloze_order`` is the cloze number of each of
    the fact's members in order (``1,3,2``; empty for none; NULL until a sync writes it).
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
"""

from __future__ import annotations

from dataclasses import dataclass


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
    Migration(
        8,
        "add_fact_label",
        # Nullable: facts stored before it have no label, which is what they had.
        "ALTER TABLE facts ADD COLUMN label TEXT;",
    ),
    Migration(
        9,
        "add_source_sync_stamps",
        # Nullable: a file without a stamp has its facts compared one by one, as before.
        """
        ALTER TABLE sources ADD COLUMN sync_stamp TEXT;
        ALTER TABLE sources ADD COLUMN sync_position INTEGER;
        """,
    ),
    Migration(
        10,
        "add_fact_cloze_order",
        # Nullable: read from the cloze numbers until a sync writes it. The stamps are
        # forgotten so that the next sync compares (and so fills in) every fact.
        """
        ALTER TABLE facts ADD COLUMN cloze_order TEXT;
        UPDATE sources SET sync_stamp = NULL, sync_position = NULL;
        """,
    ),
    Migration(
        11,
        "add_fact_parent",
        # Nullable: facts stored before it have no parent item; the next sync of a changed
        # parse (the parser's digest is part of every sync stamp) fills it in.
        "ALTER TABLE facts ADD COLUMN parent TEXT;",
    ),
    Migration(
        12,
        "add_fact_open",
        # 0 for facts stored before it (closed, as they were read); the next sync of a
        # changed parse (the parser's digest is in every sync stamp) sets it.
        "ALTER TABLE facts ADD COLUMN open INTEGER NOT NULL DEFAULT 0;",
    ),
    Migration(
        13,
        "add_fact_container",
        # '' for facts stored before it (as if read outside any callout); the next sync of
        # a changed parse (the parser's digest is in every sync stamp) sets it.
        "ALTER TABLE facts ADD COLUMN container TEXT NOT NULL DEFAULT '';",
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
