"""``examgen exam --format`` and ``[exam] formats``: every format from one draw, and an
unknown format refused before anything is written."""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner

from examgen import build
from examgen.cli import cli
from examgen.config import load_config


def run(cwd: Path, *args: str):
    return CliRunner().invoke(cli, ["-C", str(cwd), *args], catch_exceptions=False)


def test_exam_writes_every_format_of_the_same_draw(workspace: Path):
    result = run(
        workspace, "exam", "--seed", "7", "--format", "pdf,moodle,gift,qti,html", "-o", "out"
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (workspace / "out").iterdir())
    assert names == sorted(
        ["exam-7-A.pdf", "key-7-A.pdf", "key-7-A.json", "moodle-7-A.xml", "gift-7-A.txt",
         "qti-7-A.zip", "practice-7-A.html"]
    )  # fmt: skip
    assert "GIFT has no ordering question" in result.output
    key = json.loads((workspace / "out/key-7-A.json").read_text(encoding="utf-8"))
    moodle = ET.parse(workspace / "out/moodle-7-A.xml").getroot()
    prompts = [
        html.unescape(q.findtext("questiontext/text"))
        for q in moodle.findall("question")
        if q.get("type") != "category"
    ]
    assert prompts == [entry["prompt"] for entry in key]


def test_formats_in_the_config_file_choose_what_is_written(workspace: Path):
    (workspace / "examgen.toml").write_text('[exam]\nformats = ["gift"]\n', encoding="utf-8")
    result = run(workspace, "exam", "--seed", "7", "-o", "out")
    assert result.exit_code == 0, result.output
    assert [p.name for p in (workspace / "out").iterdir()] == ["gift-7-A.txt"]
    assert load_config(workspace).exam.formats == ("gift",)


def test_an_unknown_format_on_the_command_line_writes_nothing(workspace: Path):
    result = run(workspace, "exam", "--seed", "7", "--format", "pdf,docx", "-o", "out")
    assert result.exit_code == 2
    assert "unknown exam format(s): docx (known: pdf, moodle, gift, qti, html)" in result.output
    assert not (workspace / "out").exists()


def test_an_unknown_format_in_the_config_file_fails_at_load_naming_the_file(workspace: Path):
    (workspace / "examgen.toml").write_text('[exam]\nformats = ["pdf", "word"]\n', encoding="utf-8")
    result = run(workspace, "exam", "--seed", "7", "-o", "out")
    assert result.exit_code == 2
    assert "examgen.toml" in result.output and "unknown exam format(s): word" in result.output
    assert not (workspace / "out").exists()


def test_build_writes_the_configured_formats_and_redoes_a_missing_one(workspace: Path):
    (workspace / "examgen.toml").write_text(
        '[exam]\nseed = 7\nformats = ["pdf", "html"]\n', encoding="utf-8"
    )
    page = workspace / "build" / "practice-7-A.html"
    first = build.build_all(load_config(workspace))
    assert page.is_file() and page in first.exams.paths
    assert build.build_all(load_config(workspace)).exams.skipped
    page.unlink()
    build.build_all(load_config(workspace))
    assert page.is_file()
