"""What every export format needs from a paper: stable question names, the category a
question files under, the answers a fill-in accepts, and what a format leaves out.

Nothing here escapes text: each format module escapes for its own syntax, at the edge.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from examgen.model import ExamPaper, Question
from examgen.questions.text import normalize
from examgen.questions.wording import letter


@dataclass(frozen=True)
class Exported:
    """One file an export writes: its name (``moodle-7-A.xml``), its bytes, and what the
    format could not express (one warning per question left out or changed)."""

    name: str
    data: bytes
    warnings: tuple[str, ...] = ()


def question_names(paper: ExamPaper) -> tuple[str, ...]:
    """A name per question, in printed order, that stays the same across builds and
    versions: the question type and the fact it asks about (``single_choice-52d92c174461``).

    A question about several facts (a matching of terms) takes the first and the count, and a
    second question of the same type about the same fact takes ``-2``: names are unique within
    a paper, so a platform's question bank does not merge two questions.
    """
    names: list[str] = []
    seen: dict[str, int] = {}
    for q in paper.questions:
        base = f"{q.type}-{q.facts[0] if q.facts else 'q'}"
        if len(q.facts) > 1:
            base += f"+{len(q.facts) - 1}"
        seen[base] = seen.get(base, 0) + 1
        names.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return tuple(names)


def category_path(paper: ExamPaper, q: Question) -> tuple[str, ...]:
    """Where a question files in a question bank: the notes' title, then the chapter."""
    notes = q.section[0] if q.section else paper.title
    chapter = q.section[1] if len(q.section) >= 2 else ""
    return (notes, chapter) if chapter else (notes,)


def accepted_forms(answer: str) -> tuple[str, ...]:
    """The spellings a fill-in accepts, the answer first: as written, in NFKC (full-width
    letters as half-width), without spaces, and without spaces or punctuation, the way
    :func:`examgen.questions.text.normalize` compares texts (case is left to the platform,
    which every one of them can ignore)."""
    nfkc = unicodedata.normalize("NFKC", answer)
    forms = [answer, nfkc, "".join(nfkc.split())]
    bare = "".join(
        ch for ch in nfkc if not (ch.isspace() or unicodedata.category(ch).startswith("P"))
    )
    forms.append(bare)
    out: list[str] = []
    for form in forms:
        form = form.strip()
        if form and normalize(form) and form not in out:
            out.append(form)
    return tuple(out)


def short_answer_count(q: Question) -> int:
    """How many members a short answer asks for: all of them, or the ``k`` of "any k"."""
    return len(q.answer_points) if q.answer_points else len(q.answers)


def multiple_fractions(n_correct: int, n_wrong: int) -> tuple[float, float]:
    """Percent for each right and each wrong option of a multiple-answer question.

    The right ones share 100 (``100/n``, which is on Moodle's list of grades for n ≤ 10); a
    wrong pick costs everything, so a selection with a wrong option scores nothing, like the
    printed paper's "no credit for a wrong choice"."""
    return round(100 / n_correct, 5), -100.0 if n_wrong else 0.0


def letter_key(q: Question) -> str:
    """The key as letters, as ``key-<seed>-<V>.json`` prints it (for feedback texts)."""
    if q.type in ("single_choice", "multiple_choice"):
        return "".join(letter(i) for i in q.correct)
    if q.type == "ordering":
        return "".join(letter(i) for i in q.key)
    return ""
