"""From the node tree to facts: what each shape of note means, and every fact's id.

Shapes (an *item* is a list item; a *topic* is an item directly under a heading; a *member*
is an item inside another item or under a label):

* ``term:definition`` / ``term：definition`` → **definition** (``云计算:是一种…``). If the
  definition is an arrow chain ``A->B->C`` / ``A → B`` it is a **sequence** instead
  (``云计算发展路线:并行计算->…``). A chain written with plain hyphens (``kubelet-shim-runtime``)
  is a sequence only when the term says it is a model or an order (模型, 流程, 过程, 路线,
  步骤, 链, model, process, …); otherwise hyphens are just part of names (``kube-proxy``).
* ``term(gloss)`` / ``term（gloss）`` → **definition** of the term by its gloss; an acronym with
  its expansion (``CNI(container network interface)``) is the same shape.
* an item whose children are paragraphs → **definition** of the item by those paragraphs
  (after its gloss, when it has one).
* an item, or a label paragraph (``作用:``), with child items → **list** of members, each
  ``Item(text, gloss)``; a **sequence** when the subject says order (路线, 过程, 流程, 步骤,
  顺序, 阶段, steps, process, stages, order). A list of one plain member is a definition
  (``微服务拆分原则`` → ``遵循“DDD”…``); one member of any other kind makes no list. A
  ``term (gloss)`` over one formula is defined by the formula (``$L_2$ norm (aka. …)``).

Members: a member written ``term(gloss)``, ``term:gloss`` or with paragraphs under it is a
list member with that gloss *and* a definition of its own — deliberately, so that
``UTS(系统标识,…)`` can be asked as "what is UTS?" as well as matched within its list —
provided the gloss says something: at least four "weight" (a CJK character counts 1, a Latin
word 2) or an acronym's expansion. Tags like ``AlwaysDeny(测试)`` or ``全自动调度(rc)`` stay
glosses only. A member that is a sentence (more than 12 words/characters before the colon or
parenthesis, or sentence punctuation) is just a member. A member with child items gives a
list of its own (``master`` under ``核心组件``).

Subjects: a label's subject is qualified by its parent (``CGroups 作用``, ``Pod 调度机制``),
and so is a nested list whose subject is a bare Chinese phrase (``master 运行各类关键进程``),
unless the two already share a word (``命名空间六种隔离`` under ``命名空间和PID``, ``cgroup子系统``
under ``CGroups``, ``为什么引入Pod`` under ``Pod``). Section paths are headings only.

Noise gives no fact and a ``skipped`` diagnostic: a topic with no content (``对比虚拟机``),
empty items, a label with nothing under it, a paragraph directly under a heading that has no
term, a section with nothing in it.

Identity: a fact's id is the first 12 hex digits of the SHA-1 of its *key*, the normalized
subject (NFKC, casefolded, whitespace removed, trailing ``:：,.。`` etc. removed). The kind, the
text, the file, the position and the indentation are not part of it. One item can give two
facts with one subject — ``Prometheus(开源监控…)`` with bullets is a definition *and* a list —
then the definition has the subject's key and the list the key ``<subject>[]``.

Two facts with the same key are told apart by their section path (key + section path below
the title, so that moving a section to another notes file keeps even these ids); if that is
the same too, the later ones get an ordinal (``#2``, …). Either way a ``warning`` names both
places.

Explicit ids: ``{#my-id}`` at the end of an item or paragraph makes the id of the fact it
gives exactly ``my-id`` (the second fact of the same item gets ``my-id-list``). On a heading
it names the section instead: the heading's id stands for the heading's text in the section
path used to tell same-subject facts apart, so renaming such a heading keeps their ids.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePosixPath

from examgen.model import Diagnostic, FactKind, Item
from examgen.notes.clauses import (
    clause_subject,
    comma_members,
    enumeration,
    is_angle,
    is_clause,
    is_passage,
    is_sentence,
    split_last_sentence,
)
from examgen.notes.draft import Draft, Place, normalize_subject
from examgen.notes.inclusions import slash_names
from examgen.notes.sections import SectionReader
from examgen.notes.shapes import (
    ends_with_aspect,
    heading_term,
    is_bare,
    is_condition_label,
    is_loop_header,
    is_math_only,
    is_remark,
    is_stage,
    is_translation,
    noise_reason,
)
from examgen.notes.terms import (
    LATIN_LETTER,
    MIN_PHRASE_WEIGHT,
    Head,
    arrow_steps,
    hyphen_steps,
    is_term,
    parse_head,
    qualify,
    says_order,
    says_something,
    weight,
    with_gloss,
)
from examgen.notes.tree import Document, Node

# ----------------------------------------------------------------------------- extraction


class _Extractor(SectionReader):
    """Walks one document, collecting drafts and diagnostics (state is per document)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.drafts: list[Draft] = []
        self.diagnostics: list[Diagnostic] = []
        self.defined: set[tuple[tuple[str, ...], str]] = set()  # (section, key) of definitions

    def skip(self, line: int, message: str) -> None:
        self.diagnostics.append(Diagnostic("skipped", self.source, line, message))

    def emit(
        self,
        kind: FactKind,
        subject: str,
        place: Place,
        line: int,
        *,
        text: str = "",
        items: Sequence[Item] = (),
        images: Sequence[str] = (),
        pin: str | None = None,
        second: bool = False,
        columns: tuple[str, ...] = (),
        rows: tuple[tuple[str, ...], ...] = (),
        tags: tuple[str, ...] = (),
    ) -> None:
        if "【" in subject:
            # `【效率和效果】`: the author's emphasis, like bold; not part of the term.
            subject = _EMPHASIS.sub(r"\1", subject).strip()
        key = normalize_subject(subject)
        if not key:
            self.skip(line, f"no subject: {subject or text}")
            return
        if is_remark(subject):
            self.skip(line, f"a remark, not a term: {subject}")
            return
        defined = (place.section_key, key)
        if kind == "definition":
            self.defined.add(defined)
        elif not second and defined in self.defined:
            second = True  # `一般环境指…` then `一般环境：` over its members: both, told apart
        if second:
            key += "[]"
            pin = f"{pin}-list" if pin else None
        self.drafts.append(
            Draft(
                kind,
                subject,
                key,
                place,
                line,
                text,
                tuple(items),
                tuple(dict.fromkeys(images)),
                pin,
                columns,
                rows,
                tags,
            )
        )

    def sequence(self, subject: str, steps: Sequence[str], node: Node, place: Place) -> None:
        """``A->B->C`` written on one item or paragraph: a sequence of its steps."""
        self.emit(
            "sequence",
            subject,
            place,
            node.line,
            items=[Item(step) for step in steps],
            images=node.images,
            pin=node.anchor,
            tags=node.tags,
        )

    def statement(self, node: Node, head: Head, subject: str, place: Place) -> None:
        """``term:definition`` (or a chain) in a paragraph."""
        gloss = head.gloss or ""
        steps = arrow_steps(gloss) or hyphen_steps(head.term, gloss)
        if steps:
            self.sequence(subject, steps, node, place)
        elif not self.enumerated(subject, head, node, place):
            self.emit(
                "definition",
                subject,
                place,
                node.line,
                text=gloss,
                images=node.images,
                pin=node.anchor,
                tags=node.tags,
            )

    def enumerated(self, subject: str, head: Head, node: Node, place: Place) -> bool:
        """``term：A、B、C`` is a list of A, B and C (a sequence when the term says order)."""
        gloss = head.gloss or ""
        members = (
            (enumeration(gloss) or slash_names(gloss) or comma_members(gloss))
            if head.how == "colon"
            else []
        )
        if not members:
            return False
        kind: FactKind = "sequence" if says_order(head.term) else "list"
        items = [Item(member) for member in members]
        self.emit(kind, subject, place, node.line, items=items, pin=node.anchor, tags=node.tags)
        return True

    def labelled_list(self, label: Node, place: Place, parent: str) -> None:
        """``作用:`` and the items under it: a list whose subject is qualified by the parent."""
        subject = self.clause_label(label, parent)
        term = subject
        members = self.members(label.children, place, subject)
        self.member_list(subject, term, members, label, place, pin=label.anchor, second=False)

    def members(self, items: Sequence[Node], place: Place, parent: str) -> list[tuple[Item, Node]]:
        found = []
        for node in items:
            member, _ = self.item(node, place, parent, member=True)
            if member is not None:
                found.append((member, node))
        return found

    def member_list(
        self,
        subject: str,
        term: str,
        members: Sequence[tuple[Item, Node]],
        node: Node,
        place: Place,
        *,
        pin: str | None,
        second: bool,
    ) -> bool:
        """Emit the list (or sequence) of ``members``; False when there were none."""
        if not members:
            return False
        if len(members) >= 2 and all(is_passage(item.text) for item, _ in members):
            # Items that are each a paragraph of several sentences are an account (a worked
            # case, a story), not members to recall: no card can ask for them.
            self.skip(node.line, f"items are passages, not list members: {subject}")
            return True
        named = [(item, member) for item, member in members if not _defined_aspect(item)]
        if len(named) < min(2, len(members)):
            # `优点：…` and `缺点：…` under `压缩格式`: each aspect is defined on its own; "the
            # members of 压缩格式" would ask for the words 优点 and 缺点.
            self.skip(node.line, f"members are aspects, each defined: {subject}")
            return True
        images = [*node.images, *(image for _, member in members for image in member.images)]
        only = members[0][0]
        if len(members) == 1 and only.gloss is None and not members[0][1].children and not second:
            # One plain bullet under a subject is what the subject means, not a list.
            self.emit(
                "definition", subject, place, node.line, text=only.text, images=images, pin=pin
            )
            return True
        if len(members) == 1:
            # One member with a gloss or items of its own, under a subject already defined or
            # a container label: the member stands alone; a list of one asks for nothing.
            self.skip(node.line, f"a list of one member: {subject}")
            return True
        ordered = (
            says_order(term)
            or any(_STEP.search(item.text) for item, _ in members)
            or _narrated([node for _, node in members])
            or all(is_stage(_STAGE_LABEL.split(item.text, maxsplit=1)[0]) for item, _ in members)
        )
        kind: FactKind = "sequence" if ordered else "list"
        self.emit(
            kind,
            subject,
            place,
            node.line,
            items=[item for item, _ in members],
            images=images,
            pin=pin,
            second=second,
            tags=node.tags,
        )
        return True

    # -- items

    def item(
        self, node: Node, place: Place, parent: str, *, member: bool
    ) -> tuple[Item | None, bool]:
        """Facts of one item; returns the item as a member of its parent's list (None when it
        is empty) and whether it gave any fact."""
        head = parse_head(node.text)
        if head.how in ("colon", "label") and is_remark(head.term):
            # `One idea: learn φ from data`: the label is the author's aside; what it says is
            # a member of the list around it, and no term of its own.
            self.skip(node.line, f"a remark, not a term: {head.term}")
            return (Item(head.gloss) if head.gloss else None), False
        if head.how == "colon" and is_stage(head.term) and not node.children:
            # `早期：…`, `现在：…`: a stage of a development, told in order; 早期 is no term.
            return Item(node.text), False
        child_items = [child for child in node.children if child.kind == "item"]
        if is_loop_header(head.term) and child_items:
            return self.loop(node, head, child_items, place, parent)
        paragraphs = [child for child in node.children if child.kind == "paragraph" and child.text]
        before = len(self.drafts)
        if head.how == "plain" and not head.termlike:
            self.included(node.text, "", place, node.line)  # `开发的过程分为A、B、C`
        if head.how == "label" and not head.termlike and child_items:
            head, parent = self.label_clause(head, node, place, parent, member)
        self.symbols(node, place)
        if not member and head.how in ("plain", "label") and is_sentence(head.term):
            return self.sentence_item(node, child_items, place, parent)
        if member and head.how == "plain" and node.strong and len(head.term.split()) >= 4:
            led = self.led_member(node, child_items, place)
            if led is not None:
                return led

        if head.how in ("label", "colon") and is_condition_label(head.term):
            # `In GLM:` under `Logistic regression`: that thing, narrowed.
            subject = f"{self.owner(parent, place)} {head.term[:1].lower()}{head.term[1:]}"
        elif (
            head.how == "label"
            # `Informal definition: …` under `Convex sets`: that thing's definition.
            or (head.how == "colon" and " " in head.term and is_bare(head.term))
            # `缺点：贵` under `硬盘`: the aspect of that thing, not a term of its own.
            or (head.how == "colon" and is_bare(head.term) and parent)
            or (member and child_items and not head.gloss and not LATIN_LETTER.search(head.term))
            or is_angle(head.term)
        ):
            subject = qualify(head.term, parent)
        else:
            subject = head.term
        if not subject:
            what = "with sub-items but no text of its own" if node.children else ""
            self.skip(node.line, f"empty item {what}".strip())
            return None, False

        prose: list[str] = []
        prose_images: list[str] = []
        heads = [parse_head(paragraph.text) for paragraph in paragraphs]
        # Several `term：text` lines under an item are its members, each defined on its own.
        line_list = len(heads) >= 2 and sum(1 for sub in heads if sub.how == "colon") >= 2
        for index, paragraph in enumerate(paragraphs):
            sub_head = heads[index]
            # The first paragraph under a bare term is that term's description, even when it
            # has a colon in it ("UDP" / "A connectionless protocol: no handshake, …").
            describes_term = (
                index == 0 and head.how in ("plain", "paren") and head.termlike and not line_list
            )
            if paragraph.children:
                self.label_sentences(paragraph, place, subject)
                self.labelled_list(paragraph, place, subject)
            elif sub_head.how == "label":
                self.skip(paragraph.line, f"label with nothing under it: {paragraph.text}")
            elif sub_head.how == "colon" and not describes_term:
                # Under a category (`特性：`, `一般环境：`) `综合性：…` is a member and keeps its
                # term; under a thing (`CRI`) `设计模型:…` is an aspect of it: `CRI 设计模型`.
                category = head.how == "label" or is_bare(head.term) or line_list
                term = sub_head.term
                if is_bare(term) or not category:
                    term = qualify(term, subject)
                self.statement(paragraph, sub_head, term, place)
            else:
                prose.append(paragraph.text)
                prose_images.extend(paragraph.images)

        gloss = head.gloss if head.how in ("colon", "paren") else None
        if head.how == "paren" and gloss and not prose and _formula_only(child_items):
            # `$L_2$ norm (aka. Euclidean distance)` over its formula: the name, bracket and
            # all, is what the formula defines.
            formula = child_items[0].text
            named = f"{subject} ({gloss})"
            self.emit("definition", named, place, node.line, text=formula, tags=node.tags)
            return Item(head.term, formula), True
        definition = with_gloss(gloss, prose)
        steps = None
        if head.how == "colon" and gloss:
            steps = arrow_steps(gloss) or hyphen_steps(head.term, gloss)
        elif head.how == "plain" and not member:
            steps = arrow_steps(node.text)

        defined = False
        if steps:
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
        elif definition and self._defines(head, gloss, prose, member):
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

        if not defined and head.how == "plain" and head.termlike and _describes(child_items):
            # `Alternate Port` over bullets that are sentences about it: what it is, not a
            # list of things.
            said = "; ".join(child.text.rstrip("。.;；") for child in child_items)
            self.emit("definition", subject, place, node.line, text=said, tags=node.tags)
            return Item(head.term, said), True
        if not defined and head.how in ("plain", "label") and _formula_first(child_items, subject):
            # `Logistic regression model:` over its formula and notes about it: the formula
            # (and the other formula lines) define it; the notes give their own facts.
            formulas = [c.text for c in child_items if not c.children and "$" in c.text]
            text = "; ".join(formulas)
            self.emit("definition", subject, place, node.line, text=text, tags=node.tags)
            for child in child_items:
                if child.children or "$" not in child.text:
                    self.item(child, place, subject, member=True)
            return Item(head.term, text), True
        if not defined and _chinese_account(head, child_items):
            said = "；".join(child.text.rstrip("。.;；") for child in child_items)
            self.emit("definition", subject, place, node.line, text=said, tags=node.tags)
            return Item(head.term, said), True
        members = self.members(child_items, place, subject)
        if (
            not (child_items or head.gloss)
            and line_list
            and (head.how == "label" or is_bare(head.term))
        ):
            members = _line_members(heads, paragraphs)
        self.member_list(subject, head.term, members, node, place, pin=node.anchor, second=defined)
        if member and not node.children and not head.termlike and is_passage(node.text):
            self.defining(node, place, parent)  # `①协议是…的规则。`: what its sentences say

        gave = len(self.drafts) > before
        if head.termlike and (gloss or prose):
            as_member = Item(head.term, definition if not steps else gloss)
        elif prose:
            as_member = Item(node.text, "\n".join(prose))
        else:
            as_member = Item(head.term if head.how == "label" else node.text)
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
        if member and inner.how != "colon" and any(char >= "\u2e80" for char in head.term):
            phrase = clause_subject(head.term)
            if phrase and is_term(phrase) and phrase != head.term:
                return Head(phrase, None, "label", True), parent
        return head, parent

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

    @staticmethod
    def _defines(head: Head, gloss: str | None, prose: Sequence[str], member: bool) -> bool:
        """Whether an item with a gloss or paragraphs is a definition of its own."""
        if head.how == "paren" and gloss and not prose and is_translation(head.term, gloss):
            return False  # `完全功能相依 (Full Functional Dependency)`: another name, not a meaning
        if head.how == "paren" and gloss and not prose and noise_reason(gloss):
            return False  # `Iterative solution (e.g. IRWLS)`: an example, not a meaning
        if not member:
            return True
        if not head.termlike:
            return False  # a sentence in a list is a member, not a term
        if prose:
            return True
        if (
            gloss
            and head.how == "colon"
            and (weight(head.term, 1) >= MIN_PHRASE_WEIGHT or " " in head.term)
        ):
            # `管理的主体：管理者`, `Motor cortex - movement`: a phrase and what it is,
            # however short.
            return True
        return gloss is not None and says_something(head.term, gloss)


def _describes(child_items: Sequence[Node]) -> bool:
    """Bullets that are things said about their parent, not things it is made of: two or
    more plain bullets, at least half of them sentences (`A backup for a DP` / `They receive
    BPDUs` / `It becomes DP immediately`), and none a bare name (`Podman`: a member)."""
    if len(child_items) < 2 or any(child.children for child in child_items):
        return False
    if any(child.strong and child.text.startswith(child.strong[0]) for child in child_items):
        return False  # `- **Statins** lower …`: members, each defining its bold term
    said = sum(1 for child in child_items if is_clause(child.text))
    if any(len(child.text.split()) <= 2 for child in child_items):
        return said == len(child_items)
    return 2 * said >= len(child_items)


def _formula_first(child_items: Sequence[Node], subject: str) -> bool:
    """Bullets led by a formula on its own, and not all formulas (a list of formulas is a
    list; under an order word, steps)."""
    return (
        len(child_items) >= 2
        and not child_items[0].children
        and is_math_only(child_items[0].text)
        and not all(is_math_only(child.text) for child in child_items)
        and not says_order(subject)
    )


def _formula_only(child_items: Sequence[Node]) -> bool:
    """One bullet under an item, and it is nothing but a formula."""
    return (
        len(child_items) == 1 and not child_items[0].children and is_math_only(child_items[0].text)
    )


def _narrated(nodes: Sequence[Node]) -> bool:
    """A numbered list whose items are mostly sentences (`1. A TC event occurs` / `2. The
    switch sends a TCN`): events told in order, a sequence."""
    if len(nodes) < 3 or not all(node.numbered for node in nodes):
        return False
    return 2 * sum(1 for node in nodes if is_clause(node.text)) > len(nodes)


# `如何避免`, `为什么需要三次握手`: a question names the list that answers it.
_QUESTION = re.compile(r"如何|怎样|怎么|为什么|為什麼|为何|為何|哪些|什么|什麼|[?？]")


def _chinese_account(head: Head, child_items: Sequence[Node]) -> bool:
    """``DNS欺骗`` over bullets that are each a Chinese sentence about it (``修改DNS缓存，…``):
    they say what it is, no list of things. A subject naming an aspect (``…的要求``,
    ``…区别``) or an order keeps its list, and so do bullets that are terms of their own."""
    if head.how not in ("plain", "paren") or not head.termlike or len(child_items) < 2:
        return False
    if ends_with_aspect(head.term) or says_order(head.term) or _QUESTION.search(head.term):
        return False
    return all(
        not child.children
        and any(char >= "\u2e80" for char in child.text)
        and is_sentence(child.text)
        and parse_head(child.text).how == "plain"
        for child in child_items
    )


def _line_members(heads: Sequence[Head], paragraphs: Sequence[Node]) -> list[tuple[Item, Node]]:
    """``一般环境：`` over the lines ``政治因素：…`` and ``经济因素：…``: under a category each
    ``term：text`` line is a member (defined on its own too), so the category lists them."""
    return [
        (Item(head.term, head.gloss), paragraph)
        for head, paragraph in zip(heads, paragraphs, strict=True)
        if head.how == "colon"
    ]


def _defined_aspect(item: Item) -> bool:
    """Whether a member is a bare aspect word (``优点``, ``Cons``) with a gloss."""
    return bool(item.gloss) and is_bare(item.text)


_EMPHASIS = re.compile(r"【([^【】]+)】")
_STAGE_LABEL = re.compile(r"[:：]")

# `Go to step 2`, `回到第2步`: members that point at steps are steps.
_STEP = re.compile(r"\bstep\s*\d|第\s*\d+\s*步", re.IGNORECASE)

_NOT_A_TITLE = re.compile(
    r"^(?:table of contents|contents|toc|outline|目录|目錄|大纲|大綱|提纲|提綱)$", re.IGNORECASE
)


def title_heading(document: Document) -> Node | None:
    """The heading that titles the notes: the first heading when it is an H1 or the only
    heading at the top (an ``<h2>`` over the whole page), never a table of contents."""
    tops = [node for node in document.nodes if node.kind == "heading"]
    if not tops or _NOT_A_TITLE.match(tops[0].text):
        return None
    return tops[0] if tops[0].level == 1 or len(tops) == 1 else None


def _root(document: Document) -> Place:
    """Where the notes' facts sit: under their title. The title is the front matter's
    ``title:``, else the :func:`title_heading`, else the file name; a title the notes do not
    write as their first heading heads the section path of every fact."""
    first = title_heading(document)
    if first is not None and (not document.title or document.title == first.text):
        return Place(document.source)
    title = document.title
    if not title and not document.source.startswith("<"):  # `<string>` is no file name
        title = PurePosixPath(document.source.replace("\\", "/")).stem
    if not title:
        return Place(document.source)
    return Place(document.source, (title,), (normalize_subject(title),))


def extract(document: Document) -> tuple[list[Draft], list[Diagnostic]]:
    """Drafts (facts without ids) of one document, in document order, and skipped noise."""
    extractor = _Extractor(document.source)
    title = title_heading(document)
    extractor.title_line = title.line if title is not None else -1
    extractor.nodes(document.nodes, _root(document), "")
    # Lists are emitted after their members' facts; document order is by line (stable, so an
    # item's definition stays before its list).
    drafts = sorted(extractor.drafts, key=lambda draft: draft.line)
    diagnostics = sorted([*document.diagnostics, *extractor.diagnostics], key=lambda d: d.line)
    return drafts, diagnostics
