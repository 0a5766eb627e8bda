"""Papers: the drawn questions lettered, versioned and laid out in sections."""

from __future__ import annotations

import random
import secrets
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from examgen.config import BlueprintEntry, ExamConfig
from examgen.model import ExamPaper, ExamSection, Fact, Lang, Question
from examgen.questions.form import Draft
from examgen.questions.index import Notes, index_notes
from examgen.questions.keep import DrawReads, script_margin, summarize
from examgen.questions.reads import note_window, plain, recording
from examgen.questions.selection import balanced, merged_blueprint, select
from examgen.questions.spelled import spelled_draft
from examgen.questions.text import normalize
from examgen.questions.wording import (
    SECTION_INSTRUCTIONS,
    SECTION_NAMES,
    duration_text,
    letter,
    paper_instructions,
    scaled_duration,
)
from examgen.script import HANT, is_traditional, to_traditional
from examgen.spelling import notes_spelling


def _permute(question: Question, order: Sequence[int]) -> Question:
    """``question`` with its options in ``order`` (new option i is old option order[i]) and
    its key (option positions) remapped."""
    new_position = {old: new for new, old in enumerate(order)}
    options = tuple(question.options[i] for i in order)
    key = tuple(new_position[i] for i in question.key)
    return replace(question, options=options, key=key)


def _shuffled_order(rng: random.Random, size: int, avoid_identity: bool) -> list[int]:
    order = list(range(size))
    rng.shuffle(order)
    if avoid_identity and size > 1 and order == sorted(order):
        # Steps already in order would answer the question; rotate by one instead.
        order = order[1:] + order[:1]
    return order


def _arrange(rng: random.Random, questions: Sequence[Question]) -> list[Question]:
    """Order the options: the single-choice answers spread evenly over A–D, the rest
    shuffled."""
    singles = [q for q in questions if q.type == "single_choice"]
    # Spread per option count: a three-option question (too few wrong options of the
    # answer's kind) has no D, and must not pile its answers on A.
    sizes = Counter(len(q.options) for q in singles)
    positions = {n: iter(balanced(rng, sizes[n], range(n))) for n in sorted(sizes)}
    arranged = []
    for question in questions:
        if question.type == "single_choice":
            position = next(positions[len(question.options)])
            right = question.correct[0]
            rest = [i for i in range(len(question.options)) if i != right]
            rng.shuffle(rest)
            order = [*rest[:position], right, *rest[position:]]
            question = _permute(question, order)
        elif question.type in ("multiple_choice", "matching", "ordering"):
            order = _shuffled_order(rng, len(question.options), question.type != "multiple_choice")
            question = _permute(question, order)
        arranged.append(question)
    return arranged


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


@dataclass(frozen=True)
class Drawn:
    """A draw: the papers, the questions as drafts (in version A's order) for the review
    sheet, and the indexed notes they were drawn from."""

    papers: tuple[ExamPaper, ...]
    drafts: tuple[Draft, ...]
    notes: Notes
    #: What the draw read (with ``record``): whether an edit may keep the papers.
    reads: DrawReads | None = None


def make_exam(
    facts: Sequence[Fact], config: ExamConfig, *, seed: int, title: str = "", date: str = ""
) -> tuple[ExamPaper, ...]:
    """One ExamPaper per version ('A', 'B', … config.variants of them): see :func:`draw`."""
    return draw(facts, config, seed=seed, title=title, date=date).papers


def draw(
    facts: Sequence[Fact],
    config: ExamConfig,
    *,
    seed: int,
    title: str = "",
    date: str = "",
    record: bool = False,
) -> Drawn:
    """One ExamPaper per version ('A', 'B', … config.variants of them), with the drafts.

    The questions follow ``config.blueprint`` (type, count, points) over the facts of
    ``config.chapters`` (all when empty), in proportion to the chapters' facts, never asking a
    fact twice, no question breaking an item rule (:mod:`examgen.questions.rules`); when the
    notes cannot supply a type's count, fewer are made (the caller compares with the blueprint
    and warns; ``ExamPaper.rejected`` says which rules removed candidates). All versions have
    the same questions; versions after A shuffle the questions within each section and the
    options within each question.

    ``title`` and ``date`` are used when the config leaves them empty (``title`` usually the
    notes' title); the paper's language is ``config.language``, or the facts' majority language.
    """
    notes = index_notes(facts)
    with recording() as reads:
        drawn = _draw(notes, config, seed=seed, title=title, date=date)
    if not record:
        return drawn
    margin = None
    if drawn.papers and drawn.papers[0].lang == "zh" and config.language not in ("zh", "en"):
        margin = script_margin(_script_texts(notes, config))
    return replace(drawn, reads=summarize(reads, notes, margin))


def _script_texts(notes: Notes, config: ExamConfig) -> list[str]:
    """The texts whose characters decide the paper's script."""
    facts = plain(notes.facts)
    asked = [f for f in facts if _in_chapters(f, config.chapters)]
    return [f"{f.subject}{f.text}" for f in asked or facts]


def _draw(notes: Notes, config: ExamConfig, *, seed: int, title: str, date: str) -> Drawn:
    # The facts' order, chapters and languages are not recorded as reads: an edit that
    # changes any of them draws again (see examgen.questions.keep).
    facts = plain(notes.facts)
    asked = [f for f in facts if _in_chapters(f, config.chapters)]
    lang = _paper_lang(config, asked or facts)
    # Chinese notes written in traditional characters get a paper worded in them too.
    words = lang
    if lang == "zh" and is_traditional(_script_texts(notes, config)):
        words = HANT
    blueprint = merged_blueprint(config.blueprint)
    selection = select(seed, notes, asked, blueprint, words)
    rejected = tuple((qtype, rule, n) for (qtype, rule), n in selection.rejected)

    position = {f.id: i for i, f in enumerate(facts)}
    # The notes' typos are corrected in what the paper prints, once the rules have judged
    # the questions on the notes' own words.
    spelling = notes_spelling(facts)
    canonical: list[tuple[BlueprintEntry, list[Question]]] = []
    drafts: list[Draft] = []
    for entry in blueprint:
        chosen = selection.drafts.get(entry.type, [])
        if chosen:
            # Version A follows the notes, so the course's order carries the paper.
            chosen = sorted(chosen, key=lambda d: min(position[f] for f in d.question.facts))
            chosen = [spelled_draft(d, spelling) for d in chosen]
            canonical.append((entry, [d.question for d in chosen]))
            drafts.extend(chosen)

    paper_title = config.title or title or _notes_title(facts)
    paper_title = paper_title or ("模拟试卷" if lang == "zh" else "Exam")
    if words == HANT:
        paper_title = to_traditional(paper_title) if paper_title == "模拟试卷" else paper_title
    total = sum(e.points * len(qs) for e, qs in canonical)
    planned = sum(e.points * e.count for e in blueprint)
    duration = duration_text(lang, scaled_duration(config.duration, total, planned))
    if words == HANT:
        duration = to_traditional(duration)  # "90分钟", the default, is simplified
    count = sum(len(qs) for _, qs in canonical)
    papers = []
    for index in range(max(config.variants, 1)):
        version = letter(index)
        rng = random.Random(f"{seed}/version/{version}")
        sections = []
        for entry, questions in canonical:
            ordered = list(questions)
            if index > 0:
                rng.shuffle(ordered)
            sections.append(
                ExamSection(
                    type=entry.type,  # type: ignore[arg-type]
                    questions=tuple(_arrange(rng, ordered)),
                    # Worded here only when the script differs from the language's default.
                    title=SECTION_NAMES[words][entry.type] if words == HANT else "",
                    instructions=(SECTION_INSTRUCTIONS[words][entry.type] if words == HANT else ""),
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
                or paper_instructions(words, total, count, duration),
                rejected=rejected,
                meta=(("seed", str(seed)), ("version", version)),
            )
        )
    return Drawn(tuple(papers), tuple(drafts), notes)


def _notes_title(facts: Sequence[Fact]) -> str:
    """The notes' title: the first heading of the first fact under one (a read of the facts
    up to it)."""
    for position, fact in enumerate(facts):
        if fact.section:
            note_window("facts", 0, position)
            return fact.section[0]
    note_window("facts", 0, len(facts))
    return ""


def pick_seed() -> int:
    """A fresh seed when the user gave none; it is printed and written on the paper, so the
    exam can be made again."""
    return secrets.randbelow(10**6)
