"""From the node tree to facts: what each shape of note means, and every fact's id.

One extractor walks the tree; what it reads is split by noun into mixins: items
(:mod:`examgen.notes.items`), sections (:mod:`examgen.notes.sections`) and paragraphs
(:mod:`examgen.notes.paragraphs`).

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
from operator import attrgetter

from examgen.mathtext import has_math
from examgen.model import Diagnostic, FactKind, Item
from examgen.notes.cases import (
    in_setting,
    names_it_defines,
    rule_text,
    told_as_case,
    topics_with_notes,
)
from examgen.notes.clauses import PASSAGE_LENGTH, is_passage
from examgen.notes.comparisons import compared_sides, side_points
from examgen.notes.concepts import concept_named, english_concept_named
from examgen.notes.draft import Draft, Place, new_draft, normalize_subject
from examgen.notes.enumerations import comma_members, enumeration
from examgen.notes.formulas import states_relation
from examgen.notes.hanging import hang
from examgen.notes.heading_runs import hanging_label
from examgen.notes.inclusions import comma_names, slash_names
from examgen.notes.items import ItemReader
from examgen.notes.member_runs import (
    defined_aspect,
    narrated,
    outline_topics,
    procedure,
    titled_topics,
)
from examgen.notes.node_lines import node_lines
from examgen.notes.openness import mark_open
from examgen.notes.scopes import is_stage
from examgen.notes.sections import SectionReader
from examgen.notes.sentences import has_cjk, is_cut
from examgen.notes.settings import setting_name, setting_values
from examgen.notes.shapes import is_remark
from examgen.notes.terms import (
    Head,
    arrow_steps,
    hyphen_steps,
    is_instruction,
    parse_head,
    says_order,
)
from examgen.notes.titles import notes_root, title_heading
from examgen.notes.tree import Document, Node

# ----------------------------------------------------------------------------- extraction


class _Extractor(ItemReader, SectionReader):
    """Walks one document, collecting drafts and diagnostics (state is per document)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.drafts: list[Draft] = []
        self.diagnostics: list[Diagnostic] = []
        self.defined: set[tuple[tuple[str, ...], str]] = set()  # (section, key) of definitions
        self.said: set[tuple[tuple[tuple[str, ...], str], str]] = set()  # and their texts
        # What each fact says, to drop one read twice: by all but its members (strings and
        # tuples of strings, hashed in C), each with the members said with it. Members are
        # compared only when the rest is the same (rare), never hashed: an Item's hash is a
        # Python call, and a list has several.
        self.emitted: dict[tuple, list[tuple[Item, ...]]] = {}

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
        exact: bool = False,
        label: str | None = None,
        parent: str | None = None,
    ) -> None:
        """Add one fact. ``exact``: the author wrote it out (``Q:``/``A:``), taken as is;
        ``label``: a list's lead-in, the relation as the notes word it (``Fact.label``);
        ``parent``: whose the fact is when its sentence said so (``Fact.parent``)."""
        if "【" in subject:
            # `【效率和效果】`: the author's emphasis, like bold; not part of the term.
            subject = _EMPHASIS.sub(r"\1", subject).strip()
        if kind == "definition":
            subject = concept_named(subject)  # `进程的概念：…` defines 进程
        elif kind == "list":
            subject = english_concept_named(subject)  # `Concepts of IPSEC`: its parts
        key = normalize_subject(subject)
        if not key:
            self.skip(line, f"no subject: {subject or text}")
            return
        if is_remark(subject):
            self.skip(line, f"a remark, not a term: {subject}")
            return
        if not exact and states_relation(subject):
            self.skip(line, f"a formula stating a relation, not a term: {subject}")
            return
        defined = (place.section_key, key)
        if kind == "definition" and not exact and is_cut(text):
            self.skip(line, f"a text cut mid-sentence: {text}")
            return
        if kind == "definition":
            said = (defined, "".join(text.split()))  # `str.split` splits where `\s` matches
            # A formula or a whole sentence said twice of one subject is said once; `On: No
            # negotiation` under two protocols is two facts (told apart by their ids).
            if said in self.said and (has_math(text) or len(text.split()) >= 6):
                self.skip(line, f"repeats the definition of {subject} above")
                return
            self.said.add(said)
            self.defined.add(defined)
        elif not second and defined in self.defined:
            second = True  # `一般环境指…` then `一般环境：` over its members: both, told apart
        if second:
            key += "[]"
            pin = f"{pin}-list" if pin else None
        items = tuple(items)
        said_at = (kind, key, place.section_key, line, text)
        members_said = self.emitted.get(said_at)
        if members_said is None:
            self.emitted[said_at] = [items]
        elif items in members_said:
            return  # one sentence read by two shapes (a division by the paragraph and the list)
        else:
            members_said.append(items)
        self.drafts.append(
            new_draft(
                Draft,
                (
                    kind,
                    subject,
                    key,
                    place,
                    line,
                    text,
                    items,
                    tuple(dict.fromkeys(images)) if images else (),
                    pin,
                    columns,
                    rows,
                    tags,
                    label,
                    parent,
                    False,  # open: marked by the pass after extraction (:mod:`.openness`)
                    "",  # container: marked after it (:mod:`.containers`)
                ),
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
        if self.setting(label, place) or self.comparison(label, place):
            return
        subject = self.clause_label(label, parent)
        term = subject
        members = self.members(label.children, place, subject, category=True)
        lead, node = hanging_label(label.text) or "", label  # "areas … include:" names it
        lead = lead if lead.casefold() not in subject.casefold() else ""
        self.member_list(
            subject, term, members, node, place, pin=node.anchor, second=False, label=lead or None
        )

    def comparison(self, label: Node, place: Place) -> bool:
        """``比较A和B:`` over a bullet on A and one on B, each with points under it: a list of
        each thing's traits (see :mod:`.comparisons`), and no list of the two bullets."""
        items = [child for child in label.children if child.kind == "item"]
        sides = compared_sides(label.text, items)
        for name, node in sides:
            traits = [Item(point) for point in side_points(node)]
            lead = label.text.strip().rstrip(":：").strip()  # the comparison, for the stems
            self.emit("list", f"{name}的特点", place, node.line, items=traits, label=lead)
        return bool(sides)

    def setting(self, label: Node, place: Place) -> bool:
        """A label naming a parameter over its values (``通过`sync_binlog`控制：`` / ``0：…``):
        a definition of each ``sync_binlog = 0``, and no list (see :mod:`.settings`)."""
        name = setting_name(label.text)
        values = setting_values(label.children) if name else []
        for value in values:
            subject = f"{name} = {value.value}"
            self.emit("definition", subject, place, value.node.line, text=value.text)
        return bool(values)

    def members(
        self, items: Sequence[Node], place: Place, parent: str, *, category: bool = False
    ) -> list[tuple[Item, Node]]:
        """The items under ``parent`` read as its members (``category``: under a label, whose
        members are kinds of it, not aspects)."""
        found = []
        quiet = []
        gave: dict[int, tuple[int, int]] = {}  # each member's drafts, by position
        for node in items:
            text = node.text
            # Names run together need commas: most members hold none, and are not asked.
            names = (
                comma_names(text) if ("，" in text or "," in text) and not node.children else None
            )
            if names:
                # `凯撒密码，Vigenere Square(…)，Book Cipher`: a member per name; a bracket
                # squeezed into the run is an aside on the name, not a definition of its own.
                heads = [parse_head(name) for name in names]
                found.extend((Item(head.term, head.gloss), node) for head in heads)
                continue
            start = len(self.drafts)
            member, said = self.item(node, place, parent, member=True, category=category)
            if member is not None:
                gave[id(node)] = (start, len(self.drafts))
                found.append((member, node))
                if not said:
                    quiet.append((member, node))
        self.kindred(found, quiet, place)
        if len(found) >= 2:  # most runs are one leaf or none: no measures among them
            self.measures(found, gave)
        return found

    def measures(
        self, found: Sequence[tuple[Item, Node]], gave: dict[int, tuple[int, int]]
    ) -> None:
        """``Detect altering of files(检测文件变更)`` among ``Analyze …`` and ``Limit objects
        accessible to processes(控制信息流)``: when most members (two or more) are measures
        to take, an English phrase among them is one too, and its bracket says what it does
        in other words: no definition of the phrase."""
        # Stop at the first member that makes measures fewer than half: most lists of
        # names are told at their first member or two, not tested through to the end.
        others, most = 0, len(found) // 2
        for item, _ in found:
            if not is_instruction(item.text):
                others += 1
                if others > most:
                    return
        if len(found) - others < 2:
            return
        for _item, node in reversed(found):
            term = parse_head(node.text).term
            if is_instruction(term) or not _LATIN_PHRASE.match(term) or has_cjk(term):
                continue
            start, stop = gave.get(id(node), (0, 0))
            own = [
                index
                for index in range(start, stop)
                if self.drafts[index].kind == "definition" and self.drafts[index].subject == term
            ]
            for index in reversed(own):
                del self.drafts[index]

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
        unordered: bool = False,
        ordered: bool = False,
        label: str | None = None,
    ) -> bool:
        """Emit the list (or sequence) of ``members``; False when there were none. An
        ``unordered`` list stays a list whatever its members look like; ``ordered``: the
        caller already knows the members are steps; ``label``: the lead-in it was named by."""
        if not members:
            return False
        if (
            len(members) >= 2
            # (a first member too short to be a passage settles it without a generator)
            and len(members[0][0].text) >= PASSAGE_LENGTH
            and all(is_passage(item.text) for item, _ in members)
        ):
            # Items that are each a paragraph of several sentences are an account (a worked
            # case, a story), not members to recall: no card can ask for them.
            self.skip(node.line, f"items are passages, not list members: {subject}")
            return True
        # Topics (of a title, of an outline, of a sentence) each have notes under them: in a
        # run of members with nothing under any (most lists) none of the three is asked.
        nested = False
        for _, member in members:
            if member.children:
                nested = True
                break
        if nested and titled_topics(term, members):
            # `认证和授权` over `认证实现：` and `密码的保护：`, each with its own bullets: an
            # outline's topics under a title naming several things; their lists are the facts.
            self.skip(node.line, f"members are topics, each with items of its own: {subject}")
            return True
        if nested and outline_topics(members):
            self.skip(node.line, f"members are an outline's topics, not a category: {subject}")
            return True
        setting = in_setting(term, members)
        if setting == "defined" or names_it_defines(node.text, members):
            # `In GLM:` over `Mean: …` and `Link function: …`; `Map x to a new space` over
            # `$x$: …` and `$\phi$: …`: each bullet defines its name, no list names them.
            self.skip(node.line, f"members each define a name of their own: {subject}")
            return True
        if nested and topics_with_notes(node.text, term, members):
            # `X is a linear classifier` over `Model:` and `Decision rule:`, each with its
            # bullets: topics the sentence goes on to; their own facts are the notes.
            self.skip(node.line, f"members are topics, each with items of its own: {subject}")
            return True
        items = [item for item, _ in members]  # (made once: each test below reads them)
        if setting == "said" or (not unordered and told_as_case(items)):
            # `For linear regression:` over what the thing does there; `Class 1` over `If …`
            # and `Else …`: a rule, said in bullets, is what the subject is.
            said = rule_text(members)
            self.emit("definition", subject, place, node.line, text=said, pin=pin, tags=node.tags)
            return True
        grouped = self.grouped(term, members, place)  # `低階…` over its kinds: a group header
        if grouped is not members:
            members = grouped
            items = [item for item, _ in members]
        named = 0  # members that are no defined aspects, counted only as far as two
        for item in items:
            if not defined_aspect(item):
                named += 1
                if named == 2:
                    break
        if named < min(2, len(members)):
            # `优点：…` and `缺点：…` under `压缩格式`: each aspect is defined on its own; "the
            # members of 压缩格式" would ask for the words 优点 and 缺点.
            self.skip(node.line, f"members are aspects, each defined: {subject}")
            return True
        images = [*node.images]
        for _, member in members:
            if member.images:  # (most members have none: nothing to walk through)
                images.extend(member.images)
        only = items[0]
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
        ordered = not unordered and (
            ordered
            or says_order(term)
            # One search over the texts: a step pattern cannot match across the \0 between.
            or _points_at_steps("\0".join([item.text for item in items]))
            # (events told are numbered items, each of them: the first settles most runs)
            or (members[0][1].numbered and narrated([node for _, node in members]))
            or all(is_stage(_STAGE_LABEL.split(item.text, maxsplit=1)[0]) for item in items)
            or procedure(term, items)
        )
        kind: FactKind = "sequence" if ordered else "list"
        self.emit(
            kind,
            subject,
            place,
            node.line,
            items=items,
            images=images,
            pin=pin,
            second=second,
            tags=node.tags,
            label=label,
        )
        return True


_EMPHASIS = re.compile(r"【([^【】]+)】")
# `Limit objects accessible to processes`: a phrase whose first word may be a verb, which
# its siblings tell (see :meth:`_Extractor.measures`).
_LATIN_PHRASE = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Za-z][\w-]*)+")
_STAGE_LABEL = re.compile(r"[:：]")

# `Go to step 2`, `回到第2步`: members that point at steps are steps.
_STEP = re.compile(r"\bstep\s*\d|第\s*\d+\s*步", re.IGNORECASE)


def _points_at_steps(text: str) -> bool:
    """``_STEP.search(text)``, asked only of a text holding ``第`` or (caseless) ``step``:
    the pattern, opening with ``\\b``, is tried at every position. No character but `p` and
    `P` casefolds to a `p`: a text with neither is not casefolded to look for ``step``."""
    return (
        "第" in text or (("p" in text or "P" in text) and "step" in text.casefold())
    ) and _STEP.search(text) is not None


# A draft's line, read by the sort in C (a lambda is a Python call per draft).
_LINE = attrgetter("line")


def extract(document: Document) -> tuple[list[Draft], list[Diagnostic]]:
    """Drafts (facts without ids) of one document, in document order, and skipped noise."""
    extractor = _Extractor(document.source)
    title = title_heading(document)
    extractor.title_line = title.line if title is not None else -1
    extractor.nodes(document.nodes, notes_root(document), "")
    # Lists are emitted after their members' facts; document order is by line (stable, so an
    # item's definition stays before its list).
    drafts = sorted(extractor.drafts, key=_LINE)
    lines = node_lines(document.nodes)  # one walk, for both passes
    drafts = mark_open(lines, hang(lines, drafts), document.diagnostics)
    diagnostics = sorted([*document.diagnostics, *extractor.diagnostics], key=lambda d: d.line)
    return drafts, diagnostics
