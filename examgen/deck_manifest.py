"""A deck against the last build's manifest: which notes are new, changed or unchanged,
and modification times that never go back (``examgen.deck``'s last step before the
package; README "Editing your notes and re-importing into Anki")."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from examgen.deck import _PlannedNote


def _note_digest(note: _PlannedNote) -> str:
    """What Anki keeps of a note: its type, fields and tags (cards' decks are never moved).

    The last field, ``Source`` (``file:line``), is left out: lines shift whenever the notes
    above a fact are edited, and such a shift must not count as a change, or every rebuild
    would overwrite the user's own edits in Anki for all the notes below an edit.
    """
    payload = "\x1e".join((note.model, *note.fields[:-1], "\x1f".join(note.tags)))
    return hashlib.blake2b(payload.encode("utf-8"), digest_size=10).hexdigest()


def against_previous(
    notes: Sequence[_PlannedNote], previous: Mapping[str, Sequence] | None
) -> tuple[list[_PlannedNote], dict[str, tuple[int, str]], tuple[int, int, int]]:
    """Compare with the last build: counts, and modification times that never go back.

    A note's time is its fact's ``modified_at``. But a note can also change while its fact
    did not (a deck setting, examgen's wording): then it must still be newer than what the
    last build shipped, or Anki would keep the old note. And an unchanged note never gets
    an older time than it had.
    """
    if not previous:  # a first build: every note new, its time its fact's
        manifest = {note.guid: (note.mtime, _note_digest(note)) for note in notes}
        return list(notes), manifest, (len(notes), 0, 0)
    out: list[_PlannedNote] = []
    manifest: dict[str, tuple[int, str]] = {}
    new = changed = unchanged = 0
    for note in notes:
        digest = _note_digest(note)
        before = previous.get(note.guid) if previous else None
        mtime = note.mtime
        if before is None:
            new += 1
        else:
            old_mtime, old_digest = _manifest_entry(before)
            if old_digest is None:  # an entry without a digest: only its time is known
                old_digest = digest if mtime <= old_mtime else None
            if old_digest == digest:
                unchanged += 1
                mtime = max(mtime, old_mtime)
            else:
                changed += 1
                mtime = max(mtime, old_mtime + 1)
        if mtime != note.mtime:
            note = note._replace(mtime=mtime)
        out.append(note)
        manifest[note.guid] = (mtime, digest)
    return out, manifest, (new, changed, unchanged)


def _manifest_entry(entry: object) -> tuple[int, str | None]:
    """``(mtime, digest)`` of a previous manifest entry; older manifests held the time only."""
    if isinstance(entry, int):
        return entry, None
    if isinstance(entry, (list, tuple)) and len(entry) == 2:
        return int(entry[0]), str(entry[1])
    return 0, None
