"""What a fact's cards are made of: the notes the card planner (:mod:`examgen.cards`)
gives, and a table's notes (one per row)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import NamedTuple

from examgen.card_budget import MAX_DELETION_COLUMNS, askable, grouped_kind, groups
from examgen.card_definitions import finding_question, what_question
from examgen.card_html import items_html, masked_context
from examgen.card_phrases import Phrases, says_order
from examgen.card_reverse import reverse_html as reverse_html_of
from examgen.cardtext import Hider, clean, display_width, lines_html, text_html
from examgen.model import Item
from examgen.prompts import relation


class CardNote(NamedTuple):
    """One note's content: its card kind (for the GUID), type, fields and card count, and
    for a cloze note the cloze numbers its deletions use (one card each, in that order)."""

    kind: str
    model: str  # "basic" | "cloze"
    fields: tuple[str, ...]
    cards: int
    cloze_numbers: tuple[int, ...] = ()


@dataclass(frozen=True)
class Made:
    """The notes a fact gives, and why it gives none or fewer than it might."""

    notes: tuple[CardNote, ...]
    problems: tuple[str, ...] = ()


def table_notes(fact, subject, words, images, context, source) -> Made:
    """A table's notes, one per row: the row head and the column names, the cells to
    recall (``subject``: the table's name as the card shows it; ``words``: the phrases).

    A row's card kind is ``table:<row head>`` (``~2`` for a second row with the same
    head), so reordering the rows or editing one keeps the others' notes and reviews.
    """
    columns = tuple(clean(c) for c in fact.columns)
    if len(columns) < 2 or not fact.rows:
        return Made((), (f"table {fact.subject!r} has no cells to ask",))
    prompt = text_html(words.table_prompt.format(subject=subject))
    notes: list[CardNote] = []
    problems: list[str] = []
    seen: Counter[str] = Counter()
    for line, row in enumerate(fact.rows, 1):
        cells = tuple(clean(c) for c in row) + ("",) * (len(columns) - len(row))
        head = cells[0]
        named = [
            (columns[j] or words.column.format(j=j + 1), cells[j])
            for j in range(1, len(columns))
            if cells[j]
        ]
        asked = [j for j, (_name, cell) in enumerate(named) if askable(cell)]
        if len({" ".join(cell.split()).casefold() for _name, cell in named}) == 1 < len(named):
            # Both engines "B+树索引": a row with one value for all gives nothing to contrast.
            problems.append(f"table {fact.subject!r}: row {line} has one value in every cell")
            continue
        if not head or not asked:
            problems.append(f"table {fact.subject!r}: row {line} has no head or no cell to ask")
            continue
        key = " ".join(head.split()).casefold()
        seen[key] += 1
        kind = f"table:{key}" if seen[key] == 1 else f"table:{key}~{seen[key]}"
        parts = groups([display_width(named[j][1]) for j in asked])
        for index, part in enumerate(parts):
            wanted = {asked[p] for p in part}
            hider = Hider({j + 1: named[j][1] for j in wanted})
            blank = f'<span class="eg-blank">{words.blank}</span>'
            given = "".join(
                f"<li>{text_html(name)}{words.colon}"
                f"{blank if j in wanted else hider.html(cell, blank=words.blank)}</li>"
                for j, (name, cell) in enumerate(named)
            )
            # The row head on a line of its own: run into the first column it read as one
            # label ("使用场景redo log：＿＿").
            row = hider.html(head, blank=words.blank)
            front = f'<div class="eg-title">{row}</div><ul class="eg-items">{given}</ul>'
            back = "".join(
                f"<li>{text_html(named[j][0])}{words.colon}{text_html(named[j][1])}</li>"
                for j in sorted(wanted)
            )
            fields = (
                front,
                f'<ul class="eg-items">{back}</ul>{images}',
                prompt,
                "",
                context,
                source,
            )
            notes.append(CardNote(grouped_kind(kind, index), "basic", fields, 1))
    return Made(tuple(notes), tuple(problems))


def explained_notes(items, about, prompt, words, images, context, source) -> Made:
    """The note of a list whose notes name no relation (``about``: its subject and where it
    stands, ``prompts.unnamed_subject``; ``prompt``: explain or define it): one card whose
    back is the list, not a recall of "the points listed about X" nor a blank among its
    claims. A list over the recall budget gets none: a slice of it ("points 4–7 of 7") is
    answerable only by remembering the notes' order, of a relation never named."""
    if len(groups([display_width(item.text) for item in items])) > 1:
        return Made((), (f"list {about!r} names no relation and is too long to recall at once",))
    back = items_html(items, Hider({}), {}, cloze=False)
    fields = (text_html(about), back + images, text_html(prompt), "", context, source)
    return Made((CardNote("list", "basic", fields, 1),))


def one_member_notes(item: Item, subject, words: Phrases, lang, images, context, source) -> Made:
    """A list of one member asks it as a definition does: the subject, then the member
    (no "list of 1 item", and no cloze card that would ask the very same thing). The note
    keeps the ``list`` kind, so a note made when the list was longer is updated in place."""
    form = relation(subject, (item,), lang).form
    prompt = words.explain if form in ("question", "statement") else words.define
    back = lines_html("；".join(t for t in (item.text, item.gloss) if t))
    fields = (text_html(subject), f'<div class="eg-text">{back}</div>{images}', prompt, "")
    return Made((CardNote("list", "basic", (*fields, context, source), 1),))


def sequence_notes(fact, subject, items, numbers, hider, words, images, context, source) -> Made:
    """A sequence's one cloze note: its steps in order, each asked step a deletion (its
    stored cloze number), a gloss shown after its step; none when no step is short enough."""
    if not numbers:
        return Made(
            (),
            (
                f"sequence {fact.subject!r}: every step is wider than {MAX_DELETION_COLUMNS} "
                "columns, too long to recall",
            ),
        )
    steps = []
    for position, item in enumerate(items, 1):
        number = numbers.get(position, 0)
        if number:
            step = f"{{{{c{number}::{hider.html(item.text, own=number, inside=True)}}}}}"
        else:
            step = hider.html(item.text)
        if item.gloss:
            step += (
                f'<span class="eg-step-gloss">{words.gloss_open}{hider.html(item.gloss)}'
                f"{words.gloss_close}</span>"
            )
        steps.append(step)
    chain = '<div class="eg-chain">' + '<span class="eg-arrow">→</span>'.join(steps) + "</div>"
    said = says_order(subject)  # "order in which …" is not followed by "(in order)"
    title = hider.html(subject if said else words.sequence_title.format(subject=subject))
    text = f'<div class="eg-title">{title}</div>' + chain
    cloze_context = masked_context(fact, hider, context)
    fields = (text, images, cloze_context, source)
    used = tuple(sorted(numbers.values()))
    return Made((CardNote("sequence", "cloze", fields, len(used), used),))


def definition_notes(fact, text, subject, qualified, words, reverse, edges, prompt) -> Made:
    """A definition's note: ``subject`` (with its ``qualified`` bracket) on the front under
    ``prompt``, ``text`` on the back, and its reverse card when ``reverse``; ``edges``: the
    images, breadcrumb and source, ready HTML. A description headed by an explanation, a
    cause or a reason asks what it is (``card_definitions.what_question``)."""
    images, context, source = edges
    if not text:
        return Made((), (f"definition {fact.subject!r} has no text",))
    if prompt == words.explain and (question := what_question(subject, words)):
        # "Explain this · most prevalent explanation for …" hides a "what" question: ask it.
        subject, qualified, prompt = question, "", ""
    elif prompt in (words.define, words.explain) and (
        question := finding_question(subject, text, words)
    ):
        # "Define this term · Barrett Klein's study on honey bees" over what it found: ask
        # what it found, with no reverse card ("Which term is this?" of a finding).
        subject, qualified, prompt, reverse = question, "", "", False
    back_text = f'<div class="eg-text">{lines_html(text)}</div>{images}'
    reverse_html = reverse_html_of(fact, text, subject, words, context) if reverse else ""
    front = text_html(subject) + (
        f'<span class="eg-qualifier">{text_html(qualified)}</span>' if qualified else ""
    )
    fields = (front, back_text, prompt, reverse_html, context, source)
    return Made((CardNote("definition", "basic", fields, 2 if reverse_html else 1),))


def alias_notes(fact, name, subject, qualified, words, reverse, edges) -> Made:
    """The note of a definition that only gives its term another ``name``
    (``card_aliases.other_name``): "Give its other name" for ``subject`` (with its
    ``qualified`` bracket), and, when ``reverse``, the same asked from ``name`` back (its
    reverse card, whose front is the Reverse field). ``edges``: images, breadcrumb, source."""
    images, context, source = edges
    front = text_html(subject) + (
        f'<span class="eg-qualifier">{text_html(qualified)}</span>' if qualified else ""
    )
    back = f'<div class="eg-text">{lines_html(name)}</div>{images}'
    asked_back = replace(words, which_term=words.other_name)
    reverse_html = reverse_html_of(fact, name, subject, asked_back, context) if reverse else ""
    fields = (front, back, words.other_name, reverse_html, context, source)
    return Made((CardNote("definition", "basic", fields, 2 if reverse_html else 1),))
