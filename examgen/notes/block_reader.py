"""What the Markdown reader does at each heading, paragraph, list and item it reads.

:func:`examgen.notes.markdown.read_markdown` reads blocks from two sources: markdown-it's
block tokens (any text), and, for simple notes (headings, paragraphs and lists only), the
lines themselves (:mod:`examgen.notes.line_tree`), with no tokens at all. Both tell a
:class:`BlockReader` what they read, in document order, so that the tree is built by the
same code whichever read the text: a heading opens (:meth:`BlockReader.heading_open`), a
paragraph opens, its inline text is read (:meth:`BlockReader.inline`, told which block
follows it), a list or an item opens or closes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.model import Diagnostic
from examgen.notes.blocks import is_line_list, line_nodes
from examgen.notes.clauses import is_sentence
from examgen.notes.inline import Inline
from examgen.notes.instances import instance_of
from examgen.notes.lazy import lazy_start
from examgen.notes.markdown_state import _MarkdownState, _OpenItem
from examgen.notes.shapes import is_caption, noise_reason
from examgen.notes.terms import is_term, parse_head
from examgen.notes.tokens import MARKDOWN_MAX_DEPTH
from examgen.notes.tree import BYLINE, MAX_DEPTH, TOC, Node, join_lines, make_node

#: The level of a bold line standing as a heading: below every Markdown heading.
PSEUDO_HEADING_LEVEL = 7

_LIST_OPENS = ("bullet_list_open", "ordered_list_open")
# What a bold line on its own may stand over as a heading (not code, not a heading).
_OWNABLE = frozenset(
    ("paragraph_open", "bullet_list_open", "ordered_list_open", "table_open", "blockquote_open")
)


class BlockReader:
    """The tree being built from the blocks read so far (the reader's side of
    :mod:`examgen.notes.markdown_state`), and what one block leaves for the next: the
    heading whose text comes next, the paragraph's first line, a list just opened, items
    flattened past :data:`MAX_DEPTH`."""

    __slots__ = (
        "flattened",
        "heading_level",
        "heading_line",
        "list_starting",
        "paragraph_line",
        "source_lines",
        "state",
    )

    def __init__(self, state: _MarkdownState, source_lines: Sequence[str]) -> None:
        self.state = state
        self.source_lines = source_lines
        self.heading_level = 0
        self.heading_line = 0
        self.paragraph_line = 0
        self.list_starting = False
        self.flattened = 0  # items open beyond MAX_DEPTH: their text goes to the item above

    def heading_open(self, line: int, level: int) -> None:
        """A heading of ``level`` opens on ``line`` (its text comes next, as inline)."""
        self.heading_level = level
        self.heading_line = line
        self.state.begin_block()

    def paragraph_open(self, line: int) -> None:
        """A paragraph opens on ``line`` (its text comes next, as inline)."""
        self.paragraph_line = line

    def inline(self, inline: Inline, following: str) -> None:
        """The text of the heading or paragraph just opened; ``following`` is the type of
        the block token after it ('' at the end): a bold line over a list is its heading,
        a caption line over a list its label."""
        state = self.state
        items = state.items
        lines, images = inline.lines, inline.images
        if state.first_of_callout:
            state.first_of_callout = False
            lines = lines[1:]
            if lines and lines[0].lstrip().startswith((":", "：")):
                lines[0] = lines[0].lstrip()[1:]  # `: text` under `Def`: a definition list
            if not any(part.strip() for part in lines):
                return
        paragraph_line = self.paragraph_line
        if self.heading_level:
            if items:  # a heading inside a list item is just text there
                state.add(make_node("paragraph", lines, self.heading_line, images=images))
            else:
                state.blocks.append(
                    make_node("heading", lines, self.heading_line, level=self.heading_level)
                )
            self.heading_level = 0
        elif items and not items[-1].started:
            if len(lines) > 1:
                lazy = lazy_start(self.source_lines, paragraph_line - 1, lines)
                if lazy:  # `- Early morning awakening` + `The disorder is …` at the margin
                    after = make_node("paragraph", lines[lazy:], paragraph_line + lazy)
                    state.after_list.append(after._replace(strong=tuple(inline.strong)))
                    lines = lines[:lazy]
            item = items[-1]
            item.head = lines
            item.images = images
            item.strong = inline.strong
            item.links_only = inline.links_only
            item.broken = inline.broken
            item.started = True
        elif not items and _is_bold_heading(inline, following):
            # A line that is all bold, on its own, is a heading below the current ones.
            state.blocks.append(
                make_node("heading", lines, paragraph_line, level=PSEUDO_HEADING_LEVEL)
            )
        elif _QUESTION.match(lines[0]) or (state.question and _ANSWER.match(lines[0])):
            _question_and_answer(lines, paragraph_line, state)
        elif len(lines) >= 2 and is_line_list(lines):
            for node in line_nodes(lines, inline.strong, paragraph_line):
                state.add(node)
        else:
            caption = _caption_over_list(lines, following)
            body = _term_over_break(lines[:-1] if caption else lines, inline.broken)
            paragraph = _paragraph_or_noise(inline, body, paragraph_line, state)
            if paragraph is not None:
                state.add(paragraph)
            if caption:
                last = paragraph_line + len(lines) - 1
                state.add(make_node("paragraph", caption, last))

    def list_open(self) -> None:
        """A bullet or numbered list opens (its first item is the next block)."""
        self.list_starting = True
        self.state.begin_block()

    def item_open(self, line: int, level: int, markup: str) -> None:
        """A list item opens on ``line``, its token at ``level``, its marker's ``markup``
        (``.`` or ``)`` for a numbered item)."""
        state = self.state
        state.begin_block()
        if level >= 2 * MARKDOWN_MAX_DEPTH:
            state.diagnostics.append(_not_read(state.source, line))
        items = state.items
        if len(items) >= MAX_DEPTH:
            diagnostics = state.diagnostics
            if not any(d.message.startswith("nesting deeper") for d in diagnostics):
                message = f"nesting deeper than {MAX_DEPTH} levels; the deeper items are flattened"
                diagnostics.append(Diagnostic("warning", state.source, line, message))
            self.flattened += 1
            return
        numbered = markup in (".", ")")
        items.append(_OpenItem(line=line, starts_list=self.list_starting, numbered=numbered))
        self.list_starting = False

    def line_item(self, line: int, level: int, markup: str, inline: Inline) -> None:
        """An item of one line (most items) on ``line``, its text ``inline``: what
        :meth:`item_open`, :meth:`paragraph_open`, :meth:`inline` and :meth:`item_close` do
        for it, in one step where nothing but its node is left to make."""
        state = self.state
        lines = inline.lines
        if (
            len(lines) != 1  # lines a `<br>` parts: perhaps lazy ones
            or len(state.items) >= MAX_DEPTH
            or level >= 2 * MARKDOWN_MAX_DEPTH
            or state.first_of_callout
            or self.heading_level
        ):
            self.item_open(line, level, markup)
            self.paragraph_open(line)
            self.inline(inline, "list_item_close")
            self.item_close()
            return
        state.begin_block()
        self.paragraph_line = line
        numbered = markup in (".", ")")
        if inline.links_only:  # (skipped, with a diagnostic: the long way)
            item = _OpenItem(
                line=line,
                head=lines,
                images=inline.images,
                started=True,
                starts_list=self.list_starting,
                strong=inline.strong,
                links_only=True,
                numbered=numbered,
                broken=inline.broken,
            )
            state.close_open(item)
        else:
            starts = self.list_starting
            state.close_line(line, lines, inline.images, starts, inline.strong, numbered)
        self.list_starting = False

    def item_close(self) -> None:
        """The innermost open item closes: its node is made."""
        if self.flattened:
            self.flattened -= 1
            return
        self.state.close_item()

    def list_close(self) -> None:
        """A list closes: lazy lines held back from its items follow it (at the top, or in
        a container)."""
        state = self.state
        if state.after_list and (not state.items or state.items[-1].container):
            for after in state.after_list:
                state.add(after)
            state.after_list.clear()


def _not_read(source: str, line: int) -> Diagnostic:
    """markdown-it stops reading a file at its nesting limit: say so where it stopped."""
    message = (
        f"nested more than {MARKDOWN_MAX_DEPTH} levels deep: the rest of the file is not read;"
        " indent less"
    )
    return Diagnostic("warning", source, line, message)


_QUESTION = re.compile(r"^\s*(?:Q|问|問)\s*[:：.]\s*", re.IGNORECASE)
_ANSWER = re.compile(r"^\s*(?:A|答)\s*[:：.]\s*", re.IGNORECASE)


def _question_and_answer(lines: list[str], line: int, state: _MarkdownState) -> None:
    """``Q: …`` / ``A: …`` (or ``问：`` / ``答：``), in one paragraph or two: a ``qa`` node
    holding the question and the answer exactly as written."""
    question: list[str] = []
    answer: list[str] = []
    start = line
    if state.question and _ANSWER.match(lines[0]):
        question, start = [state.question[0]], state.question[1]
        state.question = None
    for raw in lines:
        if _QUESTION.match(raw) and not answer:
            question.append(raw[_QUESTION.match(raw).end() :])
        elif _ANSWER.match(raw) and question and not answer:
            answer.append(raw[_ANSWER.match(raw).end() :])
        elif answer:
            answer.append(raw)
        else:
            question.append(raw)
    asked = join_lines(question)
    if not answer:
        state.question = (asked, start)  # the answer is the next paragraph
        return
    pair = ((asked, join_lines(answer)),)
    state.add(make_node("qa", asked, start, cells=pair))


def _caption_over_list(lines: list[str], following: str) -> str:
    """The last line of a paragraph when it is a short caption right above a list
    (``…之後需要繼續。`` / ``第二正規化需要滿足`` / ``1. …``); '' otherwise."""
    if len(lines) < 2 or following not in _LIST_OPENS:
        return ""
    last = lines[-1].strip()
    return last if is_caption(last) else ""


def _is_bold_heading(inline: Inline, following: str) -> bool:
    """A paragraph that is one bold line, followed by notes it can own (not code, not a
    heading), and not a byline."""
    if len(inline.lines) != 1 or len(inline.strong) != 1 or inline.images:
        return False
    text = inline.lines[0].strip()
    if text.strip("*_ :：") != inline.strong[0].strip(" :：") or len(text) > 80:
        return False
    return following in _OWNABLE and not BYLINE.match(text)


def _term_over_break(lines: list[str], broken: frozenset[int]) -> list[str]:
    """``消息认证码概念(MAC)<br>`` then ``MAC主要是提供…``: a term the author ended with a
    break, over what it is, reads as ``term：text`` (a definition), as it would in a list."""
    if 0 not in broken or len(lines) < 2 or not any(line.strip() for line in lines[1:]):
        return lines
    first = lines[0].strip()
    head = parse_head(first)
    if head.how not in ("plain", "paren") or not head.termlike or is_sentence(head.term):
        return lines
    if not is_term(head.term) or _CONDITION_LEAD.match(first):
        return lines
    return [f"{first}：", *lines[1:]]


_CONDITION_LEAD = re.compile(r"^(?:如果|若|当|當|假如|假设|假設|因为|因為|所以|但)")


def _paragraph_or_noise(
    inline: Inline, lines: list[str], line: int, state: _MarkdownState
) -> Node | None:
    """The paragraph, or None (and a diagnostic) for noise: a byline, a table of contents, a
    line of links only or of images only, a placeholder or a mnemonic."""
    node = make_node("paragraph", lines, line, images=inline.images, strong=inline.strong)
    if BYLINE.match(node.text):
        state.skip(line, f"byline: {node.text}")
        return None
    if TOC.match(node.text):
        state.skip(line, "table of contents")
        return None
    if inline.links_only:
        state.skip(line, "links only (a table of contents or navigation)")
        return None
    if not node.text and node.images:
        state.skip(line, "image only")
        return None
    reason = noise_reason(node.text)
    instance = instance_of(node.text, node.strong) if reason == "worked example" else None
    if instance is not None:
        return make_node("qa", instance[0], line, cells=(instance,))  # `For example, **X** is a K`
    if reason:
        state.skip(line, f"{reason}: {node.text[:40]}")
        return None
    return node
