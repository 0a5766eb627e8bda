"""The blueprint's questions drawn from the offers: no fact twice, chapters in proportion."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from examgen.config import BlueprintEntry
from examgen.model import QUESTION_TYPES, Fact, Question
from examgen.questions.definitions import group_matching_forms
from examgen.questions.form import Ask, Form
from examgen.questions.index import Notes
from examgen.questions.kinds import offers


def merged_blueprint(blueprint: Sequence[BlueprintEntry]) -> list[BlueprintEntry]:
    """Known types only, one entry per type (counts of repeated entries add up)."""
    merged: dict[str, BlueprintEntry] = {}
    for entry in blueprint:
        if entry.type not in QUESTION_TYPES or entry.count <= 0:
            continue
        if entry.type in merged:
            first = merged[entry.type]
            merged[entry.type] = replace(first, count=first.count + entry.count)
        else:
            merged[entry.type] = entry
    return list(merged.values())


# Compared by identity: the selection finds and removes an offer in its chapter's list.
@dataclass(frozen=True, eq=False)
class _Offer:
    """The forms of one type a fact (or a group of facts) gives, as the selection sees them."""

    facts: tuple[Fact, ...]
    #: Unused facts the forms need.
    need: int
    #: The chapter the offer counts for: its first fact's.
    chapter: str
    #: The forms' varieties, in the forms' order.
    varieties: tuple[str, ...]
    #: The forms, for a group; a fact's are made again from the notes when it is drawn.
    forms: tuple[Form, ...] = ()


def _live(offer: _Offer, used: Collection[str]) -> bool:
    """Whether enough of the offer's facts are unused to ask it."""
    if len(offer.facts) == 1:
        # Nearly every offer: one fact, needed.
        return int(offer.facts[0].id not in used) >= offer.need
    return sum(1 for f in offer.facts if f.id not in used) >= offer.need


def select(
    rng: random.Random,
    notes: Notes,
    asked: Sequence[Fact],
    blueprint: Sequence[BlueprintEntry],
    lang: str,
) -> dict[str, list[Question]]:
    """Questions per type: no fact asked twice, chapters in proportion to their facts."""
    offers_by_type: dict[str, list[_Offer]] = {t: [] for t in QUESTION_TYPES}
    # Facts share a few combinations of varieties: one tuple of each.
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    for fact in asked:
        # Only the varieties are kept: the forms (closures over the candidates) of thousands
        # of facts, kept alive together, cost more in allocation and garbage collection than
        # making the few drawn facts' forms again.
        for qtype, forms in offers(notes, fact).forms.items():
            varieties = tuple(f.variety for f in forms)
            varieties = shared.setdefault(varieties, varieties)
            offers_by_type[qtype].append(_Offer((fact,), 1, fact.chapter, varieties))
    for form in group_matching_forms(notes, asked):
        offer = _Offer(form.facts, form.need, form.facts[0].chapter, (form.variety,), (form,))
        offers_by_type["matching"].append(offer)

    chapter_sizes = Counter(f.chapter for f in asked)
    chapter_index = {c: i for i, c in enumerate(dict.fromkeys(f.chapter for f in asked))}
    total_facts = max(len(asked), 1)

    used: set[str] = set()
    per_chapter: Counter[str] = Counter()
    questions: dict[str, list[Question]] = {}
    # Scarce types first (ordering needs a sequence, matching glosses), so the flexible types
    # do not use up the few facts the scarce ones can ask about.
    order = sorted(
        range(len(blueprint)),
        key=lambda i: (len(offers_by_type[blueprint[i].type]) / blueprint[i].count, i),
    )
    for i in order:
        entry = blueprint[i]
        truths = iter(balanced(rng, entry.count, (True, False)))
        made: list[Question] = []
        # The live offers (enough of their facts unused) by chapter, each chapter's in the
        # offers' order; kept up to date as facts are used rather than found again for every
        # question, which took a pass over all the offers each time.
        live: dict[str, list[_Offer]] = {}
        # A fact offers a type once; the groups (matching over a section) are few.
        by_fact: dict[str, _Offer] = {}
        groups: list[_Offer] = []
        for offer in offers_by_type[entry.type]:
            if _live(offer, used):
                live.setdefault(offer.chapter, []).append(offer)
                if offer.forms:
                    groups.append(offer)
                else:
                    by_fact[offer.facts[0].id] = offer
        for _ in range(entry.count):
            if not live:
                break
            asked_so_far = sum(per_chapter.values()) + 1
            chapter = min(
                live,
                key=lambda c: (
                    per_chapter[c] - chapter_sizes[c] / total_facts * asked_so_far,
                    chapter_index.get(c, len(chapter_index)),
                ),
            )
            offer = rng.choice(live[chapter])
            free = tuple(f for f in offer.facts if f.id not in used)
            forms = offer.forms or offers(notes, offer.facts[0]).forms[entry.type]
            variety = rng.choice(sorted(set(offer.varieties)))
            form = rng.choice([f for f in forms if f.variety == variety])
            ask = Ask(lang, entry.points, next(truths))
            question = form.build(rng, free, ask)
            newly_used: list[str] = []
            for asked_fact in question.facts:
                for fact_id in (asked_fact, *notes.related.get(asked_fact, ())):
                    if fact_id not in used:
                        used.add(fact_id)
                        newly_used.append(fact_id)
            # An offer dies when too few of its facts are left; it never comes back (``used``
            # only grows), and the others keep their order.
            dead = [by_fact.pop(f) for f in newly_used if f in by_fact]
            dead += [g for g in groups if not _live(g, used)]
            groups = [g for g in groups if _live(g, used)]
            for offer in dead:
                same_chapter = live[offer.chapter]
                same_chapter.remove(offer)
                if not same_chapter:
                    del live[offer.chapter]
            per_chapter[chapter] += 1
            made.append(question)
        questions[entry.type] = made
    return questions


def balanced(rng: random.Random, count: int, values: Sequence) -> list:
    """``count`` values, each used equally often (±1), in shuffled order."""
    sequence: list = []
    while len(sequence) < count:
        block = list(values)
        rng.shuffle(block)
        sequence.extend(block)
    return sequence[:count]
