"""GIFT (``gift-<seed>-<V>.txt``): the paper in Moodle's plain-text question format.

GIFT has single and multiple choice (``=`` right, ``~`` wrong, ``~%50%`` weights), true/false,
short answer (several ``=`` answers: the fill-in and its normalised spellings), matching
(``=item -> choice``) and essay (``{}``, the short answers, with the key in a ``//``
feedback). It has no ordering type: ordering questions are left out with a warning. Each
question has a stable ``::name::``, a ``$CATEGORY:`` line for the notes and chapter, and its
source ``file:line`` as general feedback (``####``).

Texts are marked ``[html]`` and HTML-escaped, then GIFT's specials ``~ = # { } :`` and the
backslash are escaped with a backslash, so a note's ``{`` or ``::`` shows as written.
"""

from __future__ import annotations

import html

from examgen.export.common import (
    Exported,
    accepted_forms,
    category_path,
    multiple_fractions,
    question_names,
)
from examgen.model import ExamPaper, Question
from examgen.questions.wording import format_points

_SPECIAL = {ord(ch): "\\" + ch for ch in "\\~=#{}:"}


def escape(text: str) -> str:
    """``text`` as GIFT shows it in an ``[html]`` question: HTML-escaped, then the GIFT
    specials backslash-escaped, on one line. A leading ``%`` (which GIFT would read as an
    answer's weight) is written as the character reference ``&#37;``."""
    one_line = " ".join(text.split())
    escaped = html.escape(one_line, quote=False)
    if escaped.startswith("%"):
        escaped = "&#37;" + escaped[1:]
    return escaped.translate(_SPECIAL)


def _percent(value: float) -> str:
    return format_points(value) if value == int(value) else f"{value:.5f}"


def _answers(q: Question) -> list[str]:
    if q.type == "single_choice":
        return [("=" if o.correct else "~") + escape(o.text) for o in q.options]
    if q.type == "multiple_choice":
        right, wrong = multiple_fractions(len(q.correct), len(q.options) - len(q.correct))
        return [f"~%{_percent(right if o.correct else wrong)}%{escape(o.text)}" for o in q.options]
    if q.type == "true_false":
        return ["TRUE" if q.truth else "FALSE"]
    if q.type == "fill_blank":
        # "*" is a wildcard in Moodle's short answers; "\\*" is a literal one.
        forms = accepted_forms(q.answers[0]) if q.answers else ()
        return ["=" + escape(form).replace("*", "\\*") for form in forms]
    if q.type == "matching":
        return [
            f"={escape(stem)} -> {escape(q.options[i].text)}"
            for stem, i in zip(q.stems, q.key, strict=True)
        ]
    raise ValueError(f"no GIFT answers for {q.type}")


def _key_comment(q: Question) -> str:
    """A short answer's key, as ``//`` comment lines above the essay (ignored on import)."""
    lines = q.key_lines if len(q.key_lines) == len(q.answers) else q.answers
    return "".join(f"// {' '.join(line.split())}\n" for line in (*lines, q.source))


def gift(paper: ExamPaper) -> Exported:
    """The paper in GIFT; ordering questions are left out (one warning each)."""
    blocks = [f"// {escape(paper.title)}: seed {paper.seed}, version {paper.version}"]
    warnings: list[str] = []
    current: tuple[str, ...] | None = None
    for q, name in zip(paper.questions, question_names(paper), strict=True):
        if q.type == "ordering":
            warnings.append(
                f"{q.source}: GIFT has no ordering question; {name} is left out of the GIFT file"
            )
            continue
        path = category_path(paper, q)
        if path != current:
            # A category is one line, with "/" between levels (a "/" in a name is "//").
            joined = "/".join(" ".join(p.split()).replace("/", "//") for p in path)
            blocks.append(f"$CATEGORY: $course$/{joined}")
            current = path
        head = f"::{name}::[html]{escape(q.prompt)}"
        if q.type == "short_answer":
            # GIFT's essay is "{}" alone: no grader information, no general feedback.
            warnings.append(
                f"{q.source}: a GIFT essay carries no key; the key of {name} is a comment"
            )
            blocks.append(f"{_key_comment(q)}{head} {{}}")
            continue
        body = "\n".join([*(f"\t{a}" for a in _answers(q)), f"\t####{escape(q.source)}"])
        blocks.append(f"{head} {{\n{body}\n}}")
    text = "\n\n".join(blocks) + "\n"
    return Exported(f"gift-{paper.seed}-{paper.version}.txt", text.encode(), tuple(warnings))
