"""The library calls behind each command: notes -> store -> deck and exams.

``cli.py`` turns options into a :class:`~examgen.config.Config` and calls exactly one
function here. Each function returns a frozen dataclass the CLI prints; none of them prints.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from examgen import __version__
from examgen.config import Config
from examgen.errors import ExamgenError
from examgen.model import Diagnostic, Fact, ParseResult, StoredFact, SyncReport
from examgen.store import FactStore, StatRow

Progress = Callable[[str], None]

DECK_OUTPUT = "deck"
EXAM_OUTPUT = "exams"


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
    with FactStore.open(config.db_path) as store:
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


def check_notes(config: Config, paths: Sequence[str | Path] = ()) -> CheckReport:
    """Parse the notes and report what was skipped, what looks wrong, and what gives no
    exam question."""
    from examgen.questions import explain_unusable

    result = parse_notes(config, paths)
    diagnostics = result.diagnostics + tuple(explain_unusable(result.facts))
    ordered = tuple(sorted(diagnostics, key=lambda d: (d.source, d.line)))
    return CheckReport(len(result.facts), ordered)


def fact_stats(config: Config) -> tuple[StatRow, ...]:
    """``examgen stats``: active facts per chapter and kind, from the store."""
    _require_store(config)
    with FactStore.open(config.db_path) as store:
        return store.stats()


def retired_facts(config: Config) -> tuple[StoredFact, ...]:
    """``examgen retired``: facts that have left the notes, newest first."""
    _require_store(config)
    with FactStore.open(config.db_path) as store:
        return store.retired()


def _require_store(config: Config) -> None:
    if not config.db_path.exists():
        raise ExamgenError(
            "no fact database yet: run `examgen build` (or `examgen facts --db FILE`) first",
            source=str(config.db_path),
        )


# --------------------------------------------------------------------------- deck
@dataclass(frozen=True)
class DeckOutcome:
    """``examgen deck``: what the store sync and the deck build did."""

    sync: SyncReport
    report: object  # examgen.deck.DeckReport (imported lazily: genanki is slow to import)
    skipped: bool = False


def safe_file_name(name: str) -> str:
    """A file name from a title: keeps CJK, drops path separators and control characters."""
    cleaned = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", "-", name).strip(" .-")
    return cleaned or "examgen"


def _deck_name(config: Config, title: str) -> str:
    return config.deck.name or title or "examgen"


def deck_output(config: Config, title: str) -> Path:
    """Where the deck goes: ``[deck] output``, else ``<build>/<deck name>.apkg``."""
    if config.deck.output:
        return config.path(config.deck.output)
    return config.build_path / f"{safe_file_name(_deck_name(config, title))}.apkg"


def make_deck(
    config: Config, paths: Sequence[str | Path] = (), *, output: Path | None = None
) -> DeckOutcome:
    """Parse the notes, update the store, and write the Anki package."""
    result = parse_notes(config, paths)
    with FactStore.open(config.db_path) as store:
        sync = store.sync(result)
        return _write_deck(config, store, result, sync, output=output, force=True)


def _write_deck(
    config: Config,
    store: FactStore,
    result: ParseResult,
    sync: SyncReport,
    *,
    output: Path | None,
    force: bool,
) -> DeckOutcome:
    from examgen.deck import build_deck

    facts = store.facts()
    target = output or deck_output(config, result.title)
    fingerprint = _fingerprint(
        "deck",
        __version__,
        repr(config.deck),
        str(target),
        _template_digest(config, ("card.css",)),
        [(s.fact.id, s.modified_at) for s in facts],
        _media_digest(config, facts),
    )
    previous = store.output(DECK_OUTPUT)
    if not force and previous and previous.fingerprint == fingerprint and target.exists():
        return DeckOutcome(sync, None, skipped=True)
    report = build_deck(
        facts,
        config=config.deck,
        title=result.title,
        output=target,
        media_root=_media_root(config),
        source_root=config.root,
        template_dirs=config.template_dirs,
        previous=(previous.data.get("manifest") if previous else None),
    )
    store.record_output(DECK_OUTPUT, fingerprint, {"manifest": dict(report.manifest)})
    return DeckOutcome(sync, report)


def _media_root(config: Config) -> Path:
    """The notes folder: images must live inside it (the common folder of all sources)."""
    folders = [p if p.is_dir() else p.parent for p in config.source_paths]
    return Path(os.path.commonpath(folders)) if folders else config.root


def _media_digest(config: Config, facts: Sequence[StoredFact]) -> list[tuple[str, str]]:
    """Image bytes feed the deck, so they belong to its fingerprint."""
    digests = []
    for stored in facts:
        for ref in stored.fact.images:
            path = (config.root / stored.fact.source).parent / ref
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                digest = "missing"
            digests.append((ref, digest))
    return sorted(digests)


# --------------------------------------------------------------------------- exams
@dataclass(frozen=True)
class ExamOutcome:
    """``examgen exam``: the seed used, the papers, and what rendering wrote."""

    seed: int
    papers: tuple
    report: object  # examgen.exam.RenderReport
    warnings: tuple[str, ...]
    skipped: bool = False


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
    return _write_exams(
        config, result.facts, result.title, out_dir=out_dir, html=html, progress=progress
    )


def _exam_dir(config: Config) -> Path:
    return config.path(config.exam.output) if config.exam.output else config.build_path


def _write_exams(
    config: Config,
    facts: Sequence[Fact],
    title: str,
    *,
    out_dir: Path | None,
    html: bool,
    progress: Progress | None,
) -> ExamOutcome:
    from examgen.exam import render_exams
    from examgen.questions import make_exam, pick_seed

    seed = config.exam.seed if config.exam.seed is not None else pick_seed()
    papers = make_exam(facts, config.exam, seed=seed, title=title, date=config.exam.date)
    warnings = _blueprint_shortfalls(config, papers)
    report = render_exams(
        papers,
        out_dir or _exam_dir(config),
        template_dirs=config.template_dirs,
        html=html,
        combined=config.exam.combined,
        progress=progress,
    )
    return ExamOutcome(seed, tuple(papers), report, warnings)


def _blueprint_shortfalls(config: Config, papers: Sequence) -> tuple[str, ...]:
    """Say which question types came out short of the blueprint (too few suitable facts)."""
    if not papers:
        return ()
    made: dict[str, int] = {}
    for question in papers[0].questions:
        made[question.type] = made.get(question.type, 0) + 1
    return tuple(
        f"{entry.type}: {made.get(entry.type, 0)} of {entry.count} questions "
        "(not enough suitable facts; `examgen check` says which facts give none)"
        for entry in config.exam.blueprint
        if made.get(entry.type, 0) < entry.count
    )


# --------------------------------------------------------------------------- helpers
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

    A source whose bytes are unchanged is not parsed again (its facts come from the store's
    parse cache); the deck and the exams are rewritten only when their fingerprint (the facts
    they use, templates, config, seed, examgen's version) differs from the last build's.
    """
    with FactStore.open(config.db_path) as store:
        result = _parse_cached(config, store)
        sync = store.sync(result)
        deck = _write_deck(config, store, result, sync, output=None, force=False)
        exams = _build_exams(config, store, result, progress=progress)
    return BuildReport(sync, len(result.sources), result.parsed, deck, exams, result.diagnostics)


def _build_exams(
    config: Config, store: FactStore, result: ParseResult, *, progress: Progress | None
) -> ExamOutcome:
    from examgen.questions import pick_seed
    from examgen.store import content_hash

    previous = store.output(EXAM_OUTPUT)
    seed = config.exam.seed
    if seed is None:
        # No seed configured: keep the last build's, so a rebuild does not reshuffle the paper.
        seed = previous.data.get("seed") if previous is not None else None
        seed = pick_seed() if seed is None else seed
    config = replace(config, exam=replace(config.exam, seed=seed))
    fingerprint = _fingerprint(
        "exams",
        __version__,
        repr(config.exam),
        str(_exam_dir(config)),
        _template_digest(config),
        [(f.id, content_hash(f), f.location) for f in result.facts],
    )
    if (
        previous is not None
        and previous.fingerprint == fingerprint
        and all(Path(p).exists() for p in previous.data.get("paths", ()))
    ):
        return ExamOutcome(seed, (), None, (), skipped=True)
    outcome = _write_exams(
        config, result.facts, result.title, out_dir=None, html=False, progress=progress
    )
    paths = [str(p) for p in outcome.report.paths]
    store.record_output(EXAM_OUTPUT, fingerprint, {"seed": seed, "paths": paths})
    return outcome


def _parse_cached(config: Config, store: FactStore) -> ParseResult:
    """Parse the configured sources, reusing the store's parse of unchanged files."""
    from examgen.notes import parse_paths

    return parse_paths(
        config.source_paths, reader=config.reader or None, root=config.root, cache=store
    )
