"""What each fact asks on its Anki notes: prompts, answers, clozes, in the notes' language.

``examgen.deck`` decides where notes go (decks, tags, GUIDs, times) and writes them; this
module decides what they say. The rules a card follows (README "The cards"):

* **The prompt states the relation.** A list asks for "the components of X" or "the
  advantages of X" when its subject names the relation (``CGroups 作用`` ->
  ``CGroups 的作用有哪些？``), "which are X" when the subject is a category
  (``云计算优势有哪些？``), "which kinds of X" when every member is an X (``全自动调度`` with
  ``定向调度``, ``亲和性调度``), and otherwise "the key points about X" (``node 的要点有哪些？``),
  never a bare "X有哪些？".
* **The notes' language.** The wording follows the language of most facts of the fact's
  notes file, whatever the script of one term (``CNM`` in a Chinese file gets 解释这个概念).
* **A recall budget** (:data:`MAX_MEMBERS`, :data:`MAX_DELETION_COLUMNS`,
  :data:`MAX_ANSWER_COLUMNS`): a member wider than a deletion may be is shown, never asked;
  a list whose answer is over budget is asked in groups, one note per group, filled oldest
  member first (:func:`stable_groups`) so that an inserted member moves nobody.
* **Cloze numbers follow members.** A cloze deletion's number is the one the store keeps
  for its member (``examgen.clozes``), not its position; a note says which numbers it uses
  (:attr:`CardNote.cloze_numbers`).
* **Math is MathJax.** Note text goes through ``cardtext.text_html``: formulas reach Anki as
  ``\\(…\\)`` / ``\\[…\\]`` and are never cut or hidden inside.
* **No giveaways.** Wherever an asked member's text recurs on its card (the title, a gloss,
  another member, the breadcrumb), it is hidden on that card too.
* **Names, not sentences, are blanked** (:func:`asked_members`): a sentence member is
  shown, a list of sentences gets only its one "list them" card, a one-character answer
  that recurs on its card is not blanked, and a one-member list is asked like a definition.
* **Reverse cards only from distinctive texts** (:func:`distinctive`), with the breadcrumb.
* **No twins.** Facts of one kind with the same subject get a qualifier (the list they sit in,
  or their section) so their cards never ask the same question with different answers.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

from examgen.cardtext import Hider, clean, display_width, lines_html, mask, text_html
from examgen.mathtext import math_spans
from examgen.model import Fact, Item
from examgen.prompts import Phrases, list_wording, phrases, relation

#: At most this many members are asked on one card.
MAX_MEMBERS = 7
#: A list over the budget is asked in groups of at most this many members (fewer than
#: :data:`MAX_MEMBERS`, so that a list that just outgrew one card splits 5 + 3, not 7 + 1).
GROUP_MEMBERS = 5
#: A member, step or cell wider than this (display columns: a Chinese character is two) is
#: too long to recall word for word: it is shown as context, never asked.
MAX_DELETION_COLUMNS = 60
#: What one card asks for adds up to at most this many columns (about 60 Chinese characters).
MAX_ANSWER_COLUMNS = 120
#: A definition's text narrower than this (8 Chinese characters, two or three words) is too
#: generic to tell its term apart: it gets no reverse card.
MIN_REVERSE_COLUMNS = 16

#: Base card kinds (part of the GUID). Grouped notes add ``#2``, ``#3``… to the kind of their
#: first group; a table row's kind is ``table:<row head>`` (see :func:`fact_notes`).
CARD_KINDS = ("definition", "list", "list-cloze", "sequence", "table")


# ------------------------------------------------------------------------------ the survey


@dataclass(frozen=True)
class Survey:
    """What a fact's cards depend on beyond the fact: the notes' language and qualifiers.

    ``languages`` maps a notes file to its language: Chinese when at least a third of its
    facts are;
    ``qualifiers`` maps ``(fact id, kind)`` to what tells the fact apart from another of
    the same kind and subject;
    ``shared`` holds the texts (definitions, glosses; see :func:`gloss_key`) that more than
    one fact says: such a text cannot tell its term apart, so it gets no reverse card.
    """

    languages: Mapping[str, str]
    qualifiers: Mapping[tuple[str, str], str]
    shared: frozenset[str] = frozenset()


def survey(facts: Iterable[Fact]) -> Survey:
    """Look at all the facts of a deck once, before any card is worded."""
    facts = list(facts)
    votes: dict[str, Counter[str]] = {}
    for fact in facts:
        votes.setdefault(fact.source, Counter())[fact.lang] += 1
    # A Chinese file is full of Latin terms (CNM: container network model) that look
    # English on their own; an English file has no Chinese fact at all. So a third is enough.
    languages = {
        source: "zh" if 3 * counter["zh"] >= counter.total() else "en"
        for source, counter in votes.items()
    }
    twins: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        key = (fact.kind, " ".join(fact.subject.split()).casefold())
        twins.setdefault(key, []).append(fact)
    qualifiers: dict[tuple[str, str], str] = {}
    groups = [group for group in twins.values() if len({f.id for f in group}) > 1]
    if groups:
        parents = _parent_lists(facts)
        for group in groups:
            qualifiers.update(_qualify(group, parents))
    return Survey(MappingProxyType(languages), MappingProxyType(qualifiers), _shared(facts))


def gloss_key(text: str | None) -> str:
    """A definition's or gloss's text as compared between facts: cleaned, spaces and
    case folded, trailing punctuation dropped."""
    return " ".join(clean(text).split()).casefold().rstrip("。.；;，,")


def _shared(facts: Sequence[Fact]) -> frozenset[str]:
    """The texts more than one fact says: ``kube-proxy`` defined as "通信和负载均衡" and
    glossed so in the list of node's processes, or ``On``: "No negotiation" in two tables."""
    sayers: dict[str, set[str]] = {}
    for fact in facts:
        texts = [fact.text] if fact.kind == "definition" else [i.gloss for i in fact.items]
        for text in texts:
            key = gloss_key(text)
            if key:
                sayers.setdefault(key, set()).add(fact.id)
    return frozenset(key for key, ids in sayers.items() if len(ids) > 1)


def _parent_lists(facts: Sequence[Fact]) -> dict[tuple[str, str], tuple[str, str]]:
    """(notes file, member text) -> the subject of the list it is a member of, its gloss."""
    parents: dict[tuple[str, str], tuple[str, str]] = {}
    for fact in facts:
        if fact.kind in ("list", "sequence"):
            for item in fact.items:
                key = (fact.source, item.text.strip().casefold())
                parents.setdefault(key, (fact.subject, clean(item.gloss)))
    return parents


def _qualify(group: Sequence[Fact], parents: Mapping) -> dict[tuple[str, str], str]:
    """A qualifier per fact of a group of same-kind, same-subject facts: the list the fact
    was glossed in (``kubelet(…)`` under ``node 运行的进程``), else its deepest heading
    that is not the subject itself, numbered when two are still alike."""
    chosen: dict[tuple[str, str], str] = {}
    for fact in group:
        subject = fact.subject.strip().casefold()
        parent, gloss = parents.get((fact.source, subject), ("", ""))
        if not (gloss and clean(fact.text).startswith(gloss)):
            parent = ""
        headings = [h for h in fact.section if h.strip().casefold() != subject]
        chosen[(fact.id, fact.kind)] = parent or (headings[-1] if headings else "")
    counts = Counter(chosen.values())
    seen: Counter[str] = Counter()
    for key, text in list(chosen.items()):
        if counts[text] > 1:  # still alike: number them in the notes' order
            seen[text] += 1
            chosen[key] = f"{text} {seen[text]}".strip()
    return chosen


# ------------------------------------------------------------------------------ notes


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


def fact_notes(
    fact: Fact,
    plan: Survey,
    *,
    reverse: bool,
    images: str,
    context: str,
    source: str,
    numbers: Sequence[int] = (),
) -> Made:
    """The notes of one fact. ``reverse``: give a definition its reverse card; ``images``,
    ``context`` (the breadcrumb) and ``source`` are ready HTML for the fields of that name;
    ``numbers``: the stored cloze number of each of ``fact.items`` (``examgen.clozes``),
    empty to number the asked members 1..n in order."""
    lang = plan.languages.get(fact.source, fact.lang)
    words = phrases(lang)
    qualifier = plan.qualifiers.get((fact.id, fact.kind), "")
    qualified = words.qualifier.format(q=clean(qualifier)) if qualifier else ""
    subject = clean(fact.subject)
    if fact.kind == "definition":
        reverse = reverse and distinctive(fact.text, plan)
        return _definition(fact, subject, qualified, words, reverse, images, context, source)
    if fact.kind in ("list", "sequence"):
        if len(numbers) != len(fact.items) or not all(numbers):
            numbers = (0,) * len(fact.items)  # none stored: number by position
        kept = [
            (Item(clean(item.text), clean(item.gloss) or None), number)
            for item, number in zip(fact.items, numbers, strict=True)
            if clean(item.text)
        ]
        if not kept:
            return Made((), (f"{fact.kind} {fact.subject!r} has no items",))
        items = tuple(item for item, _number in kept)
        asks = asked_members(items, (fact.subject, *fact.section))
        hider, numbered = _hider(items, [number for _item, number in kept], asks)
        if fact.kind == "list":
            return _list(
                fact,
                subject + qualified,
                items,
                numbered,
                hider,
                words,
                lang,
                images,
                context,
                source,
            )
        return _sequence(
            fact, subject + qualified, items, numbered, hider, words, images, context, source
        )
    if fact.kind == "table":
        return _table(fact, subject + qualified, words, images, context, source)
    return Made((), (f"unknown fact kind {fact.kind!r}",))


def notes_inputs(
    fact: Fact,
    plan: Survey,
    *,
    reverse: bool,
    images: str,
    context: str,
    source: str,
    numbers: Sequence[int] = (),
) -> str:
    """Everything :func:`fact_notes` reads of its arguments, as one text: equal texts give
    equal notes, so a deck build may keep a fact's notes from the last build by it. It must
    name each part of ``plan`` that :func:`fact_notes` consults for ``fact``."""
    shared = fact.kind == "definition" and gloss_key(fact.text) in plan.shared
    return repr(
        (
            fact,
            plan.languages.get(fact.source, fact.lang),
            plan.qualifiers.get((fact.id, fact.kind), ""),
            shared,
            reverse,
            images,
            context,
            source,
            tuple(numbers),
        )
    )


def distinctive(text: str | None, plan: Survey) -> bool:
    """Whether a definition's text can tell its term apart on a reverse card: at least
    :data:`MIN_REVERSE_COLUMNS` wide and said by no other fact of the deck ("通信和负载均衡"
    could be several of node's processes)."""
    return display_width(clean(text)) >= MIN_REVERSE_COLUMNS and gloss_key(text) not in plan.shared


def _definition(fact, subject, qualified, words, reverse, images, context, source) -> Made:
    text = clean(fact.text)
    if not text:
        return Made((), (f"definition {fact.subject!r} has no text",))
    back_text = f'<div class="eg-text">{lines_html(text)}</div>{images}'
    reverse_html = ""
    if reverse:
        # The reverse card's front shows only this field: the breadcrumb goes in it, as
        # context for the text (with the term blanked where a heading names it).
        where = context
        if any(mask(h, subject, words.blank) != h for h in fact.section):
            where = " › ".join(text_html(mask(h, subject, words.blank)) for h in fact.section)
        reverse_html = (
            f'<div class="eg-prompt">{words.which_term}</div>'
            f'<div class="eg-text">{lines_html(mask(text, subject, words.blank))}</div>'
            + (f'<div class="eg-context">{where}</div>' if where else "")
        )
    front = text_html(subject) + (
        f'<span class="eg-qualifier">{text_html(qualified)}</span>' if qualified else ""
    )
    fields = (front, back_text, words.define, reverse_html, context, source)
    return Made((CardNote("definition", "basic", fields, 2 if reverse_html else 1),))


def askable(text: str) -> bool:
    """Whether a member, step or cell is short enough to be asked (the recall budget)."""
    return 0 < display_width(text) <= MAX_DELETION_COLUMNS


# Clause punctuation inside a member (not at its end) makes it a sentence, not a name.
_CLAUSE_MARK = re.compile(r"[，,。；;！!？?]")
_TRAILING = "，,。；;！!？?.：: "
#: A member of this many words or more is a sentence, not a name or phrase.
SENTENCE_WORDS = 6
#: A member this wide or wider with clause punctuation inside is a sentence.
SENTENCE_COLUMNS = 20
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")


def is_sentence(text: str) -> bool:
    """Whether a member is a whole sentence ("数据永远只会插入，没有更新与删除"), not a
    short name or phrase: a cloze blanking it would ask which sentence is missing."""
    text = text.strip().rstrip(_TRAILING)
    if "$" in text or "\\" in text:  # a formula's commas are no clause marks
        spans = math_spans(text)
        for start, end in reversed(spans):
            text = text[:start] + "x" + text[end:]
    # "共享,双向传播" lists two short words; a clause is longer than that.
    clauses = _CLAUSE_MARK.search(text) and display_width(text) >= SENTENCE_COLUMNS
    return bool(clauses) or len(text.split()) >= SENTENCE_WORDS


def asked_members(items: Sequence[Item], around: Sequence[str] = ()) -> list[bool]:
    """Which members of a list or sequence are asked (blanked), by position.

    A member is asked when it is short enough to recall (:func:`askable`), a name or phrase
    rather than a sentence (:func:`is_sentence`), and, if a single character (too short for
    the :class:`Hider` to hide), seen nowhere else on its card: "N" in "每N个事务" would
    give its own blank away. ``around``: the card's other text (subject, headings).
    """
    texts = [clean(item.text) for item in items]
    short = [len(t) < 2 for t in texts]
    seen: Counter[str] = Counter()
    if any(short):  # one pass over the card's text: characters, and Latin words whole
        every = [*texts, *(clean(item.gloss) for item in items), *around, str(len(items))]
        for text in every:
            seen.update(text.casefold())
        latin = Counter(w for t in every for w in _LATIN_WORD.findall(t.casefold()))
    out = []
    for text, tiny in zip(texts, short, strict=True):
        ok = askable(text) and not is_sentence(text)
        if ok and tiny:
            key = text.casefold()
            ok = (latin[key] if _LATIN_WORD.fullmatch(key) else seen[key]) <= 1
        out.append(ok)
    return out


def groups(widths: Sequence[int]) -> list[list[int]]:
    """Positions of asked answers cut into consecutive groups within the recall budget.

    As few groups as the budget allows, as even as possible: 9 members give 5 + 4, not 7 + 2.
    """
    total = sum(widths)
    count = max(1, math.ceil(len(widths) / MAX_MEMBERS), math.ceil(total / MAX_ANSWER_COLUMNS))
    size = math.ceil(len(widths) / count)
    out: list[list[int]] = []
    for position, width in enumerate(widths):
        if (
            not out
            or len(out[-1]) >= size
            or sum(widths[p] for p in out[-1]) + width > MAX_ANSWER_COLUMNS
        ):
            out.append([])
        out[-1].append(position)
    return out


def stable_groups(widths: Sequence[int]) -> list[list[int]]:
    """Indexes of a list's asked answers, given oldest member first, cut into groups.

    One group when the whole list fits the recall budget. Otherwise groups are filled in
    the order given, each up to :data:`GROUP_MEMBERS` members and the column budget: a
    member first seen later (a higher cloze number) joins the last group or opens a new
    one, and no member moves to another group's note (unlike :func:`groups`, whose even
    split reshuffles when a list grows).
    """
    if len(widths) <= MAX_MEMBERS and sum(widths) <= MAX_ANSWER_COLUMNS:
        return [list(range(len(widths)))]
    out: list[list[int]] = []
    used = 0
    for index, width in enumerate(widths):
        if not out or len(out[-1]) >= GROUP_MEMBERS or used + width > MAX_ANSWER_COLUMNS:
            out.append([])
            used = 0
        out[-1].append(index)
        used += width
    return out


def grouped_kind(kind: str, index: int) -> str:
    """The card kind of group ``index`` (0-based): the first keeps the fact's own kind, so
    a note made before groups existed is updated, not orphaned."""
    return kind if index == 0 else f"{kind}#{index + 1}"


def _items_html(items: Sequence[Item], hider: Hider, numbers, *, cloze: bool) -> str:
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
        if item.gloss:
            # "deployment；每个node上…": a gloss and the paragraph under it, one line each.
            parts = (p.strip() for p in item.gloss.split("；"))
            shown = "<br>".join(hider.html(p) if cloze else text_html(p) for p in parts if p)
            gloss = f'<span class="eg-gloss">{shown}</span>'
        lines.append(f"<li>{text}{gloss}</li>")
    return f'<ul class="eg-items">{"".join(lines)}</ul>'


def _hider(
    items: Sequence[Item], stored: Sequence[int], asks: Sequence[bool]
) -> tuple[Hider, dict[int, int]]:
    """The hider of a list's or sequence's asked members (``asks``), and their cloze numbers
    by position (1-based): the ``stored`` number of each member (see ``examgen.clozes``),
    or, when none is stored (zeros), the asked members counted 1..n in the notes' order."""
    numbers: dict[int, int] = {}
    for position, (number, ask) in enumerate(zip(stored, asks, strict=True), 1):
        if ask:
            numbers[position] = number or len(numbers) + 1
    return Hider({numbers[p]: items[p - 1].text for p in numbers}), numbers


def _masked_context(fact: Fact, hider: Hider, context: str, blank: str) -> str:
    """The breadcrumb, with any asked answer in a heading blanked (it is on every card)."""
    if not any(hider.spans(heading) for heading in fact.section):
        return context
    return " › ".join(text_html(hider.mask(h, blank)) for h in fact.section)


def _list(fact, subject, items, numbers, hider, words, lang, images, context, source) -> Made:
    # Positions of the asked members, oldest member (lowest cloze number) first: groups are
    # filled in this order, so a member added later never moves another to another group.
    asked = sorted(numbers, key=numbers.__getitem__)
    if len(items) == 1:
        return _one_member(items[0], subject, words, lang, images, context, source)
    question_text, title_text = list_wording(subject, items, words, lang)
    question = text_html(question_text)
    widths = [display_width(item.text) for item in items]
    if not asked and len(items) <= MAX_MEMBERS and sum(widths) <= MAX_ANSWER_COLUMNS:
        # Sentences, not names: blanking one would ask which sentence is missing. The one
        # card asks for them all, and only when they fit the recall budget.
        back = _items_html(items, hider, numbers, cloze=False) + images
        fields = (question, back, words.say("count", len(items)), "", context, source)
        return Made((CardNote("list", "basic", fields, 1),))
    if not asked:
        return Made(
            (),
            (
                f"list {fact.subject!r}: no member is a name or phrase of at most "
                f"{MAX_DELETION_COLUMNS} columns, and the whole list is too long to recall",
            ),
        )
    notes: list[CardNote] = []
    widths = [display_width(items[n - 1].text) for n in asked]
    parts = stable_groups(widths)
    if len(parts) == 1 and len(asked) == len(items):
        back = _items_html(items, hider, numbers, cloze=False) + images
        fields = (question, back, words.say("count", len(items)), "", context, source)
        notes.append(CardNote("list", "basic", fields, 1))
    else:
        for index, part in enumerate(parts):
            wanted = {asked[p] for p in part}
            front = question + _blanked_html(items, wanted, words)
            back = _items_html([items[p - 1] for p in sorted(wanted)], hider, {}, cloze=False)
            prompt = (
                words.say("group", len(wanted), i=index + 1, k=len(parts))
                if len(parts) > 1
                else words.say("one_group", len(wanted))
            )
            fields = (front, back + images, prompt, "", context, source)
            notes.append(CardNote(grouped_kind("list", index), "basic", fields, 1))
    title = hider.html(words.say("counted", len(items), title=title_text))
    text = f'<div class="eg-title">{title}</div>' + _items_html(items, hider, numbers, cloze=True)
    cloze_context = _masked_context(fact, hider, context, words.blank)
    fields = (text, images, cloze_context, source)
    used = tuple(sorted(numbers.values()))
    notes.append(CardNote("list-cloze", "cloze", fields, len(used), used))
    return Made(tuple(notes))


def _one_member(item: Item, subject, words: Phrases, lang, images, context, source) -> Made:
    """A list of one member asks it as a definition does: the subject, then the member
    (no "list of 1 item", and no cloze card that would ask the very same thing). The note
    keeps the ``list`` kind, so a note made when the list was longer is updated in place."""
    form = relation(subject, (item,), lang).form
    prompt = words.explain if form in ("question", "statement") else words.define
    back = lines_html("；".join(t for t in (item.text, item.gloss) if t))
    fields = (text_html(subject), f'<div class="eg-text">{back}</div>{images}', prompt, "")
    return Made((CardNote("list", "basic", (*fields, context, source), 1),))


def _blanked_html(items: Sequence[Item], wanted: set[int], words: Phrases) -> str:
    """A group card's front: the list with the asked members (positions ``wanted``) blank
    and the others given."""
    given = Hider({p: items[p - 1].text for p in wanted})
    lines = []
    for position, item in enumerate(items, 1):
        if position in wanted:
            lines.append(f'<li><span class="eg-blank">{words.blank}</span></li>')
            continue
        gloss = (
            f'<span class="eg-gloss">{given.html(item.gloss, blank=words.blank)}</span>'
            if item.gloss
            else ""
        )
        lines.append(f"<li>{given.html(item.text, blank=words.blank)}{gloss}</li>")
    return f'<ul class="eg-items">{"".join(lines)}</ul>'


def _sequence(fact, subject, items, numbers, hider, words, images, context, source) -> Made:
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
    title = hider.html(words.sequence_title.format(subject=subject))
    text = f'<div class="eg-title">{title}</div>' + chain
    cloze_context = _masked_context(fact, hider, context, words.blank)
    fields = (text, images, cloze_context, source)
    used = tuple(sorted(numbers.values()))
    return Made((CardNote("sequence", "cloze", fields, len(used), used),))


def _table(fact, subject, words, images, context, source) -> Made:
    """One note per row: the row head and the column names, the cells to recall.

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
            front = f'{hider.html(head, blank=words.blank)}<ul class="eg-items">{given}</ul>'
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
