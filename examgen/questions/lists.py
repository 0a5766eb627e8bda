"""Forms of a list: which belongs, which does not, select all, claims, enumeration, matching."""

from __future__ import annotations

import random
from collections.abc import Sequence

from examgen.model import Fact
from examgen.questions.blanks import blank_member_form
from examgen.questions.categories import (
    category_problem,
    contrasting_lists,
    stated_count,
)
from examgen.questions.clues import clue_problem
from examgen.questions.comparisons import comparable
from examgen.questions.definitions import defined_apart, pair_forms
from examgen.questions.distractors import (
    best,
    count_keys,
    near_entries,
    outsider_candidates,
    outsider_test,
    same_script,
)
from examgen.questions.form import (
    Ask,
    Draft,
    Form,
    Origin,
    choice,
    make_question,
    matching_question,
    origin,
    unique_pairs,
)
from examgen.questions.glosscues import fair_pairs
from examgen.questions.index import Entry, Notes
from examgen.questions.lengthcues import even_lengths, name_length_apart
from examgen.questions.limits import (
    MATCHING_MIN,
    MAX_GLOSS_WIDTH,
    MAX_OPTION_WIDTH,
    MAX_SHORT_ANSWER_MEMBER_WIDTH,
    MAX_TERM_WIDTH,
    SHORT_ANSWER_MAX,
    SINGLE_CHOICE_DISTRACTORS,
    SPARE_DISTRACTORS,
)
from examgen.questions.optionkind import compound, term_kind
from examgen.questions.options import same_kind_lists
from examgen.questions.outline import outline_apart
from examgen.questions.owners import owned_name, stem_owner
from examgen.questions.remarks import without_remark
from examgen.questions.siblings import sibling_entries
from examgen.questions.terms import term_problem
from examgen.questions.text import clean, mentions
from examgen.questions.traitoptions import compared_owners, trait_options
from examgen.questions.wording import list_all_key, phrase

#: The forms that ask the list as a category (see :mod:`examgen.questions.categories`).
CATEGORY_FORMS = (
    "belongs",
    "not_belongs",
    "select_members",
    "claim_member",
    "enumerate",
    "blank_member",
)
#: Wrong options a select-all question offers at least.
MIN_SELECT_WRONG = 2
#: How a reason given for the category rule starts.
CATEGORY_REASON = "category rule: "


def list_forms(notes: Notes, fact: Fact) -> tuple[dict[str, list[Form]], dict[str, str]]:
    forms: dict[str, list[Form]] = {}
    reasons: dict[str, str] = {}
    name = owned_name(notes, fact)
    # A bare kind word under a section of its own: the "属于" and short-answer stems say the
    # section as their context and the name alone (see :func:`stem_owner`).
    owner = stem_owner(notes, fact)
    listed_as = clean(fact.subject) if owner else name

    def stem(lang: str, key: str, **values: object) -> str:
        if owner:
            return phrase(lang, f"{key}_in", owner=owner, list=listed_as, **values)
        return phrase(lang, key, list=name, **values)

    entries = notes.members_of.get(fact.id, ())
    # A member joining several names ("Kubernetes/Mesos/Swarm") is never one option.
    # A relative member ("速度较快") of a comparison the list's name cannot say is not asked.
    members = [e for e in comparable(fact, entries) if e.width <= MAX_OPTION_WIDTH]
    members = [e for e in members if not compound(e.text)]
    # Whether there are enough outsiders is decided by counting the first few (three make a
    # single choice, and no shape of select-all needs more); the full list, thousands of
    # members in large notes, is made only when a question is drawn (or a reason needs it).
    outside = outsider_test(notes, fact)
    limit = SINGLE_CHOICE_DISTRACTORS
    n_outsiders = count_keys(filter(outside, near_entries(notes, notes.option_keys, fact)), limit)
    listed: list[list[Entry]] = []

    every: list[list[Entry]] = []

    def all_outsiders() -> list[Entry]:
        if not every:
            every.append(outsider_candidates(notes, fact))
        return every[0]

    def outsiders() -> list[Entry]:
        """Members of other lists; those of lists that are categories when there are enough
        (a statement from a list of facts about one thing is no option among kinds)."""
        if not listed:
            candidates = all_outsiders()
            kinds: dict[str, bool] = {}

            def of_a_kind(entry: Entry) -> bool:
                if entry.fact.id not in kinds:
                    kinds[entry.fact.id] = category_problem(notes, entry.fact) is None
                return kinds[entry.fact.id]

            # A contrasting list ("MAC的特点" by "数字签名的特点") is the best source whatever
            # its members are: they are of the answers' shape.
            categorical = [e for e in candidates if e.fact.id in contrasts or of_a_kind(e)]
            enough = count_keys(categorical, SINGLE_CHOICE_DISTRACTORS) >= SINGLE_CHOICE_DISTRACTORS
            listed.append(categorical if enough else candidates)
        return listed[0]

    counted: dict[str, int] = {}

    def same_script_outsiders(script: str) -> int:
        """Distinct outsiders in ``script``, up to the three a single choice needs."""
        if script not in counted:
            pool = near_entries(notes, notes.option_members.get(script, ()), fact)
            counted[script] = count_keys(filter(outside, pool), limit)
        return counted[script]

    def add(form: Form) -> None:
        forms.setdefault(form.type, []).append(form)

    # Lists that contrast with this one (its disadvantages, another thing's features): the
    # best source of wrong options, and the only one of a "does NOT belong" answer.
    contrasts = tuple(
        f.id for f in contrasting_lists(notes, fact) if not outline_apart(notes, fact.id, f.id)
    )
    contrast_members = [
        e for f in contrasts for e in notes.members_of.get(f, ()) if e.width <= MAX_OPTION_WIDTH
    ]
    # Options naming whose traits they are ("数字签名…" beside "MAC…", under "比较MAC和数字签名")
    # are sorted by the name: the choices offer the traits with the owner cut, or leave them.
    owners = compared_owners(notes, fact, contrasts)
    choices = trait_options(notes, members, owners)
    taken = frozenset(e.key for e in (*members, *choices))

    def traits(pool: Sequence[Entry]) -> list[Entry]:
        """The outsiders in ``pool`` as options beside ``choices`` (see :func:`trait_options`)."""
        return trait_options(notes, pool, owners, taken)

    def kin(candidates: Sequence[Entry]) -> frozenset[str]:
        """The lists whose members are the most plausible wrong options: the contrasting
        ones, and those named by the same kind (see :func:`option_kinds`)."""
        kind = same_kind_lists(notes, fact.id, (e.fact.id for e in candidates))
        return kind | frozenset(contrasts)

    def kin_first(pool: Sequence[Entry], likes: Sequence[str], needed: int) -> list[Entry]:
        """The outsiders of the sorts of ``likes`` (the answers: a term beside terms, see
        :func:`~examgen.questions.optionkind.term_kind`); of those, only the kin lists'
        (contrasting lists, lists of the same kind) when they hold ``needed``: a nearer
        outsider of an unrelated list is no plausible wrong option."""
        sorts = {term_kind(t) for t in likes}
        pool = [e for e in pool if term_kind(e.text) in sorts] or list(pool)
        # Nearest kin first: the contrasting lists, then every list of the same kind, each
        # taken list by list from the nearest in the notes ("MAC的特点" just above
        # "数字签名的特点" before "计算机安全特点" chapters away) until they hold enough.
        # Positions from the entries' own ranks: reading every kin list's position in the
        # index would tie the drawn paper to lists far away (see questions/keep.py).
        here = notes.position_of[fact.id]
        at = {e.fact.id: e.rank[0] for e in pool}
        for related in (frozenset(contrasts), kin(pool)):
            taken: set[str] = set()
            present = [i for i in at if i in related]
            for list_id in sorted(present, key=lambda i: (abs(at[i] - here), i)):
                taken.add(list_id)
                near = [e for e in pool if e.fact.id in taken]
                if count_keys(near, needed) >= needed:
                    return near
        return pool

    def outside_origin(entry: Entry) -> Origin:
        slot = "contrasting list" if entry.fact.id in contrasts else "other list"
        return origin(entry, slot, fact)

    def typical(chosen: Sequence[Entry]) -> str:
        # Outsiders should look like the members: compare with a member of median width.
        by_width = sorted(chosen, key=lambda e: (e.width, e.rank))
        return by_width[len(by_width) // 2].text

    # Which belongs / which does NOT belong.
    if not choices:
        reasons["single_choice"] = "no member short enough to be an option"
    elif n_outsiders < 1:
        reasons["single_choice"] = "no members of other lists to use as distractors"
    else:
        # Options in one script: the answer's script decides which outsiders may stand by it.
        askable = [
            m for m in choices if same_script_outsiders(m.script) >= SINGLE_CHOICE_DISTRACTORS
        ]
        if askable:

            def belongs(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
                answer = rng.choice(askable)
                candidates = same_script(traits(outsiders()), answer.text)
                if count_keys(candidates, SINGLE_CHOICE_DISTRACTORS) < SINGLE_CHOICE_DISTRACTORS:
                    candidates = same_script(traits(all_outsiders()), answer.text)
                # The nearest kin lists first; more of them when their members would set the
                # answer apart by its length ("标准" among "多语言", "路由寻址", "服务通信").
                n = SINGLE_CHOICE_DISTRACTORS
                for needed in (n, n + SPARE_DISTRACTORS):
                    pool = kin_first(candidates, (answer.text,), needed)
                    ranked = best(
                        rng, pool, answer.text, fact, needed + SPARE_DISTRACTORS, prefer=kin(pool)
                    )
                    distractors = even_lengths(answer.text, ranked, n)
                    if not name_length_apart(answer.text, [d.text for d in distractors]):
                        break
                prompt = stem(ask.lang, "belongs")
                origins = [
                    origin(answer, "answer", fact, correct=True),
                    *map(outside_origin, distractors),
                ]
                return choice(
                    "single_choice",
                    "belongs",
                    prompt,
                    origins,
                    ask,
                    facts,
                    subject=name,
                    stem_texts=(name,),
                    reveals=((name, answer.text),),
                    asks=(answer.text,),
                )

            add(Form("single_choice", "belongs", (fact,), belongs))
        by_script: dict[str, list[Entry]] = {}
        for member in choices:
            by_script.setdefault(member.script, []).append(member)
        # The odd one out comes only from a contrasting list (its disadvantages, another
        # thing's features): from anywhere else it is too often true of this list as well.
        scripts = sorted(
            script
            for script, group in by_script.items()
            if len(group) >= SINGLE_CHOICE_DISTRACTORS
            and any(outside(e) for e in contrast_members if e.script == script)
        )
        if not contrasts:
            reasons["single_choice"] = (
                "no contrasting list (its disadvantages, another thing's features) "
                "to draw a “does NOT belong” option from"
            )
        if scripts:

            def not_belongs(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
                group = by_script[rng.choice(scripts)]
                shown = rng.sample(group, SINGLE_CHOICE_DISTRACTORS)
                candidates = traits(
                    [e for e in same_script(contrast_members, shown[0].text) if outside(e)]
                )
                outsider = best(rng, candidates, typical(shown), fact, 1)[0]
                prompt = stem(ask.lang, "not_belongs")
                origins = [
                    origin(outsider, "contrasting list", fact, correct=True),
                    *(origin(m, "sibling", fact) for m in shown),
                ]
                return choice(
                    "single_choice",
                    "not_belongs",
                    prompt,
                    origins,
                    ask,
                    facts,
                    subject=name,
                    stem_texts=(name,),
                    reveals=tuple((name, m.text) for m in shown),
                    asks=(outsider.text,),
                )

            add(Form("single_choice", "not_belongs", (fact,), not_belongs))
        if "single_choice" not in forms:
            # The one place the outsiders are counted in full (their keys are distinct).
            n_all = sum(1 for _ in filter(outside, near_entries(notes, notes.option_keys, fact)))
            reasons["single_choice"] = (
                f"{len(choices)} members and {n_all} outsiders: too few for four options"
            )

    # Select all that apply: at least two right, at least two wrong (a lone wrong option is
    # struck out by itself, and the rest are the key), four to six options. A name that
    # counts its members ("访问控制的三个元素") offers them all: with one left out, the count
    # invites a wrong pick to make it up.
    wanted = stated_count(fact.subject)
    shapes = [
        (total, right)
        for total in (4, 5, 6)
        for right in range(2, total - MIN_SELECT_WRONG + 1)
        if right <= len(choices)
        and total - right <= n_outsiders
        and wanted in (None, right)
        and (wanted is None or len(choices) == len(entries))
    ]
    if len(choices) < 2:
        reasons["multiple_choice"] = "fewer than 2 members short enough to be options"
    elif n_outsiders < MIN_SELECT_WRONG or len(choices) + n_outsiders < 4:
        reasons["multiple_choice"] = "too few members of other lists to use as distractors"
    elif not shapes:
        reasons["multiple_choice"] = (
            f"its name counts {wanted} members: {len(choices)} of {len(entries)} "
            "fit as options, and a select-all must offer them all"
        )
    else:

        def select_members(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
            total, right = rng.choice(shapes)
            chosen = sorted(rng.sample(choices, right), key=lambda e: e.rank)
            like = typical(chosen)
            pool = same_script(traits(outsiders()), like)
            pool = kin_first(pool, [e.text for e in chosen], total - right)
            wrong = best(rng, pool, like, fact, total - right, prefer=kin(pool))
            if len(wrong) < total - right:
                # Too few of a kind in the members' script: the rules judge the mix.
                pool = traits(all_outsiders())
                wrong = best(rng, pool, like, fact, total - right, prefer=kin(pool))
            prompt = stem(ask.lang, "select_members")
            origins = [
                *(origin(e, "answer", fact, correct=True) for e in chosen),
                *map(outside_origin, wrong),
            ]
            return choice(
                "multiple_choice",
                "select_members",
                prompt,
                origins,
                ask,
                facts,
                subject=name,
                stem_texts=(name,),
                reveals=tuple((name, e.text) for e in chosen),
                asks=tuple(e.text for e in chosen),
            )

        add(Form("multiple_choice", "select_members", (fact,), select_members))

    # True/false: "X belongs to L", true with a member, false with an outsider.
    if not members:
        reasons["true_false"] = "no member short enough to state"
    else:

        def claim_member(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
            member = rng.choice(members)
            # False with a member of a sibling list; with none, false_member_sibling turns the
            # claim down and the paper draws another false one (its true/false balance).
            pool = [] if ask.truth else outsiders()
            if not pool:
                prompt = stem(ask.lang, "claim_member", member=without_remark(member.text))
                answer_text = phrase(ask.lang, "true")
                question = make_question(
                    "true_false", prompt, ask, facts, truth=True, answer_text=answer_text
                )
                return Draft(
                    question,
                    "claim_member",
                    subject=name,
                    stem_texts=(name,),
                    origins=(origin(member, "answer", fact, correct=True),),
                    reveals=((name, member.text),),
                    asks=(member.text,),
                )
            pool = sibling_entries(notes, fact, pool) or pool
            outsider = best(rng, pool, member.text, fact, 1, prefer=kin(pool))[0]
            prompt = stem(ask.lang, "claim_member", member=without_remark(outsider.text))
            other = owned_name(notes, outsider.fact)
            answer_text = phrase(ask.lang, "false_member", member=outsider.text, other=other)
            question = make_question(
                "true_false", prompt, ask, facts, truth=False, answer_text=answer_text
            )
            return Draft(
                question,
                "claim_member",
                subject=name,
                stem_texts=(name,),
                origins=(outside_origin(outsider),),
                asks=(outsider.text,),
            )

        add(Form("true_false", "claim_member", (fact,), claim_member))

    # Fill in a member of a closed set: a list whose name counts its members ("Docker三要素")
    # shown with one left out has one answer (any list's other members would do otherwise).
    fill = blank_member_form(notes, fact, name, entries)
    if isinstance(fill, str):
        reasons["fill_blank"] = fill
    else:
        add(fill)

    # Enumerate the members.
    widths = [e.width for e in entries]
    if len(entries) < 2:
        reasons["short_answer"] = "fewer than 2 members"
    elif len(comparable(fact, entries)) < len(entries):
        reasons["short_answer"] = "a relative member of a comparison the list's name cannot say"
    elif max(widths) > MAX_SHORT_ANSWER_MEMBER_WIDTH:
        reasons["short_answer"] = "members are too long to enumerate from memory"
    else:

        def enumerate_members(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
            n = len(entries)
            k = min(n, SHORT_ANSWER_MAX)
            key = list_all_key(n, stated_count(fact.subject) == n) if k == n else "list_some"
            prompt = stem(ask.lang, key, n=n, k=k)
            each = round(ask.points / k, 2)
            # The last point takes the rounding so the breakdown adds up to the question's points.
            answer_points = (*([each] * (k - 1)), round(ask.points - each * (k - 1), 2))
            glosses = {clean(item.text): clean(item.gloss) for item in fact.items}
            shown = [
                phrase(ask.lang, "gloss", text=e.text, gloss=glosses[e.text])
                if glosses.get(e.text)
                else e.text
                for e in entries
            ]
            question = make_question(
                "short_answer",
                prompt,
                ask,
                facts,
                answers=tuple(e.text for e in entries),
                key_lines=tuple(shown),
                answer_points=answer_points,
            )
            return Draft(
                question,
                "enumerate",
                subject=name,
                stem_texts=(name,),
                reveals=tuple((name, e.text) for e in entries),
                asks=tuple(e.text for e in entries),
            )

        add(Form("short_answer", "enumerate", (fact,), enumerate_members))

    # Matching members to their glosses.
    glossed = [
        p
        for p in notes.pairs_of.get(fact.id, ())
        if p.term.width <= MAX_TERM_WIDTH
        and p.definition.width <= MAX_GLOSS_WIDTH
        # "PID: 对进程PID进行重新标号" would match itself.
        and not mentions(p.definition.text, p.term.text)
        and not term_problem(p.term.text)
        and clue_problem(p.term.text, p.definition.text) is None
    ]
    glossed = unique_pairs(glossed)
    # "Mount: 隔离文件系统挂载点" and "IPC: 隔离进程间通信" are matched by translating their
    # names: the others are offered, and at most one such pair beside them (else the
    # matching is built, and the gloss rule names why not).
    fair = fair_pairs(glossed, notes, MATCHING_MIN)
    glossed = fair if len(fair) >= MATCHING_MIN else glossed
    if any(item.gloss for item in fact.items):
        if len(glossed) < MATCHING_MIN:
            reasons["matching"] = (
                f"{len(glossed)} of the members have a distinct gloss (need {MATCHING_MIN})"
            )
        else:

            def match(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
                prompt = phrase(ask.lang, "match_members", list=name)
                return matching_question(rng, "match_members", prompt, glossed, ask, facts, name)

            add(Form("matching", "match_members", (fact,), match))

    # Pairs from glossed members: term <-> gloss questions about the list.
    for pair in notes.pairs_of.get(fact.id, ()):
        if defined_apart(notes, pair) is not None:
            continue  # asked from that definition, cited at its own line
        given, _ = pair_forms(notes, pair)
        for qtype, extra in given.items():
            forms.setdefault(qtype, []).extend(extra)
    for qtype in forms:
        reasons.pop(qtype, None)
    if "fill_blank" not in forms and any(item.gloss for item in fact.items):
        reasons["fill_blank"] = "no glossed member both short and clearly described"
    # The category rule depends on the list alone: the forms it would reject are not offered
    # (building and rejecting them for every such list would cost a pass over the notes each).
    problem = category_problem(notes, fact)
    if problem:
        for qtype in list(forms):
            kept = [f for f in forms[qtype] if f.variety not in CATEGORY_FORMS]
            if kept:
                forms[qtype] = kept
            else:
                del forms[qtype]
                reasons[qtype] = f"{CATEGORY_REASON}{problem}"
    return forms, reasons
