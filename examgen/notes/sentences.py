"""What one sentence of running prose states, as data, and how prose is cut into sentences
and clauses (shared by :mod:`examgen.notes.prose_zh` and :mod:`examgen.notes.prose_en`)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Said:
    """One fact a sentence states: a definition (``text``) or a list (``items``)."""

    kind: str
    subject: str
    text: str = ""
    items: tuple[str, ...] = ()
    label: str = ""  # a list's lead-in as written (`MVCC实现依赖于`), see ``Fact.label``
    owner: str = ""  # whose a label subject is ("critical measure" of the PVT), ``Fact.parent``


def has_cjk(text: str) -> bool:
    """Whether the text has a CJK ideograph (it is read as Chinese)."""
    return not text.isascii() and _CJK.search(text) is not None  # ASCII: O(1) to tell


_CJK = re.compile("[\u3400-\u9fff]")


def keywords(words: tuple[str, ...]) -> re.Pattern[str]:
    """A search for any of ``words`` (lowercase ASCII) as they are, for :func:`may_say`."""
    return re.compile("|".join(re.escape(word) for word in words))


def may_say(text: str, words: re.Pattern[str]) -> bool:
    """Whether a caseless pattern that needs one of ``words`` (lowercase ASCII, as
    :func:`keywords` looks for them) may match ``text``: an ASCII text must hold one,
    lowered (there IGNORECASE is plain lowering); any other text may (``ſ`` matches ``s``
    caselessly). Asked before a pattern anchored at the start that backtracks over the
    words before its keyword: most texts hold none. (One search for all the words: a test
    per word was a Python step each.)"""
    if not text.isascii():
        return True
    return words.search(text.lower()) is not None


OPEN, CLOSE = "(（【[", ")）】]"
_BRACKET = re.compile(f"[{re.escape(OPEN + CLOSE)}]")


@functools.cache
def _cutter(marks: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(marks)}]")


def split_outside(text: str, marks: str) -> list[str]:
    """``text`` cut after each of ``marks`` outside brackets (a comma inside ``(A，B)`` stays)."""
    if _BRACKET.search(text) is None:  # most text: no brackets, every mark cuts
        return [part.strip() for part in _cutter(marks).split(text) if part.strip()]
    parts: list[str] = []
    depth = 0
    start = 0
    for index, char in enumerate(text):
        if char in OPEN:
            depth += 1
        elif char in CLOSE:
            depth = max(0, depth - 1)
        elif char in marks and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


# A full stop that ends an abbreviation, not a sentence: `(e.g. Modafinil)`, `A vs. B`,
# `Fig. 3`. `etc.` is not one of them: before a capital it mostly does end the sentence
# (`…, etc. The next`); inside brackets the bracket rule keeps it.
_ABBREVIATION = re.compile(
    r"(?:^|(?<=[\s(（\[“\"'/]))(?:(?i:e\.\s?g|i\.\s?e|eg|ie|vs|cf|approx|viz|resp|et\s+al|ca)"
    r"|Fig|Figs|No|Nos|Eq|Eqs|Dr|Mr|Mrs|Ms|Prof|Sr|Jr)\.$"
)
# A single initial (`J. Smith`, `John F. Kennedy`): a capital letter standing alone.
_INITIAL = re.compile(r"(?:^|(?<=[\s(“\"]))(?P<letter>[A-Z])\.$")
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\s+[A-Z]\.$")
_NEXT_WORD = re.compile(r"(?P<word>[A-Z][a-z]*)(?P<dot>\.)?")
# Words that start sentences rather than follow initials (`… vitamin C. The next …`).
_OPENER = re.compile(
    r"(?:The|This|These|That|Those|It|Its|They|There|Their|We|In|On|At|For|If|When|Then|So|But"
    r"|And|A|An|As|Thus|However|Each|All|Both|Some|Most|He|She|You|I|One|Here|Also|Such)"
)
# Words an initial follows inside a name or a citation (`by J. Smith`).
_BEFORE_NAME = frozenset(("by", "and", "with", "from"))
_LOOK_BACK = 12  # characters enough to hold the longest abbreviation before a full stop


def _holds_initial(before: str, after: str) -> bool:
    """Whether the full stop ending ``before`` closes an initial of a name going on in
    ``after`` (``J. Smith``), not a sentence ending on a one-letter name (``type A. The``)."""
    if _INITIAL.search(before) is None:
        return False
    following = _NEXT_WORD.match(after)
    if following is None:
        return False
    if following["dot"] and len(following["word"]) == 1:
        return True  # `J. R. Tolkien`: another initial follows
    if _OPENER.fullmatch(following["word"]):
        return False
    word = _WORD_BEFORE.search(before)
    return word is None or word["word"][0].isupper() or word["word"] in _BEFORE_NAME


def _inside_brackets(text: str) -> list[int]:
    """For each position of ``text``, how many bracket pairs that close hold it (a bracket
    left open to the end of the text holds nothing: it is a typo, not an aside)."""
    depth = [0] * (len(text) + 1)
    opened: list[int] = []
    for index, char in enumerate(text):
        if char in OPEN:
            opened.append(index)
        elif char in CLOSE and opened:
            depth[opened.pop() + 1] += 1
            depth[index] -= 1
    running = 0
    for index, step in enumerate(depth):
        running += step
        depth[index] = running
    return depth


def split_sentences(pattern: re.Pattern[str], text: str, maxsplit: int = 0) -> list[str]:
    """``pattern.split(text, maxsplit)`` with ``pattern`` matching where sentences may
    meet, save where that is after an abbreviation (``e.g.``, ``vs.``, ``Fig.``), an
    ellipsis (``x_1, ... X``), after an initial (``J. Smith``) or inside brackets
    (``(… etc. More …)``)."""
    cuts: list[tuple[int, int]] = []
    depth: list[int] | None = None
    for found in pattern.finditer(text):
        start, end = found.span()
        before = text[max(0, start - _LOOK_BACK) : start]
        if _ABBREVIATION.search(before) or _holds_initial(before, text[end : end + 40]):
            continue
        if before.endswith(".."):  # an ellipsis elides (see :func:`sentence_stops`)
            continue
        if depth is None:
            depth = _inside_brackets(text) if _BRACKET.search(text) else []
        if depth and depth[start]:
            continue
        cuts.append((start, end))
        if len(cuts) == maxsplit:
            break
    parts: list[str] = []
    last = 0
    for start, end in cuts:
        parts.append(text[last:start])
        last = end
    parts.append(text[last:])
    return parts


# Marks that may end a sentence: a CJK or Latin stop, or a full stop before a space or the end
# (`3.14`, `a.b` go on). Semicolons end the clauses some readers count as sentences.
# Literals only, so the regex engine scans for their first characters (with a class among
# them it tries every position).
_STOPS = re.compile(r"。|！|？|!|\?|；|;|\.(?=\s|$)")
_FULL_STOPS = re.compile(r"。|！|？|!|\?|\.(?=\s|$)")
_ETC = re.compile(r"(?:^|(?<=[\s(（\[“\"'/,，]))etc\.$", re.IGNORECASE)
_CAPITAL_NEXT = re.compile(r"\s*[A-Z]")


def sentence_stops(text: str, semicolons: bool = True) -> list[tuple[int, int]]:
    """Where the sentences of ``text`` end: the spans of their stop marks, in order. A full
    stop is none when it ends an abbreviation (``e.g.``, ``vs.``), ``etc.`` going on in lower
    case, or an ellipsis (``select .... for update``, ``1, 2, ... n``: an elision, often in
    code). ``semicolons`` counts ``；`` and ``;`` as ends too. The one sentence-end rule of
    the readers that cut text at its stops rather than at a pattern of their own."""
    stops: list[tuple[int, int]] = []
    for found in (_STOPS if semicolons else _FULL_STOPS).finditer(text):
        index = found.start()
        if text[index] == "." and not _full_stop_ends(text, index):
            continue
        stops.append(found.span())
    return stops


def _full_stop_ends(text: str, index: int) -> bool:
    """Whether the full stop at ``text[index]`` (before a space or the end) ends a sentence."""
    if index and text[index - 1] == ".":
        return False  # the last dot of an ellipsis
    before = text[max(0, index - _LOOK_BACK) : index + 1]
    if _ABBREVIATION.search(before):
        return False
    if _ETC.search(before):  # `…, etc. The next` ends; `A, B, etc. are` goes on
        return _CAPITAL_NEXT.match(text, index + 1) is not None
    return True


# A text cut where its sentence was not over: ending inside an open bracket
# (`… drugs (e.g`) or on an abbreviation (`… such as e.g.`).
_CUT_END = re.compile(r"(?:^|(?<=[\s(（\[]))(?i:e\.\s?g|i\.\s?e|eg|ie|vs|cf|approx|viz)\.?\s*$")
# The last letters of those abbreviations, as the caseless pattern matches them (`ſ` is an
# `s` to it); '' (an empty text) is in it too, and is asked.
_ABBREVIATION_ENDS = "gesfxzſ"


def is_cut(text: str) -> bool:
    """Whether ``text`` stops mid-sentence: on an abbreviation or with a bracket still open
    (never a fact's whole text)."""
    # The pattern is tried at every position: it is asked only when the text ends (spaces
    # and one full stop aside) in the last letter of one of its abbreviations.
    tail = text.rstrip()
    last = tail[-2:-1] if tail.endswith(".") else tail[-1:]
    if last.lower() in _ABBREVIATION_ENDS and _CUT_END.search(text):
        return True
    if _BRACKET.search(text) is None:
        return False
    depth = 0
    for char in text:
        if char in OPEN:
            depth += 1
        elif char in CLOSE:
            depth = max(0, depth - 1)
    return depth > 0
