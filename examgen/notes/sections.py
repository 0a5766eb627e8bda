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
:class:`examgen.notes.paragraphs.ParagraphReader`; the run of blocks right under a heading (its
list, statement, lead) by :class:`examgen.notes.heading_runs.HeadingRunReader`, which
:class:`SectionReader` extends.
"""

from __future__ import annotations

from collections.abc import Sequence

from examgen.model import FactKind, Item
from examgen.notes.clauses import (
    counted_subject,
    is_sentence,
    split_last_sentence,
)
from examgen.notes.comparisons import alternatives_named, other_differences_named, table_title
from examgen.notes.dangling import settled
from examgen.notes.draft import Place
from examgen.notes.heading_runs import (
    HeadingRunReader,
    _criteria,
    _lead_in,
    _not_about_heading,
    _plain_paragraph,
    chained_steps,
    hanging_label,
    is_plural,
    titled_gloss,
)
from examgen.notes.leads import statements_of_their_own
from examgen.notes.names import one_name
from examgen.notes.prose import read_prose
from examgen.notes.qualify import qualify
from examgen.notes.sentences import has_cjk
from examgen.notes.settings import default_of, setting_name
from examgen.notes.shapes import (
    heading_term,
    is_bare,
    is_example_heading,
    legend,
    names_a_pair,
    names_notes,
)
from examgen.notes.statements import generic_statement
from examgen.notes.terms import (
    is_term,
    parse_head,
    says_order,
)
from examgen.notes.tree import Node
from examgen.notes.whereas import whereas_table


class SectionReader(HeadingRunReader):
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

    def lessons(self, nodes: Sequence[Node], place: Place) -> None:
        """``A patient saver always keeps to her plan.`` among a worked example's items: what
        any such thing does, the lesson the example teaches (its other items are its data)."""
        for node in nodes:
            term, rest = generic_statement(node.text) if node.kind == "item" else ("", "")
            if term and not node.children:
                self.emit("definition", term, place, node.line, text=rest, tags=node.tags)

    def section(self, heading: Node, place: Place, parent: str) -> None:
        """One heading: its term, then what it owns."""
        term = one_name(heading_term(heading.text))
        if is_example_heading(heading.text):
            self.skip(heading.line, f"worked example: {heading.text}")
            self.lessons(heading.children, place)
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
        if all(node.kind == "paragraph" and not node.children for node in content):
            grid = whereas_table(subject, [node.text for node in content])
            if grid is not None:  # `### A vs. B` over "… of A …, whereas B …" sentences
                self.emit("table", subject, place, heading_line, columns=grid[0], rows=grid[1])
                return
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
                    or self.heading_list(
                        run,
                        members,
                        place,
                        subject,
                        defined,
                        first_run,
                        label=hanging_label(before.text)
                        if before and before.kind == "paragraph"
                        else None,
                    )
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
                node = settled(node, content, index)
                if not node.text:
                    continue  # only the title of the list after it
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
                elif node.children and self.other_differences(
                    node, content[index - 2 : index - 1], place
                ):
                    listed = True
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
                elif self.setting_default(node, content[index - 2 : index - 1], place):
                    pass
                else:
                    self.loose_paragraph(node, place, parent)

    def other_differences(self, label: Node, before: Sequence[Node], place: Place) -> bool:
        """``其他区别有：`` (``Other differences:``) right after a table comparing A and B: the
        list of the other differences of A and B, not of the section's thing."""
        if not before or before[0].kind != "table" or not label.is_label:
            return False
        named = other_differences_named(label.text, table_title(before[0]))
        if not named:
            return False
        members = self.members(label.children, place, named)
        return self.member_list(named, named, members, label, place, pin=label.anchor, second=False)

    def setting_default(self, paragraph: Node, before: Sequence[Node], place: Place) -> bool:
        """``MySQL 5.7起默认值为1。`` right after a label naming a parameter over its values:
        the default of that parameter (``sync_binlog 的默认值``)."""
        if paragraph.children or not before or not before[0].children:
            return False
        name = setting_name(before[0].text)
        subject = default_of(name, paragraph.text) if name else ""
        if subject:
            text = paragraph.text.rstrip("。.")
            self.emit("definition", subject, place, paragraph.line, text=text, tags=paragraph.tags)
        return bool(subject)

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
        title = table_title(node) or subject
        fixed = tuple(tuple((row + ("",) * width)[:width]) for row in rows)
        self.emit(
            "table",
            title or subject or "table",
            place,
            node.line,
            columns=columns,
            rows=fixed,
        )
        self.cell_lists(node.line, columns, fixed, place)

    def cell_lists(
        self,
        line: int,
        columns: Sequence[str],
        rows: Sequence[Sequence[str]],
        place: Place,
    ) -> None:
        """A grid's cell that lists parts (``表信息分为3个文件：A、B和C`` under ``MyISAM``): the
        list of the column's thing (``MyISAM 表信息分为3个文件``)."""
        for offset, row in enumerate(rows, start=2):
            for column, cell in zip(columns[1:], row[1:], strict=False):
                if not column or not cell or not has_cjk(cell):
                    continue
                for said in read_prose(cell, column):
                    if said.kind == "list" and len(said.items) >= 2:
                        items = [Item(member) for member in said.items]
                        subject = qualify(said.subject, column)
                        self.emit("list", subject, place, line + offset, items=items)

    def ordered(self, subject: str) -> bool:
        return says_order(subject)
