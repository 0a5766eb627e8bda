"""The cards of a list: its whole-list card, its group cards and its cloze note.

A list is asked once within the recall budget (README "The cards"): the whole list on one
card when it fits, else in stable groups whose members never move to another group's note
when a member is added; a cloze note per member only for a list of short names, never for
one already asked in groups. Split from :mod:`examgen.cards`, which picks a fact's cards.
"""

from __future__ import annotations

from examgen.card_budget import (
    DEFINITION_CUE_COLUMNS,
    MAX_ANSWER_COLUMNS,
    MAX_DELETION_COLUMNS,
    MAX_MEMBERS,
    Members,
    cues_over_budget,
    group_headers,
    grouped_kind,
    is_claim,
    is_sentence,
    phrases_over_budget,
    stable_groups,
)
from examgen.card_definitions import (
    is_description,
)
from examgen.card_html import blanked_html, items_html, masked_context
from examgen.card_notes import (
    CardNote,
    Made,
    explained_notes,
    one_member_notes,
)
from examgen.card_phrases import open_phrases, says_count
from examgen.card_survey import subject_key
from examgen.cardtext import display_width, text_html
from examgen.model import Item
from examgen.prompts import (
    list_wording,
    subject_head,
    unnamed_subject,
)


def list_notes(
    fact,
    *,
    parent,
    defined,
    subject,
    items,
    members: Members,
    asking,
    related,
    top_title,
    words,
    lang,
    images,
    context,
    source,
    heads,
    full,
    worded,
) -> Made:
    """The notes of the list ``fact`` (shown as ``subject`` with ``items``, read once as
    ``members``), or why it gets none. ``asking()`` gives its members' cloze numbers (of
    those asked, by position), its question and title (``list_texts``) and its hiders
    (``card_hiders.list_hiders``): the same each call, worked out at the first
    (``cards._asking``). ``related()``: its relation (``prompts.relation`` with ``top_title``,
    the notes' title when it is a term they define, else ''), worked out once."""
    words = open_phrases(lang) if fact.open else words  # examples: no count, no "all"
    if len(items) == 1:
        return one_member_notes(items[0], subject, words, lang, images, context, source)
    # X defined too: its short definition beside X, not a second bare "explain X".
    said = defined.get(subject_key(fact.subject))
    cue = said is None or 0 < display_width(said) <= DEFINITION_CUE_COLUMNS
    # Untitled, the list's relation is the one it is explained by.
    about = cue and unnamed_subject(
        subject,
        worded,
        lang,
        fact.section,
        said or parent,
        fact.label,
        None if top_title else related(),
    )
    widths = members.widths
    fits = len(items) <= MAX_MEMBERS and sum(widths) <= MAX_ANSWER_COLUMNS
    # A member wider than a whole card's answer (a paragraph) is only ever shown as a cue.
    parts_fit = max(widths) <= MAX_ANSWER_COLUMNS
    # A list that fits on its card is explained whichever members a recall would ask.
    if about and parts_fit and (fits or asking()[0]):
        # No relation named: "explain X", not "the points listed about X". A subject that
        # is no term ("如果min_id < …") is explained as a point, not defined as a concept.
        term = not (is_sentence(subject) or is_claim(subject) or is_description(subject, lang))
        prompt = words.about if term else words.explain
        # A sublist's name ("类型") is no point: its members are asked by its own list.
        points = [item for item, head in zip(items, heads, strict=True) if not head] or items
        points = [Item(full), *points] if full else points  # "PAgP": Port Agg Protocol, …
        return explained_notes(points, about, prompt, words, images, context, source)
    form = related().form
    if form == "points":
        # "The points the notes list about X" says no relation to recall them by.
        return Made((), (f"list {fact.subject!r} names no relation to ask it by",))
    numbers, wording, hiders = asking()
    # Positions of the asked members, oldest member (lowest cloze number) first: groups are
    # filled in this order, so a member added later never moves another to another group.
    asked = sorted(numbers, key=numbers.__getitem__)
    # Its cards hide their answers from here on (explained, it hid none).
    hider, cloze, hidden = hiders()
    # ``wording`` is the list's own (``list_texts``), but for an open list's phrases.
    question_text, title_text = (
        list_wording(
            subject, worded, words, lang, fact.section, parent, fact.label, top_title, related()
        )
        if fact.open
        else wording
    )
    question = text_html(question_text)
    # A heading naming the members ("LBCC和MVCC" over "解决幻读问题的方法") would answer the card.
    context = masked_context(fact, hider, context)
    if not asked and len(items) <= MAX_MEMBERS and sum(widths) <= MAX_ANSWER_COLUMNS:
        # Sentences, not names: blanking one would ask which sentence is missing. The one
        # card asks for them all, and only when they fit the recall budget.
        back = items_html(items, hider, numbers, cloze=False) + images
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
    asked_widths = [widths[n - 1] for n in asked]
    parts = stable_groups(asked_widths)
    if len(parts) == 1 and len(asked) == len(items):
        back = items_html(items, hider, numbers, cloze=False) + images
        fields = (question, back, words.say("count", len(items)), "", context, source)
        notes.append(CardNote("list", "basic", fields, 1))
    else:
        # ``hidden``: what gives each member away, worked out once for the list (per group,
        # it made the deck quadratic in a list's length).
        for index, part in enumerate(parts):
            wanted = {asked[p] for p in part}
            # The list's title on a line of its own, never run into the first shown member:
            # its question ("…的条件有哪些？", "——列出各项") would be a second instruction
            # beside "写出空缺的1项".
            ask = text_html(title_text)
            front = f'<div class="eg-ask">{ask}</div>' + blanked_html(
                items, wanted, words, hidden, widths
            )
            back = items_html([items[p - 1] for p in sorted(wanted)], hider, {}, cloze=False)
            prompt = (
                words.say("group", len(wanted), i=index + 1, k=len(parts))
                if len(parts) > 1
                else words.say("one_group", len(wanted))
            )
            fields = (front, back + images, prompt, "", context, source)
            notes.append(CardNote(grouped_kind("list", index), "basic", fields, 1))
    if (
        len(parts) > 1
        or phrases_over_budget(widths, asked_widths)
        or cues_over_budget(widths, asked_widths)
    ):
        # A list over the recall budget is asked once, in groups: a one-blank cloze card per
        # member would ask it again, each card showing the whole list (README "The cards").
        return Made(tuple(notes))
    shown_hider = hider
    hider, numbers = cloze
    if not numbers or fact.open:
        # An open list's blank has no one answer: any other example fits it as well.
        return Made(tuple(notes))
    headers = group_headers(items, fact.subject, subject_head(fact.subject, lang), members)
    count = len(items) - sum(headers)  # "数据库提供4种隔离级别" is not followed by "（4项）"
    counted = title_text if says_count(title_text, count) else None
    title = hider.html(counted or words.say("counted", count, title=title_text))
    text = f'<div class="eg-title">{title}</div>' + items_html(items, hider, numbers, cloze=True)
    # The same hider cuts the breadcrumb where it cut it already.
    cloze_context = context if hider is shown_hider else masked_context(fact, hider, context)
    fields = (text, images, cloze_context, source)
    used = tuple(sorted(numbers.values()))
    notes.append(CardNote("list-cloze", "cloze", fields, len(used), used))
    return Made(tuple(notes))
