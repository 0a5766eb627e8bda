"""The run of blocks right under a heading, read as the heading's own: its list (plain
members, named topics, captions over their notes, kinds), its statement or account told in
bullets, a lead statement over sub-topics, and the heading-level predicates these use
(:func:`titled_gloss`, :func:`is_plural`, :func:`chained_steps`, first paragraphs that are not
about the heading, lead-ins and criteria naming the list after them).

:class:`HeadingRunReader` is the mixin :class:`examgen.notes.sections.SectionReader` extends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.model import Item
from examgen.notes.clauses import (
    defining_sentence,
    is_passage,
    is_sentence,
    split_last_sentence,
)
from examgen.notes.comparisons import alternatives
from examgen.notes.dangling import is_open
from examgen.notes.draft import Place, normalize_subject
from examgen.notes.item_shapes import describes
from examgen.notes.leads import kind_members, lead_statements
from examgen.notes.names import says_something
from examgen.notes.paragraphs import _SENTENCE, ParagraphReader
from examgen.notes.qualify import shares_word
from examgen.notes.sentences import has_cjk, split_sentences
from examgen.notes.shapes import (
    ends_with_aspect,
    is_bare,
    is_math_only,
    is_numbering_only,
    is_remark,
)
from examgen.notes.terms import (
    arrow_steps,
    is_term,
    parse_head,
    says_order,
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
    noun = _HEAD_NOUN_END.split(heading.strip(), maxsplit=1)[0]
    # Every plural ends in `s` (`$` also before a last newline); the pattern is tried at
    # every position, so only such a noun is asked.
    return noun.endswith(("s", "s\n")) and _PLURAL.search(noun) is not None


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
    first = split_sentences(_SENTENCE, text, 1)[0].strip()
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


# `This is frequently accompanied by` + bullets: a sentence ending in a preposition or a
# colon, left open for the list.
_OPEN_END = re.compile(r"(?:\s(?:by|of|with|to|as|include|includes|like)|[:：])\s*$", re.IGNORECASE)


def hanging_label(text: str) -> str | None:
    """The last sentence of a paragraph when it is left open for the list after it (``This
    is frequently accompanied by``; ``利用已知的相依性,推導出``, whose object the members are),
    as the list's label; None otherwise."""
    last = split_last_sentence(text)[1].strip()
    # A Chinese sentence is open by its verb (`推導出`, `包括`), seldom by a preposition: the
    # list completes it just as the definition read from it does (notes.dangling), and the
    # relation the verb says is the list's, not membership of the heading's kind.
    cut = bool(last) and has_cjk(last[-1]) and is_open(last)
    if not last or not (cut or _OPEN_END.search(last)) or (len(last.split()) < 3 and len(last) < 6):
        return None
    return last.rstrip(":： ")


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


_CONSEQUENCE = re.compile(r"^(?:therefore|hence|thus|consequently|so)\b", re.IGNORECASE)


class HeadingRunReader(ParagraphReader):
    """The heading-run shapes of :class:`examgen.notes.sections.SectionReader` (a mixin: it uses
    the extractor's ``emit``, ``member_list``, ``defined`` and ``drafts``, and the paragraph
    reader's ``lead_term``)."""

    def before_bold(self, paragraph: Node) -> Node | None:
        """``#### seizures`` / ``Stage 2 is marked by … **Spikes** are bursts …``: the
        sentences before the first one led by a bold term still speak of the heading (the
        bold-led ones were read as definitions of their own); None when the paragraph opens
        with its bold term."""
        sentences = [
            part.strip() for part in split_sentences(_SENTENCE, paragraph.text) if part.strip()
        ]
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
        label: str | None = None,
    ) -> bool:
        """A first list of plain members directly under a heading: the heading's list
        (``label``: the lead-in sentence left hanging for it, see :func:`hanging_label`)."""
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
        summed = alternatives(run[0].text) if not run[0].children else []
        if summed and all(node.children for node in run[1:]) and all(map(is_term, summed)):
            # `Edge or Non-Edge`, then `An Edge Port` with its notes: the first line sums the
            # kinds up; the topics after it are notes on them, not more members.
            names = [(Item(name), run[0]) for name in summed]
        return self.member_list(
            subject,
            subject,
            names,
            first,
            place,
            pin=None,
            second=defined,
            unordered=unordered,
            label=label,
        )

    def heading_account(self, run: Sequence[Node], place: Place, subject: str, line: int) -> bool:
        """``#### naive student's behavior`` over bullets that are English sentences about it
        (``Keeps delaying the task.`` / ``Delay can be costly.``): what it is or does, told in
        sentences, like a term over such bullets; no list to recall. A plural heading or one
        that says order keeps its list, and so does a heading already defined."""
        if has_cjk(subject) or is_plural(subject) or says_order(subject):
            return False
        # `Therefore use an iterative method` after `No closed form`: one bullet draws on the
        # one before, an argument (its `Good news: …` remark is part of it), not members.
        argued = len(run) >= 2 and any(_CONSEQUENCE.match(node.text) for node in run[1:])
        if any(
            node.children
            or node.numbered
            or has_cjk(node.text)
            or is_passage(node.text)
            or (
                parse_head(node.text).how != "plain"
                and not (argued and is_remark(parse_head(node.text).term))
            )
            for node in run
        ):
            return False  # numbered: events in order; passages: an account; `Note: …`: members
        if not (argued or describes(run)):
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
        opening = lead_statements(run, quiet) if subject else []
        if not opening or getattr(self, "in_title", False):
            return False
        if len(opening) > 1 and says_order(subject):
            return False  # `### Boot process` over points, then topics: its steps stay a list
        node = opening[0]
        line = getattr(self, "heading_line", 0)
        line = line if node.line - line <= 4 else node.line
        said = "; ".join(node.text.rstrip(".;") for node in opening)
        text = node.text if len(opening) == 1 else said
        self.emit("definition", subject, place, line, text=text, tags=node.tags)
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
