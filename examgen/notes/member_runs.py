"""What a run of members under one subject is, as a whole, for
:meth:`examgen.notes.facts._Extractor.member_list`: an outline's topics rather than one
category's members, events told in order, an algorithm's steps, aspects each defined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.model import Item
from examgen.notes.clauses import is_angle, is_clause, is_sentence
from examgen.notes.shapes import is_bare, script_variants
from examgen.notes.terms import is_term, says_order
from examgen.notes.tree import Node


def outline_topics(members: Sequence[tuple[Item, Node]]) -> bool:
    """Most members (two or more) carry bullets of their own and are titles, not names
    (``访问控制的三个元素``, ``Defenses of malware``, a question): the topics of an outline,
    each a list of its own, not members of one category to recall."""
    nested = [item for item, node in members if node.children and _topic(node)]
    return (
        len(nested) >= 2
        and 2 * len(nested) > len(members)
        and all(_TITLE.search(item.text) or not is_term(item.text) for item in nested)
        and not any(is_angle(item.text) for item in nested)  # `按…：` divide a category
    )


def _topic(node: Node) -> bool:
    """A member with bullets of its own, or a label (``X：``) with paragraphs under it."""
    if not node.children:
        return False
    if any(child.kind == "item" for child in node.children):
        return True
    return node.text.rstrip().endswith((":", "："))


# What a topic's title has and a name has not: whose it is, or a question.
_TITLE = re.compile(r"[的之？?]|\bof\b", re.IGNORECASE)


def narrated(nodes: Sequence[Node]) -> bool:
    """A numbered list whose items are mostly sentences (`1. A TC event occurs` / `2. The
    switch sends a TCN`): events told in order, a sequence."""
    if len(nodes) < 3 or not all(node.numbered for node in nodes):
        return False
    return 2 * sum(1 for node in nodes if is_clause(node.text)) > len(nodes)


def procedure(term: str, items: Sequence[Item]) -> bool:
    """``DH算法：`` over sentences (``A生成私钥，…`` / ``A计算出公开值，…``): the steps of an
    algorithm, in order. Over names (``加密算法：DES、AES``) it is a list of algorithms."""
    return says_order(term, _PROCEDURE_WORDS) and all(is_sentence(item.text) for item in items)


_PROCEDURE_WORDS = script_variants(("算法",))


def titled_topics(term: str, members: Sequence[tuple[Item, Node]]) -> bool:
    """Names (two or more), each with bullets or paragraphs of its own, under a title that
    names several things or announces concepts or a comparison: an outline's topics."""
    return (
        len(members) >= 2
        and (_TOPICS.search(term) is not None or _english_topics(term))
        and all(_has_items(member) for _, member in members)
        and all(is_term(item.text) for item, _ in members)  # claims are a comparison's
    )


# A title naming several things or announcing concepts or a comparison (`A和B`, `A/B`,
# `…的概念`, `对比…`, `Concepts of …`), not one category whose members could be recalled.
# Two patterns, not one: the first, of literals only, opens with a character the regex engine
# scans for, where a pattern also opening with `\b` or a class is tried at every position;
# the second is asked only of a title holding the first letter of one of its words.
_TOPICS = re.compile(r"和|与|與|及|，|,|、|/|概念|对比|對比|比较|比較", re.IGNORECASE)
_TOPICS_EN = re.compile(r"\b(?:concepts?|comparison|and)\b", re.IGNORECASE)


def _english_topics(term: str) -> bool:
    """``_TOPICS_EN.search(term)``: each of its words opens with `c` or `a` (no other
    character matches either, ignoring case)."""
    if "c" in term or "C" in term or "a" in term or "A" in term:
        return _TOPICS_EN.search(term) is not None
    return False


def _has_items(node: Node) -> bool:
    """Whether a member has bullets or paragraphs of its own."""
    return any(child.kind in ("item", "paragraph") for child in node.children)


def defined_aspect(item: Item) -> bool:
    """Whether a member is a bare aspect word (``优点``, ``Cons``) with a gloss."""
    return bool(item.gloss) and is_bare(item.text)
