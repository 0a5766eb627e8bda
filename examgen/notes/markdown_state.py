"""The Markdown reader's state: what stays open between tokens, and how an open item closes.

:func:`examgen.notes.markdown.read_markdown` keeps a :class:`_MarkdownState`: the blocks read
so far, the items and containers (callouts, admonitions, ``<details>``) still open, and a
``Q:`` waiting for its ``A:``. Closing an item makes its node: a term on the first line with
its description on the next lines becomes an item over a paragraph (:func:`_split_term_line`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from examgen.mathtext import mask_math
from examgen.model import Diagnostic
from examgen.notes.blocks import is_line_list, line_nodes
from examgen.notes.shapes import named_example, noise_reason
from examgen.notes.tree import Node, make_node


@dataclass(slots=True)
class _OpenItem:
    """An item (or a container: callout, admonition, details) being read: its head paragraph
    comes first, then its child blocks."""

    line: int
    head: list[str] | None = None
    # Replaced (never added to) by the item's first paragraph: no list of its own until then.
    images: Sequence[str] = ()
    children: list[Node] = field(default_factory=list)
    started: bool = False  # a block has begun inside: later paragraphs are children
    starts_list: bool = False
    strong: Sequence[str] = ()
    links_only: bool = False
    container: bool = False  # a callout or <details>: its title is not split into term lines
    numbered: bool = False  # an item of an ordered list
    broken: frozenset[int] = frozenset()  # head lines ended by an explicit break (`<br>`)


@dataclass(slots=True)
class _MarkdownState:
    """What :func:`read_markdown` keeps between tokens."""

    source: str
    diagnostics: list[Diagnostic]
    blocks: list[Node] = field(default_factory=list)
    items: list[_OpenItem] = field(default_factory=list)
    # Token levels of open callouts, and whether each is a container (an untitled note or
    # tip is read in place, as part of the section around it).
    callouts: list[tuple[int, bool]] = field(default_factory=list)
    details: int = 0  # open <details> containers
    # (first line, last line, kind) of every callout, admonition and <details>, in the
    # order they open; a <details> still open has no last line yet (0).
    containers: list[tuple[int, int, str]] = field(default_factory=list)
    first_of_callout: bool = False
    table: list[list[str]] | None = None
    table_line: int = 0
    question: tuple[str, int] | None = None  # a `Q:` paragraph waiting for its `A:`
    after_list: list[Node] = field(default_factory=list)  # lazy lines' paragraphs, held back

    def add(self, node: Node) -> None:
        (self.items[-1].children if self.items else self.blocks).append(node)

    def skip(self, line: int, why: str) -> None:
        self.diagnostics.append(Diagnostic("skipped", self.source, line, why))

    def begin_block(self) -> None:
        if self.items:
            self.items[-1].started = True

    def close_item(self) -> None:
        self.close_open(self.items.pop())

    def close_open(self, done: _OpenItem) -> None:
        """Make the node of an item read to its end (no longer on ``items``), and add it."""
        if done.links_only:
            self.skip(done.line, "links only (a table of contents or navigation)")
            return
        if done.head is None and len(done.children) == 1 and done.children[0].kind == "item":
            # `* 1. Step`: a number typed inside a bullet is the bullet's own text.
            self.add(done.children[0]._replace(starts_list=done.starts_list))
            return
        head_lines = done.head or [""]
        children = done.children
        if len(head_lines) >= 2 and is_line_list(head_lines):
            lines_under = line_nodes(head_lines[1:], done.strong, done.line + 1)
            head_lines, children = head_lines[:1], [*lines_under, *children]
        head, description = (head_lines, []) if done.container else _split_term_line(head_lines)
        if description:
            children = [make_node("paragraph", description, done.line + 1), *children]
        elif done.broken and not done.container and len(head_lines) >= 2:
            head, broken_off = _split_at_breaks(head_lines, done.broken, done.line)
            children = [*broken_off, *children]
        node = make_node(
            "item",
            head,
            done.line,
            children=children,
            images=done.images,
            starts_list=done.starts_list,
            strong=done.strong,
            numbered=done.numbered,
        )
        self.add_item(node)

    def close_line(
        self,
        line: int,
        head: list[str],
        images: Sequence[str],
        starts_list: bool,
        strong: Sequence[str],
        numbered: bool,
    ) -> None:
        """What :meth:`close_open` does for an item of one line of text (``head``, not
        links only, not a container) with nothing under it, the most common item: its node
        made and added, without an :class:`_OpenItem` (nothing is left to split off it)."""
        node = make_node(
            "item",
            head,
            line,
            images=images,
            starts_list=starts_list,
            strong=strong,
            numbered=numbered,
        )
        self.add_item(node)

    def add_item(self, node: Node) -> None:
        """Add an item's node, unless it is noise (a worked example naming a thing is that
        thing)."""
        reason = noise_reason(node.text)
        named = named_example(node.text, node.children) if reason else ""
        if named:  # `E.g. Sum of squared errors:` over its formula: that thing
            node = node._replace(text=named)
        elif reason:
            self.skip(node.line, f"{reason}: {node.text[:40]}")
            return
        self.add(node)


# A line that is only a term: `Docker Images`, `UTS(系统标识)`, `kubelet`. Not a sentence
# (no sentence punctuation), not `term: definition`, at most a few words.
_TERM_LINE = re.compile(r"[^:：，,。；;！!？?]{1,40}")
_MAX_TERM_LINE_WORDS = 4
# `則在推導…`, `所以…`: a next line that goes on from the one before is no description of it.
_GOES_ON = re.compile(r"^(?:則|则|所以|因此|然后|然後|接着|接著|再|并且|並且|但是|但)")


def _split_term_line(lines: list[str]) -> tuple[list[str], list[str]]:
    """An item written as a term on its first line and its description on the next lines.

    ::

        - Docker Images
          只读模版,运行容器

    In CommonMark the second line continues the item's paragraph, but people mean what the
    plain-text outline means by the same layout: the description of the term. So when the
    first line is only a term, the rest becomes a paragraph under the item. A sentence that
    merely wraps (more than a few words, or ``term: text``) stays one paragraph.
    """
    if len(lines) < 2:  # most items: one line, nothing to split
        return lines, []
    first = lines[0].strip()
    masked = mask_math(first)  # a formula is one word of the term, its colons are not text
    rest = [line for line in lines[1:] if line.strip()]
    if (
        rest
        and not _GOES_ON.match(rest[0].strip())
        and _TERM_LINE.fullmatch(masked)
        and len(masked.split()) <= _MAX_TERM_LINE_WORDS
        and not first.endswith(("-", "/", "、", "和", "与", "或"))
    ):
        return [first], rest
    return lines, []


def _split_at_breaks(
    lines: list[str], broken: frozenset[int], line: int
) -> tuple[list[str], list[Node]]:
    """An item whose lines the author ended with ``<br>``: each run of lines up to a break
    is a line of its own, as the page shows it; the first is the item's text and the others
    paragraphs under it (``DH算法: 一种单向函数<br>`` / ``步骤：`` over the steps).

    A line that merely wraps is joined as before; only an explicit break splits."""
    runs: list[tuple[int, list[str]]] = [(0, [])]
    for index, text in enumerate(lines):
        runs[-1][1].append(text)
        if index in broken and index + 1 < len(lines):
            runs.append((index + 1, []))
    head = runs[0][1]
    under = [make_node("paragraph", run, line + start) for start, run in runs[1:]]
    return head, [node for node in under if node.text]
