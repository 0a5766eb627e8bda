"""Titles: the heading that titles a notes file, and where its facts sit under it (moved
out of :mod:`examgen.notes.facts`)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from examgen.notes.draft import Place, normalize_subject
from examgen.notes.tree import Document, Node

_NOT_A_TITLE = re.compile(
    r"^(?:table of contents|contents|toc|outline|目录|目錄|大纲|大綱|提纲|提綱)$", re.IGNORECASE
)


def title_heading(document: Document) -> Node | None:
    """The heading that titles the notes: the first heading when it is an H1 or the only
    heading at the top (an ``<h2>`` over the whole page), never a table of contents."""
    tops = [node for node in document.nodes if node.kind == "heading"]
    if not tops or _NOT_A_TITLE.match(tops[0].text):
        return None
    return tops[0] if tops[0].level == 1 or len(tops) == 1 else None


def notes_root(document: Document) -> Place:
    """Where the notes' facts sit: under their title. The title is the front matter's
    ``title:``, else the :func:`title_heading`, else the file name; a title the notes do not
    write as their first heading heads the section path of every fact."""
    first = title_heading(document)
    if first is not None and (not document.title or document.title == first.text):
        return Place(document.source)
    title = document.title
    if not title and not document.source.startswith("<"):  # `<string>` is no file name
        title = PurePosixPath(document.source.replace("\\", "/")).stem
    if not title:
        return Place(document.source)
    return Place(document.source, (title,), (normalize_subject(title),))
