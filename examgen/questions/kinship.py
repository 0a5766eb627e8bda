"""Kinship of terms: whether a wrong option of a definition question is of the answer's kind.

A term's kind is the slot the notes put it in. A member of a list ("ParentSpanID" in
"全链路监控") is of its list's kind, shared by the list's other members and by the members of
a sibling list (one named by the same head word or kind, or the contrasting one). A term in no
list ("Fluentd" under "云平台智能监控") is of the kind of the run of definitions it is in, one
after another under one heading with nothing else between them. A description of a tool
among descriptions of IDs is the answer a student picks by its kind alone; a shorter question
is better than such a filler.
"""

from __future__ import annotations

from collections.abc import Sequence

from examgen.model import Fact
from examgen.questions.categories import ANTONYMS, contrast, kinds_of, name_head
from examgen.questions.form import Draft, Origin
from examgen.questions.index import Notes, Pair
from examgen.questions.ordinals import ordinal_siblings
from examgen.questions.outline import outline_apart
from examgen.questions.reads import note_key, plain
from examgen.questions.text import mentions, normalize, script_of

#: The forms whose wrong options are other terms' definitions or other definitions' terms
#: (a false claim shows one other term's definition).
KIN_FORMS = ("term_to_definition", "definition_to_term", "claim_definition")
#: The fewest wrong options a single choice keeps: three options are a fair question, and
#: fewer of the answer's kind beat more of another.
MIN_KIN_DISTRACTORS = 2


def term_lists(notes: Notes, pair: Pair) -> frozenset[str]:
    """The ids of the lists ``pair``'s term is a member of (its own list for a glossed
    member)."""
    lists = set(notes.lists_of_member.get(pair.term.key, ()))
    if pair.fact.kind == "list":
        lists.add(pair.fact.id)
    return frozenset(lists)


def _kin_lists(notes: Notes, a_id: str, b_id: str) -> bool:
    """Whether two lists hold things of one kind: the same list, or lists at one level of the
    outline (see :func:`~examgen.questions.outline.outline_apart`) named by the same head
    word or kind ("索引类型 从数据结构角度" and "… 从字段特性角度"), or contrasting."""
    if a_id == b_id:
        return True
    if outline_apart(notes, a_id, b_id):
        # A heading of the list's own level, or a list under another parent: another slot.
        return False
    x, y = notes.by_id[a_id].subject, notes.by_id[b_id].subject
    head = name_head(x)
    if head and head == name_head(y):
        return True
    if kinds_of(x) & kinds_of(y):
        return True
    a, b = normalize(x), normalize(y)
    if _antonyms(a, b):
        return contrast(a, b)
    # Names ending alike name one trait of two things ("Docker features", "K8S features"),
    # unless the ending is the topic their headings name ("methods for measuring sleep",
    # "neurotransmitters responsible for controlling sleep" in notes on sleep): then only the
    # topic is shared, and the lists hold things of two kinds.
    return (
        contrast(a, b)
        and _last_word_alike(x, y)
        and not _topic_ending(notes.by_id[a_id], notes.by_id[b_id])
    )


def _topic_ending(one: Fact, other: Fact) -> bool:
    """Whether the last word two English list names share is a heading above both lists: the
    topic of the notes, said after the names' own kinds ("methods for measuring sleep"). A
    CJK name ends in its kind ("一般环境", "具体环境" under "环境"): never a topic so."""
    words = one.subject.casefold().split()
    if script_of(one.subject) == "han" or len(words) < 2:
        return False
    ending = normalize(words[-1])
    above = [normalize(h) for h in one.section if h in other.section]
    return bool(ending) and any(ending in heading for heading in above)


def _last_word_alike(x: str, y: str) -> bool:
    """Whether two English list names end in one word ("Docker features", "K8S features"):
    an ending shared inside a word ("Medication", "sleep regulation") names no common trait.
    CJK names have no spaces to tell: their ending is taken as it is."""
    if script_of(x) == "han" or script_of(y) == "han":
        return True
    a, b = x.casefold().split(), y.casefold().split()
    return bool(a and b and a[-1] == b[-1])


def _antonyms(a: str, b: str) -> bool:
    """Whether two normalized names are one thing's opposite traits ("dockerpros", "dockercons")."""
    return any(
        left in a and right in b and a.replace(left, "") == b.replace(right, "")
        for x, y in ANTONYMS
        for left, right in ((x, y), (y, x))
    )


def same_kind(notes: Notes, answer: Pair, other: Pair) -> bool:
    """Whether ``other``'s term is of ``answer``'s kind: both members of kin lists, or both in
    no list, in one run of definitions (see :func:`_runs`), or two steps of one numbered
    series wherever each is defined ("第一正規化", "第二正規化": see
    :mod:`~examgen.questions.ordinals`)."""
    if ordinal_siblings(answer.term.text, other.term.text):
        return True
    mine, theirs = term_lists(notes, answer), term_lists(notes, other)
    if mine and theirs:
        return any(_kin_lists(notes, a, b) for a in mine for b in theirs)
    if mine or theirs:
        # A list's member beside a term of its heading: two levels of the outline.
        return False
    runs = _runs(notes)
    return runs.get(answer.fact.id, -1) == runs.get(other.fact.id, -2)


def _runs(notes: Notes) -> dict[str, int]:
    """Fact id -> the run of terms in no list it is in: definitions one after another under
    one heading, nothing else between them but their own lists ("Prometheus" and the list of
    its traits). Under one broad heading the notes define things of many kinds ("凯撒密码",
    "字典攻击", "Kerckhoff规则"), each where it is discussed; a run is the notes' own list of
    like things ("Fluentd", "Kafka", "Heapster" one per line). Worked out once per notes."""
    key = ("kin_runs", "")
    if key not in notes.memo:
        runs: dict[str, int] = {}
        run, section, own = 0, None, set()
        # Read for every fact: recorded as what decides the runs (whether a definition has a
        # pair; whether a list has its term, through term_lists), not as a read of each fact.
        pairs_of = plain(notes.pairs_of)
        before = None
        titles = _titles(plain(notes.facts))
        for position, fact in enumerate(plain(notes.facts)):
            pairs = pairs_of.get(fact.id, ())
            if fact.kind == "definition":
                note_key("kin_pair", fact.id)
            listed = fact.kind == "definition" and pairs and term_lists(notes, pairs[0])
            inner, before = _defined_inside(before, fact), fact
            if inner:
                # "atonia", named inside RBD's definition ("the loss of normal muscle
                # paralysis, or atonia"), is a part of what RBD is, not a disorder beside it:
                # a run of its own, and the run around it goes on.
                runs[fact.id] = -position - 1
            elif fact.kind == "definition" and pairs and not listed:
                heading = run_section(fact, titles[fact.source])
                if heading != section:
                    run, section, own = run + 1, heading, set()
                runs[fact.id] = run
                own.add(normalize(fact.subject))
            elif normalize(fact.subject) not in own:
                # Anything else between two definitions parts them.
                run, section, own = run + 1, None, set()
        notes.memo[key] = runs
    return notes.memo[key]  # type: ignore[return-value]


def run_section(fact: Fact, title: str | None = None) -> tuple[str, ...]:
    """The heading a definition's run is counted under: its parent's when the definition's
    own heading names its term ("#### Empty set" over "A set containing no elements") and
    that parent is a division of the notes, not their ``title`` (the heading every fact of
    the file is under). A heading per term, one after another under one division ("Set",
    "Empty set", "Universal set" under "Basic Definitions"), is the notes' own list of like
    things, as much as one definition per line is; terms each under a top heading of the
    file ("第二范式", "索引") are its topics, and a term defined under a heading about
    something else stays in that heading's run."""
    section = tuple(fact.section)
    parent = section[:-1]
    if parent and parent != (title,) and _names_term(section[-1], fact.subject):
        return parent
    return section


def _titles(facts: Sequence[Fact]) -> dict[str, str | None]:
    """Source -> the heading every fact of that file is under (its title), if there is one."""
    firsts: dict[str, set[str]] = {}
    for fact in facts:
        firsts.setdefault(fact.source, set()).add(fact.section[0] if fact.section else "")
    return {source: next(iter(f)) if len(f) == 1 else None for source, f in firsts.items()}


def _names_term(heading: str, term: str) -> bool:
    """Whether ``heading`` is ``term``'s own name ("#### Empty set" over the empty set's
    definition): not a heading naming two terms ("Experiment and Outcome"), whose terms are
    another run, of other things than the headings around it (sets)."""
    return normalize(heading) == normalize(term)


def _defined_inside(before: Fact | None, fact: Fact) -> bool:
    """Whether the definition ``fact`` is named inside the definition just before it, on the
    same line ("atonia" in "RBD is the loss of normal muscle paralysis, or atonia")."""
    if before is None or not (fact.kind == before.kind == "definition"):
        return False
    if fact.line != before.line or fact.source != before.source:
        return False
    # Their texts decide it: an edit of either may change the runs.
    note_key("by_id", before.id)
    note_key("by_id", fact.id)
    return mentions(before.text or "", fact.subject)


def kin_first(notes: Notes, answer: Pair, candidates: Sequence[Pair]) -> list[Pair]:
    """The ``candidates`` of ``answer``'s kind, in their order."""
    return [p for p in candidates if same_kind(notes, answer, p)]


def _pair_of(notes: Notes, origin: Origin, by_term: bool) -> Pair | None:
    for pair in notes.pairs_of.get(origin.fact, ()):
        entry = pair.term if by_term else pair.definition
        if entry.text == origin.text:
            return pair
    return None


def distractor_kind(draft: Draft, notes: Notes) -> str | None:
    """A definition question's wrong options are of the answer's kind (see
    :func:`same_kind`): a sibling's description, never one of a thing of another kind."""
    if draft.variety not in KIN_FORMS:
        return None
    by_term = draft.variety == "definition_to_term"
    right = next((o for o in draft.origins if o.correct), None)
    answer = _pair_of(notes, right, by_term) if right is not None else None
    if answer is None:
        return None
    for option in draft.origins:
        if option.correct:
            continue
        other = _pair_of(notes, option, by_term)
        if other is not None and not same_kind(notes, answer, other):
            return (
                f"“{option.text}” ({other.term.text}) is not of the kind of "
                f"“{answer.term.text}”: no sibling in its list or heading"
            )
    return None
