"""The blocks of simple notes, read a line at a time without markdown-it's block pass.

Most notes are ATX headings, paragraphs and lists indented with spaces, nothing else. For
such a text this reader gives the tokens markdown-it's block pass gives (CommonMark, as
:func:`examgen.notes.tokens.parse_markdown` sets it up), from the same steps, ported from
markdown-it's ``tokenize``, ``heading``, ``list`` and ``paragraph`` rules: where markdown-it
tries a chain of rules on a line through a block state (each rule a Python call that looks
its marks up again), this reads each line once, keeps its marks in two lists, and knows that
only a heading or a list item can start or interrupt anything.

It reads a text only when no other block can start in it (:func:`line_tokens` answers None
otherwise, and markdown-it reads it): no tab (columns would differ from characters), no
line starting with ``>`` (quote), ``<`` (HTML), ``[`` (link reference), a fence, nothing
that could underline a setext heading, be a thematic break or a table (the caller's
``absent`` rules), no line indented as code where a block starts (it stops then), and no
nesting deeper than markdown-it's own limit could reach. ``tests/test_notes_line_blocks.py``
compares its tokens, and the trees read from them, with markdown-it's.

What it reads goes to the output methods of :class:`LineReader`: :func:`line_tokens` makes
markdown-it's tokens of it; :mod:`examgen.notes.line_tree` gives it to the Markdown reader
directly, with no tokens (what :func:`examgen.notes.markdown.read_markdown` does).
"""

from __future__ import annotations

import re

from markdown_it.common.utils import MD_TRIM_CHARS as _TRIMMED
from markdown_it.token import Token

from examgen.notes.block_token import DIRECT, block_token
from examgen.notes.list_tokens import _MARKER, _tighten, open_list

# A line that may start a block this reader does not read: a quote, HTML or a fence, after
# the spaces and list markers before it (a tab is refused before this); a link reference
# definition needs a `[` there and a `]:` (the label cannot hold an unescaped `]`).
# Searched for from a line end (a literal the regex engine scans for fast), the first line
# matched apart: `^` with MULTILINE made the engine try every character.
_OTHER_BLOCK = re.compile(r"\n[ *+\-0-9.)]*(?:[><]|```|~~~)")
_OTHER_FIRST_BLOCK = re.compile(r"[ *+\-0-9.)]*(?:[><]|```|~~~)")
_REFERENCE = re.compile(r"^[ *+\-0-9.)]*\[", re.MULTILINE)
# Deeper than this many token levels, the text goes to markdown-it (its own limit is
# 2 * MARKDOWN_MAX_DEPTH + 2 levels, where it stops reading and the reader warns).
_MAX_LEVEL = 120
_LIST_STARTS = frozenset("*-+0123456789")
_BLOCK_STARTS = frozenset("#*-+0123456789")  # a heading's or a list item's first character


class Unsupported(Exception):
    """The text has a block this reader leaves to markdown-it."""


def line_tokens(text: str) -> list[Token] | None:
    """markdown-it's block tokens of ``text``, read line by line; None when the text has
    anything but headings, paragraphs and lists (see the module docstring). The caller has
    found that no setext underline, thematic break or table can occur in it."""
    if not DIRECT or not simple_text(text):
        return None
    reader = _TokenReader(text.split("\n"))
    try:
        reader.blocks(0, reader.last, 0)
    except Unsupported:
        return None
    return reader.tokens


def simple_text(text: str) -> bool:
    """Whether this reader may read ``text`` (the caller has found that no setext
    underline, thematic break or table can occur in it): no tab, quote, HTML, fence or link
    reference. Indented code or deep nesting may still stop it (see :class:`LineReader`)."""
    if "\t" in text or "\r" in text or "\0" in text or other_block(text):
        return False
    return not ("]:" in text and _REFERENCE.search(text))


def other_block(text: str) -> bool:
    """Whether a line of ``text`` may start a quote, HTML or a fence (see ``_OTHER_BLOCK``)."""
    return bool(_OTHER_FIRST_BLOCK.match(text) or _OTHER_BLOCK.search(text))


class LineReader:
    """The state markdown-it's block pass keeps, for the blocks this module reads.

    ``counts[line]`` is where the line's text starts (spaces are its only indentation, so
    a column is a character); for an item's first line, while the item is read, it is
    where the item's text starts, as markdown-it's list rule sets its line marks.

    What is read goes to the output methods (``heading_read`` … ``list_closed``), in
    document order: :class:`_TokenReader`'s make markdown-it's tokens of it,
    :class:`examgen.notes.line_tree._TreeReader`'s the tree's blocks directly. ``level`` is
    the token level markdown-it would be at (kept here, whatever the output). Lines are
    counted from 0."""

    def __init__(self, lines: list[str]) -> None:
        """Read ``lines``, a text's lines (a list of the reader's own, changed as read)."""
        if not lines[-1].strip(" "):
            lines.pop()  # the text's end (no line after a final `\n`, or a blank last line)
        self.last = len(lines)
        lines.append("")  # markdown-it's empty line past the end
        self.lines = lines
        self.counts = [len(line) - len(line.lstrip(" ")) for line in lines]
        self.level = 0
        self.line = 0
        self.tight = True
        self.blk_indent = 0
        self.list_indent = -1

    def blocks(self, line: int, end: int, indent: int) -> None:
        """The blocks from ``line`` to ``end`` at ``indent`` (markdown-it's ``tokenize``):
        ``self.line`` is left on the first line not read."""
        lines, counts = self.lines, self.counts
        has_empty = False
        while line < end:
            while line < end and counts[line] >= len(lines[line]):
                line += 1  # empty lines
            self.line = line
            if line >= end:
                break
            count = counts[line]
            if count < indent:
                break  # the end of the item this is read for
            if count - indent >= 4 or self.level >= _MAX_LEVEL:
                raise Unsupported  # indented code, or nesting for markdown-it to cut
            text = lines[line]
            first = text[count]
            if first == "#" and _heading_level(text, count):
                self.heading(line, count)
            elif first in _LIST_STARTS and (marker := _MARKER.match(text, count)):
                self.list(line, end, marker.end(), marker.group(1))
            else:
                self.paragraph(line, indent)
            self.tight = not has_empty
            line = self.line
            # A paragraph may end on an empty line it read (in a list item).
            if counts[line - 1] >= len(lines[line - 1]):
                has_empty = True
            if line < end and counts[line] >= len(lines[line]):
                has_empty = True
                line += 1
                self.line = line

    def heading(self, line: int, start: int) -> None:
        """An ATX heading (markdown-it's ``heading`` rule; the line is one)."""
        text = self.lines[line]
        level = _heading_level(text, start)
        body = text[start + level :].rstrip(" ")
        unclosed = body.rstrip("#")  # `## Title ##`: the closing marks go
        if unclosed and unclosed[-1] == " ":
            body = unclosed
        self.line = line + 1
        self.heading_read(line, level, body.strip(_TRIMMED))

    def paragraph(self, line: int, indent: int) -> None:
        """A paragraph (markdown-it's ``paragraph`` rule): up to an empty line, a heading, or
        a list item that may interrupt a paragraph."""
        lines, counts = self.lines, self.counts
        next_line = line + 1
        end = self.last
        list_indent = self.list_indent
        while next_line < end:
            text = lines[next_line]
            count = counts[next_line]
            if count >= len(text):
                break  # an empty line
            if count - indent <= 3:  # deeper: lazy code, more of the paragraph
                first = text[count]
                if first == "#" and _heading_level(text, count):
                    break
                if first in _LIST_STARTS and self.item_interrupts(next_line, indent, list_indent):
                    break
            next_line += 1
        if next_line == line + 1:
            content = lines[line][counts[line] :]
        else:
            # markdown-it's `getLines`: each line without the paragraph's indentation (what
            # is left of the first line's is trimmed with the content).
            cut = [lines[line][counts[line] :]]
            cut += [lines[at][min(counts[at], indent) :] for at in range(line + 1, next_line)]
            content = "\n".join(cut)
        self.line = next_line
        self.paragraph_read(line, next_line, content.strip(_TRIMMED), self.level)

    def item_interrupts(self, line: int, indent: int, list_indent: int) -> bool:
        """Whether a list item on ``line`` ends the paragraph above it, the paragraph at
        ``indent`` in an item of a list at ``list_indent`` (-1 outside lists; markdown-it's
        list rule, asked silently from a paragraph)."""
        count = self.counts[line]
        if list_indent >= 0 and count - list_indent >= 4 and count < indent:
            return False  # a paragraph's continuation under a deeper item
        text = self.lines[line]
        marker = _MARKER.match(text, count)
        if marker is None:
            return False
        if count >= indent:
            digits = marker.group(1)
            if digits is not None and int(digits) != 1:
                return False  # only a list starting at 1 interrupts a paragraph
            if not text[marker.end() :].strip(" "):
                return False  # nor an item with nothing after its marker
        return True

    def list(self, line: int, end: int, after: int, digits: str | None) -> None:
        """The list starting on ``line``, its first marker ending at ``after``
        (:func:`examgen.notes.list_tokens.list_rule`, without what this text cannot have)."""
        lines, counts = self.lines, self.counts
        text = lines[line]
        mark = text[after - 1]
        opened = self.list_opened(line, mark, digits)
        self.level += 1
        tight = True
        empty_end = False  # the item before ended with an empty line
        next_line = line
        level = self.level  # the items' (the list's own is one less)
        item_opened, item_closed, line_item = self.item_opened, self.item_closed, self.line_item
        deepest = _MAX_LEVEL - 1  # an item's text is one level past the item
        last = self.last
        old_indent = self.blk_indent
        while next_line < end:
            marker_start = counts[line]
            stop = len(text)
            pos = after
            while pos < stop and text[pos] == " ":
                pos += 1
            # Nothing after the marker, or more than four spaces (then indented code): the
            # item's content is one column past the marker.
            gap = 1 if pos >= stop or pos - after > 4 else pos - after
            item_indent = after + gap
            number = text[marker_start : after - 1] if digits else ""
            # Most items are one line of text (after the marker, not indented code), which
            # the next line ends: the text's end, or a line less indented that is a heading
            # or an item interrupting a paragraph (not one indented 4 past the list: that
            # goes on lazily), where the item ends too; or empty lines and then the text's
            # end or a line less indented than the item's text (a loose list's item: the
            # item takes the empty lines). Then the item's tokens are what `blocks` and
            # `paragraph` would give, the item itself is tight, and the state they would
            # set and set back is left as it is; the next item's marker is matched once.
            item_end = 0  # where an item of one line ends (0: it is not one)
            next_marker = None
            if pos == item_indent < stop and text[pos] not in _BLOCK_STARTS and level < deepest:
                below = line + 1
                if below >= last:
                    item_end = below
                else:
                    below_text = lines[below]
                    below_count = counts[below]
                    if below_count >= len(below_text):
                        item_end = below + 1
                        while item_end < end and counts[item_end] >= len(lines[item_end]):
                            item_end += 1
                        if item_end < end and counts[item_end] >= item_indent:
                            item_end = 0  # more of the item after the empty lines
                    elif below_count < item_indent:
                        first = below_text[below_count]
                        if first == "#":
                            if _heading_level(below_text, below_count):
                                item_end = below
                        elif first in _LIST_STARTS and below_count - old_indent < 4:
                            next_marker = _MARKER.match(below_text, below_count)
                            if next_marker is not None:
                                item_end = below
            if item_end:
                line_item(line, level, mark, number, text[pos:].strip(_TRIMMED), item_end)
                if empty_end:
                    tight = False
                empty_end = item_end - line > 1  # it ends with the empty lines it took
                next_line = line = item_end
            else:
                item = item_opened(line, level, mark, number)
                old_tight = self.tight
                old_list_indent = self.list_indent
                self.list_indent = old_indent
                self.blk_indent = item_indent
                self.tight = True
                self.level = level + 1
                counts[line] = pos
                if pos >= stop and counts[line + 1] >= len(lines[line + 1]):
                    # An empty item followed by an empty line: the list ends after it
                    # (markdown-it's workaround, moving on by two lines).
                    self.line = min(line + 2, end)
                else:
                    self.blocks(line, end, item_indent)
                if not self.tight or empty_end:
                    tight = False
                after_item = self.line
                empty_end = after_item - line > 1 and (
                    counts[after_item - 1] >= len(lines[after_item - 1])
                )
                self.blk_indent = old_indent
                self.list_indent = old_list_indent
                counts[line] = marker_start
                self.tight = old_tight
                self.level = level
                next_line = line = after_item
                item_closed(item, next_line, level, mark)
            if next_line >= end:
                break
            # Does the list go on? Not below its items' indentation, not at a code line,
            # not at another kind of marker.
            count = counts[next_line]
            if count < old_indent or count - old_indent >= 4:
                break
            text = lines[next_line]
            marker = next_marker or _MARKER.match(text, count)
            if marker is None or (marker.group(1) is None) != (digits is None):
                break
            after = marker.end()
            if text[after - 1] != mark:
                break
        self.level -= 1
        self.line = next_line
        self.list_closed(opened, next_line, mark, tight)

    # The output: what each block read gives (see the class docstring).

    def heading_read(self, line: int, level: int, content: str) -> None:
        """An ATX heading of ``level`` on ``line``, its text ``content`` (trimmed)."""
        raise NotImplementedError

    def paragraph_read(self, line: int, next_line: int, content: str, level: int) -> None:
        """A paragraph from ``line`` up to ``next_line``, its text ``content`` (trimmed),
        at token ``level`` (which it leaves as it was)."""
        raise NotImplementedError

    def list_opened(self, line: int, mark: str, digits: str | None) -> object:
        """A list opens on ``line`` with ``mark`` (its first number's ``digits``, None for
        bullets), at ``self.level``; returns what :meth:`list_closed` is given."""
        raise NotImplementedError

    def item_opened(self, line: int, level: int, mark: str, number: str) -> object:
        """An item opens on ``line`` at ``level``, its marker ``mark`` and ``number`` (''
        for a bullet); returns what :meth:`item_closed` is given."""
        raise NotImplementedError

    def item_closed(self, item: object, next_line: int, level: int, mark: str) -> None:
        """The item ``item_opened`` gave closes before ``next_line``."""
        raise NotImplementedError

    def line_item(
        self, line: int, level: int, mark: str, number: str, content: str, next_line: int
    ) -> None:
        """An item of one line, its text ``content`` (trimmed), ending before ``next_line``
        (after the empty lines below it, in a loose list): most items. What
        ``item_opened``, ``paragraph_read`` and ``item_closed`` give for it, in one call."""
        item = self.item_opened(line, level, mark, number)
        self.paragraph_read(line, line + 1, content, level + 1)
        self.item_closed(item, next_line, level, mark)

    def list_closed(self, opened: object, next_line: int, mark: str, tight: bool) -> None:
        """The list ``list_opened`` gave closes before ``next_line``; ``tight`` when no
        empty line parts its items (back at the list's own level)."""
        raise NotImplementedError


class _TokenReader(LineReader):
    """A line reader making markdown-it's block tokens of what it reads."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(lines)
        self.tokens: list[Token] = []

    def push(self, ttype: str, tag: str, nesting: int) -> Token:
        """A block token at the current level (markdown-it's ``StateBlock.push``)."""
        if nesting < 0:
            self.level -= 1
        token = block_token(ttype, tag, nesting, self.level)
        if nesting > 0:
            self.level += 1
        self.tokens.append(token)
        return token

    def heading_read(self, line: int, level: int, content: str) -> None:
        tag = _HEADING_TAGS[level]
        marks = "#" * level
        opening = self.push("heading_open", tag, 1)
        opening.markup = marks
        opening.map = [line, line + 1]
        inline = self.push("inline", "", 0)
        inline.content = content
        inline.map = [line, line + 1]
        inline.children = []
        self.push("heading_close", tag, -1).markup = marks

    def paragraph_read(self, line: int, next_line: int, content: str, level: int) -> None:
        opening = block_token("paragraph_open", "p", 1, level)
        opening.map = [line, next_line]
        inline = block_token("inline", "", 0, level + 1)
        inline.content = content
        inline.map = [line, next_line]
        inline.children = []
        self.tokens += (opening, inline, block_token("paragraph_close", "p", -1, level))

    def list_opened(self, line: int, mark: str, digits: str | None) -> object:
        first_token = len(self.tokens)
        # open_list pushes at this level; the reader moves past it itself.
        level = self.level
        opening, close_type, tag = open_list(self.push, line, mark, digits)
        self.level = level
        return opening, close_type, tag, first_token

    def item_opened(self, line: int, level: int, mark: str, number: str) -> object:
        item = block_token("list_item_open", "li", 1, level)
        item.markup = mark
        item.map = [line, 0]
        if number:
            item.info = number
        self.tokens.append(item)
        return item

    def item_closed(self, item: object, next_line: int, level: int, mark: str) -> None:
        closing = block_token("list_item_close", "li", -1, level)
        closing.markup = mark
        self.tokens.append(closing)
        item.map[1] = next_line  # type: ignore[attr-defined]

    def list_closed(self, opened: object, next_line: int, mark: str, tight: bool) -> None:
        opening, close_type, tag, first_token = opened  # type: ignore[misc]
        closing = block_token(close_type, tag, -1, self.level)
        closing.markup = mark
        self.tokens.append(closing)
        opening.map[1] = next_line
        if tight:
            _tighten(self, first_token)  # type: ignore[arg-type]


_HEADING_TAGS = ("", "h1", "h2", "h3", "h4", "h5", "h6")


def _heading_level(text: str, start: int) -> int:
    """The level of an ATX heading starting at ``start`` (its `#` marks, one to six, then
    a space or the line's end); 0 for none."""
    marks = len(text) - start - len(text[start:].lstrip("#"))
    if marks > 6 or (start + marks < len(text) and text[start + marks] != " "):
        return 0
    return marks
