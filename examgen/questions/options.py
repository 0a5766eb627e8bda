"""Item rules on a list question's options: every option of the answer's kind.

A member's wrong options come from other lists; they must look like members of the list asked
("which belongs to Docker优点" offers other advantages' opposites, not BPDU fields), have the
shape of the answer (no statement beside short names, no alias in brackets on the answers
alone) and come from a list of the same kind of thing (no scheduling types among use cases).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from examgen.questions.categories import generic, judgement, kinds_of
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.text import normalize, script_of
from examgen.questions.wording import display_width

#: The forms whose options are members of a list and members of other lists.
MEMBER_FORMS = ("belongs", "select_members", "not_belongs", "claim_member")
#: An alias after a name, in brackets: "原子性(Atomicity)", "验证头(AH)".
_ALIAS = re.compile(r"\S\s*[(（][^()（）]+[)）]\s*$")
#: A clause mark: a text holding one states something, it does not only name.
_CLAUSE = re.compile(r"[，,。；;：:]")
#: A wrong option this many times wider than the widest answer (and at least
#: :data:`MIN_STATEMENT_WIDTH` columns) is a statement beside names.
STATEMENT_RATIO = 2.5
MIN_STATEMENT_WIDTH = 16


def _sides(draft: Draft) -> tuple[list[str], list[str]]:
    """(what the question keys right, what it offers as wrong), as printed; for "does NOT
    belong", the odd one out is the answer and the members the rest."""
    right = [o.text for o in draft.origins if o.correct]
    wrong = [o.text for o in draft.origins if not o.correct]
    return right, wrong


def option_shapes(draft: Draft, notes: Notes) -> str | None:
    """A list question's (or a term choice's) wrong options have its answers' shape: an
    alias in brackets on all answers and no wrong option (or the reverse) singles them out,
    and so does a statement or a heading among short names."""
    named = draft.variety in MEMBER_FORMS or draft.variety == "definition_to_term"
    if not named or draft.variety == "claim_member":
        return None
    right, wrong = _sides(draft)
    if not right or not wrong:
        return None
    aliased = [bool(_ALIAS.search(t)) for t in right]
    others = [bool(_ALIAS.search(t)) for t in wrong]
    if (all(aliased) and not any(others)) or (all(others) and not any(aliased)):
        return "only the answers (or only the wrong options) carry a name in brackets"
    if draft.variety == "definition_to_term":
        return None
    for text in (*right, *wrong):
        if generic(text):
            # "Informal definition" listed under "Convex objective functions" is a heading.
            return f"“{text}” is a heading, not a thing of a kind"
    widest = max(display_width(t) for t in right)
    for text in wrong:
        clause = _CLAUSE.search(text) and not any(_CLAUSE.search(t) for t in right)
        width = display_width(text)
        if clause or (width >= MIN_STATEMENT_WIDTH and width > STATEMENT_RATIO * widest):
            return f"“{text}” is a statement among short names"
    return None


def option_kinds(draft: Draft, notes: Notes) -> str | None:
    """A member's wrong options come from lists of the same kind: for advantages or
    disadvantages, only the contrasting list (anything else is no trait at all); for a list
    named by a kind ("使用场景"), no list named by another kind ("调度类型")."""
    if draft.variety not in ("belongs", "select_members", "claim_member"):
        return None
    home = notes.by_id.get(draft.question.facts[0]) if draft.question.facts else None
    if home is None:
        return None
    wrong = [o for o in draft.origins if not o.correct]
    traits = judgement(home.subject)
    kinds = kinds_of(home.subject)
    for option in wrong:
        if option.slot == "contrasting list":
            continue
        if traits:
            return f"“{option.text}” is no trait of the kind “{home.subject}” lists"
        source = notes.by_id.get(option.fact)
        if source is None:
            continue
        if judgement(source.subject):
            # "Cheap BW upgrade" (a pro of EtherChannels) is no thing among things.
            return f"“{option.text}” is a trait from “{source.subject}”, not a thing of a kind"
        # A list named by its kind ("使用场景") takes wrong options only from lists named by
        # the same kind: "特定场景调度" (from "调度机制") is no use case.
        if kinds and not kinds & kinds_of(source.subject):
            return f"“{option.text}” is from “{source.subject}”, not a kind of “{home.subject}”"
    return None


def _heads(text: str) -> set[str]:
    """The words that name what a short option is: a CJK name's first and last two
    characters ("服务治理", "联合索引"), an identifier's parts ("DB_TRX_ID")."""
    key = normalize(text)
    if script_of(text) == "han":
        return {key[:2], key[-2:]} if len(key) >= 3 else set()
    if "_" in text:
        return {p.casefold() for p in text.split("_") if len(p) >= 2}
    return set()


def option_block(draft: Draft, notes: Notes) -> str | None:
    """No two wrong options share a head word that no answer has ("服务治理", "服务监控"
    beside "任务控制"; "联合索引", "全文索引" beside isolation levels): they are things of
    another kind, and the student strikes them together. Nor do the answers of a select-all
    alone end alike ("综合性", "动态性" beside "指纹")."""
    if draft.variety not in ("belongs", "select_members"):
        return None
    right, wrong = _sides(draft)
    counts: dict[str, list[str]] = {}
    for text in wrong:
        for head in _heads(text):
            counts.setdefault(head, []).append(text)
    keys = [normalize(t) for t in right]
    for head, texts in sorted(counts.items()):
        if len(texts) >= 2 and not any(head in k for k in keys):
            return f"“{texts[0]}” and “{texts[1]}” share “{head}”, which no answer has"
    # The reverse: answers that alone end alike ("综合性", "动态性" beside "指纹", "个人习惯").
    endings = {k[-1] for k in keys if k and script_of(k) == "han"}
    if len(right) >= 2 and len(endings) == 1 and len(keys) == len(right):
        (end,) = endings
        if all(k.endswith(end) for k in keys) and not any(
            normalize(t).endswith(end) for t in wrong
        ):
            return f"only the answers end in “{end}”"
    return None


def same_kind_lists(notes: Notes, home: str, lists: Iterable[str]) -> frozenset[str]:
    """The ids among ``lists`` named by the same kind as the list ``home`` (both "场景"):
    the wrong options :func:`option_kinds` accepts, preferred when drawing them."""
    kinds = kinds_of(notes.by_id[home].subject)
    if not kinds:
        return frozenset()
    return frozenset(i for i in set(lists) if kinds & kinds_of(notes.by_id[i].subject))


def trait_terms(draft: Draft, notes: Notes) -> str | None:
    """A member of a list of advantages or disadvantages ("1 flow per link" under
    "EtherChannels Cons") is a trait, not a term: no question asks it among terms, nor asks
    its gloss among other terms' definitions."""
    asked = ("definition_to_term", "blank_term", "term_to_definition")
    if draft.variety not in asked or not draft.question.facts:
        return None
    home = notes.by_id.get(draft.question.facts[0])
    if home is not None and home.kind == "list" and judgement(home.subject):
        return f"a trait listed under “{home.subject}”, not a term to name"
    # A glossed member of a list of cons, read as a definition of its own, is a trait too.
    term = draft.reveals[0][0] if draft.reveals else ""
    for list_id in notes.lists_of_member.get(normalize(term), ()) if term else ():
        if judgement(notes.by_id[list_id].subject):
            return f"a trait listed under “{notes.by_id[list_id].subject}”, not a term to name"
    # A definition under a heading of pros or cons ("EtherChannels Cons") is a trait too.
    if home is not None and home.section and judgement(home.section[-1]):
        return f"a trait under “{home.section[-1]}”, not a term to name"
    return None
