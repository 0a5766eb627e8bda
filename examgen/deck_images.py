"""A fact's images -> ``<img>`` tags and the files the package carries.

``Fact.images`` are references relative to the folder of the fact's notes file;
``Fact.source`` is relative to the workspace, so the file is ``source_root / fact.source``.
Every image must lie inside the notes file's own folder or inside ``media_root`` (a
configured media folder), checked before it is opened, and be a regular file of at most
32 MB; anything else, a missing file or a URL is left out with a warning naming the fact's
``file:line``. Images go into the package under a content-hash name, so two pictures called
``1.png`` in different chapters never overwrite each other in Anki.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from examgen.errors import ExamgenError
from examgen.fsutil import MAX_IMAGE_BYTES, read_regular_file
from examgen.model import Diagnostic, Fact


@dataclass(frozen=True)
class _Images:
    html: str
    files: tuple[tuple[str, Path], ...]  # (name in the package, file)
    warnings: tuple[Diagnostic, ...]


_NO_IMAGES = _Images("", (), ())
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+:")


def image_path(ref: str, base: Path, media_root: Path | None) -> Path | None:
    """Where an image reference of a notes file in ``base`` points, or None when it may not
    be read: outside ``base`` and outside ``media_root``. Checked on the resolved path (every
    symlink followed), before anything is opened."""
    ref = ref.strip()
    path = (base / ref).resolve()
    if not path.exists() and (base / unquote(ref)).resolve().exists():
        path = (base / unquote(ref)).resolve()
    roots = [base.resolve()] + ([media_root.resolve()] if media_root is not None else [])
    return path if any(path.is_relative_to(root) for root in roots) else None


def resolve_images(fact: Fact, source_root: Path, media_root: Path | None) -> _Images:
    """Fact images -> ``<img>`` tags, package files and warnings (see the module doc)."""
    if not fact.images:  # most facts: one shared value, not a new one per fact
        return _NO_IMAGES
    base = (source_root / fact.source).parent
    tags: list[str] = []
    files: list[tuple[str, Path]] = []
    warnings: list[Diagnostic] = []

    def warn(message: str) -> None:
        warnings.append(Diagnostic("warning", fact.source, fact.line, message))

    for ref in fact.images:
        ref = ref.strip()
        if _URL.match(ref):
            warn(f"image {ref!r} is not a local file; left out of the deck")
            continue
        path = image_path(ref, base, media_root)
        if path is None:
            folders = f"{base}" + (f" or {media_root}" if media_root is not None else "")
            warn(f"image {ref!r} is outside {folders}; refused")
            continue
        if not path.exists():
            warn(f"image {ref!r} not found ({path})")
            continue
        try:
            data = read_regular_file(path, limit=MAX_IMAGE_BYTES, display=ref)
        except ExamgenError as error:
            warn(f"image {error.message}; left out of the deck")
            continue
        name = hashlib.sha256(data).hexdigest()[:20] + path.suffix.lower()
        files.append((name, path))
        tags.append(f'<img src="{html.escape(name)}">')
    return _Images("".join(tags), tuple(files), tuple(warnings))
