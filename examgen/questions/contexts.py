"""Contexts: what a stem about a term names so that it says what it asks.

"In “rem”, ______: complex visual processing" names a bare heading: the student cannot tell
that the blank is a brain area active in REM sleep. "In “Operation”, ______: a group of MST
SWs …" does not say whose operation. "In “Logistic Regression”, ______: f(s) = …" gives half
the answer (Logistic function). A context says what the answer is: the relation the notes'
lead-in gives the list ("areas of the brain that are activated during REM sleep"), the list's
name, or the nearest heading, a bare one with its parent ("Operation (Multiple Spanning Trees
- MST)"); never a heading further up (a section's parent does not say what a line under a
subsection is about), nor one sharing a word with the answer. With none, the fill-in is not
asked.
"""

from __future__ import annotations

from examgen.model import Fact
from examgen.questions.categories import clause_free, clause_name, generic, sentence
from examgen.questions.cues import tokens
from examgen.questions.form import Draft
from examgen.questions.index import Notes, Pair, pair_defined_as
from examgen.questions.labels import basis_owned, glued, glued_name
from examgen.questions.leadins import lead_name, relation
from examgen.questions.owners import parent_name
from examgen.questions.text import clean, mentions, normalize, script_of
from examgen.questions.wording import phrase

#: The most words an English heading may have to stand as a context however wide it prints.
MAX_TITLE_WORDS = 5
#: Headings for how a topic works or is done, beside the generic labels: bare without the
#: topic ("Operation" under "Multiple Spanning Trees - MST").
_ASPECT_HEADINGS = frozenset(
    (
        "operation", "operations", "configuration", "implementation", "details", "basics",
        "concepts", "terminology", "mechanism", "mechanisms", "process", "procedure", "theory",
        "how it works", "working", "functions", "operating", "运作", "运行", "工作原理", "原理",
        "机制", "流程", "配置", "实现",
    )
)  # fmt: skip
_ASPECT_KEYS = frozenset(normalize(h) for h in _ASPECT_HEADINGS)
#: Headings that gather a topic's terms ("Basic Definitions", "术语", "Key concepts"): they
#: say the blank is a term, not of what; the heading above them says that.
_GATHERING = frozenset(
    (
        "definitions", "terms", "terminology", "glossary", "concepts", "vocabulary",
        "key terms", "basic definitions", "basic concepts", "key concepts", "main concepts",
        "important terms", "definitions and concepts", "术语", "概念", "定义", "名词解释",
        "基本概念", "基本定义", "主要概念", "关键概念", "核心概念", "相关术语", "相关概念",
        "術語", "名詞解釋", "基本觀念", "觀念",
    )
)  # fmt: skip
_GATHERING_KEYS = frozenset(normalize(h) for h in _GATHERING)
#: Facts either side of a definition looked at for others hanging under its list item: the
#: item's definitions follow it line by line, and the bound keeps the read local.
PARENT_REACH = 12
#: A chapter (the first heading below the notes' title) defining more terms than this is too
#: wide a context for a fill-in: its clue may fit several of them.
MAX_CHAPTER_TERMS = 8


def _holding_list(notes: Notes, pair: Pair) -> Fact | None:
    """The list under the pair's own heading that holds its term (the notes' "DB_TRX_ID：…"
    lines are also a list of 隐藏字段), or None: not one other than the item or label the
    definition hangs under ("凯撒密码：…" under "密码学的史前时代:" is no member of a later
    "经典的密码体系" naming it again)."""
    parent = pair.fact.parent or ""
    for list_id in notes.lists_of_member.get(pair.term.key, ()):
        owner = notes.by_id[list_id]
        if parent and owner.parent != parent and not mentions(owner.subject, parent):
            continue  # hung under another item or label: a namesake in another list
        if owner.section == pair.fact.section and owner.source == pair.fact.source:
            return owner
    return None


def _bare(heading: str) -> bool:
    """Whether a heading names nothing of its own: a generic label ("作用", "优点",
    "Overview") or a word for how a topic works ("Operation", "Configuration"), which says
    nothing without the heading it stands under. ("Pests", "馆藏" name a kind: no bare.)"""
    return generic(heading) or normalize(heading) in _ASPECT_KEYS


def _names_term(context: str, term: str) -> bool:
    """Whether ``context`` names ``term`` or shares a word with it other than the word naming
    its kind ("DevOps" for "DevOps作业能力", "Logistic Regression" for "Logistic function",
    "个人的特质" for "个人习惯"; not "全自动调度" for "亲和性调度": 调度 says what it is)."""
    if mentions(context, term) or mentions(term, context):
        return True
    words = clean(term).split()
    key = normalize(term)
    head = words[-1] if script_of(term) != "han" else _han_head(key, normalize(context))
    return bool((tokens(context) & tokens(term)) - tokens(head))


def _han_head(key: str, context: str) -> str:
    """The word naming a Chinese term's kind: the longest ending of it the context says
    ("管理者" of "高层管理者" under "管理者及其分类": the heading says what kind the blank is,
    not which), else its last two characters."""
    for start in range(1, len(key) - 1):
        if key[start:] in context:
            return key[start:]
    return key[-2:]


def _usable(context: str, term: str) -> bool:
    """Whether ``context`` may stand in a stem asking ``term``: a name (not a sentence) that
    does not name the term."""
    return bool(
        normalize(context)
        and (not sentence(context) or _short_title(context))
        and clause_name(context) is None
        and not _names_term(context, term)
    )


def _short_title(heading: str) -> bool:
    """Whether an English heading too wide for a list's name is still a title of a few words
    with nothing of a clause ("EtherChannel Negotiation Protocols", "Irreducible Functional
    Dependence"): it names where a fill-in's term is."""
    text = clean(heading)
    return text.isascii() and len(text.split()) <= MAX_TITLE_WORDS and clause_free(text)


def list_context(notes: Notes, pair: Pair) -> str:
    """What a question about ``pair`` names as its list: the list it is a member of, or, for
    a definition, the list under its own heading that holds its term ("flag" among 隐藏字段);
    '' when there is none or it is a sentence."""
    if pair.context:
        context = _member_context(notes, pair)
        if context and context == lead_name(pair.fact):
            return context  # the lead-in's relation is built to read as a name, whatever its verbs
        clause = sentence(context) or clause_name(context)
        return "" if clause else context
    holder = _holding_list(notes, pair)
    if holder is None:
        return parent_item(notes, pair)
    name = _holder_name(notes, holder)
    if name and name == lead_name(holder) and not _names_term(name, pair.term.text):
        return name
    return name if _usable(name, pair.term.text) and not _bare(name) else ""


def _member_context(notes: Notes, pair: Pair) -> str:
    """The name of the list a glossed member ``pair`` is in, as :func:`_holder_name` gives it."""
    if glued(notes, pair.fact):
        return ""
    owned = basis_owned(pair.fact, pair.context)
    return pair.context if owned is None else owned


def _holder_name(notes: Notes, holder: Fact) -> str:
    """The name a stem gives the list ``holder`` as a context: its indexed name, with the
    owner a bare kind word split by a basis needs ("管理者的分类（按所处的组织层次）"); ''
    when it has no owner, or the name glues two clauses of a line (see :mod:`.labels`)."""
    if glued(notes, holder):
        return ""
    name = notes.names.get(holder.id, "")
    owned = basis_owned(holder, name)
    return name if owned is None else owned


def parent_item(notes: Notes, pair: Pair) -> str:
    """The list item a definition hangs under (``Fact.parent``: "个人的特质" over "生物特质：…")
    when it may stand in a stem asking the term, or '': it says whose the term is where no
    list holds it."""
    parent = parent_name(pair.fact) if pair.fact.kind == "definition" else ""
    if parent and glued_name(notes, parent):
        return ""
    owned = basis_owned(pair.fact, parent) if parent else None
    parent = parent if owned is None else owned
    return parent if _usable(parent, pair.term.text) and not _bare(parent) else ""


def fill_in_context(notes: Notes, pair: Pair) -> str:
    """What a fill-in about ``pair`` names as its context (see the module's docstring): the
    relation of the list holding it, the list's name, or the nearest heading below the notes'
    title (the title covers every fact and tells the student nothing); a bare heading with its
    parent; '' when none says what the blank is."""
    holder = _holding_list(notes, pair)
    term = pair.term.text
    # The lead-in's relation is built to read as a name ("areas of the brain that are
    # activated during REM sleep"), whatever its verbs.
    told = relation(holder.label) if holder is not None else ""
    if told and not _names_term(told, term):
        return told
    if pair.context:
        name = _member_context(notes, pair)
    else:
        name = _holder_name(notes, holder) if holder is not None else ""
    if _usable(name, term) and not _bare(name):
        return name
    if parent_item(notes, pair):
        return parent_item(notes, pair)
    # A heading gathering terms ("Basic Definitions") is no context: the one above it is.
    section = _past_gathering(pair.fact.section)
    if len(section) < 2:
        return ""
    heading = clean(section[-1])
    if (
        len(section) == 2
        and len(notes.defined_under.get(normalize(heading), ())) > MAX_CHAPTER_TERMS
    ):
        # A chapter defining many things ("容器编排与Kubernetes原理") does not say which of them
        # a clue is: "______：删除旧RS,创建新RS" under it fits more than one.
        return ""
    if _usable(heading, term) and not _bare(heading):
        return heading
    # A heading naming the term is its topic ("insomnia" for "Chronic insomnia"): the topic's
    # own heading says where it is. A heading that is a sentence ("Taking the idea of basis
    # expansion to the next level") has no stand-in: its parent is about something else.
    parent = clean(section[-2]) if len(section) >= 3 else ""
    if parent and gathering(parent):
        # "Empty set" under "Basic Definitions": one term per heading, the topic further up.
        section = _past_gathering(section[:-1])
        parent = clean(section[-1]) if len(section) >= 2 else ""
    if not _usable(parent, term) or _bare(parent) or sentence(heading):
        return ""
    if _bare(heading):
        return phrase(pair.fact.lang, "qualified", subject=heading, context=parent)
    return parent


def gathering(heading: str) -> bool:
    """Whether a heading gathers a topic's terms ("Basic Definitions", "术语") rather than
    naming what they are of."""
    return normalize(heading) in _GATHERING_KEYS


def _past_gathering(section: tuple[str, ...]) -> tuple[str, ...]:
    """``section`` without the gathering headings at its end ("Probability > Basic
    Definitions" -> "Probability"), the notes' title kept."""
    while len(section) >= 2 and gathering(clean(section[-1])):
        section = section[:-1]
    return section


def fill_in_rivals(notes: Notes, pair: Pair, context: str) -> tuple[str, ...]:
    """The other members of the list a fill-in about ``pair`` names as its ``context`` (its
    name or relation): the answers the blank is chosen from. Empty when the context is a
    heading (what else it covers is open)."""
    holder = _holding_list(notes, pair)
    if holder is None and pair.fact.kind == "list":
        holder = pair.fact
    if holder is None or not context:
        return ()
    names = {relation(holder.label) if holder.label else "", notes.names.get(holder.id, "")}
    names |= {_holder_name(notes, holder), pair.context}
    if pair.context:
        names.add(_member_context(notes, pair))
    if context not in names:
        return ()
    return tuple(i.text for i in holder.items if normalize(i.text) != pair.term.key)


def context_members(notes: Notes, pair: Pair) -> frozenset[str]:
    """The terms (normalized) of the context :func:`list_context` names for ``pair``: the
    members of its list, or of the list under its heading holding its term, or the terms
    defined under the same list item ("API Server", "Scheduler" under "master 运行各类关键
    进程"). A wrong option from outside them is struck out by its group alone."""
    holder = pair.fact if pair.context else _holding_list(notes, pair)
    if holder is not None:
        return frozenset(e.key for e in notes.members_of.get(holder.id, ()))
    parent, home = pair.fact.parent, pair.fact
    if not parent:
        return frozenset({pair.term.key})
    here = notes.position_of[home.id]
    near = notes.facts[max(0, here - PARENT_REACH) : here + PARENT_REACH + 1]
    return frozenset(
        other.term.key
        for fact in near
        if fact.parent == parent and fact.section == home.section and fact.source == home.source
        for other in notes.pairs_of.get(fact.id, ())
    )


def option_term(notes: Notes, fact_id: str, text: str) -> str:
    """The term (normalized) a wrong option stands for: itself, or the term whose
    definition it is (the fact it came from says)."""
    defined = pair_defined_as(notes, fact_id, text)
    return defined.term.key if defined is not None else normalize(text)


def outside_context(notes: Notes, members: frozenset[str], draft: Draft) -> list[str]:
    """The wrong options (or a false claim's borrowed definition) of ``draft`` whose terms are
    not among ``members``."""
    return [
        o.text
        for o in draft.origins
        if not o.correct and option_term(notes, o.fact, o.text) not in members
    ]


def context_excludes(draft: Draft, notes: Notes) -> str | None:
    """A stem naming a context ("在“node 运行的进程”中，对“docker engine”的描述…") offers wrong
    options of that context only: one of another group (a master process's "所有资源对象
    数据保存") is struck out by its group alone. The forms drop the context then
    (definitions.py); this rule holds every form to it."""
    if not draft.context:
        return None
    outside = outside_context(notes, frozenset(draft.context_members), draft)
    if outside:
        return f"“{outside[0]}” is not of “{draft.context}”, named in the stem: ruled out by group"
    return None
