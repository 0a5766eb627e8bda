"""Items that say what acts on a term or what a cause brought about (a mixin of
:class:`examgen.notes.items.ItemReader`: it uses the extractor's ``emit``, ``drafts``,
``defining`` and ``members``).

``Regulated by adenosine, …`` under ``Process S`` defines ``regulator of Process S``;
``Treated by A and B`` after the paragraph defining ``RBD`` lists ``treatments of RBD``;
``Sleep loss caused more severe moods: anger, fear, worry.`` lists ``severe moods caused by
sleep loss``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.model import Item
from examgen.notes.draft import Draft, Place, normalize_subject
from examgen.notes.prose import read_prose
from examgen.notes.sentences import has_cjk
from examgen.notes.statements import agent_role, caused_effects
from examgen.notes.tree import Node

# What :meth:`RoleItems.agent` names (`cause of RA`): no term of the notes' own.
_ROLE_OF = re.compile(
    r"^(?:(?:typical|usual|main|common)\s+)?(?:causes?|effects?|drawbacks?|prevalence|regulators?|treatments?|triggers?|drivers?"
    r"|uses?) of "
)

# `This is observed due to a loss of Y.`: the reason for what the sentence before said.
_DUE_TO = re.compile(
    r"^(?:this|these|that|it)\s+(?:is|are|was|were)\s+(?:(?:observed|seen|thought\s+to\s+be)\s+)?"
    r"due\s+to\s+(?P<why>[^.;]{3,}?)(?=,\s+which\b|[.;]|$)",
    re.IGNORECASE,
)


def _names(text: str, subject: str) -> bool:
    """Whether ``text`` names ``subject`` as a whole word."""
    return bool(re.search(rf"(?<![\w-]){re.escape(subject)}(?![\w-])", text, re.IGNORECASE))


def _property(draft: Draft) -> bool:
    """``RBD and Parkinson's disease``: the sentence saying a property of RBD (its text
    opens with the term), which leaves RBD the owner of the bullets after it."""
    term, joined, _ = draft.subject.partition(" and ")
    return bool(joined) and draft.text.startswith(f"{term} is ")


class RoleItems:
    """Bullets naming a role of a term (its cause, regulator, treatments) or the effects of
    a cause."""

    def effects(
        self,
        node: Node,
        term: str,
        gloss: str,
        child_items: Sequence[Node],
        place: Place,
        parent: str,
    ) -> tuple[Item, bool] | None:
        """``Sleep loss caused severe moods: anger, fear, worry. …``: the list of what the
        cause brought about; the sentences after the names are read as prose, sub-items as
        items. None for other items."""
        subject, members, said = caused_effects(term, gloss)
        if not subject:
            return None
        items = [Item(name) for name in members]
        self.emit("list", subject, place, node.line, items=items, tags=node.tags)
        why = _DUE_TO.match(said)
        if why:
            # `This is observed due to Y`: what lies behind the effects just listed.
            self.emit("definition", f"cause of {subject}", place, node.line, text=why["why"])
        if said:
            self.defining(node._replace(text=said, children=()), place, parent)
        self.members(child_items, place, subject)
        return Item(node.text), True

    def agent(self, node: Node, place: Place, parent: str, member: bool) -> Item | None:
        """``Regulated by adenosine, …`` under ``Process S`` (or after the paragraph that
        just defined it): the definition of ``regulator of Process S`` (``Treated by A and B``:
        the list ``treatments of …``). None for other items, or with no term to belong to."""
        role, said, names = agent_role(node.text)
        if not role:
            return None
        owner = parent if member else self.just_defined(node.line)
        if not owner:
            return None
        # `REM behavior disorder (RBD)`: the short name the notes go on to use.
        short = re.search(r"\(([A-Z][A-Za-z0-9-]*[A-Z])\)$", owner)
        subject = f"{role} of {short.group(1) if short else owner}"
        if names:
            items = [Item(name) for name in names]
            self.emit("list", subject, place, node.line, items=items, tags=node.tags)
        else:
            self.emit("definition", subject, place, node.line, text=said, tags=node.tags)
        return Item(node.text)

    def just_defined(self, line: int) -> str:
        """The term defined on the last few lines before ``line`` ('' when none was)."""
        for draft in reversed(self.drafts):
            if not 0 < line - draft.line <= 3:
                return ""
            if draft.kind != "definition" and draft.line == line - 1:
                continue  # `It is accompanied by A, B, C.`: the paragraph's list, after its term
            if not _ROLE_OF.match(draft.subject) and not _property(draft):
                return self.owner_on(draft) if draft.kind == "definition" else ""
            line = draft.line  # `Caused by …` then `Treated by …`: both about the same term
        return ""

    def defined_above(self, term: str, line: int) -> bool:
        """Whether the paragraph just before ``line`` defined ``term`` (or the short name in
        its brackets): ``RBD is a strong risk factor …`` under the paragraph that defined
        ``REM behavior disorder (RBD)`` says a property of it, not what it is."""
        owner = self.just_defined(line)
        short = re.search(r"\(([A-Z][A-Za-z0-9-]*[A-Z])\)$", owner)
        names = {owner, short.group(1) if short else owner}
        return bool(owner) and normalize_subject(term) in {normalize_subject(n) for n in names}

    def owner_on(self, defined: Draft) -> str:
        """The term a paragraph's bullets belong to, given the last definition it gave: not
        a name its sentence only mentions (``**RBD** is the loss of …, or atonia, …`` defines
        ``atonia`` too; ``Caused by …`` under it is RBD's cause), but the definition on that
        line whose text does not name another's subject."""
        same = [d for d in self.drafts if d.line == defined.line and d.kind == "definition"]
        for draft in same:
            if not any(_names(other.text, draft.subject) for other in same if other is not draft):
                return draft.subject
        return defined.subject

    def prose_lists(self, prose: Sequence[str], subject: str, place: Place, line: int) -> None:
        """``Cataplexy`` over ``… It is typically triggered by intense emotions (e.g.
        laughter, fear, anger).``: the paragraphs that define a term also list its triggers,
        causes or members, which a card can ask for on their own."""
        for text in prose:
            if has_cjk(text):
                continue
            for said in read_prose(text, subject):
                if said.kind == "list" and len(said.items) >= 2:
                    items = [Item(name) for name in said.items]
                    self.emit("list", said.subject, place, line, items=items)
