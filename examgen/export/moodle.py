"""Moodle XML (``moodle-<seed>-<V>.xml``): the paper as a question bank Moodle imports.

Types: ``multichoice`` (single and multiple answer), ``truefalse``, ``shortanswer`` for
fill-ins (the answer and its normalised spellings, any case), ``matching``, ``ordering``
(Moodle's ordering question type, in core since Moodle 4.4; a plugin before) and ``essay``
for short answers with the key in the grader information. Every question files under a
category named after the notes and the chapter, has a name that stays the same across builds
(:func:`~examgen.export.common.question_names`) and gives its source ``file:line`` in the
general feedback. Options keep the version's order (``shuffleanswers`` off), so the letters
agree with ``key-<seed>-<V>.json``.

Texts are HTML (``format="html"``): a note's text is HTML-escaped, then the XML writer escapes
it again for XML, so ``</script>``, ``]]>`` and ``&`` show as written. Math goes as
``\\(…\\)`` and ``\\[…\\]``, which Moodle's MathJax filter (on by default) draws.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from examgen.export.common import (
    Exported,
    accepted_forms,
    category_path,
    multiple_fractions,
    question_names,
)
from examgen.mathtext import to_mathjax_html
from examgen.model import ExamPaper, Question
from examgen.questions.wording import format_points


def _text(parent: ET.Element, tag: str, value: str, *, fmt: str | None = "html") -> ET.Element:
    node = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(node, "text").text = to_mathjax_html(value) if fmt == "html" else value
    return node


def _plain(parent: ET.Element, tag: str, value: str) -> ET.Element:
    node = ET.SubElement(parent, tag)
    node.text = value
    return node


def _fraction(value: float) -> str:
    return f"{value:.7f}".rstrip("0").rstrip(".") if value else "0"


def _answer(parent: ET.Element, text: str, fraction: float, *, fmt: str = "html") -> None:
    node = _text(parent, "answer", text, fmt=fmt)
    node.set("fraction", _fraction(fraction))
    ET.SubElement(ET.SubElement(node, "feedback", {"format": "html"}), "text").text = ""


def _category(quiz: ET.Element, path: tuple[str, ...]) -> None:
    # Moodle splits a category path at "/"; a "/" inside a name is written "//".
    joined = "/".join(part.replace("/", "//") for part in ("$course$", *path))
    question = ET.SubElement(quiz, "question", {"type": "category"})
    ET.SubElement(ET.SubElement(question, "category"), "text").text = joined


def _head(quiz: ET.Element, qtype: str, name: str, q: Question, feedback: str) -> ET.Element:
    question = ET.SubElement(quiz, "question", {"type": qtype})
    ET.SubElement(ET.SubElement(question, "name"), "text").text = name
    _text(question, "questiontext", q.prompt)
    _text(question, "generalfeedback", feedback)
    _plain(question, "defaultgrade", format_points(q.points))
    _plain(question, "penalty", "0")
    _plain(question, "hidden", "0")
    return question


def _multichoice(question: ET.Element, q: Question) -> None:
    single = q.type == "single_choice"
    _plain(question, "single", "true" if single else "false")
    _plain(question, "shuffleanswers", "false")
    _plain(question, "answernumbering", "ABCD")
    right, wrong = (
        (100.0, 0.0)
        if single
        else multiple_fractions(len(q.correct), len(q.options) - len(q.correct))
    )
    for option in q.options:
        _answer(question, option.text, right if option.correct else wrong)


def _truefalse(question: ET.Element, q: Question) -> None:
    _answer(question, "true", 100.0 if q.truth else 0.0, fmt="moodle_auto_format")
    _answer(question, "false", 0.0 if q.truth else 100.0, fmt="moodle_auto_format")


def _shortanswer(question: ET.Element, q: Question) -> None:
    _plain(question, "usecase", "0")
    for answer in q.answers[:1]:
        for form in accepted_forms(answer):
            # "*" is Moodle's wildcard in a short answer: a literal one is "\*".
            _answer(question, form.replace("*", "\\*"), 100.0, fmt="moodle_auto_format")


def _matching(question: ET.Element, q: Question) -> None:
    _plain(question, "shuffleanswers", "false")
    matched = set(q.key)
    for stem, index in zip(q.stems, q.key, strict=True):
        sub = _text(question, "subquestion", stem)
        _choice(sub, q.options[index].text)
    for index, option in enumerate(q.options):
        if index not in matched:  # a choice matching no item: an empty subquestion
            sub = _text(question, "subquestion", "")
            _choice(sub, option.text)


def _choice(sub: ET.Element, text: str) -> None:
    # A choice has no format attribute, but Moodle shows it through format_string, which
    # strips tags and keeps character references: escaped, it shows as written.
    ET.SubElement(ET.SubElement(sub, "answer"), "text").text = to_mathjax_html(text)


def _ordering(question: ET.Element, q: Question) -> None:
    for tag, value in (
        ("layouttype", "VERTICAL"),
        ("selecttype", "ALL"),
        ("selectcount", "0"),
        ("gradingtype", "ABSOLUTE_POSITION"),
        ("showgrading", "SHOW"),
        ("numberingstyle", "abc"),
    ):
        _plain(question, tag, value)
    # The steps in the right order: the ordering type shuffles them for the student.
    for position, index in enumerate(q.key, 1):
        _answer(question, q.options[index].text, float(position))


def _essay(question: ET.Element, q: Question) -> None:
    for tag, value in (
        ("responseformat", "editor"),
        ("responserequired", "1"),
        ("responsefieldlines", str(max(5, 2 * len(q.answer_points or q.answers)))),
        ("attachments", "0"),
        ("attachmentsrequired", "0"),
    ):
        _plain(question, tag, value)
    lines = q.key_lines if len(q.key_lines) == len(q.answers) else q.answers
    key = ET.SubElement(question, "graderinfo", {"format": "html"})
    ET.SubElement(key, "text").text = "<br>\n".join(to_mathjax_html(line) for line in lines)
    _text(question, "responsetemplate", "")


_TYPES = {
    "single_choice": ("multichoice", _multichoice),
    "multiple_choice": ("multichoice", _multichoice),
    "true_false": ("truefalse", _truefalse),
    "fill_blank": ("shortanswer", _shortanswer),
    "matching": ("matching", _matching),
    "ordering": ("ordering", _ordering),
    "short_answer": ("essay", _essay),
}


def moodle_xml(paper: ExamPaper) -> Exported:
    """The paper as Moodle XML: one category entry wherever the chapter changes, then the
    questions in printed order."""
    quiz = ET.Element("quiz")
    current: tuple[str, ...] | None = None
    for q, name in zip(paper.questions, question_names(paper), strict=True):
        path = category_path(paper, q)
        if path != current:
            _category(quiz, path)
            current = path
        qtype, fill = _TYPES[q.type]
        fill(_head(quiz, qtype, name, q, q.source), q)
    ET.indent(quiz)
    body = ET.tostring(quiz, encoding="unicode")
    data = f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'.encode()
    return Exported(f"moodle-{paper.seed}-{paper.version}.xml", data)
