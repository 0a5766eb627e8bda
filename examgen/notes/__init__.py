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

import contextlib
import gc
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from examgen.errors import ExamgenError
from examgen.model import Diagnostic, Item, ParseResult, SourceFile
from examgen.notes.draft import Draft, Place
from examgen.notes.facts import extract
from examgen.notes.identity import assign_ids
from examgen.notes.readers import (
    READERS,
    decode_bytes,
    read_markdown,
    read_outline,
    read_source,
)
from examgen.notes.tree import Document

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
    drafts, diagnostics = extract(_read(text, source, reader))
    facts, warnings = assign_ids(drafts)
    return ParseResult(facts=tuple(facts), diagnostics=(*diagnostics, *warnings))


class ParseCache(Protocol):
    """Somewhere to keep each file's parse, so an unchanged file need not be parsed again.

    Entries are keyed by the file's display path, the hash of its bytes and a reader key
    (the reader and a hash of this parser's code, so a new parser never reuses old
    results). Payloads are opaque JSON text. The fact store implements this.
    """

    def cached_parse(self, path: str, content_hash: str, reader: str) -> str | None: ...

    def cache_parses(self, entries: Sequence[tuple[str, str, str, str]]) -> None: ...


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
    with _collector_paused():
        return _parse_files(_collect(paths, root), reader, cache)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while parsing.

    Parsing makes tens of thousands of small containers and keeps them all; the collector's
    passes over them cost a sixth of a large parse and find nothing to free (trees and
    drafts hold no cycles). Whatever cycles arise meanwhile are collected once it resumes.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _parse_files(
    files: Sequence[tuple[str, Path]], reader: str | None, cache: ParseCache | None
) -> ParseResult:
    """Drafts of every file (parsed, or from the cache), then ids over all of them."""
    drafts: list[Draft] = []
    diagnostics: list[Diagnostic] = []
    sources: list[SourceFile] = []
    fresh: list[tuple[str, str, str, str]] = []
    for display, path in files:
        data = _read_bytes(path, display)
        digest = hashlib.sha256(data).hexdigest()
        chosen = reader or NOTES_SUFFIXES.get(path.suffix.lower(), "text")
        cache_key = f"{chosen}@{_parser_digest()}"
        payload = cache.cached_parse(display, digest, cache_key) if cache else None
        if payload is not None:
            file_drafts, file_diagnostics = _from_json(payload)
        else:
            text = decode_bytes(data, display)
            file_drafts, file_diagnostics = extract(_read(text, display, chosen))
            if cache is not None:
                fresh.append((display, digest, cache_key, _to_json(file_drafts, file_diagnostics)))
        drafts.extend(file_drafts)
        diagnostics.extend(file_diagnostics)
        sources.append(SourceFile(display, digest))
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


def _to_json(drafts: Sequence[Draft], diagnostics: Sequence[Diagnostic]) -> str:
    return json.dumps(
        {
            "drafts": [
                [
                    d.kind,
                    d.subject,
                    d.key,
                    d.place.source,
                    d.place.section,
                    d.place.section_key,
                    d.line,
                    d.text,
                    [[item.text, item.gloss] for item in d.items],
                    d.images,
                    d.pin,
                    d.columns,
                    d.rows,
                    d.tags,
                ]
                for d in drafts
            ],
            "diagnostics": [[d.severity, d.source, d.line, d.message] for d in diagnostics],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _from_json(payload: str) -> tuple[list[Draft], list[Diagnostic]]:
    data = json.loads(payload)
    drafts = [
        Draft(
            kind=kind,
            subject=subject,
            key=key,
            place=Place(source, tuple(section), tuple(section_key)),
            line=line,
            text=text,
            items=tuple(Item(t, g) for t, g in items),
            images=tuple(images),
            pin=pin,
            columns=tuple(columns),
            rows=tuple(tuple(row) for row in rows),
            tags=tuple(tags),
        )
        for (
            kind,
            subject,
            key,
            source,
            section,
            section_key,
            line,
            text,
            items,
            images,
            pin,
            columns,
            rows,
            tags,
        ) in data["drafts"]
    ]
    diagnostics = [Diagnostic(*entry) for entry in data["diagnostics"]]
    return drafts, diagnostics


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
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ExamgenError("no such file", source=display, exit_code=2) from None
    except OSError as error:
        raise ExamgenError(
            f"cannot read: {error.strerror or error}", source=display, exit_code=2
        ) from None


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass  # outside the workspace: keep the path as given
    return path.as_posix()


def _collect(paths: Sequence[str | Path], root: Path | None) -> list[tuple[str, Path]]:
    """(display path, path) of every notes file, sorted by display path, without repeats."""
    found: dict[str, Path] = {}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for folder, folders, names in os.walk(path):
                # Sorted in place so the walk itself is deterministic; hidden folders skipped.
                folders[:] = sorted(name for name in folders if not name.startswith("."))
                for name in names:
                    candidate = Path(folder, name)
                    if not name.startswith(".") and candidate.suffix.lower() in NOTES_SUFFIXES:
                        found.setdefault(_display(candidate, root), candidate)
        elif path.exists():
            found.setdefault(_display(path, root), path)
        else:
            raise ExamgenError("no such file or folder", source=str(given), exit_code=2)
    return sorted(found.items())
