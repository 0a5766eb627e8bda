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
  (``微服务拆分原则`` → ``遵循“DDD”…``).

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

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from examgen.model import Diagnostic, FactKind, Item
from examgen.notes.draft import _CJK_IDEOGRAPH, Draft, Place, language_of, normalize_subject
from examgen.notes.tree import Document, Node

ORDER_WORDS = (
    "路线",
    "过程",
    "流程",
    "步骤",
    "顺序",
    "阶段",
    "steps",
    "process",
    "stages",
    "order",
)
# Hyphens chain steps only under a subject naming a model or an order.
CHAIN_WORDS = (*ORDER_WORDS, "模型", "链", "model", "chain", "flow")
ID_LENGTH = 12
MAX_TERM_WEIGHT = 12
MIN_GLOSS_WEIGHT = 4

_ARROW = re.compile(r"\s*(?:-+>|→|⟶|⇒|=>|➔|➜)\s*")
_HYPHEN_CHAIN = re.compile(r"[^\s\-]+(?:-[^\s\-]+){2,}")
_COLON = re.compile(r"[:：]")
# `UDP — connectionless datagrams`, `ICMP - control messages`: a spaced dash after a term
# says the same as a colon (unspaced hyphens are part of names: kube-proxy).
_SPACED_DASH = re.compile(r"\s+(?:—|–|--|-)\s+")
_SENTENCE_PUNCTUATION = re.compile(r"[，,。；;！!？?]")
_LATIN_WORD = re.compile(r"[A-Za-z0-9_]+")
# A subject with a Latin name in it (``master``, ``pod负载度量指标``) stands on its own.
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]{1,7}")
_MINOR_WORDS = frozenset({"of", "and", "the", "for", "a", "an", "to", "in", "on"})


# ----------------------------------------------------------------------------- text helpers


def _weight(text: str, latin_word_weight: int) -> int:
    return len(_CJK_IDEOGRAPH.findall(text)) + latin_word_weight * len(_LATIN_WORD.findall(text))


def is_term(text: str) -> bool:
    """Short enough and without sentence punctuation to be a subject, not a sentence."""
    return (
        bool(text)
        and not text.isdigit()
        and _SENTENCE_PUNCTUATION.search(text) is None
        and 0 < _weight(text, 1) <= MAX_TERM_WEIGHT
    )


def is_acronym_expansion(term: str, gloss: str) -> bool:
    """``CNI`` and ``container network interface``: the initials spell the acronym."""
    if not _ACRONYM.fullmatch(term) or sum(char.isupper() for char in term) < 2:
        return False
    if _CJK_IDEOGRAPH.search(gloss):
        return False
    words = [word for word in re.findall(r"[A-Za-z]+", gloss) if word.lower() not in _MINOR_WORDS]
    letters = "".join(char for char in term if char.isalpha()).lower()
    return len(words) >= 2 and "".join(word[0] for word in words).lower() == letters


def _says_something(term: str, gloss: str) -> bool:
    return _weight(gloss, 2) >= MIN_GLOSS_WEIGHT or is_acronym_expansion(term, gloss)


def _says_order(subject: str, words: tuple[str, ...] = ORDER_WORDS) -> bool:
    return _order_pattern(words).search(subject.casefold()) is not None


@functools.cache
def _order_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Chinese words match anywhere; English ones only as whole words, so that
    "Linux processes" and "Border states" are not taken for sequences."""
    alternatives = [
        re.escape(word) if _CJK_IDEOGRAPH.search(word) else rf"\b{re.escape(word)}\b"
        for word in words
    ]
    return re.compile("|".join(alternatives))


def _shares_word(subject: str, parent: str) -> bool:
    """Whether ``subject`` already names ``parent`` (a Latin word or two CJK characters)."""
    folded = subject.casefold()
    for word in _LATIN_WORD.findall(parent.casefold()):
        stem = word[:-1] if len(word) > 3 and word.endswith("s") else word
        if len(stem) >= 3 and stem in folded:
            return True
    ideographs = "".join(_CJK_IDEOGRAPH.findall(parent))
    return any(ideographs[i : i + 2] in folded for i in range(len(ideographs) - 1))


def qualify(subject: str, parent: str) -> str:
    """``作用`` under ``CGroups`` is ``CGroups 作用``; a subject naming its parent stays."""
    if not parent or _shares_word(subject, parent):
        return subject
    return f"{parent} {subject}"


def _arrow_steps(text: str) -> list[str] | None:
    if not _ARROW.search(text):
        return None
    steps = [step.strip() for step in _ARROW.split(text)]
    return steps if len(steps) >= 2 and all(steps) else None


def _hyphen_steps(term: str, value: str) -> list[str] | None:
    if _says_order(term, CHAIN_WORDS) and _HYPHEN_CHAIN.fullmatch(value):
        return value.split("-")
    return None


@dataclass(frozen=True)
class Head:
    """An item's (or paragraph's) own text, split into term and gloss where it has that shape.

    ``how`` is ``colon`` (``term:gloss``), ``paren`` (``term(gloss)``), ``label`` (``term:``
    with nothing after) or ``plain``.
    """

    term: str
    gloss: str | None
    how: str
    termlike: bool


def parse_head(text: str) -> Head:
    """Split ``term:gloss``, ``term(gloss)`` and ``label:``; otherwise the text is the term."""
    text = text.strip()
    if len(text) > 1 and text.endswith((":", "：")):
        term = text[:-1].rstrip()
        return Head(term, None, "label", is_term(term))
    for separator in (_COLON, _SPACED_DASH):
        found = separator.search(text)
        if found:
            term, rest = text[: found.start()].strip(), text[found.end() :].strip()
            if rest and not rest.startswith("//") and is_term(term):
                return Head(term, rest, "colon", True)
    if text.endswith((")", "）")):
        opening = _matching_open(text)
        if opening > 0:
            term, gloss = text[:opening].strip(), text[opening + 1 : -1].strip()
            if gloss and is_term(term):
                return Head(term, gloss, "paren", True)
    return Head(text, None, "plain", is_term(text))


def _matching_open(text: str) -> int:
    """Index of the parenthesis that the final one closes, or -1 when they do not match."""
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        if text[index] in ")）":
            depth += 1
        elif text[index] in "(（":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _with_gloss(gloss: str | None, prose: Sequence[str]) -> str:
    """A definition's text: the gloss, then the paragraphs under the item."""
    body = "\n".join(prose)
    if gloss and body:
        separator = "；" if language_of(gloss, body) == "zh" else "; "
        return f"{gloss}{separator}{body}"
    return gloss or body


# ----------------------------------------------------------------------------- extraction


class _Extractor:
    """Walks one document, collecting drafts and diagnostics (state is per document)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.drafts: list[Draft] = []
        self.diagnostics: list[Diagnostic] = []

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
    ) -> None:
        key = normalize_subject(subject)
        if not key:
            self.skip(line, f"no subject: {subject or text}")
            return
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
            )
        )

    # -- sections

    def nodes(self, nodes: Sequence[Node], place: Place, parent: str) -> None:
        for node in nodes:
            if node.kind == "heading":
                self.section(node, place.under(node))
            elif node.kind == "item":
                as_member, gave = self.item(node, place, parent, member=False)
                if as_member is not None and not gave:
                    self.skip(node.line, f"nothing under this item: {node.text}")
            else:
                self.loose_paragraph(node, place, parent)

    def section(self, heading: Node, place: Place) -> None:
        if not heading.children:
            self.skip(heading.line, f"empty section: {heading.text}")
        self.nodes(heading.children, place, heading.text)

    def loose_paragraph(self, paragraph: Node, place: Place, parent: str) -> None:
        """A paragraph directly under a heading: a label, a ``term:definition`` or noise."""
        if not paragraph.text:
            return
        if paragraph.children:
            self.labelled_list(paragraph, place, parent)
            return
        head = parse_head(paragraph.text)
        if head.how == "label":
            self.skip(paragraph.line, f"label with nothing under it: {paragraph.text}")
        elif head.how in ("colon", "paren"):
            self.statement(paragraph, head, head.term, place)
        else:
            self.skip(paragraph.line, f"paragraph without a term: {paragraph.text[:40]}")

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
        )

    def statement(self, node: Node, head: Head, subject: str, place: Place) -> None:
        """``term:definition`` (or a chain) in a paragraph."""
        gloss = head.gloss or ""
        steps = _arrow_steps(gloss) or _hyphen_steps(head.term, gloss)
        if steps:
            self.sequence(subject, steps, node, place)
        else:
            self.emit(
                "definition",
                subject,
                place,
                node.line,
                text=gloss,
                images=node.images,
                pin=node.anchor,
            )

    def labelled_list(self, label: Node, place: Place, parent: str) -> None:
        """``作用:`` and the items under it: a list whose subject is qualified by the parent."""
        term = parse_head(label.text).term if label.is_label else label.text
        subject = qualify(term, parent)
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
        images = [*node.images, *(image for _, member in members for image in member.images)]
        only = members[0][0]
        if len(members) == 1 and only.gloss is None and not members[0][1].children and not second:
            # One plain bullet under a subject is what the subject means, not a list.
            self.emit(
                "definition", subject, place, node.line, text=only.text, images=images, pin=pin
            )
            return True
        kind: FactKind = "sequence" if _says_order(term) else "list"
        self.emit(
            kind,
            subject,
            place,
            node.line,
            items=[item for item, _ in members],
            images=images,
            pin=pin,
            second=second,
        )
        return True

    # -- items

    def item(
        self, node: Node, place: Place, parent: str, *, member: bool
    ) -> tuple[Item | None, bool]:
        """Facts of one item; returns the item as a member of its parent's list (None when it
        is empty) and whether it gave any fact."""
        head = parse_head(node.text)
        child_items = [child for child in node.children if child.kind == "item"]
        paragraphs = [child for child in node.children if child.kind == "paragraph" and child.text]
        before = len(self.drafts)

        if head.how == "label" or (
            member and child_items and not head.gloss and not _LATIN_LETTER.search(head.term)
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
        for index, paragraph in enumerate(paragraphs):
            sub_head = parse_head(paragraph.text)
            # The first paragraph under a bare term is that term's description, even when it
            # has a colon in it ("UDP" / "A connectionless protocol: no handshake, …").
            describes_term = index == 0 and head.how in ("plain", "paren") and head.termlike
            if paragraph.children:
                self.labelled_list(paragraph, place, subject)
            elif sub_head.how == "label":
                self.skip(paragraph.line, f"label with nothing under it: {paragraph.text}")
            elif sub_head.how == "colon" and not describes_term:
                self.statement(paragraph, sub_head, qualify(sub_head.term, subject), place)
            else:
                prose.append(paragraph.text)
                prose_images.extend(paragraph.images)

        gloss = head.gloss if head.how in ("colon", "paren") else None
        definition = _with_gloss(gloss, prose)
        steps = None
        if head.how == "colon" and gloss:
            steps = _arrow_steps(gloss) or _hyphen_steps(head.term, gloss)
        elif head.how == "plain" and not member:
            steps = _arrow_steps(node.text)

        defined = False
        if steps:
            self.sequence(subject, steps, node, place)
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
            )
            defined = True

        members = self.members(child_items, place, subject)
        self.member_list(subject, head.term, members, node, place, pin=node.anchor, second=defined)

        gave = len(self.drafts) > before
        if head.termlike and (gloss or prose):
            as_member = Item(head.term, definition if not steps else gloss)
        elif prose:
            as_member = Item(node.text, "\n".join(prose))
        else:
            as_member = Item(head.term if head.how == "label" else node.text)
        return as_member, gave

    @staticmethod
    def _defines(head: Head, gloss: str | None, prose: Sequence[str], member: bool) -> bool:
        """Whether an item with a gloss or paragraphs is a definition of its own."""
        if not member:
            return True
        if not head.termlike:
            return False  # a sentence in a list is a member, not a term
        if prose:
            return True
        return gloss is not None and _says_something(head.term, gloss)


def extract(document: Document) -> tuple[list[Draft], list[Diagnostic]]:
    """Drafts (facts without ids) of one document, in document order, and skipped noise."""
    extractor = _Extractor(document.source)
    extractor.nodes(document.nodes, Place(document.source), "")
    # Lists are emitted after their members' facts; document order is by line (stable, so an
    # item's definition stays before its list).
    drafts = sorted(extractor.drafts, key=lambda draft: draft.line)
    diagnostics = sorted([*document.diagnostics, *extractor.diagnostics], key=lambda d: d.line)
    return drafts, diagnostics
