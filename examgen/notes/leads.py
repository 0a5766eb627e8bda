"""Leads: a section whose bullets open with one statement before its sub-topics.

``#### Leader election`` over ``* The node with the highest term wins``, then ``* Votes`` and
``* Timeouts`` with bullets of their own: the first bullet says what the heading's term is
(its definition); the others are topics with facts of their own, so the run is no list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.notes.clauses import is_sentence
from examgen.notes.sentences import has_cjk
from examgen.notes.statements import agent_role, is_statement
from examgen.notes.terms import parse_head
from examgen.notes.tree import Node


def lead_statement(run: Sequence[Node], quiet: Sequence[Node]) -> Node | None:
    """The bullet that states what the section is about, when the run is one sentence that
    gave no fact of its own followed by sub-topics (bullets with bullets under them) and at
    most bracketed remarks; None otherwise."""
    if len(run) < 2 or run[0] not in quiet or run[0].children or not _states(run[0].text):
        return None
    rest = run[1:]
    topics = sum(1 for node in rest if node.children or _bracketed(node.text))
    if not any(node.children for node in rest) or 2 * topics < len(rest):
        return None
    return run[0]


def lead_statements(run: Sequence[Node], quiet: Sequence[Node]) -> list[Node]:
    """The bullets that open a run and together say what the section is about, before its
    sub-topics: one statement (:func:`lead_statement`), or several plain bullets of a few
    words each, at least one of them a statement, that gave no fact of their own
    (``Motivated from approximation theory`` / ``Sums of them approximate functions``, then
    ``Form:`` and ``Examples:`` with bullets under them); [] otherwise."""
    one = lead_statement(run, quiet)
    if one is not None:
        return [one]
    opening: list[Node] = []
    for node in run:
        if node not in quiet or node.children or _bracketed(node.text):
            break
        if parse_head(node.text).how != "plain" or len(node.text.split()) < _LEAD_WORDS:
            break
        opening.append(node)
    rest = run[len(opening) :]
    if len(opening) < 2 or not rest or not any(_states(node.text) for node in opening):
        return []
    topics = sum(1 for node in rest if node.children or _bracketed(node.text))
    if not any(node.children for node in rest) or 2 * topics < len(rest):
        return []
    return opening


_LEAD_WORDS = 3


def _states(text: str) -> bool:
    """A sentence, or a phrase long enough to say something (``A method for comparing two
    distributions``), not a name (``Bubble sort``)."""
    if " = " in text:
        return False  # `Training = Fitting = Estimation`: names made equal, not a statement
    return is_sentence(text) or len(text.split()) >= _SAYING_WORDS


_SAYING_WORDS = 5


def _bracketed(text: str) -> bool:
    """``(Other criteria can be used)``: an aside written wholly in brackets."""
    stripped = text.strip()
    return stripped.startswith(("(", "（")) and stripped.endswith((")", "）"))


def statements_of_their_own(run: Sequence[Node], quiet: Sequence[Node]) -> bool:
    """Bullets that are all English sentences, most of which gave facts of their own (``The
    port facing the root is called the **root port**``): a list of the sentences would ask
    for them back whole; their facts are the notes."""
    if len(run) < 2 or any(node.children for node in run):
        return False
    if not all(
        (is_statement(node.text) or agent_role(node.text)[0])  # `Treated by A and B`
        and not has_cjk(node.text)
        and parse_head(node.text).how == "plain"
        for node in run
    ):  # `UDLD - a protocol that …` is a named member, glossed
        return False
    return 2 * (len(run) - len(quiet)) >= len(run)


def kind_members(run: Sequence[Node], heading: str) -> list[str]:
    """The topics whose gloss says they are one of what a plural heading names: under
    ``Negotiation protocols``, ``PAgP - Port Agg Protocol`` is a protocol; ``Goal - prevent
    loops`` is not."""
    words = re.split(r"\s+(?:of|for|in|on|to|with)\s", heading.strip(), maxsplit=1)[0].split()
    if not words or not words[-1].casefold().endswith("s"):
        return []
    kind = words[-1].casefold()[:-1]
    names = []
    for node in run:
        head = parse_head(node.text)
        gloss = (head.gloss or "").casefold().rstrip(" .;")
        if head.how in ("colon", "paren") and head.termlike and gloss.endswith(kind):
            names.append(head.term)
    return names
