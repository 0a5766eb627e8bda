"""Distractors: the candidates of a slot (terms, definitions, members of other lists),
ranked by distance from the fact asked, script and length."""

from __future__ import annotations

import heapq
import math
import random
from collections.abc import Callable, Collection, Iterable, Sequence

from examgen.model import Fact
from examgen.questions.clues import clue_problem
from examgen.questions.index import (
    Entry,
    Notes,
    Pair,
    descendant_members,
    entry_position,
    near,
    pair_position,
    static_definition_option,
    static_term_option,
)
from examgen.questions.limits import MAX_OPTION_WIDTH, MIN_CLUE_WIDTH
from examgen.questions.optionkind import compound
from examgen.questions.parallels import parallel_lists
from examgen.questions.terms import term_problem
from examgen.questions.text import mentions, overlaps, script_of
from examgen.questions.wording import display_width

# Ranking of distractor candidates: lower is better. A candidate in another script (a Chinese
# phrase among Latin names) gives itself away more than one from a farther section.
_SCRIPT_PENALTY = 2.5


# Per doubling of width; a four-character phrase among sentences stands out as much as a
# candidate from another chapter.
_LENGTH_PENALTY = 1.5


_MAX_LENGTH_PENALTY = 3.0


#: The distance a candidate from a preferred fact (a contrasting list) counts as: nearer than
#: anything but the fact's own items.
PREFERRED_DISTANCE = 0.5


#: What a step of distance weighs when the distance is a strict tier: more than the script,
#: length and noise of a candidate together, so a sibling's description (another member of
#: the answer's own list) always comes before one of another heading, however it reads.
_TIER_WEIGHT = _SCRIPT_PENALTY + _MAX_LENGTH_PENALTY + 1.0


def fact_distance(candidate: Fact, home: Fact) -> int:
    """How far a candidate is from the fact asked about: same fact, section, chapter, notes."""
    if candidate.id == home.id:
        return 0
    if candidate.section == home.section:
        return 1
    if candidate.chapter == home.chapter:
        return 2
    return 3


def best(
    rng: random.Random,
    candidates: Sequence[Entry],
    like: str,
    home: Fact,
    count: int,
    exclude: Collection[str] = (),
    prefer: Collection[str] = (),
    siblings_first: bool = False,
) -> list[Entry]:
    """The best ``count`` candidates with distinct keys, none in ``exclude``: near the home
    fact, same script and similar length as ``like``.

    A little noise varies the choice between equally good candidates from seed to seed; it is
    drawn in the candidates' stable order (one draw per candidate, whatever ``count`` is), so
    the result is reproducible. Ties keep the candidates' order.

    With ``siblings_first`` the distance is a strict order rather than one weight among
    others: the members of the home fact's own list first, then the facts under its heading,
    then its chapter, then the rest; script and length only rank within one of these tiers.
    A description of a sibling is of the answer's kind; one from another heading may describe
    a thing of another kind, which the answer's kind then singles out.
    """
    tier = _TIER_WEIGHT if siblings_first else 1.0
    like_script, like_width = script_of(like), max(display_width(like), 1)
    # Candidates share few widths, and a fact's candidates come one after another: the
    # length penalty is worked out once per width and the distance once per run of a fact.
    lengths: dict[int, float] = {}
    fact, distance = None, 0
    draw = rng.random
    # Plain floats, not a tuple per candidate: thousands of tuples kept alive at once set off
    # full garbage collections over the whole heap.
    scores: list[float] = []
    for entry in candidates:
        script = 0.0 if entry.script == like_script else _SCRIPT_PENALTY
        length = lengths.get(entry.width)
        if length is None:
            ratio = max(entry.width, 1) / like_width
            length = min(_MAX_LENGTH_PENALTY, _LENGTH_PENALTY * abs(math.log2(ratio)))
            lengths[entry.width] = length
        if entry.fact is not fact:
            fact, distance = entry.fact, fact_distance(entry.fact, home)
            if fact.id in prefer:
                # A contrasting list's member is the most plausible wrong option.
                distance = min(distance, PREFERRED_DISTANCE)
            distance *= tier
        scores.append(distance + script + length + draw())

    def ordered(indexes: Iterable[int]) -> list[Entry]:
        # Ties keep the candidates' order, as a stable sort on (score, rank) would.
        ranked = sorted(indexes, key=lambda i: (scores[i], candidates[i].rank, i))
        return [candidates[i] for i in ranked]

    # The few best nearly always hold enough distinct keys: only the candidates scoring no
    # worse than the n-th best are sorted, and they are exactly the head of the full order.
    # All candidates (thousands in large notes) are sorted only when that head falls short.
    smallest = heapq.nsmallest(count + len(exclude) + 8, scores)
    cut = smallest[-1] if smallest else 0.0
    head = [i for i, score in enumerate(scores) if score <= cut]
    chosen = _take(ordered(head), count, exclude)
    if len(chosen) < count and len(head) < len(candidates):
        chosen = _take(ordered(range(len(candidates))), count, exclude)
    return chosen


def _take(entries: Sequence[Entry], count: int, exclude: Collection[str] = ()) -> list[Entry]:
    """The first ``count`` entries with distinct keys, none in ``exclude``."""
    seen = set(exclude)
    chosen: list[Entry] = []
    for entry in entries:
        if entry.key not in seen:
            seen.add(entry.key)
            chosen.append(entry)
            if len(chosen) == count:
                break
    return chosen


def same_script(entries: Sequence[Entry], like: str) -> list[Entry]:
    """The entries written in ``like``'s script: the one Latin name among Chinese phrases
    (or the reverse) is the answer a student picks without knowing anything."""
    script = script_of(like)
    return [e for e in entries if e.script == script]


def count_keys(entries: Iterable[Entry], limit: int) -> int:
    """Distinct keys among ``entries``, counting no further than ``limit``: whether a form
    has enough distractors is decided without listing them all."""
    seen: set[str] = set()
    for entry in entries:
        seen.add(entry.key)
        if len(seen) >= limit:
            break
    return len(seen)


def definition_test(notes: Notes, pair: Pair) -> Callable[[Pair], bool]:
    """Whether another pair's definition could stand in for ``pair``'s: not also true of its
    term (the term's other definitions), not containing or contained in it."""
    also_true = notes.definitions_of_term.get(pair.term.key, frozenset())
    key = pair.definition.key

    def test(other: Pair) -> bool:
        return (
            other.definition.key not in also_true
            and not overlaps(other.definition.key, key)
            and static_definition_option(other)
            # "很多种" or a translation is no definition, right or wrong.
            and clue_problem(other.term.text, other.definition.text) is None
        )

    return test


def term_test(notes: Notes, pair: Pair) -> Callable[[Pair], bool]:
    """Whether another pair's term could stand in for ``pair``'s: not ``pair``'s term, not
    given a definition that overlaps ``pair``'s (then it is also true of it)."""
    term, definition = pair.term.key, pair.definition.key

    def test(other: Pair) -> bool:
        return (
            other.term.key != term
            # "cgroup" next to "CGroups" is the answer in disguise.
            and not overlaps(other.term.key, term)
            and static_term_option(other)
            # "索引优点" is a heading, not a term of the same kind as the answer.
            and term_problem(other.term.text) is None
            and not any(overlaps(d, definition) for d in notes.definitions_of_term[other.term.key])
        )

    return test


def near_pairs(notes: Notes, pair: Pair) -> Sequence[Pair]:
    """The pairs whose wrong options ``pair``'s question may draw from (see
    :data:`~examgen.questions.index.NEIGHBOURHOOD`)."""
    return near(notes.pairs, pair_position(pair), pair_position)


def near_pool(notes: Notes, pool: Sequence[Pair], pair: Pair) -> Sequence[Pair]:
    """The part of a pool (in document order) near ``pair``, for counting its candidates."""
    return near(pool, pair_position(pair), pair_position)


def near_entries(notes: Notes, entries: Sequence[Entry], fact: Fact) -> Sequence[Entry]:
    """The ``entries`` (in document order) near ``fact``: its wrong options' sources."""
    return near(entries, notes.position_of[fact.id], entry_position)


def definition_candidates(notes: Notes, pair: Pair) -> list[Entry]:
    """Other definitions that could stand in for ``pair``'s, none also true of its term."""
    test = definition_test(notes, pair)
    return [p.definition for p in near_pairs(notes, pair) if test(p)]


def term_candidates(notes: Notes, pair: Pair) -> list[Entry]:
    """Other terms that could stand in for ``pair``'s, none defined the same way."""
    test = term_test(notes, pair)
    return [p.term for p in near_pairs(notes, pair) if test(p)]


def false_definitions(notes: Notes, pair: Pair) -> list[Entry]:
    """Definitions a false claim about ``pair``'s term may show: any script, long enough to
    read as a definition, not naming the term."""
    return [
        d
        for d in definition_candidates(notes, pair)
        if d.width >= MIN_CLUE_WIDTH and not mentions(d.text, pair.term.text)
    ]


def outsider_test(notes: Notes, fact: Fact) -> Callable[[Entry], bool]:
    """Whether a list member is an outsider of ``fact``'s list: a member of another list that
    is not (also) a member of this one, nor of a list classifying the same thing (see
    :func:`~examgen.questions.parallels.parallel_lists`)."""
    inside = {e.key for e in notes.members_of.get(fact.id, ())}
    subject = notes.subject_keys[fact.id]
    # A list of the same name elsewhere in the notes says what else belongs.
    for list_id in notes.lists_by_subject.get(subject, ()):
        inside |= {e.key for e in notes.members_of[list_id]}
    inside |= descendant_members(notes, fact)
    # "Network" of "OSI layers" is no outsider of "TCP/IP layers": the two lists share
    # members, so they classify one thing two ways and their other members are another cut
    # of the same parts.
    for list_id in parallel_lists(notes, fact):
        inside |= {e.key for e in notes.members_of[list_id]}

    def test(entry: Entry) -> bool:
        return (
            entry.key not in inside
            # "cgroup" is no outsider of "cgroup子系统", nor "Docker" of "Docker优点".
            and not overlaps(entry.key, subject)
            and entry.width <= MAX_OPTION_WIDTH
            and entry.fact.id != fact.id
            # "Kubernetes/Mesos/Swarm" is three names: never one option.
            and not compound(entry.text)
        )

    return test


def outsider_candidates(notes: Notes, fact: Fact) -> list[Entry]:
    """Members of other lists that are not (also) members of ``fact``'s list."""
    test = outsider_test(notes, fact)
    return [e for e in near_entries(notes, notes.members, fact) if test(e)]
