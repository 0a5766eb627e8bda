"""markdown-it-py, set up for reading notes: the parser and the tokens it gives.

The parser is CommonMark with tables and a math rule, and it gives the same tokens as
markdown-it-py configured that way would. It does less work to get them, which is most of
examgen's parse time (``make bench`` compares it with markdown-it-py alone):

* **Block rules by first character.** For every line, markdown-it tries its block rules in
  order until one matches (and, to end a paragraph or list item, the rules that may
  interrupt it, on the next line). Most rules give up on the first non-space character of
  the line: only ``>`` starts a quote, ``#`` a heading, a digit or ``*-+`` a list item. Each
  chain of rules is wrapped so that only the rules that can start with that character are
  tried, in the same order; a line indented as code gets them all.
* **Inline on demand.** Inline content (the text of a paragraph, heading or cell) is parsed
  when the reader asks for it (:func:`inline_children`), after the block pass, with the same
  ``env`` (link references), as markdown-it's own ``inline`` step would. Text without any
  character an inline rule acts on is one text token: it is not parsed at all.
* **Tokens made directly.** A block token is made by setting its fields
  (:func:`examgen.notes.block_token.block_token`), without the dataclass's ``__init__``.
* **Paragraphs and line marks cut directly.** Most paragraphs of notes are an item's one
  line: :func:`_paragraph` cuts its text from the line's marks, where markdown-it's own rule
  steps through the item's indentation a character at a time (and logs a debug call). The
  block state finds its line marks a line at a time (:class:`_NotesState`).
* **Lists read by a rule of ours.** markdown-it's list rule is replaced by one giving its
  tokens and state with less work per item (:mod:`examgen.notes.list_tokens`).
* **Rules a document cannot use are not tried.** A setext heading needs a line of only
  ``-`` or ``=``, a thematic break a line ending in three ``-``, ``*`` or ``_``, a table a
  ``|``: a text without any (one regex search each) is parsed by a parser without those
  rules. Where markdown-it would try the setext rule and fail, a stub leaves the state as
  that failure does (the parent type is "paragraph"; see :func:`_no_setext_heading`).

* **Simple texts read line by line.** A text that can use none of those three rules, nor a
  quote, HTML, a fence, a link reference, a tab or indented code (most notes: headings,
  paragraphs and lists) is not given to markdown-it's block pass at all: the same tokens
  are read from its lines (:mod:`examgen.notes.line_blocks`). Which rules a text may need is
  found by scans the regex engine does fast (:func:`line_may_end_in`).

``tests/test_notes_tokens.py`` checks that the tokens equal markdown-it-py's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

from markdown_it import MarkdownIt, rules_block
from markdown_it.common.utils import MD_TRIM_CHARS as _TRIMMED
from markdown_it.parser_block import ParserBlock
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block.list import list_block
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from examgen.mathtext import math_spans
from examgen.notes.block_token import DIRECT, block_token
from examgen.notes.line_blocks import line_tokens
from examgen.notes.list_tokens import list_rule

# markdown-it reads nesting down to this depth (its parser recurses per level too); past it,
# it stops reading the file (the reader says so in a warning).
MARKDOWN_MAX_DEPTH = 100

BlockRule = Callable[[StateBlock, int, int, bool], bool]

# The characters a line must start with (after its indentation) for each block rule to
# match; the rules not named here (table, setext heading, paragraph, any other) may match
# any line. Each of these rules returns False, having changed nothing, for any other first
# character (see markdown-it's rules_block).
_FIRST_CHARACTERS: dict[object, str] = {
    rules_block.fence: "`~",
    rules_block.blockquote: ">",
    rules_block.hr: "*-_",
    rules_block.list_block: "*-+0123456789",
    rules_block.reference: "[",
    rules_block.html_block: "<",
    rules_block.heading: "#",
}

# The characters some inline rule acts on (line breaks, escapes, code, emphasis, links,
# images, HTML and autolinks, entities, math): inline content without any is plain text.
INLINE_MARKUP = re.compile(r"[\n\\`*_\[\]!<&$]")


@cache
def markdown_parser(absent: frozenset[str] = frozenset()) -> MarkdownIt:
    """The parser (built once per set of ``absent`` block rules, those the text cannot use:
    building one costs as much as parsing a small file)."""
    parser = commonmark_parser()
    # Inline content is parsed on demand (inline_children); `text_join` only merges the
    # text tokens of that step, which the reader concatenates anyway.
    parser.disable(["inline", "text_join"])
    # The list rule asks for this option per item; unset, the lookup raises and catches a
    # KeyError each time (the default, False, is what it reads either way).
    parser.options["tasklists"] = False
    # It asks by `options.get`, which markdown-it's options mapping answers through two
    # Python calls (the mapping's generic `get`, then its `__getitem__`): the dict's own
    # `get` answers the same from the same dict.
    # (Only while the mapping keeps its options in a dict, as when this was written.)
    options = getattr(parser.options, "_options", None)
    if type(options) is dict:
        parser.options.get = options.get  # type: ignore[method-assign]
    _dispatch_by_first_character(parser, absent)
    if DIRECT:
        _push_tokens_directly(parser.block)
    return parser


def commonmark_parser() -> MarkdownIt:
    """markdown-it-py as the notes need it (CommonMark, tables, math spans), without the
    shortcuts of :func:`markdown_parser`: the tokens that parser must give."""
    parser = MarkdownIt("commonmark", {"maxNesting": 2 * MARKDOWN_MAX_DEPTH + 2}).enable("table")
    # Keep image sources as written (no percent-encoding of Chinese file names).
    parser.normalizeLink = lambda url: url  # type: ignore[method-assign]
    # Before `escape`: inside math, `\{`, `\\`, `\_` and `*` are TeX, not Markdown.
    parser.inline.ruler.before("escape", "math", _math_rule)
    return parser


def parse_markdown(
    text: str, absent: frozenset[str] | None = None
) -> tuple[list[Token], dict[str, Any]]:
    """The block tokens of a Markdown text, and the ``env`` to parse their inline content in.
    With ``absent``, the caller has found those rules absent (:func:`absent_rules`) and
    tried the line reader: markdown-it reads the text."""
    env: dict[str, Any] = {}
    if absent is None:
        absent = absent_rules(text)
        if absent == ALL_ABSENT:  # nothing but headings, paragraphs and lists, perhaps
            tokens = line_tokens(text)
            if tokens is not None:
                return tokens, env
    parser = markdown_parser(absent) if absent else markdown_parser()  # one cache entry
    return parser.parse(text, env), env


# A line that could underline a setext heading: after the container marks (indentation and
# `>`), only `-` or only `=`. A line that could be a thematic break ends in three of `-`,
# `*` or `_`, spaces between (after whatever list or quote marks precede it).
_SETEXT_UNDERLINE = re.compile(r"^[ \t>]*(?:-+|=+)[ \t]*$", re.MULTILINE)
_THEMATIC_BREAK = re.compile(r"([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)


#: No setext heading, thematic break or table can occur: the line reader may read the text.
ALL_ABSENT = frozenset(("lheading", "hr", "table"))


def absent_rules(text: str) -> frozenset[str]:
    """The block rules that cannot match anywhere in ``text`` (see the module docstring)."""
    if "\r" in text:
        return frozenset()  # markdown-it reads `\r` as a line end; these regexes do not
    absent = []
    if not line_may_end_in(text, "-=") or _SETEXT_UNDERLINE.search(text) is None:
        absent.append("lheading")
    if not line_may_end_in(text, "-*_") or _THEMATIC_BREAK.search(text) is None:
        absent.append("hr")
    if "|" not in text:
        absent.append("table")  # a table's head row has a `|`
    return frozenset(absent)


def line_may_end_in(text: str, marks: str) -> bool:
    """Whether a line of ``text`` may end in one of ``marks``, perhaps followed by spaces
    or tabs; False only when none does. Both an underline and a thematic break end so:
    a text without such a line needs neither regex. Found by ``in`` (a fast scan in C; the
    regexes step through every character in the regex engine, a tenth of the block pass
    of a simple text), and left to the regexes where a line ends in spaces or tabs."""
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        return True
    if text.endswith(tuple(marks)):
        return True
    for mark in marks:  # noqa: SIM110 (a loop, not any(): no generator per text)
        if mark + "\n" in text:
            return True
    return False


def inline_children(token: Token, env: dict[str, Any]) -> list[Token] | None:
    """The inline tokens of an ``inline`` token, parsed now; None when its content is plain
    text (the content would be one ``text`` token, or none when empty). An escaped or entity
    character is a ``text_special`` token, to be read as text."""
    if INLINE_MARKUP.search(token.content) is None:
        return None
    if not token.children:
        token.children = content_children(token.content, env)
    return token.children


def content_children(content: str, env: dict[str, Any]) -> list[Token] | None:
    """The inline tokens of inline ``content`` (the text of a block), parsed in ``env``;
    None when it is plain text (see :func:`inline_children`)."""
    if INLINE_MARKUP.search(content) is None:
        return None
    parser = markdown_parser()
    children: list[Token] = []
    parser.inline.parse(content, parser, env, children)
    return children


class _NotesState(StateBlock):
    """markdown-it's block state, making each token by setting its fields, and finding its
    line marks a line at a time."""

    def __init__(self, src: str, md: MarkdownIt, env: Any, tokens: list[Token]) -> None:
        # markdown-it's own set-up on an empty text (every field, no lines), then the marks
        # of this text's lines: what its per-line scan finds, from one split and `lstrip`s
        # (the scan steps through each line's indentation a character at a time).
        super().__init__("", md, env, tokens)
        self.src = src
        lines = src.split("\n")
        if not lines[-1].strip(" \t"):
            # The text's end: no line after a final `\n`, and none for a last line of only
            # spaces and tabs without one (markdown-it's scan gives neither a mark).
            lines.pop()
        # Each list in one comprehension: a loop appending to four lists was a tenth of
        # the block pass (a line of notes is the unit it works per).
        ends = list(accumulate([len(line) + 1 for line in lines]))  # one past each `\n`
        begins = [0, *ends]
        begins.pop()
        ends = [end - 1 for end in ends]
        shifts = [len(line) - len(line.lstrip(" \t")) for line in lines]
        if "\t" in src:  # columns differ from characters only where a tab indents
            counts = [
                _columns(line, shift) if "\t" in line[:shift] else shift
                for line, shift in zip(lines, shifts, strict=True)
            ]
        else:
            counts = shifts.copy()
        length = len(src)
        # markdown-it's extra last line, so that rules may look one line past the end.
        begins.append(length)
        ends.append(length)
        shifts.append(0)
        counts.append(0)
        self.bMarks, self.eMarks, self.tShift, self.sCount = begins, ends, shifts, counts
        self.bsCount = [0] * len(begins)
        self.lineMax = len(lines)

    def push(self, ttype: str, tag: str, nesting: int) -> Token:  # type: ignore[override]
        """A block token, equal to the one ``StateBlock.push`` would make."""
        if nesting < 0:
            self.level -= 1  # a closing token is at the level of its opening one
        token = block_token(ttype, tag, nesting, self.level)
        if nesting > 0:
            self.level += 1
        self.tokens.append(token)
        return token


def _columns(line: str, shift: int) -> int:
    """The columns of a line's first ``shift`` characters (spaces and tabs; a tab goes to
    the next multiple of 4)."""
    columns = 0
    for char in line[:shift]:
        columns += 4 - columns % 4 if char == "\t" else 1
    return columns


def _push_tokens_directly(block: ParserBlock) -> None:
    """Make ``block`` parse with :class:`_NotesState` (what ``ParserBlock.parse`` does with
    markdown-it's own state)."""

    def parse(src: str, md: MarkdownIt, env: Any, out_tokens: list[Token]) -> list[Token] | None:
        if not src:
            return None
        state = _NotesState(src, md, env, out_tokens)
        block.tokenize(state, state.line, state.lineMax)
        return state.tokens

    block.parse = parse  # type: ignore[method-assign]


def _dispatch_by_first_character(parser: MarkdownIt, absent: frozenset[str]) -> None:
    """Wrap every chain of block rules in a rule that tries only those that can match the
    line's first character, and none of the ``absent`` ones (see the module docstring)."""
    own = parser.block.ruler.getRules

    class Chains(dict[str, list[BlockRule]]):
        def __missing__(self, chain: str) -> list[BlockRule]:
            rules = self[chain] = [_by_first_character(own(chain), absent)]
            return rules

    # markdown-it asks for a chain per line and per paragraph: a dict lookup answers, and
    # the parser's rules are never changed after this, so the wrapped chains stay right.
    parser.block.ruler.getRules = Chains().__getitem__  # type: ignore[method-assign]


def _by_first_character(rules: Sequence[BlockRule], absent: frozenset[str]) -> BlockRule:
    """One block rule trying, of ``rules`` in order, those that can match the line."""
    starts = {char for rule in rules for char in _FIRST_CHARACTERS.get(rule, "")}
    # A line indented as code, or empty, gets every rule (the absent ones too); the others
    # only those the text can use (a stub where the setext rule would fail). markdown-it's
    # paragraph rule is replaced everywhere by the faster one giving its tokens.
    every = tuple(_OWN_RULES.get(rule, rule) for rule in rules)
    usable = tuple(
        _STAND_INS.get(rule, rule) if _RULE_NAMES.get(rule) in absent else rule
        for rule in every
        if not (_RULE_NAMES.get(rule) in absent and rule not in _STAND_INS)
    )
    by_char = {
        char: tuple(
            rule
            for rule in usable
            if rule is not rules_block.code and char in _FIRST_CHARACTERS.get(rule, char)
        )
        for char in starts
    }
    # Lines starting with any other character (text): the rules that match anything.
    other = tuple(
        rule for rule in usable if rule is not rules_block.code and rule not in _FIRST_CHARACTERS
    )

    def rule(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        first = state.bMarks[line] + state.tShift[line]
        if first >= state.eMarks[line] or state.sCount[line] - state.blkIndent >= 4:
            chain = every  # an empty line, or one indented as code: every rule, as written
        else:
            chain = by_char.get(state.src[first], other)
        # A loop, not any(): a generator per line is a tenth of this rule's time.
        for candidate in chain:  # noqa: SIM110
            if candidate(state, line, end, silent):
                return True
        return False

    return rule


def _paragraph(state: StateBlock, line: int, end: int, silent: bool) -> bool:
    """markdown-it's paragraph rule (the same tokens and state), without its debug log call
    and with a one-line paragraph's text cut directly; it is most paragraphs of notes (an
    item's text), and markdown-it's cut (``StateBlock.getLines``) steps through the item's
    indentation a character at a time."""
    next_line = line + 1
    last = state.lineMax
    terminators = state.md.block.ruler.getRules("paragraph")
    parent_type = state.parentType
    state.parentType = "paragraph"
    begins, shifts, ends, counts = state.bMarks, state.tShift, state.eMarks, state.sCount
    while next_line < last:
        if begins[next_line] + shifts[next_line] >= ends[next_line]:
            break  # an empty line ends it
        # A line indented as code, or (in a quote) already read by the quote's rule, goes
        # on the paragraph; any other line ends it if a rule may interrupt a paragraph there.
        if counts[next_line] >= 0 and counts[next_line] - state.blkIndent <= 3:
            for rule in terminators:  # a loop, not any() (see the rule above)
                if rule(state, next_line, last, True):
                    break
            else:
                next_line += 1
                continue
            break
        next_line += 1
    if next_line == line + 1:
        content = _one_line(state, line)
    else:
        content = state.getLines(line, next_line, state.blkIndent, False)
    state.line = next_line
    span = [line, next_line]
    state.push("paragraph_open", "p", 1).map = span
    token = state.push("inline", "", 0)
    token.content = content.strip(_TRIMMED)
    token.map = [line, next_line]
    token.children = []
    state.push("paragraph_close", "p", -1)
    state.parentType = parent_type
    return True


# markdown-it's rules, and ours giving the same tokens and state, used in their place.
_OWN_RULES: dict[object, BlockRule] = {rules_block.paragraph: _paragraph, list_block: list_rule}
_FIRST_CHARACTERS[list_rule] = _FIRST_CHARACTERS[list_block]


def _one_line(state: StateBlock, line: int) -> str:
    """``state.getLines(line, line + 1, state.blkIndent, False)`` up to leading spaces (the
    paragraph trims them): the line without the indentation of the block it is in."""
    first, last = state.bMarks[line], state.eMarks[line]
    shifted = first + state.tShift[line]
    indent = state.blkIndent
    src = state.src
    if shifted - first <= indent and src.find("\t", first, shifted) < 0:
        # Most lines (an item's own, where the item's rule set the shift to its text): one
        # column a character up to the text, all of it within the indentation, and what the
        # loop below would still step over after it is spaces, trimmed.
        return src[shifted:last]
    columns = 0
    while first < last and columns < indent:
        char = src[first]
        if char == " ":
            columns += 1
        elif char == "\t":
            columns += 4 - (columns + state.bsCount[line]) % 4
        elif first < shifted:
            columns += 1  # a list marker the item's rule counted into the line's shift
        else:
            break
        first += 1
    return src[first:last]


def _no_setext_heading(state: StateBlock, line: int, end: int, silent: bool) -> bool:
    """markdown-it's setext heading rule on a text without any underline: it fails, having
    set the parent type to "paragraph" (it looks for the underline as a paragraph would,
    and does not set it back when it finds none). Only called on lines not indented as
    code, where the rule itself would get that far."""
    state.parentType = "paragraph"
    return False


# The rules `absent` names, and what stands in for the one whose failure changes the state.
_RULE_NAMES: dict[object, str] = {
    rules_block.lheading: "lheading",
    rules_block.hr: "hr",
    rules_block.table: "table",
}
_STAND_INS: dict[object, BlockRule] = {rules_block.lheading: _no_setext_heading}


@lru_cache(maxsize=64)
def _math_ends(src: str) -> dict[int, int]:
    """Where each math span of an inline text starts, and where it ends."""
    return dict(math_spans(src))


def _math_rule(state: StateInline, silent: bool) -> bool:
    """A math span (``$…$``, ``$$…$$``, ``\\(…\\)``, ``\\[…\\]``, as
    :mod:`examgen.mathtext` finds them) is one ``math_inline`` token holding the span as
    written: markdown-it would otherwise unescape ``\\{`` and ``\\\\`` and read ``*`` and
    ``_`` in it as emphasis, and the formula would reach the facts changed."""
    if state.src[state.pos] not in "$\\":
        return False
    end = _math_ends(state.src).get(state.pos)
    if end is None:
        return False
    if not silent:
        state.push("math_inline", "", 0).content = state.src[state.pos : end]
    state.pos = end
    return True
