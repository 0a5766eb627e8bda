"""Forms of a term and its definition (a definition fact or a glossed list member)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from examgen.model import Fact
from examgen.notes.sentences import sentence_stops
from examgen.questions.categories import sentence
from examgen.questions.clues import clue_problem
from examgen.questions.contexts import (
    context_members,
    fill_in_context,
    fill_in_rivals,
    list_context,
    option_term,
)
from examgen.questions.distractors import (
    best,
    count_keys,
    definition_candidates,
    definition_test,
    false_definitions,
    near_pool,
    same_script,
    term_candidates,
    term_test,
)
from examgen.questions.form import (
    Ask,
    Draft,
    Form,
    choice,
    make_question,
    matching_question,
    origin,
    unique_pairs,
)
from examgen.questions.glosscues import fair_pairs
from examgen.questions.glosses import (
    argues_or_points_back,
    as_meaning,
    not_a_definition,
    points_around,
)
from examgen.questions.index import Entry, Notes, Pair, pair_defined_as
from examgen.questions.kinship import MIN_KIN_DISTRACTORS, same_kind, term_lists
from examgen.questions.limits import (
    MATCHING_MAX,
    MATCHING_MIN,
    MAX_CLUE_WIDTH,
    MAX_FILL_CLUE_WIDTH,
    MAX_GLOSS_WIDTH,
    MAX_OPTION_WIDTH,
    MAX_TERM_WIDTH,
    MIN_CLUE_WIDTH,
    SINGLE_CHOICE_DISTRACTORS,
)
from examgen.questions.optionkind import fits, matching_kind
from examgen.questions.settings import setting_opening
from examgen.questions.statements import explanation, names_owner
from examgen.questions.terms import term_problem
from examgen.questions.text import formula, mask, mentions
from examgen.questions.wording import BLANK, display_width, phrase


def fair_swap(notes: Notes, term: str, entry: Entry) -> bool:
    """Whether another term's definition ``entry`` may be said of ``term`` in a false claim:
    it defines (no explanation) and does not name the term it belongs to."""
    if explanation(entry.text):
        return False
    defined = pair_defined_as(notes, entry.fact.id, entry.text)
    return defined is None or names_owner(notes, term, defined.term.text, entry.text) is None


def defined_apart(notes: Notes, pair: Pair) -> Fact | None:
    """The definition fact that states a list's glossed member ``pair`` on its own line
    ("上云能力：基础设施、资源云化" under the list "DevOps"), or None. The member is asked from
    that fact alone: one question, one source line, whichever fact a paper draws it from."""
    if pair.fact.kind != "list":
        return None
    for other in notes.similar_definitions(pair.definition.key, 1.0):
        if other.fact.kind == "definition" and other.term.key == pair.term.key:
            return other.fact
    return None


def pair_forms(notes: Notes, pair: Pair) -> tuple[dict[str, list[Form]], dict[str, str]]:
    forms: dict[str, list[Form]] = {}
    reasons: dict[str, str] = {}
    term, definition, fact = pair.term.text, pair.definition.text, pair.fact
    # A term defined under a setting label ("Mean" under "In GLM:") holds only there: stems
    # print it with the setting ("Mean (in GLM)"), or open with it where the term is the
    # answer ("In GLM, which of the following is described as …").
    printed, opening = pair.shown, setting_opening(pair.setting)
    # A list named by a sentence ("SSL/TLS protocol 在传输层和应用层中间的一个协议，…") is no
    # context to print in a stem: "在“<sentence>”中" reads as nonsense. A definition whose
    # term a list under its heading holds ("flag" of 隐藏字段) names that list.
    context = list_context(notes, pair)
    suffix = "_in" if context else ""
    # Where the answer is the term, a list name that contains it ("CGroups相关术语" for
    # "cgroup") would give it away: those prompts leave the list out.
    clue_suffix = "_in" if context and not mentions(context, term) else ""

    def add(form: Form) -> None:
        forms.setdefault(form.type, []).append(form)

    def kept(wrong: Sequence[Entry], suffix: str) -> tuple[str, tuple[str, ...]]:
        """The context a choice with ``wrong`` options names (given ``suffix`` says it would),
        and its members: '' when one of them is from outside it, which the student would
        strike out by its group alone (rule ``context_excludes``)."""
        if not suffix:
            return "", ()
        members = context_members(notes, pair)
        if any(option_term(notes, e.fact.id, e.text) not in members for e in wrong):
            return "", ()
        return context, tuple(sorted(members))

    whole_ok = clue_ok = MIN_CLUE_WIDTH <= display_width(definition) <= MAX_CLUE_WIDTH
    # A definition too long to print whole is asked by its first sentence when that sentence
    # alone is a clue of the right size (see :func:`lead_sentence`): the claim and the
    # "which term" stem show it; an option, a fill-in and the key's reveal keep the whole.
    clue = definition if clue_ok else lead_sentence(definition)
    if clue is not definition and clue is not None:
        clue_ok = MIN_CLUE_WIDTH <= display_width(clue) <= MAX_CLUE_WIDTH
    clue = clue if clue_ok and clue is not None else definition
    term_ok = display_width(term) <= MAX_TERM_WIDTH
    # "一般索引的数据结构…" names "索引数据结构" too: a "的" between its words hides nothing.
    names_itself = mentions(definition, term) or mentions(definition.replace("的", ""), term)

    # Only whether there are enough distractors is decided here, from the per-script pools;
    # the builders list the candidates when (and if) the question is drawn.
    limit = SINGLE_CHOICE_DISTRACTORS
    definition_ok = definition_test(notes, pair)
    definition_pool = near_pool(notes, notes.definition_pool.get(pair.definition.script, ()), pair)
    n_definitions = count_keys((p.definition for p in definition_pool if definition_ok(p)), limit)

    # term -> which definition: only when the definitions are short enough to be options and
    # the right one does not name the term.
    if display_width(definition) > MAX_OPTION_WIDTH:
        reasons["single_choice"] = "definition too long to be an option"
    elif display_width(definition) < MIN_CLUE_WIDTH:
        reasons["single_choice"] = "definition too short to tell the terms apart"
    elif names_itself:
        reasons["single_choice"] = "definition names its own term"
    elif n_definitions < SINGLE_CHOICE_DISTRACTORS:
        reasons["single_choice"] = (
            f"only {n_definitions} other definitions in the same script "
            "to use as distractors "
            f"(need {SINGLE_CHOICE_DISTRACTORS})"
        )
    else:

        def term_to_definition(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
            definition_options = same_script(definition_candidates(notes, pair), definition)
            distractors = kin_distractors(
                rng, notes, pair, definition_options, definition, {pair.definition.key}, False
            )
            named, members = kept(distractors, suffix)
            key = "term_to_definition" + ("_in" if named else "")
            prompt = phrase(ask.lang, key, term=printed, list=named)
            origins = [
                origin(pair.definition, "answer", fact, correct=True),
                *(origin(d, "definition", fact) for d in distractors),
            ]
            return choice(
                "single_choice",
                "term_to_definition",
                prompt,
                origins,
                ask,
                facts,
                subject=term,
                stem_texts=(printed, named) if named else (printed,),
                reveals=((term, definition),),
                asks=(definition,),
                context=named,
                context_members=members,
            )

        add(Form("single_choice", "term_to_definition", (fact,), term_to_definition))

    # definition -> which term: suits long definitions (the options stay short).
    term_fits = term_test(notes, pair)
    term_pool = near_pool(notes, notes.term_pool.get(pair.term.script, ()), pair)
    n_terms = count_keys((p.term for p in term_pool if term_fits(p)), limit)
    if not term_ok:
        reasons.setdefault("single_choice", "term too long to be an option")
    elif not clue_ok:
        reasons.setdefault("single_choice", "definition too short or too long to be a clue")
    elif n_terms < SINGLE_CHOICE_DISTRACTORS:
        reasons.setdefault(
            "single_choice",
            f"only {n_terms} other terms in the same script to use as distractors "
            f"(need {SINGLE_CHOICE_DISTRACTORS})",
        )
    else:

        def definition_to_term(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
            term_options = same_script(term_candidates(notes, pair), term)
            distractors = kin_distractors(
                rng, notes, pair, term_options, term, {pair.term.key}, True
            )
            masked = mask(clue, term)
            named, members = kept(distractors, clue_suffix)
            key = "definition_to_term" + ("_in" if named else "")
            if opening and not named:
                key, named = "definition_to_term_setting", ""
            prompt = phrase(ask.lang, key, definition=masked, list=named, setting=opening)
            origins = [
                origin(pair.term, "answer", fact, correct=True),
                *(origin(d, "term", fact) for d in distractors),
            ]
            return choice(
                "single_choice",
                "definition_to_term",
                prompt,
                origins,
                ask,
                facts,
                subject=masked,
                stem_texts=tuple(t for t in (masked, named, opening) if t),
                reveals=((term, definition),),
                asks=(term,),
                context=named,
                context_members=members,
            )

        add(Form("single_choice", "definition_to_term", (fact,), definition_to_term))

    # True/false: the term with its own definition, or with a neighbour's.
    if not clue_ok:
        reasons["true_false"] = "definition too short or too long to state as a claim"
    elif mentions(clue, term) or mentions(clue.replace("的", ""), term):
        # "“定向调度”指的是：…可以通过定向调度迁移pod" reads true whatever it says.
        reasons["true_false"] = "definition names its own term"
    elif unfit := not_a_definition(clue):
        reasons["true_false"] = unfit
    else:

        def claim(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
            term_shown = pair.shown
            shown, truth, origins, borrowed = clue, True, (), []
            false_pool = [] if ask.truth else false_definitions(notes, pair)
            # A neighbour's definition of another kind (an ID's beside a tool) is false on its
            # face: one of the term's kind first. With none, the claim is still built, and
            # `distractor_kind` turns it down (the draw tries another fact): its origins say
            # whose definition it shows.
            false_pool = [e for e in false_pool if fits(notes, pair, e, False)] or false_pool
            false_pool = [e for e in false_pool if _owner_is_kin(notes, pair, e)] or false_pool
            # Never one false by a name it holds, nor an explanation (see statements.py).
            false_pool = [e for e in false_pool if fair_swap(notes, term, e)]
            # Nor one whose shown gloss argues or points back (see glosses.py; a formula
            # shown is `formula_descriptions`' to judge).
            false_pool = [e for e in false_pool if not argues_or_points_back(e.text)]
            if false_pool:
                nearest = best(
                    rng, false_pool, definition, fact, 1, {pair.definition.key}, siblings_first=True
                )
                shown, truth, borrowed = nearest[0].text, False, nearest[:1]
                origins = (
                    origin(pair.definition, "answer", fact, correct=True),
                    origin(nearest[0], "definition", fact),
                )
            named, members = kept(borrowed, suffix)
            key = "claim_definition" + ("_in" if named else "")
            prompt = phrase(
                ask.lang, key, term=term_shown, definition=as_meaning(ask.lang, shown), list=named
            )
            answer_text = (
                phrase(ask.lang, "true")
                if truth
                else phrase(
                    ask.lang,
                    "false_definition",
                    term=term_shown,
                    definition=as_meaning(ask.lang, definition),
                )
            )
            question = make_question(
                "true_false", prompt, ask, facts, truth=truth, answer_text=answer_text
            )
            return Draft(
                question,
                "claim_definition",
                subject=term,
                stem_texts=(term_shown, shown, named) if named else (term_shown, shown),
                origins=origins,
                reveals=((term, definition),) if truth else (),
                # A false claim shows another term's definition: showing that pair decides it.
                asks=(term, definition, shown),
                context=named,
                context_members=members,
            )

        add(Form("true_false", "claim_definition", (fact,), claim))

    # Fill in the term, always with its context: the list it is in, or its section (a bare
    # "______：资源调度控制器" does not say what field it asks about).
    blank_context = fill_in_context(notes, pair)
    blank_key = "blank_term_in"
    if opening:
        # Where the definition holds says what the blank is before any list or heading.
        blank_context, blank_key = opening, "blank_term_setting"
    if not term_ok:
        reasons["fill_blank"] = "term too long to write in a blank"
    elif not whole_ok:
        reasons["fill_blank"] = "definition too short or too long to be a clue"
    elif not blank_context:
        reasons["fill_blank"] = (
            "no list or heading below the notes' title that does not name the term to give context"
        )
    elif display_width(definition) > MAX_FILL_CLUE_WIDTH:
        reasons["fill_blank"] = "definition too long to read around a blank"
    elif points_around(definition):
        # "______：以上两者的融合": the two lines it points at are not on the paper.
        reasons["fill_blank"] = "the clue points at lines around it (以上, the former) not shown"
    elif formula(definition):
        # "______: $\mu = P(Y=1 | x)$" names no word to recall the term by: with no options
        # beside it, "mean", "probability" and "likelihood" all fit.
        reasons["fill_blank"] = "a formula is no clue to recall a name by"
    else:

        def blank_term(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
            clue = mask(definition, term)
            prompt = phrase(
                ask.lang,
                blank_key,
                blank=BLANK,
                definition=clue,
                list=blank_context,
                setting=blank_context,
            )
            question = make_question("fill_blank", prompt, ask, facts, answers=(term,))
            return Draft(
                question,
                "blank_term",
                subject=term,
                stem_texts=(clue, blank_context),
                reveals=((term, definition),),
                asks=(term,),
                rivals=fill_in_rivals(notes, pair, blank_context),
            )

        add(Form("fill_blank", "blank_term", (fact,), blank_term))
    return forms, reasons


def kin_distractors(
    rng: random.Random,
    notes: Notes,
    pair: Pair,
    candidates: Sequence[Entry],
    like: str,
    exclude: set[str],
    by_term: bool,
) -> list[Entry]:
    """A definition question's wrong options: the best of ``pair``'s kind (see
    :mod:`~examgen.questions.kinship`) and of its sort (a symbol beside symbols, a term's
    definition beside a term's, see :mod:`~examgen.questions.optionkind`), siblings first,
    three or at least two. With fewer of its kind the best of its sort, then of any, are
    returned, for the rules ``distractor_kind`` and ``option_kind`` to reject the question
    and name themselves in the shortfall: never a filler of another sort."""
    fitting = [e for e in candidates if fits(notes, pair, e, by_term)]
    if len(fitting) >= MIN_KIN_DISTRACTORS:
        candidates = fitting
    kin = [e for e in candidates if _owner_is_kin(notes, pair, e)]
    chosen = best(
        rng, kin, like, pair.fact, SINGLE_CHOICE_DISTRACTORS, exclude, siblings_first=True
    )
    if len(chosen) >= MIN_KIN_DISTRACTORS:
        return chosen
    return best(
        rng, candidates, like, pair.fact, SINGLE_CHOICE_DISTRACTORS, exclude, siblings_first=True
    )


def _owner_is_kin(notes: Notes, pair: Pair, entry: Entry) -> bool:
    """Whether the pair ``entry`` (a term or a definition) comes from is of ``pair``'s kind."""
    for owner in notes.pairs_of.get(entry.fact.id, ()):
        if owner.term is entry or owner.definition is entry:
            return same_kind(notes, pair, owner)
    return False


def definition_blocks(notes: Notes) -> dict[str, int]:
    """Definition fact id -> its block: a run of definitions one right after another under
    one heading, which any other fact (a list, a sequence) or a new heading ends
    ("Kerckhoff规则" and the rules after a list of cipher parts are not one block). Read from
    the positions of ``notes.pairs``' own definitions only (a chapter's, in the draw)."""
    ids = {p.fact.id: p.fact for p in notes.pairs if p.fact.kind == "definition"}
    ordered = sorted(ids.values(), key=lambda f: notes.position_of[f.id])
    blocks: dict[str, int] = {}
    block, last = 0, None
    for fact in ordered:
        if last is None or fact.section != last.section or not _next_to(notes, last, fact):
            block += 1
        blocks[fact.id] = block
        last = fact
    return blocks


def _next_to(notes: Notes, before: Fact, after: Fact) -> bool:
    """Whether only the two definitions' own details (a list on one's line: "Prometheus(…)"
    and its bullets) stand between them."""
    first, last = notes.position_of[before.id] + 1, notes.position_of[after.id]
    return all(f.line in (before.line, after.line) for f in notes.facts[first:last])


def group_matching_forms(notes: Notes, facts: Sequence[Fact]) -> list[Form]:
    """Matching over the definitions of one section ("Fluentd, Kafka, Heapster, …"), of one
    kind (see :mod:`~examgen.questions.kinship`)."""
    allowed = {f.id for f in facts}
    blocks = definition_blocks(notes)
    by_section: dict[tuple[tuple[str, ...], str, int], list[Pair]] = {}
    for pair in notes.pairs:
        if (
            pair.fact.kind == "definition"
            and pair.fact.id in allowed
            and pair.term.width <= MAX_TERM_WIDTH
            and MIN_CLUE_WIDTH <= pair.definition.width <= MAX_GLOSS_WIDTH
            and not mentions(pair.definition.text, pair.term.text)
            # Headings ("优点") and sentences are no terms to match.
            and not term_problem(pair.term.text)
            and clue_problem(pair.term.text, pair.definition.text) is None
        ):
            # One kind per matching: the terms of a heading in no list, or the members of
            # one list (a tool matched among IDs is matched by its kind alone).
            lists = term_lists(notes, pair)
            kind = min(lists, key=notes.position_of.__getitem__) if lists else ""
            # Terms of no list are matched within one run of definitions: a heading of a
            # whole file holds a rule, a method and a structure far apart, not one kind.
            block = -1 if kind else blocks[pair.fact.id]
            # And of one sort (see `matching_kinds`): formulas apart from sentences.
            sort = matching_kind(pair)
            by_section.setdefault((pair.fact.section, kind, block, sort), []).append(pair)
    forms = []
    for (_, kind, _, _), pairs in by_section.items():
        pairs = unique_pairs(pairs)
        if len(pairs) < MATCHING_MIN:
            continue
        # The list the terms are members of says what they are ("InnoDB 隐藏字段").
        name = notes.names.get(kind, "") if kind else ""
        if sentence(name) or any(mentions(name, p.term.text) for p in pairs):
            name = ""

        def match(
            rng: random.Random,
            free: tuple[Fact, ...],
            ask: Ask,
            pairs: list[Pair] = pairs,
            name: str = name,
        ) -> Draft:
            free_ids = {f.id for f in free}
            usable = [p for p in pairs if p.fact.id in free_ids]
            # Pairs matched by translating the term ("Scheduler" with "…调度") are left out
            # but one while enough others remain (else the gloss rule names why not).
            fair = fair_pairs(usable, notes, MATCHING_MIN)
            usable = fair if len(fair) >= MATCHING_MIN else usable
            # So is a pair whose gloss another gloss holds ("时间序列数据库" for influxdb
            # beside Prometheus's "…和时间序列数据库"): it would match either term.
            keys = [p.definition.key for p in usable]
            apart = [
                p
                for p in usable
                if not any(p.definition.key in k for k in keys if k != p.definition.key)
            ]
            usable = apart if len(apart) >= MATCHING_MIN else usable
            if len(usable) > MATCHING_MAX:
                usable = sorted(rng.sample(usable, MATCHING_MAX), key=lambda p: p.term.rank)
            prompt = phrase(ask.lang, "match_members", list=name) if name else ""
            prompt = prompt or phrase(ask.lang, "match_terms")
            used = tuple(p.fact for p in usable)
            return matching_question(rng, "match_terms", prompt, usable, ask, used, name)

        group = tuple(p.fact for p in pairs)
        forms.append(Form("matching", "match_terms", group, match, need=MATCHING_MIN))
    return forms


def lead_sentence(text: str) -> str | None:
    """The first sentence of a definition of several, or None for a text of one sentence.

    Notes define first and go on with how it works ("UDLD: a Cisco-proprietary Layer 2
    messaging protocol, serves as an echo mechanism between a pair of devices. Using UDLD
    messages, each switch advertises …"): the first sentence is the definition a stem can
    print, the rest is detail. Where a sentence ends is the readers' one rule
    (:func:`~examgen.notes.sentences.sentence_stops`: no abbreviation or ellipsis ends it)."""
    for _, end in sentence_stops(text, semicolons=False):
        lead, rest = text[:end].strip(), text[end:].strip()
        return lead if rest and lead else None
    return None
