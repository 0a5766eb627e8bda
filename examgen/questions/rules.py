"""Item rules: what every question must pass before it is placed on a paper.

Each rule is a named function of a :class:`~examgen.questions.form.Draft` and the indexed
notes that returns a reason (why the question breaks it) or None. The same rules decide the
selection (a question that breaks one is not placed, and the warning for a short section names
the rule), ``examgen check --questions`` (every candidate a rule rejected, with its
``file:line``) and the review sheet (the rules each placed question passed). They follow the
standard item-writing rules (Haladyna, Downing & Rodriguez 2002): one defensible answer, options
of one kind, no cue to the answer, a stem that asks a complete question. The cue rules live in
:mod:`~examgen.questions.cues`, the rules on a list question's options in
:mod:`~examgen.questions.options`, the text defects (markup, glue, cut texts) in
:mod:`~examgen.questions.defects`; all are registered here, in :data:`ITEM_RULES`. The rule
over a whole paper (no question answers another) is :mod:`~examgen.questions.giveaways`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType

from examgen.model import Fact
from examgen.questions.categories import (
    category_problem,
    contrast,
    same_judgement,
    sentence,
    stated_count,
    term_problem,
)
from examgen.questions.clues import across_scripts, clue_problem
from examgen.questions.cues import given_across, no_length_cue, no_shared_word_cue, no_stem_words
from examgen.questions.defects import no_markup_or_glue
from examgen.questions.form import Draft
from examgen.questions.giveaways import PAPER_RULE as PAPER_RULE
from examgen.questions.giveaways import answers_another as answers_another
from examgen.questions.index import Notes, Pair
from examgen.questions.kinship import distractor_kind
from examgen.questions.limits import MAX_FILL_STEM_WIDTH
from examgen.questions.lists import CATEGORY_FORMS, MIN_SELECT_WRONG
from examgen.questions.optionkind import option_kind
from examgen.questions.options import option_block, option_kinds, option_shapes, trait_terms
from examgen.questions.statements import clue_says_enough, means_a_definition
from examgen.questions.text import formula, normalize, script_of, similarity
from examgen.questions.truths import fits_clue, shared_claim, true_of
from examgen.questions.wording import BLANK, display_width, one_name

Rule = Callable[[Draft, Notes], "str | None"]

#: Two texts this alike (see :func:`~examgen.questions.text.similarity`) say the same thing.
SAME_MEANING = 0.6
#: Options this alike are near duplicates: one is the other in disguise.
NEAR_DUPLICATE = 0.75

_CHOICES = ("single_choice", "multiple_choice")


_LATIN = re.compile(r"[a-z0-9]+")
#: The fewest CJK characters a definition's core needs to say something of its own.
MIN_CORE = 4


# --------------------------------------------------------------------------- the rules


def category(draft: Draft, notes: Notes) -> str | None:
    """ "Which belongs to X", "which are X", "list all of X" only when X is a category."""
    if draft.variety not in CATEGORY_FORMS:
        return None
    fact = notes.by_id.get(draft.question.facts[0])
    return category_problem(notes, fact) if fact is not None else None


_TERM_FORMS = (
    "definition_to_term",
    "term_to_definition",
    "claim_definition",
    "blank_term",
    "match_terms",
    "match_members",
)


_WORDS = re.compile(r"[A-Za-z0-9][\w'-]*")
#: A Latin definition of fewer words than this defines nothing ("default", "no changes").
MIN_DEFINITION_WORDS = 3


def named_terms(draft: Draft, notes: Notes) -> str | None:
    """A question about terms asks names, not generic headings ("优点", "早期", "解决方法")."""
    if draft.variety not in _TERM_FORMS:
        return None
    q = draft.question
    terms = [*q.stems, *q.answers]
    if draft.variety == "definition_to_term":
        terms += [o.text for o in q.options]
    elif draft.variety in ("term_to_definition", "claim_definition"):
        terms.append(draft.subject)
    home = notes.by_id.get(q.facts[0]) if q.facts else None
    title = normalize(home.section[0]) if home is not None and home.section else ""
    for term in terms:
        problem = term_problem(term)
        if problem:
            return problem
        # The notes' title ("信息安全原理期末复习整理") names the whole notes, not a term.
        if title and normalize(term) == title:
            return f"“{term}” is the title of the notes, not a term"
    # What stands for a definition must define: "default" or "no changes" does not.
    if draft.variety == "definition_to_term":
        definitions = [draft.stem_texts[0]] if draft.stem_texts else []
    elif draft.variety == "term_to_definition":
        definitions = [o.text for o in q.options]
    elif draft.variety == "claim_definition":
        definitions = list(draft.stem_texts[1:2])
    else:
        definitions = []
    for text in definitions:
        if script_of(text) == "latin" and len(_WORDS.findall(text)) < MIN_DEFINITION_WORDS:
            return f"“{text}” is too short to define anything"
    return None


def contrasting_odd_one_out(draft: Draft, notes: Notes) -> str | None:
    """ "Which does NOT belong" draws its odd one out only from a contrasting sibling list."""
    if draft.variety != "not_belongs":
        return None
    right = [o for o in draft.origins if o.correct]
    if not right or right[0].slot != "contrasting list":
        return "the odd one out does not come from a contrasting list"
    return None


def two_wrong_options(draft: Draft, notes: Notes) -> str | None:
    """A select-all question offers at least two wrong options: a lone one is struck out by
    itself (or by another question naming its list), and the rest are the key."""
    if draft.question.type != "multiple_choice":
        return None
    wrong = sum(1 for o in draft.question.options if not o.correct)
    return (
        None
        if wrong >= MIN_SELECT_WRONG
        else f"{wrong} wrong option among {len(draft.question.options)}"
    )


def count_agrees(draft: Draft, notes: Notes) -> str | None:
    """A stem that counts a list's members ("访问控制的三个元素", "4种隔离级别") has that
    many answers: a select-all with one left out invites a wrong pick to make up the count,
    and "list all 3" of four members asks a wrong number."""
    if draft.variety not in ("select_members", "enumerate"):
        return None
    wanted = stated_count(draft.subject)
    if wanted is None:
        return None
    q = draft.question
    given = (
        sum(1 for o in q.options if o.correct)
        if draft.variety == "select_members"
        else len(q.answers)
    )
    return None if given == wanted else f"“{draft.subject}” counts {wanted}, the key has {given}"


def member_is_a_thing(draft: Draft, notes: Notes) -> str | None:
    """ "X belongs to L" is asked of a thing, not of a sentence: "调用链的第一个节点生成
    TraceID 属于 全链路监控机制" is a statement the notes make, not a member of a kind."""
    if draft.variety not in ("claim_member", "belongs"):
        return None
    for text in draft.asks:
        if sentence(text):
            return f"“{text}” is a sentence, not a thing that belongs to “{draft.subject}”"
    return None


def one_blank(draft: Draft, notes: Notes) -> str | None:
    """A fill-in has exactly one blank."""
    if draft.question.type != "fill_blank":
        return None
    count = draft.question.prompt.count(BLANK)
    return None if count == 1 else f"{count} blanks for one answer"


def readable_stem(draft: Draft, notes: Notes) -> str | None:
    """A fill-in's stem is short enough to read for one blank."""
    if draft.question.type != "fill_blank":
        return None
    width = display_width(draft.question.prompt)
    return None if width <= MAX_FILL_STEM_WIDTH else f"a {width}-column stem for one blank"


def fill_in_context(draft: Draft, notes: Notes) -> str | None:
    """A fill-in says what it is about: its list, section or sequence is named in the stem."""
    if draft.question.type != "fill_blank":
        return None
    named = (
        [t for t in draft.stem_texts[1:] if normalize(t)]
        if draft.variety == "blank_term"
        else [draft.subject]
    )
    prompt = normalize(draft.question.prompt)
    # Named as printed: without the author's marks ("(extra)"), see wording.one_name.
    if not any(normalize(t) and normalize(one_name(t)) in prompt for t in named):
        return "the stem does not say what section or list it is about"
    return None


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


_DEFINING = ("blank_term", "definition_to_term", "term_to_definition", "claim_definition")
#: The forms that show the clue and ask its term.
_FROM_CLUE = ("blank_term", "definition_to_term")


def clue_identifies(draft: Draft, notes: Notes) -> str | None:
    """What stands for a definition says more than the term it is of: not an example ("如增加
    噪音等"), a translation ("TCP Congestion Control" for TCP拥堵控制), the acronym spelled
    out, nor a gloss narrower than its term in the same script ("______：微服务架构" for
    分布式环境管理能力), which fit many answers and do not tell what the term is. Matching
    pairs too: "很多种" matched to a term defines nothing."""
    if draft.variety in ("match_terms", "match_members"):
        # "SSL Session" matched to "SSL会话，…" is matched by its words, not its meaning.
        problems = (clue_problem(t, d) or given_across(t, d) for t, d in draft.reveals)
        return next(filter(None, problems), None)
    if draft.variety == "claim_definition" and len(draft.asks) == 3:
        # A claim shows (term, its definition or another's): both must define.
        term, definition, shown = draft.asks
        return clue_problem(term, definition) or clue_problem(term, shown)
    if draft.variety not in _DEFINING or not draft.reveals:
        return None
    term, definition = draft.reveals[0]
    problem = clue_problem(term, definition)
    if problem:
        return problem
    # "Which term does this describe" and its fill-in give the clue and ask the term: a clue
    # in another script may be its translation ("传输模式…" for "Transport Model").
    if draft.variety in _FROM_CLUE and across_scripts(term, definition):
        return f"“{definition}” is in another script than “{term}”: it may translate it"
    same_script = script_of(term) == script_of(definition)
    if same_script and display_width(definition) < display_width(term):
        return f"“{definition}” is narrower than the term “{term}”: it names a part, not defines"
    return None


def _things_in_columns(table: Fact) -> bool:
    """Whether a table compares the things named by its column heads ("MyISAM 与 InnoDB" with
    columns MyISAM and InnoDB), its rows being their attributes: the transpose of the usual
    shape, where the first column names the things."""
    subject = normalize(table.subject)
    named = [c for c in table.columns[1:] if len(normalize(c)) >= 2 and normalize(c) in subject]
    return len(named) >= 2


def _owner_term(notes: Notes, fact_id: str, definition: str) -> str:
    """The term whose definition (in fact ``fact_id``) is ``definition``; '' when none."""
    for pair in notes.pairs_of.get(fact_id, ()):
        if pair.definition.text == definition:
            return pair.term.text
    return ""


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


def _names_word(term: str, text: str) -> bool:
    """Whether a Latin ``term`` of one word ("Stop") is a word of ``text``."""
    word = term.strip().casefold()
    if not re.fullmatch(r"[a-z][a-z-]{2,}", word):
        return False
    return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text.casefold()) is not None


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
            other = pair.term.key
            disguised = other in answer or answer in other
            counts = draft.variety == "blank_term" or other in allowed
            if other != answer and not disguised and counts:
                return f"“{pair.term.text}” is described alike ({pair.fact.location}) and fits too"
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
        for o in draft.origins:
            shared = None if o.correct or not own else shared_claim(own, o.text)
            if shared:
                # ESP's "…认证服务" beside AH's "…数据完整性和认证服务": partly true of it.
                return f"“{o.text}” says “{shared}” as “{draft.subject}”'s own definition does"
            source = notes.by_id.get(o.fact)
            why = None if o.correct or source is None else true_of(draft.subject, o.text, source)
            if why:
                return f"“{o.text}” is true of “{draft.subject}” as well: {why}"
            owner = _owner_term(notes, o.fact, o.text) if not o.correct else ""
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
            if len(shared) >= MIN_SHARED_SYMBOLS and 2 * len(shared) >= len(mine):
                return f"“{o.text}” is given by a formula of the same symbols: it fits either"
    if draft.variety == "claim_definition" and not q.truth and len(draft.asks) == 3:
        term, own, shown = draft.asks
        if formula(shown) and not formula(own):
            return f"a formula said of “{term}”, described in words: not false of it on its face"
    return None


def same_kind(draft: Draft, notes: Notes) -> str | None:
    """Every option is of the answer's kind: one script, none a sentence among names."""
    options = [o.text for o in draft.question.options]
    if draft.question.type not in _CHOICES or len(options) < 2:
        return None
    scripts = {script_of(t) for t in options}
    if len(scripts) > 1:
        return "options mix scripts (" + ", ".join(sorted(scripts)) + ")"
    widths = sorted(display_width(t) for t in options)
    median = max(widths[len(widths) // 2], 4)
    if widths[-1] > 4 * median:
        return "one option is a sentence among short names"
    return None


def no_near_duplicates(draft: Draft, notes: Notes) -> str | None:
    """No two options are the same thing in other words."""
    texts = [*(o.text for o in draft.question.options)] if draft.question.type in _CHOICES else []
    keys = [normalize(t) for t in texts]
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            a, b = keys[i], keys[j]
            if (min(len(a), len(b)) >= 2 and (a in b or b in a)) or similarity(
                a, b
            ) >= NEAR_DUPLICATE:
                return f"options “{texts[i]}” and “{texts[j]}” are near duplicates"
    return None


#: The item rules, in the order they are tried (cheap and structural first).
ITEM_RULES: Mapping[str, Rule] = MappingProxyType(
    {
        "category": category,
        "named_terms": named_terms,
        "means_a_definition": means_a_definition,
        "clue_says_enough": clue_says_enough,
        "contrasting_odd_one_out": contrasting_odd_one_out,
        "two_wrong_options": two_wrong_options,
        "count_agrees": count_agrees,
        "member_is_a_thing": member_is_a_thing,
        "one_blank": one_blank,
        "fill_in_context": fill_in_context,
        "readable_stem": readable_stem,
        "clue_identifies": clue_identifies,
        "no_markup_or_glue": no_markup_or_glue,
        "same_kind": same_kind,
        "option_shapes": option_shapes,
        "option_kinds": option_kinds,
        "distractor_kind": distractor_kind,
        "option_kind": option_kind,
        "option_block": option_block,
        "trait_terms": trait_terms,
        "no_stem_words": no_stem_words,
        "no_length_cue": no_length_cue,
        "no_shared_word_cue": no_shared_word_cue,
        "no_near_duplicates": no_near_duplicates,
        "one_defensible_answer": one_defensible_answer,
        "formula_descriptions": formula_descriptions,
    }
)


def broken(draft: Draft, notes: Notes) -> tuple[str, str] | None:
    """The first rule ``draft`` breaks, as (rule, reason), or None when it passes them all."""
    for name, rule in ITEM_RULES.items():
        reason = rule(draft, notes)
        if reason:
            return name, reason
    return None
