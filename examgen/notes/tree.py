"""The node tree both readers produce: headings, list items and paragraphs, with their lines.

A reader turns one notes file into a flat run of nodes in document order: headings (with a
level, 1 is the title, and no children yet) and content nodes (items and paragraphs, already nested
the way the notes nest them). :func:`build_document` then does everything the two readers
share, so that the Markdown sample and the plain-text seed end up as the same tree:

* content is nested under the heading it follows (a heading's children are its content, then
  its subsections), giving the section path of every node;
* a *label* — a paragraph that ends in ``:`` / ``：`` with nothing after it — takes the list
  items that directly follow it as its children (``作用:`` followed by bullets);
* the text of every node is normalised by :func:`make_node`: line breaks inside a paragraph
  are joined (without a space between two CJK characters, with one otherwise), runs of spaces
  are collapsed, and an explicit id ``{#my-id}`` at the end is taken off into ``anchor``.

Nodes are frozen; readers build them bottom-up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from examgen.model import Diagnostic
from examgen.notes.shapes import is_caption, split_tags

NodeKind = Literal["heading", "item", "paragraph", "table", "diagram", "qa"]

# `{#my-id}` at the very end of a heading, item or paragraph pins the id of its fact.
_ANCHOR = re.compile(r"\s*\{#([^\s{}]+)\}\s*$")
_SPACES = re.compile(r"[ \t]+")
# `![alt](src "title")` in plain text; the Markdown reader gets images from tokens instead.
_IMAGE = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"'\n]*[\"'])?\s*\)")
LABEL_ENDINGS = (":", "：")
# Deeper nesting than this is flattened: nobody writes it on purpose, and the fact extractor
# recurses once per level.
MAX_DEPTH = 40

BYLINE = re.compile(
    r"^(?:(?:posted|published|written|collected|collect|compiled|edited|created|made|notes)"
    r"\s+(?:by|on)\b|(?:作者|发表于|发布于|发布时间|整理)\s*[:：\s])",
    re.IGNORECASE,
)
TOC = re.compile(r"^\[?(?:目录|contents|table of contents|toc)\]?[:：]?$", re.IGNORECASE)


class Node(NamedTuple):
    """A heading, list item or paragraph of the notes (immutable).

    A NamedTuple rather than a frozen dataclass: a notes file has tens of thousands of nodes,
    and a frozen dataclass's ``__init__`` (``object.__setattr__`` per field) was a tenth of
    parsing.

    ``children`` of a heading are its content followed by its subsections; of an item, the
    paragraphs and items indented under it; of a label paragraph, the items it introduces.
    ``level`` is the heading level (1 = title) and 0 for other nodes. ``anchor`` is the explicit
    id written as ``{#…}`` at the end of the text; ``images`` the image references taken out of
    the text, as written. ``starts_list`` marks the first item of a list, so that a label takes
    the items of one list only (``步骤:`` then ``1. 2. 3.`` then an unrelated ``- …`` list).
    ``strong`` are the bold or emphasised phrases of the text, in order (a bold phrase leading a
    paragraph is its term). A ``table`` node holds its ``cells``, the head row first; a
    ``diagram`` node (a Mermaid flowchart or state diagram) holds its path as one row of
    ``cells``; a ``qa`` node (``Q:`` / ``A:``) holds one row, the question and the answer.
    ``tags`` are the author's exam tags taken out of the text (``(单选)``). ``numbered`` marks
    an item of a numbered list (its order was written down).
    """

    kind: NodeKind
    text: str
    line: int
    children: tuple[Node, ...] = ()
    level: int = 0
    anchor: str | None = None
    images: tuple[str, ...] = ()
    starts_list: bool = False
    strong: tuple[str, ...] = ()
    cells: tuple[tuple[str, ...], ...] = ()
    tags: tuple[str, ...] = ()
    numbered: bool = False  # an item of an ordered (``1.``) list

    @property
    def is_label(self) -> bool:
        """A paragraph (or item) whose whole text is ``something:``."""
        return len(self.text) > 1 and self.text.endswith(LABEL_ENDINGS)


# The fields :func:`make_node` gives, in order: while a Node has exactly these, it makes the
# tuple itself; a Node with other fields is made by its own ``__new__``.
_MADE_FIELDS = (
    "kind",
    "text",
    "line",
    "children",
    "level",
    "anchor",
    "images",
    "starts_list",
    "strong",
    "cells",
    "tags",
    "numbered",
)
_new_tuple = tuple.__new__ if Node._fields == _MADE_FIELDS else lambda cls, fields: cls(*fields)


@dataclass(frozen=True)
class Document:
    """One notes file as a tree: top-level nodes (headings and any content before the first
    heading) and what the reader skipped."""

    source: str
    nodes: tuple[Node, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    title: str = ""  # from front matter (``title:``), when the notes give one
    # (first line, last line, kind) of each callout, admonition or <details>, in the order
    # they open (an inner one after the one holding it): what ``Fact.container`` is read from.
    containers: tuple[tuple[int, int, str], ...] = ()


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` to ``\\n``, and no BOM: the form both readers count lines in."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def is_cjk(char: str) -> bool:
    """True for CJK ideographs and the full-width punctuation around them."""
    return char >= "\u2e80"


def join_lines(lines: Sequence[str]) -> str:
    """Join the lines of one paragraph the way a browser shows them.

    Chinese text wrapped across lines must not gain a space in the middle of a word; Latin text
    needs one.
    """
    if len(lines) == 1:  # most nodes: one line, nothing to join
        line = lines[0].strip()
        return _SPACES.sub(" ", line) if ("  " in line or "\t" in line) else line
    joined = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if joined and not (is_cjk(joined[-1]) and is_cjk(line[0])):
            joined += " "
        joined += line
    return _SPACES.sub(" ", joined)


def split_images(text: str) -> tuple[str, tuple[str, ...]]:
    """Take ``![alt](src)`` references out of plain text; return the text and the sources."""
    if "![" not in text:
        return text, ()
    images = tuple(match.group(1) for match in _IMAGE.finditer(text))
    return _IMAGE.sub("", text), images


def make_node(
    kind: NodeKind,
    lines: Sequence[str] | str,
    line: int,
    *,
    children: Sequence[Node] = (),
    level: int = 0,
    images: Sequence[str] = (),
    starts_list: bool = False,
    strong: Sequence[str] = (),
    cells: tuple[tuple[str, ...], ...] = (),
    numbered: bool = False,
) -> Node:
    """Build a node from raw text lines: join them, take off the ``{#id}`` anchor and the
    author's exam tags."""
    text = join_lines([lines] if isinstance(lines, str) else lines)
    text, tags = split_tags(text)
    anchor = None
    match = _ANCHOR.search(text) if "{#" in text else None
    if match:
        anchor = match.group(1)
        text = text[: match.start()].rstrip()
    # The tuple made directly, as NamedTuple's own ``__new__`` makes it after a Python call
    # taking the fields (a node per line of notes: that call was a tenth of making one).
    return _new_tuple(
        Node,
        (
            kind,
            text,
            line,
            tuple(children),
            level,
            anchor,
            tuple(images),
            starts_list,
            tuple(strong),
            cells,
            tags,
            numbered,
        ),
    )


def attach_labels(nodes: Sequence[Node]) -> tuple[Node, ...]:
    """Give each label paragraph the items that directly follow it, recursively.

    In Markdown (and in the copied page) ``作用:`` and its bullets are siblings inside the item;
    the list belongs to the label, so it becomes the label's children.
    """
    result: list[Node] = []
    changed = False
    index = 0
    count = len(nodes)
    while index < count:
        node = nodes[index]
        index += 1
        if node.children:
            children = attach_labels(node.children)
            if children is not node.children:  # most nodes: no label below, no new node
                node = node._replace(children=children)
                changed = True
        elif node.kind == "paragraph" and (
            node.is_label or (_list_follows(nodes, index) and is_caption(node.text))
        ):
            start = index
            while (
                index < len(nodes)
                and nodes[index].kind == "item"
                and (index == start or not nodes[index].starts_list)
            ):
                index += 1
            if index > start:
                members = attach_labels(nodes[start:index])
                node = node._replace(children=members)
                changed = True
        result.append(node)
    # The same tuple when nothing changed: the caller then keeps its node as it is.
    return tuple(result) if changed or not isinstance(nodes, tuple) else nodes


def _list_follows(nodes: Sequence[Node], index: int) -> bool:
    """Whether a list starts right after the paragraph before ``index`` (on the next line)."""
    if index >= len(nodes) or nodes[index].kind != "item":
        return False
    return nodes[index].line - nodes[index - 1].line <= nodes[index - 1].text.count("\n") + 1


def nest_sections(blocks: Sequence[Node]) -> tuple[Node, ...]:
    """Put content under the heading it follows and headings under lower-level headings."""
    # Each open heading collects its children; a heading closes every open heading of the
    # same or a deeper level.
    top: list[Node] = []
    open_headings: list[tuple[Node, list[Node]]] = []

    def close_one() -> None:
        heading, children = open_headings.pop()
        closed = heading._replace(children=tuple(children))
        (open_headings[-1][1] if open_headings else top).append(closed)

    for node in blocks:
        if node.kind == "heading":
            while open_headings and open_headings[-1][0].level >= node.level:
                close_one()
            open_headings.append((node, []))
        else:
            (open_headings[-1][1] if open_headings else top).append(node)
    while open_headings:
        close_one()
    return attach_labels(top)


def build_document(
    source: str,
    blocks: Sequence[Node],
    diagnostics: Sequence[Diagnostic] = (),
    title: str = "",
    containers: tuple[tuple[int, int, str], ...] = (),
) -> Document:
    """The tree of one file from a reader's blocks (see the module docstring)."""
    return Document(
        source=source,
        nodes=nest_sections(blocks),
        diagnostics=tuple(diagnostics),
        title=title,
        containers=containers,
    )
