"""The fingerprints of a build: what must change for an output to be written again."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from examgen.config import Config

NOTES_OUTPUT = "notes"
DECK_OUTPUT = "deck"
EXAM_OUTPUT = "exams"
#: What the last exam draw read (see examgen.questions.keep), kept apart from EXAM_OUTPUT
#: so that a build with nothing to do does not load it.
EXAM_READS = "exam-reads"
#: Templates only the deck uses (every other template may be used by the exams).
DECK_TEMPLATES = ("card.css",)


def _template_digest(config: Config, names: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """Hashes of the templates in effect (built-in, overridden by the workspace's)."""
    from examgen.templating import template_files

    files = template_files(config.template_dirs)
    return sorted(
        (name, hashlib.sha256(path.read_bytes()).hexdigest())
        for name, path in files.items()
        if names is None or name in names
    )


def _fingerprint(*parts: object) -> str:
    payload = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=repr)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _exam_template_names(config: Config) -> list[str]:
    """The templates an exam may use: all but the deck's CSS and READMEs."""
    from examgen.templating import template_files

    return [
        name
        for name in template_files(config.template_dirs)
        if name not in DECK_TEMPLATES and not name.lower().endswith(".md")
    ]
