"""Simple notes read line by line give markdown-it-py's own tokens, and the same tree.

``examgen.notes.line_blocks`` reads a text of headings, paragraphs and lists without
markdown-it's block pass, and leaves any other text to it. These tests compare its tokens
with markdown-it-py's (CommonMark, as the notes' parser sets it up) and the tree the reader
builds from them with the tree built from markdown-it's, on notes written here and on
generated notes of the shapes it reads: headings, nested bullets and numbers indented by
2, 3 or 4 spaces, tight and loose lists, continuation lines, bold, CJK and math.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from examgen.notes import markdown as markdown_module
from examgen.notes import tokens as tokens_module
from examgen.notes.line_blocks import line_tokens, other_block
from examgen.notes.markdown import read_markdown
from examgen.notes.tokens import (
    commonmark_parser,
    inline_children,
    line_may_end_in,
    parse_markdown,
)

SAMPLE = Path(__file__).resolve().parent.parent / "sources"

SIMPLE_NOTES = [
    "# 标题\n\n## 概念\n\n## 云计算\n\n1. 云计算:一种计算模式\n2. 路线:并行->集群\n",
    "- a\n  - b\n    - c\n  - d\n- e\n",
    "1. one\n   - three-space child\n   - another\n2. two\n    - four spaces\n",
    "- loose\n\n- list\n\n- end\n",
    "- a\n\n  more of a\n- b\n",
    "- Docker Images\n\n  只读模版,运行容器\n- DockerFile\n  文件指令集\n",
    "- item with\nlazy continuation\n- next\n",
    "Paragraph\n- interrupts it\n\nParagraph\n1. interrupts it\n\nParagraph\n5. does not\n",
    "## Title ##\n#not a heading\n#\n####### seven\n- # heading in an item\n",
    "- **Bold term**: its text\n- $x^2$ and $$\\frac{a}{b}$$\n- *em* and `code`\n",
    "3. three\n4. four\n\n7) seven\n8) eight\n1. one\n- bullet after ordered\n",
    "- \n  empty first line\n-x\n\n1.\n  after an empty item\n",
    "  - two spaces\n   - three\n    - four\n     - five\n",
    "text\n   indented continuation\n        deeply indented continuation\n",
    "- a\n  - b\n      c lazy under b\n- d\n",
    "一段话，\n接着一行。\n\n  缩进的段落\n",
    "".join(f"{'  ' * depth}- level {depth}\n" for depth in range(30)) + "after\n",
    "- a\n- b\n\n\n- after two empty lines\n   \n",
    "1. Term 0: text\n\n2. List 1 parts\n   - a\n   - b\n\n3. Term 2: text\n\n## Chapter\n",
    "- a\n\n  more of a\n\n- b\n\n  - under b\n\n- c\n\n\nafter\n",
]


def _blocks(tokens: list) -> list[tuple]:
    return [
        (
            t.type,
            t.tag,
            t.nesting,
            t.map,
            t.level,
            t.content,
            t.markup,
            t.info,
            tuple(sorted(t.attrs.items())),
            t.hidden,
            t.block,
            t.meta,
            t.children,
        )
        for t in tokens
    ]


def _reference(text: str) -> list[tuple]:
    tokens = commonmark_parser().parse(text)
    for token in tokens:
        if token.type == "inline":
            token.children = []  # the notes' parser parses inline content on demand
    return _blocks(tokens)


@pytest.mark.parametrize("text", SIMPLE_NOTES)
def test_simple_notes_are_read_line_by_line_into_markdown_it_pys_tokens(text):
    ours = line_tokens(text)
    assert ours is not None  # read by this reader, not left to markdown-it
    assert _blocks(ours) == _reference(text)


def test_the_sample_notes_are_read_line_by_line():
    files = sorted(SAMPLE.glob("*.md"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        ours = line_tokens(text)
        assert ours is not None, path.name
        assert _blocks(ours) == _reference(text), path.name


OTHER_BLOCKS = [
    "> a quote\n",
    "- > a quote in an item\n",
    "<div>html</div>\n",
    "1. <!-- a comment -->\n",
    "```\ncode\n```\n",
    "- ~~~\n  code\n  ~~~\n",
    "[ref]: http://example.com\n\nA [link][ref].\n",
    "- [ref]:\n  /url\n",
    "- tab\n\t- indented\n",
    "text\n\n    indented code\n",
    "-     code after a marker\n",
    "".join(f"{'  ' * depth}- level {depth}\n" for depth in range(70)),
]


@pytest.mark.parametrize("text", OTHER_BLOCKS)
def test_a_text_with_any_other_block_is_left_to_markdown_it(text):
    assert line_tokens(text) is None
    tokens, _env = parse_markdown(text)  # which reads it as ever
    assert _blocks(tokens) == _reference(text)


def test_a_link_in_an_item_is_no_reference_and_is_read_line_by_line():
    text = "- [a link](http://example.com) to read\n- [x] a box\n"
    ours = line_tokens(text)
    assert ours is not None
    assert _blocks(ours) == _reference(text)


# Generated notes of the shapes the line reader reads.
INDENTS = ["", "", "", "  ", "   ", "    ", "  " * 2, "   " * 2, "    " * 2, " "]
MARKERS = ["", "", "", "- ", "- ", "* ", "+ ", "1. ", "2. ", "1) ", "10. ", "# ", "## ", "-"]
TEXTS = [
    "云计算：按需付费",
    "Docker Images",
    "**粗体**：说明",
    "a *term* and `code`",
    "$x^2 + y$",
    "Q: 什么是容器？",
    "A: 进程的隔离",
    "步骤：",
    "term ##",
    "1. 数字",
    "",
    "  ",
]
lines = st.builds(
    lambda indent, marker, text: indent + marker + text,
    st.sampled_from(INDENTS),
    st.sampled_from(MARKERS),
    st.sampled_from(TEXTS),
)
notes = st.lists(lines, max_size=25).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes)
def test_generated_notes_read_line_by_line_give_markdown_it_pys_tokens(text):
    # Through the parser: it asks the line reader only when no setext underline, thematic
    # break or table can occur (`- ` alone under a line underlines it), and markdown-it
    # reads what the line reader leaves (indented code).
    ours, _env = parse_markdown(text)
    assert _blocks(ours) == _reference(text)


def _tree_both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple:
    with monkeypatch.context() as patch:
        # From tokens (the tree read from the lines directly: tests/test_notes_line_tree.py).
        patch.setattr(markdown_module, "read_lines", lambda text, reader, absent: False)
        line_read = read_markdown(text, "notes.md")
        patch.setattr(tokens_module, "line_tokens", lambda text: None)
        markdown_it_read = read_markdown(text, "notes.md")
    return line_read, markdown_it_read


@pytest.mark.parametrize("text", SIMPLE_NOTES)
def test_simple_notes_read_line_by_line_give_the_tree_markdown_it_gives(text, monkeypatch):
    line_read, markdown_it_read = _tree_both_ways(text, monkeypatch)
    assert line_read == markdown_it_read


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes)
def test_generated_notes_read_line_by_line_give_the_tree_markdown_it_gives(text):
    with pytest.MonkeyPatch.context() as monkeypatch:
        line_read, markdown_it_read = _tree_both_ways(text, monkeypatch)
    assert line_read == markdown_it_read


def test_inline_content_of_a_line_read_item_is_parsed_on_demand():
    text = "- **粗体** and $x$\n- plain\n"
    tokens, env = parse_markdown(text)
    inline = [token for token in tokens if token.type == "inline"]
    reference = next(t for t in commonmark_parser().parse(text) if t.type == "inline")
    parsed = inline_children(inline[0], env)
    assert [(c.type, c.content) for c in parsed] == [
        (c.type, c.content) for c in reference.children
    ]
    assert {"strong_open", "math_inline"} <= {child.type for child in parsed}
    assert inline_children(inline[1], env) is None  # plain text: not parsed at all


# The scans that decide, before any reading, which rules a text may need.
ENDINGS = ["", "x", "-", "=", "*", "_", "->", " ", "\t", "- ", "=\t", "*  ", "|"]
STARTS = ["", " ", "- ", "1. ", "2) ", "  * ", ">", "<", "```", "~~~", "- >", "10.<", "x>"]
ended_lines = st.builds(
    lambda start, ending: start + "text" + ending,
    st.sampled_from(STARTS),
    st.sampled_from(ENDINGS),
)
ended_texts = st.lists(ended_lines, max_size=8).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(ended_texts, st.sampled_from(["-=", "-*_"]))
def test_a_line_ending_in_a_mark_is_never_missed_by_the_fast_scan(text, marks):
    ends_so = re.search(rf"[{re.escape(marks)}][ \t]*$", text, re.MULTILINE)
    if ends_so:
        assert line_may_end_in(text, marks)


def test_a_text_with_no_line_ending_in_a_mark_needs_no_regex():
    assert not line_may_end_in("a -> b\n- item\n1. x_y\n", "-=")
    assert not line_may_end_in("a -> b\n- item\n1. x_y\n", "-*_")
    assert line_may_end_in("a\n---\n", "-=")
    assert line_may_end_in("a\nb ", "-=")  # a line ending in spaces: the regexes decide


@settings(max_examples=300, deadline=None)
@given(ended_texts)
def test_a_line_starting_another_block_is_found_as_the_line_pattern_finds_it(text):
    pattern = re.compile(r"^[ *+\-0-9.)]*(?:[><]|```|~~~)", re.MULTILINE)
    assert other_block(text) == bool(pattern.search(text))
