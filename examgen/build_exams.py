"""The exam step of a build: papers drawn from the facts, rendered when what they print changed."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from examgen import __version__
from examgen.build_fingerprint import (
    EXAM_OUTPUT,
    EXAM_READS,
    _exam_template_names,
    _fingerprint,
    _template_digest,
)
from examgen.config import Config
from examgen.errors import ExamgenError
from examgen.fsutil import build_lock
from examgen.model import ExamPaper, Fact, StoredFact, SyncReport
from examgen.store import FactStore

if TYPE_CHECKING:  # imported lazily at run time: genanki and WeasyPrint are slow to import
    from examgen.exam import RenderReport
    from examgen.questions.keep import DrawReads


Progress = Callable[[str], None]


def _math_cache(config: Config) -> Path:
    """Where the formulas drawn for papers are kept between builds."""
    return config.build_path / ".cache" / "math.json"


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
    config: Config, facts: Sequence[Fact], title: str, *, reads: list | None = None
) -> tuple[tuple[ExamPaper, ...], tuple[str, ...]]:
    """The papers (one per version; the seed picked now if the config has none) and the
    blueprint's shortfalls; with ``reads``, what the draw read is appended to it."""
    from examgen.questions import pick_seed
    from examgen.questions.paper import draw

    _check_chapters(config, facts)
    seed = config.exam.seed if config.exam.seed is not None else pick_seed()
    drawn = draw(
        facts, config.exam, seed=seed, title=title, date=config.exam.date, record=reads is not None
    )
    papers = drawn.papers
    if reads is not None:
        reads.append(drawn.reads)
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


@dataclass(frozen=True)
class Edit:
    """What this build's store update changed: the store's revision before it, its report,
    the stored version of each fact whose content or place changed, and the facts now."""

    revision: int
    sync: SyncReport
    before: Mapping[str, Fact]
    facts: Sequence[Fact]


def _build_exams(
    config: Config,
    store: FactStore,
    title: str,
    *,
    progress: Progress | None,
    stored: Callable[[], tuple[StoredFact, ...]],
    edit: Edit | None = None,
) -> ExamOutcome:
    """Draw and render the exams unless what they would print is what the last build printed.

    Three checks, cheapest first: when the inputs (every fact, config, templates) are those
    of the last build, nothing is drawn at all. When only some facts changed and none of
    them touches what the last draw read (:mod:`examgen.questions.keep`), the papers are
    those of the last build: nothing is drawn either. Otherwise the papers are drawn and
    their content fingerprinted: a change to a fact the papers do not print leaves the PDFs
    alone.
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
    drawn_from = (*setting, templates, title)
    if outputs_exist and previous is not None and _keeps(store, edit, drawn_from):
        # The facts changed, but not in anything the last draw read: a draw now would make
        # the same papers. Remember the new inputs, and that the reads still hold.
        store.record_output(EXAM_OUTPUT, inputs, {**data, "seed": seed})
        return ExamOutcome(seed, (), None, (), skipped=True)

    facts = tuple(s.fact for s in stored() if not s.retired)
    reads: list = []
    papers, warnings = _draw_exams(config, facts, title, reads=reads)
    content = _fingerprint(*setting, templates, [asdict(paper) for paper in papers])
    if outputs_exist and data.get("content") == content:
        # The facts changed, but not in anything the papers print: keep the files, and
        # remember the new inputs so the next unchanged build skips drawing.
        store.record_output(EXAM_OUTPUT, inputs, {**data, "seed": seed})
        _record_reads(store, drawn_from, reads[0])
        return ExamOutcome(seed, papers, None, warnings, skipped=True)
    outcome = _render_exams(config, papers, warnings, out_dir=None, html=False, progress=progress)
    written = list(outcome.paths)
    try:
        # Recorded relative to their folder: a copied workspace must not take its
        # original's files for its own (and delete them as stale).
        names = [p.name for p in written]
        store.record_output(EXAM_OUTPUT, inputs, {"seed": seed, "paths": names, "content": content})
        # Only once the files are this draw's: reads of a draw whose papers were never
        # written must not vouch for the files of an earlier one.
        _record_reads(store, drawn_from, reads[0])
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


def _record_reads(store: FactStore, drawn_from: tuple, reads: DrawReads | None) -> None:
    """Remember what the draw read, for the store's current revision and these settings."""
    if reads is not None:
        store.record_output(EXAM_READS, _fingerprint(*drawn_from, store.revision), reads.to_json())


def _keeps(store: FactStore, edit: Edit | None, drawn_from: tuple) -> bool:
    """Whether the last build's papers are what a draw from the edited facts would give:
    the last draw was made from the store as it was before this build's update, with the
    same settings, and no fact the update changed touches what it read."""
    from examgen.questions.keep import DrawReads, narrowed, redraw_reason

    if edit is None or edit.sync.new or edit.sync.retired or edit.sync.revived:
        return False
    record = store.output(EXAM_READS)
    if record is None or record.fingerprint != _fingerprint(*drawn_from, edit.revision):
        return False
    now = {f.id: f for f in edit.facts}
    ids = (*edit.sync.changed, *edit.sync.moved)
    if any(i not in edit.before or i not in now for i in ids):
        return False
    reads = DrawReads.from_json(record.data)
    changes = [(edit.before[i], now[i]) for i in ids]
    if redraw_reason(reads, changes, edit.facts) is not None:
        return False
    # The same reads hold for the edited facts (a draw now makes the same lookups).
    kept = narrowed(reads, changes)
    if replace(kept, script_margin=reads.script_margin) == reads:
        # Only the revision they hold for and the script's margin move: the record (every
        # key the draw looked up) is amended in place, not made and written again.
        fingerprint = _fingerprint(*drawn_from, store.revision)
        store.renew_output(EXAM_READS, fingerprint, {"script_margin": kept.script_margin})
    else:
        _record_reads(store, drawn_from, kept)
    return True


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
