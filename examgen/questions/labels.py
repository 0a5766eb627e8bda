"""Labels: whether a list's name can stand in a stem as the name of a closed set.

Four ways a name the notes (or the reader) gave a list fails a stem:

- open by its own word: "常见微服务相关框架", "common side effects" name some of an open set
  of things; "list all 4" of them asks a closed set that does not exist;
- born of a comparison: ``比较MAC和数字签名:`` over one bullet per side gives "数字签名的特点",
  members that are traits only beside the other side (速度较慢); asked without the comparison,
  "list all" has no single defensible answer;
- glued: "Fiestel structure:使用块加密的方式；设计雪崩效应：" gives a definition of
  "Fiestel structure" and a list named by the line's two clauses joined, "Fiestel structure
  设计雪崩效应", which is no name a stem can quote;
- a bare kind word with its basis ("分类 按所处的组织层次"): classification of what? It needs
  the owner its heading names ("管理者及其分类" -> "管理者的分类（按所处的组织层次）").
"""

from __future__ import annotations

import re

from examgen.model import Fact
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.owners import basis_owned
from examgen.questions.text import clean, normalize

#: Words that mark what follows as a sample of an open set of things (products, examples).
_OPEN_ZH = ("常见", "主流", "典型", "流行")
_OPEN_EN = re.compile(r"\b(?:common|commonly|typical|popular|mainstream|well-known)\b", re.I)
#: A lead-in that compares two things side by side.
_COMPARISON = re.compile(
    r"比较|比較|对比|對比|区别|區別|异同|異同|\bvs\.?(?=\s|$)|\bversus\b|\bcompar(?:e|ed|ing|ison)\b",
    re.I,
)
#: A basis a term is divided by ("根据对组织绩效影响的程度", "by function"): no second clause.
_BASIS_OPENING = re.compile(r"^[（(]?(?:按|根据|根據|依照|从|從|by\s|according\sto\s)", re.I)
#: Facts either side of a list read for the line it was taken from (same file and line).
SAME_LINE_REACH = 3


def open_by_word(subject: str) -> str | None:
    """The word in ``subject`` that marks it an open set ("常见", "common"), or None."""
    key = normalize(subject)
    for word in _OPEN_ZH:
        if word in key:
            return word
    match = _OPEN_EN.search(subject)
    return match.group(0) if match else None


def compared(fact: Fact) -> str | None:
    """The comparison ``fact``'s list was taken from ("比较MAC和数字签名"), or None."""
    label = (fact.label or "").strip()
    return label if label and _COMPARISON.search(label) else None


def glued(notes: Notes, fact: Fact) -> bool:
    """Whether ``fact``'s name opens with the subject of a definition taken from its own line
    and goes on past it: two clauses of one line joined ("Fiestel structure 设计雪崩效应")."""
    key = normalize(fact.subject)
    position = notes.position_of.get(fact.id)
    if position is None or not key:
        return False
    low = max(0, position - SAME_LINE_REACH)
    for other in notes.facts[low : position + SAME_LINE_REACH + 1]:
        if other.kind != "definition" or (other.source, other.line) != (fact.source, fact.line):
            continue
        own = normalize(other.subject)
        if own and key.startswith(own) and len(key) > len(own):
            # "环境 根据对组织绩效影响的程度": the term and the basis it is divided by, a name.
            # "SSL/TLS protocol的两层", "X(in MAC)": the term's own part or gloss, a name; two
            # clauses are joined by a space.
            rest = clean(fact.subject)[len(clean(other.subject)) :]
            return rest[:1].isspace() and not _BASIS_OPENING.match(rest.strip())
    return False


def glued_name(notes: Notes, name: str) -> bool:
    """Whether ``name`` is the name of a list that is :func:`glued`."""
    ids = notes.lists_by_subject.get(normalize(name), ())
    return any(glued(notes, notes.by_id[i]) for i in ids)


__all__ = ["basis_owned", "compared", "glued", "glued_label", "glued_name", "open_by_word"]


def glued_label(draft: Draft, notes: Notes) -> str | None:
    """No stem quotes a list name glued from two clauses of one line (:func:`glued`)."""
    for fact_id in draft.question.facts[:1]:
        fact = notes.by_id.get(fact_id)
        if fact is None or fact.kind != "list" or not glued(notes, fact):
            continue
        # The paper closes a space between two CJK characters: compare without spaces.
        name = "".join(notes.names.get(fact.id, "").split())
        if name and name in "".join(draft.question.prompt.split()):
            return f"“{name}” joins two clauses of line {fact.line}: no name to quote"
    return None
