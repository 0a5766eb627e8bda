"""Item rules on a list question's options: every option of the answer's kind.

A member's wrong options come from other lists; they must look like members of the list asked
("which belongs to Docker优点" offers other advantages' opposites, not BPDU fields), have the
shape of the answer (no statement beside short names, no alias in brackets on the answers
alone) and come from a list of the same kind of thing (no scheduling types among use cases).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from examgen.model import Fact
from examgen.questions.categories import (
    KIND_GROUPS,
    contrast,
    generic,
    judgement,
    kinds_of,
    name_head,
)
from examgen.questions.cues import tokens
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.outline import outline_apart, shared_ending
from examgen.questions.text import clean, normalize, script_of
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


#: The kind group of lists of properties ("特点", "features"), see :data:`KIND_GROUPS`.
FEATURES = next(i for i, group in enumerate(KIND_GROUPS) if "特点" in group)


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
        # Whatever its name, a list the asked one hangs under (or hangs under it), or one
        # under another parent, holds headings or things of another slot ("个人习惯" beside
        # "指纹"; "速度较快" of "MAC的特点" as one of "个人的特质").
        apart = outline_apart(notes, home.id, option.fact) if option.fact in notes.by_id else ""
        if apart:
            return f"“{option.text}” is from “{notes.by_id[option.fact].subject}”: {apart}"
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
        if kinds and not kinds & kinds_of(source.subject) and not one_thing(home, source):
            return f"“{option.text}” is from “{source.subject}”, not a kind of “{home.subject}”"
        if kinds and not kin(home, source):
            return (
                f"“{option.text}” is from “{source.subject}”, another subject sharing only "
                f"the kind word with “{home.subject}”"
            )
        # A property ("动态性", of "计算机安全特点") is no thing among things ("SSL/TLS的两层").
        if not kinds and FEATURES in kinds_of(source.subject):
            return f"“{option.text}” is a property from “{source.subject}”, not a thing"
        # A name no kind group knows ("网络方案", "CGroups 作用") says what its members are
        # only by its head word: a wrong option comes from a sibling list named by the same
        # head ("存储方案"), or the question is not asked (node, master are no network models).
        if not kinds and not sibling(notes, home.id, source.id):
            return (
                f"“{option.text}” is from “{source.subject}”, neither named by the same word "
                f"as “{home.subject}” nor holding members of its shape"
            )
    return None


#: Members this many times wider (median against median) are of another length class.
WIDTH_CLASS = 2.0
#: The fewest columns a median is taken as (short names vary a lot).
MIN_CLASS_WIDTH = 4


def _case(text: str) -> str:
    """How a Latin name is written: an acronym ("CNM"), capitalized ("Webhook",
    "AlwaysDeny"), lowercase ("node"); "" for other texts."""
    text = text.strip()
    if script_of(text) != "latin":
        return ""
    if re.fullmatch(r"[A-Z][A-Z0-9]{1,5}s?", text):
        return "acronym"
    return "capitalized" if text[:1].isupper() else "lowercase"


def _cased_alike(mine: list[str], theirs: list[str]) -> bool:
    """Whether the way most of ``theirs`` is written is one of ``mine``'s: lowercase words
    ("node", "master") are of another kind beside acronyms ("CNM", "CNI")."""
    cases = [_case(t) for t in theirs]
    # Sorted first: a tie must not fall to set order, which changes with the hash seed.
    main = max(sorted(set(cases)), key=cases.count)
    return not main or main in {_case(t) for t in mine}


def _median_width(texts: list[str]) -> int:
    widths = sorted(display_width(t) for t in texts)
    return max(widths[len(widths) // 2], MIN_CLASS_WIDTH)


def sibling(notes: Notes, home: str, other: str) -> bool:
    """Whether the list ``other`` is a sibling of the list ``home`` whose name has no kind
    group: named by the same head word ("存储方案" by "网络方案"), or holding members of the
    same shape: the same length class, written alike (no lowercase "node" beside acronyms
    only), and an ending all of one list's members share ("调度") shared by the other's.
    Either way the members are of one length class: names beside sentences ("特定场景调度"
    among how "全链路监控 机制" makes its IDs) are of another kind, whatever the head word."""
    mine = [e.text for e in notes.members_of.get(home, ())]
    theirs = [e.text for e in notes.members_of.get(other, ())]
    if not mine or not theirs:
        return False
    a, b = _median_width(mine), _median_width(theirs)
    if max(a, b) > WIDTH_CLASS * min(a, b):
        return False
    head, theirs_head = name_head(notes.by_id[home].subject), name_head(notes.by_id[other].subject)
    if (head and head == theirs_head) or one_thing(notes.by_id[home], notes.by_id[other]):
        return True
    if head and theirs_head and kinds_of(notes.by_id[other].subject):
        # "存储卷 类型", "Docker三要素" name their members' kind, and it is not this list's
        # ("master 运行各类关键进程", "主流云平台"): EmptyDir is no process, whatever its shape.
        return False
    if head and script_of(head) == "latin":
        # "effects of Sedative hypnotics" names its members' kind: a list naming another
        # ("regions", or none: "hyperactivity in Insomniacs" lists brain regions) is no sibling.
        return False
    if not neighbours(notes.by_id[home].section, notes.by_id[other].section):
        # Shape alone does not make a kind: "读锁" (LBCC), "B+树" (索引) and "脏读" (事务) are
        # all short CJK names, from three chapters. Lists of one kind the notes name by no
        # common word stand near each other.
        return False
    if not _cased_alike(mine, theirs):
        return False
    return shared_ending([normalize(t) for t in mine]) == shared_ending(
        [normalize(t) for t in theirs]
    )


def _thing(subject: str) -> str:
    """The thing an English list's name sorts, the word before its head word ("port" of
    "Port roles" and of "RSTP Port types"); "" when there is none."""
    head = name_head(subject)
    words = [w.casefold().rstrip("s") for w in re.findall(r"[A-Za-z][\w-]*", subject)]
    if not head or script_of(head) != "latin" or len(words) < 2:
        return ""
    if head.rstrip("s") not in words[1:]:
        return ""
    return words[words.index(head.rstrip("s")) - 1]


def one_thing(a: Fact, b: Fact) -> bool:
    """Whether two lists sort one thing two ways under one heading above ("Port roles" and
    "RSTP Port types" under "RSTP"): a role offered as a type is the confusion a teacher
    asks about, not a thing of another kind."""
    thing = _thing(a.subject)
    return bool(thing) and thing == _thing(b.subject) and a.section[:-1] == b.section[:-1]


def neighbours(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two headings paths are one neighbourhood of the outline: the same heading, or
    two headings of one level under one parent that is itself under a heading (two chapters
    under the notes' title are not). A list under a subheading is of another level: the
    "hyperactivity in Insomniacs" (brain regions) under "sleep disorders" › "insomnia" are
    no disorders."""
    a, b = tuple(a), tuple(b)
    if a == b:
        return True
    return len(a) == len(b) >= 3 and a[:-1] == b[:-1]


#: The first word of a Latin name, a camel-cased one cut at its second capital.
_FIRST_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: A first word this long names something ("Docker", "kube"); "a", "IP" do not.
MIN_LATIN_HEAD = 4


def _heads(text: str) -> set[str]:
    """The words that name what a short option is: a CJK name's first and last two
    characters ("服务治理", "联合索引"), an identifier's parts ("DB_TRX_ID")."""
    key = normalize(text)
    if script_of(text) == "han":
        return {key[:2], key[-2:]} if len(key) >= 3 else set()
    if "_" in text:
        return {p.casefold() for p in text.split("_") if len(p) >= 2}
    # A Latin name's first word, or the first part of a camel-cased one: "Docker" of
    # "Docker Images" and "DockerFile" (one product's parts beside another's).
    first = _FIRST_WORD.match(text.strip())
    return {first.group(0).casefold()} if first and len(first.group(0)) >= MIN_LATIN_HEAD else set()


#: Wrong options that all end in one word the key lacks, at least this many, set the key
#: apart ("Root Port", "Backup Port", "Alternate Port" beside "Non-Edge"); two alike ("Etcd
#: Server", "API Server") among other names are common enough.
MIN_ALIKE_WRONG = 3


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].casefold() if len(words) >= 2 and words[-1].isalpha() else ""


def option_block(draft: Draft, notes: Notes) -> str | None:
    """No two wrong options share a head word that no answer has ("服务治理", "服务监控"
    beside "任务控制"; "联合索引", "全文索引" beside isolation levels): they are things of
    another kind, and the student strikes them together. Nor do the answers of a select-all
    alone end alike ("综合性", "动态性" beside "指纹") or open with one Latin name ("Docker
    Images", "DockerFile" beside "node"; a Latin name's first word is a head as well)."""
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
    # Nor do the wrong options all end in a word no answer has ("Port" of "Root Port",
    # "Backup Port", "Alternate Port" beside "Non-Edge"): the key is the odd one out.
    ends = {_last_word(t) for t in wrong}
    if len(wrong) >= MIN_ALIKE_WRONG and len(ends) == 1 and "" not in ends:
        (end,) = ends
        if not any(_last_word(t) == end for t in right):
            return f"every wrong option ends in “{end}”, which no answer does"
    # Nor do they alone open with one Latin name ("Docker Images", "DockerFile" beside
    # "node", "master"): the student picks the family.
    if len(right) >= 2:
        shared = set.intersection(*(_heads(t) for t in right))
        for head in sorted(shared):
            if script_of(head) == "latin" and not any(head in normalize(t) for t in wrong):
                return f"only the answers open with “{head}”"
    return None


def kin(home: Fact, other: Fact) -> bool:
    """Whether two lists named by one kind are of one subject: in one chapter of one file,
    a contrasting pair, or named after a shared topic ("存储卷类型", "存储卷挂载方式"). A kind
    word alone ("存储卷类型" and "Address kinds", 类型 ≈ kinds) makes the other list's members
    things a student strikes out without study."""
    if home.source == other.source and home.chapter == other.chapter:
        return True
    a, b = normalize(home.subject), normalize(other.subject)
    if contrast(a, b):
        return True
    return bool(tokens(_topic(home.subject)) & tokens(_topic(other.subject)))


def _topic(subject: str) -> str:
    """A list's name without its kind word ("存储卷类型" -> "存储卷", "Address kinds" ->
    "Address")."""
    head = name_head(subject)
    lowered = clean(subject).casefold()
    return lowered.replace(head, " ") if head else lowered


def same_kind_lists(notes: Notes, home: str, lists: Iterable[str]) -> frozenset[str]:
    """The ids among ``lists`` named by the same kind as the list ``home`` (both "场景"), or,
    when its name has no kind group, its siblings (:func:`sibling`), at its level of the
    outline (:func:`~examgen.questions.outline.outline_apart`): the wrong options
    :func:`option_kinds` accepts, preferred when drawing them."""
    subject = notes.by_id[home].subject
    kinds = kinds_of(subject)
    level = [i for i in set(lists) if not outline_apart(notes, home, i)]
    if not kinds:
        return frozenset(i for i in level if sibling(notes, home, i))
    home_fact = notes.by_id[home]
    return frozenset(
        i
        for i in level
        if kinds & kinds_of(notes.by_id[i].subject) and kin(home_fact, notes.by_id[i])
    )


def trait_terms(draft: Draft, notes: Notes) -> str | None:
    """A member of a list of advantages or disadvantages ("1 flow per link" under
    "EtherChannels Cons") is a trait, not a term: no question asks it among terms, nor asks
    its gloss among other terms' definitions."""
    # A claim too: "“1 flow per link” means: the link bundle" asks a trait as a term.
    asked = ("definition_to_term", "blank_term", "term_to_definition", "claim_definition")
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
