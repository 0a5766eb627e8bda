"""Anki packages (``.apkg``): notes, cards, decks and note types written in one pass.

An ``.apkg`` is a zip of ``collection.anki2`` (an SQLite database in Anki's legacy
"schema 11" layout, the one every Anki since 2.1 imports), a ``media`` JSON index and
the media files named ``0``, ``1``, ... This module writes the collection tables itself
(``sqlite3`` and ``zipfile`` from the standard library) instead of going through genanki:

* genanki's ``Deck.write_to_db`` reads and rewrites the collection's whole ``decks`` and
  ``models`` JSON once per deck, so a package costs time quadratic in its subdecks
  (62 s for 2,500 chapters). Here each table is written once, with ``executemany``.
* genanki takes note and card ids from the clock and the zip entries' dates from the
  current time: two builds of the same notes never gave the same bytes. Here every id is
  a function of the notes (see :func:`_note_ids`), so the package is too, which is what
  lets an edit update the last build's collection instead of writing a new one.

**Incremental writing.** :func:`write_package` keeps a working copy of the collection
(``work``, e.g. in the build folder) and beside it the list of what it holds: per note id,
a digest of the note's rows and its card ids. Each call places every note (ids, digest:
cheap, in memory), deletes the rows of notes whose digest changed or that went, and
inserts those of changed and new notes only; then ``VACUUM INTO`` gives a fresh, compact
copy of the working copy for the zip. ``VACUUM INTO`` copies tables in row-id order and
builds indexes afterwards, so its output depends on the rows only, not on the history of
the working copy: an updated collection has the same bytes as one written from nothing (a
test checks it). A working copy that is missing, damaged, or does not match its list is
written from nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, NamedTuple

from examgen.apkg_layout import (
    _CONF,
    _DECK_OPTIONS,
    _DEFAULT_DECK_ID,
    _FIXED_SECONDS,
    _INDEXES,
    _SCHEMA,
    _SCHEMA_VERSION,
    _deck_json,
    _model_json,
)

# A note's digest is marshalled in the format that writes equal values as equal bytes (from
# 3 on, a string shared or interned is written as a reference, so an unchanged note could
# be taken for a changed one); it is also the cheaper one: no table of objects written.
from examgen.digests import MARSHAL_FORMAT

#: Bumped whenever the rows written for the same notes change, or the digests of the list
#: kept beside the working copy do: a working copy of another layout is written afresh
#: instead of patched. Kept in that list.
LAYOUT = 2

#: A fixed date for zip entries (:data:`_FIXED_SECONDS`, 2026-01-01): never the build time.
_ZIP_DATE = (2026, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class NoteType:
    """A note type (Anki "model") as the collection stores it.

    ``templates`` are ``(name, question, answer)``; ``mtime`` is the note type's
    modification time (Anki takes an incoming note type only when it is newer).
    """

    id: int
    name: str
    cloze: bool
    fields: tuple[str, ...]
    templates: tuple[tuple[str, str, str], ...]
    css: str
    mtime: int


class PackageNote(NamedTuple):
    """One note and its cards: ``cards`` of them, with template/cloze ordinals ``ordinals``
    (a cloze note's deletion numbers less one, gaps and all), or 0..cards-1 when empty.

    A NamedTuple: there are tens of thousands per package. ``created`` (Unix seconds) is
    when the note's content first appeared; it sets the note and card ids, which Anki
    shows as the "added" date. ``due`` is the new cards' position in the deck.
    """

    guid: str
    note_type: int
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    deck: str
    mtime: int
    cards: int
    due: int
    created: int
    ordinals: tuple[int, ...] = ()


@dataclass(frozen=True)
class WriteStats:
    """What :func:`write_package` did: patched the working copy (``incremental``) or wrote
    it from nothing; how many notes (with their cards) it wrote and deleted."""

    incremental: bool
    notes_written: int
    notes_deleted: int


# --------------------------------------------------------------------------- ids
def _note_ids(notes: Sequence[PackageNote]) -> tuple[list[int], list[int]]:
    """Note ids (milliseconds, as Anki makes them) from the notes' ``created`` times, and
    the notes' positions in id order.

    Notes are taken by (created, guid); each gets ``created`` in milliseconds, or one more
    than the note before when that is taken. A pure function of the notes, so a rebuild
    gives the same ids; a new note (created now) lands after all others and moves none.
    A note that goes moves the ids of those after it in the same run of milliseconds (the
    facts first seen in one build): their rows are rewritten, the bytes stay right.
    """
    keys = [(note.created, note.guid) for note in notes]
    order = sorted(range(len(notes)), key=keys.__getitem__)
    ids = [0] * len(notes)
    last = 0
    for i in order:
        last = max(keys[i][0] * 1000, last + 1)
        ids[i] = last
    return ids, order  # ids rise along ``order``: it is the id order too


class _Placed(NamedTuple):
    """A note with its ids: what its rows are made from, and their digest."""

    note: PackageNote
    note_id: int
    first_card: int  # its cards are first_card, first_card + 1, ...
    deck_id: int
    digest: bytes


def _place(
    notes: Sequence[PackageNote], deck_ids: Mapping[str, int], *, digests: bool = True
) -> dict[int, _Placed]:
    """Every note by note id (in id order), with its card ids and, when ``digests``, the
    digest of all its rows (only a working copy kept between builds needs it)."""
    note_ids, order = _note_ids(notes)
    placed: dict[int, _Placed] = {}
    last = 0
    dumps, blake2b = marshal.dumps, hashlib.blake2b
    # Card ids follow the same rule, in note-id order, so they too stay put across builds.
    for i in order:
        note, note_id = notes[i], note_ids[i]
        first = max(note_id, last + 1)
        last = first + note.cards - 1
        did = deck_ids[note.deck]
        digest = (
            blake2b(dumps((*note, note_id, first, did), MARSHAL_FORMAT), digest_size=16).digest()
            if digests
            else b""
        )
        placed[note_id] = _Placed(note, note_id, first, did, digest)
    return placed


def _note_row(p: _Placed) -> tuple:
    note = p.note
    tags = f" {' '.join(note.tags)} " if note.tags else ""
    fields = "\x1f".join(note.fields)
    return (p.note_id, note.guid, note.note_type, note.mtime, -1, tags, fields,
            note.fields[0], 0, 0, "")  # fmt: skip


def _card_rows(p: _Placed) -> list[tuple]:
    note = p.note
    # id, nid, did, ord, mod, usn, then new-card scheduling: due = position, the rest 0.
    head = (p.note_id, p.deck_id)
    tail = (note.mtime, -1, 0, 0, note.due, 0, 0, 0, 0, 0, 0, 0, 0, "")
    ordinals = note.ordinals or range(note.cards)
    return [(p.first_card + i, *head, ord_, *tail) for i, ord_ in enumerate(ordinals)]


# --------------------------------------------------------------------------- writing
def write_package(
    notes: Sequence[PackageNote],
    *,
    note_types: Sequence[NoteType],
    deck_id: Callable[[str], int],
    media: Mapping[str, Path],
    output: Path,
    work: Path | None = None,
) -> WriteStats:
    """Write ``notes`` as an Anki package at ``output`` (a path the caller makes atomic).

    ``deck_id`` gives each deck name its id; decks are listed in the order their first
    note comes. ``media`` maps a name in the package to a file. ``work`` is the working
    copy of the collection to keep between calls (see the module doc); without it the
    collection is built in a temporary file next to ``output``.
    """
    decks = {name: deck_id(name) for name in dict.fromkeys(note.deck for note in notes)}
    if len(set(decks.values())) < len(decks):
        raise ValueError("two deck names were given the same deck id")
    placed = _place(notes, decks, digests=work is not None)
    first_deck = next(iter(decks.values()), _DEFAULT_DECK_ID)
    deck_json = {str(_DEFAULT_DECK_ID): _deck_json(_DEFAULT_DECK_ID, "Default")}
    deck_json.update({str(did): _deck_json(did, name) for name, did in decks.items()})
    models = {str(t.id): _model_json(t, first_deck) for t in note_types}
    conf = {**_CONF, "curModel": str(note_types[0].id) if note_types else None}
    col_row = (
        1,
        _FIXED_SECONDS,
        _FIXED_SECONDS * 1000,
        _FIXED_SECONDS * 1000,
        _SCHEMA_VERSION,
        0,
        0,
        0,
        json.dumps(conf, sort_keys=True),
        json.dumps(models, ensure_ascii=False, sort_keys=True),
        json.dumps(deck_json, ensure_ascii=False),
        json.dumps(_DECK_OPTIONS, sort_keys=True),
        "{}",
    )

    scratch = output.with_name(f".{output.name}.collection.tmp")
    keep = work if work is not None else output.with_name(f".{output.name}.work.tmp")
    try:
        stats = _update_working_copy(keep, col_row, placed, remember=work is not None)
        scratch.unlink(missing_ok=True)
        conn = sqlite3.connect(keep)
        try:
            # A fresh, compact copy whose bytes depend on the rows only (module doc).
            conn.execute("vacuum into ?", (str(scratch),))
        finally:
            conn.close()
        _zip(output, scratch, media)
    finally:
        scratch.unlink(missing_ok=True)
        if work is None:
            keep.unlink(missing_ok=True)
    return stats


def _new_working_copy(path: Path) -> sqlite3.Connection:
    path.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    _tune(conn)
    conn.executescript(_SCHEMA)
    return conn


def _tune(conn: sqlite3.Connection) -> None:
    # A working copy is a cache: a crash leaves the rollback journal to undo a half write,
    # but there is no need to wait for the disk on every commit.
    conn.execute("pragma synchronous = off")
    conn.execute("pragma cache_size = -65536")


def _update_working_copy(
    path: Path, col_row: tuple, placed: dict[int, _Placed], *, remember: bool
) -> WriteStats:
    """Bring the working copy to ``placed``: patched when its list of notes is known and
    matches it, else written from nothing."""
    col_digest = hashlib.blake2b(marshal.dumps(col_row), digest_size=16).digest()
    known = _load_known(path)
    # Gone before the copy changes: a build that dies half way leaves no stale list behind.
    _known_file(path).unlink(missing_ok=True)
    written = deleted = 0
    if known is not None:
        conn = sqlite3.connect(path)
        try:
            _tune(conn)
            with conn:
                if known[0] != col_digest:
                    conn.execute("delete from col")
                    conn.execute(f"insert into col values ({','.join('?' * 13)})", col_row)
                written, deleted = _patch(conn, known[1], placed)
        except sqlite3.Error:
            known = None  # damaged: written from nothing below
        finally:
            conn.close()
    if known is None:
        conn = _new_working_copy(path)
        try:
            with conn:
                conn.execute(f"insert into col values ({','.join('?' * 13)})", col_row)
                _insert(conn, placed.values())
            # After the rows: one sort per index instead of a b-tree insert per row.
            conn.executescript(_INDEXES)
        finally:
            conn.close()
        written = len(placed)
    if remember:
        _save_known(path, col_digest, placed)
    return WriteStats(known is not None, written, deleted)


def _patch(
    conn: sqlite3.Connection,
    known: Mapping[int, tuple[bytes, int, int]],
    placed: dict[int, _Placed],
) -> tuple[int, int]:
    """Delete the rows of notes that changed or went, insert those of changed or new ones."""
    stale = [
        (note_id, first, cards)
        for note_id, (digest, first, cards) in known.items()
        if (now := placed.get(note_id)) is None or now.digest != digest
    ]
    fresh = [
        p for note_id, p in placed.items() if (k := known.get(note_id)) is None or k[0] != p.digest
    ]
    conn.executemany("delete from notes where id = ?", [(note_id,) for note_id, _, _ in stale])
    conn.executemany(
        "delete from cards where id = ?",
        [(card,) for _, first, cards in stale for card in range(first, first + cards)],
    )
    _insert(conn, fresh)
    return len(fresh), len(stale)


def _insert(conn: sqlite3.Connection, placed: Iterable[_Placed]) -> None:
    placed = list(placed)
    conn.executemany(f"insert into notes values ({','.join('?' * 11)})", map(_note_row, placed))
    conn.executemany(
        f"insert into cards values ({','.join('?' * 18)})",
        (row for p in placed for row in _card_rows(p)),
    )


# Beside the working copy, a small marshal file lists what it holds: the digest of its
# col row and, per note id, the digest of the note's rows and its card ids. It names the
# copy's size and modification time when saved: with any other copy (another build, a
# crash half way) the list is not trusted and the copy is written from nothing.
def _known_file(path: Path) -> Path:
    return path.with_name(path.name + ".notes")


def _load_known(path: Path) -> tuple[bytes, dict[int, tuple[bytes, int, int]]] | None:
    try:
        layout, size, mtime, col, notes = marshal.loads(_known_file(path).read_bytes())
        stat = path.stat()
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if (layout, size, mtime) != (LAYOUT, stat.st_size, stat.st_mtime_ns):
        return None
    return col, notes


def _save_known(path: Path, col_digest: bytes, placed: dict[int, _Placed]) -> None:
    stat = path.stat()
    notes = {i: (p.digest, p.first_card, p.note.cards) for i, p in placed.items()}
    data = marshal.dumps((LAYOUT, stat.st_size, stat.st_mtime_ns, col_digest, notes))
    with contextlib.suppress(OSError):  # only a speed-up: without it the copy is rewritten
        _known_file(path).write_bytes(data)


def _zip(output: Path, collection: Path, media: Mapping[str, Path]) -> None:
    """The package: the collection, the media index, the media; fixed dates, fixed order."""
    names = sorted(media)
    with zipfile.ZipFile(output, "w", zipfile.ZIP_STORED) as package:
        _add(package, "collection.anki2", collection)
        index = {str(i): name for i, name in enumerate(names)}
        with _entry(package, "media") as out:
            out.write(json.dumps(index, ensure_ascii=False).encode("utf-8"))
        for i, name in enumerate(names):
            _add(package, str(i), media[name])


def _entry(package: zipfile.ZipFile, name: str) -> IO[bytes]:
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.external_attr = 0o644 << 16
    return package.open(info, "w")


def _add(package: zipfile.ZipFile, name: str, source: Path) -> None:
    """A file into the package, streamed (a collection can be tens of MB)."""
    with source.open("rb") as data, _entry(package, name) as out:
        shutil.copyfileobj(data, out, 1 << 20)
