"""Leaf members: a plain list item with nothing under it, read without the general reader.

Most items of real notes are such members (``- 即时升级`` in a list). For them
:meth:`examgen.notes.items.ItemReader.item` tries only these shapes, in its order: an
agent's role, a list of names inside the text, notation, names made equal, an alias, names
given by math, a member led by a bold term, a member that states sentences. Every other
shape needs a colon, a bracket, a label, children or a non-member item, so it is not tried:
the facts are the same, for a third of the extraction's per-item work.

An item with nothing under it whose head is ``term:gloss`` or ``term(gloss)`` is read the
same way (:meth:`LeafItems.glossed_leaf`): only the shapes such an item can have. And a run
of such members written alike is read alike (:meth:`LeafItems.kindred`).
"""

from __future__ import annotations

from collections.abc import Sequence

from examgen.model import Item
from examgen.notes.clauses import is_angle
from examgen.notes.draft import Place
from examgen.notes.item_shapes import _defines, _states
from examgen.notes.notation import notation
from examgen.notes.qualify import qualify
from examgen.notes.scopes import is_condition_label, is_stage
from examgen.notes.settings import default_noted
from examgen.notes.shapes import (
    aspect_owner,
    counted_aspect,
    is_bare,
    is_relative_remark,
    is_remark,
    noise_reason,
)
from examgen.notes.statements import aliased, equated
from examgen.notes.terms import Head, arrow_steps, hyphen_steps, is_term, parse_head
from examgen.notes.tree import Node
from examgen.notes.values import stated_values


class LeafItems:
    """The leaf-member reading of :class:`examgen.notes.items.ItemReader` (a mixin: it uses
    the extractor's ``emit``, ``skip``, ``drafts``, ``agent``, ``included``, ``symbols``,
    ``led_member`` and ``defining``)."""

    def leaf_member(
        self, node: Node, head: Head, place: Place, parent: str
    ) -> tuple[Item | None, bool]:
        """Facts of a member ``node`` whose head is plain and which has nothing under it."""
        text = node.text
        # The English shapes open with a Latin letter or `$` and have two words or more.
        english = text.lstrip()[:1] < "\u2e80" and len(text.split(None, 1)) > 1
        if english:
            acted = self.agent(node, place, parent, True)
            if acted is not None:
                return acted, True
        before = len(self.drafts)
        if not head.termlike:
            self.included(text, "", place, node.line)  # `开发的过程分为A、B、C`
        if english:
            noted, how = notation(text)
            if not noted:
                noted, how = equated(text)
            alias, name = aliased(text)
            if alias:
                self.emit("definition", alias, place, node.line, text=name, tags=node.tags)
                return Item(name), True
            if noted:
                self.emit("definition", noted, place, node.line, text=how, tags=node.tags)
                return Item(noted, how), True
        named = None  # the drafts of the names its math gives (most members have none)
        if node.strong and "$" in text:
            start = len(self.drafts)
            self.symbols(node, place)
            named = slice(start, len(self.drafts))
        if node.strong and len(head.term.split()) >= 4:
            led = self.led_member(node, [], place)
            if led is not None:
                return led
        subject = qualify(head.term, parent) if is_angle(head.term) else head.term
        if not subject:
            self.skip(node.line, "empty item")
            return None, False
        if not head.termlike and _states(text):
            self.defining(node, place, parent)  # `①协议是…的规则。`: what its sentences say
        gave = len(self.drafts) > before
        if named is not None and named.stop > named.start:
            symbols = self.drafts[named]
            del self.drafts[named]
            self.drafts.extend(symbols)
        return Item(text), gave

    def glossed_leaf(
        self, node: Node, head: Head, place: Place, parent: str, member: bool
    ) -> tuple[Item | None, bool]:
        """Facts of an item ``node`` whose head is ``term:gloss`` or ``term(gloss)`` and which
        has nothing under it: the shapes :meth:`read_item` tries on it, in its order."""
        term, gloss = head.term, head.gloss
        colon = head.how == "colon"  # (else `paren`; a label has no gloss, a plain head none)
        if colon and gloss:
            aspect = counted_aspect(term)
            if aspect:  # `One limitation: …` under `Challenges of X`: that aspect of X
                owner = aspect_owner(self.owner(parent, place))
                subject = f"{aspect[:1].upper()}{aspect[1:]} of {owner}" if owner else aspect
                self.emit("definition", subject, place, node.line, text=gloss, tags=node.tags)
                return Item(gloss), True
        if colon and is_remark(term):  # `One idea: learn φ from data`: the author's aside
            self.skip(node.line, f"a remark, not a term: {term}")
            return (Item(gloss) if gloss else None), False
        if colon and gloss:
            noted_default = default_noted(gloss)
            if noted_default and is_term(term):  # `读已提交：…(Oracle默认隔离级别)`
                self.emit("definition", noted_default, place, node.line, text=term)
        if colon and is_stage(term):  # `早期：…`: a stage of a development, no term
            return Item(node.text), False
        if colon and gloss:
            effects = self.effects(node, term, gloss, [], place, parent)
            if effects is not None:
                return effects
        before = len(self.drafts)
        named = None  # the drafts of the names its math gives (most items have none)
        if node.strong and "$" in node.text:
            self.symbols(node, place)
            named = slice(before, len(self.drafts))
        if colon and is_condition_label(term):  # `In GLM: …` under `Logistic regression`
            subject = f"{self.owner(parent, place)} {term[:1].lower()}{term[1:]}"
        elif (colon and is_bare(term) and (" " in term or parent)) or is_angle(term):
            subject = qualify(term, parent)  # `缺点：贵` under `硬盘`: an aspect of it
        else:
            subject = term
        if not subject:
            self.skip(node.line, "empty item")
            return None, False
        definition = gloss or ""
        steps = (arrow_steps(gloss) or hyphen_steps(term, gloss)) if colon and gloss else None
        if steps:
            self.sequence(subject, steps, node, place)
        elif (
            colon
            and gloss
            and ("、" in gloss or "/" in gloss or "," in gloss)
            and self.enumerated(subject, head, node, place)
        ):
            pass  # a list of the names in its gloss
        elif definition and is_relative_remark(definition):
            # `Root Port - no changes`: the member as it was before, no definition of it.
            self.skip(node.line, f"a remark relative to something else, not a definition: {gloss}")
            return Item(term), True
        elif definition and _defines(head, gloss, (), member, parent):
            self.emit(
                "definition",
                subject,
                place,
                node.line,
                text=definition,
                images=node.images,
                pin=node.anchor,
                tags=node.tags,
            )
            for attribute, value in stated_values(subject, definition):
                self.emit("definition", attribute, place, node.line, text=value, tags=node.tags)
        gave = len(self.drafts) > before
        if named is not None and named.stop > named.start:
            symbols = self.drafts[named]
            del self.drafts[named]
            self.drafts.extend(symbols)
        if gloss:
            return Item(term, definition if not steps else gloss), gave
        return Item(node.text), gave

    def kindred(
        self,
        found: Sequence[tuple[Item, Node]],
        quiet: Sequence[tuple[Item, Node]],
        place: Place,
    ) -> None:
        """``Hippocampus - memory`` among ``Motor cortex - movement`` and ``Cingulate cortex -
        emotional regulation``: members written alike are read alike. A ``term - gloss``
        member whose gloss alone was too light to define it is defined when at least half of
        its list (two or more) are ``term - gloss`` members that were."""
        if not quiet:
            return
        shaped = [
            (item, node)
            for item, node in found
            if item.gloss and not node.children and parse_head(node.text).how == "colon"
        ]
        if len(shaped) < 3 or 2 * len(shaped) <= len(found):
            return
        lone = {id(node) for _, node in quiet}
        defined = len(shaped) - sum(1 for _, node in shaped if id(node) in lone)
        if defined < 2 or 2 * defined < len(shaped):
            return
        for item, node in shaped:
            gloss = item.gloss or ""
            if id(node) not in lone or is_bare(item.text) or is_remark(item.text):
                continue
            if not is_term(item.text) or noise_reason(gloss) or is_stage(item.text):
                continue
            self.emit("definition", item.text, place, node.line, text=gloss, tags=node.tags)
