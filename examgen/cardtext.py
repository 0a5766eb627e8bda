"""Note text as card HTML: cleaned, escaped for Anki, measured, and hidden where it would
give a card's answer away.

Math in the text (``$…$``, ``$$…$$``, ``\\(…\\)``, ``\\[…\\]``: :mod:`examgen.mathtext`)
goes to Anki as MathJax through :func:`text_html`, and every helper here treats a formula
as one unit: markup cleaning leaves it alone, and an answer is never found, hidden or
blanked inside one (a formula equal to an answer is hidden whole).
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Mapping, Sequence

from examgen.mathtext import Math, math_spans, split_math, to_anki_html

# Besides HTML, Anki gives meaning to braces ({{c1::…}} cloze deletions, {{Field}}),
# square brackets ([sound:…], [latex]) and, inside a cloze deletion, "::" (the hint
# separator). Text from the notes is shown literally, so those become character references:
# the browser displays them as the characters, Anki's parsers never see them.
_NEEDS_ESCAPE = re.compile(r"[&<>\"'{}\[\]\r\n]")


def escape(text: str) -> str:
    """Note text as HTML that Anki shows literally; line breaks kept."""
    # Most note text has none of these; one search is cheaper than nine replaces.
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    escaped = html.escape(text, quote=True)
    for char, ref in (("{", "&#123;"), ("}", "&#125;"), ("[", "&#91;"), ("]", "&#93;")):
        escaped = escaped.replace(char, ref)
    return escaped.replace("\r\n", "\n").replace("\n", "<br>")


def escape_cloze(text: str) -> str:
    """Text inside a cloze deletion: also no ':' (``::`` would start a hint)."""
    return escape(text).replace(":", "&#58;")


@functools.lru_cache(maxsize=1 << 16)  # a member's text is set in several fields
def text_html(text: str, *, cloze: bool = False) -> str:
    """Note text as card HTML: text shown literally (:func:`escape`), math as MathJax.

    ``cloze``: the text is inside a cloze deletion (:func:`escape_cloze`, and math that
    cannot end the deletion).
    """
    esc = escape_cloze if cloze else escape
    if not _may_hold_math(text):  # most note text: no scan needed
        return esc(text)
    return to_anki_html(split_math(text), esc, cloze=cloze)


def _may_hold_math(text: str) -> bool:
    """Whether ``text`` has a character math (or a ``\\$`` escape) starts with."""
    return "$" in text or "\\" in text


_ESCAPED_PAIR = re.compile(r"\\(.)", re.DOTALL)


class _Formulas:
    """Where the formulas of one text are, to render any slice of it that cuts none.

    The text is scanned once, as a whole: whether a ``$`` opens math depends on what
    surrounds it, so slices are never scanned on their own.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = math_spans(text) if _may_hold_math(text) else ()
        self.starts = [start for start, _end in self.spans]
        self.maths = (
            [seg for seg in split_math(text) if isinstance(seg, Math)] if self.spans else []
        )

    def cuts(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds part of a formula but not all of it."""
        index = bisect.bisect_left(self.starts, end) - 1
        while index >= 0 and self.spans[index][1] > start:
            s, e = self.spans[index]
            if not (start <= s and e <= end):
                return True
            index -= 1
        return False

    def html(self, start: int, end: int, *, cloze: bool) -> str:
        """``text[start:end]`` as card HTML (see :func:`text_html`)."""
        esc = escape_cloze if cloze else escape
        if not self.spans:
            return esc(_unescape_dollars(self.text[start:end]))
        out, position = [], start
        index = bisect.bisect_left(self.starts, start)
        while index < len(self.spans) and self.spans[index][1] <= end:
            s, e = self.spans[index]
            out.append(esc(_unescape_dollars(self.text[position:s])))
            out.append(to_anki_html((self.maths[index],), esc, cloze=cloze))
            position = e
            index += 1
        out.append(esc(_unescape_dollars(self.text[position:end])))
        return "".join(out)


def _unescape_dollars(text: str) -> str:
    """Text outside math as :func:`examgen.mathtext.split_math` reads it: ``\\$`` is ``$``."""
    if "\\$" not in text:
        return text
    return _ESCAPED_PAIR.sub(lambda m: "$" if m.group(1) == "$" else m.group(0), text)


# Markdown that reached a fact's text (emphasis, code spans, links) and HTML character
# references: a card shows what the notes' reader sees, not the source's markup.
_MARKUP = (
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"==(?=\S)(.+?)(?<=\S)=="), r"\1"),
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)"), r"\1"),
    (re.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]|\n]+)\]\]"), r"\1"),  # [[page]], [[page|text]]
)
_ENTITY = re.compile(r"&(#\d+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]{1,31});")
_NEEDS_CLEAN = re.compile(r"[*_~=`\]&]")


# A card's texts are cleaned again by each rule that reads them (a list's members five or
# six times; 280,000 calls for 10,000 facts): the memo makes the repeats one dictionary
# lookup, in C, with no call of a Python function around it. Bounded, for a process that
# builds deck after deck (``examgen build --watch``).
@functools.lru_cache(maxsize=1 << 16)
def clean(text: str | None) -> str:
    """Note text without leftover Markdown markup or character references, trimmed.

    Formulas are kept as written (``x_1 == y_2`` is TeX, not emphasis or a highlight)."""
    if not text:
        return ""
    return _clean(text)


# A member's own punctuation from the notes' prose: a closing "；" / "。" (the notes wrote the
# members as one sentence) and a leading "且" / "并且" ("且无多值相依存在", the second
# condition of two): not part of what the learner recalls.
_MEMBER_END = re.compile(r"[；;。]+$")
_MEMBER_LEAD = re.compile(r"^(?:并且|並且|而且|且)(?=\S{2})")


def member_text(text: str | None) -> str:
    """A list member's text as a card shows it: :func:`clean`, without the notes' closing
    "；" / "。" or a leading "且" that joined it to the member before."""
    text = clean(text)
    # Each pattern only where it can match (most members have neither): a pass of both
    # over every member of every list was a substitution per member and pattern.
    if "；" in text or ";" in text or "。" in text:
        text = _MEMBER_END.sub("", text)
    if "且" in text[:2]:
        text = _MEMBER_LEAD.sub("", text)
    return text.strip()


def _clean(text: str) -> str:
    if _NEEDS_CLEAN.search(text) is not None:
        spans = math_spans(text)[:_STAND_IN_COUNT]
        formulas = [text[s:e] for s, e in spans]
        if formulas:  # stand-ins no pattern touches, put back afterwards
            text = _stand_ins(text, spans)
        for pattern, replacement in _MARKUP:
            text = pattern.sub(replacement, text)
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        if formulas:
            text = _STAND_IN.sub(lambda m: formulas[ord(m.group(0)) - _STAND_IN_BASE], text)
    return text.strip()


# Private-use characters stand in for formulas while markup is cleaned (notes never hold
# them; a text with more formulas than there are such characters keeps the rest as is).
_STAND_IN_BASE = 0xF0000
_STAND_IN_COUNT = 0xFFFE
_STAND_IN = re.compile("[\U000f0000-\U000ffffd]")


def _stand_ins(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    out, last = [], 0
    for index, (start, end) in enumerate(spans):
        out += (text[last:start], chr(_STAND_IN_BASE + index))
        last = end
    out.append(text[last:])
    return "".join(out)


def lines_html(text: str) -> str:
    """Card HTML (:func:`text_html`) of a text whose "；"-joined parts (a gloss, then its
    paragraph) show as lines."""
    parts = [p.strip() for p in text.split("；")]
    return "<br>".join(text_html(p) for p in parts if p)


# East Asian wide and fullwidth characters (Unicode's W and F), the ranges notes use.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
    "\U00020000-\U0003fffd]"
)


# Memoized like clean: a list's members are measured by several rules (over 13 calls a
# fact on the bench corpora). Bounded, for a process that builds deck after deck.
@functools.lru_cache(maxsize=1 << 16)
def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospace terminal: a Chinese character is two."""
    if text.isascii():  # most members are; no need to look at each character
        return len(text)
    return len(text) + len(_WIDE.findall(text))


_ACRONYM = re.compile(r"[A-Z0-9][A-Za-z0-9&/.+-]{1,11}")


def is_short_term(subject: str) -> bool:
    """Whether ``reverse = "short"`` gives ``subject`` a reverse card.

    Acronyms (``PID``, ``CGroups``: two or more capitals, no spaces) and terms at most 16
    columns wide (8 Chinese characters, or a word or two) with at most three words.
    """
    subject = subject.strip()
    if _ACRONYM.fullmatch(subject) and sum(ch.isupper() for ch in subject) >= 2:
        return True
    return 0 < display_width(subject) <= 16 and len(subject.split()) <= 3


def mask(text: str, subject: str, blank: str) -> str:
    """The text with the term blanked out, so a reverse card doesn't give its answer away.

    A formula is never cut: the term inside one stays (the blank would break the TeX), and
    a Latin term is blanked as a whole word only (``On`` is not cut out of "negotiation")."""
    subject = subject.strip()
    if len(subject) < 2:
        return text
    lowered, needle = text.lower(), subject.lower()
    if needle not in lowered:
        return text
    formulas = _Formulas(text)
    if len(lowered) != len(text):  # lower() changed lengths: let re map the positions
        return re.sub(
            re.escape(subject),
            lambda m: (
                m.group(0)
                if formulas.cuts(m.start(), m.end()) or _cuts_word(text, m.start(), m.end())
                else blank
            ),
            text,
            flags=re.IGNORECASE,
        )
    parts, start, search = [], 0, 0
    while (found := lowered.find(needle, search)) >= 0:
        search = found + 1
        if formulas.cuts(found, found + len(needle)) or _cuts_word(
            lowered, found, found + len(needle)
        ):
            continue
        parts += (text[start:found], blank)
        start = search = found + len(needle)
    parts.append(text[start:])
    return "".join(parts)


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _cuts_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins or ends inside a Latin word or number (``On``
    in "No negotiation"): a Latin answer is found as a whole word only."""
    if _is_word_char(text[start]) and start and _is_word_char(text[start - 1]):
        return True
    return _is_word_char(text[end - 1]) and end < len(text) and _is_word_char(text[end])


# Up to this many answers, a text is searched for each with ``str.find`` (C speed); beyond,
# through a trie of them, so a text costs its length, not the list's.
_FEW_NEEDLES = 24
# Chinese negations: a Chinese answer right after one is inside another word (不可重复读,
# 非聚簇索引), which is left as written.
_NEGATIONS = frozenset("不非无無未")


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


class Hider:
    """Finds the asked answers wherever they recur in a card's other text, to hide them there.

    ``answers`` maps a deletion number to its answer text. :meth:`html` renders a text with
    every recurrence as that number's cloze deletion (so Anki hides it exactly on the
    card that asks it) or, for a card that is not a cloze, as a blank. Matching ignores case;
    at a Latin letter or digit it takes whole words only: ``cgroup`` is hidden in
    ``以cgroup为单位`` but not in ``CGroups``; a Chinese answer right after a negation is
    another word (可重复读 in 不可重复读), left shown. Plain ``str.find``, not a regular expression:
    compiling a case-insensitive pattern per list was most of a deck's build time.
    """

    def __init__(
        self, answers: Mapping[int, str], parts: Mapping[int, Sequence[str]] | None = None
    ) -> None:
        needles: dict[str, list[int]] = {}
        for number, text in answers.items():
            if len(text) >= 2:
                needles.setdefault(text.lower(), []).append(number)
        # ``parts``: what else gives an answer away ("MAC" of "MAC Address", a formula around
        # or inside it: ``examgen.card_giveaways.hidden_parts``), hidden wherever it recurs
        # too; a text two numbers hide is both numbers' deletion, one inside the other.
        for number, words in (parts or {}).items():
            for word in words:
                if len(word) >= 2 and number not in needles.get(word.lower(), ()):
                    needles.setdefault(word.lower(), []).append(number)
        # Longest first, ties in the order found (a reversed sort is still stable); by the
        # built-in len, not a Python key function per needle.
        self.needles = tuple((k, tuple(needles[k])) for k in sorted(needles, key=len, reverse=True))
        # A long list's needles as a trie (a dict per character, "" marking a needle's end):
        # each text is then walked once, not searched once per needle (per member, that made
        # a list's cards quadratic in its length).
        self._trie: dict = {}
        if len(self.needles) > _FEW_NEEDLES:
            for needle, owners in self.needles:
                node = self._trie
                for char in needle:
                    node = node.setdefault(char, {})
                node[""] = owners

    def spans(
        self, text: str, own: int = 0, formulas: _Formulas | None = None
    ) -> list[tuple[int, int, int]]:
        """``(start, end, number)`` of the answers other than ``own`` in ``text``, leftmost
        and longest first; none cuts a formula (``formulas``: the text's, if known)."""
        return [
            (start, end, numbers[0]) for start, end, numbers in self._spans(text, own, formulas)
        ]

    def _spans(
        self, text: str, own: int = 0, formulas: _Formulas | None = None
    ) -> list[tuple[int, int, tuple[int, ...]]]:
        """:meth:`spans`, each with every number (other than ``own``) that hides it."""
        if not self.needles:
            return []
        lowered = text.lower()
        if len(lowered) != len(text):  # lower() changed lengths: match case as written
            lowered = text
        hits = (self._walked_hits if self._trie else self._found_hits)(lowered, own)
        hits.sort()
        if hits and formulas is None and _may_hold_math(text):
            formulas = _Formulas(text)
        spans, last = [], 0
        for found, _longest, end, numbers in hits:
            if found and lowered[found - 1] in _NEGATIONS and _is_han(lowered[found]):
                continue  # 可重复读 in 不可重复读: another word, and "不[...]" would cue it
            if found >= last and not (formulas and formulas.cuts(found, end)):
                spans.append((found, end, numbers))
                last = end
        return spans

    def _found_hits(self, lowered: str, own: int) -> list[tuple[int, int, int, tuple[int, ...]]]:
        """``(start, -length, end, numbers)`` of every whole-word recurrence of a needle
        other than ``own``'s, needle by needle (a few needles: ``str.find`` is C speed)."""
        hits = []
        for needle, owners in self.needles:
            found = lowered.find(needle)
            if found < 0:  # most needles: the owners are not looked at
                continue
            numbers = tuple(n for n in owners if n != own)
            if not numbers:  # in its own deletion, an answer may hold another one
                continue
            while found >= 0:
                end = found + len(needle)
                if not _cuts_word(lowered, found, end):
                    hits.append((found, -len(needle), end, numbers))
                found = lowered.find(needle, found + 1)
        return hits

    def _walked_hits(self, lowered: str, own: int) -> list[tuple[int, int, int, tuple[int, ...]]]:
        """The hits of :meth:`_found_hits`, found by walking ``_trie`` from each position
        (many needles): a text costs its length times the longest needle that starts at a
        position, whatever the number of needles."""
        hits = []
        size = len(lowered)
        for found in range(size):
            node = self._trie.get(lowered[found])
            end = found + 1
            while node is not None:
                owners = node.get("")
                if owners is not None:
                    numbers = tuple(n for n in owners if n != own)
                    if numbers and not _cuts_word(lowered, found, end):
                        hits.append((found, found - end, end, numbers))
                if end == size:
                    break
                node = node.get(lowered[end])
                end += 1
        return hits

    def html(self, text: str, *, own: int = 0, inside: bool = False, blank: str = "") -> str:
        """``text`` escaped, recurrences of answers other than ``own`` hidden.

        ``inside``: the text is inside a cloze deletion (":" escaped too); ``blank``: hide
        with this blank instead of a cloze deletion.
        """
        if not _may_hold_math(text):  # most note text: plain slices
            esc = escape_cloze if inside else escape
            out, start = [], 0
            for found, end, numbers in self._spans(text, own):
                out.append(esc(text[start:found]))
                out.append(blank or _deletions(numbers, escape_cloze(text[found:end])))
                start = end
            out.append(esc(text[start:]))
            return "".join(out)
        formulas = _Formulas(text)
        out, start = [], 0
        for found, end, numbers in self._spans(text, own, formulas):
            out.append(formulas.html(start, found, cloze=inside))
            if blank:
                out.append(blank)
            else:
                out.append(_deletions(numbers, formulas.html(found, end, cloze=True)))
            start = end
        out.append(formulas.html(start, len(text), cloze=inside))
        return "".join(out)

    def mask(self, text: str, blank: str) -> str:
        """Plain ``text`` with every answer blanked (for fields that are not cloze text)."""
        out, start = [], 0
        for found, end, _number in self.spans(text):
            out += (text[start:found], blank)
            start = end
        out.append(text[start:])
        return "".join(out)


def _deletions(numbers: Sequence[int], inner: str) -> str:
    """``inner`` as the cloze deletion of each of ``numbers``, one inside the other."""
    for number in reversed(numbers):
        inner = f"{{{{c{number}::{inner}}}}}"
    return inner
