"""One defensible answer: no other fact in the notes makes a second option right.

The rules :func:`one_defensible_answer` and :func:`formula_descriptions` (registered in
:data:`~examgen.questions.rules.ITEM_RULES`) look through the indexed notes for a second key:
another term defined alike, a list of a like name holding a wrong option, a case or a value of
the term asked, a formula relating the same symbols.
"""

from __future__ import annotations

import re

from examgen.model import Fact
from examgen.questions.categories import contrast, same_judgement
from examgen.questions.cues import tokens
from examgen.questions.form import Draft
from examgen.questions.index import Notes, Pair, pair_defined_as
from examgen.questions.text import formula, normalize, script_of, similarity
from examgen.questions.truths import SAME_MEANING, fits_clue, said_of_term, shared_claim, true_of

_LATIN = re.compile(r"[a-z0-9]+")
#: The fewest CJK characters a definition's core needs to say something of its own.
MIN_CORE = 4
_WORDS = re.compile(r"[A-Za-z0-9][\w'-]*")


def _within(clue: str, notes: Notes) -> list[Pair]:
    """Pairs whose definition, its Latin words aside, is a phrase of ``clue`` ("Pod资源调度"
    fits "资源调度控制器": both say "resource scheduling"), or holds the whole clue
    ("时间序列数据库" is said of Prometheus too: "开源监控报警系统和时间序列数据库")."""
    found = []
    for pair in notes.similar_definitions(clue, 0.3):
        key = pair.definition.key
        core = _LATIN.sub("", key)
        part = len(core) >= MIN_CORE and core != key and core in clue
        whole = len(clue) >= MIN_CORE and clue in key and clue != key
        if part or whole:
            found.append(pair)
    return found


#: Category words so broad that "X概念" covers all said about X anywhere.
BROAD_WORDS = ("概念", "特点", "特性", "特征", "简介", "介绍", "概述", "overview", "features")


def _covers(subject: str, other: str) -> bool:
    """Whether a list named ``subject`` ("微服务概念") takes in what a list named ``other``
    ("微服务应用设计原则") says: its name is a broad word after a topic ``other`` starts with.
    Either way round, their members are no wrong options for each other."""
    for word in BROAD_WORDS:
        topic = subject.removesuffix(word)
        if topic != subject and len(topic) >= 2 and other.startswith(topic):
            return True
    return False


def _things_in_columns(table: Fact) -> bool:
    """Whether a table compares the things named by its column heads ("MyISAM 与 InnoDB" with
    columns MyISAM and InnoDB), its rows being their attributes: the transpose of the usual
    shape, where the first column names the things."""
    subject = normalize(table.subject)
    named = [c for c in table.columns[1:] if len(normalize(c)) >= 2 and normalize(c) in subject]
    return len(named) >= 2


def _narrows(owner: str, term: str) -> bool:
    """Whether ``owner`` names ``term`` in a case or an aspect of it (``sync_binlog = N``,
    ``索引 缺点``) or the other way round: what is said of one is said of the other."""
    a, b = normalize(owner), normalize(term)
    return bool(a and b and a != b and (a.startswith(b) or b.startswith(a)))


_VALUE_CASE = re.compile(r"^(.+?)\s*[=＝]\s*(\S+)$")


def _value_token(value: str, text: str) -> bool:
    """Whether ``text`` names ``value`` on its own ("默认值为1" names 1; "10" does not)."""
    return re.search(rf"(?<![A-Za-z0-9.]){re.escape(value)}(?![A-Za-z0-9.])", text) is not None


def same_value(term: str, definition: str, other: str, other_definition: str) -> bool:
    """Whether two terms of one parameter say one thing: ``other`` is a value's meaning
    (``sync_binlog = 1``) and ``term`` another term of that parameter (``sync_binlog 的默认值``)
    whose definition names the value ("默认值为1"), or the other way round. The meaning of value
    1 is then true of the default as well: two keys."""
    for a, d, b in ((term, definition, other), (other, other_definition, term)):
        case = _VALUE_CASE.match(b.strip())
        if case is None or normalize(a) == normalize(b):
            continue
        parameter, value = normalize(case.group(1)), case.group(2)
        if parameter and normalize(a).startswith(parameter) and _value_token(value, d):
            return True
    return False


def _definition_of(notes: Notes, draft: Draft, term: str) -> str:
    """The definition of the term option ``term`` of ``draft``, found through the fact its
    origin names (a keyed read: the draw records no whole index); '' when none."""
    for o in draft.origins:
        if o.text == term:
            for pair in notes.pairs_of.get(o.fact, ()):
                if pair.term.text == term:
                    return pair.definition.text
    return ""


def _own_definition(draft: Draft) -> str:
    """The definition of the subject a description question or claim shows or hides."""
    if draft.variety == "claim_definition" and len(draft.asks) == 3:
        return draft.asks[1]
    return draft.reveals[0][1] if draft.reveals else ""


#: Chinese suffixes that make a quality or process of a root (过程性, 自动化).
_ROOT_SUFFIXES = ("性", "化")


def _root(key: str) -> str:
    """A normalized Chinese term without its quality suffix ("过程性" -> "过程")."""
    for suffix in _ROOT_SUFFIXES:
        if key.endswith(suffix):
            return key[: -len(suffix)]
    return key


def _han_root(term: str) -> str:
    """``term``'s Chinese root (:func:`_root`) when it is two characters or more, else ''."""
    root = _root(normalize(term)) if term else ""
    return root if len(root) >= 2 and script_of(root) != "latin" else ""


def _roots_entangled(term: str, own: str, other: str, offered: str) -> str | None:
    """Why the definition ``offered`` (of the sibling ``other``) fits ``term`` too, or None:
    it says ``term``'s root ("系统安全是一个过程", 动态性's, offered for 过程性), or ``term``'s own
    definition ``own`` says ``other``'s root (过程性's "一个螺旋前进的过程" offered for 动态性,
    whose own says "一个过程"): the notes define the two by each other's words."""
    root = _han_root(term)
    if root and root in normalize(offered):
        return f"“{offered}” says “{root}”, the root of “{term}”: it fits too"
    root = _han_root(other)
    if root and own and root in normalize(own):
        return f"“{term}”'s own definition says “{root}”, the root of “{other}”: both fit"
    return None


def _names_word(term: str, text: str) -> bool:
    """Whether a Latin ``term`` of one word ("Stop") is a word of ``text``."""
    word = term.strip().casefold()
    if not re.fullmatch(r"[a-z][a-z-]{2,}", word):
        return False
    return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text.casefold()) is not None


#: Words that carry no content in a clue.
_EMPTY = frozenset(
    ("the", "for", "and", "that", "which", "with", "from", "this", "its", "their", "are",
     "was", "were", "has", "have", "not", "but", "into", "one", "all", "any", "can")
)  # fmt: skip
#: A clue of fewer content words than this is judged by the rules on short clues.
MIN_CLUE_CONTENT = 3


def _content(text: str) -> set[str]:
    return tokens(text) - _EMPTY


#: Quantifier words, by what they say of how many: none or all. The content words
#: drop them ("no" is too short, "all" is empty), yet "a set with no elements" and "a set with
#: all elements" say opposite things.
_QUANTIFIERS = (
    ("none", re.compile(
        r"(?<![A-Za-z])(no|none|never|nothing|zero)(?![A-Za-z])|没有|沒有|不含|空集|为空|為空",
        re.I,
    )),
    ("all", re.compile(
        r"(?<![A-Za-z])(all|every|each|any|always)(?![A-Za-z])|全部|全体|全體|全集|所有|一切|任何",
        re.I,
    )),
)  # fmt: skip


def quantifiers(text: str) -> frozenset[str]:
    """How many ``text`` says (see :data:`_QUANTIFIERS`): {"none"} for "a set with no
    elements", {"all"} for "a set of all elements", empty when it says no quantity."""
    return frozenset(name for name, pattern in _QUANTIFIERS if pattern.search(text))


def quantified_apart(a: str, b: str) -> bool:
    """Whether two texts say different quantities: "no elements" against "all elements" (or
    against "elements"): alike in their other words, they do not describe one thing."""
    return quantifiers(a) != quantifiers(b)


def _described_alike(notes: Notes, clue: str, answer: str) -> Pair | None:
    """Another term said in most of a fill-in clue's content words, by its definition (one
    half of its words) with its name and the name and lead-in of a list holding it: "the brain
    area responsible for emotional processing" (amygdala) fits the cingulate cortex, glossed
    "emotional regulation" in a list of "areas of the brain …"."""
    mine = _content(clue)
    if len(mine) < MIN_CLUE_CONTENT:
        return None
    for pair in notes.similar_definitions(normalize(clue), 0.0):
        other = pair.term.key
        own = _content(pair.definition.text)
        said = own & mine
        # Its definition is about what the clue says: half its words are the clue's.
        if 2 * len(said) < len(own) or other == answer or other in answer or answer in other:
            continue
        if quantified_apart(clue, pair.definition.text):
            continue  # "a set with no elements" is not said by "a set with all elements"
        told = said | (_content(pair.term.text) & mine) | (_content(pair.context) & mine)
        for list_id in notes.lists_of_member.get(other, ()):
            holder = notes.by_id[list_id]
            told |= _content(f"{holder.subject} {holder.label or ''}") & mine
        if 2 * len(told) > len(mine):
            return pair
    return None


def one_defensible_answer(draft: Draft, notes: Notes) -> str | None:
    """No other fact in the notes makes a second option (or another text in the blank) right."""
    q = draft.question
    if draft.variety == "table_cell":
        table = notes.by_id.get(q.facts[0])
        # Wrong options come from the answer's column: when the columns are the things
        # compared, they are the same thing's other attributes, all true of it.
        if table is not None and _things_in_columns(table):
            return f"“{table.subject}” compares its columns: a column's cells are all true of it"
        return None
    if draft.variety == "blank_term" or draft.variety == "definition_to_term":
        # The clue is the definition: another term defined alike fits it too.
        answer = normalize(
            q.answers[0] if q.answers else next(o.text for o in q.options if o.correct)
        )
        clue = normalize(draft.stem_texts[0]) if draft.stem_texts else ""
        allowed = {answer} | {normalize(o.text) for o in q.options if not o.correct}
        shown = draft.stem_texts[0] if draft.stem_texts else ""
        key_text = q.answers[0] if q.answers else next(o.text for o in q.options if o.correct)
        for o in q.options:
            if not o.correct and same_value(
                key_text, shown, o.text, _definition_of(notes, draft, o.text)
            ):
                return f"“{o.text}” is the value “{key_text}” names: it fits too"
        # A short English definition whose words the clue holds fits it too ("emotion").
        fitting = [
            p
            for p in notes.similar_definitions(clue, 0.0)
            if draft.variety == "blank_term" and fits_clue(shown, p.definition.text)
        ]
        for pair in (
            *notes.similar_definitions(clue, SAME_MEANING),
            *_within(clue, notes),
            *fitting,
        ):
            if quantified_apart(shown, pair.definition.text):
                continue  # "a set with no elements" against "… all elements": opposites
            other = pair.term.key
            disguised = other in answer or answer in other
            counts = draft.variety == "blank_term" or other in allowed
            if other != answer and not disguised and counts:
                return f"“{pair.term.text}” is described alike ({pair.fact.location}) and fits too"
        rival = _described_alike(notes, shown, answer) if draft.variety == "blank_term" else None
        if rival is not None:
            return (
                f"“{rival.term.text}” ({rival.fact.location}) is said in most of the clue's "
                "words: it fits too"
            )
        # The clue listed under another term ("Difficulty falling asleep" under "insomnia"
        # as well as glossing "Sleep onset insomnia"): that term fits too.
        for list_id in notes.lists_of_member.get(clue, ()):
            owner = notes.by_id[list_id]
            other = normalize(owner.subject)
            # A list named by the answer ("X 的症状") is its own; one named by a broader term
            # ("insomnia" for "Sleep onset insomnia") is a second answer.
            own = answer in other
            counts = draft.variety == "blank_term" or other in allowed
            if other and not own and counts:
                return f"“{owner.subject}” lists it ({owner.location}) and fits too"
        # A sibling whose name (or its root: 过程 of 过程性) the clue says fits it too: "系统安全
        # 是一个过程，会不断变化" keys 动态性 but reads as 过程性.
        # The siblings: of the list asked, or of the lists holding the key as a member (a
        # definition "动态性：…" the notes also list under 计算机安全特点).
        homes = dict.fromkeys((*q.facts[:1], *notes.lists_of_member.get(answer, ())))
        for entry in (e for home in homes for e in notes.members_of.get(home, ())):
            root = _root(entry.key)
            counts = draft.variety == "blank_term" or entry.key in allowed
            if script_of(root) == "latin" or entry.key == answer or root in answer or not counts:
                continue
            if len(root) >= 2 and root in clue:
                return f"the clue says “{root}” of the sibling “{entry.text}”: it fits too"
        # The key heads a section defining other things ("Physiology" over PSG, EEG, …): the
        # notes file them as its kinds or parts, and the first may fit its gloss as well.
        for fact_id in notes.defined_under.get(answer, ()):
            inner = notes.by_id[fact_id]
            other = normalize(inner.subject)
            counts = draft.variety == "blank_term" or other in allowed
            if fact_id not in q.facts and other not in answer and answer not in other and counts:
                where = f"“{key_text}” ({inner.location})"
                return f"“{inner.subject}” is defined under {where}: it may fit too"
        return None
    if draft.variety in ("match_terms", "match_members"):
        # A gloss said inside another's ("时间序列数据库" in Prometheus's "开源监控报警系统和
        # 时间序列数据库") is true of that term too: two defensible matches.
        terms = [t for t, _ in draft.reveals]
        for i, term in enumerate(terms):
            for other in terms[i + 1 :]:
                a, b = normalize(term), normalize(other)
                if min(len(a), len(b)) >= 3 and (a in b or b in a):
                    # "Logistic regression" beside "Logistic regression model": either fits.
                    return f"“{term}” and “{other}” name nearly the same thing"
        for term, gloss in draft.reveals:
            # "Termination: decide whether to stop" beside a term "Stop" cues the wrong pair.
            named = [t for t in terms if t != term and _names_word(t, gloss)]
            if named:
                return f"“{gloss}” (of “{term}”) names the term “{named[0]}”"
            key = normalize(gloss)
            for other, wider in draft.reveals:
                if other != term and len(key) >= 2 and key in normalize(wider):
                    return f"“{gloss}” is said of “{other}” too (“{wider}”)"
        return None
    if draft.variety in ("term_to_definition", "claim_definition"):
        # A wrong option the notes state of the term (outside its definition) is right too;
        # so is a false claim's borrowed definition (origins only on a false claim).
        # A false claim shows one definition: one sharing a claim with the term's own is
        # not false enough. (Options of a single choice may share words: the best fits.)
        claim = draft.variety == "claim_definition"
        own = next((o.text for o in draft.origins if o.correct and claim), "")
        asked = own or _own_definition(draft)
        for o in draft.origins:
            shared = None if o.correct or not own else shared_claim(own, o.text)
            if shared:
                # ESP's "…认证服务" beside AH's "…数据完整性和认证服务": partly true of it.
                return f"“{o.text}” says “{shared}” as “{draft.subject}”'s own definition does"
            source = notes.by_id.get(o.fact)
            why = None if o.correct or source is None else true_of(draft.subject, o.text, source)
            # Every other fact of the term too: its second definition, its own list.
            why = why or (None if o.correct else said_of_term(notes, draft.subject, o.text, asked))
            if why:
                return f"“{o.text}” is true of “{draft.subject}” as well: {why}"
            defined = None if o.correct else pair_defined_as(notes, o.fact, o.text)
            owner = defined.term.text if defined is not None else ""
            why = None if o.correct else _roots_entangled(draft.subject, asked, owner, o.text)
            if why:
                return why
            if owner and _narrows(owner, draft.subject):
                # `sync_binlog = N`'s definition is true of `sync_binlog`: one of its cases.
                return f"“{o.text}” is said of “{owner}”, a case of “{draft.subject}”"
            mine = own or _own_definition(draft)
            if owner and mine and same_value(draft.subject, mine, owner, o.text):
                # "默认值为1" beside the meaning of `sync_binlog = 1`: both keys.
                return f"“{o.text}” (of “{owner}”) is the value “{draft.subject}” names"
        return None
    if draft.variety in ("belongs", "select_members", "claim_member", "not_belongs"):
        subject = normalize(draft.subject)
        home = q.facts[0]
        wrong = [o.text for o in draft.origins if not o.correct]
        if draft.variety == "claim_member" and not q.truth:
            wrong = [o.text for o in draft.origins]
        if draft.variety == "not_belongs":
            wrong = [o.text for o in draft.origins if o.correct]
        for text in wrong:
            for list_id in notes.lists_of_member.get(normalize(text), ()):
                other = notes.by_id[list_id]
                key = notes.subject_keys[list_id]
                # A contrasting list ("Docker缺点" by "Docker优点") reads alike but says the
                # opposite: its members are the right wrong options.
                alike = similarity(key, subject) >= SAME_MEANING and not contrast(key, subject)
                alike = alike or same_judgement(key, subject)
                broad = _covers(subject, key) or _covers(key, subject)
                if list_id != home and (alike or broad):
                    return (
                        f"“{text}” is also listed under “{other.subject}” ({other.location}), "
                        f"alike “{draft.subject}”"
                    )
    return None


_MATH = re.compile(r"\$[^$]+\$")


_GREEK = frozenset(
    re.findall(
        r"\w+",
        "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu "
        "xi pi rho sigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma "
        "Phi Psi Omega",
    )
)
#: Two formulas sharing this many symbols, half of one's, relate the same quantities.
MIN_SHARED_SYMBOLS = 2


def symbols(text: str) -> set[str]:
    """The symbols of a text's math: single letters and Greek letters ("y", "X", "beta"), not
    function names ("exp", "frac", "log")."""
    found = set()
    for span in _MATH.findall(text):
        for token in re.findall(r"\\[A-Za-z]+|[A-Za-z]+", span):
            if token.startswith("\\"):
                if token[1:] in _GREEK:
                    found.add(token[1:])
            elif len(token) <= 2:
                # "kt" is k times t; longer runs are names ("exp", "log", "Var").
                found.update(token)
    return found


def formula_descriptions(draft: Draft, notes: Notes) -> str | None:
    """A formula describes a term only against terms not given by a formula of the same
    symbols: "which is described as $y = X\\beta + \\epsilon$" with another option given by
    one relating y and beta too (the discriminative model's $p(y|x) = …$) has two defensible
    answers (the sigmoid's $\\sigma(z) = …$ is no rival); and "X means <formula>"
    keyed false of an X the notes describe in words (a heading, "Linear Regression
    optimization": Least Square Method) is true of it in the sense that X does that."""
    q = draft.question
    if draft.variety == "definition_to_term" and draft.stem_texts and formula(draft.stem_texts[0]):
        mine = symbols(draft.stem_texts[0])
        for o in q.options:
            theirs = _definition_of(notes, draft, o.text)
            shared = mine & symbols(theirs) if not o.correct and formula(theirs) else set()
            # Two shared symbols suffice: the model's $p(y|x) = …$ against its $y = X\beta + …$
            # shares only y and beta of six, and a student may pick either.
            if len(shared) >= MIN_SHARED_SYMBOLS:
                return f"“{o.text}” is given by a formula of the same symbols: it fits either"
    if draft.variety == "claim_definition" and not q.truth and len(draft.asks) == 3:
        term, own, shown = draft.asks
        if formula(shown) and not formula(own):
            return f"a formula said of “{term}”, described in words: not false of it on its face"
    return None
