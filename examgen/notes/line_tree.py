"""Simple notes read line by line straight into the tree, with no tokens at all.

A text of ATX headings, paragraphs and lists indented with spaces (most notes) is read by the line
reader of :mod:`examgen.notes.line_blocks`, as for its tokens; but what it reads goes to
the Markdown reader's :class:`~examgen.notes.block_reader.BlockReader` as it is read,
the calls the reader would make walking those tokens, in the same order, with the same
values. No Token object is made (three to five per line of notes), none is walked again,
and tight lists need no second pass marking their paragraphs hidden (the tree never asks).

The one thing a token stream knows that a reader going forward does not is what follows a
paragraph (a bold line over a list is a heading, a caption line over a list a label): a
paragraph's text is held until the next block opens or closes, and given then, with the
type of the token that block would begin with. ``tests/test_notes_line_tree.py`` compares
these trees with the trees built from tokens, node by node.
"""

from __future__ import annotations

from typing import Any

from examgen.notes.block_reader import BlockReader
from examgen.notes.inline import content_inline
from examgen.notes.line_blocks import LineReader, Unsupported, simple_text
from examgen.notes.tokens import ALL_ABSENT


def read_lines(text: str, reader: BlockReader, absent: frozenset[str]) -> bool:
    """Read the blocks of ``text`` into ``reader`` from its lines; False (the reader may
    have been given some blocks: start again with a new one) when the text has a block
    only markdown-it reads. ``absent`` are the block rules that cannot match in ``text``
    (:func:`examgen.notes.tokens.absent_rules`); the reader's ``source_lines`` are its
    lines."""
    if absent != ALL_ABSENT or not simple_text(text):
        return False
    lines = _TreeReader(list(reader.source_lines), reader)  # the text's lines, a copy
    try:
        lines.blocks(0, lines.last, 0)
    except Unsupported:
        return False
    lines.give_text("")
    return True


class _TreeReader(LineReader):
    """A line reader telling a :class:`BlockReader` what it reads (lines counted from 1
    there, from 0 here)."""

    def __init__(self, lines: list[str], reader: BlockReader) -> None:
        super().__init__(lines)
        self.reader = reader
        self.held: str | None = None  # the text of the last heading or paragraph, not given
        self.env: dict[str, Any] = {}  # the inline parser's, one per text as for tokens

    def give_text(self, following: str) -> None:
        """Give the text held, now that ``following`` (the next token's type) is known."""
        content = self.held
        if content is not None:
            self.held = None
            self.reader.inline(content_inline(content, self.env), following)

    # Each output gives the text held first (a paragraph's, mostly; `is not None` asked
    # here: a call fewer for every block that follows no text).

    def heading_read(self, line: int, level: int, content: str) -> None:
        if self.held is not None:
            self.give_text("heading_open")
        self.reader.heading_open(line + 1, level)
        self.held = content

    def paragraph_read(self, line: int, next_line: int, content: str, level: int) -> None:
        if self.held is not None:
            self.give_text("paragraph_open")
        self.reader.paragraph_open(line + 1)
        self.held = content

    def list_opened(self, line: int, mark: str, digits: str | None) -> object:
        if digits is None:
            self.give_text("bullet_list_open")
            closing = "bullet_list_close"
        else:
            self.give_text("ordered_list_open")
            closing = "ordered_list_close"
        self.reader.list_open()
        return closing

    def item_opened(self, line: int, level: int, mark: str, number: str) -> object:
        if self.held is not None:
            self.give_text("list_item_open")
        self.reader.item_open(line + 1, level, mark)
        return None

    def item_closed(self, item: object, next_line: int, level: int, mark: str) -> None:
        if self.held is not None:
            self.give_text("list_item_close")
        self.reader.item_close()

    def line_item(
        self, line: int, level: int, mark: str, number: str, content: str, next_line: int
    ) -> None:
        if self.held is not None:
            self.give_text("list_item_open")
        self.reader.line_item(line + 1, level, mark, content_inline(content, self.env))

    def list_closed(self, opened: object, next_line: int, mark: str, tight: bool) -> None:
        self.give_text(opened)  # type: ignore[arg-type]
        self.reader.list_close()
