"""The self-marking practice page (``practice-<seed>-<V>.html``): one HTML file, no server,
nothing fetched, that a student answers on screen and marks with a button.

The questions are printed as HTML form controls (one ``<fieldset>`` per question, every
control with a label, so the page works with the keyboard and a screen reader, and prints);
the marking data rides along as JSON in a ``<script type="application/json">`` element.
Jinja's ``tojson`` writes ``<``, ``>``, ``&`` and ``'`` as ``\\u003c``… escapes, so a note
containing ``</script>`` cannot end the element early. The template is ``practice.html``
(overridable like the paper's templates); the words are here, per language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from types import MappingProxyType

import jinja2

from examgen.export.common import Exported, short_answer_count
from examgen.model import ExamPaper, Question
from examgen.questions.wording import SECTION_NAMES, format_points, letter
from examgen.templating import search_path

PRACTICE_TEMPLATE = "practice.html"

WORDS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "zh": MappingProxyType(
            {
                "html_lang": "zh-CN",
                "mark": "交卷评分",
                "retry": "重做错题",
                "score": "得分：{score} / {total}",
                "all_right": "全部正确！",
                "wrong_count": "答错 {n} 题，见下方红框。",
                "right_answer": "正确答案：",
                "source": "出处：",
                "correct": "正确",
                "wrong": "错误",
                "partial": "部分正确",
                "answer": "答案",
                "point": "要点 {n}",
                "step": "第 {n} 步",
                "choose": "（请选择）",
                "true": "正确",
                "false": "错误",
                "points": "{points}分",
                "seed": "种子 {seed} · {version}卷",
            }
        ),
        "en": MappingProxyType(
            {
                "html_lang": "en",
                "mark": "Mark my answers",
                "retry": "Retry the wrong ones",
                "score": "Score: {score} / {total}",
                "all_right": "All correct!",
                "wrong_count": "{n} wrong: see the items marked in red.",
                "right_answer": "Right answer: ",
                "source": "Source: ",
                "correct": "Correct",
                "wrong": "Wrong",
                "partial": "Partly right",
                "answer": "Answer",
                "point": "Point {n}",
                "step": "Step {n}",
                "choose": "(choose)",
                "true": "True",
                "false": "False",
                "points": "{points} pt",
                "seed": "seed {seed} · version {version}",
            }
        ),
    }
)


def _right_answer(q: Question, words: Mapping[str, str]) -> str:
    """What the feedback prints as the right answer, in the paper's words."""
    sep = "；" if words["html_lang"].startswith("zh") else "; "
    if q.type in ("single_choice", "multiple_choice"):
        return sep.join(f"{letter(i)}. {q.options[i].text}" for i in q.correct)
    if q.type == "true_false":
        return q.answer_text or (words["true"] if q.truth else words["false"])
    if q.type == "matching":
        return sep.join(
            f"{stem} — {letter(i)}. {q.options[i].text}"
            for stem, i in zip(q.stems, q.key, strict=True)
        )
    if q.type == "ordering":
        return " → ".join(f"{letter(i)}. {q.options[i].text}" for i in q.key)
    if q.type == "short_answer":
        lines = q.key_lines if len(q.key_lines) == len(q.answers) else q.answers
        return sep.join(lines)
    return q.answers[0] if q.answers else ""


def _marking(q: Question, words: Mapping[str, str]) -> dict:
    """What the page's script needs to mark one question (positions, not letters)."""
    data: dict = {
        "type": q.type,
        "points": q.points,
        "source": q.source,
        "right": _right_answer(q, words),
    }
    if q.type in ("single_choice", "multiple_choice"):
        data["correct"] = list(q.correct)
    elif q.type == "true_false":
        data["truth"] = q.truth
    elif q.type in ("matching", "ordering"):
        data["key"] = list(q.key)
    elif q.type == "fill_blank":
        data["answers"] = list(q.answers[:1])
    elif q.type == "short_answer":
        data["answers"] = list(q.answers)
        data["count"] = short_answer_count(q)
        data["answer_points"] = list(q.answer_points)
    return data


def _environment(template_dirs: Sequence[Path]) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in search_path(template_dirs)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    env.filters["points"] = format_points
    env.globals["letter"] = letter
    return env


def practice_page(paper: ExamPaper, template_dirs: Sequence[Path] = ()) -> Exported:
    """The practice page of one version, as UTF-8 HTML."""
    words = WORDS.get(paper.lang, WORDS["zh"])
    sections = [
        {
            "title": s.title or SECTION_NAMES[paper.lang][s.type],
            "questions": s.questions,
        }
        for s in paper.sections
        if s.questions
    ]
    marking = [_marking(q, words) for q in paper.questions]
    page = (
        _environment(template_dirs)
        .get_template(PRACTICE_TEMPLATE)
        .render(
            paper=paper,
            sections=sections,
            words=words,
            marking={"questions": marking, "words": dict(words), "total": paper.total_points},
            count=short_answer_count,
        )
    )
    return Exported(f"practice-{paper.seed}-{paper.version}.html", page.encode())
