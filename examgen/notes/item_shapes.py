"""Item shapes: module-level predicates on a list item's head and the bullets under it
(:func:`describes` — bullets that tell what a thing is or does; claims, accounts told in
bullets, verdicts, aspect lines, bracketed aspects, members named one per line; whether an
item defines itself, whether a paragraph comes after its bullets), used by
:class:`examgen.notes.items.ItemReader` and the heading-run reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.model import Item
from examgen.notes.clauses import (
    PASSAGE_LENGTH,
    has_list_cue,
    has_wide,
    is_angle,
    is_clause,
    is_sentence,
)
from examgen.notes.names import says_something
from examgen.notes.premises import assumes
from examgen.notes.sentences import has_cjk, sentence_stops
from examgen.notes.shapes import (
    ends_with_aspect,
    is_bare,
    is_translation,
    noise_reason,
)
from examgen.notes.terms import (
    LATIN_LETTER,
    Head,
    parse_head,
    says_order,
)
from examgen.notes.tree import Node
from examgen.notes.weights import MIN_PHRASE_WEIGHT, weighs_at_least


def _bracket_aspect(text: str) -> tuple[str, str, str] | None:
    """``X(gloss)(破解方法：text)`` → (``X(gloss)``, ``破解方法``, ``text``) when what comes
    before the last bracket is a term; None otherwise."""
    text = text.strip()
    if not text.endswith((")", "）")):
        return None  # most items: no last bracket, no pattern to try
    if "：" not in text and ":" not in text:
        return None  # most bracketed items (`UTS(系统标识)`): no aspect's colon to find
    match = _BRACKET_ASPECT.match(text)
    if match is None:
        return None
    before = match["before"].strip()
    head = parse_head(before)
    if head.how not in ("plain", "paren") or not head.termlike:
        return None
    return before, match["aspect"], match["said"].strip()


# A last bracket holding `aspect：text` (a short Chinese aspect; brackets inside the text).
_BRACKET_ASPECT = re.compile(
    r"^(?P<before>.+?)\s*[(（](?P<aspect>[\u4e00-\u9fff]{2,6})[：:]"
    r"(?P<said>(?:[^()（）]|[(（][^()（）]*[)）])+)[)）]$"
)


def describes(child_items: Sequence[Node]) -> bool:
    """Bullets that are things said about their parent, not things it is made of: two or
    more plain bullets, at least half of them sentences (`A backup for a DP` / `They receive
    BPDUs` / `It becomes DP immediately`), and none a bare name (`Podman`: a member)."""
    if len(child_items) < 2 or any(child.children for child in child_items):
        return False
    if any(child.strong and child.text.startswith(child.strong[0]) for child in child_items):
        return False  # `- **Statins** lower …`: members, each defining its bold term
    # With a bullet of one or two words every bullet must be said of the parent; otherwise
    # half of them. Counted only until that is reached or out of reach: most runs of
    # bullets are names, told at the first (a Chinese bullet has no space: it is short).
    count = len(child_items)
    short = any(len(child.text.split()) <= 2 for child in child_items)
    needed = count if short else (count + 1) // 2
    said = 0
    for done, child in enumerate(child_items, start=1):
        if is_clause(child.text) or assumes(child.text):
            said += 1
            if said >= needed:
                return True
        elif count - done + said < needed:
            return False
    return said >= needed


def _states(text: str) -> bool:
    """A bullet that states something in its own sentences: an account (several sentences),
    or an English bullet of one or two sentences that is a clause
    (``Logistic regression is a linear classifier``), whose facts the sentence reader finds
    with the guards it uses on paragraphs."""
    if len(text) < PASSAGE_LENGTH and has_cjk(text):
        # Most bullets: too short to be a passage, and Chinese, so no English clause; their
        # sentences are not worth finding.
        return False
    # The stops found once, for both tests (`is_passage` finds the same ones).
    stops = sentence_stops(text.rstrip("。！？!?. "), semicolons=False)
    if stops and len(text) >= PASSAGE_LENGTH:
        return True  # a passage
    return len(stops) <= 1 and not has_cjk(text) and is_clause(text)


def _claim(head: Head, child_items: Sequence[Node]) -> bool:
    """A Chinese bullet that says something rather than names something (not a term, no
    list cue such as ``包括``, and a modal or a negation: ``必须``, ``不需要``), over
    sub-items. Without the modal a long bullet is as likely a descriptive noun phrase
    (``…共享的存储目录``) naming its list."""
    return (
        bool(child_items)
        and _MODAL.search(head.term) is not None
        and head.how == "plain"
        and not head.termlike
        and has_cjk(head.term)
        and not has_list_cue(head.term)
    )


def _told(head: Head, child_items: Sequence[Node]) -> bool:
    """An English bullet that is a statement with a verb and a comma in it (``Regulated by
    melatonin, the hormone made in the pineal gland``), over notes about it: the statement
    and its notes, no list it names."""
    return (
        bool(child_items)
        and head.how == "plain"
        and not head.termlike
        and not has_cjk(head.term)
        and "," in head.term
        and is_clause(head.term)
        and not head.term.endswith((":", "："))
    )


# The points for or against something, each a claim with its reason, not a term.
_VERDICTS = re.compile(
    r"\b(?:pros|cons|advantages|disadvantages|drawbacks|benefits|limitations|downsides)$",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(r"^(?:if|when|unless|whether|once)\s", re.IGNORECASE)

# What a claim says it must, need, can or does not do (a noun phrase says none of these).
_MODAL = re.compile(r"必须|需要|不|可以|能够|应该|应当")

# `如何避免`, `为什么需要三次握手`: a question names the list that answers it.
_QUESTION = re.compile(r"如何|怎样|怎么|为什么|為什麼|为何|為何|哪些|什么|什麼|\?|？")  # literals


def _chinese_account(head: Head, child_items: Sequence[Node]) -> bool:
    """``DNS欺骗`` over bullets that are each a Chinese sentence about it (``修改DNS缓存，…``):
    they say what it is, no list of things. A subject naming an aspect (``…的要求``,
    ``…区别``) or an order keeps its list, and so do bullets that are terms of their own."""
    if head.how not in ("plain", "paren") or not head.termlike or len(child_items) < 2:
        return False
    if ends_with_aspect(head.term) or says_order(head.term) or _QUESTION.search(head.term):
        return False
    # A bullet with bullets under it, or without a wide character, is no aspect line: it is
    # told, and not a Chinese sentence. (Tested first: it needs no heads parsed.)
    if any(child.children or not has_wide(child.text) for child in child_items):
        return False
    # Every bullet now has a wide character and nothing under it: each told one must be a
    # plain sentence. One pass, stopping at the first that is not (most lists of names: the
    # first bullet).
    told = 0
    for child in child_items:
        if _aspect_line(child):
            continue
        if not is_sentence(child.text) or parse_head(child.text).how != "plain":
            return False
        told += 1
    return told >= 2


def _aspect_line(child: Node) -> bool:
    """``解决方法：添加nonce`` among sentences about a thing: an aspect of it (a short Chinese
    term before the colon), defined on its own rather than told in the account."""
    head = parse_head(child.text)
    return (
        not child.children
        and head.how == "colon"
        and bool(head.gloss)
        and has_cjk(head.term)
        and len(head.term) <= _ASPECT_TERM_CHARS
        and not LATIN_LETTER.search(head.term)
    )


_ASPECT_TERM_CHARS = 6


def _line_members(heads: Sequence[Head], paragraphs: Sequence[Node]) -> list[tuple[Item, Node]]:
    """``一般环境：`` over the lines ``政治因素：…`` and ``经济因素：…``: under a category each
    ``term：text`` line is a member (defined on its own too), so the category lists them."""
    return [
        (Item(head.term, head.gloss), paragraph)
        for head, paragraph in zip(heads, paragraphs, strict=True)
        if head.how == "colon"
    ]


def _defines(
    head: Head, gloss: str | None, prose: Sequence[str], member: bool, parent: str = ""
) -> bool:
    """Whether an item with a gloss or paragraphs is a definition of its own."""
    if member and head.how == "colon" and _VERDICTS.search(parent):
        return False  # `Cons:` / `- 1 flow per link - no load balancing`: a point, explained
    if head.how == "paren" and gloss and not prose and is_translation(head.term, gloss):
        return False  # `完全功能相依 (Full Functional Dependency)`: another name, not a meaning
    if head.how == "paren" and gloss and not prose and noise_reason(gloss):
        return False  # `Iterative solution (e.g. IRWLS)`: an example, not a meaning
    if head.how == "paren" and _CONDITIONAL.match(head.term):
        return False  # `If the data is not separable (non-linear)`: a case, not a term
    if not member:
        return True
    if not head.termlike:
        return False  # a sentence in a list is a member, not a term
    if prose:
        return True
    if (
        gloss
        and head.how == "colon"
        and (weighs_at_least(head.term, MIN_PHRASE_WEIGHT) or " " in head.term)
    ):
        # `管理的主体：管理者`, `Motor cortex - movement`: a phrase and what it is,
        # however short.
        return True
    return gloss is not None and says_something(head.term, gloss)


def _after_items(node: Node, paragraph: Node) -> bool:
    """Whether ``paragraph`` comes after bullets of the item: a remark on them, not the item's
    own definition."""
    for child in node.children:
        if child is paragraph:
            return False
        if child.kind == "item":
            return True
    return False


def _kind_of(head: Head) -> bool:
    """Whether a member with bullets names a thing of its own (``常规攻击``), not an aspect
    (``作用``) or a clause."""
    return head.termlike and not is_bare(head.term) and not is_angle(head.term)
