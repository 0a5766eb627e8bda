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
:mod:`~examgen.questions.defects`; all are registered here, in :data:`ITEM_RULES`. The search
for a second defensible answer is :mod:`~examgen.questions.answers`. The rule over a whole paper
(no question answers another) is :mod:`~examgen.questions.giveaways`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

from examgen.processes import names_no_process
from examgen.questions.answers import (
    formula_descriptions,
    one_defensible_answer,
    quantified_apart,
)
from examgen.questions.categories import (
    category_problem,
    clause_name,
    related_name,
    stated_count,
)
from examgen.questions.claimcues import no_claim_cue
from examgen.questions.claims import one_claim
from examgen.questions.clues import across_scripts, clue_problem, own_name
from examgen.questions.contexts import context_excludes
from examgen.questions.cues import (
    given_across,
    no_shared_word_cue,
    no_stem_words,
    tokens,
)
from examgen.questions.defects import no_markup_or_glue
from examgen.questions.divisions import overlapping_divisions
from examgen.questions.form import Draft
from examgen.questions.formcues import no_form_cue
from examgen.questions.giveaways import PAPER_RULE as PAPER_RULE
from examgen.questions.giveaways import answers_another as answers_another
from examgen.questions.glosscues import no_gloss_cue
from examgen.questions.headkeys import key_as_broad_as_heading
from examgen.questions.index import Notes
from examgen.questions.kinship import distractor_kind
from examgen.questions.labels import glued_label
from examgen.questions.lengthcues import no_case_cue, no_length_cue
from examgen.questions.limits import MAX_FILL_STEM_WIDTH
from examgen.questions.lists import CATEGORY_FORMS, MIN_SELECT_WRONG
from examgen.questions.loops import order_by_shape, straight_order
from examgen.questions.membership import member_is_a_thing
from examgen.questions.namesakes import member_restated
from examgen.questions.openlists import open_list
from examgen.questions.optionkind import matching_kinds, option_kind
from examgen.questions.options import option_block, option_kinds, option_shapes, trait_terms
from examgen.questions.owners import glued_chapter, unowned
from examgen.questions.parallels import parallel_classifications
from examgen.questions.recall import recall_budget
from examgen.questions.restated import count_as_seen
from examgen.questions.siblings import false_member_sibling
from examgen.questions.solutions import problem_named
from examgen.questions.statements import (
    clue_says_enough,
    gloss_names_owner,
    means_a_definition,
    states_a_definition,
)
from examgen.questions.steplabels import step_roles
from examgen.questions.terms import term_problem
from examgen.questions.text import mentions, normalize, script_of, similarity
from examgen.questions.translations import surely_untranslated, translated
from examgen.questions.wording import BLANK, display_width, one_name

Rule = Callable[[Draft, Notes], "str | None"]

#: Options this alike are near duplicates: one is the other in disguise.
NEAR_DUPLICATE = 0.75

_CHOICES = ("single_choice", "multiple_choice")


# --------------------------------------------------------------------------- the rules


def category(draft: Draft, notes: Notes) -> str | None:
    """ "Which belongs to X", "which are X", "list all of X" only when X is a category."""
    if draft.variety not in CATEGORY_FORMS:
        return None
    fact = notes.by_id.get(draft.question.facts[0])
    if fact is None:
        return None
    problem = category_problem(notes, fact) or clause_name(fact.subject)
    return problem or related_name(fact.subject)


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


def closed_list(draft: Draft, notes: Notes) -> str | None:
    """A wrong option of "which belong to L", or X of "X belongs to L" keyed false, reads the
    notes' list as closed: it is wrong only when the notes close it, by a count ("Docker三
    要素"), or when X's own list is of another kind or of the opposite traits. Uses are never
    exclusive: "日志数据收集", listed as a Pod use, is a Docker use too, and is no wrong option
    of "Docker应用场景" because the notes' list of Docker's uses leaves it out."""
    if draft.variety == "claim_member" and not draft.question.truth:
        wrong = list(draft.origins)
    elif draft.variety in ("belongs", "select_members"):
        wrong = [o for o in draft.origins if not o.correct]
    else:
        return None
    if stated_count(draft.subject) is not None or not _open_kind(draft.subject):
        return None
    # A member of a list of another kind ("客户端证书" among scheduling mechanisms) is
    # wrong on its face, and so is one of a list of the opposite traits (its disadvantages);
    # a use of one thing (场景 and 场景) may be a use of another as well, though their lists
    # read as the same trait of two things.
    for option in wrong:
        other = notes.by_id.get(option.fact)
        if other is not None and _open_kind(other.subject):
            return (
                f"“{option.text}” is from “{other.subject}”, a list of the same kind as the open "
                f"list “{draft.subject}”: it may belong to both"
            )
    return None


#: Kinds whose lists are never closed: a thing's uses or scenarios are another's as well.
_OPEN_KINDS_ZH = ("场景", "場景", "用途", "应用", "應用")
_OPEN_KINDS_EN = frozenset(("uses", "applications", "examples", "scenarios", "use cases"))


def _open_kind(subject: str) -> bool:
    """Whether a list's name names uses or scenarios ("Docker应用场景", "Pod 使用场景")."""
    words = set(subject.casefold().split())
    return any(w in subject for w in _OPEN_KINDS_ZH) or bool(words & _OPEN_KINDS_EN)


def two_wrong_options(draft: Draft, notes: Notes) -> str | None:
    """A select-all question offers at least two wrong options: a lone one is struck out by
    itself (or by another question naming its list), and the rest are the key. So does a
    single choice: with one wrong option it is a coin toss (the draw can be left with one
    when the kin rules turn the others down)."""
    if draft.question.type not in ("multiple_choice", "single_choice"):
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


#: The forms that name a list or a sequence in their stem.
_NAMING_FORMS = (*CATEGORY_FORMS, "match_members", "order_steps", "blank_step")


def owner_named(draft: Draft, notes: Notes) -> str | None:
    """A list named in a stem says whose it is: without a chapter glued into its quotes, and
    a name that says what it lists but not of what ("Two extreme assumptions") only with a
    heading that says it."""
    if draft.variety not in _NAMING_FORMS or not draft.question.facts:
        return None
    fact = notes.by_id.get(draft.question.facts[0])
    if fact is None:
        return None
    return glued_chapter(fact) or unowned(notes, fact)


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
    # A clue known not to say its term in Chinese (no acronym, no known translation) asks it.
    if (
        draft.variety in _FROM_CLUE
        and across_scripts(term, definition)
        and not surely_untranslated(own_name(term), definition, notes)
    ):
        return f"“{definition}” is in another script than “{term}”: it may translate it"
    same_script = script_of(term) == script_of(definition)
    if same_script and display_width(definition) < display_width(own_name(term)):
        return f"“{definition}” is narrower than the term “{term}”: it names a part, not defines"
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
            if quantified_apart(texts[i], texts[j]):
                continue  # "no elements" and "all elements": opposites, not one thing twice
            if (min(len(a), len(b)) >= 2 and (a in b or b in a)) or similarity(
                a, b
            ) >= NEAR_DUPLICATE:
                return f"options “{texts[i]}” and “{texts[j]}” are near duplicates"
    return None


#: Words a sequence's name ends in when its members are ranked, not steps: "InnoDB建立聚簇索引
#: 的依据" (the first that exists is taken) is a fallback order, and "环节" misnames it.
_RANKED = ("依据", "依據", "条件", "條件", "原则", "原則", "标准", "標準", "优先级", "優先級",
           "顺序", "順序", "criteria", "priority", "priorities", "precedence")  # fmt: skip
#: A heading with a question in it ("STP How it works") names no process of its own.
_QUESTION = re.compile(
    r"(?<![A-Za-z])(how|why|what)(?![A-Za-z])|如何|怎样|怎麼|怎么|为什么|為什麼", re.I
)


def sequence_title(draft: Draft, notes: Notes) -> str | None:
    """An ordering's title names a process and leaves its order to the student: not a heading
    with a question glued on ("STP How it works"; nor a fill-in of its steps under it), not a
    ranking called steps ("…的依据"), and not a name holding its first or last step ("ER Model
    正規化過程" for ER Model → Relation → Normalization: the ends are given)."""
    if draft.variety not in ("order_steps", "blank_step") or not draft.asks:
        return None
    name = draft.subject
    if _QUESTION.search(name):
        return f"“{name}” is a heading with a question in it, not the name of a process"
    steps = draft.asks
    if draft.variety == "blank_step":
        # The name spells all the steps ("PGO"): the blank's initial is told by its place.
        fact = notes.by_id.get(draft.question.facts[0]) if draft.question.facts else None
        steps = [item.text for item in fact.items] if fact is not None else steps
    spelled = _spelled_by_initials(name, steps)
    if spelled:
        return f"“{spelled}” spells the steps' initials in order"
    if draft.variety == "blank_step":
        # The steps shown around the blank place it; a step the title names is never blanked,
        # but one it names in the other script ("正規化" of "ER Model 正規化過程" for
        # Normalization) fills the blank too.
        answer = draft.asks[0]
        told = translated(answer, name, notes)
        return f"“{name}” says the blanked step “{answer}” ({told})" if told else None
    if normalize(name).endswith(_RANKED):
        return f"“{name}” names a ranking or a basis, not steps"
    # A word every step has ("model" of three models) places none of them; two CJK
    # characters ("容器" of "简单容器化") are too little of a step to place it.
    common = set.intersection(*(tokens(s) for s in draft.asks))
    for step in (draft.asks[0], draft.asks[-1]):
        shared = {w for w in tokens(step) & tokens(name) - common if w.isascii()}
        if mentions(name, step) or shared or translated(step, name, notes):
            return f"“{name}” names the step “{step}”: its place in the order is given"
    return None


_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])")


def _spelled_by_initials(name: str, steps: Sequence[str]) -> str | None:
    """The acronym in ``name`` whose letters, in order, each open a word of the step in its
    place ("PGO waves" over pons (brainstem) → lateral geniculate nucleus → occipital lobe):
    the name gives the order away."""
    if len(steps) < 2:
        return None
    initials = [{w[0].casefold() for w in _STEP_WORD.findall(step)} for step in steps]
    for acronym in _ACRONYM.findall(name):
        letters = acronym.casefold()
        if len(letters) == len(steps) and all(
            letter in own for letter, own in zip(letters, initials, strict=True)
        ):
            return acronym
    return None


_STEP_WORD = re.compile(r"[A-Za-z]+")


def ordered_process(draft: Draft, notes: Notes) -> str | None:
    """Put-in-order is asked of a process: a name that says order or steps ("容器化改造过程",
    "stages of …") or steps that are actions. A chain of names under a name of none
    ("设计模型: kubelet-shim-runtime") is a structure, read from either end."""
    if draft.variety != "order_steps" or not draft.asks:
        return None
    name = draft.subject
    if names_no_process(name, draft.asks):
        return f"“{name}” names no process and its steps are names: the chain has no direction"
    return None


#: The item rules, in the order they are tried (cheap and structural first).
ITEM_RULES: Mapping[str, Rule] = MappingProxyType(
    {
        "category": category,
        "owner_named": owner_named,
        "named_terms": named_terms,
        "means_a_definition": means_a_definition,
        "states_a_definition": states_a_definition,
        "gloss_names_owner": gloss_names_owner,
        "clue_says_enough": clue_says_enough,
        "contrasting_odd_one_out": contrasting_odd_one_out,
        "closed_list": closed_list,
        "overlapping_divisions": overlapping_divisions,
        "parallel_classifications": parallel_classifications,
        "open_list": open_list,
        "glued_label": glued_label,
        "false_member_sibling": false_member_sibling,
        "member_restated": member_restated,
        "two_wrong_options": two_wrong_options,
        "count_agrees": count_agrees,
        "count_as_seen": count_as_seen,
        "recall_budget": recall_budget,
        "member_is_a_thing": member_is_a_thing,
        "one_blank": one_blank,
        "sequence_title": sequence_title,
        "ordered_process": ordered_process,
        "straight_order": straight_order,
        "order_by_shape": order_by_shape,
        "fill_in_context": fill_in_context,
        "readable_stem": readable_stem,
        "one_claim": one_claim,
        "clue_identifies": clue_identifies,
        "no_markup_or_glue": no_markup_or_glue,
        "same_kind": same_kind,
        "context_excludes": context_excludes,
        "option_shapes": option_shapes,
        "option_kinds": option_kinds,
        "distractor_kind": distractor_kind,
        "option_kind": option_kind,
        "matching_kinds": matching_kinds,
        "option_block": option_block,
        "trait_terms": trait_terms,
        "no_stem_words": no_stem_words,
        "no_length_cue": no_length_cue,
        "no_case_cue": no_case_cue,
        "no_shared_word_cue": no_shared_word_cue,
        "no_gloss_cue": no_gloss_cue,
        "no_claim_cue": no_claim_cue,
        "no_form_cue": no_form_cue,
        "no_near_duplicates": no_near_duplicates,
        "one_defensible_answer": one_defensible_answer,
        "formula_descriptions": formula_descriptions,
        "problem_named": problem_named,
        "key_as_broad_as_heading": key_as_broad_as_heading,
        "step_roles": step_roles,
    }
)


def broken(draft: Draft, notes: Notes) -> tuple[str, str] | None:
    """The first rule ``draft`` breaks, as (rule, reason), or None when it passes them all."""
    for name, rule in ITEM_RULES.items():
        reason = rule(draft, notes)
        if reason:
            return name, reason
    return None
