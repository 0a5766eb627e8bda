"""Open lists: members the notes give as examples, not all of them.

"Signalling protocols such as DTP, VTP, CDP, or LACP", "A LAG can be access, trunk, tunnel,
L3 etc", "常见的协议有TCP、UDP、ICMP等", a lead-in ``例如：`` or ``包括但不限于：`` over bullets,
a last bullet ``…``: the list is still a list, but not a closed set, so a card may not count
it and a question may not ask for all of it or for the one that is not in it. A pass after
extraction marks such lists ``open`` (``Draft.open``, ``Fact.open``).

Where the members are read from the text of the node at the list's line (a sentence), the
marks are looked for in that sentence only: an example mark before its first member (``such
as``, ``e.g.``, ``例如``) or an "and more" mark after its last (``etc``, ``…``, ``等`` not
followed by a count: ``A、B、C等三种`` closes the list). Where the members are the bullets
under that node, its own text is the lead-in, and the last bullet may be the mark itself.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from examgen.model import Diagnostic, Item
from examgen.notes.draft import Draft
from examgen.notes.node_lines import NodeLines
from examgen.notes.sentences import sentence_stops
from examgen.notes.terms import _lowered
from examgen.notes.tree import Node

#: Marks before the first member saying the members are examples (see :func:`_leads`).
_LEAD_EN = re.compile(
    r"\bsuch\s+as\b|\be\.g\.|\bfor\s+(?:example|instance)\b|\bnot\s+limited\s+to\b"
    r"|\blike\s*:?\s*$|\bexamples?\s+(?:include|are)\b"
    # A lead-in saying there are several or many: "has several modes:", "various tools:".
    r"|\b(?:several|various|numerous|many)\b",
    re.IGNORECASE,
)
_LEAD_ZH = re.compile(
    r"例如|比如|譬如|诸如|諸如|举例|舉例|不限于|不限於|[^例比譬诸諸假]如[:：]\s*$"
    # "有多种方式：", "常用的几种工具：": some kinds of many, however many follow. Not "多个"
    # ("pod中多个容器共享的…" counts containers, not members) nor "各类", "各种" ("各种因素"
    # in a definition before a closed division).
    r"|[多几幾](?:种|種|类|類)|若干"
)
#: A word (lower case) or a character each English or each Chinese mark holds.
_LEAD_EN_WORDS = ("such", "e.g.", "for", "not", "like", "example", "several", "various",
                  "numerous", "many")  # fmt: skip
_LEAD_ZH_CHARACTERS = ("如", "例", "限", "多", "几", "幾", "若")
# One search for any of them (a class is scanned for at C speed; `any` over `in` tests made
# a generator per text).
_LEAD_ZH_CHARACTER = re.compile(f"[{''.join(_LEAD_ZH_CHARACTERS)}]")
_LEAD_EN_WORD = re.compile("|".join(re.escape(word) for word in _LEAD_EN_WORDS))
#: A line above a list (in its section, with no other list between, naming the list's kind)
#: saying there are many of a kind: "攻击手段有很多种，常见的有：", "There are many kinds of
#: …": the list is a sample.
_MANY_ZH = re.compile(
    r"(?:很多|许多|許多|众多|眾多|诸多|諸多|多)(?:种|種|类|類)"
    r"|种类(?:繁多|很多|众多)|種類(?:繁多|很多|眾多)|多种多样|多種多樣|各种各样|各種各樣"
    r"|不胜枚举|不勝枚舉|数不胜数|數不勝數"
)
_MANY_EN = re.compile(
    r"\b(?:many|numerous|various|several|countless)\s+(?:kinds|types|forms|sorts|ways|varieties)\b"
    r"|\bthere\s+are\s+(?:many|numerous|countless)\b|\ba\s+(?:wide\s+)?(?:variety|range)\s+of\b",
    re.IGNORECASE,
)
#: A character every Chinese mark of :data:`_MANY_ZH` holds one of, and a word every English
#: mark holds one of (lower case): a line with neither is not searched (the English pattern,
#: opening with ``\b``, is tried at every character; most lines say nothing of the kind).
_MANY_ZH_CHARACTER = re.compile("[多种種各不]")
_MANY_EN_WORD = re.compile("many|numerous|various|several|countless|there|variety|range")


def _says_many(text: str) -> bool:
    """Whether ``text`` says there are many of a kind (:data:`_MANY_ZH`, :data:`_MANY_EN`).
    The English marks are looked for in the text lowered as the caseless pattern compares
    letters (:func:`examgen.notes.terms._lowered`), so a text whose lowered form holds no
    word of theirs cannot match them."""
    if _MANY_ZH_CHARACTER.search(text) and _MANY_ZH.search(text):
        return True
    return _MANY_EN_WORD.search(_lowered(text)) is not None and _MANY_EN.search(text) is not None


#: How many lines above a list's line a line saying there are many is read.
MANY_REACH = 12


def _leads(text: str) -> bool:
    """Whether ``text`` holds a mark saying examples follow. One pattern of every mark was
    tried at each character of every lead-in (the slowest search of the extraction): each
    family is searched only when the text has a character or word all of its marks hold
    (a text lowered as the caseless pattern compares letters has a word of an English mark
    whenever the mark, ignoring case, could match)."""
    if _LEAD_ZH_CHARACTER.search(text) and _LEAD_ZH.search(text):
        return True
    # Lowered as the caseless pattern compares letters (`ſ` an `s`, `İ` an `i`), any text,
    # not only an ASCII one: most lead-ins are Chinese and hold no English mark.
    if _LEAD_EN_WORD.search(_lowered(text)) is None:
        return False
    return _LEAD_EN.search(text) is not None


#: A count of the members in the words before them ("has four layers", "有三种"); an English
#: figure is no count ("Layer 2 devices such as …").
_COUNT = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]"
    r"|[\d两兩二三四五六七八九十]+\s*(?:种|種|个|個|项|項|类|類|点|點|大|部分|层|層|步)",
    re.IGNORECASE,
)
#: Marks after the last member saying there are more. ``等`` followed by a count (``等三种``)
#: or forming a word (``等级``, ``等于``) does not.
_TAIL = re.compile(
    r"^[\s,，、]*(?:etc\b|and\s+so\s+(?:on|forth)\b|and\s+(?:many\s+)?(?:more|others)\b"
    r"|among\s+others\b|\.{3}|…|等等|之类|之類"
    r"|等(?![\d一二三两兩四五六七八九十几幾级級于於同价價效待候]))",
    re.IGNORECASE,
)
#: A last bullet that only says "and more" (one ending in ``等等`` says its own content is
#: open, not the list: ``滚动升级、服务回滚等等`` is one advantage of six).
_MORE_BULLET = re.compile(
    r"^(?:\.{3,}|…+|etc\.?|and\s+so\s+on\.?|and\s+more\.?|等等[。.]?)$",
    re.IGNORECASE,
)
#: A last bullet, one name, ending in "and more": ``防火墙等``, ``Kafka etc.``, ``Redis…``.
#: Not ``平等``, ``相等``, ``中等``: words ending in 等. One holding an enumeration of its own
#: (``滚动升级、服务回滚等等``) says its own content is open (see above).
_ENDS_MORE = re.compile(
    r"(?:(?<![平对對相同高初中上下均次优優劣何])等等?|之类|之類|\betc\.?|\.{3,}|…+)[。.]?$",
    re.IGNORECASE,
)
#: What makes a bullet an enumeration of its own.
_ENUMERATION = re.compile(r"[、,，;；]")
#: A member that only says "and more".
_ETC = re.compile(r"^(?:etc\.?|and\s+so\s+on\.?|等等|\.{3,}|…+)$", re.IGNORECASE)
#: How many nodes after a list's line its members are looked for.
_REACH = 256
#: An example mark the extraction left at the start of the first member.
_LEADING_MARK = re.compile(
    r"^(?:e\.\s?g\.|eg\.|for\s+(?:example|instance)|such\s+as|例如|比如|譬如|诸如|諸如)[\s,，:：]*",
    re.IGNORECASE,
)
#: A skipped bullet that is only an ellipsis.
_ELLIPSIS = re.compile(r"^(?:\.{3,}|…+)$")


def _sentence_open(text: str, first: int, last_end: int) -> bool:
    """Whether the sentence of ``text`` holding ``text[first:last_end]`` (the members) marks
    them as examples."""
    stops = sentence_stops(text)
    start = max((stop_end for _, stop_end in stops if stop_end <= first), default=0)
    end = next((stop for stop, _ in stops if stop >= last_end), len(text))
    lead = text[start:first]
    if _COUNT.search(lead):
        return False  # "For example, the model has four layers: …" counts them: closed
    return _leads(lead) or bool(_TAIL.search(text[last_end : end + 1]))


#: The last character of every last bullet :data:`_ENDS_MORE` finds (it ends the text).
_ENDS_MORE_LAST = frozenset("等类類cC.…。")


def _bullets_open(node: Node, first: str) -> bool:
    """Whether ``node`` is the lead-in of the bullets whose first member is ``first``
    (casefolded) and marks them as examples, or its last bullet says "and more"."""
    bullets = [child for child in node.children if child.kind == "item"]
    if not bullets or not bullets[0].text.casefold().startswith(first):
        return False
    last = bullets[-1].text.strip()
    if _MORE_BULLET.search(last):
        return True
    # "- 防火墙等" as the last of its bullets: the list goes on past it. The pattern opens
    # with a lookbehind, so the engine tries it at every character: first its last one.
    if (
        len(last) > 1
        and last[-1] in _ENDS_MORE_LAST
        and _ENDS_MORE.search(last)
        and not _ENUMERATION.search(last)
    ):
        return True
    return _leads(node.text)


def _skipped_marks(diagnostics: Sequence[Diagnostic]) -> tuple[set[int], set[int]]:
    """Lines of the noise the reader skipped that marks a list open: a bare ellipsis bullet
    (``- …``) and a lead-in that only says "for example" (``例如：``, ``E.g.:``)."""
    more, leads = set(), set()
    for diagnostic in diagnostics:
        reason, _, text = diagnostic.message.partition(": ")
        if reason == "placeholder" and _ELLIPSIS.match(text):
            more.add(diagnostic.line)
        elif reason == "worked example" and text.rstrip().endswith((":", "：")):
            leads.add(diagnostic.line)
    return more, leads


class _Marks:
    """What marks lists open in one document: its nodes by line and the skipped marks."""

    def __init__(self, lines: NodeLines, diagnostics: Sequence[Diagnostic]) -> None:
        self.all_at = lines.at  # (the first node at a line is ``all_at[line][0]``)
        self.lines = sorted(self.all_at)
        self.more, self.leads = _skipped_marks(diagnostics)

    def _next_node(self, line: int) -> int:
        """The line of the first node after ``line`` (a large number when none)."""
        found = bisect_right(self.lines, line)
        return self.lines[found] if found < len(self.lines) else 1 << 30

    def _line_of(self, member: str, start: int) -> int | None:
        """The line of the first node from line ``start`` on that begins with ``member``."""
        folded = member.casefold()
        found = bisect_left(self.lines, start)
        # A list's members follow its line closely: a bounded look keeps this linear.
        for line in self.lines[found : found + _REACH]:
            if self.all_at[line][0].text.casefold().startswith(folded):
                return line
        return None

    def _skipped_open(self, draft: Draft) -> bool:
        """A skipped ``例如：`` right before the list's first member, or a skipped ``…`` right
        after its last (no node between)."""
        if not self.leads and not self.more:
            return False  # most notes: no skipped mark at all
        first = self._line_of(draft.items[0].text, draft.line)
        if first is None:
            return False
        if any(self._next_node(lead) == first for lead in self.leads):
            return True
        last = self._line_of(draft.items[-1].text, first)
        return last is not None and any(last < m < self._next_node(last) for m in self.more)

    def is_open(self, draft: Draft) -> bool:
        """Whether the notes give the members of the list ``draft`` as examples, or a line
        above it says there are many (see :meth:`_many_above`)."""
        return self._marked_open(draft) or self._many_above(draft.line, draft.subject)

    def _marked_open(self, draft: Draft) -> bool:
        """Whether the list's own line, its bullets or a skipped mark say it gives examples."""
        nodes = self.all_at.get(draft.line)
        if nodes is None:
            return self._skipped_open(draft)
        # The node whose sentence holds the members: not always the first at the line
        # ("Aside: Cataplexy" over "… triggered by emotions (e.g. laughter, fear)").
        # The first and last members casefolded once, not again for every node; the last
        # is looked for only where the first is found.
        items = draft.items
        first_member = items[0].text.casefold()
        last_member = items[-1].text.casefold()
        for node in nodes:
            folded = node.text.casefold()
            first = folded.find(first_member)
            if first < 0:
                continue
            last = folded.rfind(last_member)
            if last >= first:
                return _sentence_open(node.text, first, last + len(items[-1].text))
        node = nodes[0]
        if node.kind != "heading" and _bullets_open(node, first_member):
            return True
        return self._skipped_open(draft)

    def _many_above(self, line: int, subject: str) -> bool:
        """Whether the list's line, or one at most :data:`MANY_REACH` above it in its
        section with no list item between that names a word of ``subject``, says there are
        many of a kind ("攻击手段有很多种，常见的有：" over "- …" of "常见攻击"; not "DAC:很多种"
        above "常规攻击"). A heading ends the look (its own text is read): what is said
        above it is of another section."""
        found = bisect_right(self.lines, line)
        named: set[str] | None = None  # the subject's words, when a line says many
        for at in reversed(self.lines[bisect_left(self.lines, line - MANY_REACH) : found]):
            nodes = self.all_at[at]
            kinds = [node.kind for node in nodes]  # most lines: one node
            if at < line and "item" in kinds:
                return False  # another list between: its lead-in is not this list's
            for node in nodes:
                # Whether it says many first: most lines do not, and their words are not
                # worth splitting out.
                if not _says_many(node.text):
                    continue
                if at == line:
                    return True
                if named is None:
                    named = _words(subject)
                if named & _words(node.text):
                    return True
            if "heading" in kinds:
                return False
        return False


def _words(text: str) -> set[str]:
    """The Latin words (three letters or more, casefolded) and CJK character pairs of
    ``text``: what two lines share when they name one thing."""
    words = {w.casefold() for w in re.findall(r"[A-Za-z][A-Za-z0-9]{2,}", text)}
    for run in re.findall(r"[\u4e00-\u9fff\u3400-\u4dbf]{2,}", text):
        words |= {run[i : i + 2] for i in range(len(run) - 1)}
    return words


def mark_open(
    lines: NodeLines, drafts: list[Draft], diagnostics: Sequence[Diagnostic]
) -> list[Draft]:
    """``drafts`` (of the document whose nodes by line are ``lines`` and whose reader
    reported ``diagnostics``), each list whose notes give its members as examples marked
    ``open``."""
    marks: _Marks | None = None
    marked = []
    for draft in drafts:
        if draft.kind == "list" and draft.items:
            draft = _trimmed(draft)
            if not draft.open:
                marks = marks or _Marks(lines, diagnostics)
                if marks.is_open(draft):  # most lists are closed: the draft stays as it is
                    draft = draft._replace(open=True)
        marked.append(draft)
    return marked


def _trimmed(draft: Draft) -> Draft:
    """``draft`` without the marks its extraction left in its members, open when they said
    so: a last member ``etc.`` (``switches, bridges, hubs, etc.``), open; an ``e.g.`` opening
    the first (``e.g. link, internet, …``), taken off."""
    items = draft.items
    if len(items) > 2 and _ETC.match(items[-1].text):
        return draft._replace(items=items[:-1], open=True)
    mark = _LEADING_MARK.match(items[0].text)
    if mark and mark.end() < len(items[0].text):
        first = Item(items[0].text[mark.end() :], items[0].gloss)
        # Open or not is the sentence's to say: "has 4 layers: e.g. link, …" counts them.
        return draft._replace(items=(first, *items[1:]))
    return draft
