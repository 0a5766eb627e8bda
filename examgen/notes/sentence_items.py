"""Sentence items: list items that are whole sentences, not terms (a mixin of
:class:`examgen.notes.items.ItemReader`: it uses the extractor's ``emit``, ``skip``,
``drafts``, ``defining``, ``defined_above``, ``members`` and ``member_list``, and the
paragraph reader's ``lead_term``).

``- **DORAs** are a newer class of …`` defines the bold term and is that member; ``The port
connecting to the designated switch is called a designated port`` defines the name it says;
the sub-items of a sentence are a list named by its noun phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.model import Item
from examgen.notes.clauses import (
    announced_steps,
    called_term,
    clause_subject,
    counted_subject,
    defining_sentence,
    is_command,
    is_sentence,
    named_with_acronym,
)
from examgen.notes.dangling import with_members
from examgen.notes.draft import Place
from examgen.notes.prose import sentence_subject
from examgen.notes.sentences import has_cjk
from examgen.notes.statements import can_be, generic_statement, such_as
from examgen.notes.terms import is_term, parse_head
from examgen.notes.tree import Node

# `… is a strong risk factor in predicting Parkinson's disease, as …`: what a property of a
# term relates it to (the words ending its first clause, after `in`/`for`/`of`/`with`).
_RELATED_TO = re.compile(
    r"^[^,;]*?\s(?:in|for|of|with)\s+(?:[a-z]+ing\s+)?(?P<other>[\w'’-]+(?:\s+[\w'’-]+){0,2})"
    r"\s*(?:[,;.]|$)"
)


class SentenceItems:
    """Items that are sentences (see the module)."""

    def led_member(
        self, node: Node, child_items: Sequence[Node], place: Place
    ) -> tuple[Item, bool] | None:
        """A member that is a sentence led by a bold term (``- **DORAs** are a newer class of
        …``): the member is the term, and the sentence defines it. None for other members."""
        term, rest = self.lead_term(node.text, node.strong)
        if not term or len(rest.split()) < 3:
            return None  # `**TCP** handshake`: a name with a bold part, not a sentence
        self.emit(
            "definition", term, place, node.line, text=rest, images=node.images, tags=node.tags
        )
        members = self.members(child_items, place, term)
        self.member_list(term, term, members, node, place, pin=node.anchor, second=True)
        return Item(term, rest), True

    def sentence_item(
        self, node: Node, child_items: Sequence[Node], place: Place, parent: str
    ) -> tuple[Item, bool]:
        """An item that is a whole sentence: not a term. It defines the bold phrase leading
        it, the name it says something ``is called``, or the subject of ``X is a …``; its
        sub-items are a list named by the sentence's noun phrase."""
        before = len(self.drafts)
        text = node.text.rstrip(":：").strip()
        property_of = ""
        term, rest = self.lead_term(text, node.strong)
        if term and _DONE_TO.match(rest):
            term, rest = "", ""  # `The **new frame** is forwarded out …`: what is done to it
        if not term:
            called = called_term(text)
            if called and is_term(called):
                term, rest = called, text
        if not term:
            term, rest = named_with_acronym(text)  # `… will be Blocking Ports (BP)`
        if not term:
            term, rest = defining_sentence(text)
            if term and self.defined_above(term, node.line):
                # `RBD is a strong risk factor …` under the paragraph defining RBD: a
                # property of the term (read as prose), not a second definition of it.
                property_of, term, rest = term, "", ""
        if not term and not child_items and not node.numbered:
            # `A discarding port continues to …` (a numbered step tells an event instead).
            term, rest = generic_statement(text)
        examples, members = such_as(text) if "such as" in text else can_be(text)
        if examples:
            items = [Item(member) for member in members]
            self.emit("list", examples, place, node.line, items=items, tags=node.tags)
        announced, subject, named = "", text, False
        if child_items:
            announced, _ = announced_steps(text)
            phrase = (
                announced
                or counted_subject(text)
                or sentence_subject(text, parent)
                or clause_subject(text)
            )
            # Without a noun phrase of its own (`If …, then …`) the sentence names its list.
            named = bool(phrase and (announced or is_term(phrase)) and phrase != text)
            subject = phrase if named else text
        if term and rest and not (node.is_label and child_items and _dangles(rest)):
            # `X is an event that occurs when:` + list: the list ends the sentence; but `A
            # region is a group of switches that agree:` over what they agree on says both.
            # ... and when its list, named by the term alone, is not named by the sentence
            # either (`has two modes:`), the definition says which way they agree.
            if (
                node.is_label
                and subject == term
                and not _notes_on(node, child_items)
                and not _NAMES_MEMBERS.search(rest)
            ):
                members = [parse_head(child.text).term for child in child_items]
                rest = with_members(rest + ":", members) or rest
            self.emit(
                "definition", term, place, node.line, text=rest, images=node.images, tags=node.tags
            )
        if child_items:
            members = self.members(child_items, place, subject)
            if subject == term and rest and _notes_on(node, child_items):
                # `**X** is the … of Y` over `represents …`, `Regulated by …`: sentences that
                # go on about X (each read for facts of its own), no members of it.
                self.skip(node.line, f"sentences about a defined term, not a list: {term}")
            elif (
                # `Different links can transmit at different rates` over one note on it: the
                # note is no definition of the sentence's noun phrase either.
                not (announced or term)
                and len(members) == 1
                and not node.is_label
                and not _CONDITION.match(text)
            ):
                # `For X, doing Y helps Z` over one note on it: the note is no definition of a
                # sentence (its own facts were read); a rule `If X, then Y` over a note on
                # where it holds is one.
                self.skip(node.line, f"a sentence over one note, not a term: {text[:40]}")
            elif named or not has_cjk(text) or term:
                self.member_list(
                    subject,
                    subject,
                    members,
                    node,
                    place,
                    pin=node.anchor,
                    second=subject == term,
                    # `… will do the following:` over `Flush …`, `Flood …`: actions in order.
                    ordered=bool(announced) and _imperatives(child_items),
                    # `A region is a group … that operate in the same way:` names `region`:
                    # the sentence keeps the relation its subject alone does not say.
                    label=text if named else None,
                )
            else:
                # `…必须共享密钥` over points about it: a claim with notes, no list to recall
                # (a card could only ask for the whole sentence back).
                self.skip(node.line, f"a claim over notes, not a list: {text[:40]}")
        elif property_of and (other := _RELATED_TO.match(text)):
            # `RBD is a strong risk factor in predicting Parkinson's disease, …`: what the
            # sentence says of the two, under both names (no definition of RBD).
            subject = f"{property_of} and {other['other']}"
            self.emit("definition", subject, place, node.line, text=text, tags=node.tags)
        elif not term and not self.defining(node, place, parent, besides=property_of):
            self.skip(node.line, f"a sentence, not a term: {text[:40]}")
        return Item(node.text), len(self.drafts) > before


_CONDITION = re.compile(r"^(?:if|when|whenever|unless)\b", re.IGNORECASE)


def _notes_on(node: Node, child_items: Sequence[Node]) -> bool:
    """Whether the items under an English sentence (no label) are all sentences themselves."""
    return (
        not node.is_label
        and not has_cjk(node.text)
        and len(child_items) >= 2
        and all(is_sentence(child.text) and not has_cjk(child.text) for child in child_items)
    )


def _imperatives(child_items: Sequence[Node]) -> bool:
    """Bullets that are each a command (`Flush the table`, `Flood the frame`): steps to take."""
    return len(child_items) >= 2 and all(is_command(child.text) for child in child_items)


# `forwarded out the ports`, `sent to the root`: a passive verb and where it goes.
_DONE_TO = re.compile(
    r"^\w+ed\s+(?:out|to|into|from|over|through|onto|across|back|away|by)\b", re.IGNORECASE
)

# `… that occurs when:`, `… such as:`: a sentence the bullets under it complete.
_UNFINISHED = re.compile(
    r"\b(?:when|if|where|whether|because|as|like|that|which|by|of|to|for|with|in|on|are|is|"
    r"include|includes|including|such\s+as|following|follows|below|these|those|the|an?)$",
    re.IGNORECASE,
)


# `… has two modes`, `… in several steps`, `… the following rules`: the sentence names what the
# members are (a count or a plural noun last), so the list is asked by that, not read in.
_NAMES_MEMBERS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\b|[a-z][^s\W]s$",
    re.IGNORECASE,
)


def _dangles(rest: str) -> bool:
    """Whether a sentence's predicate stops short, waiting for the bullets under it."""
    return _UNFINISHED.search(rest.strip().rstrip(":：").strip()) is not None
