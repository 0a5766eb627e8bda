"""The blueprint's questions drawn from the offers: no fact twice, chapters in proportion."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from examgen.config import BlueprintEntry
from examgen.model import QUESTION_TYPES, Fact
from examgen.questions.definitions import group_matching_forms
from examgen.questions.form import Ask, Draft, Form
from examgen.questions.index import Notes
from examgen.questions.kinds import offers
from examgen.questions.lists import CATEGORY_REASON
from examgen.questions.rules import PAPER_RULE, answers_another, broken


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


#: Candidate offers tried per question a blueprint entry asks for, at most.
MAX_TRIES = 8


def _retire(live: dict[str, list[_Offer]], gone: Iterable[_Offer]) -> None:
    """Take ``gone`` out of the live offers by chapter."""
    for offer in gone:
        same_chapter = live[offer.chapter]
        same_chapter.remove(offer)
        if not same_chapter:
            del live[offer.chapter]


@dataclass(frozen=True)
class Selection:
    """The drawn questions per type, and how many candidates each rule rejected."""

    drafts: Mapping[str, list[Draft]]
    #: ((question type, rule), candidates rejected), sorted.
    rejected: tuple[tuple[tuple[str, str], int], ...]


def select(
    rng: random.Random,
    notes: Notes,
    asked: Sequence[Fact],
    blueprint: Sequence[BlueprintEntry],
    lang: str,
) -> Selection:
    """Questions per type: no fact asked twice, chapters in proportion to their facts, none
    breaking a rule of :mod:`examgen.questions.rules`."""
    offers_by_type: dict[str, list[_Offer]] = {t: [] for t in QUESTION_TYPES}
    rejected: Counter[tuple[str, str]] = Counter()
    # Facts share a few combinations of varieties: one tuple of each.
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    for fact in asked:
        # Only the varieties are kept: the forms (closures over the candidates) of thousands
        # of facts, kept alive together, cost more in allocation and garbage collection than
        # making the few drawn facts' forms again.
        offered = offers(notes, fact)
        for qtype, reason in offered.reasons.items():
            # The category rule is applied when the forms are offered: counted here, so the
            # warning for a short section names it like the rules applied to drafts.
            if reason.startswith(CATEGORY_REASON):
                rejected[(qtype, "category")] += 1
        for qtype, forms in offered.forms.items():
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
    drafts: dict[str, list[Draft]] = {}
    placed: list[Draft] = []
    # Scarce types first (ordering needs a sequence, matching glosses), so the flexible types
    # do not use up the few facts the scarce ones can ask about.
    order = sorted(
        range(len(blueprint)),
        key=lambda i: (len(offers_by_type[blueprint[i].type]) / blueprint[i].count, i),
    )
    for i in order:
        entry = blueprint[i]
        truths = balanced(rng, entry.count, (True, False))
        made: list[Draft] = []
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

        # Each try places a question or retires an offer; past MAX_TRIES per question asked
        # the type is left short (the warning names the rules), so a large notes full of
        # rejected candidates costs no more tries than a small one.
        tries = 0
        while len(made) < entry.count and live and tries < MAX_TRIES * entry.count:
            tries += 1
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
            ask = Ask(lang, entry.points, truths[len(made)])
            varieties = sorted(set(offer.varieties))
            rng.shuffle(varieties)
            draft = None
            # The offer's forms in a random order: the first that breaks no rule is placed.
            for variety in varieties:
                form = rng.choice([f for f in forms if f.variety == variety])
                candidate = form.build(rng, free, ask)
                problem = broken(candidate, notes)
                if problem is None and (reason := answers_another(candidate, placed)):
                    problem = (PAPER_RULE, reason)
                if problem is None:
                    draft = candidate
                    break
                rejected[(entry.type, problem[0])] += 1
            if draft is None:
                # Every form of this offer breaks a rule: the fact gives no question of the type.
                if not offer.forms:
                    by_fact.pop(offer.facts[0].id, None)
                groups = [g for g in groups if g is not offer]
                _retire(live, [offer])
                continue
            newly_used: list[str] = []
            for asked_fact in draft.question.facts:
                for fact_id in (asked_fact, *notes.related.get(asked_fact, ())):
                    if fact_id not in used:
                        used.add(fact_id)
                        newly_used.append(fact_id)
            # An offer dies when too few of its facts are left; it never comes back (``used``
            # only grows), and the others keep their order.
            dead = [by_fact.pop(f) for f in newly_used if f in by_fact]
            dead += [g for g in groups if not _live(g, used)]
            groups = [g for g in groups if _live(g, used)]
            _retire(live, dead)
            per_chapter[chapter] += 1
            made.append(draft)
            placed.append(draft)
        drafts[entry.type] = made
    return Selection(MappingProxyType(drafts), tuple(sorted(rejected.items())))


def balanced(rng: random.Random, count: int, values: Sequence) -> list:
    """``count`` values, each used equally often (±1), in shuffled order."""
    sequence: list = []
    while len(sequence) < count:
        block = list(values)
        rng.shuffle(block)
        sequence.extend(block)
    return sequence[:count]
