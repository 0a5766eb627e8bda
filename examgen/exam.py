"""Printable exams: :class:`ExamPaper` -> HTML (Jinja) -> PDF (WeasyPrint).

For each version ``V`` of an exam, :func:`render_exams` writes into the output folder

* ``exam-<seed>-<V>.pdf``: the student's paper (no answers anywhere on it);
* ``key-<seed>-<V>.pdf``: the answer key, with points and where each answer is in the notes;
* ``key-<seed>-<V>.json``: the machine-readable key, :meth:`ExamPaper.key_json`;
* with ``html=True`` also ``exam-<seed>-<V>.html`` and ``key-<seed>-<V>.html``, exactly the
  HTML handed to WeasyPrint, for previewing templates in a browser;
* with ``combined=True`` also ``exams-<seed>.pdf``: every version's paper in one print-ready
  file, each padded with a blank page to an even page count so duplex printing starts every
  version on a fresh sheet.

Every file is written to a temporary file and renamed over the target
(:func:`examgen.fsutil.atomic_path`), so a failure never leaves a half-written output.

Templates
---------
The built-in templates are in the repository's top-level ``templates/`` folder (packaged into
the wheel as ``examgen/templates``): ``exam.html`` (the paper), ``key.html`` (the answer key),
``_blank.html`` (the padding page of the combined PDF), the partials ``_header.html`` and
``_question.html``, and the stylesheet ``exam.css``. Folders passed as ``template_dirs`` are
searched first, so a file of the same name there replaces the built-in one (for instance only
``exam.css``). The stylesheet is inlined into each page (the ``css`` field of the contexts),
and WeasyPrint's base URL is the folder the page template came from, so a template may link
images or other files next to it.

Each template is rendered with the fields of one frozen dataclass as its variables:
:class:`ExamPageContext` for ``exam.html`` and ``key.html``, :class:`BlankPageContext` for
``_blank.html``. Autoescaping is on; the only pre-escaped values are the stylesheet and the
CSS ``content`` value of the page footer (:attr:`ExamPageContext.footer_content`). Note text
(prompts, options, stems, answers) is printed through the ``math`` filter
(:func:`examgen.mathrender.math_markup`): its ``$…$`` formulas are drawn as SVG pictures and
the rest is escaped; a template of one's own should do the same.

WeasyPrint is imported lazily (importing it takes over half a second) and all documents of one
call are laid out in one process with one shared ``FontConfiguration``.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from examgen.errors import ExamgenError
from examgen.fsutil import atomic_path, atomic_write_text
from examgen.mathrender import math_markup
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
from examgen.templating import builtin_templates_dir

if TYPE_CHECKING:  # pragma: no cover
    from weasyprint import Document
    from weasyprint.text.fonts import FontConfiguration

__all__ = [
    "BlankPageContext",
    "ExamPageContext",
    "KeyEntry",
    "Labels",
    "Lettered",
    "PromptPart",
    "QuestionView",
    "RenderReport",
    "RenderedVersion",
    "SectionView",
    "display_width",
    "render_exams",
    "render_html",
]

EXAM_TEMPLATE = "exam.html"
KEY_TEMPLATE = "key.html"
BLANK_TEMPLATE = "_blank.html"
STYLESHEET = "exam.css"


# --------------------------------------------------------------------------- labels


@dataclass(frozen=True)
class Labels:
    """Every word the templates print, in the paper's language.

    Strings with ``{placeholders}`` are ``str.format`` patterns; the templates fill them with
    Jinja's ``format`` filter or :class:`ExamPageContext` does it beforehand.
    """

    #: The ``lang`` attribute of ``<html>`` (also picks the CJK glyph variant).
    html_lang: str
    #: Section numerals: 一二三… or I II III….
    numerals: tuple[str, ...]
    #: Separator after a section numeral (``、`` or ``. ``).
    numeral_sep: str
    #: The version as printed, ``{version}`` -> ``A卷`` / ``Version A``.
    version: str
    date: str
    duration: str
    seed: str
    total_points: str
    name: str
    student_id: str
    class_: str
    #: Score table: header cell of the first column, the points row, the score row, "total".
    score_section: str
    score_points: str
    score_score: str
    score_total: str
    #: Heading of the paper's instructions.
    notice: str
    #: Used when the paper has no instructions of its own (one line each).
    default_instructions: tuple[str, ...]
    #: Section heading suffix when every question is worth the same: ``{count}``, ``{each}``,
    #: ``{total}`` (points already with their unit); ``section_total`` when they differ,
    #: ``section_one`` for a single question (``{total}``).
    section_each: str
    section_total: str
    section_one: str
    #: ``{points}`` -> ``2分`` / ``2 points``; ``point_one`` for exactly one point.
    points: str
    point_one: str
    #: Punctuation: after a label (``：`` / ``: ``) and the answer brackets of choice and
    #: true/false questions (``（`` ``）`` / ``(`` ``)``).
    colon: str
    bracket_open: str
    bracket_close: str
    #: Ordering: the label before the row of boxes.
    ordering_answer: str
    #: Short answer: the label above the answer lines.
    short_answer: str
    #: Footer: ``{version}``, ``{page}``, ``{pages}`` (page numbers come from CSS counters).
    footer: str
    key_footer: str
    #: Answer key.
    key_title: str
    key_answer: str
    key_source: str
    #: True/false: the words, and the marks a student writes (``√``/``×``, ``T``/``F``).
    true: str
    false: str
    true_mark: str
    false_mark: str
    #: Short answer asking for any ``{k}`` members: ``{each}`` points each, or ``{total}``.
    short_any: str
    short_any_total: str
    #: Printed on the padding page of the combined PDF.
    blank_page: str

    def pts(self, points: float) -> str:
        """``points`` with its unit: ``2分``, ``1 point``, ``2.5 points``."""
        pattern = self.point_one if points == 1 else self.points
        return pattern.format(points=format_points(points))


ZH_LABELS = Labels(
    html_lang="zh-CN",
    numerals=(*"一二三四五六七八九十", "十一", "十二", "十三", "十四", "十五"),
    numeral_sep="、",
    version="{version}卷",
    date="考试日期",
    duration="考试时长",
    seed="试卷编号",
    total_points="满分",
    name="姓名",
    student_id="学号",
    class_="班级",
    score_section="题号",
    score_points="分值",
    score_score="得分",
    score_total="总分",
    notice="注意事项",
    default_instructions=(
        "答题前请将姓名、学号、班级填写清楚。",
        "请用黑色或蓝色钢笔、签字笔作答，字迹工整。",
        "选择题请将所选选项的字母填在题后括号内。",
    ),
    section_each="（共{count}题，每题{each}，共{total}）",
    section_total="（共{count}题，共{total}）",
    section_one="（共1题，共{total}）",
    points="{points}分",
    point_one="{points}分",
    colon="：",
    bracket_open="（",
    bracket_close="）",
    ordering_answer="正确顺序：",
    short_answer="答：",
    footer="{version}卷 · 第 {page} 页 / 共 {pages} 页",
    key_footer="{version}卷 参考答案 · 第 {page} 页 / 共 {pages} 页",
    key_title="参考答案及评分标准",
    key_answer="答案",
    key_source="出处",
    true="正确",
    false="错误",
    true_mark="√",
    false_mark="×",
    short_any="任答{k}项，每项{each}",
    short_any_total="任答{k}项，共{total}",
    blank_page="（本页无试题）",
)

EN_LABELS = Labels(
    html_lang="en",
    numerals=(
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
        "XIII",
        "XIV",
        "XV",
    ),
    numeral_sep=". ",
    version="Version {version}",
    date="Date",
    duration="Time allowed",
    seed="Paper no.",
    total_points="Total",
    name="Name",
    student_id="Student ID",
    class_="Class",
    score_section="Section",
    score_points="Points",
    score_score="Score",
    score_total="Total",
    notice="Instructions",
    default_instructions=(
        "Write your name, student ID and class in the spaces above.",
        "Answer in black or blue ink; write legibly.",
        "For choice questions write the letter of your answer in the brackets.",
    ),
    section_each=" ({count} questions, {each} each, {total})",
    section_total=" ({count} questions, {total})",
    section_one=" (1 question, {total})",
    points="{points} points",
    point_one="{points} point",
    colon=": ",
    bracket_open="(",
    bracket_close=")",
    ordering_answer="Correct order:",
    short_answer="Answer:",
    footer="Version {version} · page {page} of {pages}",
    key_footer="Version {version} answer key · page {page} of {pages}",
    key_title="Answer Key and Marking Scheme",
    key_answer="Answer",
    key_source="Source",
    true="True",
    false="False",
    true_mark="T",
    false_mark="F",
    short_any="any {k} of them, {each} each",
    short_any_total="any {k} of them, {total} in all",
    blank_page="This page is intentionally left blank.",
)

LABELS: dict[str, Labels] = {"zh": ZH_LABELS, "en": EN_LABELS}


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


# --------------------------------------------------------------------------- templates


@functools.lru_cache(maxsize=8)
def _environment(template_dirs: tuple[str, ...], _listings: tuple = ()) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    for d in template_dirs:
        if not Path(d).is_dir():
            raise ExamgenError(f"template folder not found: {d}", exit_code=2)
        loaders.append(jinja2.FileSystemLoader(d))
    loaders.append(jinja2.FileSystemLoader(str(builtin_templates_dir())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["format_points"] = format_points
    # Note text is printed through ``| math``: formulas drawn as SVG, other text escaped.
    env.filters["math"] = math_markup
    return env


def _env(template_dirs: Sequence[Path]) -> jinja2.Environment:
    """The Jinja environment for these override folders, reused while their listing (names and
    modification times) stays the same: an override file added later is picked up (Jinja's
    own reload check only notices changes to files it has already loaded)."""
    dirs = tuple(str(Path(d).resolve()) for d in template_dirs)
    return _environment(dirs, tuple(_listing(d) for d in dirs))


def _listing(folder: str) -> tuple[tuple[str, int], ...]:
    try:
        return tuple(sorted((e.name, e.stat().st_mtime_ns) for e in os.scandir(folder)))
    except OSError:
        return ()


def _template(env: jinja2.Environment, name: str) -> jinja2.Template:
    try:
        return env.get_template(name)
    except jinja2.TemplateSyntaxError as exc:
        raise ExamgenError(
            f"template error: {exc.message}", source=exc.filename or name, line=exc.lineno
        ) from exc
    except jinja2.TemplateNotFound as exc:
        raise ExamgenError(f"template not found: {exc.name}") from exc


def _stylesheet(env: jinja2.Environment) -> Markup:
    try:
        source, _, _ = env.loader.get_source(env, STYLESHEET)  # type: ignore[union-attr]
    except jinja2.TemplateNotFound as exc:
        raise ExamgenError(f"template not found: {STYLESHEET}") from exc
    # The stylesheet goes inside <style>: it must not close the element.
    return Markup(source.replace("</", "<\\/"))


def _render(template: jinja2.Template, context: object) -> str:
    values = {f.name: getattr(context, f.name) for f in fields(context)}  # type: ignore[arg-type]
    try:
        return template.render(values)
    except jinja2.TemplateSyntaxError as exc:
        raise ExamgenError(
            f"template error: {exc.message}", source=exc.filename, line=exc.lineno
        ) from exc
    except jinja2.UndefinedError as exc:
        raise ExamgenError(f"template error in {template.name}: {exc.message}") from exc


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


def _html_for(env: jinja2.Environment, paper: ExamPaper, answers: bool) -> tuple[str, Path]:
    """The HTML of ``paper`` (or its key) and the folder its page template came from."""
    template = _template(env, KEY_TEMPLATE if answers else EXAM_TEMPLATE)
    context = page_context(paper, css=_stylesheet(env), answers=answers)
    base = Path(template.filename).parent if template.filename else builtin_templates_dir()
    return _render(template, context), base


def render_html(
    paper: ExamPaper, *, template_dirs: Sequence[Path] = (), answers: bool = False
) -> str:
    """The HTML of ``paper`` as handed to WeasyPrint: the student's paper, or with
    ``answers=True`` its answer key. ``template_dirs`` are searched before the built-in
    templates."""
    html, _ = _html_for(_env(template_dirs), paper, answers)
    return html


# --------------------------------------------------------------------------- PDF


@dataclass(frozen=True)
class RenderedVersion:
    """The files written for one version and their page counts (``*_html`` only with
    ``html=True``)."""

    version: str
    exam_pdf: Path
    exam_pages: int
    key_pdf: Path
    key_pages: int
    key_json: Path
    exam_html: Path | None = None
    key_html: Path | None = None

    @property
    def paths(self) -> tuple[Path, ...]:
        return tuple(
            p
            for p in (self.exam_pdf, self.key_pdf, self.key_json, self.exam_html, self.key_html)
            if p is not None
        )


@dataclass(frozen=True)
class RenderReport:
    """What :func:`render_exams` wrote: per version, and the combined PDF if asked for
    (``combined_pages`` includes the blank padding pages)."""

    versions: tuple[RenderedVersion, ...]
    combined_pdf: Path | None = None
    combined_pages: int = 0

    @property
    def pages(self) -> int:
        """Pages of the student papers, all versions together (keys and padding not counted)."""
        return sum(v.exam_pages for v in self.versions)

    @property
    def paths(self) -> tuple[Path, ...]:
        """Every file written, in the order written."""
        out = [p for v in self.versions for p in v.paths]
        if self.combined_pdf is not None:
            out.append(self.combined_pdf)
        return tuple(out)


class _Renderer:
    """One WeasyPrint session: imported once, one font configuration for all documents."""

    def __init__(self) -> None:
        import weasyprint  # lazy: the import alone takes ~0.6 s
        from weasyprint.text.fonts import FontConfiguration

        from examgen import svgforms

        # A formula on the paper, its key and each version: drawn once, placed as a PDF form.
        svgforms.install()

        self.weasyprint = weasyprint
        self.font_config: FontConfiguration = FontConfiguration()
        # Pictures by URL, shared by the documents: a formula's SVG is read once, not once
        # per paper and key.
        self.images: dict[str, Any] = {}

    def layout(self, html: str, base_url: Path) -> Document:
        return self.weasyprint.HTML(string=html, base_url=str(base_url) + "/").render(
            font_config=self.font_config, cache=self.images
        )

    @staticmethod
    def write(document: Document, target: Path) -> None:
        with atomic_path(target) as tmp:
            document.write_pdf(tmp)


def render_exams(
    papers: Sequence[ExamPaper],
    out_dir: Path,
    *,
    template_dirs: Sequence[Path] = (),
    html: bool = False,
    combined: bool = False,
    progress: Callable[[str], None] | None = None,
) -> RenderReport:
    """Write the PDFs, keys (PDF and JSON) and optionally HTML of every version into
    ``out_dir``; with ``combined`` also ``exams-<seed>.pdf`` (see the module docstring).

    ``progress`` is called with a short message for each file written.
    """
    if not papers:
        raise ExamgenError("no exam papers to render")
    names = [(p.seed, p.version) for p in papers]
    if len(set(names)) != len(names):
        raise ExamgenError("two exam papers have the same seed and version")
    out_dir = Path(out_dir)
    env = _env(template_dirs)
    say = progress or (lambda _msg: None)

    # Build all HTML first: a template error fails before any file is touched.
    pages_html = [(p, _html_for(env, p, False), _html_for(env, p, True)) for p in papers]

    renderer = _Renderer()
    versions: list[RenderedVersion] = []
    exam_documents: list[tuple[ExamPaper, Document]] = []
    for paper, (exam_html, exam_base), (key_html, key_base) in pages_html:
        stem = f"{paper.seed}-{paper.version}"
        exam_doc = renderer.layout(exam_html, exam_base)
        key_doc = renderer.layout(key_html, key_base)
        exam_pdf = out_dir / f"exam-{stem}.pdf"
        key_pdf = out_dir / f"key-{stem}.pdf"
        key_json = out_dir / f"key-{stem}.json"
        renderer.write(exam_doc, exam_pdf)
        say(f"{exam_pdf.name} ({len(exam_doc.pages)} pages)")
        renderer.write(key_doc, key_pdf)
        say(f"{key_pdf.name} ({len(key_doc.pages)} pages)")
        atomic_write_text(
            key_json, json.dumps(paper.key_json(), ensure_ascii=False, indent=2) + "\n"
        )
        say(key_json.name)
        exam_html_path = key_html_path = None
        if html:
            exam_html_path = out_dir / f"exam-{stem}.html"
            key_html_path = out_dir / f"key-{stem}.html"
            atomic_write_text(exam_html_path, exam_html)
            atomic_write_text(key_html_path, key_html)
            say(f"{exam_html_path.name}, {key_html_path.name}")
        versions.append(
            RenderedVersion(
                version=paper.version,
                exam_pdf=exam_pdf,
                exam_pages=len(exam_doc.pages),
                key_pdf=key_pdf,
                key_pages=len(key_doc.pages),
                key_json=key_json,
                exam_html=exam_html_path,
                key_html=key_html_path,
            )
        )
        exam_documents.append((paper, exam_doc))

    combined_pdf = None
    combined_pages = 0
    if combined:
        blanks: dict[str, Any] = {}
        all_pages = []
        for paper, doc in exam_documents:
            all_pages.extend(doc.pages)
            if len(doc.pages) % 2:
                if paper.lang not in blanks:
                    blanks[paper.lang] = _blank_page(env, renderer, paper)
                all_pages.append(blanks[paper.lang])
        combined_pdf = out_dir / f"exams-{papers[0].seed}.pdf"
        renderer.write(exam_documents[0][1].copy(all_pages), combined_pdf)
        combined_pages = len(all_pages)
        say(f"{combined_pdf.name} ({combined_pages} pages)")

    return RenderReport(
        versions=tuple(versions), combined_pdf=combined_pdf, combined_pages=combined_pages
    )


def _blank_page(env: jinja2.Environment, renderer: _Renderer, paper: ExamPaper) -> Any:
    """The padding page for duplex printing, in the paper's language (no footer)."""
    template = _template(env, BLANK_TEMPLATE)
    context = BlankPageContext(labels=LABELS.get(paper.lang, ZH_LABELS), css=_stylesheet(env))
    base = Path(template.filename).parent if template.filename else builtin_templates_dir()
    return renderer.layout(_render(template, context), base).pages[0]
