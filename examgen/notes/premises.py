"""Premises: items that set up what follows instead of naming a thing.

``Assume Gaussian noise (independent of X):`` over a formula states what is assumed: the
assumed thing (``Gaussian noise``) is what the formula defines, and the bracket is a condition
on it, part of what is said. ``Suppose $\\theta = [\\theta_1, …]$`` over numbered steps names
nothing: the steps belong to what the section is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from examgen.model import Item
from examgen.notes.clauses import is_clause, is_command, is_sentence
from examgen.notes.contrasts import contrasted
from examgen.notes.draft import Place
from examgen.notes.formulas import formula_first, formula_only
from examgen.notes.shapes import is_math_only
from examgen.notes.terms import is_term, parse_head
from examgen.notes.tree import Node

_PREMISE = re.compile(
    r"^(?:assume|assuming|consider|suppose|let|given)\s+(?:that\s+)?(?:(?:a|an|the)\s+)?"
    r"(?P<what>\S.*?)\s*[:：]?$",
    re.IGNORECASE,
)
# `(independent of X)`: a condition in words; `(RBF)`, `(aka. …)`, `(e.g. …)` name or show.
_CONDITION = re.compile(r"\s*\((?P<condition>[a-z][^()]*\s[^()]*)\)$")
_NOT_A_CONDITION = re.compile(r"^(?:aka|a\.k\.a|also|i\.e|e\.g|eg|ie|see|or)\b", re.IGNORECASE)

# `Solve for $x$: (quadratic formula)`: how a formula is got, and its name in brackets.
_NAMED = re.compile(r"^(?P<how>.+?)\s*[:：]\s*\((?P<name>[^()]{2,40})\)\s*[:：]?$")
_TRAILING = " :：,，.。;；-—–"
# `MLE is equivalent to …`: a short name and what is said of it.
_STATED = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?P<term>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)\s+(?:is|are)\s+\S",
    re.IGNORECASE,
)
_NOT_A_NAME = frozenset(("it", "this", "that", "they", "these", "those", "there", "which"))
# `this model ("normal" regression)`: the name in brackets says which model.
_DEMONSTRATIVE = re.compile(r"\b(?:this|that|these|those)\s+\w+\s+\((?P<name>[^()]+)\)")


# `Assume $y \sim N(…)$`, `Therefore assume …`: what a model takes as given, a statement.
_ASSUMES = re.compile(
    r"^(?:(?:therefore|thus|so|hence|also)\s+)?(?:assume|assumes|assuming)\s", re.I
)


def assumes(text: str) -> bool:
    """Whether a bullet states an assumption (``Therefore assume $y \\sim N(…)$``)."""
    return _ASSUMES.match(text.strip()) is not None


def _bracketed(text: str) -> bool:
    """``(Need to check the second derivative)``: an aside written wholly in brackets."""
    stripped = text.strip()
    return stripped.startswith(("(", "（")) and stripped.endswith((")", "）"))


class Premise(NamedTuple):
    """What a premise item sets up: the thing assumed ('' when it is only a formula) and the
    condition written in brackets after it."""

    what: str
    condition: str


def premise(text: str) -> Premise | None:
    """``Assume Gaussian noise (independent of X):`` → ``Premise("Gaussian noise",
    "independent of X")``; ``Suppose $x > 0$`` → ``Premise("", "")``; None when the text
    does not open with an assumption or is a clause (``Assume the link fails``)."""
    match = _PREMISE.match(text.strip())
    if not match:
        return None
    what = match.group("what").strip()
    if is_math_only(what):
        return Premise("", "")
    condition = ""
    bracket = _CONDITION.search(what)
    if bracket and not _NOT_A_CONDITION.match(bracket.group("condition")):
        condition = bracket.group("condition").strip()
        what = what[: bracket.start()].strip()
    if "$" in what or is_clause(what) or len(what.split()) > 8:
        return None
    return Premise(what, condition)


class FramedItems:
    """Items that frame what is under them (a mixin of
    :class:`examgen.notes.items.ItemReader`: it uses the extractor's ``emit``, ``drafts``,
    ``item``, ``members``, ``member_list`` and ``owner``): a premise over a formula or steps,
    and a label over bullets that each say how it goes in another setting."""

    def contrast(self, node: Node, child_items: Sequence[Node], place: Place) -> bool:
        """``Recovery:`` over ``In OSPF …`` and ``In RIP …``: a definition per setting (see
        :mod:`examgen.notes.contrasts`). False when the bullets are not such a contrast."""
        if any(child.children for child in child_items):
            return False
        settings = contrasted([child.text for child in child_items])
        term = parse_head(node.text).term
        for (setting, said), child in zip(settings, child_items, strict=False):
            subject = f"{term} in {setting}"
            self.emit("definition", subject, place, child.line, text=said, tags=child.tags)
        return bool(settings)

    def premised(
        self, node: Node, premised: Premise, child_items: Sequence[Node], place: Place, parent: str
    ) -> tuple[Item, bool] | None:
        """``Assume Gaussian noise (independent of X):`` over its formula defines the assumed
        thing, the bracket's condition included; ``Suppose $x = …$`` over steps lends them to
        the owner (numbered commands: a sequence). None when neither holds."""
        if not premised.what:
            subject = self.owner(parent, place)
            if not subject:
                return None
            before = len(self.drafts)
            members = self.members(child_items, place, subject)
            steps = all(child.numbered and is_command(child.text) for child in child_items)
            self.member_list(
                subject, subject, members, node, place, pin=node.anchor, second=False, ordered=steps
            )
            return Item(node.text), len(self.drafts) > before
        if not (formula_only(child_items) or formula_first(child_items, premised.what)):
            return None
        formulas = [c.text for c in child_items if not c.children and is_math_only(c.text)]
        text = "; ".join(formulas)
        if premised.condition:
            text = f"{text} ({premised.condition})"
        self.emit("definition", premised.what, place, node.line, text=text, tags=node.tags)
        for child in child_items:
            if child.children or not is_math_only(child.text):
                self.item(child, place, premised.what, member=True)
        return Item(premised.what, text), True

    def named_formula(
        self, node: Node, child_items: Sequence[Node], place: Place
    ) -> tuple[Item, bool] | None:
        """A sentence over its formula that names it: ``To fit, minimise the **squared
        error**:`` defines the bold name that ends it, ``Solve for $x$: (quadratic
        formula)`` the name in brackets, by the formula (and, for the bracket, how it is got).
        None for other items."""
        if not (formula_only(child_items) or formula_first(child_items, "")):
            return None
        text = node.text.strip()
        bracket = _NAMED.match(text)
        how = ""
        if bracket and is_term(bracket["name"]) and not is_clause(bracket["name"]):
            name, how = bracket["name"].strip(), bracket["how"].strip()
        elif node.strong and is_sentence(text.rstrip(_TRAILING)):
            name = node.strong[-1].strip(_TRAILING)
            if not name or not text.rstrip(_TRAILING + "*_").endswith(name) or not is_term(name):
                return None
        else:
            return None
        formulas = [c.text for c in child_items if not c.children and is_math_only(c.text)]
        said = "; ".join(formulas)
        said = f"{how}: {said}" if how else said
        self.emit("definition", name, place, node.line, text=said, tags=node.tags)
        for child in child_items:
            if child.children or not is_math_only(child.text):
                self.item(child, place, name, member=True)
        return Item(name, said), True

    def narrowed(
        self, node: Node, condition: str, child_items: Sequence[Node], place: Place
    ) -> tuple[Item, bool] | None:
        """``Under the null hypothesis:`` over the one sentence ``The statistic is
        t-distributed``: the definition of ``statistic under the null hypothesis`` by that
        sentence (``this model (X)`` in the label is X). None for other items."""
        if len(child_items) != 1 or child_items[0].children:
            return None
        said = child_items[0].text.strip()
        stated = _STATED.match(said)
        term = stated["term"].strip() if stated else ""
        if not term or term.casefold() in _NOT_A_NAME or not is_term(term) or is_clause(term):
            return None
        setting = _DEMONSTRATIVE.sub(lambda match: match["name"].strip(), condition)
        subject = f"{term} {setting[:1].lower()}{setting[1:]}"
        self.emit("definition", subject, place, node.line, text=said, tags=node.tags)
        return Item(condition, said), True

    def labelled_formula(
        self, node: Node, subject: str, child_items: Sequence[Node], place: Place
    ) -> tuple[Item, bool] | None:
        """``Closed form`` over ``Set the gradient to zero:`` and its formula (and asides in
        brackets): how the thing is got is what it is, a definition of the item; the label is
        no term of its own. None for other items."""
        real = [child for child in child_items if not _bracketed(child.text)]
        if len(real) != 1 or not real[0].children:
            return None
        label = parse_head(real[0].text)
        under = [child for child in real[0].children if child.kind == "item"]
        if label.how != "label" or len(under) != len(real[0].children) or not formula_only(under):
            return None
        asides = [child.text.strip() for child in child_items if _bracketed(child.text)]
        said = " ".join([f"{label.term}: {under[0].text}", *asides])
        self.emit("definition", subject, place, node.line, text=said, tags=node.tags)
        return Item(subject, said), True
