"""The blueprint's questions drawn from the facts: no fact twice, chapters in proportion."""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from examgen.config import BlueprintEntry
from examgen.model import QUESTION_TYPES, Fact
from examgen.questions.definitions import group_matching_forms
from examgen.questions.form import Ask, Draft, Form, Offers
from examgen.questions.index import Notes, Pair
from examgen.questions.kinds import TYPES, offers
from examgen.questions.lists import CATEGORY_REASON
from examgen.questions.reads import note_key, plain
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


# Compared by identity: a chapter's queue holds each candidate once.
@dataclass(frozen=True, eq=False)
class _Candidate:
    """A fact (or a group of facts) that may give a question of one type."""

    #: What the draw order and the candidate's random numbers are keyed by: the fact id, or
    #: ``group:`` and the first fact's id.
    key: str
    facts: tuple[Fact, ...]
    #: Unused facts the forms need.
    need: int
    #: The chapter the candidate counts for: its first fact's.
    chapter: str
    #: The forms, for a group; a fact's are made from the notes when it is tried.
    forms: tuple[Form, ...] = ()


#: Candidates given a question (a form built and judged by the rules) per question a
#: blueprint entry asks for, at most.
MAX_TRIES = 8
#: Candidates looked at (forms made, perhaps none of the type) per question asked, at most:
#: notes full of facts that give no question of a type cost no more than small notes.
MAX_EXAMINED = 64


#: The question types, scarcest first: the blueprint's types are drawn in this order, so the
#: flexible types do not use up the few facts the scarce ones can ask about (a matching needs
#: glosses, an ordering a sequence, a fill-in a clue the item rules accept). Fixed rather
#: than counted from the notes, which would mean making every fact's forms. Counted on the
#: sample notes and on 10,000 facts of them (forms per question asked: matching 1, ordering
#: 1.5, multiple choice 6, single choice 8, true/false 9, fill-in 10, short answer 12). Fill-in
#: comes after the single choices: once a Chinese clue known not to translate its Latin term
#: asks it (session 31), fill-ins drawn first took the definitions the single choices and
#: true/false items need, and made papers thinner (sample, seeds 1401-1420: 18.1 questions a
#: paper with fill-in before the single choices, 20.8 after; every paper keeps a fill-in).
SCARCE_FIRST = (
    "matching",
    "ordering",
    "multiple_choice",
    "single_choice",
    "fill_blank",
    "true_false",
    "short_answer",
)


def draw_rank(seed: int, qtype: str, key: str) -> bytes:
    """Where a candidate comes in its chapter's draw order for ``qtype``: a keyed hash of
    (seed, type, candidate), so a fact's place depends on no other fact and an edit
    elsewhere in the notes moves nothing."""
    return hashlib.blake2b(f"{seed}/{qtype}/{key}".encode(), digest_size=8).digest()


def candidate_random(seed: int, qtype: str, key: str) -> random.Random:
    """The random numbers of one candidate's question: its own, so what a candidate gives
    does not depend on the candidates tried before it."""
    return random.Random(f"{seed}/{qtype}/{key}")


@dataclass(frozen=True)
class Selection:
    """The drawn questions per type, and how many candidates each rule rejected."""

    drafts: Mapping[str, list[Draft]]
    #: ((question type, rule), candidates rejected among those tried), sorted.
    rejected: tuple[tuple[tuple[str, str], int], ...]


class _Queues:
    """One type's candidates by chapter, a chapter's made and put in draw order when the draw
    first visits it (a chapter it never reaches is never ranked)."""

    def __init__(
        self,
        seed: int,
        qtype: str,
        facts: Mapping[str, list[Fact]],
        groups: Callable[[str], list[_Candidate]] | None,
        grouped: Collection[str] = (),
    ) -> None:
        self.seed, self.qtype = seed, qtype
        self.facts = facts
        #: A chapter's groups, made when it is first visited; ``grouped``: the chapters that
        #: may have some.
        self.groups = groups
        #: Chapter -> its candidates, last first (popped from the end), once visited.
        self.ranked: dict[str, list[_Candidate]] = {}
        self.waiting: set[str] = {c for c, f in facts.items() if f}
        if groups is not None:
            self.waiting |= set(grouped)

    def pop(self, chapter: str) -> _Candidate | None:
        """The next candidate of ``chapter`` in draw order (a chapter left empty goes; None
        when it had none)."""
        queue = self.ranked.get(chapter)
        if queue is None:
            queue = [_Candidate(f.id, (f,), 1, chapter) for f in self.facts.get(chapter, ())]
            if self.groups is not None:
                queue += self.groups(chapter)
            queue.sort(key=lambda c: draw_rank(self.seed, self.qtype, c.key), reverse=True)
            self.ranked[chapter] = queue
            if not queue:  # a chapter whose pairs make no group
                self.waiting.discard(chapter)
                return None
        candidate = queue.pop()
        if not queue:
            self.waiting.discard(chapter)
        return candidate

    def again(self, candidate: _Candidate) -> None:
        """Put ``candidate`` back first in its chapter (a group with enough facts left gives
        another matching)."""
        self.ranked[candidate.chapter].append(candidate)
        self.waiting.add(candidate.chapter)


def select(
    seed: int,
    notes: Notes,
    asked: Sequence[Fact],
    blueprint: Sequence[BlueprintEntry],
    lang: str,
) -> Selection:
    """Questions per type: no fact asked twice, chapters in proportion to their facts, none
    breaking a rule of :mod:`examgen.questions.rules`.

    A type's candidates are the facts whose kind gives it (:data:`~examgen.questions.kinds.
    TYPES`) and, for matching, the groups of a section's definitions; a chapter's are tried in
    the order of :func:`draw_rank`, and only the candidates tried have their forms made.
    """
    # Chapter -> kind -> its facts, in document order.
    by_chapter: dict[str, dict[str, list[Fact]]] = {}
    for fact in asked:
        by_chapter.setdefault(fact.chapter, {}).setdefault(fact.kind, []).append(fact)
    groups = _Groups(notes, asked)

    chapter_sizes = Counter(f.chapter for f in asked)
    chapter_index = {c: i for i, c in enumerate(dict.fromkeys(f.chapter for f in asked))}
    total_facts = max(len(asked), 1)

    rejected: Counter[tuple[str, str]] = Counter()
    offered: dict[str, Offers] = {}
    used: set[str] = set()
    per_chapter: Counter[str] = Counter()
    drafts: dict[str, list[Draft]] = {}
    placed: list[Draft] = []
    # Scarce types first, so the flexible types do not use up the few facts they can ask.
    order = sorted(range(len(blueprint)), key=lambda i: (SCARCE_FIRST.index(blueprint[i].type), i))
    for i in order:
        entry = blueprint[i]
        truths = balanced(random.Random(f"{seed}/truths/{entry.type}"), entry.count, (True, False))
        kinds = [k for k, types in TYPES.items() if entry.type in types]
        facts = {
            chapter: [f for k in kinds for f in of_kind.get(k, ())]
            for chapter, of_kind in by_chapter.items()
        }
        matching = entry.type == "matching"
        queues = _Queues(seed, entry.type, facts, groups.of if matching else None, groups.chapters)
        made: list[Draft] = []
        rounds: dict[_Candidate, int] = {}
        tries = examined = 0
        while (
            len(made) < entry.count
            and queues.waiting
            and tries < MAX_TRIES * entry.count
            and examined < MAX_EXAMINED * entry.count
        ):
            asked_so_far = sum(per_chapter.values()) + 1
            chapter = min(
                queues.waiting,
                key=lambda c: (
                    per_chapter[c] - chapter_sizes[c] / total_facts * asked_so_far,
                    chapter_index.get(c, len(chapter_index)),
                ),
            )
            candidate = queues.pop(chapter)
            if candidate is None:
                continue
            free = tuple(f for f in candidate.facts if f.id not in used)
            if len(free) < candidate.need:
                continue  # asked already (or given away by a question asked)
            examined += 1
            forms = candidate.forms
            if not forms:
                fact = candidate.facts[0]
                # Its forms read the fact itself, not only what the index files of it.
                note_key("by_id", fact.id)
                if fact.id not in offered:
                    offered[fact.id] = offers(notes, fact)
                found = offered[fact.id]
                forms = found.forms.get(entry.type, ())
                # The category rule is applied when the forms are offered: counted here, so
                # the warning for a short section names it like the rules applied to drafts.
                if found.reasons.get(entry.type, "").startswith(CATEGORY_REASON):
                    rejected[(entry.type, "category")] += 1
                if not forms:
                    continue
            tries += 1
            # A group asked again gets other random numbers than the first time.
            rounds[candidate] = rounds.get(candidate, 0) + 1
            rng = candidate_random(seed, entry.type, f"{candidate.key}/{rounds[candidate]}")
            ask = Ask(lang, entry.points, truths[len(made)])
            varieties = sorted({f.variety for f in forms})
            rng.shuffle(varieties)
            draft = None
            # The candidate's forms in a random order: the first that breaks no rule is placed.
            for variety in varieties:
                form = rng.choice([f for f in forms if f.variety == variety])
                built = form.build(rng, free, ask)
                problem = broken(built, notes)
                if problem is None and _off_balance(built, made):
                    problem = (TRUTH_RULE, "true/false items would lean more than one way")
                if problem is None and (reason := answers_another(built, placed, notes)):
                    problem = (PAPER_RULE, reason)
                if problem is None:
                    draft = built
                    break
                rejected[(entry.type, problem[0])] += 1
            if draft is None:
                continue  # every form breaks a rule: the candidate gives no question
            for asked_fact in draft.question.facts:
                used.add(asked_fact)
                used.update(notes.related.get(asked_fact, ()))
            per_chapter[chapter] += 1
            made.append(draft)
            placed.append(draft)
            if candidate.forms and sum(f.id not in used for f in candidate.facts) >= candidate.need:
                queues.again(candidate)
        drafts[entry.type] = made
    return Selection(MappingProxyType(drafts), tuple(sorted(rejected.items())))


class _Groups:
    """The matching groups of a chapter (a section's definitions: see
    :func:`~examgen.questions.definitions.group_matching_forms`), made when the draw first
    visits the chapter, from its own pairs only: a draw reads no other chapter's."""

    def __init__(self, notes: Notes, asked: Sequence[Fact]) -> None:
        self.notes = notes
        self.asked: dict[str, list[Fact]] = {}
        for fact in asked:
            self.asked.setdefault(fact.chapter, []).append(fact)
        self.pairs: dict[str, list[Pair]] = {}
        for pair in plain(notes.pairs):
            if pair.fact.chapter in self.asked:
                self.pairs.setdefault(pair.fact.chapter, []).append(pair)
        #: The chapters with pairs (the others can have no group).
        self.chapters = tuple(self.pairs)
        self.made: dict[str, list[_Candidate]] = {}

    def of(self, chapter: str) -> list[_Candidate]:
        """``chapter``'s groups as candidates, in the notes' order."""
        if chapter not in self.made:
            # Recorded as a read of the chapter's pairs: any fact of it with pairs touches it.
            note_key("chapter_pairs", chapter)
            own = replace(self.notes, pairs=tuple(self.pairs.get(chapter, ())))
            self.made[chapter] = [
                _Candidate(f"group:{form.facts[0].id}", form.facts, form.need, chapter, (form,))
                for form in group_matching_forms(own, self.asked.get(chapter, ()))
            ]
        return self.made[chapter]


#: The rule that keeps a paper's true/false items balanced (±1): a claim built true for want
#: of a false one (no fair swap) fills a false item's place only while the items stay so.
TRUTH_RULE = "truth_balance"


def _off_balance(draft: Draft, made: Sequence[Draft]) -> bool:
    """Whether a true/false ``draft`` would leave the items ``made`` so far more than one
    apart in true against false (a claim built true for want of a fair false swap)."""
    if draft.question.type != "true_false":
        return False
    lean = sum(1 if d.question.truth else -1 for d in made if d.question.type == "true_false")
    return abs(lean + (1 if draft.question.truth else -1)) > 1


def balanced(rng: random.Random, count: int, values: Sequence) -> list:
    """``count`` values, each used equally often (±1), in shuffled order."""
    sequence: list = []
    while len(sequence) < count:
        block = list(values)
        rng.shuffle(block)
        sequence.extend(block)
    return sequence[:count]
