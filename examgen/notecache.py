"""The notes each fact gave at the last deck build, kept so that an edit words anew only the
notes of the facts it changed.

Wording a fact's notes (:func:`examgen.cards.fact_notes`) is most of planning a deck, and
an edit changes a few facts of thousands. Each fact's notes are kept under a digest of
everything :func:`~examgen.cards.fact_notes` reads for it
(:mod:`examgen.card_inputs`), salted with examgen's version and the source of the
modules that word cards, so a change to either words every note again. The file lives in
the build folder's cache (deleting it costs one full planning); a file that cannot be read
is an empty cache. Only what this build used is written back, so the file stays the size of
one deck.

With them it keeps the parts of the last survey, one per notes file
(:class:`~examgen.card_survey.SurveyParts`): an edit surveys only the files it changed.
The file is written with ``marshal`` (a tenth of JSON's time both ways, and it keeps
tuples as tuples, which the survey's parts need to compare equal).
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
from collections.abc import Sequence
from pathlib import Path

from examgen import __version__
from examgen.card_survey import SurveyParts
from examgen.cards import CardNote, Made
from examgen.digests import digest
from examgen.errors import ExamgenError
from examgen.fsutil import atomic_write_bytes

#: A cache file larger than this is not read (it would be a stranger's, not one deck's).
MAX_CACHE_BYTES = 512 * 1024 * 1024


def _salt(package: Path | None = None) -> str:
    """The code a kept note was worded by: the version and every module of ``package``
    (examgen's own folder unless given)."""
    if package is None:
        import examgen

        package = Path(examgen.__file__).parent
    digest = hashlib.blake2b(__version__.encode(), digest_size=16)
    # Every module of the package, not a list of the wording ones: a list went stale when
    # card modules were added (card_forms, card_hiders, headings decide fields too), and a
    # stale salt keeps notes worded by old code. Reading ~1 MB of source costs a millisecond.
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


class NoteCache:
    """Fact inputs -> the notes (with their GUIDs) and problems the last build made of them."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.salt = _salt()
        self._known: dict[str, tuple] = {}
        self._used: dict[str, tuple] = {}
        #: Facts whose notes were worded in this build (not found in the cache).
        self.worded = 0
        self.survey_parts = SurveyParts()
        if path is not None:
            self._known, parts, queries = _load(path, self.salt)
            self.survey_parts = SurveyParts(parts, queries)

    def key(self, inputs: tuple) -> str:
        """The cache key of a fact's inputs (:meth:`examgen.card_inputs.NoteInputs.inputs`)."""
        return digest(inputs)

    def get(self, key: str) -> tuple[Made, tuple[str, ...]] | None:
        """The notes kept under ``key`` and their GUIDs, or None."""
        entry = self._known.get(key)
        if entry is None:
            return None
        try:
            problems, guids, notes = entry
            # Kept as marshal gives them back: tuples, each note in CardNote's field order.
            made = Made(tuple(map(CardNote._make, notes)), problems)
        except (TypeError, ValueError):  # not what this module writes: word the fact again
            return None
        self._used[key] = entry
        return made, guids

    def put(self, key: str, made: Made, guids: Sequence[str]) -> None:
        """Keep the notes just worded for a fact under ``key``."""
        self.worded += 1
        self._used[key] = (
            tuple(made.problems),
            tuple(guids),
            tuple(
                (n.kind, n.model, tuple(n.fields), n.cards, tuple(n.cloze_numbers))
                for n in made.notes
            ),
        )

    def save(self) -> None:
        """Write what this build used, when it differs from what was read."""
        parts = self.survey_parts
        if self.path is None or (
            self._used.keys() == self._known.keys()
            and parts.used.keys() == parts.known.keys()
            and parts.used_queries.keys() == parts.known_queries.keys()
        ):
            return
        payload = marshal.dumps((self.salt, self._used, parts.used, parts.used_queries))
        # The cache is only a shortcut: a build folder it cannot be written into is fine.
        with contextlib.suppress(OSError, ExamgenError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, payload)


def _load(path: Path, salt: str) -> tuple[dict[str, tuple], dict[str, tuple], dict[str, list]]:
    """The notes, survey parts and facts' queries kept at ``path``, or none when unreadable
    or stale."""
    try:
        if path.stat().st_size > MAX_CACHE_BYTES:
            return {}, {}, {}
        kept_salt, notes, parts, queries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}, {}, {}
    if kept_salt != salt or not all(isinstance(x, dict) for x in (notes, parts, queries)):
        return {}, {}, {}
    return notes, parts, queries
