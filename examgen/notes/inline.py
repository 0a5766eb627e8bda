"""Inline text: the plain lines, image sources and bold phrases of one markdown-it inline
token, markup dropped (``<br>`` and hard breaks kept as line ends), for the Markdown reader
(:mod:`examgen.notes.markdown`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from markdown_it.token import Token

from examgen.notes.tokens import inline_children

# Inline HTML that is markup to drop (a tag of a known element, or a comment); anything else
# in angle brackets is the author's text.
_HTML_TAG = re.compile(
    r"<(?:!--|/?(?:a|abbr|b|bdi|bdo|big|br|cite|code|del|dfn|div|em|font|i|img|ins|kbd|mark|"
    r"p|q|rp|rt|ruby|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)\b)",
    re.IGNORECASE,
)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


class Inline(NamedTuple):
    """The plain text of an inline token and what the markup said about it."""

    lines: list[str]
    images: Sequence[str]  # read, never added to, by the reader: () when there are none
    strong: Sequence[str]
    links_only: bool  # all its text is link text (a table of contents, navigation)
    broken: frozenset[int] = frozenset()  # lines ended by an explicit break (`<br>`)


def inline_text(token: Token, env: dict[str, Any]) -> Inline:
    """Plain text lines, image sources and bold phrases of an inline token (markup dropped)."""
    children = inline_children(token, env)
    if children is None:  # plain text: one line, no markup (most texts: no lists made)
        return Inline([token.content], (), (), False)
    lines: list[str] = [""]
    images: list[str] = []
    strong: list[str] = []
    emphasis: list[int] = []  # where open bold/italic phrases start in the last line
    in_link = 0
    saw_link = False
    outside_links = False
    broken: set[int] = set()
    broke = False  # a `<br>` ends the text so far
    for child in children:
        kind = child.type
        if kind == "html_inline" and _BR.match(child.content):
            broke = True
            continue
        if kind in ("text", "code_inline", "math_inline") and child.content.strip() and broke:
            # `问：<br>答` on one line: the page shows two lines, and so do we.
            if lines[-1].strip():
                broken.add(len(lines) - 1)
                lines.append("")
                emphasis.clear()
            broke = False
        if kind == "math_inline" and "\n" in child.content:
            first, *rest = child.content.split("\n")  # display math over several lines
            lines[-1] += first
            lines.extend(rest)
            outside_links = outside_links or not in_link
        elif kind in ("text", "text_special", "code_inline", "math_inline") or (
            # `vector<int>`, `List<T>`: text in angle brackets, not HTML; kept as written.
            kind == "html_inline" and not _HTML_TAG.match(child.content)
        ):
            lines[-1] += child.content
            if not in_link and not outside_links and child.content.strip():
                outside_links = True
        elif kind in ("softbreak", "hardbreak"):
            if kind == "hardbreak" or broke:
                broken.add(len(lines) - 1)
            broke = False
            lines.append("")
            emphasis.clear()
        elif kind == "image":
            images.append(str(child.attrs.get("src", "")))
        elif kind in ("strong_open", "em_open"):
            emphasis.append(len(lines[-1]))
        elif kind in ("strong_close", "em_close") and emphasis:
            phrase = lines[-1][emphasis.pop() :].strip()
            if phrase:
                strong.append(phrase)
        elif kind == "link_open":
            in_link += 1
            saw_link = True
        elif kind == "link_close":
            in_link -= 1
    links_only = saw_link and not outside_links and bool("".join(lines).strip())
    return Inline(lines, images, strong, links_only, frozenset(broken))
