"""The Markdown reader: markdown-it-py tokens (CommonMark, plus tables) to the node tree.

Headings, list items and paragraphs come from the tokens; so do the blocks notes use beyond
them: tables (a ``table`` node with its cells), Mermaid paths (a ``diagram`` node), Obsidian
callouts and mkdocs admonitions (rewritten to callouts by :func:`examgen.notes.blocks.prepare`)
and ``<details>`` (containers: an item whose title is the callout's or the summary's),
``Q:``/``A:`` pairs (a ``qa`` node), paragraphs whose lines are separate items (``term：text``
lines, ``①`` lines), a bold line on its own (a heading below the current ones) and HTML
headings. Front matter, bylines, tables of contents, lines of links only, images only,
placeholders, mnemonics, quotations, code and HTML are skipped with a diagnostic, as are the
blocks the author marks with ``<!-- examgen: skip -->``. What the reader keeps open between
tokens (items, containers) is in :mod:`examgen.notes.markdown_state`; the plain text of an
inline token, in :mod:`examgen.notes.inline`; what it does at a heading, paragraph, list or
item, in :mod:`examgen.notes.block_reader`. Notes of headings, paragraphs and lists only are
read from their lines into that reader directly, with no tokens (:mod:`examgen.notes.line_tree`).
"""

from __future__ import annotations

import html
import re
from types import MappingProxyType

from markdown_it.token import Token

from examgen.model import Diagnostic
from examgen.notes.block_reader import BlockReader
from examgen.notes.blocks import (
    EXAMPLE_KINDS,
    SKIP_NEXT,
    callout_title,
    container_kind,
    mermaid_path,
    prepare,
)
from examgen.notes.clauses import is_sentence
from examgen.notes.inline import inline_text
from examgen.notes.line_tree import read_lines
from examgen.notes.markdown_state import _MarkdownState, _OpenItem
from examgen.notes.terms import parse_head
from examgen.notes.tokens import absent_rules, parse_markdown
from examgen.notes.tree import (
    Document,
    build_document,
    join_lines,
    make_node,
    normalize_newlines,
)

# `> Def`, `> Definition:`, `> 定義`: a quote that holds the definition of its section.
_DEFINITION_QUOTE = re.compile(r"^(?:def|defn|definition|定义|定義)\.?\s*[:：]?$", re.IGNORECASE)


_FRONT_TITLE = re.compile(r"^title:\s*(.+?)\s*$", re.MULTILINE)


def _front_matter_title(text: str) -> str:
    """The ``title:`` of a leading YAML front matter block, unquoted; '' without one."""
    if not text.startswith("---\n"):
        return ""
    end = text.find("\n---", 4)
    match = _FRONT_TITLE.search(text[: end if end > 0 else 0])
    return match.group(1).strip("'\"") if match else ""


def _skip_front_matter(text: str) -> tuple[str, int]:
    """Blank out a leading ``---`` … ``---`` block, keeping line numbers; return its length."""
    if not text.startswith("---\n"):
        return text, 0
    lines = text.split("\n")
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n" * (index + 1) + "\n".join(lines[index + 1 :]), index + 1
    return text, 0


def read_markdown(text: str, source: str) -> Document:
    """The tree of a Markdown notes file (CommonMark, via markdown-it-py tokens, or read
    from the lines directly when it has nothing but headings, paragraphs and lists)."""
    text = normalize_newlines(text)
    diagnostics: list[Diagnostic] = []
    front_title = _front_matter_title(text)
    text, front_lines = _skip_front_matter(text)
    if front_lines:
        diagnostics.append(Diagnostic("skipped", source, 1, "front matter"))
    text, meta_title = prepare(text, source, diagnostics)
    source_lines = text.split("\n")
    state = _MarkdownState(source, diagnostics)
    prepared = len(diagnostics)
    absent = absent_rules(text)
    if not read_lines(text, BlockReader(state, source_lines), absent):
        # The lines hold a block only markdown-it reads: start again from its tokens.
        del diagnostics[prepared:]
        state = _MarkdownState(source, diagnostics)
        _read_tokens(text, BlockReader(state, source_lines), absent)
    items = state.items
    while items:  # a <details> left open at the end of the file
        state.close_item()
    title = front_title if front_lines else meta_title
    last = len(source_lines)
    containers = tuple((first, end or last, kind) for first, end, kind in state.containers)
    return build_document(source, state.blocks, diagnostics, title=title, containers=containers)


def _read_tokens(text: str, reader: BlockReader, absent: frozenset[str]) -> None:
    """Read ``text``'s blocks from markdown-it's tokens into ``reader`` (``absent``: the
    block rules that cannot match in it; the line reader did not read it)."""
    tokens, env = parse_markdown(text, absent)
    state = reader.state
    skip_until: tuple[str, int] | None = None
    skip_next = False
    count = len(tokens)

    for index, token in enumerate(tokens):
        if skip_until is not None:
            if (token.type, token.level) == skip_until:
                skip_until = None
            continue
        kind = token.type
        if kind in _NOTHING_TO_DO:
            if kind in _LIST_CLOSE:
                reader.list_close()
            continue
        line = token.map[0] + 1 if token.map else 0
        if skip_next and kind != "inline" and token.nesting >= 0:
            skip_next = False
            state.skip(line, "examgen: skip")
            if token.nesting == 1:
                skip_until = (kind.replace("_open", "_close"), token.level)
            continue
        if state.table is not None:
            if kind == "tr_open":
                state.table.append([])
            elif kind == "inline" and state.table:
                state.table[-1].append(join_lines(inline_text(token, env).lines))
            elif kind == "table_close":
                cells = tuple(tuple(row) for row in state.table)
                state.add(make_node("table", "", state.table_line, cells=cells))
                state.table = None
            continue
        if kind == "heading_open":
            reader.heading_open(line, int(token.tag[1:]))
        elif kind == "paragraph_open":
            reader.paragraph_open(line)
        elif kind == "inline":
            following = tokens[index + 2].type if index + 2 < count else ""
            reader.inline(inline_text(token, env), following)
        elif kind == "list_item_open":
            reader.item_open(line, token.level, token.markup)
        elif kind == "list_item_close":
            reader.item_close()
        elif kind in ("bullet_list_open", "ordered_list_open"):
            reader.list_open()
        elif kind == "blockquote_open":
            state.begin_block()
            if _open_callout(index, tokens, line, state):
                pass
            elif _term_body_quote(state):
                state.callouts.append((token.level, False))  # read in place, as the body
            else:
                if not state.diagnostics or state.diagnostics[-1].line != line:
                    state.skip(line, "block quote")
                skip_until = ("blockquote_close", token.level)
        elif kind == "blockquote_close":
            if state.callouts and state.callouts[-1][0] == token.level:
                _level, container = state.callouts.pop()
                if container:
                    state.close_item()
        elif kind == "table_open":
            state.begin_block()
            state.table, state.table_line = [], line
        elif kind == "fence" and token.info.strip().casefold().startswith("mermaid"):
            state.begin_block()
            steps = mermaid_path(token.content)
            if steps and len(steps) >= 2:
                state.add(make_node("diagram", "", line, cells=(tuple(steps),)))
            else:
                state.skip(line, "Mermaid diagram that is not one path")
        elif kind == "html_block":
            state.begin_block()
            skip_next = _html_block(token.content, line, state) or skip_next
        elif kind == "fence" and _boxed_statement(token, line, state):
            state.add(make_node("paragraph", token.content.strip(), line))
            state.begin_block()
        elif kind in _SKIPPED_LEAVES:
            state.skip(line, _SKIPPED_LEAVES[kind])
            state.begin_block()


_SUMMARY = re.compile(r"<summary[^>]*>(.*?)</summary>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_HTML_HEADING = re.compile(r"^<h([1-6])[^>]*>(.*?)</h\1>$", re.IGNORECASE | re.DOTALL)


def _term_body_quote(state: _MarkdownState) -> bool:
    """``- Normalization定義`` over ``> 將一個關聯表…`` and nothing else yet: a quote that is
    the first block under an item naming a term says what it means (the item's body)."""
    if not state.items:
        return False
    item = state.items[-1]
    if item.container or item.children or not item.head:
        return False
    head = parse_head(join_lines(item.head))
    return head.how == "plain" and head.termlike and not is_sentence(head.term)


def _open_callout(index: int, tokens: list[Token], line: int, state: _MarkdownState) -> bool:
    """Open an Obsidian callout (or converted admonition) as a container; False for a quote."""
    inline = tokens[index + 2] if index + 2 < len(tokens) else None
    if inline is None or inline.type != "inline":
        return False
    first = inline.content.split("\n", 1)[0]
    found = callout_title(first)
    quoted = found is None  # `> Def` over `> : …`: a quotation read in place, no callout
    if quoted and _DEFINITION_QUOTE.match(first.strip()):
        found = ("definition", "")  # the section's definition
    if found is None:
        return False
    callout_kind, title = found
    if not title and callout_kind in EXAMPLE_KINDS:
        state.skip(line, f"worked example ({callout_kind})")  # an untitled example is data
        return False
    if title:
        # A titled callout begins its own run of items: after a list it is a note of its own,
        # not one more member of the list above it.
        opened = _OpenItem(line=line, head=[title], started=True, container=True, starts_list=True)
        state.items.append(opened)
    state.callouts.append((tokens[index].level, bool(title)))
    state.first_of_callout = True
    if not quoted:
        span = tokens[index].map or (line - 1, line)
        state.containers.append((span[0] + 1, span[1], container_kind(callout_kind)))
    return True


def _html_block(content: str, line: int, state: _MarkdownState) -> bool:
    """Handle an HTML block: ``<details>`` opens a container, ``</details>`` closes it, the
    skip comment asks to skip the next block (returns True); anything else is skipped."""
    if SKIP_NEXT.match(content.strip()):
        return True
    lowered = content.casefold()
    heading = _HTML_HEADING.match(content.strip())
    if heading and not state.items:
        text = html.unescape(_TAG.sub("", heading.group(2))).strip()
        state.blocks.append(make_node("heading", text, line, level=int(heading.group(1))))
    elif "<details" in lowered:
        summary = _SUMMARY.search(content)
        title = html.unescape(_TAG.sub("", summary.group(1))).strip() if summary else "Details"
        # A titled callout begins its own run of items: after a list it is a note of its own,
        # not one more member of the list above it.
        opened = _OpenItem(line=line, head=[title], started=True, container=True, starts_list=True)
        state.items.append(opened)
        state.details += 1
        state.containers.append((line, 0, "details"))
    elif "</details>" in lowered and state.details and state.items:
        state.details -= 1
        state.close_item()
        _close_details(state, line + content.count("\n"))
    elif content.lstrip().startswith("<!--"):
        state.skip(line, "HTML comment")
    else:
        state.skip(line, "HTML")
    return False


def _close_details(state: _MarkdownState, line: int) -> None:
    """Give the innermost ``<details>`` still open its last line."""
    for index in range(len(state.containers) - 1, -1, -1):
        first, end, kind = state.containers[index]
        if kind == "details" and not end:
            state.containers[index] = (first, line, kind)
            return


# Tokens that close what the reader already finished at the matching open token or inline;
# a third of all tokens, so they leave the loop before its chain of tests.
_LIST_CLOSE = ("bullet_list_close", "ordered_list_close")
_NOTHING_TO_DO = frozenset(
    ("paragraph_close", "heading_close", "bullet_list_close", "ordered_list_close")
)

# Blocks that hold no facts: skipped whole, with a diagnostic saying what they were.
_SKIPPED_LEAVES = MappingProxyType({"fence": "code block", "code_block": "code block"})


def _boxed_statement(token: Token, line: int, state: _MarkdownState) -> bool:
    """A fence with no language holding one line, right under a caption line (``反射律`` /
    a fence with ``若B⊆A，则A→B``): the caption's statement set in a box, not code."""
    content = token.content.strip()
    if token.info.strip() or not content or "\n" in content or _CODE_MARKS.search(content):
        return False
    siblings = state.items[-1].children if state.items else state.blocks
    if not siblings or siblings[-1].kind not in ("paragraph", "heading"):
        return False
    return siblings[-1].line == line - 1 and "\n" not in siblings[-1].text


_CODE_MARKS = re.compile(r"[;{}]|^\s*(?:#|//|\$ )")
