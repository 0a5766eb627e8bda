"""The values the pipeline stages hand each other.

Every stage takes and returns these frozen dataclasses, never loose dicts:

    notes (readers -> tree -> facts)  ->  ParseResult(facts=tuple[Fact])
    store                             ->  StoredFact (a Fact plus its history)
    deck                              <-  StoredFact
    questions                         ->  ExamPaper (sections of Question)
    exam                              <-  ExamPaper

Only ``to_json`` methods turn them into plain data, for the command-line contracts
(``examgen facts --json`` and the exam key ``key-<seed>-<V>.json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

from examgen.frozen import set_at_once

FactKind = Literal["definition", "list", "sequence", "table"]
FACT_KINDS: tuple[str, ...] = get_args(FactKind)

Lang = Literal["zh", "en"]

#: Container kinds (``Fact.container``) whose body shows a case rather than states the notes'
#: own knowledge: an example or anecdote, a quotation, a worked exercise and its solution.
#: Their facts are kept (and printed), but neither asked on a paper nor made into cards. Not
#: ``question``: a titled question box answers its title, as a question heading does.
ILLUSTRATIONS = frozenset(
    ("example", "quote", "exercise", "practice", "problem", "quiz", "solution", "answer")
)


@dataclass(frozen=True)
class Item:
    """One member of a list or one step of a sequence, with its gloss where it has one.

    ``UTS(系统标识)`` gives ``Item(text="UTS", gloss="系统标识")``; a bare ``安全`` gives
    ``Item(text="安全")``.
    """

    text: str
    gloss: str | None = None

    def to_json(self) -> dict:
        return {"text": self.text, "gloss": self.gloss}


@set_at_once  # one per fact of a parse and of a store read: see examgen.frozen
@dataclass(frozen=True)
class Fact:
    """One thing worth knowing, found in the notes.

    ``id`` is stable across edits of the text, reordering, re-indenting and moving to another
    file; it changes only when the subject changes (unless the notes pin it with ``{#id}``).
    ``section`` is the heading path from the notes' title down (title › chapter › …).
    ``source`` is the notes file as a POSIX path (relative to the workspace where possible) and
    ``line`` the 1-based line the fact starts on. ``images`` are image references found in the
    fact's text, as written in the notes (relative to the source file's folder).

    A ``table`` fact compares things on named attributes: ``columns`` are the column heads
    (the first may be empty, as in a grid whose first column names the rows) and ``rows``
    the cells, one tuple per row, as long as ``columns``. ``tags`` are the author's own
    marks on the fact (exam tags such as ``单选`` or ``填空``), kept out of its text.
    ``label`` is a list's relation as the notes word it in a lead-in the subject was taken
    from ("A region is a group of MST SWs that operate in the same way" over the list of
    ``region``), None when the notes give none: a card says it when the subject names no
    relation of its own.
    ``parent`` is the list item the fact hangs under, when it hangs under one rather than
    directly under a heading (``个人的特质`` under the item ``认证的实现方式：``): that item's
    subject, None otherwise. It says whose the fact is where the subject does not; it is no
    part of the id.
    ``open`` says the notes give the list's members as examples, not all of them ("protocols
    such as DTP, VTP or CDP", "例如A、B、C等", a last bullet ``…``): a card or question must not
    count them or ask for all of them. It is no part of the id.
    ``container`` is the kind of the callout, admonition or ``<details>`` the fact was read
    from, normalised (``example``, ``quote``, ``note``, ``tip``, ``warning``, …,
    ``details``; ``[!cite]`` is ``quote``), "" outside one; no part of the id.
    """

    id: str
    kind: FactKind
    subject: str
    text: str = ""
    items: tuple[Item, ...] = ()
    section: tuple[str, ...] = ()
    source: str = ""
    line: int = 0
    lang: Lang = "zh"
    images: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    tags: tuple[str, ...] = ()
    label: str | None = None
    parent: str | None = None
    open: bool = False
    container: str = ""

    @property
    def illustration(self) -> bool:
        """Whether the fact comes from an example, quote or exercise box
        (:data:`ILLUSTRATIONS`): an anecdote told there is no definition to ask."""
        return self.container in ILLUSTRATIONS

    @property
    def location(self) -> str:
        """``file:line``, the way a user looks it up."""
        return f"{self.source}:{self.line}"

    @property
    def chapter(self) -> str:
        """The chapter: the heading below the title, or the title when there is none."""
        if len(self.section) >= 2:
            return self.section[1]
        return self.section[0] if self.section else ""

    def to_json(self) -> dict:
        """The object ``examgen facts --json`` prints (a command-line contract)."""
        data = {
            "id": self.id,
            "kind": self.kind,
            "subject": self.subject,
            "text": self.text if self.kind == "definition" else None,
            "items": [item.to_json() for item in self.items],
            "section": list(self.section),
            "source": self.source,
            "line": self.line,
            "lang": self.lang,
        }
        if self.kind == "table":
            data["columns"] = list(self.columns)
            data["rows"] = [list(row) for row in self.rows]
        if self.tags:
            data["tags"] = list(self.tags)
        if self.label:
            data["label"] = self.label
        if self.parent:
            data["parent"] = self.parent
        if self.open:
            data["open"] = True
        if self.container:
            data["container"] = self.container
        return data


@dataclass(frozen=True)
class Diagnostic:
    """Something ``examgen check`` tells the user about a place in the notes.

    ``severity`` is ``"skipped"`` for noise that gave no fact (a byline, an epigraph, an empty
    item), ``"warning"`` for something suspicious (two facts with the same subject) and
    ``"error"`` for input that cannot be read.
    """

    severity: Literal["skipped", "warning", "error"]
    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class SourceFile:
    """A notes file that was read: its path (as in ``Fact.source``) and a hash of its bytes.

    ``parse_key`` says how it was read (the reader and the parser's version): the same bytes
    read with the same key give the same facts but for their ids, so the store need not
    compare them again (empty when the facts did not come from parsing the file).
    """

    path: str
    content_hash: str
    parse_key: str = ""


@dataclass(frozen=True)
class ParseResult:
    """What the notes gave: facts in document order, and what ``check`` reports."""

    facts: tuple[Fact, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    sources: tuple[SourceFile, ...] = ()
    #: How many files were actually parsed (the others came from a parse cache).
    parsed: int = 0

    @property
    def title(self) -> str:
        """The notes' title: the top of the first fact's section path."""
        for fact in self.facts:
            if fact.section:
                return fact.section[0]
        return ""


@dataclass(frozen=True)
class StoredFact:
    """A fact as the store keeps it, with its history (Unix seconds, integers).

    ``changed_at`` moves only when the fact's content (kind, subject, text, items, section)
    changes. ``modified_at`` is the last time anything a deck shows of the fact changed:
    its content, or its retirement or revival. It is strictly increasing per fact, so a
    deck built after any such change always carries a newer note modification time than
    the one before it (Anki only updates a note when the incoming time is newer).

    ``cloze_numbers`` holds the cloze number the store keeps for each of ``fact.items``
    (``examgen.clozes``), or is empty when the store gave none (the cards then number the
    asked members 1..n in order).
    """

    fact: Fact
    first_seen: int
    changed_at: int
    modified_at: int
    retired_at: int | None = None
    cloze_numbers: tuple[int, ...] = ()

    @property
    def retired(self) -> bool:
        return self.retired_at is not None


@dataclass(frozen=True)
class SyncReport:
    """What one store update did, as fact ids."""

    new: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()
    revived: tuple[str, ...] = ()
    moved: tuple[str, ...] = ()


# --------------------------------------------------------------------------- exams

QuestionType = Literal[
    "single_choice",
    "multiple_choice",
    "true_false",
    "fill_blank",
    "matching",
    "ordering",
    "short_answer",
]
QUESTION_TYPES: tuple[str, ...] = get_args(QuestionType)


@dataclass(frozen=True)
class Option:
    """An option a question shows (a choice, a step to order, a gloss to match) and whether
    choosing it is right. Letters are an output concern: an option's letter is its position
    on the printed question."""

    text: str
    correct: bool = False


@dataclass(frozen=True)
class Question:
    """One exam question, drawn from one or more facts.

    ``options`` are shown lettered A, B, C, … in their order (empty when the type has none);
    for single and multiple choice the right ones are marked ``correct``. For matching,
    ``stems`` are the numbered left-hand items and ``options`` the lettered glosses, and
    ``key[i]`` is the position of the option that matches stem ``i``; for ordering,
    ``options`` are the shuffled steps and ``key`` their positions in the right order.
    ``truth`` is a true/false statement's value. ``answers`` is what a fill-in's blank takes
    (one text) or the members a short answer asks for. ``answer_text`` is what the key adds
    to the answer (a false statement's correction); ``key_lines`` what it prints for each of
    a short answer's members (with their glosses). ``answer_points`` breaks the points down
    where a key gives partial credit (one per member of a short answer). ``source`` is
    ``file:line`` and ``section`` the heading path of the fact asked about, so the key points
    back to the notes.
    """

    type: QuestionType
    prompt: str
    points: float
    facts: tuple[str, ...]
    source: str
    section: tuple[str, ...] = ()
    options: tuple[Option, ...] = ()
    stems: tuple[str, ...] = ()
    key: tuple[int, ...] = ()
    truth: bool = False
    answers: tuple[str, ...] = ()
    answer_text: str = ""
    key_lines: tuple[str, ...] = ()
    answer_points: tuple[float, ...] = ()

    @property
    def correct(self) -> tuple[int, ...]:
        """Positions of the right options of a choice question."""
        return tuple(i for i, option in enumerate(self.options) if option.correct)

    def to_json(self) -> dict:
        """The object in ``key-<seed>-<V>.json`` (a command-line contract)."""
        # Imported here: the wording imports nothing of the model, but its package does.
        from examgen.questions.wording import letter

        answer: object
        if self.type == "single_choice":
            answer = letter(self.correct[0])
        elif self.type == "multiple_choice":
            answer = [letter(i) for i in self.correct]
        elif self.type == "true_false":
            answer = "true" if self.truth else "false"
        elif self.type == "matching":
            answer = {stem: letter(i) for stem, i in zip(self.stems, self.key, strict=True)}
        elif self.type == "ordering":
            answer = [letter(i) for i in self.key]
        elif self.type == "short_answer":
            answer = list(self.answers)
        else:
            answer = self.answers[0] if self.answers else ""
        return {
            "type": self.type,
            "prompt": self.prompt,
            "options": [option.text for option in self.options],
            "answer": answer,
            "points": self.points,
            "facts": list(self.facts),
            "source": self.source,
        }


@dataclass(frozen=True)
class ExamSection:
    """All questions of one type, in the order printed. The heading and instructions are
    worded when the paper is printed, from ``type``, the count and the points, unless
    ``title`` or ``instructions`` give the author's own."""

    type: QuestionType
    questions: tuple[Question, ...]
    title: str = ""
    instructions: str = ""

    @property
    def points(self) -> float:
        return sum(q.points for q in self.questions)


@dataclass(frozen=True)
class ExamPaper:
    """One version of an exam: everything the templates print, and the key."""

    title: str
    seed: int
    version: str
    lang: Lang
    sections: tuple[ExamSection, ...]
    subtitle: str = ""
    date: str = ""
    duration: str = ""
    instructions: str = ""
    meta: tuple[tuple[str, str], ...] = field(default=())
    #: Candidates the item rules kept off the paper: (question type, rule, how many).
    rejected: tuple[tuple[str, str, int], ...] = ()

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for section in self.sections for q in section.questions)

    @property
    def total_points(self) -> float:
        return sum(section.points for section in self.sections)

    def key_json(self) -> list[dict]:
        """The machine-readable key: a list of questions in the printed order."""
        return [q.to_json() for q in self.questions]
