"""Leaf members: a plain list item with nothing under it, read without the general reader.

Most items of real notes are such members (``- 即时升级`` in a list). For them
:meth:`examgen.notes.items.ItemReader.item` tries only these shapes, in its order: an
agent's role, a list of names inside the text, notation, names made equal, an alias, names
given by math, a member led by a bold term, a member that states sentences. Every other
shape needs a colon, a bracket, a label, children or a non-member item, so it is not tried:
the facts are the same, for a third of the extraction's per-item work.
"""

from __future__ import annotations

from examgen.model import Item
from examgen.notes.clauses import is_angle
from examgen.notes.draft import Place
from examgen.notes.item_shapes import _states
from examgen.notes.notation import notation
from examgen.notes.qualify import qualify
from examgen.notes.statements import aliased, equated
from examgen.notes.terms import Head
from examgen.notes.tree import Node


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
        noted, how = ("", "")
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
        named = len(self.drafts)
        if node.strong and "$" in text:
            self.symbols(node, place)
        named = slice(named, len(self.drafts))
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
        if named.stop > named.start:
            symbols = self.drafts[named]
            del self.drafts[named]
            self.drafts.extend(symbols)
        return Item(text), gave
