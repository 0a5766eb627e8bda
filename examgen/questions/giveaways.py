"""The rule over a whole paper: no question gives away another's answer.

Registered as :data:`~examgen.questions.rules.PAPER_RULE`; the selection asks it of each
question against those already placed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from examgen.questions.cues import singular
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.spent import mirrored, spends
from examgen.questions.text import normalize

_CHOICES = ("single_choice", "multiple_choice")

#: The rule over a paper: no question answers another.
PAPER_RULE = "answers_another"


def _pair_keys(draft: Draft) -> set[str]:
    return {k for pair in draft.reveals for k in map(normalize, pair) if len(k) >= 2}


def _ask_keys(draft: Draft) -> set[str]:
    return {k for k in map(normalize, draft.asks) if len(k) >= 2}


def _printed_keys(draft: Draft) -> set[str]:
    """Every text the question prints: its options, left-hand items and the notes' texts in
    its stem."""
    q = draft.question
    texts = (*(o.text for o in q.options), *q.stems, *draft.stem_texts)
    return {k for k in map(normalize, texts) if len(k) >= 2}


#: Questions that ask the student to recall texts: printing them anywhere else gives them
#: away. (A fill-in's term among another question's options does not say what it means, so
#: only a pair showing it counts for a fill-in.)
_RECALL = ("short_answer",)
#: A clue this long that is part of another question's revealed text is half answered by it
#: ("正在处理用户请求的节点" inside "正在处理用户请求的节点的上一个节点").
MIN_CONTAINED = 6


def _said_in(key: str, texts: Iterable[str]) -> bool:
    """Whether the asked text ``key`` is printed inside one of ``texts``: a Latin key as whole
    words ("node" in "node 运行的进程", not in "nodes"), a CJK key as it stands ("B+树" in
    "B+树索引")."""
    key = key.strip()
    if len(key) < 2:
        return False
    if key.isascii():
        pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(key)}(?![A-Za-z0-9])", re.IGNORECASE)
        # Another form of the same words gives it away too: "sleep spindle" prints the key
        # "Sleep spindles".
        forms = _word_forms(key)
        return any(
            pattern.search(t) or (forms and f" {forms}" in f" {_word_forms(t)}") for t in texts
        )
    folded = key.casefold()
    return any(folded in t.casefold() for t in texts)


_WORD = re.compile(r"[A-Za-z0-9]+")


def _word_forms(text: str) -> str:
    """``text``'s words in one case and the singular, each closed by a space, so that one
    text's words found in another's are whole words: "ripple burst " of "Ripple bursts" (not
    "hook" in "hooked": another word)."""
    return "".join(f"{singular(w.casefold())} " for w in _WORD.findall(text))


def _contains_key_of(a: Draft, b: Draft) -> bool:
    """Whether ``a`` prints inside its texts what ``b`` asks to recall: a short answer's
    members in another's title, stem or options ("master" of "核心组件" in the matching
    "master 运行各类关键进程"); a fill-in's key in another's title or stem (a term among
    options says nothing of what it means, so options do not count for a fill-in)."""
    q = a.question
    if b.question.type in _RECALL:
        texts = (q.prompt, *(o.text for o in q.options), *q.stems, *a.stem_texts)
    elif b.question.type == "fill_blank":
        texts = (q.prompt, *a.stem_texts)
    elif b.variety == "select_members":
        # The members of a select-all inside another's longer options ("B+树" of "索引的数据
        # 结构" in "B+树索引" of "索引类型（从数据结构角度）"): the two ask one thing.
        keys = {normalize(k) for k in b.asks}
        longer = [o.text for o in q.options if normalize(o.text) not in keys]
        return any(_said_in(key, longer) for key in b.asks)
    else:
        return False
    return any(_said_in(key, texts) for key in b.asks)


def _offers_key_of(a: Draft, b: Draft) -> bool:
    """Whether a choice question ``a`` offers ``b``'s key as a wrong option."""
    if a.question.type not in _CHOICES:
        return False
    wrong = {normalize(o.text) for o in a.question.options if not o.correct}
    return bool(wrong & _ask_keys(b))


#: The forms that ask which things belong to a list: a key of one offered by another as a
#: candidate member of its own list says which list it is in.
_MEMBER_FORMS = ("belongs", "select_members", "not_belongs")
#: The forms that pair terms with definitions.
_DEFINITION_FORMS = ("definition_to_term", "term_to_definition")


def _offered(draft: Draft) -> set[str]:
    return {normalize(o.text) for o in draft.question.options}


def _keys(draft: Draft) -> set[str]:
    return {k for k in (normalize(o.text) for o in draft.question.options if o.correct) if k}


def _partners(draft: Draft) -> set[str]:
    """A definition question's key with what the notes pair it with: the term and its
    definition ("x" and "the original set of features")."""
    keys = _keys(draft)
    found = set(keys)
    for pair in draft.reveals:
        sides = {normalize(t) for t in pair}
        if keys & sides:
            found |= sides
    return {k for k in found if len(k) >= 2}


def _shows_key_of(a: Draft, b: Draft) -> bool:
    """Whether ``a`` shows what ``b`` keys: a list question offering the key of another list
    question ("Webhook", a key of "which are 授权机制模式", offered for "which is
    用户认证机制": the student of one learns which list it is in); or two definition
    questions each offering the other's pair (x's description offered for φ beside "which
    is described as the original set of features", whose options hold φ)."""
    if a.variety in _MEMBER_FORMS and b.variety in _MEMBER_FORMS:
        wrong = {normalize(o.text) for o in a.question.options if not o.correct}
        return bool(wrong & {k for k in _keys(b) if len(k) >= 2})
    if a.variety in _DEFINITION_FORMS and b.variety in _DEFINITION_FORMS:
        return bool(_partners(b) & _offered(a)) and bool(_partners(a) & _offered(b))
    return False


#: Options two choice questions may share: past it they are one pool of options asked
#: twice ("kube-proxy" and "docker engine", each among the other node processes' glosses).
MAX_SHARED_OPTIONS = 1


def _shares_options(a: Draft, b: Draft) -> bool:
    """Whether two choice questions offer one pool of options: more than
    :data:`MAX_SHARED_OPTIONS` texts in common, or one offering the other's key as a wrong
    option (knowing the other's answer strikes it)."""
    if a.question.type not in _CHOICES or b.question.type not in _CHOICES:
        return False
    shared = {k for k in _offered(a) & _offered(b) if len(k) >= 2}
    return len(shared) > MAX_SHARED_OPTIONS or _offers_key_of(a, b)


def _states_option_of(a: Draft, b: Draft) -> bool:
    """Whether the statement ``a`` ("“subsystem”指的是：资源调度控制器", true or false) prints
    a term or a gloss that the definition choice ``b`` offers: the student of the one learns
    whose gloss an option of the other is, in whichever order they stand on the paper."""
    if a.variety != "claim_definition" or b.variety not in _DEFINITION_FORMS or not a.reveals:
        return False
    stated = {k for k in map(normalize, a.stem_texts[:2]) if len(k) >= 2}
    return bool(stated & _offered(b))


#: The forms that ask the term of a clue they print: "which is described as …", a fill-in.
_CLUE_FORMS = ("definition_to_term", "blank_term")


def _offers_clue_of(a: Draft, b: Draft) -> bool:
    """Whether the choice ``a`` offers, as a wrong option, the clue ``b`` asks the term of (or
    fills a blank by)
    ("要负责为组织配备和培训人员…" among the descriptions of 监听者 beside "which is described
    as 要负责为组织配备和培训人员…"): the student of one is told what the clue is not."""
    if a.question.type not in _CHOICES or b.variety not in _CLUE_FORMS or not b.stem_texts:
        return False
    clue = normalize(b.stem_texts[0])
    return len(clue) >= MIN_CONTAINED and any(
        normalize(o.text) == clue for o in a.question.options if not o.correct
    )


#: The shortest head word of an English fill-in key that another stem gives away.
MIN_HEAD = 5


def _prints_head_of(a: Draft, b: Draft) -> bool:
    """Whether ``a``'s stem prints the head word of the English fill-in key of ``b``
    ("insomnia" of "Chronic insomnia" in "In “broad classifications of insomnia”, …"):
    half the blank is filled by the other question."""
    if b.question.type != "fill_blank" or not b.question.answers:
        return False
    words = _WORD.findall(b.question.answers[0])
    if len(words) < 2 or not words[-1].isalpha() or len(words[-1]) < MIN_HEAD:
        return False
    return _said_in(words[-1], (a.question.prompt, *a.stem_texts))


def _answers(a: Draft, b: Draft) -> bool:
    """Whether question ``a`` gives away (part of) the answer to ``b``."""
    if _shows_key_of(a, b) or _shares_options(a, b) or _states_option_of(a, b):
        return True
    asks = _ask_keys(b)
    revealed = _pair_keys(a)
    # Two questions asking the same text (two claims swapping CNM's and CNI's definitions)
    # answer each other.
    if asks & revealed or asks & _ask_keys(a):
        return True
    if b.question.type in _RECALL and asks & _printed_keys(a):
        return True
    if _contains_key_of(a, b) or _offers_clue_of(a, b) or _prints_head_of(a, b):
        return True
    clues = {k for k in map(normalize, b.stem_texts[:1]) if len(k) >= MIN_CONTAINED}
    return any(clue in key and clue != key for clue in clues for key in revealed)


#: Wrong options of a choice question that other questions show the owners of, at most: past
#: it the answer is found by elimination ("从数据结构角度" and three like it on one paper).
MAX_ELIMINATED = 1


def _eliminated(draft: Draft, revealed: set[str]) -> int:
    """How many of ``draft``'s wrong options are shown paired with something else."""
    q = draft.question
    if q.type not in _CHOICES:
        return 0
    return sum(1 for o in q.options if not o.correct and normalize(o.text) in revealed)


def _shown(drafts: Iterable[Draft]) -> set[str]:
    """The texts ``drafts`` ask or pair with something: each is known not to be another
    blank's answer."""
    return set().union(*(_pair_keys(d) | _ask_keys(d) for d in drafts))


def _left_open(draft: Draft, shown: set[str]) -> bool:
    """Whether some other answer than the key stays open for ``draft`` (always, when it
    names none: its stem alone decides it)."""
    rivals = {normalize(r) for r in draft.rivals}
    return not rivals or bool(rivals - shown)


#: A list of at most this many members is asked by one fill-in or definition question a
#: paper: a second one ("客体" beside "主体" of a three-member list) narrows it to the rest.
MAX_SMALL_LIST = 4
#: The forms that ask a member's term or definition.
_MEMBER_ASKED = ("blank_term", "definition_to_term", "term_to_definition", "claim_definition")


def _small_list(draft: Draft) -> set[str]:
    """The members of the small list a fill-in asks one of (its key and its rivals), or
    nothing."""
    members = {normalize(t) for t in (*draft.asks, *draft.rivals)}
    if not draft.rivals or len(members) > MAX_SMALL_LIST:
        return set()
    return {m for m in members if m}


def _same_small_list(a: Draft, b: Draft) -> bool:
    """Whether ``a`` is a fill-in of a small list and ``b`` asks another of its members (a
    description question asks its term's definition: the member is its subject, "权限"
    beside the blank "______：正在访问的对象…" of 客体)."""
    members = _small_list(a)
    if not members or b.variety not in _MEMBER_ASKED:
        return False
    asked = _ask_keys(b) | {normalize(b.subject)}
    return bool(members & asked)


def _lists_candidates(a: Draft, b: Draft) -> bool:
    """Whether ``a`` is a fill-in whose key and another answer its blank could take are both
    options of the choice ``b`` ("Termination" and "Stop" offered beside the blank "______:
    decide whether to stop"), or its key is an option of a choice asked from the same section:
    the choice hands the blank its candidates, a pick of a few."""
    if a.question.type != "fill_blank" or b.question.type not in _CHOICES or not a.asks:
        return False
    options = {normalize(o.text) for o in b.question.options}
    key = normalize(a.asks[0])
    if key not in options:
        return False
    # Asked from one section, the choice's other options are the blank's siblings (the step
    # names of one procedure beside "______: decide whether to stop"), rivals named or not.
    if a.question.section and a.question.section == b.question.section:
        return True
    others = {normalize(r) for r in a.rivals} - {key}
    return bool(others & options)


def answers_another(
    draft: Draft, placed: Sequence[Draft], notes: Notes | None = None
) -> str | None:
    """No question on the paper answers another: a true/false statement that is another's stem, a
    matching pair that decides a true/false item, options that print what a short answer asks to
    list or a blank's key beside another answer it could take, a definition that holds another's
    clue, wrong options the other questions pair with something else, a blank whose every other
    answer the paper shows (the answer found by elimination), a member one list question shows
    and another spends (see :mod:`~examgen.questions.spent`; with ``notes``, two claims on the
    two members of one list)."""
    for other in placed:
        if _answers(draft, other) or _answers(other, draft):
            return f"answered by (or answers) “{other.question.prompt}”"
        if _lists_candidates(draft, other) or _lists_candidates(other, draft):
            return f"the options of “{other.question.prompt}” list the candidates of a blank"
        if _same_small_list(draft, other) or _same_small_list(other, draft):
            return f"another member of its small list is asked by “{other.question.prompt}”"
        spent = spends(draft, other) or spends(other, draft)
        if spent:
            return f"half answered by (or half answers) “{other.question.prompt}”: {spent}"
        if mirrored(draft, other, notes):
            return f"“{other.question.prompt}” claims the other member of its two-member list"
    revealed = set().union(*(_pair_keys(d) for d in placed)) if placed else set()
    if _eliminated(draft, revealed) > MAX_ELIMINATED:
        return "other questions on the paper pair its wrong options with something else"
    # A fill-in of a two-member list beside one asking the other member: the second is
    # answered by elimination ("一般环境" then "具体环境" under one list).
    shown = _shown(placed)
    if not _left_open(draft, shown):
        return "other questions on the paper show every other answer its blank could take"
    mine = _pair_keys(draft)
    for other in placed:
        if _left_open(other, shown) and not _left_open(other, shown | _shown([draft])):
            return f"it shows every other answer the blank of “{other.question.prompt}” could take"
    for other in placed:
        if _eliminated(other, revealed | mine) > MAX_ELIMINATED >= _eliminated(other, revealed):
            return f"it pairs the wrong options of “{other.question.prompt}” with something else"
    return None
