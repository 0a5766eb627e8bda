"""Whatever the notes contain, the parser gives facts or an ExamgenError, never a traceback,
and it stays fast on a large file.

Hypothesis examples are kept few (these run in every ``make test``); the generated lines mix
what breaks naive parsers: indentation by tabs and spaces, lone bullets, unmatched
parentheses, colons, arrows, ``{#…}``, Markdown markup and CJK text.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from examgen.errors import ExamgenError
from examgen.model import FACT_KINDS, ParseResult
from examgen.notes import parse_paths, parse_text
from examgen.notes.readers import decode_bytes

READERS = ("markdown", "text")
INDENTS = [
    "",
    " ",
    "  ",
    "   ",
    "    ",
    "\t",
    "\t\t",
    " \t",
    "\t  ",
    "      ",
    "        ",
    "\u3000",
]
MARKERS = [
    "", "", "", "1. ", "10. ", "2) ", "3、", "• ", "•", "- ", "-", "* ", "· ",
    "# ", "## ", "### ", "> ", "```", "---", "| a | b |", "[TOC]", "Posted by X on Y",
]  # fmt: skip
PIECES = [
    "云计算", "Docker", "UTS", "作用", "路线", "过程", "模型", "(", ")", "（", "）", ":", "：",
    "->", "→", "-", "{#", "}", "{#x}", "![a](b.png)", "[", "]", "*", "_", "`", "\\", " ", "\t",
    "，", ",", "。", "CNI(container network interface)", "a", "b", "PID=1", "http://x",
]  # fmt: skip

lines = st.builds(
    lambda indent, marker, pieces: indent + marker + "".join(pieces),
    st.sampled_from(INDENTS),
    st.sampled_from(MARKERS),
    st.lists(st.sampled_from(PIECES), max_size=8),
)
documents = st.lists(lines, max_size=40).map("\n".join)
newlines = st.sampled_from(["\n", "\r\n", "\r"])

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(result: ParseResult) -> None:
    """What holds for any input: unique ids, known kinds, facts with a subject."""
    ids = [fact.id for fact in result.facts]
    assert len(ids) == len(set(ids))
    for fact in result.facts:
        assert fact.kind in FACT_KINDS
        assert fact.subject and fact.id and fact.line >= 1
        assert fact.lang in ("zh", "en")
        if fact.kind != "definition":
            assert fact.items


def parse_or_user_error(text: str, reader: str) -> None:
    try:
        result = parse_text(text, reader=reader)
    except ExamgenError:
        return
    check(result)


@FAST
@given(documents, st.sampled_from(READERS), newlines)
def test_outline_like_documents_never_crash(text, reader, newline):
    parse_or_user_error(text.replace("\n", newline), reader)


@FAST
@given(st.text(max_size=400), st.sampled_from(READERS))
def test_arbitrary_text_never_crashes(text, reader):
    parse_or_user_error(text, reader)


@FAST
@given(st.binary(max_size=300))
def test_arbitrary_bytes_decode_or_raise_a_user_error(data):
    try:
        text = decode_bytes(data, "x.txt")
    except ExamgenError as error:
        assert error.exit_code == 2
        return
    assert isinstance(text, str) and "\r" not in text


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=200) | documents.map(lambda text: text.encode("utf-8")))
def test_arbitrary_files_parse_or_raise_a_user_error(data):
    with tempfile.TemporaryDirectory() as folder:
        for name in ("notes.md", "notes.txt"):
            (Path(folder) / name).write_bytes(data)
        try:
            result = parse_paths([folder], root=Path(folder))
        except ExamgenError as error:
            assert error.exit_code == 2
            return
        check(result)


@pytest.mark.parametrize("reader", READERS)
def test_deep_nesting(reader):
    bullet = "- " if reader == "markdown" else "• "
    depth = 400
    text = "Title\n\n" + "\n".join("  " * level + bullet + f"层{level}" for level in range(depth))
    result = parse_text(text, reader=reader)
    check(result)
    assert result.facts


def generated_notes(line_count: int, seed: int) -> str:
    """A large notes file: chapters of numbered topics with bullets, labels and paragraphs."""
    rng = random.Random(seed)
    terms = ["云计算", "Docker", "Pod", "CGroups", "UTS", "kubelet", "命名空间", "存储卷"]
    out: list[str] = ["大笔记", ""]
    while len(out) < line_count:
        choice = rng.random()
        term = f"{rng.choice(terms)}{rng.randrange(10_000)}"
        if choice < 0.05:
            out += [f"第{len(out)}章", ""]
        elif choice < 0.35:
            out.append(f"  {rng.randrange(1, 20)}. {term}")
        elif choice < 0.75:
            depth = rng.choice([4, 4, 6, 8])
            gloss = rng.choice(["", "(隔离进程间通信)", ":定义文字", "(unmatched", "->甲->乙"])
            out.append(" " * depth + rng.choice(["• ", "- ", "* "]) + term + gloss)
        elif choice < 0.85:
            out += ["", f"    {rng.choice(['作用', '过程', '设计模型'])}:", ""]
        else:
            out.append("    " + rng.choice(["说明文字,很长的一句话。", "\t缩进用了制表符", "•"]))
    return "\n".join(out[:line_count])


def test_ten_thousand_lines_parse_without_error():
    # Speed is measured by `make bench`, never asserted here: only that it works.
    text = generated_notes(10_000, seed=20191106)
    markdown = text.replace("•", "-")
    for reader, source in (("text", text), ("markdown", markdown)):
        result = parse_text(source, reader=reader)
        check(result)
        assert len(result.facts) > 1000
