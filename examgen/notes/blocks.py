"""Blocks of Markdown that CommonMark does not know but notes use, read for the Markdown reader.

* :func:`prepare` rewrites the text before markdown-it sees it, keeping every line where it
  was: invisible characters go; Obsidian ``[[links|text]]`` become their text; an mkdocs
  meta block (``title: …`` lines at the very top, without ``---``) is blanked like YAML front
  matter; mkdocs admonitions (``!!! note "Title"`` with an indented body, ``???`` when
  collapsible) become Obsidian callouts (``> [!note] Title``), so that one reading serves
  both; ``<!-- examgen: skip-start -->`` … ``<!-- examgen: skip-end -->`` blanks what is
  between.
* :func:`callout_title` tells a callout's first line (``[!tip] Title``) from a quotation;
  :func:`container_kind` names its kind the same way whatever alias the notes use.
* :func:`is_line_list` / :func:`line_nodes`: a paragraph whose lines are separate items
  (``term：text`` lines hard-wrapped together, ``①`` lines) is read line by line.
* :func:`mermaid_path` reads a Mermaid ``graph``/``flowchart`` that is one linear path, or a
  ``stateDiagram``'s transitions that chain, as the steps of a sequence.
"""

from __future__ import annotations

import re

from examgen.model import Diagnostic
from examgen.notes.shapes import drop_invisible, noise_reason
from examgen.notes.tree import Node, make_node

_ADMONITION = re.compile(
    r"^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)\s*(?P<kind>[\w-]+)(?:\s+\"(?P<title>[^\"]*)\")?\s*$"
)
_META_LINE = re.compile(r"^[A-Za-z][\w-]*:(?:\s|$)")
_META_KEYS = ("title", "author", "date", "tags", "description", "summary", "authors", "categories")
_SKIP_START = re.compile(r"^\s*<!--\s*examgen:\s*skip-start\s*-->\s*$")
_SKIP_END = re.compile(r"^\s*<!--\s*examgen:\s*skip-end\s*-->\s*$")
SKIP_NEXT = re.compile(r"^\s*<!--\s*examgen:\s*skip\s*-->\s*$")
_CALLOUT = re.compile(r"^\[!(?P<kind>[\w-]+)\][+-]?\s*(?P<title>.*)$")
#: Admonition and callout kinds whose body, without a title of its own, is a worked example.
EXAMPLE_KINDS = frozenset(
    {
        "example",
        "examples",
        "exercise",
        "question",
        "quote",
        "cite",
        "practice",
        "solution",
        "answer",
        "problem",
        "quiz",
    }
)


def prepare(text: str, source: str, diagnostics: list[Diagnostic]) -> tuple[str, str]:
    """The text ready for markdown-it (see the module docstring) and the meta ``title``."""
    text = drop_invisible(text)
    if "[[" in text:
        text = _WIKI_LINK.sub(_wiki_text, text)
    lines = text.split("\n")
    title = _blank_meta(lines, source, diagnostics)
    _blank_tag_heading(lines, source, diagnostics)
    if "examgen:" in text:
        _blank_skipped(lines, source, diagnostics)
    if "!!!" in text or "???" in text:
        _admonitions_to_callouts(lines)
    return "\n".join(lines), title


# Obsidian's `[[page]]`, `[[page#section|shown text]]`: the text a reader sees.
_WIKI_LINK = re.compile(r"!?\[\[([^\]|#\n]*)(?:#[^\]|\n]*)?(?:\|([^\]\n]+))?\]\]")


def _wiki_text(match: re.Match[str]) -> str:
    if match.group(0).startswith("!"):
        return ""  # an embedded file or picture is no text
    return (match.group(2) or match.group(1)).strip()


def _blank_meta(lines: list[str], source: str, diagnostics: list[Diagnostic]) -> str:
    """Blank an mkdocs/Pelican meta block at the top; return its title."""
    end = 0
    keys: dict[str, str] = {}
    while end < len(lines) and lines[end].strip():
        line = lines[end]
        if _META_LINE.match(line):
            key, _, value = line.partition(":")
            keys[key.strip().casefold()] = value.strip()
        elif not line.startswith((" ", "\t")):
            return ""
        end += 1
    if not keys or not any(key in keys for key in _META_KEYS):
        return ""
    lines[:end] = [""] * end
    diagnostics.append(Diagnostic("skipped", source, 1, "front matter"))
    return keys.get("title", "").strip("'\"")


# HackMD's `###### tags: `DataBase``: the page's tags, written as a heading at its top.
_TAG_HEADING = re.compile(r"^#{1,6}\s+tags\s*:", re.IGNORECASE)


def _blank_tag_heading(lines: list[str], source: str, diagnostics: list[Diagnostic]) -> None:
    """Blank a tags line written as a heading among the first lines: front matter, not a
    heading (it would take the title's place)."""
    for index, line in enumerate(lines[:3]):
        if _TAG_HEADING.match(line):
            lines[index] = ""
            diagnostics.append(Diagnostic("skipped", source, index + 1, "front matter"))
            return


def _blank_skipped(lines: list[str], source: str, diagnostics: list[Diagnostic]) -> None:
    start = None
    for index, line in enumerate(lines):
        if start is None and _SKIP_START.match(line):
            start = index
        elif start is not None and _SKIP_END.match(line):
            diagnostics.append(
                Diagnostic("skipped", source, start + 1, "examgen: skip-start … skip-end")
            )
            lines[start : index + 1] = [""] * (index + 1 - start)
            start = None
    if start is not None:
        diagnostics.append(Diagnostic("skipped", source, start + 1, "examgen: skip-start to end"))
        lines[start:] = [""] * (len(lines) - start)


def _admonitions_to_callouts(lines: list[str]) -> None:
    fence = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.lstrip()
        if stripped.startswith(("```", "~~~")):
            marker = stripped[:3]
            fence = "" if fence == marker else (fence or marker)
        match = None if fence else _ADMONITION.match(line)
        index += 1
        if not match:
            continue
        indent = match.group("indent")
        title = match.group("title")
        head = f"[!{match.group('kind')}]" + (f" {title}" if title else "")
        lines[index - 1] = f"{indent}> {head}"
        body_indent = len(indent.expandtabs(4)) + 4
        while index < len(lines):
            body = lines[index]
            expanded = body.expandtabs(4)
            if body.strip() and len(expanded) - len(expanded.lstrip()) < body_indent:
                break
            lines[index] = f"{indent}>" + (f" {expanded[body_indent:]}" if body.strip() else "")
            index += 1
        # Blank lines that ended the body stay out of the quotation.
        back = index - 1
        while back > 0 and lines[back].strip() == f"{indent}>".strip():
            lines[back] = ""
            back -= 1


#: Other names Obsidian and mkdocs-material give a callout kind, and the kind each stands for
#: (their documented aliases, and the plural some notes write): ``Fact.container`` holds the
#: kind, so that ``[!cite]`` and ``!!! example`` are told apart by meaning, not spelling.
_CONTAINER_ALIASES = {
    "examples": "example",
    "cite": "quote",
    "summary": "abstract",
    "tldr": "abstract",
    "hint": "tip",
    "important": "tip",
    "check": "success",
    "done": "success",
    "help": "question",
    "faq": "question",
    "caution": "warning",
    "attention": "warning",
    "fail": "failure",
    "missing": "failure",
    "error": "danger",
}


def container_kind(kind: str) -> str:
    """The normalised kind of a callout or admonition (``Cite`` → ``quote``); a kind of the
    author's own (``aside``, ``fact``) as written, in lower case."""
    kind = kind.casefold()
    return _CONTAINER_ALIASES.get(kind, kind)


def callout_title(first_line: str) -> tuple[str, str] | None:
    """``[!tip] Title`` → (``tip``, ``Title``); None for a line that opens no callout."""
    match = _CALLOUT.match(first_line.strip())
    if not match:
        return None
    kind, title = match.group("kind").casefold(), match.group("title").strip()
    # `[!aside] Aside: Cataplexy`: the kind said again before a colon is no part of the title.
    said = re.match(re.escape(kind) + r"\s*[:：]\s*(?=\S)", title, re.IGNORECASE)
    return kind, title[said.end() :] if said else title


# ----------------------------------------------------------------------------- line lists

# `①…`, `(1)…`, `（一）…`: an item written on its own line inside a paragraph.
_ENUMERATED = re.compile(r"^\s*(?:[①-⑳]|[(（](?:\d{1,2}|[一二三四五六七八九十])[)）])\s*(?=\S)")
_TERM_COLON = re.compile(r"^\s*[^:：。，,；;]{1,24}[:：]\s*\S")


def is_line_list(lines: list[str]) -> bool:
    """Whether the lines of one paragraph are separate items (``term：text`` lines or ``①``
    lines, hard-wrapped into one paragraph), not one wrapped sentence."""
    body = [line for line in lines[1:] if line.strip()]
    shaped = sum(1 for line in body if _ENUMERATED.match(line) or _TERM_COLON.match(line))
    return shaped >= 2 and shaped * 2 >= len(body)


def line_nodes(lines: list[str], strong: list[str], first_line: int) -> list[Node]:
    """Each line of a line-list paragraph as its own paragraph, or item when enumerated."""
    nodes = []
    starts = True
    for offset, raw in enumerate(lines):
        if not raw.strip():
            continue
        enumerated = _ENUMERATED.match(raw)
        if enumerated:
            body = raw[enumerated.end() :]
            nodes.append(make_node("item", body, first_line + offset, starts_list=starts))
            starts = False
            continue
        starts = True
        node = make_node("paragraph", raw, first_line + offset)
        if node.text and not noise_reason(node.text):
            nodes.append(node._replace(strong=tuple(p for p in strong if p in node.text)))
    return nodes


# ----------------------------------------------------------------------------- Mermaid

_MERMAID_EDGE = re.compile(
    r"(?P<a>[\w\u2e80-\U0003134f]+(?:\s*[\[({>][^\]})]*[\]})]+)?)\s*"
    r"(?:-{2,}>|={2,}>|-\.->|-->\|[^|]*\||--\s*[^->]+?\s*-->)\s*"
    r"(?=(?P<b>[\w\u2e80-\U0003134f]+(?:\s*[\[({>][^\]})]*[\]})]+)?))"
)
_NODE_LABEL = re.compile(
    r"^(?P<id>[\w\u2e80-\U0003134f]+)\s*(?:[\[({>]+(?P<label>[^\]})]*)[\]})]+)?$"
)
_STATE_EDGE = re.compile(
    r"^\s*(?P<a>\[\*\]|[\w\u2e80-\U0003134f]+)\s*-->\s*(?P<b>\[\*\]|[\w\u2e80-\U0003134f]+)"
)


def mermaid_path(code: str) -> list[str] | None:
    """The steps of a Mermaid flowchart that is one path, or of chained state transitions."""
    lines = [line.strip() for line in code.strip().split("\n") if line.strip()]
    if not lines:
        return None
    first = lines[0].casefold()
    if first.startswith(("graph", "flowchart")):
        return _flow_path(lines[1:])
    if first.startswith("statediagram"):
        return _state_path(lines[1:])
    return None


def _flow_path(lines: list[str]) -> list[str] | None:
    labels: dict[str, str] = {}
    edges: list[tuple[str, str]] = []
    for line in lines:
        for match in _MERMAID_EDGE.finditer(line):
            ends = []
            for part in (match.group("a"), match.group("b")):
                node = _NODE_LABEL.match(part.strip())
                if not node:
                    return None
                if node.group("label"):
                    labels[node.group("id")] = node.group("label").strip(" \"'")
                ends.append(node.group("id"))
            edges.append((ends[0], ends[1]))
    return _chain(edges, labels)


def _state_path(lines: list[str]) -> list[str] | None:
    edges = []
    for line in lines:
        match = _STATE_EDGE.match(line)
        if match and "[*]" not in (match.group("a"), match.group("b")):
            edges.append((match.group("a"), match.group("b")))
    return _chain(edges, {})


def _chain(edges: list[tuple[str, str]], labels: dict[str, str]) -> list[str] | None:
    """The nodes of edges that form one path without branches, in order."""
    if not edges:
        return None
    after = dict(edges)
    targets = {b for _, b in edges}
    if len(after) != len(edges) or len(targets) != len(edges):
        return None  # a branch or a join: not one path
    starts = [a for a, _ in edges if a not in targets]
    if len(starts) != 1:
        return None
    path = [starts[0]]
    while path[-1] in after and len(path) <= len(edges):
        path.append(after[path[-1]])
    if len(path) != len(edges) + 1:
        return None
    return [labels.get(node, node) for node in path]
