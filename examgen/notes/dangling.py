"""Dangling lead-ins: a paragraph's last sentence left open for the list right after it.

``**Parasomnia** is a class of sleep disorders … . Common forms of parasomnia include`` then
bullets: the last sentence is the list's title, not part of what parasomnia is; a definition
ending "… include" reads as cut off. ``利用已知的相依性,透過一些性質,推導出`` then bullets: the
sentence's object is the list, so the gloss is only whole with the members read into it.
:func:`settled_text` gives the text a paragraph defines by: the title sentence dropped, or the
cut sentence completed with the members (the list itself is read from the paragraph as
written, so it keeps its title).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.notes.clauses import split_last_sentence
from examgen.notes.sentences import has_cjk
from examgen.notes.terms import parse_head
from examgen.notes.tree import Node

# `Common forms of X include`, `Symptoms are`, `… such as`: an English sentence whose object
# (the members) is still to come.
_EN_OPEN = re.compile(
    r"\s(?:include|includes|including|are|is|consists?\s+of|comprises?|such\s+as|like"
    r"|as\s+follows|the\s+following|namely|by|of|with|to|as|into|between|among)\s*$",
    re.IGNORECASE,
)
# The same in Chinese: a verb of including or dividing (`包括`, `分为`, `有`), a pointer to what
# follows (`如下`), or a verb with a resultative complement and no object (`推导出`, `分成`).
_ZH_OPEN = re.compile(
    r"(?:包括|包含|含有|包涵|分为|分為|分成|如下|以下|下列|下面|例如|比如|像是|即|就是|有|是|为|為"
    r"|[推导導得找求算列指选選归歸总總]出|[分归歸变變转轉]成)\s*$"
)
# A last sentence naming the list (`Common forms of parasomnia include`, `常见的类型有`): a
# title for the bullets, no part of the gloss. Its subject is a noun phrase, not a clause.
_EN_TITLE = re.compile(
    r"^(?:the\s+|some\s+)?[A-Za-z][^,;:!?]*?\s+(?:include|includes|are|consists?\s+of"
    r"|comprises?|are\s+as\s+follows)\s*$",
    re.IGNORECASE,
)
_ZH_TITLE = re.compile(r"^[^,，、;；]{1,16}?(?:包括|包含|分为|分為|有|如下|是|为|為)\s*$")
# Sentence-final marks: a sentence ending in one is closed, whatever its last word.
_CLOSED = re.compile(r"[.。!！?？;；)）\]】」”\"']\s*$")
#: The most members, and the longest, a cut sentence is completed with.
MAX_MEMBERS = 8
MAX_MEMBER_CHARS = 40


def is_open(sentence: str) -> bool:
    """Whether ``sentence`` ends with its object still to come (a verb of including, a
    preposition, a bare verb with ``出``), so that the list after it is that object."""
    text = sentence.strip()
    if not text or _CLOSED.search(text):
        return False
    return bool((_ZH_OPEN if has_cjk(text[-1]) else _EN_OPEN).search(text))


def _is_title(sentence: str) -> bool:
    """Whether an open ``sentence`` only names the list after it (``Common forms of X
    include``, ``常见的类型有``) rather than saying something of the members."""
    text = sentence.strip()
    return bool((_ZH_TITLE if has_cjk(text[-1]) else _EN_TITLE).match(text))


def settled_text(text: str, members: Sequence[str]) -> str:
    """What a paragraph followed by a list with ``members`` says by itself: ``text`` without
    a last sentence that names the list, or with a cut last sentence completed by the
    members ('' when the paragraph is nothing but the list's title); ``text`` as it is when
    its last sentence is closed."""
    before, last = split_last_sentence(text)
    if not is_open(last) or not members:
        return text
    if _is_title(last) or before:
        # A title, or a remark on the members after the gloss (`This is often accompanied
        # by`): the list keeps it as its label; the gloss is what came before it.
        return before
    return with_members(last, members)  # '' when nothing before it and too much to read in


def with_members(sentence: str, members: Sequence[str]) -> str:
    """``sentence``, whose object is the list after it, completed by the ``members``
    (``Common forms include`` → ``Common forms include A, B``; ``推导出`` → ``推导出A、B``);
    '' when there are too many or too long to read into one sentence."""
    if not members or len(members) > MAX_MEMBERS:
        return ""
    if max(len(member) for member in members) > MAX_MEMBER_CHARS:
        return ""
    cjk = has_cjk(sentence[-1])
    joined = ("、" if cjk else ", ").join(member.strip() for member in members)
    space = "" if cjk and has_cjk(joined[:1]) else " "
    return f"{sentence}{space}{joined}"


# `**Empirical evidence** shows` over bullets, `**实验结果**表明` over bullets: the verb after
# the bold phrase is left open for the bullets, its object.
_TITLE_VERB = re.compile(
    r"(?:shows?|showed|suggests?|indicates?|reveals?|demonstrates?|includes?|are|is|were|was"
    r"|consists?\s+of|contains?|involves?|has|have|means?"
    r"|表明|显示|顯示|说明|說明|指出|包括|包含|有|是|为|為|分为|分為)\s*[:：]?",
    re.IGNORECASE,
)


def bold_title(title: str, strong: Sequence[str]) -> str:
    """The name of a list whose title is its bold phrase and an open verb (``Empirical
    evidence show`` → ``Empirical evidence``); ``title`` as it is otherwise."""
    if not strong:
        return title
    bare = strong[0].strip(" :：*_")
    rest = title[len(bare) :].strip() if bare and title.startswith(bare) else ""
    return bare if rest and _TITLE_VERB.fullmatch(rest) else title


def settled(paragraph: Node, nodes: Sequence[Node], start: int) -> Node:
    """``paragraph`` as it reads by itself when the list that starts at ``nodes[start]``,
    right after it, is the object of its last sentence (see :func:`settled_text`)."""
    if paragraph.children:
        return paragraph
    run: list[Node] = []
    for index in range(start, len(nodes)):  # from ``start``: no copy of what follows
        node = nodes[index]
        if node.kind != "item" or (run and node.starts_list):
            break
        run.append(node)
    if not run:
        return paragraph
    text = settled_text(paragraph.text, [parse_head(node.text).term for node in run])
    return paragraph if text == paragraph.text else paragraph._replace(text=text)
