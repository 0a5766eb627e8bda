"""Math in note text: where it is, as data, and how Anki is given it.

Notes written for Obsidian, Typora, pandoc or Jupyter mark math the same ways:

* ``$…$`` inline and ``$$…$$`` display (the pandoc ``tex_math_dollars`` rule);
* ``\\(…\\)`` inline and ``\\[…\\]`` display (LaTeX's own delimiters).

:func:`split_math` turns a text into a tuple of :class:`Text` and :class:`Math` segments, so
later stages never look for dollars again. The rule for a single ``$`` is pandoc's (Obsidian
follows it too), chosen because prices must stay prices: the opening ``$`` must have a
non-space character right after it, the closing ``$`` a non-space character right before
it and no digit right after it, and the span may not cross a blank line. So ``$5 and $6``
is text, ``$x$`` and ``$x = 5$`` are math. ``\\$`` is a literal dollar sign in text (the
backslash is dropped, as Markdown does) and a TeX dollar sign inside math (kept).

:func:`to_anki_html` writes segments for an Anki field: math as MathJax delimiters, which
Anki renders itself on every client; ``cloze=True`` keeps math inside a cloze deletion from
ending it. The rendering for paper lives in :mod:`examgen.mathrender`.

Scanning is one pass with bounded look-ahead caches, so the cost is linear in the text even
for adversarial strings full of dollars.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

MathMode = Literal["inline", "display"]


@dataclass(frozen=True)
class Text:
    """Plain note text, with escapes already resolved (``\\$`` is ``$`` here)."""

    text: str


@dataclass(frozen=True)
class Math:
    """One formula: its TeX source without delimiters (display math stripped of the blank
    space around it) and whether it stands inline or on a line of its own."""

    tex: str
    mode: MathMode = "inline"

    @property
    def display(self) -> bool:
        """Whether the formula is display math (a line of its own, centred)."""
        return self.mode == "display"


Segment = Text | Math

# The characters that may start math; text without any of them needs no scan at all.
_MAYBE_MATH = re.compile(r"\$|\\[(\[]")


def has_math(text: str) -> bool:
    """Whether ``text`` holds at least one math span."""
    return any(isinstance(seg, Math) for seg in split_math(text))


def split_math(text: str) -> tuple[Segment, ...]:
    """The text as segments: :class:`Text` and :class:`Math`, in order.

    Adjacent text is merged and no segment is empty, so a text without math gives one
    :class:`Text` (or none for ``""``). Delimiters that do not pair up stay text.
    """
    if _MAYBE_MATH.search(text) is None:
        return (Text(text),) if text else ()
    return tuple(_Scanner(text).segments())


def math_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the math is in ``text``: ``(start, end)`` slices, delimiters included."""
    if _MAYBE_MATH.search(text) is None:
        return ()
    scanner = _Scanner(text)
    scanner.segments()
    return tuple(scanner.spans)


def mask_math(text: str, fill: str = "\N{OBJECT REPLACEMENT CHARACTER}") -> str:
    """``text`` with every character of its math spans replaced by ``fill``.

    The result is as long as ``text`` and equal outside math, so a parser can look for its
    separators (``:``, ``->``, `` - ``) in the mask and cut the original text at the same
    positions: math is never structure.
    """
    if len(fill) != 1:
        raise ValueError("fill must be one character, to keep positions")
    spans = math_spans(text)
    if not spans:
        return text
    parts, last = [], 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(fill * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


class _Scanner:
    """One left-to-right pass over a text; see :func:`split_math`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[Segment] = []
        self.buf: list[str] = []
        self.spans: list[tuple[int, int]] = []  # where each Math is in the text, delimiters in
        # Look-ahead caches: each holds the next position of its kind at or after the last
        # position asked for (or -1 for none left), so every search moves forward only.
        self._closers = _inline_closers(text)
        self._closer_index = 0
        self._blank = -2
        self._display_end = -2
        self._paren_end = -2
        self._bracket_end = -2

    def segments(self) -> list[Segment]:
        text, n, i = self.text, len(self.text), 0
        while i < n:
            ch = text[i]
            if ch == "\\" and i + 1 < n:
                nxt = text[i + 1]
                if nxt == "$":
                    self.buf.append("$")
                    i += 2
                elif nxt in "([":
                    i = self._latex_delimited(i, nxt)
                else:
                    # Any other escape (\\, \_, \frac outside math) is text as written; the
                    # pair is taken whole so ``\\$`` keeps its dollar unescaped.
                    self.buf.append(text[i : i + 2])
                    i += 2
            elif ch == "$":
                i = self._display(i) if text.startswith("$$", i) else self._inline(i)
            else:
                # A lone backslash at the very end is text too; the search starts after it.
                j = _next_special(text, i + 1)
                self.buf.append(text[i:j])
                i = j
        self._flush()
        return self.out

    # ---------------------------------------------------------------- the three openers

    def _inline(self, i: int) -> int:
        text = self.text
        if i + 1 >= len(text) or text[i + 1].isspace():
            self.buf.append("$")
            return i + 1
        close = self._next_closer(i + 2)
        if close < 0 or 0 <= self._next_blank(i) < close:
            self.buf.append("$")
            return i + 1
        self._emit(Math(text[i + 1 : close], "inline"), i, close + 1)
        return close + 1

    def _display(self, i: int) -> int:
        text = self.text
        if self._display_end != -1 and self._display_end < i + 2:
            self._display_end = _find_unescaped(text, "$$", i + 2)
        close = self._display_end
        tex = text[i + 2 : close].strip() if close >= 0 else ""
        if not tex:
            self.buf.append("$$")
            return i + 2
        self._emit(Math(tex, "display"), i, close + 2)
        return close + 2

    def _latex_delimited(self, i: int, opener: str) -> int:
        text = self.text
        closer, mode = (r"\)", "inline") if opener == "(" else (r"\]", "display")
        attr = "_paren_end" if opener == "(" else "_bracket_end"
        end = getattr(self, attr)
        if end != -1 and end < i + 2:
            end = _find_unescaped(text, closer, i + 2)
            setattr(self, attr, end)
        tex = text[i + 2 : end].strip() if end >= 0 else ""
        if not tex:
            self.buf.append(text[i : i + 2])
            return i + 2
        self._emit(Math(tex, mode), i, end + 2)
        return end + 2

    # ---------------------------------------------------------------- look-ahead

    def _next_closer(self, start: int) -> int:
        """The first valid closing ``$`` at or after ``start``, or -1."""
        closers, k = self._closers, self._closer_index
        while k < len(closers) and closers[k] < start:
            k += 1
        self._closer_index = k
        return closers[k] if k < len(closers) else -1

    def _next_blank(self, start: int) -> int:
        """The first blank line (a paragraph break) at or after ``start``, or -1."""
        if self._blank != -1 and self._blank < start:
            found = _BLANK_LINE.search(self.text, start)
            self._blank = found.start() if found else -1
        return self._blank

    # ---------------------------------------------------------------- output

    def _emit(self, math: Math, start: int, end: int) -> None:
        self._flush()
        self.out.append(math)
        self.spans.append((start, end))

    def _flush(self) -> None:
        if self.buf:
            self.out.append(Text("".join(self.buf)))
            self.buf.clear()


_SPECIAL = re.compile(r"[\\$]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _next_special(text: str, start: int) -> int:
    found = _SPECIAL.search(text, start)
    return found.start() if found else len(text)


def _escaped(text: str, pos: int) -> bool:
    """Whether the character at ``pos`` is preceded by an odd number of backslashes."""
    count = 0
    while pos - count - 1 >= 0 and text[pos - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _find_unescaped(text: str, needle: str, start: int) -> int:
    pos = text.find(needle, start)
    while pos >= 0 and _escaped(text, pos):
        pos = text.find(needle, pos + 1)
    return pos


def _inline_closers(text: str) -> list[int]:
    """Positions of every ``$`` that may close inline math: unescaped, not part of ``$$``,
    a non-space character before it and no digit after it."""
    closers = []
    for found in re.finditer(r"\$", text):
        pos = found.start()
        before = text[pos - 1] if pos else " "
        after = text[pos + 1] if pos + 1 < len(text) else ""
        if before.isspace() or after.isdigit() or after == "$" or before == "$":
            continue
        if not _escaped(text, pos):
            closers.append(pos)
    return closers


# ------------------------------------------------------------------------------ writing


def to_source(segments: Iterable[Segment]) -> str:
    """Segments back as note text (``$`` in text as ``\\$``), for messages and round trips.

    Math is written with ``$``/``$$`` where those delimiters give the same formula back, else
    with ``\\(…\\)``/``\\[…\\]``: ``split_math(to_source(segs)) == segs`` for segments
    that came from :func:`split_math`.
    """
    segs = tuple(segments)
    parts = []
    for k, seg in enumerate(segs):
        if isinstance(seg, Text):
            parts.append(seg.text.replace("$", r"\$"))
        else:
            parts.append(_delimited(seg, segs[k + 1] if k + 1 < len(segs) else None))
    return "".join(parts)


def _delimited(math: Math, following: Segment | None) -> str:
    """The formula with the first delimiters that read back as this one formula, given
    the character that follows it (a digit after ``$`` would keep it from closing)."""
    after = following.text[:1] if isinstance(following, Text) else ""
    if math.display:
        candidates = (f"$${math.tex}$$", rf"\[{math.tex}\]")
    else:
        candidates = (f"${math.tex}$", rf"\({math.tex}\)")
    for written in candidates:
        if split_math(written + after)[:1] == (math,):
            return written
    return candidates[-1]


def tex_for_html(tex: str) -> str:
    """TeX as HTML text: only ``&``, ``<`` and ``>`` become references.

    A browser turns them back into the characters before MathJax reads the formula; any
    other reference (``&#123;`` for a brace) would be what Anki's editor shows the user.
    """
    return tex.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Anki ends a cloze deletion at the first "}}" and starts its hint at the first "::", even
# inside math. TeX ignores spaces between tokens in math mode, so a space between the two
# characters changes nothing on the card (Anki's manual gives the same advice).
_CLOZE_BREAKS = re.compile(r"([{}:])(?=\1)")


def cloze_safe_tex(tex: str) -> str:
    """TeX that cannot end an Anki cloze deletion: ``}}``, ``{{`` and ``::`` get a space."""
    return _CLOZE_BREAKS.sub(r"\1 ", tex)


def to_anki_html(
    segments: Iterable[Segment], escape: Callable[[str], str], *, cloze: bool = False
) -> str:
    """Segments as the HTML of an Anki field.

    Text goes through ``escape`` (the deck's own escaping of note text); math becomes
    ``\\(…\\)`` or ``\\[…\\]`` with its TeX escaped by :func:`tex_for_html` only. With
    ``cloze=True`` the TeX is also :func:`cloze_safe_tex`, for text inside a cloze deletion.
    """
    parts = []
    for seg in segments:
        if isinstance(seg, Math):
            tex = tex_for_html(cloze_safe_tex(seg.tex) if cloze else seg.tex)
            parts.append(rf"\[{tex}\]" if seg.display else rf"\({tex}\)")
        else:
            parts.append(escape(seg.text))
    return "".join(parts)


def to_mathjax_html(text: str) -> str:
    """A note text as HTML for a page that runs MathJax (Moodle, QTI players): text
    HTML-escaped, math as ``\\(…\\)``/``\\[…\\]`` (:func:`to_anki_html`'s writing)."""
    return to_anki_html(split_math(text), _escape_text)


def _escape_text(text: str) -> str:
    return html.escape(text, quote=False)
