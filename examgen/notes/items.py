"""Items: what one list item (and the bullets and paragraphs under it) means.

:class:`ItemReader` reads an item as a ``term:definition``, a ``term(gloss)``, a label over
members, a loop header over steps, a sentence led by a bold term, or an account told in
bullets; the predicates in :mod:`examgen.notes.item_shapes` tell those shapes of bullets
apart. The shapes themselves are
described in :mod:`examgen.notes.facts`.
"""

from __future__ import annotations

from collections.abc import Sequence

from examgen.model import Item
from examgen.notes.clauses import (
    clause_subject,
    described_parts,
    is_angle,
    is_sentence,
    list_title,
    split_last_sentence,
)
from examgen.notes.concepts import reason_named
from examgen.notes.dangling import bold_title, settled
from examgen.notes.draft import Place
from examgen.notes.formulas import formula_first, formula_only
from examgen.notes.groups import GroupedItems
from examgen.notes.item_shapes import (
    _after_items,
    _aspect_line,
    _bracket_aspect,
    _chinese_account,
    _claim,
    _defines,
    _kind_of,
    _line_members,
    _states,
    _told,
    describes,
)
from examgen.notes.leaf_items import LeafItems
from examgen.notes.notation import notation
from examgen.notes.premises import FramedItems, premise
from examgen.notes.qualify import qualify
from examgen.notes.roles import RoleItems
from examgen.notes.scopes import is_condition_label, is_loop_header, is_stage
from examgen.notes.sentence_items import SentenceItems
from examgen.notes.settings import default_noted
from examgen.notes.shapes import (
    aspect_owner,
    counted_aspect,
    heading_term,
    is_bare,
    is_relative_remark,
    is_remark,
    is_translation,
)
from examgen.notes.statements import aliased, equated, is_statement
from examgen.notes.terms import (
    LATIN_LETTER,
    Head,
    arrow_steps,
    hyphen_steps,
    is_term,
    parse_head,
    with_gloss,
)
from examgen.notes.tree import Node
from examgen.notes.values import stated_values
from examgen.notes.whereas import whereas_table


class ItemReader(LeafItems, FramedItems, RoleItems, GroupedItems, SentenceItems):
    """The item-level shapes of :class:`examgen.notes.facts._Extractor` (a mixin, like
    :class:`examgen.notes.sections.SectionReader`: it uses the extractor's ``emit``, ``skip``,
    ``drafts``, ``statement``, ``sequence``, ``enumerated``, ``labelled_list``, ``members``
    and ``member_list``, and the section and paragraph readers' shapes)."""

    def item(
        self, node: Node, place: Place, parent: str, *, member: bool, category: bool = False
    ) -> tuple[Item | None, bool]:
        """Facts of one item; returns the item as a member of its parent's list (None when it
        is empty) and whether it gave any fact."""
        children, text = node.children, node.text  # most items have no children
        # An aspect in a last bracket needs a closing bracket and a colon: most items hold
        # neither, and are not asked.
        aside = (
            _bracket_aspect(text)
            if not children and (")" in text or "）" in text) and (":" in text or "：" in text)
            else None
        )
        if aside is not None:
            # `Enigma(齿轮构成的密码机)(破解方法：…)`: the thing, and an aspect of it told in
            # brackets after it, `Enigma 破解方法`.
            before, aspect, said = aside
            as_member, _gave = self.item(node._replace(text=before), place, parent, member=member)
            owner = parse_head(before).term
            self.emit("definition", qualify(aspect, owner), place, node.line, text=said)
            return as_member, True
        head = parse_head(text)
        if not children:  # most items: only the shapes an item with nothing under it can have
            if head.how == "plain":
                if member:
                    return self.leaf_member(node, head, place, parent)
            elif head.how != "label":
                return self.glossed_leaf(node, head, place, parent, member)
        return self.read_item(node, head, place, parent, member=member, category=category)

    def read_item(
        self, node: Node, head: Head, place: Place, parent: str, *, member: bool, category: bool
    ) -> tuple[Item | None, bool]:
        """:meth:`item` for a ``node`` whose head is ``head`` (every shape tried)."""
        children = node.children
        # The head's term, shape and termhood, asked at every turn below: read once.
        head_term, form, termlike = head.term, head.how, head.termlike
        aspect = counted_aspect(head_term) if form == "colon" and head.gloss else ""
        if aspect:
            # `One limitation: it must be fixed beforehand` under `Challenges of X`: that
            # aspect of X (the author counts them out), not a remark.
            owner = aspect_owner(self.owner(parent, place))
            subject = f"{aspect[:1].upper()}{aspect[1:]} of {owner}" if owner else aspect
            self.emit("definition", subject, place, node.line, text=head.gloss, tags=node.tags)
            return Item(head.gloss), True
        if form in ("colon", "label") and is_remark(head_term):
            # `One idea: learn φ from data`: the label is the author's aside; what it says is
            # a member of the list around it, and no term of its own.
            self.skip(node.line, f"a remark, not a term: {head_term}")
            return (Item(head.gloss) if head.gloss else None), False
        noted_default = default_noted(head.gloss) if form == "colon" and head.gloss else ""
        if noted_default and is_term(head_term):  # `读已提交：…(Oracle默认隔离级别)`
            self.emit("definition", noted_default, place, node.line, text=head_term)
        if form == "colon" and is_stage(head_term) and not children:
            # `早期：…`, `现在：…`: a stage of a development, told in order; 早期 is no term.
            return Item(node.text), False
        child_items = [child for child in children if child.kind == "item"] if children else []
        # The English shapes of a plain item (an agent's role, notation, names made equal, an
        # alias) each open with a Latin letter or `$` (or hold no wide character at all) and
        # have a space between words: an item opening with a Chinese character, or one word
        # long, is none of them, and tries none.
        english = (
            form == "plain"
            and node.text.lstrip()[:1] < "\u2e80"
            and len(node.text.split(None, 1)) > 1
        )
        acted = self.agent(node, place, parent, member) if english else None
        if acted is not None and not children:
            return acted, True  # (with notes under it, they are read as for any item)
        if form == "colon" and head.gloss:
            effects = self.effects(node, head_term, head.gloss, child_items, place, parent)
            if effects is not None:
                return effects
        if child_items and is_loop_header(head_term):
            return self.loop(node, head, child_items, place, parent)
        if (
            child_items
            and form in ("plain", "label")
            and termlike
            and self.contrast(node, child_items, place)
        ):
            return Item(head_term), True
        if form == "plain" and not child_items and children:
            grid = whereas_table(head_term, [child.text for child in children])
            if grid is not None:  # `A vs. B` over "… of A …, whereas B …" sentences
                columns, rows = grid
                self.emit("table", head_term, place, node.line, columns=columns, rows=rows)
                return Item(head_term), True
        if form == "plain" and termlike and child_items:
            framed = self.labelled_formula(node, head_term, child_items, place)
            if framed is not None:
                return framed
        premised = premise(head_term) if form in ("plain", "label") and child_items else None
        if premised is not None:
            taken = self.premised(node, premised, child_items, place, parent)
            if taken is not None:
                return taken
        paragraphs = (
            [child for child in children if child.kind == "paragraph" and child.text]
            if children
            else ()
        )
        before = len(self.drafts)
        if form == "plain" and not termlike:
            self.included(node.text, "", place, node.line)  # `开发的过程分为A、B、C`
        noted, how = notation(node.text) if english and not child_items else ("", "")
        if not noted and english and not child_items:
            noted, how = equated(node.text)  # `Training = Fitting = Parameter estimation`
        alias, name = aliased(node.text) if english and not children else ("", "")
        if alias:  # `Confusional arousals, aka sleep drunkenness`: the member is the name
            self.emit("definition", alias, place, node.line, text=name, tags=node.tags)
            return Item(name), True
        if noted:  # `Gradient denoted as $\nabla L$`
            self.emit("definition", noted, place, node.line, text=how, tags=node.tags)
            return Item(noted, how), True
        own = head_term if form in ("plain", "label") else ""
        if form == "label" and not termlike and child_items:
            head, parent = self.label_clause(head, node, place, parent, member)
            head_term, form, termlike = head.term, head.how, head.termlike
        named = None  # the drafts of the names its math gives (most items have none)
        if node.strong and "$" in node.text:
            start = len(self.drafts)
            self.symbols(node, place)
            named = slice(start, len(self.drafts))
        if not member and form in ("plain", "label") and not termlike:
            formula_named = self.named_formula(node, child_items, place)
            if formula_named is not None:
                return formula_named
        if not member and form in ("plain", "label") and is_statement(head_term):
            return self.sentence_item(node, child_items, place, parent)
        if member and form == "plain" and node.strong and len(head_term.split()) >= 4:
            led = self.led_member(node, child_items, place)
            if led is not None:
                return led

        if form == "label" and is_condition_label(head_term):
            narrowed = self.narrowed(node, head_term, child_items, place)
            if narrowed is not None:
                return narrowed
        if form in ("label", "colon") and is_condition_label(head_term):
            # `In GLM:` under `Logistic regression`: that thing, narrowed.
            subject = f"{self.owner(parent, place)} {head_term[:1].lower()}{head_term[1:]}"
        elif category and child_items and head_term == own and _kind_of(head):
            # `常规攻击` (or `个人的特质:`) with bullets under the label `网络安全：`: a kind
            # the label's list holds, named on its own (under a thing, `master`, such a
            # phrase is an aspect of it: `master 运行各类关键进程`).
            subject = head_term
        elif (
            form == "label"
            # `Informal definition: …` under `Convex sets`: that thing's definition.
            or (form == "colon" and " " in head_term and is_bare(head_term))
            # `缺点：贵` under `硬盘`, or `- 缺点` over its bullets under `## 多道程序`: the
            # aspect of that thing, not a term of its own (`- Build process` names its own).
            or (form == "colon" and is_bare(head_term) and parent)
            or (
                not member
                and form == "plain"
                and " " not in head_term
                and is_bare(head_term)
                and parent
            )
            or (member and child_items and not head.gloss and not LATIN_LETTER.search(head_term))
            or is_angle(head_term)
        ):
            subject = qualify(head_term, parent)
        else:
            subject = head_term
        if child_items:
            # `Properties of X符合`, `**Evidence** shows` over what it names: the list's name.
            subject = list_title(bold_title(subject, node.strong))
        if not subject:
            what = "with sub-items but no text of its own" if children else ""
            self.skip(node.line, f"empty item {what}".strip())
            return None, False

        # What the paragraphs say and show (most items have none: no lists made for them).
        prose, prose_images = ([], []) if paragraphs else ((), ())
        heads = [parse_head(paragraph.text) for paragraph in paragraphs] if paragraphs else ()
        # Several `term：text` lines under an item are its members, each defined on its own.
        line_list = len(heads) >= 2 and sum(1 for sub in heads if sub.how == "colon") >= 2
        # Where each paragraph sits among the item's children (one pass, not a search each).
        at = {id(child): spot for spot, child in enumerate(children)} if paragraphs else None
        for index, paragraph in enumerate(paragraphs):
            sub_head = heads[index]
            # The first paragraph under a bare term is that term's description, even when it
            # has a colon in it ("UDP" / "A connectionless protocol: no handshake, …").
            describes_term = (
                index == 0 and form in ("plain", "paren") and termlike and not line_list
            )
            if paragraph.children:
                self.label_sentences(paragraph, place, subject)
                self.labelled_list(paragraph, place, subject)
            elif sub_head.how == "label":
                self.skip(paragraph.line, f"label with nothing under it: {paragraph.text}")
            elif sub_head.how == "colon" and not describes_term:
                # Under a category (`特性：`, `一般环境：`) `综合性：…` is a member and keeps its
                # term; under a thing (`CRI`) `设计模型:…` is an aspect of it: `CRI 设计模型`.
                category = form == "label" or is_bare(head_term) or line_list
                term = sub_head.term
                if is_bare(term) or not category:
                    term = qualify(term, subject)
                self.statement(paragraph, sub_head, term, place)
            elif _after_items(node, paragraph):
                self.defining(paragraph, place, subject)
            else:
                # `…的来源，包括` over sub-items: the lead-in is theirs, not the gloss's.
                said = settled(paragraph, children, at[id(paragraph)] + 1).text
                if said:
                    prose.append(said)
                prose_images.extend(paragraph.images)

        gloss = head.gloss if form in ("colon", "paren") else None
        if (
            form == "paren"
            and gloss
            and (prose or child_items)
            and subject == head_term
            and is_translation(head_term, gloss)
        ):
            # `嗅探(Sniff)` over notes on it: the thing is named in both scripts, and the
            # notes, not its English name, say what it is.
            subject, gloss = node.text.strip(), None
        if form == "paren" and gloss and not prose and formula_only(child_items):
            # `$L_2$ norm (aka. Euclidean distance)` over its formula: the name, bracket and
            # all, is what the formula defines.
            formula = child_items[0].text
            named = f"{subject} ({gloss})"
            self.emit("definition", named, place, node.line, text=formula, tags=node.tags)
            return Item(head_term, formula), True
        definition = with_gloss(gloss, prose) if prose else gloss or ""
        steps = None
        if form == "colon" and gloss:
            steps = arrow_steps(gloss) or hyphen_steps(head_term, gloss)
        elif form == "plain" and not member:
            steps = arrow_steps(node.text)

        defined = False
        asked = reason_named(head_term) if form == "label" and prose else ""
        if asked and not child_items:
            # `为什么X：` over its answer: the answer is the reason, `X的原因`.
            self.emit("definition", asked, place, node.line, text=definition, tags=node.tags)
            defined = True
        elif steps:
            self.sequence(subject, steps, node, place)
            defined = True
        elif (
            gloss
            and ("、" in gloss or "/" in gloss or "," in gloss)
            and not child_items
            and not prose
            and self.enumerated(subject, head, node, place)
        ):
            defined = True
        elif not prose and definition and is_relative_remark(definition):
            # `Root Port - no changes`: the member as it was before, no definition of it.
            self.skip(node.line, f"a remark relative to something else, not a definition: {gloss}")
            return Item(head_term), True
        elif definition and _defines(head, gloss, prose, member, parent):
            self.emit(
                "definition",
                subject,
                place,
                node.line,
                text=definition,
                images=[*node.images, *prose_images],
                pin=node.anchor,
                tags=node.tags,
            )
            defined = True
            self.prose_lists(prose, subject, place, node.line)
            for attribute, value in stated_values(subject, definition):
                self.emit("definition", attribute, place, node.line, text=value, tags=node.tags)

        if not defined and form == "plain" and termlike and describes(child_items):
            # `Alternate Port` over bullets that are sentences about it: what it is, not a
            # list of things.
            said = "; ".join(child.text.rstrip("。.;；") for child in child_items)
            self.emit("definition", subject, place, node.line, text=said, tags=node.tags)
            return Item(head_term, said), True
        if (
            not defined
            and child_items
            and form in ("plain", "label")
            and formula_first(child_items, subject)
        ):
            # `Logistic regression model:` over its formula and notes about it: the formula
            # (and the other formula lines) define it; the notes give their own facts.
            formulas = [c.text for c in child_items if not c.children and "$" in c.text]
            text = "; ".join(formulas)
            self.emit("definition", subject, place, node.line, text=text, tags=node.tags)
            for child in child_items:
                if child.children or "$" not in child.text:
                    self.item(child, place, subject, member=True)
            return Item(head_term, text), True
        if not defined and child_items and _chinese_account(head, child_items):
            told = [child for child in child_items if not _aspect_line(child)]
            said = "；".join(child.text.rstrip("。.;；") for child in told)
            self.emit("definition", subject, place, node.line, text=said, tags=node.tags)
            for child in child_items:
                if _aspect_line(child):  # `解决方法：…` after the account: that thing's
                    aspect = parse_head(child.text)
                    self.statement(child, aspect, qualify(aspect.term, subject), place)
            return Item(head_term, said), True
        # Without items there are no members (and no claim or account over them).
        members = (
            self.members(child_items, place, subject, category=form == "label")
            if child_items
            else []
        )
        if member and child_items and (_claim(head, child_items) or _told(head, child_items)):
            # `甲的双方必须共享钥匙` over notes about it, in a comparison: a claim with its
            # notes, no list to recall (a card could only ask for the whole claim back).
            self.skip(node.line, f"a claim over notes, not a list: {head_term[:40]}")
            members = []
            if _told(head, child_items):
                self.defining(node, place, parent)  # what its own sentence says
        if (
            not (child_items or head.gloss)
            and line_list
            and (form == "label" or is_bare(head_term))
        ):
            members = _line_members(heads, paragraphs)
        if members:  # most items have none: member_list would return at once
            self.member_list(
                subject, head_term, members, node, place, pin=node.anchor, second=defined
            )
        if member and not children and not termlike and _states(node.text):
            self.defining(node, place, parent)  # `①协议是…的规则。`: what its sentences say

        gave = len(self.drafts) > before
        if named is not None and named.stop > named.start:
            # `**X**: … where $\beta$ is the **short-term factor**`: X's own facts first, then
            # the names its formula gives (one line; the order a reader meets them in).
            symbols = self.drafts[named]
            del self.drafts[named]
            self.drafts.extend(symbols)
        if termlike and (gloss or prose):
            as_member = Item(head_term, definition if not steps else gloss)
        elif prose:
            as_member = Item(node.text, "\n".join(prose))
        else:
            as_member = Item(head_term if form == "label" else node.text)
        return as_member, gave

    def label_clause(
        self, head: Head, node: Node, place: Place, parent: str, member: bool
    ) -> tuple[Head, str]:
        """An item ending in a label that is more than a term, over sub-items:
        ``分组密码:按块加密；设计原则：`` defines ``分组密码`` and labels its list
        ``设计原则``; a member ``X无法消除，处理X的方法：`` labels it by its noun phrase.
        Returns the label's head and what it belongs to."""
        inner = parse_head(head.term)
        if inner.how == "colon" and inner.termlike and inner.gloss:
            said, last = split_last_sentence(inner.gloss)
            if said and is_term(last):
                text = said.rstrip("；;。")
                self.emit("definition", inner.term, place, node.line, text=text, tags=node.tags)
                return Head(last, None, "label", True), inner.term
        described = described_parts(head.term, parent) if member and parent else None
        if described is not None:
            # `SSL:` over `一种…的协议，本身分为两层：` and its items: what SSL is, then its
            # two layers, `SSL的两层`.
            said, parts = described
            self.emit("definition", parent, place, node.line, text=said, tags=node.tags)
            return Head(parts, None, "label", True), ""
        if member and inner.how != "colon" and any(char >= "\u2e80" for char in head.term):
            phrase = clause_subject(head.term)
            if phrase and is_term(phrase) and phrase != head.term:
                return Head(phrase, None, "label", True), parent
        return head, parent

    @staticmethod
    def owner(parent: str, place: Place) -> str:
        """What a step or a condition belongs to: the parent item when it names a thing, else
        the section's heading."""
        if parent and not is_sentence(parent):
            return parent
        return heading_term(place.section[-1]) if place.section else parent

    def loop(
        self, node: Node, head: Head, child_items: Sequence[Node], place: Place, parent: str
    ) -> tuple[Item, bool]:
        """``For $i$ from 1 to $T$`` over steps: a step of its own, whose body is a sequence
        named by the section and the loop (``Coordinate descent (for $j$ from 1 to $K$)``)."""
        before = len(self.drafts)
        header = head.term.rstrip(":：").strip()
        owner = heading_term(place.section[-1]) if place.section else parent  # not a step
        clause = header[:1].lower() + header[1:]
        subject = f"{owner} ({clause})" if owner else header
        members = self.members(child_items, place, subject)
        if len(members) >= 2:
            self.emit(
                "sequence",
                subject,
                place,
                node.line,
                items=[item for item, _ in members],
                images=node.images,
                pin=node.anchor,
                tags=node.tags,
            )
        else:
            self.skip(node.line, f"a loop header, not a term: {header[:40]}")
        return Item(node.text), len(self.drafts) > before
