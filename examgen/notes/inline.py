"""Inline text: the plain lines, image sources and bold phrases of one markdown-it inline
token, markup dropped (``<br>`` and hard breaks kept as line ends, ``<sub>``/``<sup>`` kept as
script characters, :mod:`examgen.notes.scripts`), for the Markdown reader
(:mod:`examgen.notes.markdown`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from markdown_it.token import Token

from examgen.notes.scripts import Script, fits, scripted
from examgen.notes.tokens import INLINE_MARKUP, content_children, inline_children

# Inline HTML that is markup to drop (a tag of a known element, or a comment); anything else
# in angle brackets is the author's text.
_HTML_TAG = re.compile(
    r"<(?:!--|/?(?:a|abbr|b|bdi|bdo|big|br|cite|code|del|dfn|div|em|font|i|img|ins|kbd|mark|"
    r"p|q|rp|rt|ruby|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)\b)",
    re.IGNORECASE,
)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_SCRIPT = re.compile(r"<(?P<close>/)?(?P<tag>sub|sup)\b[^>]*>", re.IGNORECASE)


def _script_of(child: Token) -> tuple[Script, bool] | None:
    """The script an ``html_inline`` child opens or closes (and whether it closes), if any."""
    tag = _SCRIPT.match(child.content) if child.type == "html_inline" else None
    if tag is None:
        return None
    return ("sub" if tag["tag"].lower() == "sub" else "sup"), bool(tag["close"])


def _scripts_fit(children: Sequence[Token]) -> bool:
    """Whether every `<sub>`/`<sup>` text of a token has Unicode script characters; one
    inside another has none (`g<sup>x<sub>a</sub></sup>`: ˣ has no subscript of its own)."""
    open_: list[tuple[Script, list[str]]] = []
    for child in children:
        found = _script_of(child)
        if found is None:
            if child.type in ("text", "text_special", "code_inline", "math_inline"):
                for _, parts in open_:
                    parts.append(child.content)
        elif not found[1]:
            if open_:
                return False
            open_.append((found[0], []))
        elif open_ and open_[-1][0] == found[0]:
            script, parts = open_.pop()
            if not fits(script, "".join(parts)):
                return False
    return True


class Inline(NamedTuple):
    """The plain text of an inline token and what the markup said about it."""

    lines: list[str]
    images: Sequence[str]  # read, never added to, by the reader: () when there are none
    strong: Sequence[str]
    links_only: bool  # all its text is link text (a table of contents, navigation)
    broken: frozenset[int] = frozenset()  # lines ended by an explicit break (`<br>`)


def inline_text(token: Token, env: dict[str, Any]) -> Inline:
    """Plain text lines, image sources and bold phrases of an inline token (markup dropped)."""
    return _plain(token.content, inline_children(token, env))


def content_inline(content: str, env: dict[str, Any]) -> Inline:
    """What :func:`inline_text` gives for an inline token holding ``content`` (for a reader
    that makes no tokens)."""
    if INLINE_MARKUP.search(content) is None:
        # Plain text (most): the tuple made directly, as for a node (tree.make_node).
        return _new_tuple(Inline, ([content], (), (), False, _UNBROKEN))
    return _plain(content, content_children(content, env))


_UNBROKEN: frozenset[int] = frozenset()
# While an Inline has exactly these fields, content_inline makes the tuple itself.
_MADE_FIELDS = ("lines", "images", "strong", "links_only", "broken")
_new_tuple = tuple.__new__ if Inline._fields == _MADE_FIELDS else lambda cls, fields: cls(*fields)


def _plain(content: str, children: list[Token] | None) -> Inline:
    """The Inline of ``content`` from its inline tokens (None: plain text, none needed)."""
    if children is None:  # plain text: one line, no markup (most texts: no lists made)
        return Inline([content], (), (), False)
    lines: list[str] = [""]
    images: list[str] = []
    strong: list[str] = []
    emphasis: list[int] = []  # where open bold/italic phrases start in the last line
    in_link = 0
    saw_link = False
    outside_links = False
    broken: set[int] = set()
    broke = False  # a `<br>` ends the text so far
    scripts: list[tuple[Script, int]] = []  # open `<sub>`/`<sup>` and where they start
    unicode = _scripts_fit(children)  # one way of writing scripts for the whole text
    for child in children:
        kind = child.type
        if kind == "html_inline" and _BR.match(child.content):
            broke = True
            continue
        if (found := _script_of(child)) is not None:
            script, closes = found
            if not closes:
                scripts.append((script, len(lines[-1])))
            elif scripts and scripts[-1][0] == script:
                # `2<sup>n</sup>` is 2ⁿ, not "2n": the text since the tag opened, scripted.
                start = scripts.pop()[1]
                lines[-1] = lines[-1][:start] + scripted(script, lines[-1][start:], unicode)
            continue
        if kind in ("text", "code_inline", "math_inline") and child.content.strip() and broke:
            # `问：<br>答` on one line: the page shows two lines, and so do we.
            if lines[-1].strip():
                broken.add(len(lines) - 1)
                lines.append("")
                emphasis.clear()
                scripts.clear()
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
            scripts.clear()  # a script never spans lines: its text stays as written
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
