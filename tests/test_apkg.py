"""The package writer: one pass, the same bytes for the same notes, and an incremental update
of the last build's collection that gives the bytes of a package written from nothing.

(Importing into the real Anki is covered by the deck tests, which all go through this writer.)
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
import zlib
from pathlib import Path

from examgen.apkg import NoteType, PackageNote, write_package
from examgen.build import build_all, deck_work_copy, make_deck
from examgen.config import load_config

BASIC = NoteType(
    id=11,
    name="t Basic",
    cloze=False,
    fields=("Front", "Back"),
    templates=(("Card", "{{Front}}", "{{Back}}"),),
    css=".card {}",
    mtime=1_700_000_000,
)
CLOZE = NoteType(
    id=12,
    name="t Cloze",
    cloze=True,
    fields=("Text", "Extra"),
    templates=(("Cloze", "{{cloze:Text}}", "{{cloze:Text}}{{Extra}}"),),
    css=".card {}",
    mtime=1_700_000_000,
)


def note(n: int, text: str = "", deck: str = "T::A", created: int = 1_750_000_000) -> PackageNote:
    return PackageNote(
        guid=f"g{n}",
        note_type=BASIC.id,
        fields=(f"front {n}", text or f"back {n}"),
        tags=("t::x",),
        deck=deck,
        mtime=created,
        cards=1,
        due=n,
        created=created,
    )


def write(tmp_path: Path, notes: list[PackageNote], name: str, work: Path | None = None):
    out = tmp_path / name
    stats = write_package(
        notes,
        note_types=(BASIC, CLOZE),
        deck_id=lambda deck: 1000 + zlib.crc32(deck.encode()),
        media={},
        output=out,
        work=work,
    )
    return out.read_bytes(), stats


def collection(package: bytes, tmp_path: Path) -> sqlite3.Connection:
    (tmp_path / "p.apkg").write_bytes(package)
    with zipfile.ZipFile(tmp_path / "p.apkg") as z:
        (tmp_path / "c.anki2").write_bytes(z.read("collection.anki2"))
    return sqlite3.connect(tmp_path / "c.anki2")


def test_the_same_notes_give_the_same_bytes(tmp_path):
    notes = [note(n) for n in range(20)]
    first, _ = write(tmp_path, notes, "a.apkg")
    second, _ = write(tmp_path, notes, "b.apkg")
    assert first == second


def test_an_updated_collection_has_the_bytes_of_one_written_from_nothing(tmp_path):
    work = tmp_path / "cache" / "work.anki2"
    before = [note(n) for n in range(50)]
    write(tmp_path, before, "old.apkg", work=work)
    after = [note(n) for n in range(50) if n != 7]  # one gone
    after[3] = note(3, text="reworded")  # one changed
    after.append(note(99, created=1_760_000_000))  # one new
    updated, stats = write(tmp_path, after, "updated.apkg", work=work)
    fresh, _ = write(tmp_path, after, "fresh.apkg")
    assert updated == fresh
    assert stats.incremental


def test_an_edited_note_rewrites_only_its_own_rows(tmp_path):
    work = tmp_path / "work.anki2"
    notes = [note(n) for n in range(50)]
    write(tmp_path, notes, "old.apkg", work=work)
    notes[20] = notes[20]._replace(fields=("front 20", "reworded"), mtime=1_760_000_000)
    _, stats = write(tmp_path, notes, "new.apkg", work=work)
    assert stats.incremental and (stats.notes_written, stats.notes_deleted) == (1, 1)


def test_a_working_copy_whose_note_list_is_stale_is_written_from_nothing(tmp_path):
    work = tmp_path / "work.anki2"
    listing = tmp_path / "work.anki2.notes"
    write(tmp_path, [note(n) for n in range(10)], "a.apkg", work=work)
    old_listing = listing.read_bytes()
    changed = [note(n, text="again") for n in range(10)]
    write(tmp_path, changed, "b.apkg", work=work)
    listing.write_bytes(old_listing)  # as if a build died between the copy and its list
    later = [note(n, text="once more") for n in range(10)]
    patched, stats = write(tmp_path, later, "c.apkg", work=work)
    fresh, _ = write(tmp_path, later, "d.apkg")
    assert not stats.incremental and patched == fresh


def test_a_damaged_working_copy_is_started_afresh(tmp_path):
    work = tmp_path / "work.anki2"
    work.write_bytes(b"not a database at all" * 100)
    notes = [note(n) for n in range(5)]
    damaged, stats = write(tmp_path, notes, "a.apkg", work=work)
    fresh, _ = write(tmp_path, notes, "b.apkg")
    assert damaged == fresh and not stats.incremental


def test_every_deck_and_note_type_is_written_once_with_ids_from_creation_times(tmp_path):
    notes = [note(n, deck=f"T::chapter {n % 40}") for n in range(200)]
    package, _ = write(tmp_path, notes, "a.apkg")
    conn = collection(package, tmp_path)
    decks = json.loads(conn.execute("select decks from col").fetchone()[0])
    models = json.loads(conn.execute("select models from col").fetchone()[0])
    assert sorted(d["name"] for d in decks.values()) == sorted(
        ["Default", *{f"T::chapter {n % 40}" for n in range(200)}]
    )
    assert set(models) == {"11", "12"}
    ids = [i for (i,) in conn.execute("select id from notes order by id")]
    # Notes created in the same second take consecutive milliseconds from that second on.
    assert ids == list(range(1_750_000_000_000, 1_750_000_000_200))
    conn.close()


def test_an_incremental_build_gives_the_bytes_of_a_full_build(workspace):
    config = load_config(workspace)
    build_all(config)
    notes = workspace / "sources" / "paas-review.md"
    text = notes.read_text(encoding="utf-8")
    edited = text.replace("更快的启动速度", "更快的启动速度（秒级）", 1)
    assert edited != text
    notes.write_text(edited, encoding="utf-8")
    report = build_all(config)
    assert report.deck.report is not None and report.deck.report.changed >= 1
    package = report.deck.report.output
    incremental = package.read_bytes()

    shutil.rmtree(deck_work_copy(config, package).parent)
    full = make_deck(config)  # from nothing: no working copy left
    assert full.report is not None and full.report.output == package
    assert package.read_bytes() == incremental


def test_note_guids_are_the_ones_genanki_gives_the_same_parts():
    # Decks already imported know their notes by these GUIDs: the way they are worked out
    # may change, their values never.
    import genanki

    from examgen.deck import note_guid

    parts = [
        ("yun-ji-suan", "definition"),
        ("ming-ming-kong-jian", "list-cloze"),
        ("long", "list#3"),
        ("云计算-优势", "table:弹性"),
        ("", ""),
        ("a__b", "c d\x1f"),
    ]
    for fact_id, kind in parts:
        assert note_guid(fact_id, kind) == genanki.guid_for("examgen", fact_id, kind)


def test_a_note_equal_to_the_last_builds_is_not_rewritten_however_its_strings_were_made(
    tmp_path,
):
    work = tmp_path / "work.anki2"
    text = "".join(["the same ", "back"])
    # One string object in both fields, then two equal strings: the same note either way.
    shared = note(1)._replace(fields=(text, text))
    write(tmp_path, [shared, note(2)], "a.apkg", work=work)
    separate = note(1)._replace(fields=(text, "".join(["the same", " back"])))
    assert separate == shared
    patched, stats = write(tmp_path, [separate, note(2)], "b.apkg", work=work)
    assert stats.incremental and (stats.notes_written, stats.notes_deleted) == (0, 0)
    assert patched == write(tmp_path, [separate, note(2)], "c.apkg")[0]
