"""The notes parser: notes files in, facts out.

    bytes --decode--> text --reader--> Document (node tree) --extract--> drafts --ids--> facts

``readers`` decodes files and reads the plain-text outline of a page copied from a browser,
``markdown`` reads Markdown via markdown-it-py, ``tree`` is the node tree they share,
``sections`` and ``facts`` say what each shape of note means, ``identity`` how ids are made.
Both readers give the same facts, with the same ids, for the sample notes.

Only :class:`~examgen.errors.ExamgenError` escapes from here (exit code 2 for a file that
cannot be read), never a traceback.
"""

from __future__ import annotations

import errno
import hashlib
import marshal
import os
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from examgen.collector import collector_paused
from examgen.digests import MARSHAL_FORMAT
from examgen.errors import ExamgenError
from examgen.fsutil import MAX_NOTES_BYTES, read_regular_file
from examgen.model import Diagnostic, Item, ParseResult, SourceFile
from examgen.notes.containers import mark_containers
from examgen.notes.draft import Draft, Place, new_draft
from examgen.notes.facts import extract
from examgen.notes.identity import assign_ids
from examgen.notes.readers import (
    READERS,
    decode_bytes,
    read_markdown,
    read_outline,
    read_source,
)
from examgen.notes.shapes import release_converters
from examgen.notes.tree import Document

# Every word list is built by now: OpenCC's dictionaries (~30 MB) need not stay for the build.
release_converters()

__all__ = [
    "NOTES_SUFFIXES",
    "ParseCache",
    "notes_fingerprint",
    "parse_paths",
    "parse_text",
    "read_source",
]

#: What a folder is searched for, and which reader each suffix gets.
NOTES_SUFFIXES = MappingProxyType({".md": "markdown", ".markdown": "markdown", ".txt": "text"})


def parse_text(text: str, *, source: str = "<string>", reader: str = "markdown") -> ParseResult:
    """Facts of one text, read as ``markdown`` or ``text`` (a plain-text outline)."""
    _check_reader(reader)
    drafts, diagnostics = _extract(_read(text, source, reader))
    facts, warnings = assign_ids(drafts)
    return ParseResult(facts=tuple(facts), diagnostics=(*diagnostics, *warnings))


class ParseCache(Protocol):
    """Somewhere to keep each file's parse, so an unchanged file need not be parsed again.

    Entries are keyed by the file's display path, the hash of its bytes and a reader key
    (the reader and a hash of this parser's code, so a new parser never reuses old
    results). Payloads are opaque bytes. The fact store implements this.
    """

    def cached_parse(self, path: str, content_hash: str, reader: str) -> bytes | None: ...

    def cache_parses(self, entries: Sequence[tuple[str, str, str, bytes]]) -> None: ...


def parse_paths(
    paths: Sequence[str | Path],
    *,
    reader: str | None = None,
    root: Path | None = None,
    cache: ParseCache | None = None,
) -> ParseResult:
    """Facts of notes files and folders, in document order, files in sorted order.

    Folders are searched recursively for ``*.md``, ``*.markdown`` and ``*.txt`` (hidden files
    and folders are left out). ``reader`` forces one reader for all files; otherwise the suffix
    decides (``.md``/``.markdown``: Markdown, anything else: plain text). ``Fact.source`` is
    the file's POSIX path relative to ``root`` when it is inside it, else the path as given.
    Ids are given out over all files together, so a subject used in two files is noticed.
    With a ``cache``, a file whose bytes were parsed before is not parsed again; only the
    ids are given out anew (they depend on all files).
    """
    if reader:
        _check_reader(reader)
    with collector_paused():
        return _parse_files(_collect(paths, root), reader, cache)


def _parse_files(
    files: Sequence[tuple[str, Path]], reader: str | None, cache: ParseCache | None
) -> ParseResult:
    """Drafts of every file (parsed, or from the cache), then ids over all of them."""
    drafts: list[Draft] = []
    diagnostics: list[Diagnostic] = []
    sources: list[SourceFile] = []
    fresh: list[tuple[str, str, str, bytes]] = []
    for display, path in files:
        data = _read_bytes(path, display)
        digest = hashlib.sha256(data).hexdigest()
        chosen = reader or NOTES_SUFFIXES.get(path.suffix.lower(), "text")
        cache_key = f"{chosen}@{_parser_digest()}"
        payload = cache.cached_parse(display, digest, cache_key) if cache else None
        if payload is not None:
            file_drafts, file_diagnostics = _from_cache(payload)
        else:
            text = decode_bytes(data, display)
            file_drafts, file_diagnostics = _extract(_read(text, display, chosen))
            if cache is not None:
                fresh.append((display, digest, cache_key, _to_cache(file_drafts, file_diagnostics)))
        drafts.extend(file_drafts)
        diagnostics.extend(file_diagnostics)
        sources.append(SourceFile(display, digest, cache_key))
    if cache is not None and fresh:
        cache.cache_parses(fresh)
    facts, warnings = assign_ids(drafts)
    return ParseResult(
        facts=tuple(facts),
        diagnostics=(*diagnostics, *warnings),
        sources=tuple(sources),
        parsed=len(fresh) if cache is not None else len(files),
    )


def notes_fingerprint(
    paths: Sequence[str | Path], *, reader: str | None = None, root: Path | None = None
) -> str:
    """A hash of everything the facts of these notes depend on: which files there are, their
    bytes, the reader each gets and this parser's code. Equal fingerprints, equal facts, so
    a build can tell "nothing changed" without parsing anything."""
    if reader:
        _check_reader(reader)
    digest = hashlib.sha256(_parser_digest().encode())
    for display, path in _collect(paths, root):
        chosen = reader or NOTES_SUFFIXES.get(path.suffix.lower(), "text")
        digest.update(f"\0{display}\0{chosen}\0".encode())
        digest.update(hashlib.sha256(_read_bytes(path, display)).digest())
    return digest.hexdigest()


@cache
def _parser_digest() -> str:
    """A hash of the parser's own code: cached parses from another version are not reused."""
    digest = hashlib.sha256()
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.read_bytes())
    return digest.hexdigest()[:16]


def _extract(document: Document) -> tuple[list[Draft], list[Diagnostic]]:
    """The drafts of one document, each with the container it was read from."""
    drafts, diagnostics = extract(document)
    return mark_containers(drafts, document.containers), diagnostics


def _to_cache(drafts: Sequence[Draft], diagnostics: Sequence[Diagnostic]) -> bytes:
    """One file's parse as a cache payload: marshal, read back in C (JSON text took a
    tenth of an edit's parse, most of it the 90 files read back of 91).

    Each draft is its fields as plain values, with its place as an index into the file's
    few places (drafts under one heading share one) and its items as pairs."""
    places: dict[tuple, int] = {}
    rows = []
    for d in drafts:
        place = (d.place.source, tuple(d.place.section), tuple(d.place.section_key))
        rows.append(
            (
                *(d.kind, d.subject, d.key, places.setdefault(place, len(places)), d.line),
                *(d.text, tuple((item.text, item.gloss) for item in d.items), tuple(d.images)),
                *(d.pin, tuple(d.columns), tuple(tuple(row) for row in d.rows), tuple(d.tags)),
                *(d.label, d.parent, d.open, d.container),
            )
        )
    notes = tuple((d.severity, d.source, d.line, d.message) for d in diagnostics)
    # The digests' format (equal values, equal bytes): the same parse, the same payload.
    return marshal.dumps((tuple(places), tuple(rows), notes), MARSHAL_FORMAT)


def _from_cache(payload: bytes) -> tuple[list[Draft], list[Diagnostic]]:
    """The drafts and diagnostics of :func:`_to_cache`'s payload, equal to the parse's."""
    places, rows, notes = marshal.loads(payload)
    shared = [Place(*place) for place in places]
    drafts = [
        new_draft(
            Draft,
            (
                *row[:3],
                shared[row[3]],
                row[4],
                row[5],
                tuple([Item(text, gloss) for text, gloss in row[6]]) if row[6] else (),
                *row[7:],
            ),
        )
        for row in rows
    ]
    return drafts, [Diagnostic(*entry) for entry in notes]


def _check_reader(reader: str) -> None:
    if reader not in READERS:
        raise ExamgenError(
            f"unknown reader '{reader}' (choose {' or '.join(READERS)})", exit_code=2
        )


def _read(text: str, source: str, reader: str) -> Document:
    if reader == "markdown":
        return read_markdown(text, source)
    return read_outline(text, source)


def _read_bytes(path: Path, display: str) -> bytes:
    # A FIFO, a device or a symlink to /dev/zero is refused, not waited on or read forever.
    return read_regular_file(path, limit=MAX_NOTES_BYTES, display=display)


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        # realpath, not Path.resolve: it does not raise on a symlink loop (reported later).
        real = Path(os.path.realpath(path))
        if real.is_relative_to(root_real := Path(os.path.realpath(root))):
            return real.relative_to(root_real).as_posix()
    return path.as_posix()  # outside the workspace: keep the path as given


def printable_path(path: str | Path) -> str:
    """A path as text that can be printed and stored: bytes of a file name that are not
    UTF-8 are shown as ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def _collect(paths: Sequence[str | Path], root: Path | None) -> list[tuple[str, Path]]:
    """(display path, path) of every notes file, sorted by display path, without repeats.

    Nothing is skipped silently (a skipped file would retire its facts): a folder that
    cannot be read, a symlink loop, or a file name that is not UTF-8 is an error. Symlinks
    found in a folder are followed when they point inside the workspace or a given folder,
    and refused with an error otherwise (nothing outside the workspace is read unless the
    user names it); each folder is read once, so a loop of folders ends.
    """
    allowed = [Path(os.path.realpath(root))] if root is not None else []
    allowed += [Path(os.path.realpath(p)) for p in paths if Path(p).is_dir()]
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for candidate in _walk(path, allowed, root):
                found.setdefault(_display(candidate, root), candidate)
        elif path.exists() or path.is_symlink():
            found.setdefault(_display(path, root), path)
        else:
            raise ExamgenError("no such file or folder", source=printable_path(given), exit_code=2)
    for display in found:
        _check_name(display)
    return sorted(found.items())


def _walk(top: Path, allowed: Sequence[Path], root: Path | None) -> Iterator[Path]:
    """The notes files under ``top`` (see :func:`_collect`); hidden names are left out."""
    visited: set[str] = set()
    pending = [top]
    while pending:
        folder = pending.pop()
        real = os.path.realpath(folder)
        if real in visited:
            continue  # reached again through a symlink: read once
        visited.add(real)
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda e: e.name)
        except OSError as error:
            raise ExamgenError(
                f"cannot read this folder: {error.strerror or error}",
                source=printable_path(_display(folder, root)),
                exit_code=2,
            ) from None
        for entry in entries:
            path = Path(entry.path)
            notes = path.suffix.lower() in NOTES_SUFFIXES
            if entry.name.startswith("."):
                continue
            is_dir = _is_dir(entry, path, root)
            if not (is_dir or notes):
                continue
            if entry.is_symlink():
                _check_link(path, allowed, root)
            if is_dir:
                pending.append(path)
            else:
                yield path


def _is_dir(entry: os.DirEntry, path: Path, root: Path | None) -> bool:
    try:
        return entry.is_dir()
    except OSError as error:
        loop = error.errno == errno.ELOOP
        raise ExamgenError(
            "a symlink loop; fix or remove it" if loop else f"cannot read: {error.strerror}",
            source=printable_path(_display(path, root)),
            exit_code=2,
        ) from None


def _check_link(path: Path, allowed: Sequence[Path], root: Path | None) -> None:
    """A symlink found in a notes folder: it must resolve, and stay inside the workspace."""
    where = printable_path(path if root is None else _display(path, root))
    try:
        os.stat(path)
    except OSError as error:
        reason = "a symlink loop" if error.errno == errno.ELOOP else "a broken symlink"
        raise ExamgenError(f"{reason}; fix or remove it", source=where, exit_code=2) from None
    target = Path(os.path.realpath(path))
    if not any(target.is_relative_to(folder) for folder in allowed):
        raise ExamgenError(
            f"a symlink to {printable_path(target)}, outside the workspace; refused (name "
            "that folder in `sources` in examgen.toml to read it)",
            source=where,
            exit_code=2,
        )


def _check_name(display: str) -> None:
    """A file name that is not UTF-8 cannot be stored or printed as it is: say which."""
    try:
        display.encode("utf-8")
    except UnicodeEncodeError:
        raise ExamgenError(
            "the file name is not valid UTF-8; rename the file",
            source=printable_path(display),
            exit_code=2,
        ) from None
