"""The HTML of a card's parts: a list's members (plain or as cloze deletions), a group
card's front with its blanks and window, a breadcrumb cut above an asked answer, a text with a
term's forms blanked, a source line whose file name would answer the card.
:mod:`examgen.cards` decides what each card asks; this module writes it."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from examgen.card_budget import window, within_cue_budget
from examgen.card_giveaways import term_forms
from examgen.card_phrases import Phrases
from examgen.cardtext import Hider, display_width, mask, text_html
from examgen.model import Fact, Item


def hide(text: str, forms: Sequence[str], blank: str) -> str:
    """``text`` with every form of a term (:func:`term_forms`, longest first) blanked."""
    for form in forms:
        text = mask(text, form, blank)
    return text


def items_html(items: Sequence[Item], hider: Hider, numbers, *, cloze: bool) -> str:
    """A list's members as HTML, each with its gloss: as cloze deletions (``cloze``, by
    ``numbers``, the cloze number of each asked position) or plain."""
    lines = []
    for position, item in enumerate(items, 1):
        number = numbers.get(position, 0)
        if cloze and number:
            text = f"{{{{c{number}::{hider.html(item.text, own=number, inside=True)}}}}}"
        elif cloze:
            text = hider.html(item.text)
        else:
            text = text_html(item.text)
        gloss = ""
        if item.gloss and "；" not in item.gloss:  # most glosses: one part, nothing to join
            part = item.gloss.strip()
            shown = (hider.html(part) if cloze else text_html(part)) if part else ""
            gloss = f'<span class="eg-gloss">{shown}</span>'
        elif item.gloss:
            # "deployment；每个node上…": a gloss and the paragraph under it, on the member's
            # line: a line each read as more members than the list's count.
            parts = [p.strip() for p in item.gloss.split("；") if p.strip()]
            shown = "".join(
                (_joiner(parts[i - 1], p) if i else "") + (hider.html(p) if cloze else text_html(p))
                for i, p in enumerate(parts)
            )
            gloss = f'<span class="eg-gloss">{shown}</span>'
        lines.append(f"<li>{text}{gloss}</li>")
    return f'<ul class="eg-items">{"".join(lines)}</ul>'


def _joiner(before: str, after: str) -> str:
    """The mark between a gloss and its paragraph on one line: "；" beside a Chinese text,
    "; " between Latin ones."""
    latin = before[-1:].isascii() and after[:1].isascii()
    return "; " if latin else "；"


def masked_context(fact: Fact, hider: Hider, context: str) -> str:
    """The breadcrumb of a cloze note, cut before the first heading that holds an asked
    answer. The field is the same on every card of the note and on both sides, so a blank
    there ("＿＿ › ＿＿ ＿＿過程") would hide every answer on every card, the one asked and
    the ones shown alike; the headings above it still say where the card stands."""
    if not any(hider.spans(heading) for heading in fact.section):
        return context
    kept = []
    for heading in fact.section:
        if hider.spans(heading):
            break
        kept.append(text_html(heading))
    return " › ".join(kept)


def blanked_html(
    items: Sequence[Item],
    wanted: set[int],
    words: Phrases,
    parts: Mapping[int, tuple[str, ...]],
    widths: Sequence[int] | None = None,
) -> str:
    """A group card's front: the list with the asked members (positions ``wanted``) blank,
    and a bounded window of the others given as cues (:func:`window`); a gap in the notes'
    order shows as "…", so the card does not grow with its list. ``parts``: what gives each
    member away (``card_giveaways.hidden_parts``, worked out once for all of a list's groups:
    per group, it made the deck quadratic in a list's length), by position; ``widths``: each
    member's display width (``card_budget.Members.widths``), when the caller has them."""
    given = Hider(
        {p: items[p - 1].text for p in wanted}, {p: parts[p] for p in wanted if p in parts}
    )
    if widths is None:
        widths = [display_width(item.text) for item in items]
    cues = within_cue_budget(widths, wanted, window(len(items), wanted))
    shown = sorted({*wanted, *cues})
    lines = []
    previous = 0
    for position in shown:
        if position != previous + 1:
            lines.append('<li class="eg-more">…</li>')
        previous = position
        if position in wanted:
            lines.append(f'<li><span class="eg-blank">{words.blank}</span></li>')
            continue
        item = items[position - 1]
        gloss = (
            f'<span class="eg-gloss">{given.html(item.gloss, blank=words.blank)}</span>'
            if item.gloss
            else ""
        )
        lines.append(f"<li>{given.html(item.text, blank=words.blank)}{gloss}</li>")
    if previous != len(items):
        lines.append('<li class="eg-more">…</li>')
    # `eg-window`: card.css hides it on the back, where the asked members are the answer.
    return f'<ul class="eg-items eg-window">{"".join(lines)}</ul>'


# `sources/Normalization.md:5`: a folder, the file's name, its extension and the line.
_LOCATION = re.compile(r"^(?P<folder>.*/)?(?P<stem>[^/]*?)(?P<rest>(?:\.[^./:]*)?:\d+)$")


def unnamed_source(source: str, fact: Fact, blank: str) -> str:
    """The source line (ready HTML, on every side of every card of the note) with the file's
    name blanked where it names one of ``fact``'s answers: the term of a definition (its
    reverse card asks it), a member or step of a list or sequence (but the notes' title, shown
    there, not asked). Notes named after their
    topic ("Normalization.md" under the card asking Normalization) would answer the card in
    its footer; the breadcrumb on the back still says where the fact stands."""
    where = _source_stem(source)
    if where is None or fact.kind == "table":
        return source
    folder, spaced, rest = where
    # ``mask`` blanks an answer only where the name holds it (case folded, two characters
    # or more): when it holds none, as in most notes, the name is as it was.
    lowered = spaced.lower()
    if fact.kind == "definition":
        answers = term_forms(fact.subject)
        if not any(len(a.strip()) >= 2 and a.strip().lower() in lowered for a in answers):
            return source
    else:
        # Every member looked for in the name first, each stripped once: the answers
        # (those but the title) are sorted out only for a name holding a member.
        texts = [item.text.strip() for item in fact.items]
        if not any(len(text) >= 2 and text.lower() in lowered for text in texts):
            return source
        title = fact.section[0].casefold() if fact.section else ""  # shown, never asked
        answers = {text for text in texts if text.casefold() != title}
        if not any(len(a) >= 2 and a.lower() in lowered for a in answers):
            return source
    if fact.kind != "definition":
        answers = tuple(sorted(answers, key=lambda a: (-len(a), a)))
    hidden = hide(spaced, answers, blank)
    if hidden == spaced:
        return source
    return f"{folder}{hidden}{rest}"


def _source_stem(source: str) -> tuple[str, str, str] | None:
    """A source line's folder, its file's name with hyphens and underscores as spaces
    (`Load-Balancing.md` names Load Balancing), and the rest (extension, line); ``None``
    when it is no `file:line`."""
    if "\n" in source:  # no notes file's name (and ``$`` would match before it): as read
        where = _LOCATION.match(source)
        if where is None:
            return None
        return where["folder"] or "", re.sub(r"[-_]+", " ", where["stem"]), where["rest"]
    file, colon, line = source.rpartition(":")
    if not (colon and line.isdecimal()):  # what ``\d+`` of _LOCATION matches
        return None
    found = _file_stem(file)
    return None if found is None else (found[0], found[1], f"{found[2]}:{line}")


# Memo: every fact of a notes file has its source line, which differs by the line only.
@functools.lru_cache(maxsize=1 << 12)
def _file_stem(file: str) -> tuple[str, str, str] | None:
    where = _LOCATION.match(f"{file}:0")
    if where is None:
        return None
    return where["folder"] or "", re.sub(r"[-_]+", " ", where["stem"]), where["rest"][:-2]
