"""The recall budget of a card: which members it asks, and how a long answer is grouped."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Collection, Sequence

from examgen.cardtext import clean, display_width
from examgen.mathtext import math_spans
from examgen.model import Item

#: At most this many members are asked on one card.
MAX_MEMBERS = 7
#: A list over the budget is asked in groups of at most this many members (fewer than
#: :data:`MAX_MEMBERS`, so that a list that just outgrew one card splits 5 + 3, not 7 + 1).
GROUP_MEMBERS = 5
#: A group card of a long list shows, besides its own blanks, at most this many of the
#: other members as cues: those nearest its blanks in the notes' order (see
#: :func:`window`). Bounded so that a card's size does not grow with its list: showing
#: every member on every group card made a deck quadratic in a list's length.
GROUP_CONTEXT = 6
#: The members a group card shows as cues add up to at most this many columns (the nearest
#: to its blanks first): five sentences around one blank are a passage to read, not a cue.
CUE_COLUMNS = 120
#: A term's definition this wide or narrower is shown beside the term on a card explaining
#: its list of points (longer, it would be a passage; the card says "points listed" then).
DEFINITION_CUE_COLUMNS = 40
#: A member, step or cell wider than this (display columns: a Chinese character is two) is
#: too long to recall word for word: it is shown as context, never asked.
MAX_DELETION_COLUMNS = 60
#: What one card asks for adds up to at most this many columns (about 60 Chinese characters).
MAX_ANSWER_COLUMNS = 120


class Members:
    """A list's or sequence's members as its card rules read them, derived once per list
    (not once per rule that reads them): each member's text cleaned (:func:`clean`) and its
    display width as shown (:func:`display_width`, of the text as written), by position."""

    __slots__ = ("cleaned", "items", "widths")

    def __init__(self, items: Sequence[Item]) -> None:
        self.items = items
        texts = [item.text for item in items]
        self.cleaned: tuple[str, ...] = tuple(map(clean, texts))
        self.widths: tuple[int, ...] = tuple(map(display_width, texts))


def askable(text: str) -> bool:
    """Whether a member, step or cell is short enough to be asked (the recall budget)."""
    return 0 < display_width(text) <= MAX_DELETION_COLUMNS


# Clause punctuation inside a member (not at its end) makes it a sentence, not a name.
_CLAUSE_MARK = re.compile(r"[，,。；;！!？?]")


_TRAILING = "，,。；;！!？?.：: "


#: A member of this many words or more is a sentence, not a name or phrase.
SENTENCE_WORDS = 6


#: A member this wide or wider with clause punctuation inside is a sentence.
SENTENCE_COLUMNS = 20


_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")


# Memoized: a member is read by several rules per card build (two or three calls each on
# the bench corpora). Bounded, for a process that builds many decks.
@functools.lru_cache(maxsize=1 << 16)
def is_sentence(text: str) -> bool:
    """Whether a member is a whole sentence ("数据永远只会插入，没有更新与删除"), not a
    short name or phrase: a cloze blanking it would ask which sentence is missing."""
    text = text.strip().rstrip(_TRAILING)
    if "$" in text or "\\" in text:  # a formula's commas are no clause marks
        spans = math_spans(text)
        for start, end in reversed(spans):
            text = text[:start] + "x" + text[end:]
    # "共享,双向传播" lists two short words; a clause is longer than that.
    clauses = _CLAUSE_MARK.search(text) and display_width(text) >= SENTENCE_COLUMNS
    return bool(clauses) or len(text.split()) >= SENTENCE_WORDS


# A member saying something rather than naming it: a condition ("如果min_id < …"), a
# verb-led account ("采用Label来建立Service和Pod之间的关系"), or a clause judging something
# after a comma ("插件化,灵活度不高").
_CONDITION = re.compile(r"^(?:如果|假如|若|当|if\s)", re.IGNORECASE)
_VERB_LED = re.compile(r"^(?:采用|採用|通过|通過|利用|借助|使用|把|将|將)")
_JUDGED = re.compile(r"[，,；;](?=[^，,；;]*(?:不|没|沒|无法|無法|很|较|較|太|可以|能够|能夠))")
#: A verb-led member this wide or wider is an account, not a name.
ACCOUNT_COLUMNS = 20
# A member saying what something can do, how it compares or what it is set to
# ("多个容器可以共享数据卷", "增删节点时B+树效率更高", "数据卷不受存储驱动程序控制", "ports can
# be bundled", "RPC set to 0"): a predicate, so the member is a claim, not a name. 更 only as
# a comparative that ends the clause: "更快的启动速度" (an advantage's name) and 更新 are
# no claims.
_ZH_PREDICATE = re.compile(
    r"可以|能够|能夠|不受|无需|無需|不会|不會|一并|一併|可将|可將"
    r"|更(?:高|低|快|慢|好|差|多|少|大|小|强|強|弱|易|难|難|简单|簡單|容易|安全|稳定|穩定)(?!的)"
)
_EN_PREDICATE = re.compile(
    r"\b(?:can(?:not)?|can't|will|must|should|may)\s+\w"
    # "RPC set to 0", "the root is elected": a verb after the subject states something
    r"|\S\s+(?:is|are|was|were|becomes?|set\s+to)\s+\S",
    re.IGNORECASE,
)
#: A member with a predicate this wide or wider is a claim (a shorter one may be a name).
CLAIM_COLUMNS = 12


# Memoized: a member is read by several rules per card build (two or three calls each on
# the bench corpora). Bounded, for a process that builds many decks.
@functools.lru_cache(maxsize=1 << 16)
def is_claim(text: str) -> bool:
    """Whether a short member states a claim rather than a name (see the patterns above):
    shorter than a sentence (:func:`is_sentence`), it is still recalled word for word only
    by rote, so it is shown, not blanked."""
    text = clean(text).strip().rstrip(_TRAILING)
    return bool(
        _CONDITION.match(text)
        or _JUDGED.search(text)
        or (_VERB_LED.match(text) and display_width(text) >= ACCOUNT_COLUMNS)
        or (
            display_width(text) >= CLAIM_COLUMNS
            and bool(_ZH_PREDICATE.search(text) or _EN_PREDICATE.search(text))
        )
    )


def asked_members(
    items: Sequence[Item], around: Sequence[str] = (), members: Members | None = None
) -> list[bool]:
    """Which members of a list or sequence are asked (blanked), by position.

    A member is asked when it is short enough to recall (:func:`askable`), a name or phrase
    rather than a sentence (:func:`is_sentence`), not three names or more joined by slashes,
    and, if a single character (too short for
    the :class:`Hider` to hide), seen nowhere else on its card: "N" in "每N个事务" would
    give its own blank away. When half the members (of three or more) are sentences or
    claims, the list states things: only a short name among them (no comma, no 、) is still asked.
    ``around``: the card's other text (subject, headings); ``members``: the items' record
    (:class:`Members`), when the caller has it.
    """
    texts = members.cleaned if members is not None else [clean(item.text) for item in items]
    short = [len(t) < 2 for t in texts]
    if any(short):  # one pass over the card's text: characters, and Latin words whole
        seen: Counter[str] = Counter()
        every = [*texts, *(clean(item.gloss) for item in items), *around, str(len(items))]
        for text in every:
            seen.update(text.casefold())
        latin = Counter(w for t in every for w in _LATIN_WORD.findall(t.casefold()))
    out = []
    stated = 0  # members that state rather than name (read once per member, not twice)
    for text, tiny in zip(texts, short, strict=True):
        states = not askable(text) or is_sentence(text) or is_claim(text)
        stated += states
        # Names joined by slashes: three or more ("Kubernetes/Mesos/Swarm") are three
        # answers, and one blank cannot say in which form or order they are expected (two
        # are a pair: Active/Passive).
        ok = not states and text.count("/") < 2
        if ok and tiny:
            key = text.casefold()
            ok = (latin[key] if _LATIN_WORD.fullmatch(key) else seen[key]) <= 1
        out.append(ok)
    # A list whose members are mostly sentences is a list of statements ("cgroup通过中间结构
    # task_struct与任务关联" among clauses): its wider members, and those joining parts with
    # a comma or 、 ("高内聚,低耦合"), are clauses too, and a blank among them asks which
    # statement is missing; a short name ("Root port") is still asked.
    if len(out) >= 3 and 2 * stated >= len(out):  # two members: one shown, one asked
        out = [
            ok
            and display_width(t) < STATEMENT_COLUMNS
            and bool(_NAME_AMONG_STATEMENTS.fullmatch(t))
            for ok, t in zip(out, texts, strict=True)
        ]
    return out


# A short name with no clause or enumeration mark: among statements, still a name.
_NAME_AMONG_STATEMENTS = re.compile(r"[^，,、；;。]+")
#: Among statements, a member this wide or wider is a clause, not a name.
STATEMENT_COLUMNS = 20


# "从数据结构角度", "按模式", "根据锁粒度": a way of dividing the subject (a facet), not a
# member of it.
_FACET = re.compile(r"^(?:从.{1,12}角度|(?:按照?|根据|依据).{1,10}(?:来分|划分|分类|分)?)$")
# The first characters of every match of ``_FACET``.
_FACET_OPENINGS = frozenset("从按根依")
# A claim's copula ("FD是One To One的關係", "X is Y") not at its start.
_COPULA = re.compile(r".(?:是(?!否)|为|為|\s(?:is|are)\s)")


def is_facet(text: str) -> bool:
    """Whether a member is a way of dividing its list's subject ("从数据结构角度")."""
    text = clean(text)
    # Only a text opening as a facet does (从, 按, 根据, 依据) can be one: most members are
    # told by their first character, without the pattern.
    return text[:1] in _FACET_OPENINGS and bool(_FACET.match(text))


def structure(
    items: Sequence[Item], subject: str, head: str, members: Members | None = None
) -> list[bool]:
    """Which members are the list's structure rather than its members, by position: never
    blanked, since no learner recalls them as members (README "The cards").

    * a group header flattened into the list ("低階Normalization" and "高階Normalization"
      among the normal forms of "Normalization類型"): a short member that ends with the
      ``head`` of a ``subject`` naming a relation (its kinds, its types), when fewer than
      half the members do (when most do, they are the subject's kinds, and asked);
    * a facet ("从数据结构角度"): a way of dividing the subject;
    * a claim among sentences: when at least half of the other members are sentences, a
      member stating something ("FD是One To One的關係") is one of them, and blanking it
      would ask which claim is missing.

    ``members``: the items' record (:class:`Members`), when the caller has it.
    """
    members = Members(items) if members is None else members
    texts = members.cleaned
    among = among_sentences(texts)
    headers = group_headers(items, subject, head, members)
    out = []
    for position, text in enumerate(texts):
        claim = among[position] and bool(_COPULA.search(text))
        out.append(headers[position] or is_facet(text) or claim)
    return out


def group_headers(
    items: Sequence[Item], subject: str, head: str, members: Members | None = None
) -> list[bool]:
    """Which members are group headers flattened into the list (see :func:`structure`):
    never blanked, and not counted among its members ("8項" over six normal forms).
    ``members``: the items' record (:class:`Members`), when the caller has it."""
    key = head.casefold().strip()
    if len(key) < 2 or key == subject.casefold().strip():
        return [False] * len(items)  # no head to end on: no member is a header
    texts = members.cleaned if members is not None else [clean(item.text) for item in items]
    # One casefold of all members (casefold maps each character on its own, so the joined
    # text folds as its parts do): when none holds the head, none ends with it.
    if key not in "\x1f".join(texts).casefold():
        return [False] * len(texts)
    named = [
        (folded := t.casefold()) != key and folded.endswith(key) and display_width(t) <= 30
        for t in texts
    ]
    headers = 2 * sum(named) < len(texts)
    return [headers and flag for flag in named]


# An ordinal or a number inside a member ("第三正規化型式", "Stage 3", "3NF").
_ORDINAL = re.compile(r"第?[一二三四五六七八九十]+(?=[^一二三四五六七八九十])|\d+")
# What every match of ``_ORDINAL`` holds.
_ORDINAL_CHAR = re.compile(r"[一二三四五六七八九十\d]")


def ordinal_series(texts: Sequence[str], cleaned: Sequence[str] | None = None) -> list[bool]:
    """Which members belong to a series that differs only by an ordinal (第一…第五正規化型式):
    three members or more with the same words around it (two, when the ordinal ends them:
    "N1", "N2"). Blanking one gives its answer away,
    since its neighbours spell all of it but the ordinal, and the ordinal follows from theirs.
    ``cleaned``: the texts cleaned (:attr:`Members.cleaned`), when the caller has them."""
    cleaned = [clean(t) for t in texts] if cleaned is None else cleaned
    if _ORDINAL_CHAR.search("\x1f".join(cleaned)) is None:
        # Most lists: no member holds a digit or a numeral, so none is framed (one search
        # of all members instead of a substitution per member).
        return [False] * len(cleaned)
    frames = [_ORDINAL.sub("#", text, count=1) for text in cleaned]
    framed = [
        frame if frame != text and frame != "#" else ""
        for frame, text in zip(frames, cleaned, strict=True)
    ]
    shown = [f for f in framed if f]
    if len(set(shown)) == len(shown):
        # Most lists: no two members share a frame (the numbers of "Stage 1" and "Port 12"
        # frame different words), so none is in a series, and there is nothing to count.
        return [False] * len(framed)
    counts = Counter(shown)
    # Two members with a counter suffix ("N1", "N2"; "Stage 1", "Stage 2") are a series
    # already: the one shown spells the other but for the next number.
    return [bool(frame) and counts[frame] >= (2 if frame.endswith("#") else 3) for frame in framed]


# "Non-trivial" of "Trivial", "非主键" of "主键": a member that is another one negated.
_NEGATION = re.compile(r"^(?:non[-\s]?|not[-\s]|un-|非|不)", re.IGNORECASE)
# The same at the start of any of the keys joined by "\x1f" (:func:`negated_pairs`).
_NEGATED_KEY = re.compile(r"(?:^|\x1f)" + _NEGATION.pattern[1:], re.IGNORECASE)


def negated_pairs(texts: Sequence[str], cleaned: Sequence[str] | None = None) -> list[bool]:
    """Which members are one of a pair X / non-X ("Trivial", "Non-trivial"): the card asking
    X still shows "Non-[...]", and the one asking non-X shows X beside its blank, so a
    one-blank card of either asks nothing the other member has not said. ``cleaned``: the
    texts cleaned (:attr:`Members.cleaned`), when the caller has them."""
    cleaned = [clean(t) for t in texts] if cleaned is None else cleaned
    keys = [" ".join(text.casefold().split()) for text in cleaned]
    # Keys hold no "\x1f" (``split`` takes it for a space): one search of them all finds
    # whether any begins negated; most lists have none, and then no pair.
    if _NEGATED_KEY.search("\x1f".join(keys)) is None:
        return [False] * len(keys)
    bares = [_NEGATION.sub("", key, count=1) for key in keys]
    plain = set(keys)
    # A negated member whose other half is in the list, and that other half.
    paired = {bare for key, bare in zip(keys, bares, strict=True) if bare != key and bare in plain}
    return [
        key in paired or (bare != key and bare in plain)
        for key, bare in zip(keys, bares, strict=True)
    ]


def among_sentences(texts: Sequence[str]) -> list[bool]:
    """For each text, whether at least half of the others are sentences: then it is one
    step of an account ("SW2 will do the same" after three sentences of what SW3 and SW4
    do), not a name to recall."""
    sentences = [is_sentence(t) for t in texts]
    total = sum(sentences)
    others = len(texts) - 1
    return [others > 0 and 2 * (total - said) >= others for said in sentences]


def told_steps(texts: Sequence[str]) -> list[bool]:
    """For each step of a sequence, whether it is told, not named: every other step is a
    sentence and it is a clause itself (three words or more, or 8 Chinese characters):
    "SW2 will do the same" after three sentences of what the other switches do. Blanking
    it would ask which sentence is missing. A short name among sentences is still asked."""
    sentences = [is_sentence(t) for t in texts]
    total = sum(sentences)
    return [
        len(texts) > 1
        and total - said == len(texts) - 1
        and (len(t.split()) >= 3 or display_width(t) >= 16)
        for t, said in zip(texts, sentences, strict=True)
    ]


def groups(widths: Sequence[int]) -> list[list[int]]:
    """Positions of asked answers cut into consecutive groups within the recall budget.

    As few groups as the budget allows, as even as possible: 9 members give 5 + 4, not 7 + 2.
    """
    total = sum(widths)
    count = max(1, math.ceil(len(widths) / MAX_MEMBERS), math.ceil(total / MAX_ANSWER_COLUMNS))
    size = math.ceil(len(widths) / count)
    out: list[list[int]] = []
    for position, width in enumerate(widths):
        if (
            not out
            or len(out[-1]) >= size
            or sum(widths[p] for p in out[-1]) + width > MAX_ANSWER_COLUMNS
        ):
            out.append([])
        out[-1].append(position)
    return out


def stable_groups(widths: Sequence[int]) -> list[list[int]]:
    """Indexes of a list's asked answers, given oldest member first, cut into groups.

    One group when the whole list fits the recall budget. Otherwise groups are filled in
    the order given, each up to :data:`GROUP_MEMBERS` members and the column budget: a
    member first seen later (a higher cloze number) joins the last group or opens a new
    one, and no member moves to another group's note (unlike :func:`groups`, whose even
    split reshuffles when a list grows) — but for the one a lone last group borrows.

    A last group of one member ("Part 2 of 2: fill in the 1 blank" after five) takes the
    previous group's last member (5 + 1 -> 4 + 2, 3 + 1 -> 2 + 2): one blank among a whole
    list of shown members asks little and reads as an afterthought. The trade: no rule
    can both keep every member in its group as the list grows and never leave a lone one
    (the member that opens a new group is alone in it), so the groups are decided from the
    list alone (its size and widths, oldest first; the same list always gives the same
    groups), and the promise holds for every group but the last two: a growing list moves
    at most one member, the borrowed one, back to its own group when a second member
    joins the last (4 + 2 -> 5 + 2), never an older group's member.
    """
    if len(widths) <= MAX_MEMBERS and sum(widths) <= MAX_ANSWER_COLUMNS:
        return [list(range(len(widths)))]
    out: list[list[int]] = []
    used = 0
    for index, width in enumerate(widths):
        if not out or len(out[-1]) >= GROUP_MEMBERS or used + width > MAX_ANSWER_COLUMNS:
            out.append([])
            used = 0
        out[-1].append(index)
        used += width
    # A pair always fits the column budget (an asked member is at most half of it), and
    # the previous group keeps two members or more.
    if len(out) > 1 and len(out[-1]) == 1 and len(out[-2]) > 2:
        out[-1].insert(0, out[-2].pop())
    return out


def grouped_kind(kind: str, index: int) -> str:
    """The card kind of group ``index`` (0-based): the first keeps the fact's own kind, so
    a note made before groups existed is updated, not orphaned."""
    return kind if index == 0 else f"{kind}#{index + 1}"


def window(count: int, wanted: Collection[int], limit: int = GROUP_CONTEXT) -> list[int]:
    """Positions (1-based, in order) of the members a group card shows besides its own
    blanks ``wanted``, out of ``count``: the ``limit`` nearest a blank in the notes' order
    (an earlier one first on a tie). Time in the group's size and ``limit``, not the list's.
    """
    if not wanted or limit <= 0:
        return []
    chosen: set[int] = set()
    distance = 1
    # Ring by ring outwards from every blank: the nearest members first.
    while len(chosen) < limit and distance < count:
        ring = sorted(
            {p + step for p in wanted for step in (-distance, distance)} - set(wanted) - chosen
        )
        ring = [p for p in ring if 1 <= p <= count]
        chosen.update(ring[: limit - len(chosen)])
        distance += 1
    return sorted(chosen)


def within_cue_budget(widths: Sequence[int], wanted: Collection[int], cues: Sequence[int]):
    """The cues (1-based positions of shown members, ``widths`` by position - 1) a group card
    keeps: the nearest to a blank in ``wanted`` first (an earlier one on a tie), while they
    add up to :data:`CUE_COLUMNS`; in the notes' order."""
    nearest = sorted(cues, key=lambda p: (min(abs(p - w) for w in wanted), p))
    kept: list[int] = []
    used = 0
    for position in nearest:
        used += widths[position - 1]
        if used > CUE_COLUMNS:
            break
        kept.append(position)
    return sorted(kept)


def cues_over_budget(widths: Sequence[int], asked_widths: Sequence[int]) -> bool:
    """Whether a one-blank cloze card of a list would show more than :data:`CUE_COLUMNS` of
    other members around its blank (every member but the narrowest asked one): the list is
    then asked by its group card only, whose cues are bounded (:func:`within_cue_budget`).
    ``widths``: every member's (:attr:`Members.widths`)."""
    total = sum(widths)
    return bool(asked_widths) and total - min(asked_widths) > CUE_COLUMNS


def phrases_over_budget(widths: Sequence[int], asked_widths: Sequence[int]) -> bool:
    """Whether a list is over the recall budget as a whole and its asked members are
    descriptive phrases (wider than :data:`SENTENCE_COLUMNS` on average, 微服务概念's
    "服务能够独立构建、独立部署、独立拓展"), not names: its group card asks them, and a
    one-blank card per phrase would ask which long phrase is missing among the others.
    ``widths``: every member's (:attr:`Members.widths`)."""
    total = sum(widths)
    return total > MAX_ANSWER_COLUMNS and sum(asked_widths) > SENTENCE_COLUMNS * len(asked_widths)
