"""The facts indexed once per paper: every term, definition, member and step as an entry,
the pools distractors are drawn from, and which facts give each other away."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeVar

from examgen.model import Fact
from examgen.questions.categories import contrast_keys
from examgen.questions.comparisons import compared_name
from examgen.questions.illustrations import illustration_reason
from examgen.questions.leadins import lead_name
from examgen.questions.limits import MAX_OPTION_WIDTH, MAX_TERM_WIDTH, MIN_CLUE_WIDTH
from examgen.questions.reads import (
    RecordedMap,
    RecordedSeq,
    note_key,
    note_window,
    plain,
    recorded_pools,
)
from examgen.questions.related import defined_under, related_facts
from examgen.questions.settings import in_setting, setting
from examgen.questions.text import (
    clean,
    clean_definition,
    clean_term,
    grams,
    mentions,
    normalize,
    script_of,
    similarity,
)
from examgen.questions.vocabulary import latin_vocabulary
from examgen.questions.wording import display_width, phrase


@dataclass(frozen=True)
class Entry:
    """One text a fact offers to a slot: a term, a definition, a list member or a step."""

    text: str
    key: str
    fact: Fact
    #: Stable draw order: (document position of the fact, position of the item).
    rank: tuple[int, int]
    # Computed once: distractor ranking asks for them for every candidate of every question.
    width: int = field(init=False, compare=False)
    script: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "width", display_width(self.text))
        object.__setattr__(self, "script", script_of(self.text))


@dataclass(frozen=True)
class Pair:
    """A term and its definition: a definition fact, or a glossed member of a list."""

    term: Entry
    definition: Entry
    #: The list the member is in (its display name), empty for a definition fact.
    context: str
    #: The setting label the fact hangs under ("In GLM"), where its definition holds; empty
    #: for none (see :mod:`~examgen.questions.settings`).
    setting: str = ""

    @property
    def fact(self) -> Fact:
        return self.term.fact

    @property
    def shown(self) -> str:
        """The term as a stem or a matching prints it: with its setting ("Mean (in GLM)")."""
        return in_setting(self.fact.lang, self.term.text, self.setting)


#: A character pair in more definitions than this is too common to find alike ones by.
COMMON_GRAM = 64
#: Facts either side of the one asked, in document order, whose texts may be its wrong
#: options. The best wrong options come from near the fact anyway (see
#: :func:`~examgen.questions.distractors.fact_distance`); the bound keeps the work for one
#: question fixed however large the notes, so `check --questions`, which builds every
#: question of every fact, stays linear. Notes of fewer facts than this see all of them.
NEIGHBOURHOOD = 200
#: Lists filed under one contrast key (see :meth:`Notes.filed_near`) looked at on either side
#: of the list asked, at most: a chapter of hundreds of lists ending alike ("… group") would
#: otherwise have each list compared with all the others, quadratic in the chapter's lists.
CONTRAST_WINDOW = 16


T = TypeVar("T")


#: The positions of the tuples :func:`near` was asked about, by identity (and ``rank``): the
#: index's pools are bisected tens of thousands of times per paper, and a ``rank`` call per
#: bisection step was a tenth of the draw. Each entry holds its tuple, so an identity is
#: never reused while cached; a few papers' pools are kept at most.
_POSITIONS: dict[tuple[int, object], tuple[Sequence, list[int]]] = {}
_MAX_POSITIONS = 64


def near(items: Sequence[T], position: int, rank: Callable[[T], int]) -> Sequence[T]:
    """The ``items`` (in document order, ``rank`` giving each one's fact position) of the
    facts within :data:`NEIGHBOURHOOD` of ``position``. A window of one of the index's
    sequences is recorded (see :mod:`~examgen.questions.reads`)."""
    if isinstance(items, RecordedSeq):
        note_window(items.name, position - NEIGHBOURHOOD, position + NEIGHBOURHOOD)
        items = items.data
    if not isinstance(items, tuple):
        low = bisect.bisect_left(items, position - NEIGHBOURHOOD, key=rank)
        high = bisect.bisect_right(items, position + NEIGHBOURHOOD, key=rank)
        return items[low:high]
    cached = _POSITIONS.get((id(items), rank))
    if cached is None or cached[0] is not items:
        if len(_POSITIONS) >= _MAX_POSITIONS:
            _POSITIONS.clear()
        cached = _POSITIONS[(id(items), rank)] = (items, [rank(item) for item in items])
    positions = cached[1]
    low = bisect.bisect_left(positions, position - NEIGHBOURHOOD)
    high = bisect.bisect_right(positions, position + NEIGHBOURHOOD, lo=low)
    return items[low:high]


def pair_position(pair: Pair) -> int:
    """The document position of the fact ``pair`` comes from."""
    return pair.term.rank[0]


def entry_position(entry: Entry) -> int:
    """The document position of the fact ``entry`` comes from."""
    return entry.rank[0]


@dataclass(frozen=True)
class Notes:
    """The facts indexed for drawing distractors."""

    facts: tuple[Fact, ...]
    pairs: tuple[Pair, ...]
    members: tuple[Entry, ...]
    #: List members by fact id, unique after normalizing, in document order.
    members_of: Mapping[str, tuple[Entry, ...]]
    steps_of: Mapping[str, tuple[Entry, ...]]
    names: Mapping[str, str]
    #: Normalized subject -> ids of the list facts with that subject.
    lists_by_subject: Mapping[str, tuple[str, ...]]
    #: Normalized subject -> ids of the sequence facts with that subject (a list member that
    #: is a process of its own).
    sequences_by_subject: Mapping[str, tuple[str, ...]]
    lists: tuple[Fact, ...]
    #: Fact id -> ids of facts that asking it would give away (see :func:`related_facts`).
    related: Mapping[str, tuple[str, ...]]
    #: Normalized heading -> ids of the definitions under it (see :func:`defined_under`).
    defined_under: Mapping[str, tuple[str, ...]]

    # Indexes built once per call, so that deciding what a fact offers costs no scan over all
    # the notes (which made make_exam quadratic in the number of facts).
    #: Fact id -> normalized subject.
    subject_keys: Mapping[str, str]
    #: Fact id -> its pairs (a definition's one pair, a list's glossed members), in order.
    pairs_of: Mapping[str, tuple[Pair, ...]]
    #: Term key -> keys of every definition given for that term (all true of it).
    definitions_of_term: Mapping[str, frozenset[str]]
    # The pools below hold one candidate per distinct key (the first): what is counted is
    # distinct keys, and past the fixed tests a candidate passes or fails by its key alone, so
    # the copies of a text said in many places need not be skipped one by one.
    #: Script -> pairs whose definition passes the fixed tests of :func:`definition_test`.
    definition_pool: Mapping[str, tuple[Pair, ...]]
    #: Script -> pairs whose term passes the fixed tests of :func:`term_test`.
    term_pool: Mapping[str, tuple[Pair, ...]]
    #: Script -> list members short enough to be options (see :func:`outsider_test`).
    option_members: Mapping[str, tuple[Entry, ...]]
    #: The same, all scripts together.
    option_keys: tuple[Entry, ...]
    #: The lists' normalized subjects, sorted, and the lists in the same order: the lists
    #: whose subject starts with a given key are one bisected range.
    list_keys: tuple[str, ...]
    lists_by_key: tuple[Fact, ...]
    #: The same with the subjects reversed, for the lists whose subject ends with a key.
    reversed_list_keys: tuple[str, ...]
    lists_by_reversed_key: tuple[Fact, ...]
    #: (chapter, *contrast key) -> lists filed under it (see
    #: :func:`~examgen.questions.categories.contrast_keys`), in document order.
    lists_by_contrast: Mapping[tuple[str, ...], tuple[Fact, ...]]
    #: Fact id -> fact.
    by_id: Mapping[str, Fact]
    #: Fact id -> its position in document order (what :func:`near` bounds).
    position_of: Mapping[str, int]
    #: Normalized member -> ids of the lists it is a member of, in document order.
    lists_of_member: Mapping[str, tuple[str, ...]]
    #: Character pair -> positions in ``pairs`` of the definitions that have it (see
    #: :meth:`similar_definitions`).
    definition_grams: Mapping[str, tuple[int, ...]]
    #: Latin word (casefolded) -> how many facts use it; and proper prefix of such a word ->
    #: the endings the notes' words continue it with (a text ending in a prefix no other fact
    #: uses as a word, continued in the notes by more than an inflection, was cut off).
    word_facts: Mapping[str, int]
    word_prefixes: Mapping[str, frozenset[str]]
    #: Answers worked out once per fact and kept (whether a list is a category): the rules
    #: ask them again for every candidate question.
    memo: dict[tuple[str, str], object] = field(default_factory=dict, compare=False, repr=False)

    def similar_definitions(self, key: str, threshold: float) -> list[Pair]:
        """The pairs whose definition is at least ``threshold`` alike the normalized ``key``
        (see :func:`~examgen.questions.text.similarity`), in document order.

        Only definitions sharing a character pair with ``key`` are compared, found through
        :attr:`definition_grams`; a pair shared by more than :data:`COMMON_GRAM` definitions
        says nothing and is not followed, so the work stays bounded however large the notes.
        """
        seen: set[int] = set()
        pairs = plain(self.pairs)
        for gram in grams(key):
            postings = self.definition_grams.get(gram, ())
            if len(postings) <= COMMON_GRAM:
                seen.update(postings)
        return [
            pairs[i] for i in sorted(seen) if similarity(pairs[i].definition.key, key) >= threshold
        ]

    def filed_near(self, fact: Fact, group: tuple[str, ...]) -> Sequence[Fact]:
        """The lists of ``fact``'s chapter filed under the contrast key ``group`` (see
        :attr:`lists_by_contrast`), in document order: the nearest :data:`CONTRAST_WINDOW`
        on either side of ``fact``, so the work per list is bounded however long the chapter.
        """
        filed = self.lists_by_contrast.get((fact.chapter, *group), ())
        size = 2 * CONTRAST_WINDOW + 1
        if len(filed) <= size:
            return filed
        at = bisect.bisect_left(filed, self.position_of[fact.id], key=self._list_position)
        low = max(0, min(at - CONTRAST_WINDOW, len(filed) - size))
        return filed[low : low + size]

    def _list_position(self, fact: Fact) -> int:
        return self.position_of[fact.id]


def _unique_entries(fact: Fact, position: int, texts: Sequence[str]) -> tuple[Entry, ...]:
    entries: list[Entry] = []
    seen: set[str] = set()
    for index, raw in enumerate(texts):
        text = clean(raw)
        key = normalize(text)
        if key and key not in seen:
            seen.add(key)
            entries.append(Entry(text, key, fact, (position, index)))
    return tuple(entries)


def fact_entries(
    fact: Fact, position: int, name: str, list_subjects: Collection[str]
) -> tuple[list[Pair], tuple[Entry, ...]]:
    """What ``fact`` files in the index: its pairs (a definition's, a list's glossed
    members), and its members (a list's) or steps (a sequence's). A list's member that heads
    a list nested under it (one of ``list_subjects``) is left out. A fact of an example box
    files nothing: it is no wrong option either (:mod:`~examgen.questions.illustrations`)."""
    if illustration_reason(fact):
        return [], ()
    if fact.kind == "definition":
        term, definition = clean_term(fact.subject), clean_definition(fact.text)
        if not normalize(definition):
            return [], ()
        return [
            Pair(
                Entry(term, normalize(term), fact, (position, -1)),
                Entry(definition, normalize(definition), fact, (position, -1)),
                "",
                setting(fact.parent),
            )
        ], ()
    if fact.kind == "sequence":
        return [], _unique_entries(fact, position, [item.text for item in fact.items])
    if fact.kind != "list":
        return [], ()
    entries = _unique_entries(fact, position, [item.text for item in fact.items])
    # A member that only heads a nested list ("类型" under "存储卷", whose list is
    # "存储卷 类型") is a heading, not something to know; "Docker Deamon", heading the
    # list "Docker Deamon", names a thing and stays.
    subject = normalize(fact.subject)
    entries = tuple(e for e in entries if subject + e.key not in list_subjects)
    glosses = {clean(item.text): item.gloss for item in fact.items}
    pairs = []
    for entry in entries:
        gloss = clean_definition(glosses.get(entry.text))
        if normalize(gloss):
            meaning = Entry(gloss, normalize(gloss), fact, entry.rank)
            pairs.append(Pair(entry, meaning, name, setting(fact.parent)))
    return pairs, entries


def index_notes(facts: Sequence[Fact]) -> Notes:
    # Document order, independent of the order the caller passes the facts in.
    unique: dict[str, Fact] = {}
    for fact in sorted(facts, key=lambda f: (f.source, f.line, f.id)):
        unique.setdefault(fact.id, fact)
    ordered = tuple(f for f in unique.values() if normalize(f.subject))

    sections_of: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for fact in ordered:
        sections_of.setdefault((fact.kind, normalize(fact.subject)), set()).add(fact.section)
    names: dict[str, str] = {}
    for fact in ordered:
        name = clean(fact.subject)
        # Two lists called "作用" under different headings are told apart by the heading.
        if len(sections_of[(fact.kind, normalize(fact.subject))]) > 1:
            context = next(
                (h for h in reversed(fact.section) if normalize(h) and not mentions(name, h)), ""
            )
            if context:
                name = phrase(fact.lang, "qualified", subject=name, context=clean(context))
        # A list its lead-in names better than its heading does ("areas of the brain that are
        # activated during REM sleep" for "rem") is called by the lead-in everywhere.
        # One taken from a comparison says the other party ("MAC的特点（与数字签名相比）").
        names[fact.id] = compared_name(fact, name) or lead_name(fact) or name

    pairs: list[Pair] = []
    members: list[Entry] = []
    members_of: dict[str, tuple[Entry, ...]] = {}
    steps_of: dict[str, tuple[Entry, ...]] = {}
    lists_by_subject: dict[str, list[str]] = {}
    sequences_by_subject: dict[str, list[str]] = {}
    list_subjects = {normalize(f.subject) for f in ordered if f.kind == "list"}
    for position, fact in enumerate(ordered):
        own, entries = fact_entries(fact, position, names[fact.id], list_subjects)
        pairs.extend(own)
        if fact.kind == "list":
            members_of[fact.id] = entries
            members.extend(entries)
            lists_by_subject.setdefault(normalize(fact.subject), []).append(fact.id)
        elif fact.kind == "sequence":
            steps_of[fact.id] = entries
            sequences_by_subject.setdefault(normalize(fact.subject), []).append(fact.id)

    subject_keys = {f.id: normalize(f.subject) for f in ordered}
    pairs_of: dict[str, list[Pair]] = {}
    definitions_of_term: dict[str, set[str]] = {}
    definition_pool: dict[tuple[str, str], Pair] = {}
    term_pool: dict[tuple[str, str], Pair] = {}
    for pair in pairs:
        pairs_of.setdefault(pair.fact.id, []).append(pair)
        definitions_of_term.setdefault(pair.term.key, set()).add(pair.definition.key)
        if static_definition_option(pair):
            definition_pool.setdefault((pair.definition.script, pair.definition.key), pair)
        if static_term_option(pair):
            term_pool.setdefault((pair.term.script, pair.term.key), pair)
    option_members: dict[tuple[str, str], Entry] = {}
    option_keys: dict[str, Entry] = {}
    for entry in members:
        if entry.width <= MAX_OPTION_WIDTH:
            option_members.setdefault((entry.script, entry.key), entry)
            option_keys.setdefault(entry.key, entry)
    lists = tuple(f for f in ordered if f.kind == "list")
    by_key = sorted((subject_keys[f.id], i) for i, f in enumerate(lists))
    by_reversed_key = sorted((subject_keys[f.id][::-1], i) for i, f in enumerate(lists))

    def frozen(index: Mapping[str, Collection]) -> Mapping[str, tuple]:
        return MappingProxyType({k: tuple(v) for k, v in index.items()})

    def by_script(firsts: Mapping[tuple[str, str], object]) -> Mapping[str, tuple]:
        grouped: dict[str, list] = {}
        for (script, _), candidate in firsts.items():
            grouped.setdefault(script, []).append(candidate)
        return frozen(grouped)

    by_contrast: dict[tuple[str, ...], list[Fact]] = {}
    for fact in lists:
        for group in contrast_keys(subject_keys[fact.id]):
            by_contrast.setdefault((fact.chapter, *group), []).append(fact)

    lists_of_member: dict[str, list[str]] = {}
    for entry in members:
        lists_of_member.setdefault(entry.key, []).append(entry.fact.id)
    definition_grams: dict[str, list[int]] = {}
    for i, pair in enumerate(pairs):
        for gram in grams(pair.definition.key):
            definition_grams.setdefault(gram, []).append(i)

    word_facts, word_prefixes = latin_vocabulary(ordered)

    def recorded(name: str, index: Mapping) -> RecordedMap:
        return RecordedMap(name, index)

    return Notes(
        word_facts=recorded("word_facts", word_facts),
        word_prefixes=recorded("word_prefixes", word_prefixes),
        by_id=recorded("by_id", MappingProxyType({f.id: f for f in ordered})),
        position_of=recorded(
            "position_of", MappingProxyType({f.id: i for i, f in enumerate(ordered)})
        ),
        lists_of_member=recorded("lists_of_member", frozen(lists_of_member)),
        definition_grams=recorded("definition_grams", frozen(definition_grams)),
        facts=RecordedSeq("facts", ordered, positional=True),
        lists_by_contrast=recorded("lists_by_contrast", frozen(by_contrast)),
        lists=RecordedSeq("lists", lists),
        related=recorded("related", related_facts(ordered)),
        defined_under=recorded("defined_under", defined_under(ordered)),
        pairs=RecordedSeq("pairs", tuple(pairs)),
        members=RecordedSeq("members", tuple(members)),
        members_of=recorded("members_of", MappingProxyType(members_of)),
        steps_of=recorded("steps_of", MappingProxyType(steps_of)),
        names=recorded("names", MappingProxyType(names)),
        lists_by_subject=recorded("lists_by_subject", frozen(lists_by_subject)),
        sequences_by_subject=recorded("sequences_by_subject", frozen(sequences_by_subject)),
        subject_keys=recorded("subject_keys", MappingProxyType(subject_keys)),
        pairs_of=recorded("pairs_of", frozen(pairs_of)),
        definitions_of_term=recorded(
            "definitions_of_term",
            MappingProxyType({k: frozenset(v) for k, v in definitions_of_term.items()}),
        ),
        definition_pool=recorded_pools("definition_pool", by_script(definition_pool)),
        term_pool=recorded_pools("term_pool", by_script(term_pool)),
        option_members=recorded_pools("option_members", by_script(option_members)),
        option_keys=RecordedSeq("option_keys", tuple(option_keys.values())),
        list_keys=RecordedSeq("list_keys", tuple(key for key, _ in by_key)),
        lists_by_key=RecordedSeq("lists_by_key", tuple(lists[i] for _, i in by_key)),
        reversed_list_keys=RecordedSeq(
            "reversed_list_keys", tuple(key for key, _ in by_reversed_key)
        ),
        lists_by_reversed_key=RecordedSeq(
            "lists_by_reversed_key", tuple(lists[i] for _, i in by_reversed_key)
        ),
    )


def pair_defined_as(notes: Notes, fact_id: str, definition: str) -> Pair | None:
    """The pair of fact ``fact_id`` whose definition is ``definition`` (an option's text and
    the fact it came from); None when none."""
    for pair in notes.pairs_of.get(fact_id, ()):
        if pair.definition.text == definition:
            return pair
    return None


def static_definition_option(pair: Pair) -> bool:
    """The tests of :func:`definition_test` that do not depend on the pair asked."""
    return (
        MIN_CLUE_WIDTH <= pair.definition.width <= MAX_OPTION_WIDTH
        # A definition that names its own term is an option the student strikes at once.
        and pair.term.key not in pair.definition.key
    )


def static_term_option(pair: Pair) -> bool:
    """The tests of :func:`term_test` that do not depend on the pair asked."""
    return pair.term.width <= MAX_TERM_WIDTH


def _starting_with(
    keys: Sequence[str], facts: Sequence[Fact], prefix: str
) -> Iterable[tuple[str, Fact]]:
    """The (key, fact) pairs whose key starts with ``prefix``, from ``keys`` sorted."""
    index = bisect.bisect_left(keys, prefix)
    while index < len(keys) and keys[index].startswith(prefix):
        yield keys[index], facts[index]
        index += 1


def descendant_members(notes: Notes, fact: Fact) -> set[str]:
    """Keys of members of lists nested under ``fact``: they are part of the list too, so
    never an outsider. A list is nested when it is named after a member ("Docker Deamon" in
    "Docker架构", "master 运行各类关键进程" for "运行各类关键进程" in "master") or after the list
    itself ("Pod 使用场景" under "Pod")."""
    # The nested lists are everything reachable from ``fact``, so the order they are found in
    # does not matter; the indexes find each list's children without a scan over all lists.
    keys: set[str] = set()
    seen = {fact.id}
    frontier = [fact]
    while frontier:
        parent = frontier.pop()
        parent_key = notes.subject_keys[parent.id]
        # Named after the list: subjects that start with the parent's and are longer.
        note_key("list_prefix", parent_key)
        children = [
            child
            for key, child in _starting_with(
                plain(notes.list_keys), plain(notes.lists_by_key), parent_key
            )
            if key != parent_key
        ]
        # Named after a member: subjects that end with a member's key (of two characters or
        # more; "A" would nest half the notes).
        for entry in notes.members_of.get(parent.id, ()):
            if len(entry.key) >= 2:
                note_key("list_suffix", entry.key[::-1])
                ending = _starting_with(
                    plain(notes.reversed_list_keys),
                    plain(notes.lists_by_reversed_key),
                    entry.key[::-1],
                )
                children.extend(child for _, child in ending)
        for child in children:
            if child.id not in seen:
                seen.add(child.id)
                frontier.append(child)
                keys |= {e.key for e in notes.members_of.get(child.id, ())}
    return keys
