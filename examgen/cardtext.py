"""Note text as card HTML: cleaned, escaped for Anki, measured, and hidden where it would
give a card's answer away."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

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


def clean(text: str | None) -> str:
    """Note text without leftover Markdown markup or character references, trimmed."""
    if not text:
        return ""
    if _NEEDS_CLEAN.search(text) is not None:
        for pattern, replacement in _MARKUP:
            text = pattern.sub(replacement, text)
        text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
    return text.strip()


def lines_html(text: str) -> str:
    """Escaped text whose "；"-joined parts (a gloss, then its paragraph) show as lines."""
    parts = [p.strip() for p in text.split("；")]
    return "<br>".join(escape(p) for p in parts if p)


# East Asian wide and fullwidth characters (Unicode's W and F), the ranges notes use.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
    "\U00020000-\U0003fffd]"
)


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
    """The text with the term blanked out, so a reverse card doesn't give its answer away."""
    subject = subject.strip()
    if len(subject) < 2:
        return text
    lowered, needle = text.lower(), subject.lower()
    if needle not in lowered:
        return text
    if len(lowered) != len(text):  # lower() changed lengths: let re map the positions
        return re.sub(re.escape(subject), blank, text, flags=re.IGNORECASE)
    parts, start = [], 0
    while (found := lowered.find(needle, start)) >= 0:
        parts += (text[start:found], blank)
        start = found + len(needle)
    parts.append(text[start:])
    return "".join(parts)


def _is_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class Hider:
    """Finds the asked answers wherever they recur in a card's other text, to hide them there.

    ``answers`` maps a deletion number to its answer text. :meth:`html` renders a text with
    every recurrence as that number's cloze deletion (so Anki hides it exactly on the
    card that asks it) or, for a card that is not a cloze, as a blank. Matching ignores case;
    at a Latin letter or digit it takes whole words only: ``cgroup`` is hidden in
    ``以cgroup为单位`` but not in ``CGroups``. Plain ``str.find``, not a regular expression:
    compiling a case-insensitive pattern per list was most of a deck's build time.
    """

    def __init__(self, answers: Mapping[int, str]) -> None:
        needles: dict[str, int] = {}
        for number, text in answers.items():
            if len(text) >= 2:
                needles.setdefault(text.lower(), number)
        self.needles = tuple(sorted(needles.items(), key=lambda kv: -len(kv[0])))

    def spans(self, text: str, own: int = 0) -> list[tuple[int, int, int]]:
        """``(start, end, number)`` of the answers other than ``own`` in ``text``, leftmost
        and longest first."""
        if not self.needles:
            return []
        lowered = text.lower()
        if len(lowered) != len(text):  # lower() changed lengths: match case as written
            lowered = text
        hits = []
        for needle, number in self.needles:
            if number == own:  # in its own deletion, an answer may hold another one
                continue
            start = 0
            while (found := lowered.find(needle, start)) >= 0:
                end = found + len(needle)
                start = found + 1
                if _is_word_char(needle[0]) and found and _is_word_char(lowered[found - 1]):
                    continue
                if _is_word_char(needle[-1]) and end < len(text) and _is_word_char(lowered[end]):
                    continue
                hits.append((found, -len(needle), end, number))
        hits.sort()
        spans, last = [], 0
        for found, _longest, end, number in hits:
            if found >= last:
                spans.append((found, end, number))
                last = end
        return spans

    def html(self, text: str, *, own: int = 0, inside: bool = False, blank: str = "") -> str:
        """``text`` escaped, recurrences of answers other than ``own`` hidden.

        ``inside``: the text is inside a cloze deletion (":" escaped too); ``blank``: hide
        with this blank instead of a cloze deletion.
        """
        esc = escape_cloze if inside else escape
        out, start = [], 0
        for found, end, number in self.spans(text, own):
            out.append(esc(text[start:found]))
            if blank:
                out.append(blank)
            else:
                out.append(f"{{{{c{number}::{escape_cloze(text[found:end])}}}}}")
            start = end
        out.append(esc(text[start:]))
        return "".join(out)

    def mask(self, text: str, blank: str) -> str:
        """Plain ``text`` with every answer blanked (for fields that are not cloze text)."""
        out, start = [], 0
        for found, end, _number in self.spans(text):
            out += (text[start:found], blank)
            start = end
        out.append(text[start:])
        return "".join(out)
