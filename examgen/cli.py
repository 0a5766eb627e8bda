"""The ``examgen`` command line: click options -> config -> one library call -> printing.

Flags default to ``None`` so that a flag the user did not give never overrides
``examgen.toml``. Errors are :class:`~examgen.errors.ExamgenError`: click prints them to
stderr with a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

import click

from examgen import __version__, build
from examgen.config import Config, load_config, parse_formats
from examgen.errors import printable

READERS = click.Choice(["markdown", "text"])
PATHS = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
READER = click.option(
    "--reader", type=READERS, default=None, help="Read every file as this, whatever its suffix."
)
DB = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Fact database (default: build/facts.sqlite).",
)
TEMPLATES = click.option(
    "--templates",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Folder of template overrides (a file there replaces the built-in one of that name).",
)


def _config(ctx: click.Context, **overrides: object) -> Config:
    """The workspace's config with the given flags on top (``None`` means not given)."""
    config: Config = ctx.obj
    values = {k: (str(v) if isinstance(v, Path) else v) for k, v in overrides.items()}
    return config.override(**values)


def _echo(message: object = "", err: bool = False) -> None:
    """Print one line (every line examgen prints goes here): control characters from the
    notes or file names are escaped, never sent to the terminal as they are."""
    click.echo(printable(str(message)), err=err)


def _echo_err(message: str) -> None:
    _echo(message, err=True)


def _echo_json(payload: object) -> None:
    """Print JSON; the control characters JSON leaves as they are (DEL, C1) as ``\\u``
    escapes, so the output is the same data and still safe on a terminal."""
    text = json.dumps(payload, ensure_ascii=False, indent=2)
    click.echo(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


_JSON_UNSAFE = re.compile(r"[\x7f-\x9f]")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="examgen")
@click.option(
    "-C",
    "--directory",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="The workspace (default: the current folder).",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Config file (default: examgen.toml in the workspace).",
)
@click.pass_context
def cli(ctx: click.Context, directory: Path | None, config_file: Path | None) -> None:
    """Turn study notes into Anki decks and printable practice exams.

    Notes live in sources/ (Markdown or plain text, no card markup); outputs go to build/.
    Run `examgen build` to do everything, or the steps one by one.
    """
    ctx.obj = load_config(directory, config_file)


@cli.command()
@PATHS
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of facts.")
@READER
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also record the facts in this fact database.",
)
@click.pass_context
def facts(
    ctx: click.Context,
    paths: tuple[Path, ...],
    as_json: bool,
    reader: str | None,
    db: Path | None,
) -> None:
    """Parse notes (files or folders; default sources/) and print the facts."""
    config = _config(ctx, reader=reader, db=db)
    outcome = build.collect_facts(config, paths, record=db is not None)
    if as_json:
        _echo_json([f.to_json() for f in outcome.result.facts])
    else:
        for fact in outcome.result.facts:
            _echo(f"{fact.id}  {fact.kind:<10}  {fact.subject}  ({fact.location})")
    if outcome.sync is not None:
        _echo_err(_sync_summary(outcome.sync, str(config.db_path)))


@cli.command()
@PATHS
@READER
@click.option("--strict", is_flag=True, help="Exit 1 when there are warnings.")
@click.option(
    "--questions",
    is_flag=True,
    help="Also list the facts whose every candidate question of a type breaks an item rule.",
)
@click.pass_context
def check(
    ctx: click.Context, paths: tuple[Path, ...], reader: str | None, strict: bool, questions: bool
) -> None:
    """Lint notes: what was skipped, what looks wrong, what gives no exam question.

    Exit 0 when clean, 1 on warnings with --strict, 2 on errors.
    """
    report = build.check_notes(_config(ctx, reader=reader), paths, questions=questions)
    for diagnostic in report.diagnostics:
        _echo(str(diagnostic))
    _echo(
        f"{report.facts} facts, {len(report.warnings)} warnings, {len(report.errors)} errors",
        err=True,
    )
    if report.errors:
        ctx.exit(2)
    if strict and report.warnings:
        ctx.exit(1)


@cli.command()
@DB
@click.pass_context
def stats(ctx: click.Context, db: Path | None) -> None:
    """Facts per chapter and kind, from the fact database."""
    rows = build.fact_stats(_config(ctx, db=db))
    kinds = ("definition", "list", "sequence")
    table: dict[str, dict[str, int]] = {}
    for row in rows:
        table.setdefault(row.chapter, {})[row.kind] = row.count
    width = max([len("chapter"), *(_width(c) for c in table)])
    _echo(_pad("chapter", width) + "".join(f"  {k:>10}" for k in kinds) + "       total")
    for chapter, counts in table.items():
        cells = "".join(f"  {counts.get(k, 0):>10}" for k in kinds)
        _echo(_pad(chapter, width) + cells + f"  {sum(counts.values()):>10}")
    totals = [sum(c.get(k, 0) for c in table.values()) for k in kinds]
    _echo(_pad("total", width) + "".join(f"  {t:>10}" for t in totals) + f"  {sum(totals):>10}")


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


@cli.command()
@click.argument("ids", nargs=-1)
@DB
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option(
    "--forget",
    is_flag=True,
    help="Say you deleted these retired notes in Anki (all, or the IDS given): later decks "
    "leave them out, so an import does not bring them back.",
)
@click.pass_context
def retired(
    ctx: click.Context, ids: tuple[str, ...], db: Path | None, as_json: bool, forget: bool
) -> None:
    """Facts that have left the notes (their Anki notes carry the tag examgen::retired).

    Their notes stay in the deck, tagged, until you delete them in Anki (search
    `tag:examgen::retired`) and run `examgen retired --forget`.
    """
    config = _config(ctx, db=db)
    if forget:
        forgotten = build.forget_retired(config, ids)
        _echo(f"forgot {len(forgotten)} retired fact(s); the next deck leaves them out")
        return
    if ids:
        raise click.UsageError("fact ids go with --forget")
    facts = build.retired_facts(config)
    if as_json:
        payload = [{**s.fact.to_json(), "retired_at": s.retired_at} for s in facts]
        _echo_json(payload)
        return
    for stored in facts:
        fact = stored.fact
        _echo(f"{fact.id}  {fact.kind:<10}  {fact.subject}  (was {fact.location})")
    if facts:
        _echo_err(
            "In Anki, search `tag:examgen::retired`, delete those notes, then run "
            "`examgen retired --forget`."
        )


@cli.command()
@PATHS
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The .apkg to write (default: build/<title>.apkg).",
)
@DB
@READER
@TEMPLATES
@click.pass_context
def deck(
    ctx: click.Context,
    paths: tuple[Path, ...],
    output: Path | None,
    db: Path | None,
    reader: str | None,
    templates: Path | None,
) -> None:
    """Build the Anki deck (.apkg) from the notes."""
    config = _config(ctx, db=db, reader=reader, templates=templates)
    outcome = build.make_deck(config, paths, output=output)
    _echo_err(_sync_summary(outcome.sync, str(config.db_path)))
    for warning in outcome.report.warnings:
        _echo_err(str(warning))
    _echo(outcome.report.summary())


@cli.command()
@PATHS
@click.option("--seed", type=int, default=None, help="Seed: the same seed gives the same exam.")
@click.option(
    "--variants",
    type=click.IntRange(1, 26),
    default=None,
    help="Versions A, B, … with the same questions in another order.",
)
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder for the PDFs and keys (default: build/).",
)
@click.option("--title", default=None, help="Paper title (default: the notes' title).")
@click.option(
    "--lang",
    "language",
    type=click.Choice(["auto", "zh", "en"]),
    default=None,
    help="Language of the paper's wording.",
)
@click.option("--chapter", "chapters", multiple=True, help="Only these chapters (repeatable).")
@click.option(
    "--combined/--no-combined",
    default=None,
    help="Also write all versions in one duplex-ready PDF.",
)
@click.option("--html", is_flag=True, help="Also write the HTML handed to WeasyPrint.")
@click.option(
    "--format",
    "formats",
    default=None,
    callback=lambda _ctx, _param, value: None if value is None else parse_formats(value),
    help=(
        "What to write, comma-separated: pdf (papers and keys), moodle, gift, qti (Canvas), "
        "html (the self-marking practice page). Default: pdf."
    ),
)
@click.option(
    "--review",
    is_flag=True,
    help="Also write review-<seed>.html: each question's fact, distractors and rules passed.",
)
@READER
@TEMPLATES
@click.pass_context
def exam(
    ctx: click.Context,
    paths: tuple[Path, ...],
    seed: int | None,
    variants: int | None,
    out_dir: Path | None,
    title: str | None,
    language: str | None,
    chapters: tuple[str, ...],
    combined: bool | None,
    html: bool,
    formats: tuple[str, ...] | None,
    review: bool,
    reader: str | None,
    templates: Path | None,
) -> None:
    """Draw a randomized practice exam and write papers, answer keys and JSON keys."""
    config = _config(
        ctx,
        reader=reader,
        templates=templates,
        exam__seed=seed,
        exam__variants=variants,
        exam__title=title,
        exam__language=language,
        exam__chapters=chapters or None,
        exam__combined=combined,
        exam__formats=formats,
    )
    with _RenderingBar(_documents(config)) as progress:
        outcome = build.make_exams(config, paths, out_dir=out_dir, html=html, progress=progress)
    for warning in outcome.warnings:
        _echo_err(f"warning: {warning}")
    _echo(f"seed {outcome.seed}: {len(outcome.papers)} version(s)")
    for path in outcome.paths:
        _echo(f"  {path}")
    if review:
        _echo(f"  {build.write_review(config, paths, outcome.seed, out_dir)}")


class _RenderingBar:
    """A progress bar that appears with the first rendered document, so that an error
    found before any rendering (bad notes, unknown chapter) is not preceded by one."""

    def __init__(self, length: int) -> None:
        self._length = length
        self._bar = None

    def __enter__(self) -> _RenderingBar:
        return self

    def __call__(self, _document: str) -> None:
        if self._bar is None:
            self._bar = click.progressbar(length=self._length, label="Rendering", file=sys.stderr)
            self._bar.__enter__()
        self._bar.update(1)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)


def _documents(config: Config) -> int:
    """PDFs one exam run renders: paper and key per version, plus the combined file."""
    return 2 * config.exam.variants + (1 if config.exam.combined else 0)


def _sync_summary(sync, where: str) -> str:
    return (
        f"facts: {len(sync.new)} new, {len(sync.changed)} changed, "
        f"{len(sync.unchanged)} unchanged, {len(sync.retired)} retired, "
        f"{len(sync.revived)} revived ({where})"
    )


@cli.command("build")
@TEMPLATES
@click.pass_context
def build_command(ctx: click.Context, templates: Path | None) -> None:
    """Do everything: parse sources/, update the store, write the deck and the exams.

    Only what changed is redone: unchanged notes are not parsed again, and outputs whose
    inputs are unchanged are not rewritten.
    """
    config = _config(ctx, templates=templates)
    report = build.build_all(config)
    _print_build(report)


#: Warnings of one kind ``build`` prints with their file:line before it only counts the rest.
SHOWN_WARNINGS = 10


def _print_warnings(diagnostics: list, more: str) -> None:
    """The first :data:`SHOWN_WARNINGS` with their file:line, then how many more there are."""
    for diagnostic in diagnostics[:SHOWN_WARNINGS]:
        _echo_err(str(diagnostic))
    if len(diagnostics) > SHOWN_WARNINGS:
        _echo_err(f"… and {len(diagnostics) - SHOWN_WARNINGS} more ({more})")


def _print_build(report: build.BuildReport) -> None:
    notes = [d for d in report.diagnostics if d.severity != "skipped"]
    _print_warnings(notes, "`examgen check` lists them all")
    if report.nothing_changed:
        _echo("Nothing changed: no notes parsed, no outputs rewritten.")
        return
    _echo(f"notes: {report.parsed} of {report.files} file(s) parsed")
    _echo(_sync_summary(report.sync, "store"))
    if report.deck.skipped:
        _echo("deck: unchanged")
    else:
        _print_warnings(list(report.deck.report.warnings), "`examgen deck` prints them all")
        _echo(f"deck: {report.deck.report.summary()}")
    exams = report.exams
    if exams is not None and exams.skipped:
        _echo(f"exams: unchanged (seed {exams.seed})")
    elif exams is not None:
        for warning in exams.warnings:
            _echo_err(f"warning: {warning}")
        _echo(f"exams: seed {exams.seed}, {len(exams.papers)} version(s)")
        for path in exams.paths:
            _echo(f"  {path}")


@cli.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
def init(ctx: click.Context, directory: Path | None) -> None:
    """Make a new workspace (default: here, or -C DIR): sources/, examgen.toml, templates/."""
    config: Config = ctx.obj
    report = build.init_workspace(directory or config.root)
    for path in report.created:
        _echo(f"created {path}")
    for path in report.kept:
        _echo(f"kept    {path} (exists)")
    if report.example is not None:
        # Left beside the user's notes, the example is read with them: its questions join the
        # papers, and as the first file it names the deck and the papers.
        _echo(f"Next: put your notes in sources/ and delete {report.example} (it is read with")
        _echo("them, and names the deck while it is first), then run `examgen build`.")
    else:
        _echo("Next: edit sources/, then run `examgen build`.")


@cli.command()
@TEMPLATES
@click.pass_context
def watch(ctx: click.Context, templates: Path | None) -> None:
    """Rebuild whenever the notes, templates or config change (Ctrl-C to stop).

    A parse error is shown with file:line and the watch goes on, keeping the last good
    outputs.
    """
    config = _config(ctx, templates=templates)
    build.watch(
        config,
        on_build=lambda report: (_echo(f"[{_now()}] build"), _print_build(report)),
        on_error=lambda exc: _echo_err(f"[{_now()}] Error: {exc}"),
        on_start=lambda paths: _echo_err(f"watching {', '.join(map(str, paths))} (Ctrl-C stops)"),
    )


def _now() -> str:
    return time.strftime("%H:%M:%S")


def main() -> None:
    """Entry point of the ``examgen`` script.

    A problem the user can fix is an :class:`ExamgenError` (click prints it). Anything else
    is a bug in examgen: it is reported in one line with exit code 70, and with its
    traceback when ``EXAMGEN_DEBUG`` is set.
    """
    try:
        cli(prog_name="examgen", standalone_mode=False)
    except click.exceptions.Abort:
        _echo("Aborted!", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:
        if os.environ.get("EXAMGEN_DEBUG"):
            raise
        _echo(
            f"examgen: internal error: {type(exc).__name__}: {exc} "
            "(a bug: run again with EXAMGEN_DEBUG=1 for the traceback, and report it)",
            err=True,
        )
        sys.exit(70)
