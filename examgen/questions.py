"""Exam questions from facts: the blueprint, the distractors, the versions.

A fact offers *forms* of questions: a definition can be asked term → definition, definition →
term, as a true/false claim or as a blank; a list can be asked "which belongs", "which does NOT
belong", "select all that apply", enumerated, or matched to its glosses; a sequence can be put in
order or have a step blanked. Whether a form is possible is decided from the notes alone (enough
distractor candidates, texts of a sensible length), never from the random draw, so
:func:`explain_unusable` and :func:`make_exam` agree.

Distractors come from the same slot as the right answer (terms for a term, definitions for a
definition, members of other lists for a member), nearest first (same list, same section, same
chapter, whole notes), preferring the same script and a similar length. Candidates that equal the
answer after normalizing, or that are also true for the subject, are dropped.

Randomness: every draw comes from a private :class:`random.Random` seeded from the exam seed, over
candidates sorted by stable keys (document position, item index), so the same facts and seed give
the same papers on any machine.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import math
import random
import re
import secrets
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from examgen.config import BlueprintEntry, ExamConfig
from examgen.model import QUESTION_TYPES, Diagnostic, ExamPaper, ExamSection, Fact, Lang, Question

__all__ = ["explain_unusable", "make_exam", "normalize", "pick_seed"]

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
BLANK = "______"

#: Distractors per single-choice question (four options A–D).
SINGLE_CHOICE_DISTRACTORS = 3
#: Matching asks 4–6 pairs: fewer is a guess, more crowds the page.
MATCHING_MIN, MATCHING_MAX = 4, 6
#: Short answer asks for at most this many members of a longer list ("any 6 of 9").
SHORT_ANSWER_MAX = 6
ORDERING_MIN, ORDERING_MAX = 3, 8

# Widths are in display columns (a CJK character counts 2), so limits suit both scripts.
#: Longest text used as a choice option; longer ones make the options a reading test.
MAX_OPTION_WIDTH = 64
#: Longest term that is an option, a blank's answer or a matching stem.
MAX_TERM_WIDTH = 40
#: Longest definition that is a prompt or a claim.
MAX_CLUE_WIDTH = 160
#: Shortest definition that identifies its term ("测试" does not identify AlwaysDeny).
MIN_CLUE_WIDTH = 6
#: Longest gloss on the right-hand side of a matching question.
MAX_GLOSS_WIDTH = 80
#: Short answer: lists whose members are whole sentences are hard to mark fairly.
MAX_SHORT_ANSWER_MEMBER_WIDTH = 40

# Ranking of distractor candidates: lower is better. A candidate in another script (a Chinese
# phrase among Latin names) gives itself away more than one from a farther section.
_SCRIPT_PENALTY = 2.5
# Per doubling of width; a four-character phrase among sentences stands out as much as a
# candidate from another chapter.
_LENGTH_PENALTY = 1.5
_MAX_LENGTH_PENALTY = 3.0

# --------------------------------------------------------------------------- language

_TEXTS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "zh": MappingProxyType(
            {
                "term_to_definition": "下列对“{term}”的描述，正确的是哪一项？",
                "term_to_definition_in": "在“{list}”中，对“{term}”的描述正确的是哪一项？",
                "definition_to_term": "“{definition}”描述的是下列哪一项？",
                "definition_to_term_in": "在“{list}”中，“{definition}”描述的是下列哪一项？",
                "belongs": "下列选项中，属于“{list}”的是哪一项？",
                "not_belongs": "下列选项中，不属于“{list}”的是哪一项？",
                "select_members": "下列选项中，属于“{list}”的有哪些？",
                "claim_definition": "“{term}”指的是：{definition}。",
                "claim_definition_in": "在“{list}”中，“{term}”指的是：{definition}。",
                "claim_member": "“{member}”属于“{list}”。",
                "blank_term": "{blank}：{definition}。",
                "blank_term_in": "“{list}”中，{blank}：{definition}。",
                "blank_step": "“{sequence}”：{steps}。",
                "match_members": "请将“{list}”中的各项与对应的说明配对。",
                "match_terms": "请将下列术语与对应的说明配对。",
                "order_steps": "请将“{sequence}”的各环节按正确顺序排列。",
                "list_all": "请列出“{list}”的全部{n}项。",
                "list_some": "请列出“{list}”中的任意{k}项（共{n}项）。",
                "true": "正确",
                "false": "错误",
                "false_definition": "错误（“{term}”指的是：{definition}）",
                "false_member": "错误（“{member}”属于“{other}”）",
                "any_k": "（任答{k}项即可）",
                "arrow": " → ",
                "join": "；",
                "letters_join": "、",
                "pair": "{stem}—{letter}",
                "choice": "{letter}．{text}",
                "gloss": "{text}（{gloss}）",
                "qualified": "{subject}（{context}）",
            }
        ),
        "en": MappingProxyType(
            {
                "term_to_definition": "Which of the following best describes “{term}”?",
                "term_to_definition_in": "In “{list}”, which of the following describes “{term}”?",
                "definition_to_term": "Which of the following is described as “{definition}”?",
                "definition_to_term_in": (
                    "In “{list}”, which of the following is described as “{definition}”?"
                ),
                "belongs": "Which of the following belongs to “{list}”?",
                "not_belongs": "Which of the following does NOT belong to “{list}”?",
                "select_members": (
                    "Which of the following belong to “{list}”? (Select all that apply.)"
                ),
                "claim_definition": "“{term}” means: {definition}.",
                "claim_definition_in": "In “{list}”, “{term}” means: {definition}.",
                "claim_member": "“{member}” is one of “{list}”.",
                "blank_term": "{blank}: {definition}.",
                "blank_term_in": "In “{list}”, {blank}: {definition}.",
                "blank_step": "“{sequence}”: {steps}.",
                "match_members": "Match each item of “{list}” with its description.",
                "match_terms": "Match each term with its description.",
                "order_steps": "Put the steps of “{sequence}” in the correct order.",
                "list_all": "List all {n} items of “{list}”.",
                "list_some": "List any {k} of the {n} items of “{list}”.",
                "true": "True",
                "false": "False",
                "false_definition": "False (“{term}” means: {definition})",
                "false_member": "False (“{member}” belongs to “{other}”)",
                "any_k": " (any {k} of them)",
                "arrow": " → ",
                "join": "; ",
                "letters_join": ", ",
                "pair": "{stem}–{letter}",
                "choice": "{letter}. {text}",
                "gloss": "{text} ({gloss})",
                "qualified": "{subject} ({context})",
            }
        ),
    }
)

_SECTION_NAMES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "zh": MappingProxyType(
            {
                "single_choice": "单项选择题",
                "multiple_choice": "多项选择题",
                "true_false": "判断题",
                "fill_blank": "填空题",
                "matching": "匹配题",
                "ordering": "排序题",
                "short_answer": "简答题",
            }
        ),
        "en": MappingProxyType(
            {
                "single_choice": "Single choice",
                "multiple_choice": "Multiple choice",
                "true_false": "True or false",
                "fill_blank": "Fill in the blanks",
                "matching": "Matching",
                "ordering": "Ordering",
                "short_answer": "Short answer",
            }
        ),
    }
)

_SECTION_INSTRUCTIONS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "zh": MappingProxyType(
            {
                "single_choice": "每题只有一个正确答案，请将其字母填在括号内。",
                "multiple_choice": "每题有两个或两个以上正确答案，多选、少选或错选均不得分。",
                "true_false": "正确的打“√”，错误的打“×”。",
                "fill_blank": "请在横线上填写正确的内容。",
                "matching": "请为左侧每一项选出对应的说明，将字母填在横线上。",
                "ordering": "请按正确顺序写出各选项的字母。",
                "short_answer": "请简要作答，按答出的要点给分。",
            }
        ),
        "en": MappingProxyType(
            {
                "single_choice": "Choose the one correct answer and write its letter.",
                "multiple_choice": (
                    "Each question has two or more correct answers; choose all of them. "
                    "No credit for a partly correct selection."
                ),
                "true_false": "Mark each statement T (true) or F (false).",
                "fill_blank": "Write the missing text on the line.",
                "matching": "Write the letter of the matching description next to each item.",
                "ordering": "Write the letters in the correct order.",
                "short_answer": "Answer briefly; each point is marked separately.",
            }
        ),
    }
)

_ZH_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")
_ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _text(lang: str, key: str, **values: object) -> str:
    return _TEXTS[lang][key].format(**values)


# --------------------------------------------------------------------------- text helpers


class _Dropped(dict):
    """A :meth:`str.translate` table that drops whitespace and punctuation and keeps every
    other character, filled in as characters are met: translating runs in C, where testing
    each character in Python made normalizing the costliest step of indexing large notes."""

    def __missing__(self, code: int) -> int | None:
        char = chr(code)
        kept = not (char.isspace() or unicodedata.category(char).startswith("P"))
        self[code] = code if kept else None
        return self[code]


_DROPPED = _Dropped()


# Memoized: the same subjects, members and headings are compared over and over while the notes
# are indexed and the questions are built, and the function is pure. Bounded, so a long-running
# process that reads many notes does not keep every text it ever saw.
@functools.lru_cache(maxsize=1 << 17)
def normalize(text: str) -> str:
    """The form two texts are compared in: NFKC (full/half width), casefolded, without
    whitespace and punctuation. ``"Docker Images"`` and ``"docker－images。"`` are the same."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_DROPPED)


class _CharWidths(dict):
    """Display width per character, filled in as characters are met (see :func:`_width`)."""

    def __missing__(self, char: str) -> int:
        self[char] = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        return self[char]


_CHAR_WIDTHS = _CharWidths()


def _width(text: str) -> int:
    """Display width: CJK characters take two columns."""
    if text.isascii():
        return len(text)
    return sum(map(_CHAR_WIDTHS.__getitem__, text))


_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")


def _script(text: str) -> str:
    """``han`` when the text has CJK ideographs, ``latin`` when it has other letters."""
    if _HAN.search(text):
        return "han"
    if any(ch.isalpha() for ch in text):
        return "latin"
    return "other"


_TRAILING_PUNCTUATION = "。.;；,，:：、 "


def _clean(text: str | None) -> str:
    """One line, no trailing punctuation: the text as an option or inside a prompt."""
    return " ".join((text or "").split()).rstrip(_TRAILING_PUNCTUATION)


def _clean_definition(text: str | None) -> str:
    """A definition as an option: "云计算:是一种…" reads "一种…" next to the other options,
    which otherwise gives the full-sentence definition away."""
    cleaned = _clean(text).lstrip(":：").strip()
    if cleaned.startswith("是") and not cleaned.startswith("是否") and len(cleaned) > 3:
        cleaned = cleaned[1:]
    return cleaned


def _clean_term(text: str | None) -> str:
    """A defined term as an answer: "K8S概念" is asked as "K8S"."""
    term = _clean(text)
    for suffix in ("的概念", "的定义", "概念", "定义"):
        if term.endswith(suffix) and len(normalize(term[: -len(suffix)])) >= 2:
            return term[: -len(suffix)].strip()
    return term


def _overlaps(key: str, other: str) -> bool:
    """One normalized text contains the other: "时间序列数据库" is also true of Prometheus,
    "开源监控报警系统和时间序列数据库"."""
    return bool(key) and bool(other) and (key in other or other in key)


def _mentions(text: str, term: str) -> bool:
    """Whether ``text`` names ``term`` (which would give the answer away)."""
    key = normalize(term)
    return bool(key) and key in normalize(text)


def _mask(text: str, term: str) -> str:
    """``text`` with every mention of ``term`` blanked."""
    if not term.strip():
        return text
    return re.sub(re.escape(term), BLANK, text, flags=re.IGNORECASE)


def _points(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# --------------------------------------------------------------------------- the notes


@dataclass(frozen=True)
class _Entry:
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
        object.__setattr__(self, "width", _width(self.text))
        object.__setattr__(self, "script", _script(self.text))


@dataclass(frozen=True)
class _Pair:
    """A term and its definition: a definition fact, or a glossed member of a list."""

    term: _Entry
    definition: _Entry
    #: The list the member is in (its display name), empty for a definition fact.
    context: str

    @property
    def fact(self) -> Fact:
        return self.term.fact


@dataclass(frozen=True)
class _Notes:
    """The facts indexed for drawing distractors."""

    facts: tuple[Fact, ...]
    pairs: tuple[_Pair, ...]
    members: tuple[_Entry, ...]
    #: List members by fact id, unique after normalizing, in document order.
    members_of: Mapping[str, tuple[_Entry, ...]]
    steps_of: Mapping[str, tuple[_Entry, ...]]
    names: Mapping[str, str]
    #: Normalized subject -> ids of the list facts with that subject.
    lists_by_subject: Mapping[str, tuple[str, ...]]
    lists: tuple[Fact, ...]
    #: Fact id -> ids of facts that asking it would give away (see :func:`_related`).
    related: Mapping[str, tuple[str, ...]]

    # Indexes built once per call, so that deciding what a fact offers costs no scan over all
    # the notes (which made make_exam quadratic in the number of facts).
    #: Fact id -> normalized subject.
    subject_keys: Mapping[str, str]
    #: Fact id -> its pairs (a definition's one pair, a list's glossed members), in order.
    pairs_of: Mapping[str, tuple[_Pair, ...]]
    #: Term key -> keys of every definition given for that term (all true of it).
    definitions_of_term: Mapping[str, frozenset[str]]
    # The pools below hold one candidate per distinct key (the first): what is counted is
    # distinct keys, and past the fixed tests a candidate passes or fails by its key alone, so
    # the copies of a text said in many places need not be skipped one by one.
    #: Script -> pairs whose definition passes the fixed tests of :func:`_definition_test`.
    definition_pool: Mapping[str, tuple[_Pair, ...]]
    #: Script -> pairs whose term passes the fixed tests of :func:`_term_test`.
    term_pool: Mapping[str, tuple[_Pair, ...]]
    #: Script -> list members short enough to be options (see :func:`_outsider_test`).
    option_members: Mapping[str, tuple[_Entry, ...]]
    #: The same, all scripts together.
    option_keys: tuple[_Entry, ...]
    #: The lists' normalized subjects, sorted, and the lists in the same order: the lists
    #: whose subject starts with a given key are one bisected range.
    list_keys: tuple[str, ...]
    lists_by_key: tuple[Fact, ...]
    #: The same with the subjects reversed, for the lists whose subject ends with a key.
    reversed_list_keys: tuple[str, ...]
    lists_by_reversed_key: tuple[Fact, ...]


def _unique_entries(fact: Fact, position: int, texts: Sequence[str]) -> tuple[_Entry, ...]:
    entries: list[_Entry] = []
    seen: set[str] = set()
    for index, raw in enumerate(texts):
        text = _clean(raw)
        key = normalize(text)
        if key and key not in seen:
            seen.add(key)
            entries.append(_Entry(text, key, fact, (position, index)))
    return tuple(entries)


def _index_notes(facts: Sequence[Fact]) -> _Notes:
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
        name = _clean(fact.subject)
        # Two lists called "作用" under different headings are told apart by the heading.
        if len(sections_of[(fact.kind, normalize(fact.subject))]) > 1:
            context = next(
                (h for h in reversed(fact.section) if normalize(h) and not _mentions(name, h)), ""
            )
            if context:
                name = _text(fact.lang, "qualified", subject=name, context=_clean(context))
        names[fact.id] = name

    pairs: list[_Pair] = []
    members: list[_Entry] = []
    members_of: dict[str, tuple[_Entry, ...]] = {}
    steps_of: dict[str, tuple[_Entry, ...]] = {}
    lists_by_subject: dict[str, list[str]] = {}
    list_subjects = {normalize(f.subject) for f in ordered if f.kind == "list"}
    for position, fact in enumerate(ordered):
        if fact.kind == "definition":
            term, definition = _clean_term(fact.subject), _clean_definition(fact.text)
            if normalize(definition):
                pairs.append(
                    _Pair(
                        _Entry(term, normalize(term), fact, (position, -1)),
                        _Entry(definition, normalize(definition), fact, (position, -1)),
                        "",
                    )
                )
        elif fact.kind == "list":
            entries = _unique_entries(fact, position, [item.text for item in fact.items])
            # A member that only heads a nested list ("类型" under "存储卷", whose list is
            # "存储卷 类型") is a heading, not something to know; "Docker Deamon", heading the
            # list "Docker Deamon", names a thing and stays.
            subject = normalize(fact.subject)
            entries = tuple(e for e in entries if subject + e.key not in list_subjects)
            members_of[fact.id] = entries
            members.extend(entries)
            lists_by_subject.setdefault(normalize(fact.subject), []).append(fact.id)
            glosses = {_clean(item.text): item.gloss for item in fact.items}
            for entry in entries:
                gloss = _clean_definition(glosses.get(entry.text))
                if normalize(gloss):
                    pairs.append(
                        _Pair(
                            entry,
                            _Entry(gloss, normalize(gloss), fact, entry.rank),
                            names[fact.id],
                        )
                    )
        elif fact.kind == "sequence":
            steps_of[fact.id] = _unique_entries(fact, position, [item.text for item in fact.items])

    subject_keys = {f.id: normalize(f.subject) for f in ordered}
    pairs_of: dict[str, list[_Pair]] = {}
    definitions_of_term: dict[str, set[str]] = {}
    definition_pool: dict[tuple[str, str], _Pair] = {}
    term_pool: dict[tuple[str, str], _Pair] = {}
    for pair in pairs:
        pairs_of.setdefault(pair.fact.id, []).append(pair)
        definitions_of_term.setdefault(pair.term.key, set()).add(pair.definition.key)
        if _static_definition_option(pair):
            definition_pool.setdefault((pair.definition.script, pair.definition.key), pair)
        if _static_term_option(pair):
            term_pool.setdefault((pair.term.script, pair.term.key), pair)
    option_members: dict[tuple[str, str], _Entry] = {}
    option_keys: dict[str, _Entry] = {}
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

    return _Notes(
        facts=ordered,
        lists=lists,
        related=_related(ordered),
        pairs=tuple(pairs),
        members=tuple(members),
        members_of=MappingProxyType(members_of),
        steps_of=MappingProxyType(steps_of),
        names=MappingProxyType(names),
        lists_by_subject=frozen(lists_by_subject),
        subject_keys=MappingProxyType(subject_keys),
        pairs_of=frozen(pairs_of),
        definitions_of_term=MappingProxyType(
            {k: frozenset(v) for k, v in definitions_of_term.items()}
        ),
        definition_pool=by_script(definition_pool),
        term_pool=by_script(term_pool),
        option_members=by_script(option_members),
        option_keys=tuple(option_keys.values()),
        list_keys=tuple(key for key, _ in by_key),
        lists_by_key=tuple(lists[i] for _, i in by_key),
        reversed_list_keys=tuple(key for key, _ in by_reversed_key),
        lists_by_reversed_key=tuple(lists[i] for _, i in by_reversed_key),
    )


def _related(facts: Sequence[Fact]) -> Mapping[str, tuple[str, ...]]:
    """Facts one exam should not ask both of, because one question answers the other.

    The notes often state a thing twice: ``UTS(系统标识…)`` in the list "命名空间六种隔离" and
    the definition "UTS: 系统标识…"; "Prometheus" as a definition and as a list of features.
    A matching over the list would answer the definition's question.
    """
    by_subject: dict[str, list[str]] = {}
    definitions: dict[str, list[str]] = {}
    for fact in facts:
        key = normalize(fact.subject)
        by_subject.setdefault(key, []).append(fact.id)
        if fact.kind == "definition":
            definitions.setdefault(key, []).append(fact.id)
    related: dict[str, set[str]] = {}

    def link(a: str, b: str) -> None:
        if a != b:
            related.setdefault(a, set()).add(b)
            related.setdefault(b, set()).add(a)

    for ids in by_subject.values():
        for a in ids:
            for b in ids:
                link(a, b)
    for fact in facts:
        if fact.kind == "list":
            for item in fact.items:
                if item.gloss:
                    for definition in definitions.get(normalize(item.text), ()):
                        link(fact.id, definition)
    return MappingProxyType({k: tuple(sorted(v)) for k, v in related.items()})


def _distance(candidate: Fact, home: Fact) -> int:
    """How far a candidate is from the fact asked about: same fact, section, chapter, notes."""
    if candidate.id == home.id:
        return 0
    if candidate.section == home.section:
        return 1
    if candidate.chapter == home.chapter:
        return 2
    return 3


def _best(
    rng: random.Random,
    candidates: Sequence[_Entry],
    like: str,
    home: Fact,
    count: int,
    exclude: Collection[str] = (),
) -> list[_Entry]:
    """The best ``count`` candidates with distinct keys, none in ``exclude``: near the home
    fact, same script and similar length as ``like``.

    A little noise varies the choice between equally good candidates from seed to seed; it is
    drawn in the candidates' stable order (one draw per candidate, whatever ``count`` is), so
    the result is reproducible. Ties keep the candidates' order.
    """
    like_script, like_width = _script(like), max(_width(like), 1)
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
            fact, distance = entry.fact, _distance(entry.fact, home)
        scores.append(distance + script + length + draw())

    def ordered(indexes: Iterable[int]) -> list[_Entry]:
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


def _take(entries: Sequence[_Entry], count: int, exclude: Collection[str] = ()) -> list[_Entry]:
    """The first ``count`` entries with distinct keys, none in ``exclude``."""
    seen = set(exclude)
    chosen: list[_Entry] = []
    for entry in entries:
        if entry.key not in seen:
            seen.add(entry.key)
            chosen.append(entry)
            if len(chosen) == count:
                break
    return chosen


def _same_script(entries: Sequence[_Entry], like: str) -> list[_Entry]:
    """The entries written in ``like``'s script: the one Latin name among Chinese phrases
    (or the reverse) is the answer a student picks without knowing anything."""
    script = _script(like)
    return [e for e in entries if e.script == script]


# --------------------------------------------------------------------------- forms


@dataclass(frozen=True)
class _Ask:
    """What the blueprint asks of one question: language, points, and for true/false the
    truth value the balanced sequence wants."""

    lang: str
    points: float
    truth: bool = True


Builder = Callable[[random.Random, tuple[Fact, ...], _Ask], Question]


@dataclass(frozen=True)
class _Form:
    """One way to ask about a fact (or, for matching, a group of facts)."""

    type: str
    variety: str
    facts: tuple[Fact, ...]
    build: Builder
    #: Unused facts a group form needs (matching over several definitions).
    need: int = 1


@dataclass(frozen=True)
class _Offers:
    """The forms a fact gives per question type, and why it gives none of some type."""

    forms: Mapping[str, tuple[_Form, ...]]
    reasons: Mapping[str, str]


def _question(
    qtype: str, prompt: str, answer: object, ask: _Ask, facts: Sequence[Fact], **fields: object
) -> Question:
    home = facts[0]
    return Question(
        type=qtype,  # type: ignore[arg-type]
        prompt=prompt,
        answer=answer,  # type: ignore[arg-type]
        points=float(ask.points),
        facts=tuple(f.id for f in facts),
        source=home.location,
        section=home.section,
        **fields,  # type: ignore[arg-type]
    )


def _count_keys(entries: Iterable[_Entry], limit: int) -> int:
    """Distinct keys among ``entries``, counting no further than ``limit``: whether a form
    has enough distractors is decided without listing them all."""
    seen: set[str] = set()
    for entry in entries:
        seen.add(entry.key)
        if len(seen) >= limit:
            break
    return len(seen)


def _static_definition_option(pair: _Pair) -> bool:
    """The tests of :func:`_definition_test` that do not depend on the pair asked."""
    return (
        MIN_CLUE_WIDTH <= pair.definition.width <= MAX_OPTION_WIDTH
        # A definition that names its own term is an option the student strikes at once.
        and pair.term.key not in pair.definition.key
    )


def _static_term_option(pair: _Pair) -> bool:
    """The tests of :func:`_term_test` that do not depend on the pair asked."""
    return pair.term.width <= MAX_TERM_WIDTH


def _definition_test(notes: _Notes, pair: _Pair) -> Callable[[_Pair], bool]:
    """Whether another pair's definition could stand in for ``pair``'s: not also true of its
    term (the term's other definitions), not containing or contained in it."""
    also_true = notes.definitions_of_term.get(pair.term.key, frozenset())
    key = pair.definition.key

    def test(other: _Pair) -> bool:
        return (
            other.definition.key not in also_true
            and not _overlaps(other.definition.key, key)
            and _static_definition_option(other)
        )

    return test


def _term_test(notes: _Notes, pair: _Pair) -> Callable[[_Pair], bool]:
    """Whether another pair's term could stand in for ``pair``'s: not ``pair``'s term, not
    given a definition that overlaps ``pair``'s (then it is also true of it)."""
    term, definition = pair.term.key, pair.definition.key

    def test(other: _Pair) -> bool:
        return (
            other.term.key != term
            # "cgroup" next to "CGroups" is the answer in disguise.
            and not _overlaps(other.term.key, term)
            and _static_term_option(other)
            and not any(_overlaps(d, definition) for d in notes.definitions_of_term[other.term.key])
        )

    return test


def _definition_candidates(notes: _Notes, pair: _Pair) -> list[_Entry]:
    """Other definitions that could stand in for ``pair``'s, none also true of its term."""
    test = _definition_test(notes, pair)
    return [p.definition for p in notes.pairs if test(p)]


def _term_candidates(notes: _Notes, pair: _Pair) -> list[_Entry]:
    """Other terms that could stand in for ``pair``'s, none defined the same way."""
    test = _term_test(notes, pair)
    return [p.term for p in notes.pairs if test(p)]


def _pair_forms(notes: _Notes, pair: _Pair) -> tuple[dict[str, list[_Form]], dict[str, str]]:
    forms: dict[str, list[_Form]] = {}
    reasons: dict[str, str] = {}
    term, definition, fact = pair.term.text, pair.definition.text, pair.fact
    suffix = "_in" if pair.context else ""
    # Where the answer is the term, a list name that contains it ("CGroups相关术语" for
    # "cgroup") would give it away: those prompts leave the list out.
    clue_suffix = "_in" if pair.context and not _mentions(pair.context, term) else ""

    def add(form: _Form) -> None:
        forms.setdefault(form.type, []).append(form)

    clue_ok = MIN_CLUE_WIDTH <= _width(definition) <= MAX_CLUE_WIDTH
    term_ok = _width(term) <= MAX_TERM_WIDTH
    names_itself = _mentions(definition, term)

    # Only whether there are enough distractors is decided here, from the per-script pools;
    # the builders list the candidates when (and if) the question is drawn.
    limit = SINGLE_CHOICE_DISTRACTORS
    definition_test = _definition_test(notes, pair)
    definition_pool = notes.definition_pool.get(pair.definition.script, ())
    n_definitions = _count_keys(
        (p.definition for p in definition_pool if definition_test(p)), limit
    )

    # term -> which definition: only when the definitions are short enough to be options and
    # the right one does not name the term.
    if _width(definition) > MAX_OPTION_WIDTH:
        reasons["single_choice"] = "definition too long to be an option"
    elif _width(definition) < MIN_CLUE_WIDTH:
        reasons["single_choice"] = "definition too short to tell the terms apart"
    elif names_itself:
        reasons["single_choice"] = "definition names its own term"
    elif n_definitions < SINGLE_CHOICE_DISTRACTORS:
        reasons["single_choice"] = (
            f"only {n_definitions} other definitions in the same script "
            "to use as distractors "
            f"(need {SINGLE_CHOICE_DISTRACTORS})"
        )
    else:

        def term_to_definition(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
            definition_options = _same_script(_definition_candidates(notes, pair), definition)
            distractors = _best(
                rng,
                definition_options,
                definition,
                fact,
                SINGLE_CHOICE_DISTRACTORS,
                {pair.definition.key},
            )
            prompt = _text(ask.lang, "term_to_definition" + suffix, term=term, list=pair.context)
            options = (definition, *(d.text for d in distractors))
            return _question("single_choice", prompt, "A", ask, facts, options=options)

        add(_Form("single_choice", "term_to_definition", (fact,), term_to_definition))

    # definition -> which term: suits long definitions (the options stay short).
    term_test = _term_test(notes, pair)
    term_pool = notes.term_pool.get(pair.term.script, ())
    n_terms = _count_keys((p.term for p in term_pool if term_test(p)), limit)
    if not term_ok:
        reasons.setdefault("single_choice", "term too long to be an option")
    elif not clue_ok:
        reasons.setdefault("single_choice", "definition too short or too long to be a clue")
    elif n_terms < SINGLE_CHOICE_DISTRACTORS:
        reasons.setdefault(
            "single_choice",
            f"only {n_terms} other terms in the same script to use as distractors "
            f"(need {SINGLE_CHOICE_DISTRACTORS})",
        )
    else:

        def definition_to_term(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
            term_options = _same_script(_term_candidates(notes, pair), term)
            distractors = _best(
                rng, term_options, term, fact, SINGLE_CHOICE_DISTRACTORS, {pair.term.key}
            )
            clue = _mask(definition, term)
            key = "definition_to_term" + clue_suffix
            prompt = _text(ask.lang, key, definition=clue, list=pair.context)
            options = (term, *(d.text for d in distractors))
            return _question("single_choice", prompt, "A", ask, facts, options=options)

        add(_Form("single_choice", "definition_to_term", (fact,), definition_to_term))

    # True/false: the term with its own definition, or with a neighbour's.
    if not clue_ok:
        reasons["true_false"] = "definition too short or too long to state as a claim"
    else:

        def claim(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
            shown, truth = definition, True
            false_pool = [] if ask.truth else _false_definitions(notes, pair)
            if false_pool:
                best = _best(rng, false_pool, definition, fact, 1, {pair.definition.key})
                shown, truth = best[0].text, False
            key = "claim_definition" + suffix
            prompt = _text(ask.lang, key, term=term, definition=shown, list=pair.context)
            answer_text = (
                _text(ask.lang, "true")
                if truth
                else _text(ask.lang, "false_definition", term=term, definition=definition)
            )
            answer = "true" if truth else "false"
            return _question("true_false", prompt, answer, ask, facts, answer_text=answer_text)

        add(_Form("true_false", "claim_definition", (fact,), claim))

    # Fill in the term.
    if not term_ok:
        reasons["fill_blank"] = "term too long to write in a blank"
    elif not clue_ok:
        reasons["fill_blank"] = "definition too short or too long to be a clue"
    else:

        def blank_term(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
            prompt = _text(
                ask.lang,
                "blank_term" + clue_suffix,
                blank=BLANK,
                definition=_mask(definition, term),
                list=pair.context,
            )
            return _question("fill_blank", prompt, term, ask, facts, answer_text=term)

        add(_Form("fill_blank", "blank_term", (fact,), blank_term))
    return forms, reasons


def _false_definitions(notes: _Notes, pair: _Pair) -> list[_Entry]:
    """Definitions a false claim about ``pair``'s term may show: any script, long enough to
    read as a definition, not naming the term."""
    return [
        d
        for d in _definition_candidates(notes, pair)
        if d.width >= MIN_CLUE_WIDTH and not _mentions(d.text, pair.term.text)
    ]


def _starting_with(
    keys: Sequence[str], facts: Sequence[Fact], prefix: str
) -> Iterable[tuple[str, Fact]]:
    """The (key, fact) pairs whose key starts with ``prefix``, from ``keys`` sorted."""
    index = bisect.bisect_left(keys, prefix)
    while index < len(keys) and keys[index].startswith(prefix):
        yield keys[index], facts[index]
        index += 1


def _descendant_members(notes: _Notes, fact: Fact) -> set[str]:
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
        children = [
            child
            for key, child in _starting_with(notes.list_keys, notes.lists_by_key, parent_key)
            if key != parent_key
        ]
        # Named after a member: subjects that end with a member's key (of two characters or
        # more; "A" would nest half the notes).
        for entry in notes.members_of.get(parent.id, ()):
            if len(entry.key) >= 2:
                ending = _starting_with(
                    notes.reversed_list_keys, notes.lists_by_reversed_key, entry.key[::-1]
                )
                children.extend(child for _, child in ending)
        for child in children:
            if child.id not in seen:
                seen.add(child.id)
                frontier.append(child)
                keys |= {e.key for e in notes.members_of.get(child.id, ())}
    return keys


def _outsider_test(notes: _Notes, fact: Fact) -> Callable[[_Entry], bool]:
    """Whether a list member is an outsider of ``fact``'s list: a member of another list that
    is not (also) a member of this one."""
    inside = {e.key for e in notes.members_of.get(fact.id, ())}
    subject = notes.subject_keys[fact.id]
    # A list of the same name elsewhere in the notes says what else belongs.
    for list_id in notes.lists_by_subject.get(subject, ()):
        inside |= {e.key for e in notes.members_of[list_id]}
    inside |= _descendant_members(notes, fact)

    def test(entry: _Entry) -> bool:
        return (
            entry.key not in inside
            # "cgroup" is no outsider of "cgroup子系统", nor "Docker" of "Docker优点".
            and not _overlaps(entry.key, subject)
            and entry.width <= MAX_OPTION_WIDTH
            and entry.fact.id != fact.id
        )

    return test


def _outsider_candidates(notes: _Notes, fact: Fact) -> list[_Entry]:
    """Members of other lists that are not (also) members of ``fact``'s list."""
    test = _outsider_test(notes, fact)
    return [e for e in notes.members if test(e)]


def _list_forms(notes: _Notes, fact: Fact) -> tuple[dict[str, list[_Form]], dict[str, str]]:
    forms: dict[str, list[_Form]] = {}
    reasons: dict[str, str] = {}
    name = notes.names[fact.id]
    entries = notes.members_of.get(fact.id, ())
    members = [e for e in entries if e.width <= MAX_OPTION_WIDTH]
    # Whether there are enough outsiders is decided by counting the first few (three make a
    # single choice, and no shape of select-all needs more); the full list, thousands of
    # members in large notes, is made only when a question is drawn (or a reason needs it).
    outside = _outsider_test(notes, fact)
    limit = SINGLE_CHOICE_DISTRACTORS
    n_outsiders = _count_keys(filter(outside, notes.option_keys), limit)
    listed: list[list[_Entry]] = []

    def outsiders() -> list[_Entry]:
        if not listed:
            listed.append(_outsider_candidates(notes, fact))
        return listed[0]

    counted: dict[str, int] = {}

    def same_script_outsiders(script: str) -> int:
        """Distinct outsiders in ``script``, up to the three a single choice needs."""
        if script not in counted:
            pool = notes.option_members.get(script, ())
            counted[script] = _count_keys(filter(outside, pool), limit)
        return counted[script]

    def add(form: _Form) -> None:
        forms.setdefault(form.type, []).append(form)

    def typical(chosen: Sequence[_Entry]) -> str:
        # Outsiders should look like the members: compare with a member of median width.
        by_width = sorted(chosen, key=lambda e: (e.width, e.rank))
        return by_width[len(by_width) // 2].text

    # Which belongs / which does NOT belong.
    if not members:
        reasons["single_choice"] = "no member short enough to be an option"
    elif n_outsiders < 1:
        reasons["single_choice"] = "no members of other lists to use as distractors"
    else:
        # Options in one script: the answer's script decides which outsiders may stand by it.
        askable = [
            m for m in members if same_script_outsiders(m.script) >= SINGLE_CHOICE_DISTRACTORS
        ]
        if askable:

            def belongs(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
                answer = rng.choice(askable)
                candidates = _same_script(outsiders(), answer.text)
                distractors = _best(rng, candidates, answer.text, fact, SINGLE_CHOICE_DISTRACTORS)
                prompt = _text(ask.lang, "belongs", list=name)
                options = (answer.text, *(d.text for d in distractors))
                return _question("single_choice", prompt, "A", ask, facts, options=options)

            add(_Form("single_choice", "belongs", (fact,), belongs))
        by_script: dict[str, list[_Entry]] = {}
        for member in members:
            by_script.setdefault(member.script, []).append(member)
        scripts = sorted(
            script
            for script, group in by_script.items()
            if len(group) >= SINGLE_CHOICE_DISTRACTORS and same_script_outsiders(script) > 0
        )
        if scripts:

            def not_belongs(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
                group = by_script[rng.choice(scripts)]
                shown = rng.sample(group, SINGLE_CHOICE_DISTRACTORS)
                candidates = _same_script(outsiders(), shown[0].text)
                outsider = _best(rng, candidates, typical(shown), fact, 1)[0]
                prompt = _text(ask.lang, "not_belongs", list=name)
                options = (outsider.text, *(m.text for m in shown))
                return _question("single_choice", prompt, "A", ask, facts, options=options)

            add(_Form("single_choice", "not_belongs", (fact,), not_belongs))
        if "single_choice" not in forms:
            # The one place the outsiders are counted in full (their keys are distinct).
            n_all = sum(1 for _ in filter(outside, notes.option_keys))
            reasons["single_choice"] = (
                f"{len(members)} members and {n_all} outsiders: too few for four options"
            )

    # Select all that apply: at least two right, at least one wrong, four or five options.
    if len(members) < 2:
        reasons["multiple_choice"] = "fewer than 2 members short enough to be options"
    elif n_outsiders < 1 or len(members) + n_outsiders < 4:
        reasons["multiple_choice"] = "too few members of other lists to use as distractors"
    else:

        def select_members(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
            shapes = [
                (total, right)
                for total in (4, 5)
                for right in range(2, total)
                if right <= len(members) and total - right <= n_outsiders
            ]
            total, right = rng.choice(shapes)
            chosen = sorted(rng.sample(members, right), key=lambda e: e.rank)
            wrong = _best(rng, outsiders(), typical(chosen), fact, total - right)
            prompt = _text(ask.lang, "select_members", list=name)
            options = tuple(e.text for e in (*chosen, *wrong))
            answer = tuple(LETTERS[: len(chosen)])
            return _question("multiple_choice", prompt, answer, ask, facts, options=options)

        add(_Form("multiple_choice", "select_members", (fact,), select_members))

    # True/false: "X belongs to L", true with a member, false with an outsider.
    if not members:
        reasons["true_false"] = "no member short enough to state"
    else:

        def claim_member(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
            member = rng.choice(members)
            if ask.truth or not outsiders():
                prompt = _text(ask.lang, "claim_member", member=member.text, list=name)
                return _question(
                    "true_false", prompt, "true", ask, facts, answer_text=_text(ask.lang, "true")
                )
            outsider = _best(rng, outsiders(), member.text, fact, 1)[0]
            prompt = _text(ask.lang, "claim_member", member=outsider.text, list=name)
            other = notes.names.get(outsider.fact.id, outsider.fact.subject)
            answer_text = _text(ask.lang, "false_member", member=outsider.text, other=other)
            return _question("true_false", prompt, "false", ask, facts, answer_text=answer_text)

        add(_Form("true_false", "claim_member", (fact,), claim_member))

    # Enumerate the members.
    widths = [e.width for e in entries]
    if len(entries) < 2:
        reasons["short_answer"] = "fewer than 2 members"
    elif max(widths) > MAX_SHORT_ANSWER_MEMBER_WIDTH:
        reasons["short_answer"] = "members are too long to enumerate from memory"
    else:

        def enumerate_members(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
            n = len(entries)
            k = min(n, SHORT_ANSWER_MAX)
            key = "list_all" if k == n else "list_some"
            prompt = _text(ask.lang, key, list=name, n=n, k=k)
            each = round(ask.points / k, 2)
            # The last point takes the rounding so the breakdown adds up to the question's points.
            answer_points = (*([each] * (k - 1)), round(ask.points - each * (k - 1), 2))
            glosses = {_clean(item.text): _clean(item.gloss) for item in fact.items}
            shown = [
                _text(ask.lang, "gloss", text=e.text, gloss=glosses[e.text])
                if glosses.get(e.text)
                else e.text
                for e in entries
            ]
            answer_text = _text(ask.lang, "join").join(shown)
            if k < n:
                answer_text += _text(ask.lang, "any_k", k=k)
            return _question(
                "short_answer",
                prompt,
                tuple(e.text for e in entries),
                ask,
                facts,
                answer_text=answer_text,
                answer_points=answer_points,
            )

        add(_Form("short_answer", "enumerate", (fact,), enumerate_members))

    # Matching members to their glosses.
    glossed = [
        p
        for p in notes.pairs_of.get(fact.id, ())
        if p.term.width <= MAX_TERM_WIDTH
        and p.definition.width <= MAX_GLOSS_WIDTH
        # "PID: 对进程PID进行重新标号" would match itself.
        and not _mentions(p.definition.text, p.term.text)
    ]
    glossed = _unique_pairs(glossed)
    if any(item.gloss for item in fact.items):
        if len(glossed) < MATCHING_MIN:
            reasons["matching"] = (
                f"{len(glossed)} of the members have a distinct gloss (need {MATCHING_MIN})"
            )
        else:

            def match(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
                prompt = _text(ask.lang, "match_members", list=name)
                return _matching(rng, prompt, glossed, ask, facts)

            add(_Form("matching", "match_members", (fact,), match))

    # Pairs from glossed members: term <-> gloss questions about the list.
    for pair in notes.pairs_of.get(fact.id, ()):
        pair_forms, _ = _pair_forms(notes, pair)
        for qtype, extra in pair_forms.items():
            forms.setdefault(qtype, []).extend(extra)
    for qtype in forms:
        reasons.pop(qtype, None)
    if "fill_blank" not in forms and any(item.gloss for item in fact.items):
        reasons["fill_blank"] = "no glossed member both short and clearly described"
    return forms, reasons


def _unique_pairs(pairs: Sequence[_Pair]) -> list[_Pair]:
    """Pairs whose terms and definitions are all distinct (a matching needs a bijection)."""
    terms: set[str] = set()
    definitions: set[str] = set()
    unique = []
    for pair in pairs:
        if pair.term.key not in terms and pair.definition.key not in definitions:
            terms.add(pair.term.key)
            definitions.add(pair.definition.key)
            unique.append(pair)
    return unique


def _matching(
    rng: random.Random, prompt: str, pairs: Sequence[_Pair], ask: _Ask, facts: tuple[Fact, ...]
) -> Question:
    chosen = pairs
    if len(pairs) > MATCHING_MAX:
        chosen = sorted(rng.sample(list(pairs), MATCHING_MAX), key=lambda p: p.term.rank)
    stems = tuple(p.term.text for p in chosen)
    options = tuple(p.definition.text for p in chosen)
    answer = tuple((stem, LETTERS[i]) for i, stem in enumerate(stems))
    return _question("matching", prompt, answer, ask, facts, stems=stems, options=options)


def _sequence_forms(notes: _Notes, fact: Fact) -> tuple[dict[str, list[_Form]], dict[str, str]]:
    forms: dict[str, list[_Form]] = {}
    reasons: dict[str, str] = {}
    name = notes.names[fact.id]
    steps = notes.steps_of.get(fact.id, ())
    if len(steps) != len(fact.items):
        # Repeated or empty steps: the order would be ambiguous.
        reasons["ordering"] = reasons["fill_blank"] = "repeated or empty steps"
        return forms, reasons
    if not ORDERING_MIN <= len(steps) <= ORDERING_MAX:
        reasons["ordering"] = f"{len(steps)} steps (need {ORDERING_MIN}–{ORDERING_MAX})"
    elif max(s.width for s in steps) > MAX_OPTION_WIDTH:
        reasons["ordering"] = "steps too long to be options"
    else:

        def order(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
            prompt = _text(ask.lang, "order_steps", sequence=name)
            options = tuple(s.text for s in steps)
            answer = tuple(LETTERS[: len(steps)])
            return _question("ordering", prompt, answer, ask, facts, options=options)

        forms["ordering"] = [_Form("ordering", "order_steps", (fact,), order)]

    # A step the sequence's name or another step spells out ("云计算" in "云计算发展路线")
    # is no blank to fill.
    blankable = [
        i
        for i, step in enumerate(steps)
        if step.width <= MAX_TERM_WIDTH
        and not _mentions(name, step.text)
        and not any(_mentions(other.text, step.text) for other in steps if other is not step)
    ]
    if len(steps) < ORDERING_MIN:
        reasons["fill_blank"] = f"{len(steps)} steps: too few to blank one"
    elif not blankable:
        reasons["fill_blank"] = "steps too long to write in a blank"
    else:

        def blank_step(rng: random.Random, facts: tuple[Fact, ...], ask: _Ask) -> Question:
            hidden = rng.choice(blankable)
            shown = [BLANK if i == hidden else s.text for i, s in enumerate(steps)]
            arrow = _text(ask.lang, "arrow")
            prompt = _text(ask.lang, "blank_step", sequence=name, steps=arrow.join(shown))
            answer = steps[hidden].text
            return _question("fill_blank", prompt, answer, ask, facts, answer_text=answer)

        forms["fill_blank"] = [_Form("fill_blank", "blank_step", (fact,), blank_step)]
    return forms, reasons


def _offers(notes: _Notes, fact: Fact) -> _Offers:
    if fact.kind == "definition":
        pair = next(iter(notes.pairs_of.get(fact.id, ())), None)
        if pair is None:
            return _Offers(MappingProxyType({}), MappingProxyType({"*": "empty definition"}))
        forms, reasons = _pair_forms(notes, pair)
    elif fact.kind == "list":
        forms, reasons = _list_forms(notes, fact)
    elif fact.kind == "sequence":
        forms, reasons = _sequence_forms(notes, fact)
    else:
        return _Offers(MappingProxyType({}), MappingProxyType({"*": f"unknown kind {fact.kind!r}"}))
    # A reason stands only for a type the fact gives no form of at all.
    reasons = {t: r for t, r in reasons.items() if t not in forms}
    return _Offers(
        MappingProxyType({t: tuple(f) for t, f in forms.items()}), MappingProxyType(reasons)
    )


def _group_matching_forms(notes: _Notes, facts: Sequence[Fact]) -> list[_Form]:
    """Matching over the definitions of one section ("Fluentd, Kafka, Heapster, …")."""
    allowed = {f.id for f in facts}
    by_section: dict[tuple[str, ...], list[_Pair]] = {}
    for pair in notes.pairs:
        if (
            pair.fact.kind == "definition"
            and pair.fact.id in allowed
            and pair.term.width <= MAX_TERM_WIDTH
            and MIN_CLUE_WIDTH <= pair.definition.width <= MAX_GLOSS_WIDTH
            and not _mentions(pair.definition.text, pair.term.text)
        ):
            by_section.setdefault(pair.fact.section, []).append(pair)
    forms = []
    for pairs in by_section.values():
        pairs = _unique_pairs(pairs)
        if len(pairs) < MATCHING_MIN:
            continue

        def match(
            rng: random.Random, free: tuple[Fact, ...], ask: _Ask, pairs: list[_Pair] = pairs
        ) -> Question:
            free_ids = {f.id for f in free}
            usable = [p for p in pairs if p.fact.id in free_ids]
            if len(usable) > MATCHING_MAX:
                usable = sorted(rng.sample(usable, MATCHING_MAX), key=lambda p: p.term.rank)
            prompt = _text(ask.lang, "match_terms")
            return _matching(rng, prompt, usable, ask, tuple(p.fact for p in usable))

        group = tuple(p.fact for p in pairs)
        forms.append(_Form("matching", "match_terms", group, match, need=MATCHING_MIN))
    return forms


# --------------------------------------------------------------------------- arranging


def _permute(question: Question, order: Sequence[int]) -> Question:
    """``question`` with its options in ``order`` (new option i is old option order[i]) and
    its answer letters remapped."""
    new_position = {old: new for new, old in enumerate(order)}

    def relabel(letter: str) -> str:
        return LETTERS[new_position[LETTERS.index(letter)]]

    options = tuple(question.options[i] for i in order)
    answer: object = question.answer
    if question.type == "single_choice":
        answer = relabel(question.answer)  # type: ignore[arg-type]
    elif question.type == "multiple_choice":
        answer = tuple(sorted(relabel(a) for a in question.answer))  # type: ignore[arg-type]
    elif question.type == "ordering":
        answer = tuple(relabel(a) for a in question.answer)  # type: ignore[arg-type]
    elif question.type == "matching":
        answer = tuple((stem, relabel(letter)) for stem, letter in question.answer)  # type: ignore[misc]
    return replace(question, options=options, answer=answer)  # type: ignore[arg-type]


def _balanced(rng: random.Random, count: int, values: Sequence) -> list:
    """``count`` values, each used equally often (±1), in shuffled order."""
    sequence: list = []
    while len(sequence) < count:
        block = list(values)
        rng.shuffle(block)
        sequence.extend(block)
    return sequence[:count]


def _shuffled_order(rng: random.Random, size: int, avoid_identity: bool) -> list[int]:
    order = list(range(size))
    rng.shuffle(order)
    if avoid_identity and size > 1 and order == sorted(order):
        # Steps already in order would answer the question; rotate by one instead.
        order = order[1:] + order[:1]
    return order


def _arrange(rng: random.Random, questions: Sequence[Question], lang: str) -> list[Question]:
    """Letter the options: the single-choice answers spread evenly over A–D, the rest
    shuffled; then write the human-readable answers."""
    singles = [q for q in questions if q.type == "single_choice"]
    positions = iter(_balanced(rng, len(singles), range(SINGLE_CHOICE_DISTRACTORS + 1)))
    arranged = []
    for question in questions:
        if question.type == "single_choice":
            position = next(positions) % len(question.options)
            rest = [i for i in range(len(question.options)) if i != LETTERS.index(question.answer)]  # type: ignore[arg-type]
            rng.shuffle(rest)
            order = [*rest[:position], LETTERS.index(question.answer), *rest[position:]]  # type: ignore[arg-type]
            question = _permute(question, order)
        elif question.type in ("multiple_choice", "matching", "ordering"):
            order = _shuffled_order(rng, len(question.options), question.type != "multiple_choice")
            question = _permute(question, order)
        arranged.append(_with_answer_text(question, lang))
    return arranged


def _with_answer_text(question: Question, lang: str) -> Question:
    """The printed key's answer for the lettered types (the others set theirs when built)."""
    if question.type == "single_choice":
        letter = question.answer
        text = question.options[LETTERS.index(letter)]  # type: ignore[arg-type]
        return replace(question, answer_text=_text(lang, "choice", letter=letter, text=text))
    if question.type == "multiple_choice":
        return replace(question, answer_text=_text(lang, "letters_join").join(question.answer))  # type: ignore[arg-type]
    if question.type == "ordering":
        letters = "".join(question.answer)  # type: ignore[arg-type]
        steps = _text(lang, "arrow").join(
            question.options[LETTERS.index(a)]  # type: ignore[arg-type]
            for a in question.answer
        )
        shown = f"{letters}（{steps}）" if lang == "zh" else f"{letters} ({steps})"
        return replace(question, answer_text=shown)
    if question.type == "matching":
        pairs = [
            _text(lang, "pair", stem=i + 1, letter=letter)
            for i, (_, letter) in enumerate(question.answer)  # type: ignore[misc]
        ]
        return replace(question, answer_text=_text(lang, "letters_join").join(pairs))
    return question


# --------------------------------------------------------------------------- selection


def _merged_blueprint(blueprint: Sequence[BlueprintEntry]) -> list[BlueprintEntry]:
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
    forms: tuple[_Form, ...] = ()


def _live(offer: _Offer, used: Collection[str]) -> bool:
    """Whether enough of the offer's facts are unused to ask it."""
    if len(offer.facts) == 1:
        # Nearly every offer: one fact, needed.
        return int(offer.facts[0].id not in used) >= offer.need
    return sum(1 for f in offer.facts if f.id not in used) >= offer.need


def _select(
    rng: random.Random,
    notes: _Notes,
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
        for qtype, forms in _offers(notes, fact).forms.items():
            varieties = tuple(f.variety for f in forms)
            varieties = shared.setdefault(varieties, varieties)
            offers_by_type[qtype].append(_Offer((fact,), 1, fact.chapter, varieties))
    for form in _group_matching_forms(notes, asked):
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
        truths = iter(_balanced(rng, entry.count, (True, False)))
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
            forms = offer.forms or _offers(notes, offer.facts[0]).forms[entry.type]
            variety = rng.choice(sorted(set(offer.varieties)))
            form = rng.choice([f for f in forms if f.variety == variety])
            ask = _Ask(lang, entry.points, next(truths))
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


# --------------------------------------------------------------------------- papers


def _paper_lang(config: ExamConfig, facts: Sequence[Fact]) -> Lang:
    if config.language in ("zh", "en"):
        return config.language  # type: ignore[return-value]
    counts = Counter(f.lang for f in facts)
    if not counts:
        return "zh"
    # Ties go to Chinese, the notes' usual language.
    return max(("zh", "en"), key=lambda lang: (counts[lang], lang == "zh"))  # type: ignore[return-value]


def _in_chapters(fact: Fact, chapters: Sequence[str]) -> bool:
    if not chapters:
        return True
    wanted = {normalize(c) for c in chapters}
    return normalize(fact.chapter) in wanted


def _section_title(lang: str, number: int, qtype: str, count: int, points: float) -> str:
    name = _SECTION_NAMES[lang][qtype]
    each, total = _points(points), _points(points * count)
    if lang == "zh":
        numeral = _ZH_NUMERALS[number] if number < len(_ZH_NUMERALS) else str(number + 1)
        return f"{numeral}、{name}（每题{each}分，共{total}分）"
    numeral = _ROMAN_NUMERALS[number] if number < len(_ROMAN_NUMERALS) else str(number + 1)
    unit = "point" if points == 1 else "points"
    return f"{numeral}. {name} ({each} {unit} each, {total} points)"


def _duration(lang: str, duration: str) -> str:
    # The default "90分钟" reads "90 minutes" on an English paper.
    match = re.fullmatch(r"\s*(\d+)\s*分钟\s*", duration)
    if lang == "en" and match:
        return f"{match.group(1)} minutes"
    return duration


def _paper_instructions(lang: str, total: float, count: int, duration: str) -> str:
    if lang == "zh":
        time = f"，考试时间{duration}" if duration else ""
        return f"本试卷共{count}题，满分{_points(total)}分{time}。请将答案写在指定位置。"
    time = f" Time allowed: {duration}." if duration else ""
    return (
        f"This paper has {count} questions worth {_points(total)} points.{time} "
        "Write your answers in the spaces provided."
    )


def _version_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = LETTERS[rest] + name
    return name


def make_exam(
    facts: Sequence[Fact], config: ExamConfig, *, seed: int, title: str = "", date: str = ""
) -> tuple[ExamPaper, ...]:
    """One ExamPaper per version ('A', 'B', … config.variants of them).

    The questions follow ``config.blueprint`` (type, count, points) over the facts of
    ``config.chapters`` (all when empty), in proportion to the chapters' facts, never asking a
    fact twice; when the notes cannot supply a type's count, fewer are made (the caller compares
    with the blueprint and warns). All versions have the same questions; versions after A
    shuffle the questions within each section and the options within each question.

    ``title`` and ``date`` are used when the config leaves them empty (``title`` usually the
    notes' title); the paper's language is ``config.language``, or the facts' majority language.
    """
    notes = _index_notes(facts)
    asked = [f for f in notes.facts if _in_chapters(f, config.chapters)]
    lang = _paper_lang(config, asked or notes.facts)
    blueprint = _merged_blueprint(config.blueprint)
    chosen = _select(random.Random(f"{seed}/select"), notes, asked, blueprint, lang)

    position = {f.id: i for i, f in enumerate(notes.facts)}
    canonical: list[tuple[BlueprintEntry, list[Question]]] = []
    for entry in blueprint:
        questions = chosen.get(entry.type, [])
        if questions:
            # Version A follows the notes, so the course's order carries the paper.
            questions = sorted(questions, key=lambda q: min(position[f] for f in q.facts))
            canonical.append((entry, questions))

    notes_title = next((f.section[0] for f in notes.facts if f.section), "")
    paper_title = config.title or title or notes_title or ("模拟试卷" if lang == "zh" else "Exam")
    duration = _duration(lang, config.duration)
    total = sum(e.points * len(qs) for e, qs in canonical)
    count = sum(len(qs) for _, qs in canonical)
    papers = []
    for index in range(max(config.variants, 1)):
        version = _version_name(index)
        rng = random.Random(f"{seed}/version/{version}")
        sections = []
        for number, (entry, questions) in enumerate(canonical):
            ordered = list(questions)
            if index > 0:
                rng.shuffle(ordered)
            sections.append(
                ExamSection(
                    type=entry.type,  # type: ignore[arg-type]
                    title=_section_title(lang, number, entry.type, len(ordered), entry.points),
                    instructions=_SECTION_INSTRUCTIONS[lang][entry.type],
                    questions=tuple(_arrange(rng, ordered, lang)),
                )
            )
        papers.append(
            ExamPaper(
                title=paper_title,
                seed=seed,
                version=version,
                lang=lang,
                sections=tuple(sections),
                subtitle=config.subtitle,
                date=config.date or date,
                duration=duration,
                instructions=config.instructions
                or _paper_instructions(lang, total, count, duration),
                meta=(("seed", str(seed)), ("version", version)),
            )
        )
    return tuple(papers)


_TYPE_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "single_choice": "single choice",
        "multiple_choice": "multiple choice",
        "true_false": "true/false",
        "fill_blank": "fill-in",
        "matching": "matching",
        "ordering": "ordering",
        "short_answer": "short answer",
    }
)


def explain_unusable(facts: Sequence[Fact]) -> tuple[Diagnostic, ...]:
    """For `examgen check`: facts that give no question of some type, and why.

    One diagnostic per fact that misses a type its kind could give (a list without enough
    outsiders gives no single choice; a sequence of two steps no ordering). Severity is
    ``warning`` when the fact gives no question at all, ``skipped`` otherwise.
    """
    notes = _index_notes(facts)
    indexed = {f.id for f in notes.facts}
    diagnostics = []
    for fact in sorted(facts, key=lambda f: (f.source, f.line, f.id)):
        if fact.id not in indexed:
            diagnostics.append(
                Diagnostic("warning", fact.source, fact.line, "no question: empty subject")
            )
            continue
        offers = _offers(notes, fact)
        if not offers.reasons:
            continue
        reasons = sorted(
            offers.reasons.items(),
            key=lambda r: QUESTION_TYPES.index(r[0]) if r[0] in QUESTION_TYPES else -1,
        )
        parts = [
            f"no {_TYPE_LABELS.get(qtype, qtype)} ({reason})" if qtype != "*" else reason
            for qtype, reason in reasons
        ]
        severity = "skipped" if offers.forms else "warning"
        subject = _clean(fact.subject)
        message = f"“{subject}”: " + "; ".join(parts)
        if not offers.forms:
            message = f"“{subject}” gives no question: " + "; ".join(parts)
        diagnostics.append(Diagnostic(severity, fact.source, fact.line, message))
    return tuple(diagnostics)


def pick_seed() -> int:
    """A fresh seed when the user gave none; it is printed and written on the paper, so the
    exam can be made again."""
    return secrets.randbelow(10**6)
