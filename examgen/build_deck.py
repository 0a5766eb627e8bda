"""The deck step of a build: the Anki package written from the store when its inputs changed."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from examgen import __version__
from examgen.build_fingerprint import (
    DECK_OUTPUT,
    DECK_TEMPLATES,
    _fingerprint,
    _template_digest,
)
from examgen.config import Config
from examgen.errors import ExamgenError
from examgen.fsutil import MAX_IMAGE_BYTES, read_regular_file
from examgen.model import StoredFact, SyncReport
from examgen.store import FactStore

if TYPE_CHECKING:  # imported lazily at run time: genanki and WeasyPrint are slow to import
    from examgen.deck import DeckReport


@dataclass(frozen=True)
class DeckOutcome:
    """``examgen deck``: what the store sync and the deck build did."""

    sync: SyncReport
    report: DeckReport | None  # None when skipped
    skipped: bool = False


#: The longest file name (UTF-8 bytes) made from a title: file systems allow 255, and the
#: temporary file of an atomic write adds about 20 to it.
MAX_FILE_NAME_BYTES = 160


def safe_file_name(name: str) -> str:
    """A file name from a title: keeps CJK, drops path separators and control characters,
    and shortens a long title (at a character boundary) so the name fits any file system."""
    cleaned = re.sub(r"[\\/:*?\"<>|\x00-\x1f\x7f]+", "-", name).strip(" .-")
    encoded = cleaned.encode("utf-8", "surrogatepass")
    if len(encoded) > MAX_FILE_NAME_BYTES:
        cleaned = encoded[:MAX_FILE_NAME_BYTES].decode("utf-8", "ignore").rstrip(" .-")
    return cleaned or "examgen"


def _deck_name(config: Config, title: str) -> str:
    return config.deck.name or title or "examgen"


def deck_output(config: Config, title: str) -> Path:
    """Where the deck goes: ``[deck] output``, else ``<build>/<deck name>.apkg``."""
    if config.deck.output:
        return config.path(config.deck.output)
    return config.build_path / f"{safe_file_name(_deck_name(config, title))}.apkg"


def _write_deck(
    config: Config,
    store: FactStore,
    title: str,
    sync: SyncReport,
    *,
    output: Path | None,
    force: bool,
    stored: Callable[[], tuple[StoredFact, ...]] | None = None,
) -> DeckOutcome:
    """Write the deck from the store, unless (without ``force``) its inputs are the last
    build's: the store's revision stands for every fact, so nothing is read to tell.
    ``stored`` reads the store's facts (shared with the exams in one build)."""
    from examgen.deck import build_deck

    target = output or deck_output(config, title)
    fingerprint = _fingerprint(
        "deck",
        __version__,
        repr(config.deck),
        str(target),
        _template_digest(config, DECK_TEMPLATES),
        store.revision,
        _media_digest(config, store.image_refs()),
    )
    previous = store.output(DECK_OUTPUT)
    if not force and previous and previous.fingerprint == fingerprint and target.exists():
        return DeckOutcome(sync, None, skipped=True)
    report = build_deck(
        (stored or store.facts)(),
        config=config.deck,
        title=title,
        output=target,
        media_root=_media_root(config),
        source_root=config.root,
        template_dirs=config.template_dirs,
        previous=(previous.data.get("manifest") if previous else None),
        work=deck_work_copy(config, target),
    )
    store.record_output(DECK_OUTPUT, fingerprint, {"manifest": dict(report.manifest)})
    return DeckOutcome(sync, report)


def deck_work_copy(config: Config, target: Path) -> Path:
    """Where the deck's collection is kept between builds, so an edit rewrites only the
    notes it changed (a hidden folder of the build folder; deleting it costs one full write)."""
    return config.build_path / ".cache" / f"{target.name}.anki2"


def _media_root(config: Config) -> Path | None:
    """The configured media folder (``[deck] media``), where any notes file's images may
    also live; without one, each image must lie in the folder of the notes file naming it."""
    return config.path(config.deck.media) if config.deck.media else None


def _media_digest(config: Config, refs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Image bytes feed the deck, so they belong to its fingerprint. Only images the deck
    may hold are read (confined, regular files, capped), the deck's own rule; the others
    count as missing and the deck build says why."""
    from examgen.deck import image_path

    media = _media_root(config)
    digests = []
    for source, ref in refs:
        path = image_path(ref, (config.root / source).parent, media)
        try:
            data = read_regular_file(path, limit=MAX_IMAGE_BYTES) if path else None
        except ExamgenError:
            data = None
        digests.append((ref, hashlib.sha256(data).hexdigest() if data is not None else "missing"))
    return sorted(digests)
