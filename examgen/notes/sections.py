"""What a heading owns, and the prose, tables and diagrams under it.

A heading's term is its text without numbering or question mark (``### 2. 页面置换`` →
``页面置换``); a bare one (``Pros``, ``缺点``) is qualified by the nearest heading above that is
not bare (``EtherChannel Pros``). Under it:

* a first paragraph that has no term of its own defines the heading's term;
* a first list of plain members (at most half of them with sub-items) is a list of the
  heading (a sequence when the heading names an order); a list of topics (most with
  sub-items, like the chapters of an outline) is not, each topic gives its own facts —
  unless the heading is an English plural (``Port roles``) and the topics are names;
* a heading ``Term: gloss`` defines the term by the gloss;
* a label that is a clause (``There are three kinds of X:``) names its list by the noun
  phrase in it, or by the heading when it has none;
* a two-column table gives a definition per row; a wider grid gives a ``table`` fact;
* a Mermaid path gives a sequence.

Paragraphs, labels and sentence items under it are read by
:class:`examgen.notes.paragraphs.ParagraphReader`, which :class:`SectionReader` extends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.model import FactKind, Item
from examgen.notes.clauses import (
    counted_subject,
    defining_sentence,
    is_passage,
    is_sentence,
    split_last_sentence,
)
from examgen.notes.comparisons import alternatives_named
from examgen.notes.draft import Place, normalize_subject
from examgen.notes.items import describes
from examgen.notes.leads import kind_members, lead_statement, statements_of_their_own
from examgen.notes.paragraphs import _SENTENCE, ParagraphReader
from examgen.notes.sentences import has_cjk
from examgen.notes.shapes import (
    ends_with_aspect,
    heading_term,
    is_bare,
    is_example_heading,
    is_math_only,
    is_numbering_only,
    is_remark,
    legend,
    names_a_pair,
    names_notes,
)
from examgen.notes.terms import (
    arrow_steps,
    is_term,
    one_name,
    parse_head,
    qualify,
    says_order,
    says_something,
    shares_word,
)
from examgen.notes.tree import Node

# `若A，则B`, `如果…时`, `当…`: a condition, what a rule or a kind of thing holds under.
_CONDITION = re.compile(r"^(?:若|如果|假如|假设|當|当)|[,，]\s*(?:則|则)")


def titled_gloss(heading: str) -> tuple[str, str]:
    """``Leisure goods: immediate rewards, delayed costs`` → (``Leisure goods``, the rest): a
    heading that names its term and says what it is after a colon; (heading, '') otherwise."""
    if ":" not in heading and "：" not in heading:
        return heading, ""
    head = parse_head(heading)
    gloss = (head.gloss or "").strip()
    if (
        head.how != "colon"
        or not head.termlike
        or not re.search(r"[:：]\s*" + re.escape(gloss[:1]), heading)  # a dash is a name's part
        or is_bare(head.term)
        or is_remark(head.term)
        or not says_something(head.term, gloss)
        or gloss.endswith(("?", "？"))
        # `tags: `14.13``: metadata, no words
        or not re.search(r"[A-Za-z]{2}|[\u3400-\u9fff]", re.sub(r"`[^`]*`", "", gloss))
    ):
        return heading, ""
    return head.term, gloss


_PLURAL = re.compile(r"[A-Za-z]{2,}(?<![su]s)(?<!is)s$")
_HEAD_NOUN_END = re.compile(r"\s+(?:of|for|in|on|to|with)\s", re.IGNORECASE)


def chained_steps(terms: Sequence[str]) -> list[str]:
    """Section names that chain (``ER Model``, ``ER Model -> Relation``, ``Relation ->
    Normalization``): the steps they pass through, each once (``ER Model``, ``Relation``,
    ``Normalization``); other names are steps as they are."""
    steps: list[str] = []
    for term in terms:
        for step in arrow_steps(term) or [term]:
            if not steps or steps[-1] != step:
                steps.append(step)
    return steps


def is_plural(heading: str) -> bool:
    """An English heading naming several things: ``Port roles``, ``Basic rules of
    probability`` (the head noun, before ``of``, is plural)."""
    return _PLURAL.search(_HEAD_NOUN_END.split(heading.strip(), maxsplit=1)[0]) is not None


def _named_topics(run: Sequence[Node], heavy: int, heading: str) -> bool:
    """Topics under a plural heading (``Port roles``) that are each a name (``Root Port - no
    changes``, ``Alternate Port``), not chapters: a list of their heading even when some have
    sub-items — when at most half do, or when every one says what it is (``**Full naive**:
    …`` with notes under it)."""
    if not is_plural(heading):
        return False
    heads = [parse_head(node.text) for node in run]
    category = heading.split()[-1][:-1].casefold()
    if any(head.term.casefold() == category for head in heads):
        return False  # `Norm: length of vectors` under `Norms`: the category, defined
    if not all(
        head.how != "label"
        and head.termlike
        and not is_sentence(head.term)
        and not is_bare(head.term)
        for head in heads
    ):
        return False
    glossed = all(head.how in ("colon", "paren") and head.gloss for head in heads)
    return glossed or heavy * 2 <= len(run)


def _numbered_statement(node: Node) -> bool:
    """``2. 每一個屬性皆與PK無遞移相依``: a numbered point that says something (no term), with
    at most one bare note under it; points with an outline of their own are topics."""
    notes = [child for child in node.children if child.kind == "item"]
    if not node.numbered or len(notes) > 1 or any(note.children for note in notes):
        return False
    if node.text.rstrip().endswith(("?", "？")):
        return False  # a question opens a topic (its answer is under it)
    head = parse_head(node.text)
    return head.how == "plain" and (not head.termlike or is_sentence(node.text))


def _plain_paragraph(node: Node) -> bool:
    return node.kind == "paragraph" and not node.is_label and not node.children


def _caption(node: Node) -> bool:
    """A name on its own line over the bullets that say what it is (``Insert anomaly`` /
    ``- Must insert …``)."""
    if node.kind != "paragraph" or node.is_label or not node.children:
        return False
    head = parse_head(node.text)
    return head.how == "plain" and head.termlike and not is_sentence(node.text)


_SUPPOSING = re.compile(r"^(?:suppose|imagine|consider|let's|let\s+us|say)\b", re.IGNORECASE)
# `During sleep, we cycle through …`, `You can see …`: the writer telling what happens, not
# what the heading's term is.
_NARRATED = re.compile(r"^(?:[^,]{1,40},\s*)?(?:we|you)\s+(?!are\b)[a-z]", re.IGNORECASE)
_JOINED = re.compile(r"\s(?:and|&|vs\.?|versus)\s", re.IGNORECASE)


def _not_about_heading(text: str, subject: str) -> str:
    """Why an English heading's first paragraph is not its definition: it opens with a
    question or a supposition (an example), the heading joins several things
    (``Experiment and Outcome``), names only an aspect (``Summary``), or the paragraph opens
    by defining another term (``#### caffeine`` / ``Process-S is the pressure …``); ''
    when it is."""
    if not subject.isascii() or has_cjk(text):
        return ""
    first = _SENTENCE.split(text, maxsplit=1)[0].strip()
    if first.endswith("?") or _SUPPOSING.match(first):
        return "a question or an example"
    if _NARRATED.match(first):
        return "what we or you do, told"
    if _JOINED.search(subject):
        return "a heading joining several things"
    if is_bare(subject):
        return "a bare heading"
    term, _rest = defining_sentence(first)
    if term and not shares_word(term, subject) and not shares_word(subject, term):
        return f"a definition of {term}"
    return ""


# `Common forms of parasomnia include` + bullets: the sentence is left hanging for the list.
_HANGING = re.compile(
    r"^(?:the\s+|some\s+)?(?P<subject>[A-Za-z][^,;:.!?]*?)\s+"
    r"(?:include|includes|consists?\s+of|comprises?|are\s+as\s+follows)\s*[:：]?$",
    re.IGNORECASE,
)


def _lead_in(text: str) -> str:
    """The noun phrase a paragraph's last sentence names its list by, when that sentence is
    left hanging for the bullets after it (``… Common forms of arthritis include``); ''
    otherwise."""
    match = _HANGING.match(split_last_sentence(text)[1].strip())
    if not match:
        return ""
    subject = match["subject"].strip()
    return subject if is_term(subject) and not is_sentence(subject) else ""


# `We can define a set of criteria that must be met.` before `1. If …`: what the list holds.
_CRITERIA = re.compile(
    r"\b(?:a\s+(?:set|list|number)\s+of|the\s+following|these|several|some|\w+\s+main)\s+"
    r"(?P<noun>criteria|conditions|requirements|properties|characteristics|rules|principles"
    r"|assumptions|axioms)\b",
    re.IGNORECASE,
)


def _criteria(text: str) -> str:
    """The word (``criteria``, ``conditions``, ``rules`` …) by which a paragraph's last
    sentence introduces the numbered list after it as things to check; '' otherwise."""
    match = _CRITERIA.search(split_last_sentence(text)[1])
    return match["noun"].lower() if match else ""


class SectionReader(ParagraphReader):
    """The section-level shapes of :class:`examgen.notes.facts._Extractor` (a mixin: it uses
    the extractor's ``emit``, ``skip``, ``item``, ``members``, ``member_list``, ``statement``
    and ``labelled_list``; the paragraph-level shapes are :class:`ParagraphReader`'s)."""

    def nodes(self, nodes: Sequence[Node], place: Place, parent: str) -> None:
        """Content and subsections under a heading whose (qualified) term is ``parent``."""
        # The notes' title names the notes, not the things in them: nothing is qualified by it.
        below = "" if getattr(self, "in_title", False) else parent
        content = [node for node in nodes if node.kind != "heading"]
        if content:
            self.owned(content, place, parent)
        for node in nodes:
            if node.kind == "heading":
                self.section(node, place.under(node), below)

    def section(self, heading: Node, place: Place, parent: str) -> None:
        """One heading: its term, then what it owns."""
        term = one_name(heading_term(heading.text))
        if is_example_heading(heading.text):
            self.skip(heading.line, f"worked example: {heading.text}")
            return
        term, gloss = titled_gloss(term)
        if gloss and heading.line != getattr(self, "title_line", -1):
            self.emit("definition", term, place, heading.line, text=gloss, tags=heading.tags)
        subject = qualify(term, parent) if is_bare(term) and parent else term
        if heading.line != getattr(self, "title_line", -1):
            self.subsection_list(heading, subject, place)
        if not heading.children:
            self.skip(heading.line, f"empty section: {heading.text}")
            return
        self.heading_line = heading.line
        # The title of the notes owns what comes before the first chapter, not a list of it.
        self.in_title = heading.line == getattr(self, "title_line", -1)
        self.nodes(heading.children, place, subject)

    def subsection_list(self, heading: Node, subject: str, place: Place) -> None:
        """``## Basic rules of probability`` with nothing but sections under it, each named
        by a term: the list of those terms (a plural heading only: others are chapters).
        ``### nrem`` with only ``Non-REM sleep has 4 stages.`` before its sections: the list
        (a sequence, for stages) of those sections, named by the sentence."""
        content = [child for child in heading.children if child.kind != "heading"]
        sections = [child for child in heading.children if child.kind == "heading"]
        line = heading.line
        counted = ""
        if len(content) == 1 and content[0].kind == "paragraph" and not content[0].children:
            counted = counted_subject(split_last_sentence(content[0].text)[1])
            line = content[0].line
        if not sections or (content and not counted):
            return
        if not counted and self.alternatives_list(heading, sections, place):
            return
        ordered = says_order(subject)  # `## 安装过程` over `### 下载`, `### 配置`: its steps
        if not counted and not ordered and (not is_plural(subject) or is_bare(subject[:-1])):
            return  # `Basic Definitions` are not things of one kind
        subject = counted or subject
        ordered = says_order(subject)
        terms = [one_name(heading_term(child.text)) for child in sections]
        if len(terms) < 2 or not all(
            is_term(term) and not is_bare(term) and not is_example_heading(term) for term in terms
        ):
            return
        items = [Item(term) for term in (chained_steps(terms) if ordered else terms)]
        kind: FactKind = "sequence" if ordered else "list"
        self.emit(kind, subject, place, line, items=items, tags=heading.tags)
        if counted:
            self.counted_line = line  # that sentence counts the sections; it defines nothing

    def alternatives_list(self, heading: Node, sections: Sequence[Node], place: Place) -> bool:
        """``### 價值性 Trivial or Non-Trivial`` over ``#### Trivial`` and ``#### Non-trivial``:
        the list of the alternatives, named by what they are kinds of (``價值性``)."""
        terms = [one_name(heading_term(child.text)) for child in sections]
        named = alternatives_named(one_name(heading_term(heading.text)), terms)
        if not named or not all(is_term(term) for term in terms):
            return False
        items = [Item(term) for term in terms]
        self.emit("list", named, place, heading.line, items=items, tags=heading.tags)
        return True

    def owned(self, content: Sequence[Node], place: Place, subject: str) -> None:
        """The content of one section (see the module docstring)."""
        heading_line = getattr(self, "heading_line", 0)
        self.captions_list(content, place, subject, heading_line)
        parent = "" if getattr(self, "in_title", False) else subject
        defined = False
        listed = False
        index = 0
        while index < len(content):
            node = content[index]
            first = index == 0
            if node.kind == "item":
                start = index
                run = [node]
                index += 1
                while index < len(content) and content[index].kind == "item":
                    if content[index].starts_list:
                        break
                    run.append(content[index])
                    index += 1
                members, quiet = [], []
                for topic in run:
                    as_member, gave = self.item(topic, place, parent, member=False)
                    if as_member is not None:
                        members.append((as_member, topic))
                        if not gave:
                            quiet.append(topic)
                # Directly under the heading, or after the paragraph that defined it.
                first_run = start == 0 or (
                    start == 1 and content[0].kind == "paragraph" and not content[0].is_label
                )
                # ...or after the heading's definition and plain notes on it (`X為…`).
                first_run = first_run or (
                    defined and all(_plain_paragraph(before) for before in content[:start])
                )
                before = content[start - 1] if start else None
                lead = _lead_in(before.text) if before and before.kind == "paragraph" else ""
                criteria = _criteria(before.text) if before and before.kind == "paragraph" else ""
                if (
                    not (listed or defined)
                    and first_run
                    and self.heading_statement(run, quiet, place, subject)
                ):
                    listed = defined = True
                elif lead and not listed:
                    listed = self.heading_list(run, members, place, lead, False, True)
                elif criteria and subject and not listed and first_run:
                    # `… a set of criteria that must be met:` + `1. If …`: conditions, each
                    # to check, in no order (a numbered list of clauses is otherwise a story).
                    named = f"{criteria} for {subject}"
                    listed = self.heading_list(run, members, place, named, False, True, True)
                elif (
                    not (listed or defined) and first_run and self.lead(run, quiet, place, subject)
                ):
                    defined = True
                elif not listed and statements_of_their_own(run, quiet):
                    listed = True  # each sentence gave its own facts: no list of sentences
                elif not listed and (
                    (defined and first_run and self.elaborate(run, quiet, subject))
                    or self.heading_list(run, members, place, subject, defined, first_run)
                    or (first_run and self.kinds_list(run, place, subject))
                ):
                    listed = True
                else:
                    for topic in quiet:
                        self.skip(topic.line, f"nothing under this item: {topic.text}")
                continue
            index += 1
            if node.kind == "table":
                self.table(node, place, subject)
            elif node.kind == "qa":
                question, answer = node.cells[0]
                self.emit(
                    "definition",
                    question,
                    place,
                    node.line,
                    text=answer,
                    tags=node.tags,
                    exact=True,
                )
            elif node.kind == "diagram":
                steps = [Item(step) for step in node.cells[0]]
                self.emit("sequence", subject or "diagram", place, node.line, items=steps)
            elif node.kind == "paragraph" and self.formula_after(node, content, index, place):
                index += 1  # the formula paragraph was the definition
            elif node.kind == "paragraph":
                if self.caption_prose(node, content, index, place):
                    index += 1
                    continue
                opening = (
                    first
                    and subject
                    and not (getattr(self, "in_title", False) and names_notes(subject))
                    and not names_a_pair(subject)
                    and not node.children
                    and self.owns(node)
                )
                unbolded = (
                    (self.before_bold(node) if self.prose(node, place) else node)
                    if opening
                    else None
                )
                if unbolded is not None:
                    node = unbolded
                    line = heading_line if node.line - heading_line <= 4 else node.line
                    aside = _not_about_heading(node.text, subject)
                    if node.line == getattr(self, "counted_line", -1):
                        aside = "a count of the sections below"
                    if aside:
                        self.skip(node.line, f"{aside}, not the definition of {subject}")
                    elif not (self.names_more(node, subject) or self.opens_with_members(node)):
                        self.emit(
                            "definition",
                            subject,
                            place,
                            line,
                            text=node.text,
                            images=node.images,
                            pin=node.anchor,
                            tags=node.tags,
                        )
                    defined = True
                    self.defining(node, place, subject, besides=subject)
                elif opening:
                    # Its bold-led definitions were just made (reading it again repeats
                    # them); the lists its sentences name were not.
                    self.prose_lists([node.text], subject, place, node.line)
                elif node.children:
                    if first and subject and node.is_label:
                        # `记录锁对一行加锁，也称行锁。对语句有如下要求：` + items: the sentences
                        # before the label define the heading (or the bold term they lead
                        # with).
                        before, _last = split_last_sentence(node.text)
                        if before and (is_sentence(before) or not parse_head(before).termlike):
                            opening = node._replace(text=before, children=())
                            if self.opens_with_members(opening):
                                pass  # a list, not a definition: label_sentences reads it
                            elif not self.prose(opening, place):
                                line = heading_line if node.line - heading_line <= 4 else node.line
                                self.emit("definition", subject, place, line, text=before)
                                defined = True
                    self.label_sentences(node, place, subject)
                    self.labelled_list(node, place, parent)
                    listed = True
                elif node.is_label and self.label_prose(node, content, index, place, parent):
                    index += 1
                else:
                    self.loose_paragraph(node, place, parent)

    def before_bold(self, paragraph: Node) -> Node | None:
        """``#### seizures`` / ``Stage 2 is marked by … **Spikes** are bursts …``: the
        sentences before the first one led by a bold term still speak of the heading (the
        bold-led ones were read as definitions of their own); None when the paragraph opens
        with its bold term."""
        sentences = [part.strip() for part in _SENTENCE.split(paragraph.text) if part.strip()]
        for number, sentence in enumerate(sentences):
            if self.lead_term(sentence, paragraph.strong)[0]:
                if number == 0:
                    return None
                return paragraph._replace(text=" ".join(sentences[:number]))
        return None

    def captions_list(
        self, content: Sequence[Node], place: Place, subject: str, heading_line: int
    ) -> None:
        """``### Anomalies`` over only ``Insert anomaly`` / ``- …`` and ``Update anomaly`` /
        ``- …``: names each over its own note, under a plural heading, are the heading's list
        (as named topics are, see :func:`_named_topics`); each name is defined by its note."""
        if len(content) < 2 or not subject or getattr(self, "in_title", False):
            return
        if not is_plural(subject) or not all(_caption(node) for node in content):
            return
        line = heading_line if content[0].line - heading_line <= 4 else content[0].line
        items = [Item(node.text) for node in content]
        self.emit("list", subject, place, line, items=items, tags=content[0].tags)

    @staticmethod
    def owns(paragraph: Node) -> bool:
        """Whether a paragraph can be the heading's definition (it has no term of its own)."""
        head = parse_head(paragraph.text)
        if head.how == "label":
            return False
        return head.how == "plain" or not head.termlike or is_math_only(paragraph.text)

    def heading_list(
        self,
        run: list[Node],
        members: list[tuple[Item, Node]],
        place: Place,
        subject: str,
        defined: bool,
        first_run: bool,
        unordered: bool = False,
    ) -> bool:
        """A first list of plain members directly under a heading: the heading's list."""
        if len(members) < 2 or not subject or is_numbering_only(subject) or not first_run:
            return False
        if getattr(self, "in_title", False):
            return False
        # Topics of an outline have content of their own; members of a list mostly do not.
        # A numbered statement (`2. Every key X->Y, X should be …`) is no topic: a bullet
        # under it is a note on that point, and the numbered points stay the heading's list.
        topics = [node for node in run if not _numbered_statement(node)]
        nested = any(child.kind == "item" for node in topics for child in node.children)
        heavy = sum(1 for node in topics if node.children)
        if (nested or heavy * 2 > len(run)) and not _named_topics(run, heavy, subject):
            return False
        line = getattr(self, "heading_line", 0)
        if not unordered and self.heading_account(run, place, subject, line):
            return True
        first = run[0]._replace(line=line if run[0].line - line <= 4 else run[0].line)
        # Members are named only: each topic with a gloss already gave its own definition.
        names = [(Item(member.text), node) for member, node in members]
        return self.member_list(
            subject, subject, names, first, place, pin=None, second=defined, unordered=unordered
        )

    def heading_account(self, run: Sequence[Node], place: Place, subject: str, line: int) -> bool:
        """``#### naive student's behavior`` over bullets that are English sentences about it
        (``Keeps delaying the task.`` / ``Delay can be costly.``): what it is or does, told in
        sentences, like a term over such bullets; no list to recall. A plural heading or one
        that says order keeps its list, and so does a heading already defined."""
        if has_cjk(subject) or is_plural(subject) or says_order(subject):
            return False
        if any(
            node.children
            or node.numbered
            or has_cjk(node.text)
            or is_passage(node.text)
            or parse_head(node.text).how != "plain"
            for node in run
        ):
            return False  # numbered: events in order; passages: an account; `Note: …`: members
        if not describes(run):
            return False
        if (place.section_key, normalize_subject(subject)) in self.defined:
            return False
        line = line if run[0].line - line <= 4 else run[0].line
        said = "; ".join(node.text.rstrip(".;") for node in run)
        self.emit("definition", subject, place, line, text=said, tags=run[0].tags)
        return True

    def heading_statement(
        self, run: Sequence[Node], quiet: Sequence[Node], place: Place, subject: str
    ) -> bool:
        """``### 部分相依`` over one bullet that is a sentence (``- 若…，则称…部分相依``), or
        over bullets that are all conditions (``若…时``, ``…，则…``): they say what the
        heading's term is, they are no list of it."""
        if not subject or getattr(self, "in_title", False) or len(quiet) != len(run):
            return False
        if ends_with_aspect(subject):
            return False
        texts = [node.text for node in run]
        if not all(has_cjk(text) and is_sentence(text) for text in texts):
            return False
        if len(run) > 1 and not all(_CONDITION.search(text) for text in texts):
            return False
        line = getattr(self, "heading_line", 0)
        line = line if run[0].line - line <= 4 else run[0].line
        said = "；".join(text.rstrip("。；;") for text in texts)
        self.emit("definition", subject, place, line, text=said, tags=run[0].tags)
        return True

    def kinds_list(self, run: Sequence[Node], place: Place, subject: str) -> bool:
        """``#### Negotiation protocols`` over ``* PAgP - Port Agg Protocol`` and ``* LACP -
        Link Agg Control Protocol`` among other points: the list of the topics whose gloss
        names them one of the heading's kind (see :mod:`examgen.notes.leads`)."""
        names = kind_members(run, subject) if subject and is_plural(subject) else []
        if len(names) < 2 or getattr(self, "in_title", False):
            return False
        line = getattr(self, "heading_line", 0)
        line = line if run[0].line - line <= 4 else run[0].line
        self.emit("list", subject, place, line, items=[Item(name) for name in names])
        return True

    def lead(self, run: Sequence[Node], quiet: Sequence[Node], place: Place, subject: str) -> bool:
        """One statement, then sub-topics: the statement defines the heading (see
        :mod:`examgen.notes.leads`)."""
        node = lead_statement(run, quiet) if subject else None
        if node is None or getattr(self, "in_title", False):
            return False
        line = getattr(self, "heading_line", 0)
        line = line if node.line - line <= 4 else node.line
        self.emit("definition", subject, place, line, text=node.text, tags=node.tags)
        return True

    def elaborate(self, run: Sequence[Node], quiet: Sequence[Node], subject: str) -> bool:
        """The heading's defining paragraph, then bullets that are each a sentence of Chinese
        prose and say nothing of their own: they go on explaining the term (they join its
        definition), they are no list of it."""
        if len(quiet) != len(run) or any(node.children for node in run):
            return False
        texts = [node.text for node in run]
        if not all(has_cjk(text) and is_sentence(text) for text in texts):
            return False
        key = normalize_subject(subject)
        drafts = self.drafts
        for position in range(len(drafts) - 1, -1, -1):
            if drafts[position].kind == "definition" and drafts[position].key == key:
                said = "；".join(text.rstrip("。；;") for text in texts)
                text = f"{drafts[position].text.rstrip('。；; ')}；{said}"
                drafts[position] = drafts[position]._replace(text=text)
                return True
        return False

    def loose_paragraph(self, paragraph: Node, place: Place, parent: str) -> None:
        """A paragraph under a heading that is not its first: a label, a ``term:definition``,
        a bold-led or "is called" definition, or noise."""
        if not paragraph.text:
            return
        if paragraph.children:
            self.labelled_list(paragraph, place, parent)
            return
        head = parse_head(paragraph.text)
        symbol, meaning = legend(paragraph.text)
        if symbol:
            self.emit("definition", symbol, place, paragraph.line, text=meaning)
        elif head.how == "label":
            if not self.label_sentences(paragraph, place, parent):
                self.skip(paragraph.line, f"label with nothing under it: {paragraph.text}")
        elif head.how in ("colon", "paren") and head.termlike:
            self.statement(paragraph, head, head.term, place)
            if head.how == "colon" and head.gloss:  # `哈希索引：…。其优点是…`
                self.defining(paragraph._replace(text=head.gloss), place, head.term, head.term)
        elif not self.prose(paragraph, place) | self.defining(paragraph, place, parent):
            self.skip(paragraph.line, f"paragraph without a term: {paragraph.text[:40]}")

    def table(self, node: Node, place: Place, subject: str) -> None:
        """A two-column table: a definition per row; a grid: a ``table`` fact."""
        if len(node.cells) < 2:
            self.skip(node.line, "table without rows")
            return
        head, rows = node.cells[0], [row for row in node.cells[1:] if any(row)]
        width = len(head)
        if width == 2:
            for offset, row in enumerate(rows, start=2):
                term, text = (*row, "", "")[:2]
                if term and text and is_term(term):
                    self.emit("definition", term, place, node.line + offset, text=text)
                else:
                    self.skip(node.line + offset, f"table row without a term: {term or text}")
            return
        columns = tuple(head)
        compared = [cell for cell in head[1:] if cell]
        every = "".join(cell for row in node.cells for cell in row)
        joiner = " 与 " if any(ord(char) > 0x2E80 for char in every) else " vs. "
        title = joiner.join(compared) if 2 <= len(compared) <= 4 else subject
        fixed = tuple(tuple((row + ("",) * width)[:width]) for row in rows)
        self.emit(
            "table",
            title or subject or "table",
            place,
            node.line,
            columns=columns,
            rows=fixed,
        )

    def ordered(self, subject: str) -> bool:
        return says_order(subject)
