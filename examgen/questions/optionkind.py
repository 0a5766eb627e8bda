"""Option kinds: what sort of text an option is, so that every option of a question is of the
key's sort.

A term ("atonia", "Webhook"), a heading or list label ("cause of RBD", "解码方式",
"Basis Expansion (Data transformation)"), a symbol ("$\\phi$", "x"), a value ("15s",
"128-bit") and a compound of several names ("Kubernetes/Mesos/Swarm") are five sorts of text:
one of another sort beside the key is struck out by its look alone, and a key that is the only
one of its sort is picked by its look. A definition offered as an option is of its term's
sort; beside that it is a formula, a remark about how its term usually is ("电影中经常出现的
桥段", a comment, not a definition) or a description in words. The ranking of wrong options
reads these kinds (:func:`fits`); the rule :func:`option_kind` checks the drawn question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from examgen.questions.categories import sentence
from examgen.questions.index import Entry, Notes, Pair, pair_defined_as
from examgen.questions.terms import term_problem
from examgen.questions.text import formula, normalize
from examgen.questions.wording import display_width

if TYPE_CHECKING:
    # Only a type here: the forms module imports the distractors, which import this one.
    from examgen.questions.form import Draft

#: The sorts of a name-like option (a term, a member of a list).
TERM, HEADING, SYMBOL, VALUE, COMPOUND = "term", "heading", "symbol", "value", "compound"
#: A statement among a list's members ("MAC只能通过专门的接收器进行验证"); a setting of a
#: parameter to a value ("sync_binlog = 0"), whose meaning is one of the parameter's cases.
STATEMENT, SETTING = "statement", "setting"
#: The sorts of a definition offered as an option, beside its term's.
WORDS, FORMULA, REMARK = "words", "formula", "remark"

#: A label that names a relation of a topic, not a thing: "cause of RBD", "effects of …".
_LABEL_EN = re.compile(
    r"^(causes?|effects?|symptoms?|signs?|types?|kinds?|examples?|results?|consequences?"
    r"|treatments?|functions?|roles?|reasons?|properties|characteristics)\s+of\b",
    re.IGNORECASE,
)
_MATH = re.compile(r"\$[^$]+\$")
#: One letter, Greek or Latin, perhaps with an index or a prime ("x", "β", "x_i", "θ'").
_LETTER = re.compile(r"^[A-Za-z\u0370-\u03ff](?:_?[0-9a-z]|')?$")
#: A value: a number first ("15s", "128-bit", "0 - 61440", "2^32").
_VALUE = re.compile(r"^[~≈<>≤≥±-]?\s*[0-9][0-9.,]*\s*(%|[A-Za-z]{0,6}\b|[-~/ ][0-9])")
#: A parameter set to a value: "sync_binlog = 0", "fan_mode = N".
_SETTING = re.compile(r"^[^=＝]+?\s*[=＝]\s*\S+$")
#: Separators of a compound: "Kubernetes/Mesos/Swarm", "指纹、虹膜、DNA".
_PARTS = re.compile(r"\s*[/、]\s*")
#: Latin parts this long make two parts a compound ("Docker/Kubernetes"); "TCP/IP", "SSL/TLS",
#: "I/O" are one name.
MIN_COMPOUND_PART = 4
#: A remark says how its term usually is or where it is met, not what it is.
_REMARK = re.compile(r"经常|常常|通常|往往|常见于|\busually\b|\boften\b|\btypically\b", re.I)
#: A remark is short: a definition may say "usually" in its middle.
MAX_REMARK_WIDTH = 24


def compound(text: str) -> bool:
    """Whether ``text`` joins several names ("Kubernetes/Mesos/Swarm", "tps、qps"): three parts
    or more, or two Latin parts of :data:`MIN_COMPOUND_PART` letters or more."""
    parts = [p for p in _PARTS.split(text.strip()) if p]
    if len(parts) < 2 or _MATH.search(text):
        return False
    if len(parts) >= 3 or "、" in text:
        return True
    return all(p.isascii() and len(p) >= MIN_COMPOUND_PART and p[:1].isalpha() for p in parts)


def term_kind(text: str) -> str:
    """The sort of a name-like option: a term, a heading or label, a statement, a symbol, a
    value, a parameter's setting, a compound of names."""
    stripped = text.strip()
    if _MATH.sub("", stripped).strip() == "" or _LETTER.match(stripped):
        return SYMBOL
    if compound(stripped):
        return COMPOUND
    if _VALUE.match(stripped):
        return VALUE
    if _SETTING.match(stripped):
        return SETTING
    if sentence(stripped):
        return STATEMENT
    if term_problem(stripped) or _LABEL_EN.match(stripped):
        return HEADING
    return TERM


#: What makes a formula a relation ("y = Xβ + ε", "ε ~ N(0, σ²)", "ℝᵐ → ℝᵏ"), not a name.
_RELATION = re.compile(
    r"[=<>~≈≤≥∈→]|\\(sim|approx|leq?|geq?|in|to|rightarrow|mapsto|equiv|propto)\b"
)


def definition_kind(text: str) -> str:
    """The sort of a definition offered as an option: a formula stating a relation, a symbol
    named in math ("$\\beta$ (and $\\sigma^2$)"), a value ("0 - 4095 (for VLANs)"), a remark,
    words. A symbol among equations, or a value range among sentences, is picked by its
    look."""
    if formula(text):
        math = " ".join(_MATH.findall(text))
        return FORMULA if _RELATION.search(math) else SYMBOL
    if _VALUE.match(text.strip()):
        return VALUE
    if display_width(text) <= MAX_REMARK_WIDTH and _REMARK.search(text):
        return REMARK
    return WORDS


def pair_kind(pair: Pair) -> tuple[str, str]:
    """(its term's sort, its definition's sort): what a definition option of ``pair`` is."""
    return term_kind(pair.term.text), definition_kind(pair.definition.text)


def owner(notes: Notes, entry: Entry) -> Pair | None:
    """The pair ``entry`` (a term or a definition) comes from."""
    for pair in notes.pairs_of.get(entry.fact.id, ()):
        if pair.term is entry or pair.definition is entry:
            return pair
    return None


def fits(notes: Notes, answer: Pair, entry: Entry, by_term: bool) -> bool:
    """Whether the term (``by_term``) or definition ``entry`` is of the sort of ``answer``'s:
    a symbol beside symbols, a term's definition beside a term's, a formula beside formulas."""
    if by_term:
        mine = heading_term(notes, answer.fact.id, answer.term.text)
        theirs = heading_term(notes, entry.fact.id, entry.text)
        return term_kind(entry.text) == term_kind(answer.term.text) and mine == theirs
    theirs = owner(notes, entry)
    return theirs is not None and pair_kind(theirs) == pair_kind(answer)


def heading_term(notes: Notes, fact_id: str, text: str) -> bool:
    """Whether the term ``text`` of the fact ``fact_id`` is a heading's name, read from a
    heading "term: definition" ("Linear Regression optimization: Least Square Method"): the
    section's topic, one level above the terms defined under it."""
    fact = notes.by_id.get(fact_id)
    if fact is None or not fact.section or normalize(text) != normalize(fact.subject):
        return False
    return normalize(fact.section[-1]) == normalize(fact.subject) + normalize(fact.text or "")


#: The forms whose options are names: terms or members of lists.
_NAMED = ("definition_to_term", "belongs", "select_members", "not_belongs")
#: The forms whose options are definitions.
_DESCRIBED = ("term_to_definition",)


def option_kind(draft: Draft, notes: Notes) -> str | None:
    """Every option of a choice question is of the key's sort (see :func:`term_kind`,
    :func:`definition_kind`): no heading, label, compound or value beside terms, no
    non-symbol beside symbols, no remark or formula beside descriptions; and no option joins
    several names ("Kubernetes/Mesos/Swarm" is three platforms, not one)."""
    if draft.variety in _NAMED:
        texts = [(o.text, o.correct) for o in draft.origins]
        for text, _ in texts:
            if compound(text):
                return f"“{text}” joins several names: no one option"
        keys = {term_kind(t) for t, correct in texts if correct}
        for text, correct in texts:
            kind = term_kind(text)
            if not correct and kind not in keys:
                return f"“{text}” is a {kind} beside a key that is a {'/'.join(sorted(keys))}"
        if draft.variety == "definition_to_term" and draft.stem_texts:
            odd_sort = _other_formula_sort(draft, notes)
            if odd_sort:
                return odd_sort
        if draft.variety == "definition_to_term":
            # A section's topic beside the terms defined under it: another level.
            tops = {o.text: heading_term(notes, o.fact, o.text) for o in draft.origins}
            key = next((tops[o.text] for o in draft.origins if o.correct), False)
            odd = next((t for t, top in tops.items() if top != key), None)
            if odd is not None:
                return f"“{odd}” and the key are not both names of headings: two levels"
        return None
    if draft.variety in _DESCRIBED:
        kinds = {}
        for o in draft.origins:
            pair = pair_defined_as(notes, o.fact, o.text)
            if pair is not None:
                kinds[o.text] = (pair_kind(pair), o.correct)
        mine = next((k for k, correct in kinds.values() if correct), None)
        if mine is None:
            return None
        for text, (kind, correct) in kinds.items():
            if not correct and kind != mine:
                return (
                    f"“{text}” is a {kind[1]} of a {kind[0]} beside a key that is a "
                    f"{mine[1]} of a {mine[0]}"
                )
    return None


def matching_kind(pair: Pair) -> tuple[str, str]:
    """What a matching pair is: its term's sort (a compound name, "控制、对抗措施", is a term
    there: it is matched, not picked) and its definition's sort."""
    term, definition = pair_kind(pair)
    return (TERM if term == COMPOUND else term), definition


_MATCHING = ("match_terms", "match_members")


def matching_kinds(draft: Draft, notes: Notes) -> str | None:
    """A matching pairs things of one sort with descriptions of one sort: with an equation, a
    distribution, a parameter and a method sentence on the right, or symbols beside names on
    the left, every pair is found by its form."""
    if draft.variety not in _MATCHING:
        return None
    q = draft.question
    terms = {(TERM if k == COMPOUND else k) for k in map(term_kind, q.stems)}
    if len(terms) > 1:
        return "its left-hand items mix " + ", ".join(sorted(terms))
    descriptions = {definition_kind(o.text) for o in q.options}
    if len(descriptions) > 1:
        return "its descriptions mix " + ", ".join(sorted(descriptions))
    return None


def _other_formula_sort(draft: Draft, notes: Notes) -> str | None:
    """Of "which is described as <formula>": a wrong option whose own definition is of
    another sort than the clue ("Log trick", defined in words, and "Unknown param", defined
    by bare symbols, beside "Gaussian noise" for "$\\epsilon \\sim N(0, \\sigma^2)$"): the
    student strikes it by what sort of thing it is."""
    sort = definition_kind(draft.stem_texts[0])
    if sort not in (FORMULA, SYMBOL):
        return None
    # Symbols as options ("x", "φ(x)", "φ" for "ℝᵐ → ℝᵏ denotes transformation") are of one
    # kind however their definitions read: only named things differ in what they are.
    if any(term_kind(o.text) == SYMBOL for o in draft.origins):
        return None
    for o in draft.origins:
        if o.correct:
            continue
        own = [p for p in notes.pairs_of.get(o.fact, ()) if p.term.text == o.text]
        if own and definition_kind(own[0].definition.text) != sort:
            return f"“{o.text}” is not defined by a formula of the clue's sort ({sort})"
    return None
