"""The command line, through click's CliRunner: contracts other tools script against."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from examgen import __version__
from examgen.cli import cli


def run(*args: str, cwd: Path | None = None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(cli, list(args), catch_exceptions=False)
    return runner.invoke(cli, ["-C", str(cwd), *args], catch_exceptions=False)


def test_version_and_help() -> None:
    assert run("--version").output.strip() == f"examgen, version {__version__}"
    for command in ("facts", "check", "stats", "retired", "deck", "exam", "build", "init", "watch"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_facts_json_contract(workspace: Path) -> None:
    result = run("facts", "--json")
    assert result.exit_code == 0, result.output
    facts = json.loads(result.stdout)
    assert facts, "the sample gives facts"
    keys = {"id", "kind", "subject", "text", "items", "section", "source", "line", "lang"}
    for fact in facts:
        # `parent` only where the fact hangs under a list item (a string then); `open` only
        # on a list of examples (true then).
        assert set(fact) - {"parent", "open"} == keys
        assert isinstance(fact.get("parent", ""), str)
        assert fact.get("open", True) is True
        assert fact["kind"] in {"definition", "list", "sequence"}
        assert fact["source"].startswith("sources/") and fact["line"] >= 1
        assert fact["lang"] in {"zh", "en"}
        for item in fact["items"]:
            assert set(item) == {"text", "gloss"}
        if fact["kind"] == "definition":
            assert fact["text"] and not fact["items"]
        else:
            assert fact["items"]


def test_facts_on_the_seed_text_matches_the_markdown(workspace: Path, seed_path: Path) -> None:
    markdown = json.loads(run("facts", "--json").stdout)
    text = json.loads(run("facts", "--json", str(seed_path)).stdout)
    assert {(f["id"], f["kind"]) for f in markdown} == {(f["id"], f["kind"]) for f in text}


def test_facts_db_records_and_stats_reads(workspace: Path) -> None:
    assert run("stats").exit_code != 0, "no database yet is an error"
    result = run("facts", "--db", "build/facts.sqlite")
    assert result.exit_code == 0
    assert "new" in result.stderr
    stats = run("stats")
    assert stats.exit_code == 0
    assert "Docker技术原理与实践" in stats.output and "total" in stats.output


def test_binary_input_is_a_clear_error(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_bytes(b"\x00\x01\x02PNG\xff\xfe\x00" * 50)
    result = run("facts", str(notes))
    assert result.exit_code == 2
    assert "notes.md" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    result = run("facts", str(tmp_path / "nope.md"))
    assert result.exit_code == 2
    assert "nope.md" in result.stderr


def test_check_reports_skipped_lines_with_file_and_line(workspace: Path, seed_path: Path) -> None:
    result = run("check", str(seed_path))
    assert result.exit_code == 0
    assert "seed.txt:" in result.output
    assert "Posted by" in result.output or "byline" in result.output


def test_check_strict_exits_1_on_warnings(tmp_path: Path) -> None:
    notes = tmp_path / "dup.md"
    notes.write_text("# T\n\n## A\n\n- X: one\n\n## B\n\n- X: two\n", encoding="utf-8")
    assert run("check", str(notes)).exit_code == 0
    strict = run("check", "--strict", str(notes))
    assert strict.exit_code == 1
    assert "dup.md:5" in strict.output and "dup.md:9" in strict.output


def test_retired_list_and_forget(workspace: Path) -> None:
    notes = workspace / "sources" / "paas-review.md"
    assert run("deck").exit_code == 0
    notes.write_text(
        notes.read_text(encoding="utf-8").replace("2. Kafka(高吞吐量分布式发布订阅消息系统)\n", ""),
        encoding="utf-8",
    )
    assert run("deck").exit_code == 0
    listing = run("retired")
    assert listing.exit_code == 0 and "Kafka" in listing.stdout
    assert "--forget" in listing.stderr
    kafka_id = listing.stdout.split()[0]
    assert json.loads(run("retired", "--json").stdout)[0]["id"] == kafka_id

    assert run("retired", "nope", "--forget").exit_code == 1
    assert run("retired", kafka_id).exit_code == 2, "ids without --forget is a usage error"
    forgot = run("retired", "--forget", kafka_id)
    assert forgot.exit_code == 0 and "forgot 1" in forgot.stdout
    assert run("retired").stdout == ""
    assert "0 retired" in run("deck").stdout


def test_unknown_chapter_is_an_error_naming_the_chapters(workspace: Path) -> None:
    result = run("exam", "--seed", "1", "--chapter", "Dockr", "-o", "out")
    assert result.exit_code == 2
    assert "Dockr" in result.stderr and "Docker技术原理与实践" in result.stderr
    assert not (workspace / "out").exists()


def test_a_bug_is_one_line_and_exit_70_not_a_traceback(workspace: Path) -> None:
    assert run("facts", "--db", "build/facts.sqlite").exit_code == 0
    with sqlite3.connect(workspace / "build" / "facts.sqlite") as db:
        db.execute("UPDATE facts SET section = '{not json'")  # a store no examgen writes
    command = [sys.executable, "-m", "examgen", "stats"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=workspace, check=False)
    assert done.returncode == 70
    assert "internal error" in done.stderr and "Traceback" not in done.stderr
    debug = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=workspace,
        check=False,
        env={**os.environ, "EXAMGEN_DEBUG": "1"},
    )
    assert "Traceback" in debug.stderr


def test_notes_without_facts_are_an_error_not_an_empty_deck(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.md").write_text("# Only a title\n", encoding="utf-8")
    for command in (("build",), ("deck",), ("exam", "--seed", "1")):
        result = run(*command, cwd=tmp_path)
        assert result.exit_code == 1, command
        assert "give no facts" in result.stderr and "examgen check" in result.stderr
    assert not (tmp_path / "build" / "exam-1-A.pdf").exists()
