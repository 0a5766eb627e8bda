"""markdown-it's list rule, giving its tokens and leaving its state, with less work per item.

Notes are mostly lists (23,660 items in the 10,000-fact bench corpus), and markdown-it's
rule spends most of its own time on what each item costs: a debug log call per list, a
call per marker check, state looked up through attributes, the task-list option asked
twice a list. This rule does the same steps in the same order with a regex for the marker
and the state's lists held in locals; it reads no task lists (the notes' parser sets
``tasklists`` off: :func:`examgen.notes.tokens.markdown_parser`) and assumes the code block
rule is on (CommonMark). ``tests/test_notes_tokens.py`` checks its tokens and answers
against markdown-it's own on many list shapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from markdown_it.rules_block import StateBlock

# A list marker: a bullet, or one to nine digits and `.` or `)`; then a space, a tab or
# the line's end (markdown-it's `skipBulletListMarker` / `skipOrderedListMarker`).
_MARKER = re.compile(r"(?:[-*+]|([0-9]{1,9})[.)])(?=[ \t]|\Z)")


def list_rule(state: StateBlock, line: int, end: int, silent: bool) -> bool:
    """markdown-it's list rule (``rules_block.list_block``): the same answer, tokens and
    state, for any line (see the module docstring)."""
    count = state.sCount[line]
    if count - state.blkIndent >= 4:
        return False  # indented as code
    if state.listIndent >= 0 and count - state.listIndent >= 4 and count < state.blkIndent:
        return False  # a paragraph's continuation under a deeper item
    first = state.bMarks[line] + state.tShift[line]
    stop = state.eMarks[line]
    marker = _MARKER.match(state.src, first, stop)
    if marker is None:
        return False
    after = marker.end()
    digits = marker.group(1)
    if silent:
        if state.parentType == "paragraph" and count >= state.blkIndent:
            if digits is not None and int(digits) != 1:
                return False  # only a list starting at 1 interrupts a paragraph
            if state.skipSpaces(after) >= stop:
                return False  # nor an item with nothing after its marker
        return True
    return _read_list(state, line, end, after, digits)


def _read_list(state: StateBlock, line: int, end: int, after: int, digits: str | None) -> bool:
    """The list starting on ``line`` (its first marker ends at ``after``): its tokens, up to
    the line that ends it."""
    src = state.src
    begins, shifts, ends, counts = state.bMarks, state.tShift, state.eMarks, state.sCount
    bs_counts = state.bsCount
    push = state.push
    tokenize = state.md.block.tokenize
    terminators = state.md.block.ruler.getRules("list")
    first_token = len(state.tokens)
    mark = src[after - 1]
    opening, close_type, tag = open_list(push, line, mark, digits)
    span = opening.map
    tight = True
    empty_end = False  # the item before ended with an empty line
    parent_type = state.parentType
    state.parentType = "list"
    next_line = line
    while next_line < end:
        marker_start = begins[line] + shifts[line]
        stop = ends[next_line]
        initial = offset = counts[next_line] + after - marker_start
        pos = after
        # The spaces after the marker, in columns (a tab to the next multiple of 4).
        while pos < stop:
            char = src[pos]
            if char == " ":
                offset += 1
            elif char == "\t":
                offset += 4 - (offset + bs_counts[next_line]) % 4
            else:
                break
            pos += 1
        # Nothing after the marker, or more than four columns (then indented code): the
        # item's content is one column past the marker.
        gap = 1 if pos >= stop else offset - initial
        if gap > 4:
            gap = 1
        item = push("list_item_open", "li", 1)
        item.markup = mark
        item.map = item_span = [line, 0]
        if digits is not None:
            item.info = src[marker_start : after - 1]
        old_tight = state.tight
        old_shift, old_count = shifts[line], counts[line]
        old_list_indent = state.listIndent
        state.listIndent = state.blkIndent
        state.blkIndent = initial + gap
        state.tight = True
        shifts[line] = pos - begins[line]
        counts[line] = offset
        if pos >= stop and begins[line + 1] + shifts[line + 1] >= ends[line + 1]:
            # An empty item followed by an empty line: the list ends after it
            # (markdown-it's workaround, `state.line` moved on by two).
            state.line = min(state.line + 2, end)
        else:
            tokenize(state, line, end)
        if not state.tight or empty_end:
            tight = False
        empty_end = state.line - line > 1 and (
            begins[state.line - 1] + shifts[state.line - 1] >= ends[state.line - 1]
        )
        state.blkIndent = state.listIndent
        state.listIndent = old_list_indent
        shifts[line], counts[line] = old_shift, old_count
        state.tight = old_tight
        push("list_item_close", "li", -1).markup = mark
        next_line = line = state.line
        item_span[1] = next_line
        if next_line >= end:
            break
        # Does the list go on? Not below its items' indentation, not at a code line, not
        # where a rule ending a list matches, not at another kind of marker.
        count = counts[next_line]
        if count < state.blkIndent or count - state.blkIndent >= 4:
            break
        if _any_matches(terminators, state, next_line, end):
            break
        marker = _MARKER.match(src, begins[next_line] + shifts[next_line], ends[next_line])
        if marker is None or (marker.group(1) is None) != (digits is None):
            break
        after = marker.end()
        if src[after - 1] != mark:
            break
    push(close_type, tag, -1).markup = mark
    span[1] = next_line
    state.line = next_line
    state.parentType = parent_type
    if tight:
        _tighten(state, first_token)
    return True


def open_list(push: Callable, line: int, mark: str, digits: str | None) -> tuple:
    """The opening token of a list starting on ``line`` with ``mark`` (its number's
    ``digits``, None for bullets), as markdown-it's list rule pushes it, and the type and tag
    of the closing token to push at its end (shared with :mod:`examgen.notes.line_blocks`)."""
    if digits is not None:
        opening = push("ordered_list_open", "ol", 1)
        value = int(digits)
        if value != 1:
            opening.attrs = {"start": value}
        close_type, tag = "ordered_list_close", "ol"
    else:
        opening = push("bullet_list_open", "ul", 1)
        close_type, tag = "bullet_list_close", "ul"
    opening.map = [line, 0]
    opening.markup = mark
    return opening, close_type, tag


def _any_matches(
    rules: Sequence[Callable[[StateBlock, int, int, bool], bool]],
    state: StateBlock,
    line: int,
    end: int,
) -> bool:
    """Whether one of ``rules`` matches ``line`` (asked silently, in order)."""
    # A loop, not any(): a generator per call costs more.
    for rule in rules:  # noqa: SIM110
        if rule(state, line, end, True):
            return True
    return False


def _tighten(state: StateBlock, first_token: int) -> None:
    """Hide the paragraphs of a tight list's own items (markdown-it's
    ``markTightParagraphs``)."""
    tokens = state.tokens
    level = state.level + 2
    index = first_token + 2
    last = len(tokens) - 2
    while index < last:
        token = tokens[index]
        if token.level == level and token.type == "paragraph_open":
            tokens[index + 2].hidden = True
            token.hidden = True
            index += 2
        index += 1
