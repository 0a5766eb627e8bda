"""Reading notes files: decoding bytes, and the two readers that turn text into a tree.

Decoding (:func:`decode_bytes`): a BOM decides (UTF-8, UTF-16 LE/BE); without one the bytes
must be UTF-8, or else GB18030 (what Chinese Windows editors save). NUL bytes, or text that
decodes only into control characters, mean a binary file. ``\\r\\n`` and lone ``\\r`` become
``\\n`` before either reader sees the text, so both count lines the same way.

* :func:`read_markdown` (in :mod:`examgen.notes.markdown`) uses markdown-it-py (CommonMark):
  headings, list items, paragraphs, tables, callouts and Mermaid paths come from its tokens.
* :func:`read_outline` reads plain text copied from a rendered page: an unindented short line
  is a heading (the first one is the title, level 1; the others are chapters, level 2),
  ``1.`` / ``1)`` / ``1、`` and ``•`` ``-`` ``*`` ``·`` lines are list items nested by
  indentation (a tab counts as 4 spaces), and other indented lines are paragraphs belonging to
  the item above them. Unindented lines that are long, end like a sentence or contain a colon
  are paragraphs, not headings. A byline (``Posted by … on …``) and the short unindented lines
  that follow it (an epigraph) are skipped, as is a table-of-contents line. A list marker at
  the start of an unindented line still makes an item (hand-typed outlines have them there).

For the sample page this means: ``PaaS复习`` is the title; ``概念`` (the page's subtitle, then
repeated as the first heading of the post) is an empty section both times, since a heading
follows it; ``云计算技术基本原理``, ``Docker技术原理与实践`` … ``容器云平台应用`` are the six
chapters. ``sources/paas-review.md`` is written with the same structure (``## 概念`` once,
empty, then ``## 云计算技术基本原理`` …), so both give the same section paths.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from examgen.errors import ExamgenError
from examgen.model import Diagnostic
from examgen.notes.markdown import read_markdown
from examgen.notes.tree import (
    BYLINE,
    MAX_DEPTH,
    TOC,
    Document,
    Node,
    build_document,
    make_node,
    normalize_newlines,
    split_images,
)

__all__ = ["READERS", "decode_bytes", "normalize_newlines", "read_markdown", "read_outline"]

READERS = ("markdown", "text")

# A list marker at the start of a line. Chinese notes often write `1.云计算` or `•云计算`
# without a space, so a number (not followed by a digit: `1.5` is no item) or a round bullet
# needs none; `-`, `*` and `·` need a space or the end of the line (`-1`, `*args`, `->`).
_MARKER = re.compile(r"(?:\d{1,9}[.)、](?!\d)|[•●○◦▪■►‣]|[\-*·](?=\s|$))\s*")
_SENTENCE_END = tuple("。.!！?？;；,，、")
_HEADING_MAX_CHARS = 60
_EPIGRAPH_MAX_LINES = 4


# ----------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a notes file (see the module docstring); raise ExamgenError(exit_code=2)."""
    text: str | None = None
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8) :], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    elif b"\x00" in data:
        raise ExamgenError(
            "binary file (NUL bytes), not notes"
            + (" (or UTF-16 without a BOM: save it as UTF-8)" if _maybe_utf16(data) else ""),
            source=source,
            exit_code=2,
        )
    else:
        text = _strict(data, "utf-8")
        if text is None:
            text = _strict(data, "gb18030")
            # GB18030 accepts many byte sequences; binary data decoded that way is full of
            # control characters, real notes are not.
            if text is not None and _has_controls(text):
                text = None
    if text is None:
        raise ExamgenError(
            "cannot decode: not UTF-8, UTF-16 (with BOM) or GB18030",
            source=source,
            line=_bad_utf8_line(data),
            exit_code=2,
        )
    if "\x00" in text:
        raise ExamgenError("binary file (NUL characters), not notes", source=source, exit_code=2)
    return normalize_newlines(text)


def _maybe_utf16(data: bytes) -> bool:
    """Text in UTF-16 without a BOM: NULs in every other byte, and it decodes."""
    evens, odds = data[0::2], data[1::2]
    for zeros, encoding in ((odds, "utf-16-le"), (evens, "utf-16-be")):
        if zeros and zeros.count(0) >= len(zeros) // 2 and _strict(data, encoding) is not None:
            return True
    return False


def _bad_utf8_line(data: bytes) -> int:
    """The line of the first byte that is not UTF-8 (the file is neither UTF-8 nor GB18030,
    and UTF-8 is what it should be)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return data.count(b"\n", 0, error.start) + 1
    return 1


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _has_controls(text: str) -> bool:
    return any(ord(char) < 32 and char not in "\t\n\r\f" for char in text)


def read_source(path: Path) -> str:
    """The text of a notes file, decoded; ExamgenError(exit_code=2) when it cannot be read
    (or is not a regular file, or is larger than the notes cap)."""
    from examgen.fsutil import MAX_NOTES_BYTES, read_regular_file

    return decode_bytes(read_regular_file(path, limit=MAX_NOTES_BYTES), str(path))


# ----------------------------------------------------------------------------- plain text


@dataclass
class _OpenOutline:
    """An item (or the top level) being read by the outline reader."""

    indent: int
    node_line: int
    text: str
    images: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    starts_list: bool = False


def _indent_and_content(raw: str) -> tuple[int, str]:
    stripped = raw.lstrip(" \t\u3000")
    leading = raw[: len(raw) - len(stripped)]
    # Tabs are 4 columns of indentation; a full-width space counts as 2 like on screen.
    indent = len(leading.replace("\t", "    ").replace("\u3000", "  "))
    return indent, stripped.replace("\t", " ").rstrip()


def _looks_like_heading(content: str) -> bool:
    return (
        len(content) <= _HEADING_MAX_CHARS
        and not content.endswith(_SENTENCE_END)
        and ":" not in content
        and "：" not in content
    )


def read_outline(text: str, source: str) -> Document:
    """The tree of plain text copied from a rendered page (see the module docstring)."""
    lines = normalize_newlines(text).split("\n")
    parsed = [_indent_and_content(raw) for raw in lines]
    diagnostics: list[Diagnostic] = []
    blocks: list[Node] = []
    stack: list[_OpenOutline] = []  # open items, outermost first
    paragraph: list[str] = []  # lines of the paragraph being read
    paragraph_images: list[str] = []
    paragraph_line = 0
    paragraph_indent = -1
    headings_seen: set[str] = set()
    have_title = False
    after_byline = 0  # epigraph lines still allowed right after a byline
    depth_warned = False
    # Per nesting depth, the marker kind of the last item there (None after a paragraph): an
    # item starts a new list when the one before it at its depth is not of its kind.
    marker_kinds: list[str | None] = []

    def add(node: Node) -> None:
        (stack[-1].children if stack else blocks).append(node)
        if node.kind != "item":
            del marker_kinds[len(stack) :]

    def close_paragraph() -> None:
        nonlocal paragraph, paragraph_images, paragraph_indent
        if paragraph:
            add(make_node("paragraph", paragraph, paragraph_line, images=paragraph_images))
        paragraph, paragraph_images, paragraph_indent = [], [], -1

    def close_items(indent: int) -> None:
        # Items at this indentation or deeper cannot contain what comes next.
        while stack and stack[-1].indent >= indent:
            done = stack.pop()
            add(
                make_node(
                    "item",
                    done.text,
                    done.node_line,
                    children=done.children,
                    images=done.images,
                    starts_list=done.starts_list,
                )
            )

    def next_content(index: int) -> tuple[int, str] | None:
        for indent, content in parsed[index + 1 :]:
            if content:
                return indent, content
        return None

    for index, (indent, content) in enumerate(parsed):
        number = index + 1
        if not content:
            close_paragraph()
            continue
        marker = _MARKER.match(content)
        if indent == 0 and not marker:
            if BYLINE.match(content):
                close_paragraph()
                diagnostics.append(Diagnostic("skipped", source, number, f"byline: {content}"))
                after_byline = _EPIGRAPH_MAX_LINES
                continue
            if TOC.match(content):
                close_paragraph()
                diagnostics.append(Diagnostic("skipped", source, number, "table of contents"))
                continue
            if after_byline and _is_epigraph(content, next_content(index), headings_seen):
                close_paragraph()
                diagnostics.append(Diagnostic("skipped", source, number, f"epigraph: {content}"))
                after_byline -= 1
                continue
            after_byline = 0
            if _looks_like_heading(content):
                close_paragraph()
                close_items(0)
                body, _images = split_images(content)
                level = 2 if have_title else 1
                have_title = True
                heading = make_node("heading", body, number, level=level)
                headings_seen.add(heading.text)
                add(heading)
                continue
        after_byline = 0
        if marker:
            close_paragraph()
            close_items(indent)
            if len(stack) >= MAX_DEPTH:
                close_items(stack[-1].indent)
                if not depth_warned:
                    diagnostics.append(
                        Diagnostic("warning", source, number, "nesting too deep; flattened")
                    )
                    depth_warned = True
            body, images = split_images(content[marker.end() :])
            marker_kind = "number" if content[0].isdigit() else content[0]
            depth = len(stack)
            starts = len(marker_kinds) <= depth or marker_kinds[depth] != marker_kind
            del marker_kinds[depth:]
            marker_kinds.append(marker_kind)
            stack.append(_OpenOutline(indent, number, body, list(images), starts_list=starts))
            continue
        # A paragraph line: it continues the paragraph above at the same indentation, or
        # starts a paragraph belonging to the nearest item indented less than it.
        body, images = split_images(content)
        if paragraph and indent == paragraph_indent:
            paragraph.append(body)
            paragraph_images.extend(images)
            continue
        close_paragraph()
        close_items(indent)
        paragraph, paragraph_images = [body], list(images)
        paragraph_line, paragraph_indent = number, indent
    close_paragraph()
    close_items(0)
    return build_document(source, blocks, diagnostics)


def _is_epigraph(content: str, following: tuple[int, str] | None, headings_seen: set[str]) -> bool:
    """A short unindented line after the byline that is not a heading of the notes.

    It is a heading if it repeats an earlier heading (the blog's subtitle shown again as the
    first heading) or if content is indented under it.
    """
    if not _looks_like_heading(content) or content in headings_seen:
        return False
    return following is not None and following[0] == 0 and not _MARKER.match(following[1])
