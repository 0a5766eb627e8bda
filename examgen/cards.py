"""What each fact asks on its Anki notes: prompts, answers, clozes, in the notes' language.

``examgen.deck`` decides where notes go (decks, tags, GUIDs, times) and writes them; this
module decides what they say. The rules a card follows (README "The cards"):

* **The prompt states the relation.** A list asks for "the components of X" or "the
  advantages of X" when its subject names the relation (``CGroups 作用`` ->
  ``CGroups 的作用有哪些？``), "which are X" when the subject is a category
  (``云计算优势有哪些？``), "which kinds of X" when every member is an X (``全自动调度`` with
  ``定向调度``, ``亲和性调度``), the relation a lead-in, facet, heading or bare relation word
  names (``examgen.prompts``); a list naming none is the back of an "explain X" card that
  says where X stands (``解释这个概念 node（核心组件）``, ``card_notes.explained_notes``),
  never a bare "X有哪些？" nor a blank among its points.
* **The notes' language.** The wording follows the language of most facts of the fact's
  notes file, whatever the script of one term (``CNM`` in a Chinese file gets 解释这个概念).
* **A recall budget** (:data:`MAX_MEMBERS`, :data:`MAX_DELETION_COLUMNS`,
  :data:`MAX_ANSWER_COLUMNS`): a member wider than a deletion may be is shown, never asked;
  a list whose answer is over budget is asked in groups, one note per group, filled oldest
  member first (:func:`stable_groups`) so that an inserted member moves nobody (but the
  one member a lone last group borrows from the group before).
* **Cloze numbers follow members.** A cloze deletion's number is the one the store keeps
  for its member (``examgen.clozes``), not its position; a note says which numbers it uses
  (:attr:`CardNote.cloze_numbers`).
* **Math is MathJax.** Note text goes through ``cardtext.text_html``: formulas reach Anki as
  ``\\(…\\)`` / ``\\[…\\]`` and are never cut or hidden inside.
* **No giveaways.** Wherever an asked member's text recurs on its card (the title, a gloss,
  another member, the breadcrumb), it is hidden on that card too.
* **Names, not sentences, are blanked** (:func:`asked_members`): a sentence member is
  shown, a list of sentences gets only its one "list them" card, a one-character answer
  that recurs on its card is not blanked, and a one-member list is asked like a definition.
* **Reverse cards only from distinctive texts** (:func:`distinctive`), with the breadcrumb,
  never from an acronym's expansion or a text naming synonyms, and with the term's other
  forms hidden (``examgen.card_giveaways``); a term that is a list's member is asked with
  its list.
* **A group card shows a window** of the other members (``card_budget.window``), not the
  whole list: the deck stays linear in a list's length. A list in groups gets no cloze
  note: its members are asked once, by the groups.
* **No twins.** Facts of one kind with the same subject get a qualifier (the list they sit in,
  or their section) so their cards never ask the same question with different answers.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

from examgen.aspects import aspect_wording
from examgen.card_aliases import other_name
from examgen.card_budget import (
    GROUP_MEMBERS,
    MAX_ANSWER_COLUMNS,
    MAX_DELETION_COLUMNS,
    MAX_MEMBERS,
    SENTENCE_COLUMNS,
    SENTENCE_WORDS,
    Members,
    askable,
    asked_members,
    grouped_kind,
    groups,
    is_facet,
    is_sentence,
    stable_groups,
    structure,
    told_steps,
)
from examgen.card_definitions import (
    defines_another,
    definition_prompt,
    names_another,
    unaskable,
)
from examgen.card_forms import list_texts, said_otherwise, title_says
from examgen.card_giveaways import (
    names_its_word,
    names_synonyms,
    shows_its_kind,
    spells_numbered,
    spells_out,
    term_name,
)
from examgen.card_hiders import cloze_numbers, list_hiders
from examgen.card_html import unnamed_source
from examgen.card_lists import list_notes
from examgen.card_notes import (
    CardNote,
    Made,
    alias_notes,
    definition_notes,
    sequence_notes,
    table_notes,
)
from examgen.card_phrases import Phrases, phrases
from examgen.card_reverse import MIN_REVERSE_COLUMNS, distinctive, leaves_a_clue
from examgen.card_rewrites import (
    trait_lines,
    with_referents,
    without_dangling,
    without_figure,
    without_glued,
)
from examgen.card_siblings import names_a_sibling
from examgen.card_survey import Survey, gloss_key, subject_key, sublist_heads, survey
from examgen.cardtext import clean, mask, member_text
from examgen.headings import owner_of_word
from examgen.model import Fact, Item
from examgen.notes.labels import generic_label
from examgen.processes import names_no_process
from examgen.prompts import (
    owner_title,
    relation,
    subject_head,
)
from examgen.questions.illustrations import illustration_reason
from examgen.questions.vocabulary import cut_word

# The survey (examgen.card_survey) and the recall budget (card_budget) stay importable here.
__all__ = [
    "CARD_KINDS",
    "GROUP_MEMBERS",
    "MAX_ANSWER_COLUMNS",
    "MAX_DELETION_COLUMNS",
    "MAX_MEMBERS",
    "MIN_REVERSE_COLUMNS",
    "SENTENCE_COLUMNS",
    "SENTENCE_WORDS",
    "CardNote",
    "Made",
    "Survey",
    "askable",
    "asked_members",
    "distinctive",
    "fact_notes",
    "gloss_key",
    "grouped_kind",
    "groups",
    "is_sentence",
    "stable_groups",
    "survey",
]

#: Base card kinds (part of the GUID). Grouped notes add ``#2``, ``#3``… to the kind of their
#: first group; a table row's kind is ``table:<row head>`` (see :func:`fact_notes`).
CARD_KINDS = ("definition", "list", "list-cloze", "sequence", "table")


# ------------------------------------------------------------------------------ notes


def fact_notes(
    fact: Fact,
    plan: Survey,
    *,
    reverse: bool,
    images: str,
    context: str,
    source: str,
    numbers: Sequence[int] = (),
) -> Made:
    """The notes of one fact. ``reverse``: give a definition its reverse card; ``images``,
    ``context`` (the breadcrumb) and ``source`` are ready HTML for the fields of that name;
    ``numbers``: the stored cloze number of each of ``fact.items`` (``examgen.clozes``),
    empty to number the asked members 1..n in order."""
    lang = plan.languages.get(fact.source, fact.lang)
    words = phrases(lang)
    source = unnamed_source(source, fact, words.blank)  # not `sources/Normalization.md`
    qualifier = plan.qualifiers.get((fact.id, fact.kind), "")
    qualified = words.qualifier.format(q=clean(qualifier)) if qualifier else ""
    subject = without_dangling(clean(fact.subject))
    if reason := illustration_reason(fact):  # an anecdote in an example box: no card
        return Made((), (f"{fact.kind} {fact.subject!r}: {reason}",))
    if fact.kind == "definition" and (kept := plan.echoes.get(fact.id)):
        return Made((), (f"definition {fact.subject!r}: the same term as {kept!r}, asked there",))
    if fact.kind == "definition" and plan.leads.get(fact.id) == "":
        # "Armstrong's Axioms: …推導出" over its list: the list's lead-in, not a definition.
        return Made((), (f"definition {fact.subject!r} leads in its list",))
    if fact.kind == "definition":
        # An aspect ("索引优点", "Goal" under "STP") is no term: its card names whose aspect
        # it is ("索引的优点"), asks to explain it, and gets no reverse card ("… → Goal").
        named = aspect_wording(subject, fact.section, lang, words)
        # A list's member is asked with its list ("IPC（命名空间六种隔离）", not IPC itself);
        # a bare relation word ("Problem", 缺点) or formula, with the heading it belongs to.
        parent = owner_title(plan.parents.get(fact.id, ""), lang, words) or owner_of_word(
            subject, fact, lang
        )
        label = generic_label(subject)  # read once: the reverse card asks it again below
        if label and not (parent := fact.parent or ""):  # "critical measure"
            return Made((), (f"definition {fact.subject!r}: a label, whose is not said",))
        if parent and not qualified and not named:
            qualified = words.qualifier.format(q=clean(parent))
        text = with_referents(without_figure(clean(fact.text)), plan.before.get(fact.id, ()))
        text = trait_lines(without_glued(text, plan.defined, fact.subject))
        if reason := unaskable(text):
            return Made((), (f"definition {fact.subject!r}: {reason}",))
        if defines_another(subject, text):  # "…（Lossless Decomposition）": that term's
            return Made((), (f"definition {fact.subject!r}: its text names another term",))
        if cut := cut_word(text, plan):  # "…container network interfa": the notes cut it
            return Made((), (f"definition {fact.subject!r}: {cut!r} is a word cut off",))
        # A description ("Recovery from a lost connectivity to the root bridge"), or a claim
        # (going on from a sentence the card does not show, "因此需要…"; "always…"), is explained.
        # What the text is says the prompt: a definition, a value, a range, a benefit, …
        prompt = definition_prompt(subject, text, lang, words, named=bool(named))
        step = plan.steps.get(fact.source, {}).get(term_name(subject).casefold())
        if prompt == words.define and step and step == gloss_key(fact.text):
            # "Termination (decide whether to stop)", a step of a process: what is done then,
            # not what a term means ("Define this term · Stop": "return θ̂").
            prompt = words.explain
        members = plan.members.get(fact.source, {})
        if prompt == words.define and (name := other_name(subject, text, members)):
            # "sleep drunkenness": "Confusional arousals" names, not defines: asked both ways,
            # unless another fact says the same name (the way back would have two answers).
            both = gloss_key(name) not in plan.shared
            edges = (images, context, source)
            return alias_notes(fact, name, term_name(subject), qualified, words, both, edges)
        reverse = (
            reverse
            and not (named or label)  # "… → critical measure": whose?
            and prompt == words.define
            and distinctive(fact.text, plan)
            and leaves_a_clue(text, subject)
            and not spells_out(subject, text)
            and not names_synonyms(text)
            and not names_another(subject, text)
            and not shows_its_kind(subject, text)
            and not spells_numbered(subject, text)
            and not names_its_word(subject, text)
            and not names_a_sibling(subject, text, fact.section)
        )
        return definition_notes(
            fact,
            text,
            named or term_name(subject),
            qualified,
            words,
            reverse,
            (images, context, source),
            prompt,
        )
    if fact.kind == "sequence" and names_no_process(fact.subject, [i.text for i in fact.items]):
        # "CRI 设计模型（按顺序）: kubelet→shim→runtime" names no process and its steps are
        # names: a structure read from either end, asked as a list, never in order.
        fact = replace(fact, kind="list")
    if fact.kind in ("list", "sequence"):
        if len(numbers) != len(fact.items) or not all(numbers):
            numbers = (0,) * len(fact.items)  # none stored: number by position
        # A gloss ending in a word the notes cut off ("container network interfa") is left
        # off: the card would teach the cut word.
        kept = []
        for item, number in zip(fact.items, numbers, strict=True):
            if text := member_text(item.text):
                gloss = _whole(clean(item.gloss), plan) or None
                # The member itself when its text and gloss are as the card shows them (most
                # are): a frozen Item made anew per member was a fortieth of a deck's build.
                same = text == item.text and gloss == item.gloss
                kept.append((item if same else Item(text, gloss), number))
        if not kept:
            return Made((), (f"{fact.kind} {fact.subject!r} has no items",))
        items = tuple(item for item, _number in kept)
        # What the rules read of each member (its text cleaned, its width), once per list.
        members = Members(items)
        # A member the list glosses not but the notes define on their own ("UDLD - …" under
        # "Unidirectional Link Issues"): its definition tells the relation (remedies_word).
        worded = tuple(i if i.gloss else _defined_item(i, plan) for i in items)
        if fact.kind == "list" and all(is_facet(item.text) for item in items):
            # "索引类型": 从数据结构角度, 从物理存储角度, …: ways of dividing it, each asked
            # by its own list ("索引类型（从数据结构角度）"), not types to recall.
            return Made((), (f"list {fact.subject!r}: its members are facets, not members",))
        heads = sublist_heads(fact, items, plan)
        if fact.kind == "list":
            lead = plan.leads.get(fact.id, "")
            if lead and not fact.label:
                fact = replace(fact, label=f"{subject}{words.colon}{lead}")
        # The list's relation (``prompts.relation``), read by whether it names one, its
        # prompt and its wording: worked out once per list, when its cards first need it.
        title, related = "", None
        if fact.kind == "list":
            if len(fact.section) == 2 and subject_key(fact.section[0]) in plan.defined:
                title = fact.section[0]  # the notes' title, a term they define
            related = _Once(
                relation, subject + qualified, worded, lang, fact.section, fact.label, title
            )
        # Which members are asked, their numbers, the list's wording and its hiders: worked
        # out when a card first needs them (a list explained as a concept that fits on its
        # card asks none by name, and reads none of them).
        asking = _Once(
            _asking,
            fact,
            members,
            worded,
            heads,
            kept,
            subject,
            qualified,
            words,
            lang,
            plan,
            related,
        )
        if fact.kind == "list":
            return list_notes(
                fact,
                parent=plan.parents.get(fact.id, ""),
                defined=plan.defined,
                subject=subject + qualified,
                items=items,
                members=members,
                asking=asking,
                related=related,
                top_title=title,
                words=words,
                lang=lang,
                images=images,
                context=context,
                source=source,
                heads=heads,
                full=_whole(plan.expanded.get(subject_key(fact.subject), ""), plan),
                worded=worded,
            )
        _numbered, _wording, hiders = asking()
        _hider, (cloze_hider, cloze_numbered), _hidden = hiders()
        return sequence_notes(
            fact,
            subject + qualified,
            items,
            cloze_numbered,
            cloze_hider,
            words,
            images,
            context,
            source,
        )
    if fact.kind == "table":
        return table_notes(fact, subject + qualified, words, images, context, source)
    return Made((), (f"unknown fact kind {fact.kind!r}",))


class _Once:
    """``function(*args)``, worked out at the first call and kept for the next ones. Not
    ``functools.cache`` of a ``functools.partial``: that copied the partial's attributes
    onto a new wrapper per list (a getattr and a caught exception each, about a
    twentieth of a deck's planning)."""

    __slots__ = ("_args", "_function", "_value")

    def __init__(self, function, *args) -> None:
        self._function = function
        self._args = args
        self._value = None

    def __call__(self):
        if self._value is None:  # _asking's value is a tuple: never None once made
            self._value = self._function(*self._args)
        return self._value


def _asking(
    fact: Fact,
    members: Members,
    worded: tuple[Item, ...],
    heads: Sequence[bool],
    kept: Sequence[tuple[Item, int]],
    subject: str,
    qualified: str,
    words: Phrases,
    lang: str,
    plan: Survey,
    related: _Once | None,
) -> tuple[dict[int, int], tuple[str, str], functools.partial]:
    """Which members of the list or sequence ``fact`` (shown as ``members``; ``worded``:
    with the definitions that gloss them, ``heads``: those heading a sublist, ``kept``:
    each with its stored cloze number) are asked, as their cloze numbers by position; the
    list's question and title (``list_texts``, of a list's relation ``related()``); and its
    hiders, made when called (``card_hiders.list_hiders``)."""
    items = members.items
    asks = asked_members(items, (fact.subject, *fact.section), members)
    if fact.kind == "list":
        shape = structure(items, subject, subject_head(subject, lang), members)
    else:
        shape = told_steps([item.text for item in items])
    asks = [
        ask and not skip and not head for ask, skip, head in zip(asks, shape, heads, strict=True)
    ]
    headings = (fact.subject, *fact.section)
    # A title or heading saying a member in another form ("CGroups" over cgroup) gives
    # its blank away: that member is shown, not asked (README "No giveaways").
    # Worded once: the list's card and its groups' and cloze's titles read it.
    rel = related() if related is not None else None
    wording = list_texts(fact, subject + qualified, worded, words, lang, plan, rel)
    title = wording[1]
    # So does the notes' own title, the deck's name (the ER Model -> Relation ->
    # Normalization route of notes titled "Normalization").
    top = subject_key(fact.section[0]) if len(fact.section) > 1 else ""
    # And a sequence's step that its own subject names (云计算 ending 云计算发展路线): the
    # blank would cut the title ("[...]发展路线"), and "the route of X ends in X" asks nothing.
    own = fact.kind == "sequence"
    asks = [
        ask
        and not title_says(item.text, title)
        and not said_otherwise(item.text, headings)
        and subject_key(item.text) != top
        and not (own and mask(subject, item.text, "\0") != subject)
        for ask, item in zip(asks, items, strict=True)
    ]
    stored = [number for _item, number in kept]
    numbers = cloze_numbers(stored, asks)  # read by its cards and by its hiders
    # What the cards hide (card_hiders.list_hiders), worked out when a card first needs
    # it: a list explained as a concept, or naming no relation, hides nothing.
    hiders = functools.partial(
        list_hiders, items, stored, asks, headings, plan, fact.source, members.cleaned, numbers
    )
    return numbers, wording, hiders


def _defined_item(item: Item, plan: Survey) -> Item:
    """``item`` (a member without a gloss) glossed with its definition in the notes, if
    any; the item itself when there is none and it has no gloss to lose."""
    defined = plan.defined.get(subject_key(item.text))
    return item if defined is None and item.gloss is None else Item(item.text, defined)


def _whole(text: str, plan: Survey) -> str:
    """``text``, or '' when it ends in a word the notes cut off (``vocabulary.cut_word``)."""
    if not text:  # a member without a gloss, most of them: nothing to read
        return text
    return "" if cut_word(text, plan) else text
