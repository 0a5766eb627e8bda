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
inline token, in :mod:`examgen.notes.inline`.
"""

from __future__ import annotations

import html
import re
from types import MappingProxyType

from markdown_it.token import Token

from examgen.model import Diagnostic
from examgen.notes.blocks import (
    EXAMPLE_KINDS,
    SKIP_NEXT,
    callout_title,
    container_kind,
    is_line_list,
    line_nodes,
    mermaid_path,
    prepare,
)
from examgen.notes.clauses import is_sentence
from examgen.notes.inline import Inline, inline_text
from examgen.notes.instances import instance_of
from examgen.notes.lazy import lazy_start
from examgen.notes.markdown_state import _MarkdownState, _OpenItem
from examgen.notes.shapes import is_caption, noise_reason
from examgen.notes.terms import is_term, parse_head
from examgen.notes.tokens import MARKDOWN_MAX_DEPTH, parse_markdown
from examgen.notes.tree import (
    BYLINE,
    MAX_DEPTH,
    TOC,
    Document,
    Node,
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
    """The tree of a Markdown notes file (CommonMark, via markdown-it-py tokens)."""
    text = normalize_newlines(text)
    diagnostics: list[Diagnostic] = []
    front_title = _front_matter_title(text)
    text, front_lines = _skip_front_matter(text)
    if front_lines:
        diagnostics.append(Diagnostic("skipped", source, 1, "front matter"))
    text, meta_title = prepare(text, source, diagnostics)
    tokens, env = parse_markdown(text)
    source_lines = text.split("\n")
    state = _MarkdownState(source, diagnostics)
    items = state.items
    heading_level = 0
    heading_line = 0
    paragraph_line = 0
    skip_until: tuple[str, int] | None = None
    skip_next = False
    list_starting = False
    flattened = 0  # items open beyond MAX_DEPTH: their text goes to the item above

    for index, token in enumerate(tokens):
        if skip_until is not None:
            if (token.type, token.level) == skip_until:
                skip_until = None
            continue
        kind = token.type
        if kind in _NOTHING_TO_DO:
            if state.after_list and kind in _LIST_CLOSE and (not items or items[-1].container):
                for after in state.after_list:
                    state.add(after)
                state.after_list.clear()
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
            heading_level = int(token.tag[1:])
            heading_line = line
            state.begin_block()
        elif kind == "paragraph_open":
            paragraph_line = line
        elif kind == "inline":
            inline = inline_text(token, env)
            lines, images = inline.lines, inline.images
            if state.first_of_callout:
                state.first_of_callout = False
                lines = lines[1:]
                if lines and lines[0].lstrip().startswith((":", "：")):
                    lines[0] = lines[0].lstrip()[1:]  # `: text` under `Def`: a definition list
                if not any(part.strip() for part in lines):
                    continue
            if heading_level:
                if items:  # a heading inside a list item is just text there
                    state.add(make_node("paragraph", lines, heading_line, images=images))
                else:
                    state.blocks.append(
                        make_node("heading", lines, heading_line, level=heading_level)
                    )
                heading_level = 0
            elif items and not items[-1].started:
                lazy = lazy_start(source_lines, paragraph_line - 1, lines) if len(lines) > 1 else 0
                if lazy:  # `- Early morning awakening` + `The disorder is …` at the margin
                    after = make_node("paragraph", lines[lazy:], paragraph_line + lazy)
                    state.after_list.append(after._replace(strong=tuple(inline.strong)))
                    lines = lines[:lazy]
                items[-1].head = lines
                items[-1].images = images
                items[-1].strong = inline.strong
                items[-1].links_only = inline.links_only
                items[-1].broken = inline.broken
                items[-1].started = True
            elif not items and _is_bold_heading(inline, tokens, index):
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
                caption = _caption_over_list(lines, tokens, index)
                body = _term_over_break(lines[:-1] if caption else lines, inline.broken)
                paragraph = _paragraph_or_noise(inline, body, paragraph_line, state)
                if paragraph is not None:
                    state.add(paragraph)
                if caption:
                    last = paragraph_line + len(lines) - 1
                    state.add(make_node("paragraph", caption, last))
        elif kind == "list_item_open":
            state.begin_block()
            if token.level >= 2 * MARKDOWN_MAX_DEPTH:
                diagnostics.append(_not_read(source, line))
            if len(items) >= MAX_DEPTH:
                if not any(d.message.startswith("nesting deeper") for d in diagnostics):
                    message = (
                        f"nesting deeper than {MAX_DEPTH} levels; the deeper items are flattened"
                    )
                    diagnostics.append(Diagnostic("warning", source, line, message))
                flattened += 1
                continue
            numbered = token.markup in (".", ")")
            items.append(_OpenItem(line=line, starts_list=list_starting, numbered=numbered))
            list_starting = False
        elif kind == "list_item_close":
            if flattened:
                flattened -= 1
                continue
            state.close_item()
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_starting = True
            state.begin_block()
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
    while items:  # a <details> left open at the end of the file
        state.close_item()
    title = front_title if front_lines else meta_title
    last = len(source_lines)
    containers = tuple((first, end or last, kind) for first, end, kind in state.containers)
    return build_document(source, state.blocks, diagnostics, title=title, containers=containers)


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


def _caption_over_list(lines: list[str], tokens: list[Token], index: int) -> str:
    """The last line of a paragraph when it is a short caption right above a list
    (``…之後需要繼續。`` / ``第二正規化需要滿足`` / ``1. …``); '' otherwise."""
    if len(lines) < 2 or index + 2 >= len(tokens):
        return ""
    if tokens[index + 2].type not in ("bullet_list_open", "ordered_list_open"):
        return ""
    last = lines[-1].strip()
    return last if is_caption(last) else ""


#: The level of a bold line standing as a heading: below every Markdown heading.
PSEUDO_HEADING_LEVEL = 7


_OWNABLE = frozenset(
    ("paragraph_open", "bullet_list_open", "ordered_list_open", "table_open", "blockquote_open")
)


def _is_bold_heading(inline: Inline, tokens: list[Token], index: int) -> bool:
    """A paragraph that is one bold line, followed by notes it can own (not code, not a
    heading), and not a byline."""
    if len(inline.lines) != 1 or len(inline.strong) != 1 or inline.images:
        return False
    text = inline.lines[0].strip()
    if text.strip("*_ :：") != inline.strong[0].strip(" :：") or len(text) > 80:
        return False
    following = tokens[index + 2].type if index + 2 < len(tokens) else ""
    return following in _OWNABLE and not BYLINE.match(text)


_SUMMARY = re.compile(r"<summary[^>]*>(.*?)</summary>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_HTML_HEADING = re.compile(r"^<h([1-6])[^>]*>(.*?)</h\1>$", re.IGNORECASE | re.DOTALL)


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
