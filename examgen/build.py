"""The library calls behind each command: notes -> store -> deck and exams.

``cli.py`` turns options into a :class:`~examgen.config.Config` and calls exactly one
function here. Each function returns a frozen dataclass the CLI prints; none of them prints.
The steps live beside it: ``build_deck`` (the Anki package), ``build_exams`` (the papers),
``build_fingerprint`` (what must change for an output to be written again), ``build_watch``
(``examgen watch``) and ``workspace`` (``examgen init``); their public names are here too.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from examgen.build_deck import (
    MAX_FILE_NAME_BYTES,
    DeckOutcome,
    _write_deck,
    deck_output,
    deck_work_copy,
    safe_file_name,
)
from examgen.build_exams import (
    Edit,
    ExamOutcome,
    Progress,
    _build_exams,
    _exam_dir,
    _math_cache,
    _write_exams,
)
from examgen.build_fingerprint import DECK_OUTPUT, DECK_TEMPLATES, EXAM_OUTPUT, NOTES_OUTPUT
from examgen.build_watch import watch
from examgen.config import Config
from examgen.errors import ExamgenError
from examgen.fsutil import build_lock
from examgen.model import Diagnostic, Fact, ParseResult, StoredFact, SyncReport
from examgen.store import FactStore, StatRow, database_error
from examgen.workspace import InitReport, init_workspace

__all__ = [
    "DECK_OUTPUT",
    "DECK_TEMPLATES",
    "EXAM_OUTPUT",
    "MAX_FILE_NAME_BYTES",
    "NOTES_OUTPUT",
    "BuildReport",
    "CheckReport",
    "DeckOutcome",
    "ExamOutcome",
    "FactStore",
    "FactsOutcome",
    "InitReport",
    "Progress",
    "build_all",
    "check_notes",
    "collect_facts",
    "deck_output",
    "deck_work_copy",
    "fact_stats",
    "forget_retired",
    "init_workspace",
    "make_deck",
    "make_exams",
    "parse_notes",
    "retired_facts",
    "safe_file_name",
    "watch",
    "write_review",
]


# --------------------------------------------------------------------------- reading notes
def _paths(config: Config, paths: Sequence[str | Path]) -> list[Path]:
    """Explicit paths (relative to the cwd) or the configured sources (relative to the root)."""
    if paths:
        return [Path(p) for p in paths]
    return list(config.source_paths)


def parse_notes(config: Config, paths: Sequence[str | Path] = ()) -> ParseResult:
    """Parse notes files or folders (default: the configured ``sources``) into facts."""
    from examgen.notes import parse_paths

    return parse_paths(_paths(config, paths), reader=config.reader or None, root=config.root)


@dataclass(frozen=True)
class FactsOutcome:
    """``examgen facts``: the facts, and what recording them in the store did (with --db)."""

    result: ParseResult
    sync: SyncReport | None


def collect_facts(
    config: Config, paths: Sequence[str | Path] = (), *, record: bool
) -> FactsOutcome:
    """Parse the notes; with ``record``, also bring the store at ``config.db_path`` up to date."""
    result = parse_notes(config, paths)
    if not record:
        return FactsOutcome(result, None)
    with build_lock(config.db_path.parent), _open_store(config) as store:
        return FactsOutcome(result, store.sync(result))


@dataclass(frozen=True)
class CheckReport:
    """``examgen check``: everything worth telling about the notes."""

    facts: int
    diagnostics: tuple[Diagnostic, ...]

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "warning")


def check_notes(
    config: Config, paths: Sequence[str | Path] = (), *, questions: bool = False
) -> CheckReport:
    """Parse the notes and report what was skipped, what looks wrong, and what gives no
    exam question; with ``questions``, also the facts whose every candidate question of some
    type breaks an item rule."""
    from examgen.questions import explain_rejected, explain_unusable

    result = parse_notes(config, paths)
    diagnostics = result.diagnostics + tuple(explain_unusable(result.facts))
    diagnostics += _math_warnings(config, result.facts)
    diagnostics += _typo_warnings(config, result.facts)
    if questions:
        diagnostics += explain_rejected(result.facts)
    ordered = tuple(sorted(diagnostics, key=lambda d: (d.source, d.line)))
    return CheckReport(len(result.facts), ordered)


def _typo_warnings(config: Config, facts: Sequence[Fact]) -> tuple[Diagnostic, ...]:
    """A warning for each typo papers and cards print corrected, at the notes line that
    has it (the first from its fact's line on, the fact's line when none does)."""
    from examgen.spelling import fact_typos

    lines: dict[str, list[str]] = {}
    found: dict[tuple[str, int, str], Diagnostic] = {}
    for fact, typo in fact_typos(facts):
        if fact.source not in lines:
            try:
                text = (config.root / fact.source).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                text = ""
            lines[fact.source] = text.splitlines()
        own = lines[fact.source]
        line = next(
            (n for n in range(fact.line, len(own) + 1) if typo.wrong in own[n - 1]), fact.line
        )
        message = f"possible typo: '{typo.wrong}' → '{typo.right}'"
        found.setdefault(
            (fact.source, line, typo.wrong), Diagnostic("warning", fact.source, line, message)
        )
    return tuple(found.values())


def _math_warnings(config: Config, facts: Sequence[Fact]) -> tuple[Diagnostic, ...]:
    """A warning for each formula that papers print as source (it cannot be drawn)."""
    from examgen.mathrender import fact_math_problems, load_cache

    load_cache(_math_cache(config))  # read only: check writes nothing into the build folder
    return tuple(
        Diagnostic(
            "warning",
            p.source,
            p.line,
            f"formula {p.tex} is printed as source on papers: {p.problem}",
        )
        for p in fact_math_problems(facts)
    )


def fact_stats(config: Config) -> tuple[StatRow, ...]:
    """``examgen stats``: active facts per chapter and kind, from the store."""
    _require_store(config)
    with _open_store(config) as store:
        return store.stats()


def retired_facts(config: Config) -> tuple[StoredFact, ...]:
    """``examgen retired``: facts that have left the notes, newest first."""
    _require_store(config)
    with _open_store(config) as store:
        return store.retired()


def forget_retired(config: Config, ids: Sequence[str] = ()) -> tuple[str, ...]:
    """``examgen retired --forget``: the user deleted these retired facts' notes in Anki
    (all retired facts when no ids are given); later decks leave them out."""
    _require_store(config)
    with build_lock(config.db_path.parent), _open_store(config) as store:
        return store.forget(ids)


@contextlib.contextmanager
def _open_store(config: Config) -> Iterator[FactStore]:
    """The workspace's store; an SQLite failure while using it (disk full, a read-only
    folder, a damaged file) becomes a one-line error naming the database."""
    with FactStore.open(config.db_path) as store:
        try:
            yield store
        except sqlite3.Error as exc:
            raise database_error(exc, str(config.db_path)) from None


def _require_store(config: Config) -> None:
    if not config.db_path.exists():
        raise ExamgenError(
            "no fact database yet: run `examgen build` (or `examgen facts --db FILE`) first",
            source=str(config.db_path),
        )


# --------------------------------------------------------------------------- deck
# (writing it: examgen.build_deck)
def make_deck(
    config: Config, paths: Sequence[str | Path] = (), *, output: Path | None = None
) -> DeckOutcome:
    """Parse the notes, update the store, and write the Anki package."""
    result = parse_notes(config, paths)
    _require_facts(config, result, paths)
    with build_lock(config.build_path), _open_store(config) as store:
        sync = store.sync(result)
        return _write_deck(config, store, result.title, sync, output=output, force=True)


def _require_facts(config: Config, result: ParseResult, paths: Sequence[str | Path]) -> None:
    """Notes that give no fact at all are a mistake to point out, not an empty deck."""
    if result.facts:
        return
    where = ", ".join(str(p) for p in _paths(config, paths))
    raise ExamgenError(
        f"the notes give no facts ({len(result.sources)} file(s) read); "
        f"`examgen check` shows what was skipped and why",
        source=where,
    )


# --------------------------------------------------------------------------- exams
# (drawing and rendering them: examgen.build_exams)
def make_exams(
    config: Config,
    paths: Sequence[str | Path] = (),
    *,
    out_dir: Path | None = None,
    html: bool = False,
    progress: Progress | None = None,
) -> ExamOutcome:
    """Parse the notes, draw the questions and render papers, keys and JSON keys."""
    result = parse_notes(config, paths)
    _require_facts(config, result, paths)
    return _write_exams(
        config, result.facts, result.title, out_dir=out_dir, html=html, progress=progress
    )


def write_review(
    config: Config, paths: Sequence[str | Path], seed: int, out_dir: Path | None = None
) -> Path:
    """``examgen exam --review``: ``review-<seed>.html`` beside the papers, drawn again from
    the same notes and seed (so the same questions) with each question's fact, source line,
    distractors' slots and distances, and the rules it passed."""
    from examgen.fsutil import atomic_write_text
    from examgen.questions.paper import draw
    from examgen.questions.review import review_html

    result = parse_notes(config, paths)
    drawn = draw(result.facts, config.exam, seed=seed, title=result.title, date=config.exam.date)
    path = (out_dir or _exam_dir(config)) / f"review-{seed}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, review_html(drawn, config.template_dirs))
    return path


# --------------------------------------------------------------------------- the whole build
@dataclass(frozen=True)
class BuildReport:
    """``examgen build``: what each stage did, or that it had nothing to do."""

    sync: SyncReport
    files: int
    parsed: int
    deck: DeckOutcome
    exams: ExamOutcome | None
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def nothing_changed(self) -> bool:
        exams_skipped = self.exams is None or self.exams.skipped
        return self.parsed == 0 and self.deck.skipped and exams_skipped


def build_all(config: Config, *, progress: Progress | None = None) -> BuildReport:
    """Parse what changed, update the store, and rewrite only the outputs whose inputs changed.

    When the notes' fingerprint (files, bytes, reader, parser) and the store's revision are
    those of the last build, nothing is parsed. Otherwise a file whose bytes are unchanged
    comes from the store's parse cache. The deck and the exams are rewritten only when
    their fingerprint (store revision, config, templates, seed, examgen's version) differs
    from the last build's, and the exams only when what they print differs.

    One build at a time: a second one on the same build folder fails at once.
    """
    with build_lock(config.build_path):
        return _build_locked(config, progress)


def _build_locked(config: Config, progress: Progress | None) -> BuildReport:
    from examgen.notes import notes_fingerprint

    _remove_abandoned_temp_files(config.build_path)
    notes = notes_fingerprint(config.source_paths, reader=config.reader or None, root=config.root)
    with _open_store(config) as store:
        last = store.output(NOTES_OUTPUT)
        if last and last.fingerprint == notes and last.data.get("revision") == store.revision:
            # The same bytes, read the same way, and nobody changed the store since: the
            # facts are those of the last build, without parsing anything.
            sync, files, parsed, diagnostics = SyncReport(), last.data.get("files", 0), 0, ()
            known: tuple[Fact, ...] = ()
            edit = None
        else:
            result = _parse_cached(config, store)
            _require_facts(config, result, ())
            revision, before = store.revision, {}
            sync = store.sync(result, before=before)
            files, parsed, diagnostics = len(result.sources), result.parsed, result.diagnostics
            known = result.facts
            edit = Edit(revision, sync, before, known)
            store.record_output(NOTES_OUTPUT, notes, {"revision": store.revision, "files": files})
        title = store.title()
        # Read at most once, by whichever needs it; the facts just synced are not read back.
        stored = functools.cache(functools.partial(store.facts, known=known))
        deck = _write_deck(config, store, title, sync, output=None, force=False, stored=stored)
        exams = _build_exams(config, store, title, progress=progress, stored=stored, edit=edit)
    return BuildReport(sync, files, parsed, deck, exams, diagnostics)


#: A temporary output older than this was left by a build that was killed.
ABANDONED_AFTER_SECONDS = 3600


def _remove_abandoned_temp_files(folder: Path) -> None:
    """Outputs are written as ``.<name>.<random>.tmp`` and renamed; a killed build leaves
    its temporary file behind. Remove old ones (not recent ones: another build may be
    writing them right now)."""
    if not folder.is_dir():
        return
    limit = time.time() - ABANDONED_AFTER_SECONDS
    for path in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()


def _parse_cached(config: Config, store: FactStore) -> ParseResult:
    """Parse the configured sources, reusing the store's parse of unchanged files."""
    from examgen.notes import parse_paths

    return parse_paths(
        config.source_paths, reader=config.reader or None, root=config.root, cache=store
    )
