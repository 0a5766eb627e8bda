"""``examgen build`` end to end: one build for everything, incremental, crash-safe, watchable.

Real notes, real store, real deck and real PDFs; no mocks. The workspace has the sample
notes plus a small second file and a short blueprint (8 questions) with a fixed seed, so a
render costs well under a second and the exam is the same on every run.
"""

from __future__ import annotations

import json
import os
import queue
import sqlite3
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from examgen import build
from examgen.cli import cli
from examgen.config import load_config
from examgen.model import Fact
from examgen.templating import builtin_templates_dir

SEED = 3
DECK = "PaaS复习.apkg"
EXAM_FILES = (f"exam-{SEED}-A.pdf", f"key-{SEED}-A.pdf", f"key-{SEED}-A.json")
OUTPUTS = ("facts.sqlite", DECK, *EXAM_FILES)

STORAGE_NOTES = """\
## Storage

1. Volume: a directory outside the container's union file system that keeps data after \
the container is removed
2. Bind mount: a host file or folder mounted into a container at a given path
3. tmpfs mount: an in-memory mount whose data disappears when the container stops
"""

SMALL_EXAM = f"""\
[exam]
seed = {SEED}
[exam.blueprint.single_choice]
count = 3
[exam.blueprint.multiple_choice]
count = 0
[exam.blueprint.true_false]
count = 3
[exam.blueprint.fill_blank]
count = 2
[exam.blueprint.matching]
count = 0
[exam.blueprint.ordering]
count = 0
[exam.blueprint.short_answer]
count = 0
"""

#: A moment long past: outputs are aged to it, so any rewrite shows in st_mtime_ns even on a
#: file system whose clock ticks coarsely.
LONG_AGO_NS = 1_500_000_000 * 10**9

#: Upper bound of any wait for a build (they take a second or two).
WAIT_S = 30


# --------------------------------------------------------------------------- helpers
def run(*args: str, cwd: Path):
    return CliRunner().invoke(cli, ["-C", str(cwd), *args], catch_exceptions=False)


@pytest.fixture
def ws(workspace: Path) -> Path:
    """The sample workspace plus ``sources/storage.md`` (two notes files) and a small exam."""
    (workspace / "sources" / "storage.md").write_text(STORAGE_NOTES, encoding="utf-8")
    (workspace / "examgen.toml").write_text(SMALL_EXAM, encoding="utf-8")
    return workspace


def build_lib(root: Path) -> build.BuildReport:
    return build.build_all(load_config(root))


def age(folder: Path) -> None:
    for path in folder.iterdir():
        if path.is_file():
            os.utime(path, ns=(LONG_AGO_NS, LONG_AGO_NS))


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file of ``folder``: modification time (ns) and bytes."""
    return {
        path.name: (path.stat().st_mtime_ns, path.read_bytes())
        for path in sorted(folder.iterdir())
        if path.is_file()
    }


def rewritten(before: dict[str, tuple[int, bytes]], folder: Path) -> set[str]:
    """Names whose file was rewritten (or appeared, or vanished) since ``before``."""
    after = snapshot(folder)
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


def facts_of(root: Path) -> tuple[Fact, ...]:
    return build.parse_notes(load_config(root)).facts


def key_json(root: Path) -> list[dict]:
    return json.loads((root / "build" / EXAM_FILES[2]).read_text(encoding="utf-8"))


def edit_definition(root: Path, fact: Fact, suffix: str, original: str | None = None) -> None:
    """Append ``suffix`` to one definition's text, on its own line only."""
    path = root / fact.source
    lines = (original if original is not None else path.read_text(encoding="utf-8")).split("\n")
    line = lines[fact.line - 1]
    assert line.count(fact.text) == 1, f"{fact.location}: text not on its line: {line!r}"
    lines[fact.line - 1] = line.replace(fact.text, fact.text + suffix)
    path.write_text("\n".join(lines), encoding="utf-8")


def one_line_definitions(root: Path) -> list[Fact]:
    """Definitions whose text is on the fact's own line and in no other fact (so an edit
    there changes exactly one fact: a list member with a gloss is a definition too)."""
    facts = facts_of(root)
    out = []
    for fact in facts:
        if fact.kind != "definition" or len(fact.text) < 4:
            continue
        if any(fact.text in _said(other) for other in facts if other.id != fact.id):
            continue
        lines = (root / fact.source).read_text(encoding="utf-8").split("\n")
        if lines[fact.line - 1].count(fact.text) == 1:
            out.append(fact)
    return out


def _said(fact: Fact) -> str:
    return "\n".join([fact.text, *(f"{i.text}\n{i.gloss or ''}" for i in fact.items)])


def assert_readable(out: Path) -> None:
    """Every output is whole: the deck a zip with a collection, PDFs parse, JSON loads,
    the store opens and passes an integrity check."""
    for name in OUTPUTS:
        assert (out / name).is_file(), f"{name} is missing"
    with zipfile.ZipFile(out / DECK) as package:
        assert package.testzip() is None
        assert "collection.anki2" in package.namelist()
    for name in EXAM_FILES[:2]:
        assert len(PdfReader(out / name).pages) >= 1, name
    assert isinstance(json.loads((out / EXAM_FILES[2]).read_text(encoding="utf-8")), list)
    db = sqlite3.connect(out / "facts.sqlite")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT COUNT(*) FROM facts").fetchone()[0] > 0
    finally:
        db.close()


# --------------------------------------------------------------------------- build
def test_build_writes_everything_and_summarises(ws: Path) -> None:
    result = run("build", cwd=ws)
    assert result.exit_code == 0, result.output
    out = ws / "build"
    # .cache: the deck's collection, kept so that the next build writes only what changed.
    assert {p.name for p in out.iterdir()} == {*OUTPUTS, ".cache"}
    assert_readable(out)
    stdout = result.stdout
    facts = len(facts_of(ws))
    assert "notes: 2 of 2 file(s) parsed" in stdout
    assert f"facts: {facts} new, 0 changed, 0 unchanged, 0 retired, 0 revived" in stdout
    assert f"deck: {out / DECK}: " in stdout and " notes, " in stdout
    assert f"exams: seed {SEED}, 1 version(s)" in stdout
    for name in EXAM_FILES:
        assert str(out / name) in stdout
    assert len(key_json(ws)) == 8, "the blueprint's 3 + 3 + 2 questions"
    assert "rules removed candidates" not in result.output


def test_rebuild_without_changes_rewrites_nothing(ws: Path) -> None:
    assert run("build", cwd=ws).exit_code == 0
    out = ws / "build"
    age(out)
    before = snapshot(out)
    result = run("build", cwd=ws)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Nothing changed")
    assert rewritten(before, out) == set()
    report = build_lib(ws)
    assert report.nothing_changed and report.parsed == 0
    assert report.exams is not None and report.exams.papers == (), "nothing was drawn"
    assert rewritten(before, out) == set()


def test_unseeded_build_keeps_its_seed(ws: Path) -> None:
    (ws / "examgen.toml").write_text(SMALL_EXAM.replace(f"seed = {SEED}\n", ""), "utf-8")
    first = build_lib(ws)
    assert first.exams is not None and first.exams.report is not None
    second = build_lib(ws)
    assert second.nothing_changed and second.exams.seed == first.exams.seed


def test_editing_one_source_redoes_only_what_it_affects(ws: Path) -> None:
    out = ws / "build"
    build_lib(ws)
    printed = json.dumps(key_json(ws), ensure_ascii=False)
    asked = {fact_id for question in key_json(ws) for fact_id in question["facts"]}
    candidates = one_line_definitions(ws)
    unused = next(
        f
        for f in candidates
        if f.source == "sources/storage.md"
        and f.id not in asked
        and f.subject not in printed
        and f.text not in printed
    )
    used = next(f for f in candidates if f.id in asked and f.text in printed)

    # A fact the exam does not print: deck and store change, the exam files do not.
    age(out)
    before = snapshot(out)
    edit_definition(ws, unused, " (edited)")
    report = build_lib(ws)
    assert report.parsed == 1 and report.files == 2
    assert report.sync.changed == (unused.id,)
    assert not report.sync.new and not report.sync.retired
    assert not report.deck.skipped
    assert report.exams is not None and report.exams.skipped
    assert rewritten(before, out) == {DECK, "facts.sqlite"}
    # ... and the exam's record moved on: the next build draws nothing.
    again = build_lib(ws)
    assert again.nothing_changed and again.exams.papers == ()

    # A fact a question asks about: the exam is drawn and rendered again.
    age(out)
    before = snapshot(out)
    edit_definition(ws, used, "（已修改）")
    report = build_lib(ws)
    assert report.parsed == 1
    assert report.sync.changed == (used.id,)
    assert report.exams is not None and not report.exams.skipped
    assert rewritten(before, out) == set(OUTPUTS)
    assert used.text + "（已修改）" in json.dumps(key_json(ws), ensure_ascii=False)


def test_a_fact_printed_only_as_a_distractor_rerenders_the_exam(ws: Path) -> None:
    """The exam's fingerprint is what the papers print, not just the facts the key names."""
    out = ws / "build"
    build_lib(ws)
    printed = json.dumps(key_json(ws), ensure_ascii=False)
    asked = {fact_id for question in key_json(ws) for fact_id in question["facts"]}
    notes = (ws / "sources" / "paas-review.md").read_text(encoding="utf-8")
    distractor = next(
        (
            f
            for f in facts_of(ws)
            if f.kind == "definition"
            and f.id not in asked
            and len(f.text) >= 4
            and f.text in printed
            and notes.count(f.text) == 1
            # Editing it changes no asked fact (a list that glosses a member with it would).
            and not asked & {g.id for g in facts_of(ws) if any(f.text == i.gloss for i in g.items)}
        ),
        None,
    )
    assert distractor is not None, "the paper prints another fact's text"
    age(out)
    before = snapshot(out)
    (ws / distractor.source).write_text(
        notes.replace(distractor.text, distractor.text + "2"), encoding="utf-8"
    )
    report = build_lib(ws)
    assert distractor.id in report.sync.changed
    assert not asked & set(report.sync.changed), "no fact the key names changed"
    assert report.exams is not None and not report.exams.skipped
    assert set(EXAM_FILES) <= rewritten(before, out)
    # A small edit, so the item rules judge the paper as before (same questions).
    assert distractor.text + "2" in json.dumps(key_json(ws), ensure_ascii=False)


def test_templates_redo_only_their_output(ws: Path) -> None:
    out = ws / "build"
    build_lib(ws)
    templates = ws / "templates"
    templates.mkdir()
    builtin = builtin_templates_dir()

    age(out)
    before = snapshot(out)
    exam_css = (builtin / "exam.css").read_text(encoding="utf-8")
    (templates / "exam.css").write_text(exam_css + "\nh1 { letter-spacing: 0.02em; }\n", "utf-8")
    report = build_lib(ws)
    assert report.deck.skipped and report.exams is not None and not report.exams.skipped
    assert rewritten(before, out) == {*EXAM_FILES, "facts.sqlite"}

    age(out)
    before = snapshot(out)
    card_css = (builtin / "card.css").read_text(encoding="utf-8")
    (templates / "card.css").write_text(card_css + "\n.card { letter-spacing: 0; }\n", "utf-8")
    report = build_lib(ws)
    assert not report.deck.skipped and report.exams is not None and report.exams.skipped
    assert rewritten(before, out) == {DECK, "facts.sqlite"}

    # A README in templates/ is no template: nothing to redo.
    (templates / "README.md").write_text("my overrides\n", encoding="utf-8")
    assert build_lib(ws).nothing_changed


# --------------------------------------------------------------------------- crash safety
def touched(out: Path, aged: set[str]) -> set[str]:
    """Files of ``out`` being written since it was aged: new ones (temp files, the store's
    journal) and aged ones whose time moved (written in place)."""
    names = set()
    for path in out.iterdir():
        try:
            mtime = path.stat().st_mtime_ns
        except FileNotFoundError:  # a temp file renamed over its target meanwhile
            continue
        if path.name not in aged or mtime != LONG_AGO_NS:
            names.add(path.name)
    return names


def kill_when(proc: subprocess.Popen, out: Path, trigger: str | float, deadline: float) -> bool:
    """Kill ``proc`` as soon as a file whose name contains ``trigger`` starts being written in
    ``out`` (or, for a number, after that many seconds). True when it was killed before it
    finished."""
    aged = {path.name for path in out.iterdir()}
    started = time.monotonic()
    while proc.poll() is None and time.monotonic() < deadline:
        if isinstance(trigger, float):
            fired = time.monotonic() - started >= trigger
        else:
            fired = any(trigger in name for name in touched(out, aged))
        if fired:
            break
        time.sleep(0.001)
    proc.kill()  # a no-op on a process that finished
    proc.wait(timeout=WAIT_S)
    return proc.returncode == -9


def test_a_killed_build_leaves_the_previous_outputs_whole(ws: Path) -> None:
    out = ws / "build"
    command = [sys.executable, "-m", "examgen", "-C", str(ws), "build"]
    started = time.monotonic()
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    full = time.monotonic() - started
    assert_readable(out)

    asked = {fact_id for question in key_json(ws) for fact_id in question["facts"]}
    target = next(f for f in one_line_definitions(ws) if f.id in asked)
    original = (ws / target.source).read_text(encoding="utf-8")
    # Kill just as the store, the deck, the exam PDF or the key starts being written, and
    # once at half a whole build's time.
    triggers: list[str | float] = ["facts.sqlite", ".apkg", "exam-", "key-", full / 2]
    deadline = time.monotonic() + 90
    killed = []
    for number, trigger in enumerate(triggers):
        # Each run has the whole chain to redo: store, deck and exam.
        edit_definition(ws, target, f"（第{number}版）", original)
        age(out)
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if kill_when(proc, out, trigger, deadline):
            killed.append(trigger)
        assert_readable(out)
    assert len(killed) >= 3, f"most runs should have been killed part way, only {killed} were"

    result = run("build", cwd=ws)
    assert result.exit_code == 0, result.output
    assert_readable(out)
    last = f"{target.text}（第{len(triggers) - 1}版）"
    assert last in json.dumps(key_json(ws), ensure_ascii=False)
    with build.FactStore.open(out / "facts.sqlite") as store:
        assert store.get(target.id).fact.text == last
    assert build_lib(ws).nothing_changed


# --------------------------------------------------------------------------- bad input
def test_a_binary_notes_file_fails_cleanly_and_keeps_the_outputs(ws: Path) -> None:
    out = ws / "build"
    assert run("build", cwd=ws).exit_code == 0
    age(out)
    before = snapshot(out)
    (ws / "sources" / "storage.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    result = run("build", cwd=ws)
    assert result.exit_code == 2
    assert "sources/storage.md" in result.stderr and "binary" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert rewritten(before, out) == set()


# --------------------------------------------------------------------------- init
def test_init_then_build_in_an_empty_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "new"
    result = CliRunner().invoke(cli, ["init", str(root)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for name in ("examgen.toml", "sources/example.md", "templates/README.md"):
        assert (root / name).is_file()
        assert f"created {root / name}" in result.stdout
    # Left beside the user's notes, the example would be read with them: init says so.
    assert f"delete {root / 'sources' / 'example.md'}" in result.stdout

    result = run("build", cwd=root)
    assert result.exit_code == 0, result.output
    out = root / "build"
    assert (out / "facts.sqlite").is_file()
    decks = list(out.glob("*.apkg"))
    assert len(decks) == 1
    with zipfile.ZipFile(decks[0]) as package:
        assert package.testzip() is None
    papers = list(out.glob("exam-*-A.pdf"))
    assert len(papers) == 1 and len(PdfReader(papers[0]).pages) >= 1
    keys = list(out.glob("key-*-A.json"))
    assert len(keys) == 1 and json.loads(keys[0].read_text(encoding="utf-8"))
    assert "new" in result.stdout
    # The example is small: the default blueprint is not met, which is a warning, not an error.
    assert "warning: " in result.stderr
    assert run("build", cwd=root).stdout.startswith("Nothing changed")

    # init again (here, in the workspace): every file exists and is kept as the user left it.
    (root / "examgen.toml").write_text("# mine\n", encoding="utf-8")
    notes = (root / "sources" / "example.md").read_bytes()
    monkeypatch.chdir(root)
    result = CliRunner().invoke(cli, ["init"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "created" not in result.stdout and result.stdout.count("kept") == 3
    assert "delete" not in result.stdout  # the example it did not make is the user's now
    assert (root / "examgen.toml").read_text(encoding="utf-8") == "# mine\n"
    assert (root / "sources" / "example.md").read_bytes() == notes


def test_init_honours_the_workspace_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # where a buggy init writes instead
    root = tmp_path / "new"
    root.mkdir()
    assert run("init", cwd=root).exit_code == 0
    assert (root / "examgen.toml").is_file()
    assert not (elsewhere / "examgen.toml").exists()


# --------------------------------------------------------------------------- watch
class Watcher:
    """``build.watch`` in a thread, its reports and errors in queues. ``during_first`` runs
    inside the first build's report, i.e. before the watch has seen any change."""

    def __init__(self, root: Path, during_first: Callable[[], None] | None = None) -> None:
        self.reports: queue.Queue = queue.Queue()
        self.errors: queue.Queue = queue.Queue()
        self.stop = threading.Event()
        self.during_first = during_first
        self.thread = threading.Thread(
            target=build.watch,
            args=(load_config(root),),
            kwargs={
                "on_build": self._report,
                "on_error": self.errors.put,
                "stop_event": self.stop,
                "debounce_ms": 50,
            },
            daemon=True,
        )

    def _report(self, report: build.BuildReport) -> None:
        if self.during_first is not None:
            self.during_first()
            self.during_first = None
        self.reports.put(report)

    def __enter__(self) -> Watcher:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=WAIT_S)
        assert not self.thread.is_alive(), "the watch did not stop"

    def quiet(self, seconds: float = 0.5) -> None:
        """Nothing more arrives for a while (ten debounce periods)."""
        with pytest.raises(queue.Empty):
            self.reports.get(timeout=seconds)
        assert self.errors.empty()


def test_watch_rebuilds_once_per_change_and_survives_bad_input(ws: Path) -> None:
    out = ws / "build"
    storage = ws / "sources" / "storage.md"
    volume, bind, _tmpfs = (f for f in one_line_definitions(ws) if f.source == "sources/storage.md")

    # An edit made while the first build runs (here: while it reports) is not missed.
    with Watcher(ws, during_first=lambda: edit_definition(ws, volume, " (early)")) as watcher:
        first = watcher.reports.get(timeout=WAIT_S)
        assert first.parsed == 2 and first.exams is not None and first.exams.report is not None
        early = watcher.reports.get(timeout=WAIT_S)
        assert early.parsed == 1 and early.sync.changed == (volume.id,)
        watcher.quiet()

        edit_definition(ws, bind, " (watched)")
        report = watcher.reports.get(timeout=WAIT_S)
        assert report.parsed == 1 and report.sync.changed == (bind.id,)
        assert not report.deck.skipped
        watcher.quiet()

        good = storage.read_bytes()
        age(out)
        before = snapshot(out)
        storage.write_bytes(b"\x00\x01binary\xff" * 40)
        error = watcher.errors.get(timeout=WAIT_S)
        assert "sources/storage.md" in str(error) and "binary" in str(error)
        assert watcher.reports.empty()
        assert rewritten(before, out) == set()
        assert_readable(out)

        # The watch goes on: fixing the file gives a build again (with nothing to redo).
        storage.write_bytes(good)
        again = watcher.reports.get(timeout=WAIT_S)
        assert again.nothing_changed
        assert rewritten(before, out) == set()


def test_a_new_seed_replaces_the_last_builds_exam_files(ws: Path) -> None:
    assert run("build", cwd=ws).exit_code == 0
    config = ws / "examgen.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(f"seed = {SEED}", "seed = 7"), encoding="utf-8"
    )
    result = run("build", cwd=ws)
    assert result.exit_code == 0, result.output
    names = {p.name for p in (ws / "build").iterdir()}
    assert {"exam-7-A.pdf", "key-7-A.pdf", "key-7-A.json"} <= names
    assert not names & set(EXAM_FILES), "the old seed's papers must not linger"


def test_abandoned_temp_files_are_cleaned_but_recent_ones_kept(ws: Path) -> None:
    assert run("build", cwd=ws).exit_code == 0
    old = ws / "build" / f".{DECK}.abc123.tmp"
    recent = ws / "build" / f".{DECK}.def456.tmp"
    old.write_bytes(b"half a deck")
    recent.write_bytes(b"being written")
    os.utime(old, ns=(LONG_AGO_NS, LONG_AGO_NS))
    assert run("build", cwd=ws).exit_code == 0
    assert not old.exists() and recent.exists()
