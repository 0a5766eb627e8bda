"""Paragraphs: the definitions and lists a section's running text and labels state (items
that are whole sentences: :mod:`examgen.notes.sentence_items`).

:class:`ParagraphReader` is the paragraph-level half of what
:class:`examgen.notes.sections.SectionReader` reads under a heading:

* a paragraph led by a bold phrase (``**Term** is …``), or a sentence saying ``… is called
  **Term**``, defines that term; ``$x$ is the **name**`` defines the name by the math;
* a bold term left hanging (``The **odds** of A are``) is defined by the formula after it;
* a label (``**Union:** for disjoint A and B:``) or a caption is defined by the paragraph
  after it; a clause label names its list by the noun phrase in it;
* sentences of running text state definitions and lists (:mod:`examgen.notes.prose`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from examgen.model import Item
from examgen.notes.anaphora import pointing_subject, summary_of
from examgen.notes.clauses import (
    called_term,
    clause_subject,
    counted_subject,
    defining_sentence,
    has_list_cue,
    is_clause,
    list_title,
    quantified_subject,
    split_last_sentence,
)
from examgen.notes.draft import Place, normalize_subject
from examgen.notes.evaluations import defined_after_rating
from examgen.notes.formulas import announced_noun, formula_lines
from examgen.notes.inclusions import inclusion
from examgen.notes.prose import only_lists, read_prose, resolve_possessive
from examgen.notes.qualify import qualify
from examgen.notes.sentences import has_cjk, split_sentences
from examgen.notes.shapes import heading_term, is_bare, is_math_only, is_remark
from examgen.notes.terms import is_term, parse_head, says_order
from examgen.notes.tree import Node

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z*\"“(])|(?<=[。！？；])")
_LEAD_VERB = re.compile(
    r"^\s*(?:\([^)]{1,80}\)\s*,?\s*)?(?:,\s*)?(?:is|are|was|were|refers?\s+to|means|describes?|"
    r"[:：—–-]|是|指|即|为)",
    re.IGNORECASE,
)
# `**Process S** is …`, `**缓存**是一类…`: the copula after a bold term is no part of what
# defines it (`是否…` asks, `是非` is a word: they stay).
_COPULA = re.compile(r"^(?:(?:is|are|was|were)\s+|(?:就是|是指|指的是|是(?![否非]))(?=\S))")
_LEAD_GLOSS = re.compile(r"^\s*(\([^)]{1,80}\)|（[^）]{1,40}）)")
_TRAILING = " :：,，.。;；-—–"
_SETTING_LEAD = re.compile(r"^(?:in|for)\s+(?:the\s+|an?\s+)?", re.IGNORECASE)
_ZH_CLAUSE = re.compile(r"[，,；;]")
_THIS = re.compile(r"^(?:this|that|it|these|those)\s+(?:is|are)\s", re.IGNORECASE)
# A sentence left hanging for the formula after it: `… of A given B is`, `… is given by:`.
_DANGLING = re.compile(r"\s*(?:\b(?:is|are|equals?|is\s+given\s+by|as|by)\s*[:：]?|[=:：])\s*$")


def _as_aspect(term: str, place: Place) -> str:
    """``#### Formula`` under ``## Conditional probability``: a formula there for the section's
    own term is that aspect of it (``Conditional probability Formula``), beside its
    definition; other terms stay as they are."""
    if len(place.section) < 2:
        return term
    aspect, owner = heading_term(place.section[-1]), heading_term(place.section[-2])
    if not is_bare(aspect) or normalize_subject(term) != normalize_subject(owner):
        return term
    return qualify(aspect, owner)


class ParagraphReader:
    """The paragraph-level shapes of :class:`examgen.notes.facts._Extractor` (a mixin, like
    :class:`examgen.notes.sections.SectionReader`: it uses the extractor's ``emit``, ``skip``,
    ``drafts``, ``members`` and ``member_list``)."""

    def formula_after(
        self, paragraph: Node, content: Sequence[Node], index: int, place: Place
    ) -> bool:
        """``The **odds** of A are`` or ``…, we get **Bayes' rule**.`` and a formula on its
        own after it: the formula defines the bold term."""
        if index >= len(content) or not paragraph.strong or paragraph.children:
            return False
        if paragraph.is_label:
            return False  # `**Union:** for disjoint A and B:` is read by label_prose
        following = content[index]
        if following.kind != "paragraph" or following.children:
            return False
        if not is_math_only(following.text):
            return False
        text = paragraph.text.strip()
        term, rest = self.lead_term(text, paragraph.strong)
        dangling = _DANGLING.search(rest) if term else None
        if dangling:
            qualifier = rest[: dangling.start()].strip(_TRAILING)
            meaning = f"{following.text} ({qualifier})" if qualifier else following.text
        else:
            term = paragraph.strong[-1].strip(_TRAILING)
            if not term or not text.rstrip(_TRAILING + "*_").endswith(term) or not is_term(term):
                return False
            meaning = following.text
        term = _as_aspect(term, place)
        self.emit("definition", term, place, paragraph.line, text=meaning, tags=paragraph.tags)
        return True

    def label_sentences(self, label: Node, place: Place, subject: str) -> bool:
        """The sentences before a label's last (``X由A和B组成。结果如下：``) state facts too."""
        before, _last = split_last_sentence(label.text)
        if has_cjk(label.text):
            # `间隙锁的缺点在于…，示例如下：`: a Chinese label's clauses say things too.
            before = label.text.rstrip(":：")
        opening = label._replace(text=before, children=())
        return bool(before) and self.defining(opening, place, subject, subject)

    def label_prose(
        self, label: Node, content: Sequence[Node], index: int, place: Place, parent: str
    ) -> bool:
        """``**Union:** for disjoint A and B:`` and the paragraph after it: a definition of the
        label's term by that paragraph (a formula, usually)."""
        if index >= len(content) or content[index].kind != "paragraph":
            return False
        following = content[index]
        if following.children or following.is_label or not following.text:
            return False
        if self.formula_list(label, following, place, parent):
            return True
        lead = label.strong[0].strip(_TRAILING) if label.strong else ""
        if lead and label.text.startswith(lead) and is_term(lead):
            term = lead
        else:
            term = self.clause_label(label, parent)
        if not term or is_remark(term):  # `…，示例如下：` + a paragraph: not its definition
            return False
        self.emit("definition", term, place, label.line, text=following.text, tags=label.tags)
        return True

    def formula_list(self, label: Node, formulas: Node, place: Place, parent: str) -> bool:
        """``… when they meet the below conditions:`` over display math with a relation per
        line: the list of those relations, named by the section when it names them."""
        lines = formula_lines(formulas.text)
        noun = announced_noun(label.text) if lines else ""
        if not noun:
            return False
        subject = noun
        if parent:
            subject = parent if noun.casefold() in parent.casefold() else f"{noun} of {parent}"
        items = [Item(line) for line in lines]
        self.emit("list", subject, place, label.line, items=items, tags=label.tags)
        return True

    def caption_prose(
        self, caption: Node, content: Sequence[Node], index: int, place: Place
    ) -> bool:
        """A caption line (``反射律(Reflexivity)``) with a paragraph on the very next line (a
        statement set in a box): a definition of the caption by that statement."""
        if index >= len(content) or caption.children or caption.is_label:
            return False
        following = content[index]
        if following.kind != "paragraph" or following.line != caption.line + 1:
            return False
        if parse_head(following.text).how in ("colon", "label"):
            return False  # lines of one paragraph, each a `term：text` of its own
        head = parse_head(caption.text)
        if head.how not in ("plain", "paren") or not head.termlike or following.children:
            return False
        self.emit("definition", caption.text, place, caption.line, text=following.text)
        return True

    def prose(self, paragraph: Node, place: Place) -> bool:
        """Definitions in running text: a bold phrase leading a sentence, or a bold phrase
        the sentence says something ``is called``. True when any was found."""
        found = self.symbols(paragraph, place)
        if not paragraph.strong:
            return False
        sentences = [
            part for part in split_sentences(_SENTENCE, paragraph.text) if part and part.strip()
        ]
        for number, raw in enumerate(sentences):
            sentence = raw.strip()
            term, rest = self.lead_term(sentence, paragraph.strong)
            if term:
                after = sentences[number + 1 :]
                rated = defined_after_rating(rest, after)
                if rated:  # `**X** are important for … They are bursts of …`: what X is
                    rest, after = rated, after[1:]
                # The first sentence's term is explained by the whole paragraph.
                body = " ".join([rest, *after]) if number == 0 else rest
                self.emit(
                    "definition",
                    term,
                    place,
                    paragraph.line,
                    text=body.lstrip(_TRAILING + " ") or sentence,
                    images=paragraph.images,
                    tags=paragraph.tags,
                )
                found = True
                continue
            called = called_term(sentence)
            if called and is_term(called) and any(called in phrase for phrase in paragraph.strong):
                # `… depends on information. This is called conditional probability`: what
                # `this` is was said in the sentence before.
                said = sentences[number - 1].strip() if number and _THIS.match(sentence) else ""
                self.emit("definition", called, place, paragraph.line, text=said or sentence)
                found = True
        return found

    def symbols(self, node: Node, place: Place) -> bool:
        """``where $0 < \\beta \\leq 1$ is the **short-term discount factor**``: the bold
        name is defined by the math naming it. True when any was found."""
        found = False
        for phrase in node.strong if "$" in node.text else ():
            name = phrase.strip(_TRAILING)
            named = re.search(
                r"(\$[^$]+\$)\s+(?:is|are|denotes|represents)\s+(?:the\s+|an?\s+)?"
                + re.escape(name)
                + r"(?![\w-])",
                node.text,
            )
            if named and is_term(name):
                self.emit("definition", name, place, node.line, text=named.group(1))
                found = True
        return found

    @staticmethod
    def names_more(paragraph: Node, subject: str) -> bool:
        """Whether the paragraph opens by defining a fuller name of the heading's term
        (``#### insomnia`` / ``Chronic insomnia is a …``): that definition stands instead."""
        first = split_sentences(_SENTENCE, paragraph.text, 1)[0]
        term, _rest = defining_sentence(first.strip())
        key, heading = normalize_subject(term), normalize_subject(subject)
        if term and has_cjk(term) and len(key) >= 2 and key in heading and key != heading:
            return True  # `### 管理环境的构成` / `环境是指…`: the paragraph defines 环境
        return (bool(term) and heading in key and key != heading) or only_lists(
            paragraph.text, subject
        )

    @staticmethod
    def opens_with_members(paragraph: Node) -> bool:
        """Whether the paragraph opens by naming a category's members (``日志包括A、B和C。``):
        that list stands, it is no definition of the heading."""
        first = split_sentences(_SENTENCE, paragraph.text, 1)[0].strip()
        return has_cjk(first) and bool(inclusion(first)[0])

    def defining(self, paragraph: Node, place: Place, parent: str, besides: str = "") -> bool:
        """Facts stated in the sentences of running text (see :mod:`examgen.notes.prose`):
        ``An event is a subset of the sample space.``, ``索引是一种数据结构``, ``缺点是…`` (a
        bare term takes its parent), ``…该过程称为地址转换``, ``X包括A、B和C``. ``besides`` is a
        subject already defined by this paragraph."""
        found = False
        seen = {normalize_subject(besides)} if besides else set()
        for draft in reversed(self.drafts):  # what this paragraph already gave
            if draft.line != paragraph.line:
                break
            seen.add(draft.key)
        listed: set[str] = set()
        for said in read_prose(paragraph.text, parent, paragraph.strong):
            key = normalize_subject(said.subject)
            if said.kind == "definition" and (key in seen or not said.text):
                continue
            if said.kind == "definition" and besides and _restates(said.subject, besides):
                continue  # `#### Compliment of a set` / `The complement of set A is …`: one term
            if said.kind != "definition" and key in listed:
                continue
            second = key in seen  # `X是…，它由A和B组成`: the list of a defined X
            seen.add(key)
            if said.kind != "definition":  # a list, or a sequence the sentence puts in order
                listed.add(key)
                items = [Item(member) for member in said.items]
                kind = "sequence" if said.kind == "sequence" else "list"
                self.emit(
                    kind,
                    said.subject,
                    place,
                    paragraph.line,
                    items=items,
                    second=second,
                    label=said.label or None,
                )
            else:
                text = said.text.rstrip("。；;")
                owner = said.owner or None  # whose a label is ("critical measure": the PVT's)
                line = paragraph.line
                self.emit("definition", said.subject, place, line, text=text, parent=owner)
            found = True
        # Clause by clause: `X包括A、B和C` (a category and its members).
        for raw in split_sentences(_SENTENCE, paragraph.text):
            if not raw or not raw.strip():
                continue
            clauses = _ZH_CLAUSE.split(raw) if has_cjk(raw) else [raw]
            for index, clause in enumerate(clauses):
                before = clauses[index - 1] if index else ""
                if self.included(clause, before, place, paragraph.line, seen, listed):
                    found = True
                    continue
        return found

    def included(
        self,
        clause: str,
        before: str,
        place: Place,
        line: int,
        seen: set[str] | None = None,
        listed: set[str] | None = None,
    ) -> bool:
        """``系统日志包括A、B和C``: a list of the category's members (a sequence when the
        category names an order). ``seen`` holds subjects this text already defined."""
        subject, members = inclusion(clause, before)
        if not subject or not is_term(subject):
            return False
        if listed is not None and normalize_subject(subject) in listed:
            return True  # the sentence reader listed it already
        kind = "sequence" if says_order(subject) else "list"
        second = normalize_subject(subject) in (seen or set())
        items = [Item(member) for member in members]
        self.emit(kind, subject, place, line, items=items, second=second)
        return True

    @staticmethod
    def lead_term(sentence: str, strong: Sequence[str]) -> tuple[str, str]:
        """(term, the rest) when the sentence starts with a bold phrase that is a term followed
        by a verb or a separator (``**Caffeine** blocks …``, ``**Process S** is …``)."""
        for phrase in strong:
            bare = phrase.strip(_TRAILING)
            lead = sentence.lstrip("*_ ")
            setting = _SETTING_LEAD.match(lead)
            if setting and lead[setting.end() :].lstrip("*_").startswith(bare):
                # `In **sparse kernel machines**, training uses a few points`: what holds in
                # the bold thing is what it is (the comma after it is required).
                after = lead[setting.end() :].lstrip("*_")[len(bare) :].lstrip("*_ ")
                if after.startswith((",", "，")):
                    lead = lead[setting.end() :].lstrip("*_")
            for article in ("The ", "the ", "A ", "An "):
                if lead.startswith(article + bare):
                    lead = lead[len(article) :]
            if not bare or not lead.startswith(bare) or not is_term(bare):
                continue
            rest = lead[len(bare) :]
            gloss = _LEAD_GLOSS.match(rest)
            term = bare
            if gloss:
                term = f"{bare} {gloss.group(1)}"
                rest = rest[gloss.end() :]
            rest = rest.lstrip(_TRAILING + " ")
            if rest[:1] in ("則", "则"):
                continue  # `**A由一个属性组成**，则…`: a condition, not a term
            if rest and (_LEAD_VERB.match(rest) or rest[0].islower() or ord(rest[0]) > 0x2E80):
                rest = _COPULA.sub("", rest)
                return term, rest
        return "", ""

    def clause_label(self, label: Node, parent: str) -> str:
        """The subject of a label's list: its term, or the noun phrase of a clause."""
        head = parse_head(label.text)
        term = list_title(head.term if label.is_label else label.text)
        pointed = pointing_subject(term) if has_cjk(term) else ""
        if pointed:
            return pointed  # `…每次都写盘，但这么做会导致两个问题：`: the problems of that
        summed = summary_of(split_last_sentence(term)[1], parent)
        if summed:
            return summed  # `…。总地来说：` over points: the section's points, summed up
        counted = self.counted(label, term)
        if counted:
            return counted
        picked = quantified_subject(term)
        if picked and is_term(picked):
            # `Certain regions of the brain play key roles in X:` names the regions it picks.
            return picked
        if is_term(term) and not is_clause(term):
            # A label (`作用:`) is an aspect of its parent; a caption names a thing of its own.
            if parent and (label.is_label or is_bare(term)):
                return qualify(term, parent)
            return term
        if not label.is_label and parent and has_cjk(term) and not has_list_cue(term):
            # `层数越多时，越有利于更新` over bullets giving the reasons: a statement about
            # the section, which names what the bullets belong to.
            return parent
        phrase = resolve_possessive(clause_subject(term), term, parent)
        if parent and has_cjk(phrase) and phrase.endswith("的") and len(phrase) > 2:
            phrase += parent  # `…。常见的有：` under `缓存`: 常见的缓存, not a dangling 常见的
        if phrase and is_term(phrase):
            # `…的组织。其特点包括：` under `非营利组织`: the aspect of the parent.
            return qualify(phrase, parent) if parent and is_bare(phrase) else phrase
        return parent or phrase or term

    def counted(self, label: Node, text: str) -> str:
        """``X has three parts:`` (or ``It has three parts:`` after a bold-led sentence
        about X): the list is the parts of X."""
        before, last = split_last_sentence(text)
        lead = ""
        if before and label.strong:
            lead, _rest = self.lead_term(before, label.strong)
        return counted_subject(last, lead)


def _restates(subject: str, heading: str) -> bool:
    """Whether a sentence's subject is the heading's term written again, a letter or a word
    off (``complement of set A`` under ``Compliment of a set``)."""
    return SequenceMatcher(None, subject.casefold(), heading.casefold()).ratio() >= _RESTATED


_RESTATED = 0.8
