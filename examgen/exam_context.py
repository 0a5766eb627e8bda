"""The page context of an exam: the question, section and key views its templates print."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from examgen.exam_labels import LABELS, ZH_LABELS, Labels
from examgen.mathtext import mask_math
from examgen.model import ExamPaper, ExamSection, Question
from examgen.questions.script import labels_for
from examgen.questions.wording import (
    SECTION_INSTRUCTIONS,
    SECTION_NAMES,
    display_width,
    format_points,
    letters,
)

# --------------------------------------------------------------------------- measuring

#: Half-width units (a CJK character counts 2) an option may take, with its letter, to fit
#: four to a row, or two to a row, of the option grid. The text column is about 45 em wide
#: at 10.5 pt on A4, i.e. ~90 units; a cell also needs room for its letter and padding.
FOUR_PER_ROW_MAX = 18
TWO_PER_ROW_MAX = 38
#: Units of a full answer line (short answers), for sizing lines to the expected answer.
LINE_UNITS = 80


def option_columns(options: Sequence[str]) -> int:
    """4 when every option is short, 2 when medium, else 1 (one option per line)."""
    if not options:
        return 1
    widest = max(display_width(o) for o in options)
    if widest <= FOUR_PER_ROW_MAX and len(options) >= 3:
        return 4
    if widest <= TWO_PER_ROW_MAX:
        return 2
    return 1


#: Width of every fill-in blank: the same whatever the answer, so its length is no clue.
#: Room for a handwritten term of about ten Chinese characters or twenty letters.
BLANK_EM = 12.0


def answer_lines(members: Sequence[str]) -> int:
    """Ruled lines for a short answer: one per expected member (more for a long one), and one
    to spare for the explanation a student adds."""
    lines = sum(max(1, math.ceil(display_width(m) * 1.4 / LINE_UNITS)) for m in members)
    return max(2, lines) + 1


# --------------------------------------------------------------------------- view models

#: A fill-in blank in a prompt: three or more underscores (``______``). The answer bracket of a
#: choice or true/false question: an empty bracket (``（　）``, ``( )``); appended when absent.
BLANK_RE = re.compile(r"_{3,}|＿{2,}")
BRACKET_RE = re.compile(r"[（(][\s\u3000]*[)）]")


@dataclass(frozen=True)
class PromptPart:
    """A piece of a printed prompt: ``text``, a fill-in ``blank`` of ``width_em``, or the
    answer ``bracket`` of a choice or true/false question."""

    kind: str
    text: str = ""
    width_em: float = 0.0


@dataclass(frozen=True)
class Lettered:
    """A lettered option (or, for matching, a numbered stem: ``letter`` is then ``"1"``…)."""

    letter: str
    text: str


@dataclass(frozen=True)
class KeyEntry:
    """One line of a question's answer in the key: the answer text and its points (or ``""``)."""

    text: str
    points: str = ""


@dataclass(frozen=True)
class QuestionView:
    """One question as printed.

    ``number`` counts continuously through the paper. ``parts`` is the prompt with its blank or
    answer bracket placed. ``option_rows`` lays the lettered options out in a grid of
    ``option_columns`` columns (a table; the last row padded with ``None``). ``stems`` are the
    numbered left-hand items of a matching question, paired row by row with ``options`` in
    ``matching_rows``. ``boxes`` is the number of boxes of an ordering question and
    ``lines`` the ruled lines of a short answer. The ``key_*`` fields are what the answer key
    prints: ``key_answer`` (one entry per line), ``key_short`` (what goes into the prompt's
    blank or bracket: ``B``, ``ACD``, ``√``, ``cgroups``; empty for other types),
    ``key_source`` (section path joined with `` › ``) and ``key_location`` (``file:line``).
    """

    number: int
    question: Question
    parts: tuple[PromptPart, ...]
    points: str
    options: tuple[Lettered, ...] = ()
    option_columns: int = 1
    option_rows: tuple[tuple[Lettered | None, ...], ...] = ()
    stems: tuple[Lettered, ...] = ()
    matching_rows: tuple[tuple[Lettered | None, Lettered | None], ...] = ()
    boxes: int = 0
    lines: int = 0
    key_answer: tuple[KeyEntry, ...] = ()
    key_short: str = ""
    key_source: str = ""
    key_location: str = ""

    @property
    def type(self) -> str:
        return self.question.type


@dataclass(frozen=True)
class SectionView:
    """One section as printed.

    The heading is ``prefix`` + ``heading`` + ``points_note``: the numeral (``一、``), the
    section's title or the name of its type (``单项选择题``) and a note worded from its count
    and points (``（共10题，每题2分，共20分）``). ``numeral`` (一 / I) heads the section's column
    of the score table; ``points`` is its total, formatted.
    """

    section: ExamSection
    numeral: str
    prefix: str
    heading: str
    points_note: str
    points: str
    instructions: str
    questions: tuple[QuestionView, ...]


@dataclass(frozen=True)
class ExamPageContext:
    """The variables of ``exam.html`` and ``key.html``.

    * ``paper``: the :class:`~examgen.model.ExamPaper` itself;
    * ``labels``: the :class:`Labels` of the paper's language;
    * ``css``: the stylesheet (``exam.css`` from the first template folder that has one),
      inlined into ``<style>``;
    * ``answers``: ``True`` for the key;
    * ``sections``: the :class:`SectionView` list, questions numbered continuously;
    * ``version_label``: ``A卷`` / ``Version A``;
    * ``total_points``: the paper's total, formatted (``100``);
    * ``instructions``: the paper's instructions, one per line (the language's default when
      the paper has none);
    * ``footer_content``: the CSS ``content`` value of the page footer, page counters included
      (already CSS-escaped, for ``@page { @bottom-center { content: … } }``);
    * ``title``: the document title (PDF metadata);
    * ``meta``: ``paper.meta`` without what the header prints anyway (seed, version).
    """

    paper: ExamPaper
    labels: Labels
    css: Markup
    answers: bool
    sections: tuple[SectionView, ...]
    version_label: str
    total_points: str
    instructions: tuple[str, ...]
    footer_content: Markup
    title: str
    meta: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class BlankPageContext:
    """The variables of ``_blank.html``, the padding page of the combined PDF:
    ``labels`` and ``css`` as in :class:`ExamPageContext`."""

    labels: Labels
    css: Markup


def _split_prompt(
    prompt: str, marker: re.Pattern[str], kind: str, width: float, *, all_markers: bool
) -> tuple[PromptPart, ...]:
    """The prompt as parts, each (or the first) ``marker`` replaced by a ``kind`` part;
    appended at the end when the prompt has no marker."""
    parts: list[PromptPart] = []
    pos = 0
    # Markers are looked for outside math only: ``$f()$`` holds no answer bracket.
    for m in marker.finditer(mask_math(prompt)):
        if m.start() > pos:
            parts.append(PromptPart("text", prompt[pos : m.start()]))
        parts.append(PromptPart(kind, width_em=width))
        pos = m.end()
        if not all_markers:
            break
    if not parts:
        return (PromptPart("text", prompt), PromptPart(kind, width_em=width))
    if pos < len(prompt):
        parts.append(PromptPart("text", prompt[pos:]))
    return tuple(parts)


def _key_answer(q: Question, labels: Labels, opts: tuple[Lettered, ...]) -> tuple[KeyEntry, ...]:
    if q.type in ("single_choice", "multiple_choice"):
        return tuple(KeyEntry(f"{opts[i].letter}. {opts[i].text}") for i in q.correct)
    if q.type == "true_false":
        mark = labels.true_mark if q.truth else labels.false_mark
        return (KeyEntry(f"{mark}  {q.answer_text or (labels.true if q.truth else labels.false)}"),)
    if q.type == "matching":
        return tuple(
            KeyEntry(f"{n}–{opts[i].letter}  {stem} — {opts[i].text}")
            for n, (stem, i) in enumerate(zip(q.stems, q.key, strict=True), 1)
        )
    if q.type == "ordering":
        entries = [KeyEntry(" → ".join(opts[i].letter for i in q.key))]
        entries += [KeyEntry(f"{n}. {opts[i].text}") for n, i in enumerate(q.key, 1)]
        return tuple(entries)
    if q.type == "short_answer":
        # The members with their glosses where the question gives them.
        members = list(q.key_lines) if len(q.key_lines) == len(q.answers) else list(q.answers)
        pts = q.answer_points
        if len(pts) == len(members):
            return tuple(KeyEntry(m, labels.pts(p)) for m, p in zip(members, pts, strict=True))
        entries = [KeyEntry(m) for m in members]
        if pts:
            each = labels.pts(pts[0]) if len(set(pts)) == 1 else ""
            entries.append(
                KeyEntry(
                    labels.short_any.format(k=len(pts), each=each)
                    if each
                    else labels.short_any_total.format(k=len(pts), total=labels.pts(sum(pts)))
                )
            )
        return tuple(entries)
    return (KeyEntry(q.answer_text or "、".join(q.answers)),)


def _key_short(q: Question, labels: Labels, opts: tuple[Lettered, ...]) -> str:
    if q.type in ("single_choice", "multiple_choice"):
        return "".join(opts[i].letter for i in q.correct)
    if q.type == "true_false":
        return labels.true_mark if q.truth else labels.false_mark
    if q.type == "fill_blank":
        return q.answer_text or "、".join(q.answers)
    return ""


def _question_view(q: Question, number: int, labels: Labels) -> QuestionView:
    opts = tuple(
        Lettered(letter, option.text)
        for letter, option in zip(letters(len(q.options)), q.options, strict=True)
    )
    bracket_width = 4.0 if q.type == "multiple_choice" else 3.0
    if q.type == "fill_blank":
        width = BLANK_EM
        parts = _split_prompt(q.prompt, BLANK_RE, "blank", width, all_markers=True)
    elif q.type in ("single_choice", "multiple_choice", "true_false"):
        parts = _split_prompt(q.prompt, BRACKET_RE, "bracket", bracket_width, all_markers=False)
    else:
        parts = (PromptPart("text", q.prompt),)

    extra: dict[str, Any] = {}
    if q.type in ("single_choice", "multiple_choice", "ordering"):
        cols = option_columns([f"{o.letter}. {o.text}" for o in opts])
        rows = tuple(
            tuple(opts[i : i + cols]) + (None,) * (cols - len(opts[i : i + cols]))
            for i in range(0, len(opts), cols)
        )
        extra = {"options": opts, "option_columns": cols, "option_rows": rows}
        if q.type == "ordering":
            extra["boxes"] = len(opts)
    elif q.type == "matching":
        stems = tuple(Lettered(str(i), s) for i, s in enumerate(q.stems, 1))
        n = max(len(stems), len(opts))
        rows2 = tuple(
            (stems[i] if i < len(stems) else None, opts[i] if i < len(opts) else None)
            for i in range(n)
        )
        extra = {"options": opts, "stems": stems, "matching_rows": rows2}
    elif q.type == "short_answer":
        members = list(q.answers)
        if 0 < len(q.answer_points) < len(members):  # "name any k of them": room for k
            members = sorted(members, key=display_width)[-len(q.answer_points) :]
        extra = {"lines": answer_lines(members)}

    return QuestionView(
        number=number,
        question=q,
        parts=parts,
        points=format_points(q.points),
        key_answer=_key_answer(q, labels, opts),
        key_short=_key_short(q, labels, opts),
        key_source=" › ".join(q.section),
        key_location=q.source,
        **extra,
    )


def _section_views(paper: ExamPaper, labels: Labels) -> tuple[SectionView, ...]:
    views = []
    number = 1
    for i, section in enumerate(paper.sections):
        questions = []
        for q in section.questions:
            questions.append(_question_view(q, number, labels))
            number += 1
        each = {q.points for q in section.questions}
        total = labels.pts(section.points)
        count = len(section.questions)
        if count == 1:
            note = labels.section_one.format(total=total)
        elif len(each) == 1:
            note = labels.section_each.format(count=count, each=labels.pts(each.pop()), total=total)
        else:
            note = labels.section_total.format(count=count, total=total)
        numeral = labels.numerals[i] if i < len(labels.numerals) else str(i + 1)
        heading = section.title or SECTION_NAMES[paper.lang][section.type]
        instructions = section.instructions or SECTION_INSTRUCTIONS[paper.lang][section.type]
        views.append(
            SectionView(
                section=section,
                numeral=numeral,
                prefix=numeral + labels.numeral_sep,
                heading=heading,
                points_note=note,
                points=format_points(section.points),
                instructions=instructions,
                questions=tuple(questions),
            )
        )
    return tuple(views)


def css_string(text: str) -> str:
    """``text`` as a quoted CSS string, safe inside ``<style>`` too."""
    out = ['"']
    for ch in text:
        if ch in '"\\<>&' or ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\{ord(ch):x} ")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def footer_content(pattern: str, version: str) -> Markup:
    """A footer pattern (``{version}卷 · 第 {page} 页 / 共 {pages} 页``) as a CSS ``content``
    value: the text as CSS strings, ``{page}``/``{pages}`` as ``counter(page)``/``counter(pages)``.
    """
    values = []
    for piece in re.split(r"(\{page\}|\{pages\})", pattern):
        if piece == "{page}":
            values.append("counter(page)")
        elif piece == "{pages}":
            values.append("counter(pages)")
        elif piece:
            values.append(css_string(piece.replace("{version}", version)))
    return Markup(" ".join(values))


def page_context(paper: ExamPaper, *, css: Markup, answers: bool) -> ExamPageContext:
    """The :class:`ExamPageContext` of ``paper`` (the key's when ``answers``)."""
    labels = labels_for(LABELS.get(paper.lang, ZH_LABELS), paper)  # the notes' script
    version_label = labels.version.format(version=paper.version)
    instructions = (
        tuple(line.strip() for line in paper.instructions.splitlines() if line.strip())
        or labels.default_instructions
    )
    pattern = labels.key_footer if answers else labels.footer
    title = f"{paper.title} · {version_label}"
    if answers:
        title = f"{title} · {labels.key_title}"
    return ExamPageContext(
        paper=paper,
        labels=labels,
        css=css,
        answers=answers,
        sections=_section_views(paper, labels),
        version_label=version_label,
        total_points=format_points(paper.total_points),
        instructions=instructions,
        footer_content=footer_content(pattern, paper.version),
        title=title,
        meta=tuple((k, v) for k, v in paper.meta if k not in ("seed", "version")),
    )
