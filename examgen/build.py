"""The library calls behind each command: notes -> store -> deck and exams.

``cli.py`` turns options into a :class:`~examgen.config.Config` and calls exactly one
function here. Each function returns a frozen dataclass the CLI prints; none of them prints.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from examgen import __version__
from examgen.config import Config
from examgen.errors import ExamgenError
from examgen.fsutil import MAX_IMAGE_BYTES, build_lock, read_regular_file
from examgen.model import Diagnostic, ExamPaper, Fact, ParseResult, StoredFact, SyncReport
from examgen.store import FactStore, StatRow, database_error

if TYPE_CHECKING:  # imported lazily at run time: genanki and WeasyPrint are slow to import
    from examgen.deck import DeckReport
    from examgen.exam import RenderReport

Progress = Callable[[str], None]

NOTES_OUTPUT = "notes"
DECK_OUTPUT = "deck"
EXAM_OUTPUT = "exams"
#: Templates only the deck uses (every other template may be used by the exams).
DECK_TEMPLATES = ("card.css",)


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
    if questions:
        diagnostics += explain_rejected(result.facts)
    ordered = tuple(sorted(diagnostics, key=lambda d: (d.source, d.line)))
    return CheckReport(len(result.facts), ordered)


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


def _math_cache(config: Config) -> Path:
    """Where the formulas drawn for papers are kept between builds."""
    return config.build_path / ".cache" / "math.json"


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


# --------------------------------------------------------------------------- exams
@dataclass(frozen=True)
class ExamOutcome:
    """``examgen exam``: the seed used, the papers, and what rendering wrote."""

    seed: int
    papers: tuple[ExamPaper, ...]
    report: RenderReport | None  # None when rendering was skipped
    warnings: tuple[str, ...]
    skipped: bool = False
    #: Files of the other formats (Moodle, GIFT, QTI, practice page), after the PDFs.
    exported: tuple[Path, ...] = ()

    @property
    def paths(self) -> tuple[Path, ...]:
        """Every file written, PDFs and keys first."""
        return (*(self.report.paths if self.report else ()), *self.exported)


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
    papers, warnings = _draw_exams(config, facts, title)
    with build_lock(out_dir or _exam_dir(config)):  # not while a build writes there
        return _render_exams(
            config, papers, warnings, out_dir=out_dir, html=html, progress=progress
        )


def _draw_exams(
    config: Config, facts: Sequence[Fact], title: str
) -> tuple[tuple[ExamPaper, ...], tuple[str, ...]]:
    """The papers (one per version; the seed picked now if the config has none) and the
    blueprint's shortfalls."""
    from examgen.questions import make_exam, pick_seed

    _check_chapters(config, facts)
    seed = config.exam.seed if config.exam.seed is not None else pick_seed()
    papers = make_exam(facts, config.exam, seed=seed, title=title, date=config.exam.date)
    if not papers or not papers[0].questions:
        raise ExamgenError(
            "no question could be drawn from these notes (`examgen check` says which facts "
            "give which questions, and why not)"
        )
    return tuple(papers), _blueprint_shortfalls(config, papers)


def _render_exams(
    config: Config,
    papers: tuple[ExamPaper, ...],
    warnings: tuple[str, ...],
    *,
    out_dir: Path | None,
    html: bool,
    progress: Progress | None,
) -> ExamOutcome:
    from examgen.exam import RenderReport, render_exams
    from examgen.export import export_papers

    target = out_dir or _exam_dir(config)
    report = RenderReport(())
    if "pdf" in config.exam.formats:
        from examgen.mathrender import load_cache, save_cache

        load_cache(_math_cache(config))
        report = render_exams(
            papers,
            target,
            template_dirs=config.template_dirs,
            html=html,
            combined=config.exam.combined,
            progress=progress,
        )
        # The cache is only a shortcut: a build folder it cannot be written into is fine.
        with contextlib.suppress(OSError):
            save_cache(_math_cache(config))
    exports = export_papers(papers, target, config.exam.formats, template_dirs=config.template_dirs)
    return ExamOutcome(
        papers[0].seed, papers, report, (*warnings, *exports.warnings), exported=exports.paths
    )


def _check_chapters(config: Config, facts: Sequence[Fact]) -> None:
    """A chapter the notes do not have is a typo, not an empty exam."""
    chapters = list(dict.fromkeys(f.chapter for f in facts))
    unknown = [c for c in config.exam.chapters if c not in chapters]
    if unknown:
        raise ExamgenError(
            f"no such chapter: {', '.join(unknown)} (the notes have: {', '.join(chapters)})",
            exit_code=2,
        )


def _blueprint_shortfalls(config: Config, papers: Sequence) -> tuple[str, ...]:
    """Say which question types came out short of the blueprint (too few suitable facts)."""
    if not papers:
        return ()
    made: dict[str, int] = {}
    for question in papers[0].questions:
        made[question.type] = made.get(question.type, 0) + 1
    rules: dict[str, list[str]] = {}
    for qtype, rule, count in papers[0].rejected:
        rules.setdefault(qtype, []).append(f"{rule} ×{count}")
    return tuple(
        f"{entry.type}: {made.get(entry.type, 0)} of {entry.count} questions "
        + (
            f"(rules removed candidates: {', '.join(rules[entry.type])}; "
            "`examgen check --questions` says which)"
            if entry.type in rules
            else "(not enough suitable facts; `examgen check` says which facts give none)"
        )
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
        else:
            result = _parse_cached(config, store)
            _require_facts(config, result, ())
            sync = store.sync(result)
            files, parsed, diagnostics = len(result.sources), result.parsed, result.diagnostics
            known = result.facts
            store.record_output(NOTES_OUTPUT, notes, {"revision": store.revision, "files": files})
        title = store.title()
        # Read at most once, by whichever needs it; the facts just synced are not read back.
        stored = functools.cache(functools.partial(store.facts, known=known))
        deck = _write_deck(config, store, title, sync, output=None, force=False, stored=stored)
        exams = _build_exams(config, store, title, progress=progress, stored=stored)
    return BuildReport(sync, files, parsed, deck, exams, diagnostics)


def _build_exams(
    config: Config,
    store: FactStore,
    title: str,
    *,
    progress: Progress | None,
    stored: Callable[[], tuple[StoredFact, ...]],
) -> ExamOutcome:
    """Draw and render the exams unless what they would print is what the last build printed.

    Two checks, cheapest first: when the inputs (every fact, config, templates) are those of
    the last build, nothing is drawn at all. Otherwise the papers are drawn (cheap) and their
    content fingerprinted: a change to a fact the papers do not print leaves the PDFs alone.
    """
    from examgen.questions import pick_seed

    previous = store.output(EXAM_OUTPUT)
    data = previous.data if previous is not None else {}
    seed = config.exam.seed
    if seed is None:
        # No seed configured: keep the last build's, so a rebuild does not reshuffle the paper.
        seed = data.get("seed")
        seed = pick_seed() if seed is None else seed
    config = replace(config, exam=replace(config.exam, seed=seed))
    setting = ("exams", __version__, repr(config.exam), str(_exam_dir(config)))
    templates = _template_digest(config, _exam_template_names(config))
    inputs = _fingerprint(*setting, templates, store.revision)
    folder = _exam_dir(config)
    paths = _own_outputs(folder, data.get("paths") or ())
    outputs_exist = bool(paths) and all(p.exists() for p in paths)
    if previous is not None and previous.fingerprint == inputs and outputs_exist:
        return ExamOutcome(seed, (), None, (), skipped=True)

    facts = tuple(s.fact for s in stored() if not s.retired)
    papers, warnings = _draw_exams(config, facts, title)
    content = _fingerprint(*setting, templates, [asdict(paper) for paper in papers])
    if outputs_exist and data.get("content") == content:
        # The facts changed, but not in anything the papers print: keep the files, and
        # remember the new inputs so the next unchanged build skips drawing.
        store.record_output(EXAM_OUTPUT, inputs, {**data, "seed": seed})
        return ExamOutcome(seed, papers, None, warnings, skipped=True)
    outcome = _render_exams(config, papers, warnings, out_dir=None, html=False, progress=progress)
    written = list(outcome.paths)
    try:
        # Recorded relative to their folder: a copied workspace must not take its
        # original's files for its own (and delete them as stale).
        names = [p.name for p in written]
        store.record_output(EXAM_OUTPUT, inputs, {"seed": seed, "paths": names, "content": content})
    except BaseException:
        # Files no store knows of would never be cleaned up: an exam set nobody built.
        for orphan in set(written) - set(paths):
            orphan.unlink(missing_ok=True)
        raise
    # Files of the last build that this one did not write again (another seed, fewer
    # versions) would be mistaken for current papers: they go.
    for stale in set(paths) - set(written):
        stale.unlink(missing_ok=True)
    return outcome


def _own_outputs(folder: Path, recorded: Sequence[str]) -> list[Path]:
    """The recorded exam files that are this build's to keep or delete: plain names in the
    exam folder. An absolute path (recorded by examgen 0.x, or by the workspace this one was
    copied from) is taken only when it lies in that folder, so nothing outside it is ever
    deleted."""
    own = []
    for entry in recorded:
        path = Path(entry)
        if not path.is_absolute() and len(path.parts) == 1 and path.name not in ("", ".", ".."):
            own.append(folder / path)
        elif path.is_absolute() and path.parent == folder:
            own.append(path)
    return own


def _exam_template_names(config: Config) -> list[str]:
    """The templates an exam may use: all but the deck's CSS and READMEs."""
    from examgen.templating import template_files

    return [
        name
        for name in template_files(config.template_dirs)
        if name not in DECK_TEMPLATES and not name.lower().endswith(".md")
    ]


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


# --------------------------------------------------------------------------- init
@dataclass(frozen=True)
class InitReport:
    """``examgen init``: the files made, and those left alone because they existed."""

    created: tuple[Path, ...]
    kept: tuple[Path, ...]


def init_workspace(root: Path) -> InitReport:
    """Make a workspace: ``sources/`` with an example note, a commented ``examgen.toml``
    and an empty ``templates/`` with a README on overriding. Existing files are kept."""
    scaffold = Path(__file__).resolve().parent / "scaffold"
    plan = {
        root / "examgen.toml": scaffold / "examgen.toml",
        root / "sources" / "example.md": scaffold / "example.md",
        root / "templates" / "README.md": scaffold / "templates-README.md",
    }
    created, kept = [], []
    for target, origin in plan.items():
        if target.exists():
            kept.append(target)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(origin.read_bytes())
        created.append(target)
    return InitReport(tuple(created), tuple(kept))


# --------------------------------------------------------------------------- watch
#: How long (ms) the watcher waits before its first build: long enough to be set up, so a
#: change made while that build runs is not missed.
_WATCH_READY_MS = 100


def watch(
    config: Config,
    *,
    on_build: Callable[[BuildReport], None],
    on_error: Callable[[ExamgenError], None],
    on_start: Callable[[tuple[Path, ...]], None] | None = None,
    stop_event: object | None = None,
    debounce_ms: int = 300,
) -> None:
    """Build, then rebuild after every change to the sources, templates or config.

    Changes arriving within ``debounce_ms`` of each other make one rebuild. A build error
    (a notes file that cannot be read, a bad config) is reported and the watch goes on;
    outputs are written atomically, so the last good ones stay. ``stop_event`` (a
    ``threading.Event``) ends the watch, for tests.
    """
    from watchfiles import watch as watch_changes

    watched = _watched_roots(config)
    if on_start is not None:
        on_start(watched)
    relevant = _relevant_change(config)
    # The first build runs once the watcher is watching (its first, empty, yield), so
    # changes made during that build are seen; later empty yields are timeouts to ignore.
    first = True
    for changes in watch_changes(
        *watched,
        watch_filter=lambda _change, path: relevant(Path(path)),
        debounce=debounce_ms,
        stop_event=stop_event,
        rust_timeout=_WATCH_READY_MS,
        yield_on_timeout=True,
        raise_interrupt=False,
    ):
        if first or changes:
            first = False
            _build_reporting(config, on_build, on_error)


def _watched_roots(config: Config) -> tuple[Path, ...]:
    """The workspace, and any source or template folder outside it.

    Folders, not single files: an editor that saves by replacing a file would otherwise
    end the watch on it.
    """
    roots = [config.root]
    extra = [*config.source_paths, *config.template_dirs]
    if config.config_file is not None:
        extra.append(config.config_file)
    for path in extra:
        folder = path if path.is_dir() else path.parent
        if folder.exists() and not any(_inside(folder, root) for root in roots):
            roots.append(folder)
    return tuple(roots)


def _relevant_change(config: Config) -> Callable[[Path], bool]:
    """Whether a changed path is an input: a notes file, a template or the config file.

    Outputs (build/), temporary files and editors' swap files are not.
    """
    sources = [p.resolve() for p in config.source_paths]
    templates = [p.resolve() for p in config.template_dirs]
    config_file = config.config_file.resolve() if config.config_file else None
    default_config = (config.root / "examgen.toml").resolve()

    def relevant(path: Path) -> bool:
        path = path.resolve()
        if path.name.startswith(".") or path.name.endswith(("~", ".swp", ".tmp")):
            return False
        if path in (config_file, default_config):
            return True
        return any(_inside(path, folder) for folder in (*sources, *templates))

    return relevant


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _build_reporting(
    config: Config,
    on_build: Callable[[BuildReport], None],
    on_error: Callable[[ExamgenError], None],
) -> None:
    from examgen.config import load_config

    try:
        # The config file itself may have changed: read it again (the same file it came
        # from), keeping the CLI's template override.
        fresh = load_config(config.root, config.config_file)
        on_build(build_all(_keep_overrides(fresh, config)))
    except ExamgenError as exc:
        on_error(exc)


def _keep_overrides(fresh: Config, given: Config) -> Config:
    """The given config's template override wins over the file's (it came from the CLI)."""
    return replace(fresh, templates=given.templates or fresh.templates)
