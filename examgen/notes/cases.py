"""Bullets under a subject that are no members of it: a rule told as a case, topics with
notes of their own, what a thing is in a setting, the names a sentence goes on to define.

``Class 1`` over ``If p > 1/2`` and ``Else class 0`` is one rule, not two things of a kind;
``Polynomial regression:`` over ``New features:`` and ``Quadratic model:``, each with bullets of
its own, is a title over topics; ``For linear regression:`` over ``Map the data to a space
where it is linear`` says what the thing above does there; ``Map x to a new space`` over
``$x$: the input`` and ``$\\phi$: the map`` names nothing a card could ask for by it. The
predicates here tell those runs apart for :meth:`examgen.notes.facts._Extractor.member_list`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.mathtext import has_math
from examgen.model import Item
from examgen.notes.clauses import is_sentence
from examgen.notes.heading_runs import is_plural
from examgen.notes.scopes import is_condition_label
from examgen.notes.sentences import has_cjk
from examgen.notes.shapes import is_math_only
from examgen.notes.terms import is_term, parse_head
from examgen.notes.tree import Node

# `If …`, `When …`: the case a rule holds in; `Else …`, `Otherwise …`: the other case.
_IF = re.compile(r"^(?:if|when|whenever|unless)\b", re.IGNORECASE)
_ELSE = re.compile(r"^(?:else|otherwise)\b", re.IGNORECASE)
_MAX_RULE_PARTS = 3


def told_as_case(items: Sequence[Item]) -> bool:
    """``If the data is not separable`` / ``Define a new feature map``, or ``If p > 1/2`` /
    ``Else class 0``: one case and what holds in it (or the other case), a rule, not a list.
    A run of cases each opened by ``If`` is a list of criteria instead."""
    if not 2 <= len(items) <= _MAX_RULE_PARTS or not _IF.match(items[0].text.strip()):
        return False
    texts = [item.text.strip() for item in items]
    if any(_IF.match(text) for text in texts[1:]):
        return False
    # A third part is a rule's only when the rule ends in its other case (`Else …`):
    # `When lying down, pain`, `Fever`, `Cough` are symptoms.
    return len(texts) == 2 or _ELSE.match(texts[-1]) is not None


def topics_with_notes(text: str, term: str, members: Sequence[tuple[Item, Node]]) -> bool:
    """Members that are each a label (``Model:``, ``Decision rule:``) over bullets of their
    own, with at most bracketed asides among them: topics, whose facts are their own, when
    an English sentence goes on to them (``Logistic regression is a linear classifier``), or
    when one English thing (``Polynomial regression:``) has them each given by formulas
    (``New features:`` over formulas). Under a name (``Memory hierarchy:`` over ``Cache:``
    and ``Main memory:``) or a plural category (``Norms:``) they stay its members."""
    if has_cjk(text):
        return False
    labels = []
    for _item, node in members:
        said = node.text.strip()
        if said.startswith(("(", "（")) and said.endswith((")", "）")):
            continue  # `(In higher dimensions, …)`: an aside on the topics above
        under = [child for child in node.children if child.kind == "item"]
        if not under or parse_head(said).how != "label":
            return False
        labels.append(under)
    if len(labels) < 2:
        return False
    if is_sentence(text.rstrip(":： ")):
        return True
    formulas = all(is_math_only(child.text) for under in labels for child in under)
    return formulas and not is_plural(term)


def in_setting(term: str, members: Sequence[tuple[Item, Node]]) -> str:
    """What bullets under a condition label (``For linear regression:``) are: ``"defined"``
    when each is a ``term: gloss`` of its own (``Mean: …``, ``Link function: …``), ``"said"``
    when they are statements or steps rather than names (what the thing above does in that
    setting), '' when they are names (a list in that setting)."""
    if len(members) < 2 or not is_condition_label(term):
        return ""
    heads = [parse_head(node.text) for _, node in members]
    if all(head.how == "colon" and head.gloss and head.termlike for head in heads):
        return "defined"
    if any(is_sentence(item.text) or not is_term(item.text) for item, _ in members):
        return "said"
    return ""


def names_it_defines(subject: str, members: Sequence[tuple[Item, Node]]) -> bool:
    """A sentence (``Map the data onto another space``) over bullets that each give what a
    symbol in it stands for (``$x$: the input``, ``$\\phi$: the map``): a legend, each
    symbol defined; a list named by the sentence would ask for nothing."""
    if len(members) < 2 or any("$" not in node.text for _, node in members):
        return False  # each symbol is math: a first test before the costlier ones
    if not is_sentence(subject):
        return False
    heads = [parse_head(node.text) for _, node in members]
    return all(
        head.how == "colon" and head.gloss and head.term.startswith("$") and has_math(head.term)
        for head in heads
    )


def rule_text(members: Sequence[tuple[Item, Node]]) -> str:
    """The bullets of a rule or of a statement in a setting, as one text: each with its
    gloss in brackets, and a label (``Define the map as:``) with what is under it."""
    parts = []
    for item, node in members:
        text = item.text.rstrip(" .;:")
        label = parse_head(node.text).how == "label"
        if item.gloss and not label:
            text = f"{text} ({item.gloss})"
        under = ", ".join(_said_under(node)) if label else ""
        parts.append(f"{text}: {under}" if under else text)
    return "; ".join(parts)


def _said_under(node: Node) -> list[str]:
    """The texts of the items under a label, depth first."""
    said = []
    for child in node.children:
        if child.kind == "item":
            said.append(child.text.strip().rstrip(" .;"))
            said.extend(_said_under(child))
    return said
