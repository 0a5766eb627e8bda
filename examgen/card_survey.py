"""The survey of a deck's facts: the notes' languages, twins' qualifiers and shared texts."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from examgen.bilingual import bracket_pairs
from examgen.card_giveaways import is_expansion, term_name
from examgen.card_rewrites import BOTH_ABOVE, OPEN_END, SENTENCE_END
from examgen.card_siblings import echoes
from examgen.card_words import deck_words, file_words, merged_words
from examgen.cardtext import clean
from examgen.digests import digest, fact_values
from examgen.model import Fact, Item
from examgen.script import HANT, is_traditional


@dataclass(frozen=True)
class Survey:
    """What a fact's cards depend on beyond the fact: the notes' language and qualifiers.

    ``languages`` maps a notes file to its language: Chinese when at least a third of its
    facts are (``zh``, or ``zh-Hant`` when written in traditional characters);
    ``qualifiers`` maps ``(fact id, kind)`` to what tells the fact apart from another of
    the same kind and subject;
    ``shared`` holds the texts (definitions, glosses; see :func:`gloss_key`) that more than
    one fact says: such a text cannot tell its term apart, so it gets no reverse card;
    ``parents`` maps a fact's id to the subject of the list its subject is a member of
    (``Mount`` and ``IPC`` under ``命名空间六种隔离``): the context its card names (a
    definition's term, a list whose notes name no relation), so that it is not asked bare;
    ``translations`` maps a notes file to its names in both scripts (``正規化(Normalization)``:
    ``normalization`` -> ``(正規化,)`` and back, keys casefolded), hidden on a card that asks
    either (a title 正規化過程 over the blank Normalization gives it away);
    ``before`` maps a definition's id, when its text says "以上两者" (the two above), to the
    members before its subject in the list it is a member of (``mixed``: statement, row);
    ``leads`` maps a list's id to the text of a definition of the same subject and section
    that ends in a verb its members complete (``Armstrong's Axioms``: "…透過一些性質,推導出"),
    and that definition's id to '': the text names the list's relation and is no definition;
    ``lists`` maps a notes file to the subjects of its lists and sequences (spaces dropped,
    casefolded): a member naming one ("运行的进程" under ``node``, over ``node 运行的进程``)
    heads a sublist and is not asked as a member;
    ``defined`` maps the subjects (:func:`subject_key`) of the deck's definitions to their
    text ('' when two say different things): a list about a defined term and naming no
    relation cannot be asked as a bare "explain X" too, or two cards would ask the same with
    different answers; it is asked with the definition beside X instead (a definition that
    only spells out an acronym asks for the full name: it leaves "explain X" to the list).
    """

    languages: Mapping[str, str]
    qualifiers: Mapping[tuple[str, str], str]
    shared: frozenset[str] = frozenset()
    parents: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    translations: Mapping[str, Mapping[str, tuple[str, ...]]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    before: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    leads: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    lists: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    defined: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: The deck's Latin words with how many different texts use each, and each word's proper
    #: prefixes with the endings continuing them (``questions.vocabulary``): what tells a word
    #: the notes cut off ("interfa") from a word (``questions.vocabulary.cut_word`` reads them).
    word_facts: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    word_prefixes: Mapping[str, frozenset[str]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    #: Each subject (:func:`subject_key`) whose definition only spells out its acronym, and
    #: that full name ("PAgP" -> "Port Agg Protocol"; '' when two differ): an "explain PAgP"
    #: card over PAgP's list opens with it, so that its back says what PAgP is.
    expanded: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: Each definition of a term the same file defines again with or without a bracketed
    #: alias ("第二正規化" and "第二正規化(2NF)"), mapped to the subject of the one asked
    #: (:func:`examgen.card_siblings.echoes`): one term, one "explain X" card.
    echoes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: Each notes file's list and sequence members (``term_name``, casefolded) with their
    #: gloss in the first list that has them ('' for none): a definition whose whole text
    #: is one of them may only give its term another name ("sleep drunkenness":
    #: "Confusional arousals", a form of parasomnia; ``card_aliases``).
    members: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: MappingProxyType({}))
    #: Each notes file's glossed sequence steps (``term_name``, casefolded) with their gloss
    #: (:func:`gloss_key`): a definition read from a step's gloss ("Termination": "decide
    #: whether to stop") says what is done in that step, and is explained, not defined.
    steps: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: MappingProxyType({}))


class SurveyParts:
    """What a survey found in each notes file, kept between builds so that an edit surveys
    only the files it changed (the script test of a Chinese file, its bracketed names and
    lists are most of a survey). ``known`` holds the parts read from the last build;
    ``used`` collects those this survey took or made, to be kept for the next one. A part is
    made of tuples, dicts and strings only, so that ``marshal`` keeps it exactly."""

    def __init__(
        self,
        known: Mapping[str, tuple] | None = None,
        known_queries: Mapping[str, Sequence[tuple | None]] | None = None,
    ) -> None:
        self.known: Mapping[str, tuple] = known or {}
        self.used: dict[str, tuple] = {}
        #: Each file's facts' queries (``examgen.card_inputs``) in the file's order, by
        #: the file's key: those read from the last build, and those this build took or made.
        self.known_queries: Mapping[str, Sequence[tuple | None]] = known_queries or {}
        self.used_queries: dict[str, list[tuple | None]] = {}
        #: Notes files surveyed anew (their part not among ``known``).
        self.surveyed = 0
        #: For each fact surveyed, in the order given, its notes file's key (the digest of
        #: all the file's facts) and its place among the file's facts, and every field of
        #: it as plain values: what ``examgen.card_inputs`` finds and names it by.
        self.places: list[tuple[str, int]] = []
        self.values: list[tuple] = []


def survey(facts: Iterable[Fact], parts: SurveyParts | None = None) -> Survey:
    """Look at all the facts of a deck once, before any card is worded.

    Everything but the twins' qualifiers and the shared texts is found per notes file
    (:func:`_file_part`); with ``parts``, a file whose facts are those of the last build
    takes its part from there. The survey is the same either way (a test says so)."""
    facts = list(facts)
    by_source: dict[str, list[int]] = {}
    for position, fact in enumerate(facts):
        by_source.setdefault(fact.source, []).append(position)
    found: dict[str, tuple] = {}
    places: list[tuple[str, int]] = [("", 0)] * len(facts) if parts is not None else []
    values: list[tuple] = [()] * len(places)
    for source, positions in by_source.items():
        own = [facts[position] for position in positions]
        if parts is None:
            found[source] = _file_part(own, kept=False)
            continue
        # Every field of every fact, the source and ids included: all the part reads.
        own_values = [fact_values(fact) for fact in own]
        key = digest(own_values)
        part = parts.known.get(key)
        if part is None:
            part = _file_part(own)
            parts.surveyed += 1
        found[source] = parts.used[key] = part
        for index, position in enumerate(positions):
            places[position] = (key, index)
            values[position] = own_values[index]
    if parts is not None:
        parts.places, parts.values = places, values
    languages = {source: part[0] for source, part in found.items()}
    twins: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        key = (fact.kind, " ".join(fact.subject.split()).casefold())
        twins.setdefault(key, []).append(fact)
    qualifiers: dict[tuple[str, str], str] = {}
    groups = [group for group in twins.values() if len({f.id for f in group}) > 1]
    parents = {source: part[7] for source, part in found.items()}
    for group in groups:
        qualifiers.update(_qualify(group, parents))
    sayers: dict[str, set[str]] = {}
    for part in found.values():
        for text, ids in part[6].items():
            sayers.setdefault(text, set()).update(ids)
    if parts is None:  # one pass over all the facts for what a kept part holds per file
        words = deck_words(facts)
        echoed = echoes(facts)
        defined, expanded = _definitions(facts)
    else:
        words = merged_words(part[8] for part in found.values())
        echoed = {k: v for part in found.values() for k, v in part[9].items()}
        # The parts' definitions in the files' order, by the rule each file's followed.
        defined, expanded = {}, {}
        for part in found.values():
            for into, own in zip((defined, expanded), part[10], strict=True):
                for key, text in own.items():
                    into[key] = text if into.get(key, text) == text else ""
    return Survey(
        MappingProxyType(languages),
        MappingProxyType(qualifiers),
        frozenset(text for text, ids in sayers.items() if len(ids) > 1),
        MappingProxyType({k: v for part in found.values() for k, v in part[3].items()}),
        MappingProxyType(
            {source: MappingProxyType(part[1]) for source, part in found.items() if part[1]}
        ),
        MappingProxyType({k: v for part in found.values() for k, v in part[4].items()}),
        MappingProxyType({k: v for part in found.values() for k, v in part[5].items()}),
        MappingProxyType({source: part[2] for source, part in found.items() if part[2]}),
        MappingProxyType(defined),
        *words,
        expanded=MappingProxyType(expanded),
        echoes=MappingProxyType(echoed),
        steps=MappingProxyType(_steps(facts)),
        members=MappingProxyType(
            {
                source: MappingProxyType({k: gloss for k, (_list, gloss) in part[7].items()})
                for source, part in found.items()
            }
        ),
    )


def _steps(facts: Sequence[Fact]) -> dict[str, Mapping[str, str]]:
    """Each notes file's glossed sequence steps and their glosses (see :attr:`Survey.steps`)."""
    found: dict[str, dict[str, str]] = {}
    for fact in facts:
        if fact.kind == "sequence":
            for item in fact.items:
                if item.gloss:
                    own = found.setdefault(fact.source, {})
                    own[term_name(item.text).casefold()] = gloss_key(item.gloss)
    return {source: MappingProxyType(steps) for source, steps in found.items()}


def _definitions(facts: Sequence[Fact]) -> tuple[dict[str, str], dict[str, str]]:
    """Each defined subject (:func:`subject_key`) and its definition's text, '' when two
    definitions of it say different things: those of definitions that do not only spell
    out their acronym (see :attr:`Survey.defined`), and those of the ones that do (one
    pass for both: each text is tested once)."""
    found: tuple[dict[str, str], dict[str, str]] = ({}, {})
    for fact in facts:
        if fact.kind != "definition":
            continue
        text = clean(fact.text)
        into = found[bool(is_expansion(fact.subject, text))]
        key = subject_key(fact.subject)
        into[key] = text if into.get(key, text) == text else ""
    return found


def _file_part(facts: Sequence[Fact], *, kept: bool = True) -> tuple:
    """What the survey finds in one notes file's facts: its language, its names in both
    scripts, its lists' subjects, owners, "both above" members, lead-ins, who says each
    text, and each member's list (see :class:`Survey`); for a part ``kept`` for the next
    build, also its words, echoes and definitions, which a survey without kept parts finds
    in one pass over all the files (:func:`survey`)."""
    zh = sum(1 for fact in facts if fact.lang == "zh")
    # A Chinese file is full of Latin terms (CNM: container network model) that look
    # English on their own; an English file has no Chinese fact at all. So a third is enough.
    language = "zh" if 3 * zh >= len(facts) else "en"
    # A Chinese file written in traditional characters is worded in them too (as its
    # papers are: examgen.script), whatever script the wording tables are kept in.
    if language == "zh" and is_traditional([f"{f.subject}{f.text}" for f in facts]):
        language = HANT
    lists, parents = _member_lists(facts)
    owners = {
        fact.id: owner
        for fact in facts
        if fact.kind in ("definition", "list", "sequence") and (owner := _owner_list(fact, lists))
    }
    subjects = _list_subjects(facts)
    return (
        language,
        _translations(facts),
        next(iter(subjects.values()), frozenset()),
        owners,
        _before(facts, lists),
        _leads(facts),
        _sayers(facts),
        parents,
        # Per file by their nature (a file's words; a term it defines twice; its
        # definitions), merged over the files by survey().
        *((file_words(facts), echoes(facts), _definitions(facts)) if kept else ()),
    )


# Memoized: each subject and member is keyed by the survey and again by its cards.
@functools.lru_cache(maxsize=1 << 16)
def subject_key(text: str) -> str:
    """A list's subject or a member as :attr:`Survey.lists` compares them."""
    return "".join(clean(text).split()).casefold()


def _list_subjects(facts: Sequence[Fact]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for fact in facts:
        if fact.kind in ("list", "sequence"):
            found.setdefault(fact.source, set()).add(subject_key(fact.subject))
    return {source: frozenset(keys) for source, keys in found.items()}


def _leads(facts: Sequence[Fact]) -> dict[str, str]:
    """The lead-ins among the definitions (see :class:`Survey`)."""
    lists = {(f.source, f.subject, f.section): f for f in facts if f.kind == "list" and not f.label}
    out: dict[str, str] = {}
    for fact in facts:
        if fact.kind != "definition" or not OPEN_END.search(clean(fact.text)):
            continue
        owned = lists.get((fact.source, fact.subject, fact.section))
        if owned is None:
            continue
        # Its last sentence leads in; a text of that sentence alone is no definition.
        *said, last = SENTENCE_END.split(clean(fact.text))
        out[owned.id] = last.strip()
        if not any(part.strip() for part in said):
            out[fact.id] = ""
    return out


def _before(
    facts: Sequence[Fact], lists: Mapping[tuple[str, str], list[Fact]]
) -> dict[str, tuple[str, ...]]:
    """For each definition saying "以上两者", the members before its subject in the first
    list that has it as a member (see :class:`Survey`)."""
    out: dict[str, tuple[str, ...]] = {}
    for fact in facts:
        if fact.kind != "definition" or not BOTH_ABOVE.search(fact.text or ""):
            continue
        key = term_name(fact.subject).casefold()
        for owner in lists.get((fact.source, key), ()):
            names = [term_name(item.text) for item in owner.items]
            at = next((i for i, n in enumerate(names) if n.casefold() == key), 0)
            if at:
                out[fact.id] = tuple(clean(n) for n in names[:at])
                break
    return out


def _translations(facts: Sequence[Fact]) -> dict[str, tuple[str, ...]]:
    """Each name one notes file writes with its other-script name in brackets
    (``examgen.bilingual``), casefolded, and those other names."""
    said: list[str] = []
    for fact in facts:
        said.extend((fact.subject, fact.text or ""))
        said.extend(f"{item.text} {item.gloss or ''}" for item in fact.items)
    names: dict[str, dict[str, None]] = {}
    for latin, han in bracket_pairs(said):
        names.setdefault(latin, {})[han] = None
        names.setdefault(han.casefold(), {})[latin] = None
    return {k: tuple(v) for k, v in names.items()}


def gloss_key(text: str | None) -> str:
    """A definition's or gloss's text as compared between facts: cleaned, spaces and
    case folded, trailing punctuation dropped."""
    return " ".join(clean(text).split()).casefold().rstrip("。.；;，,")


def _sayers(facts: Sequence[Fact]) -> dict[str, tuple[str, ...]]:
    """Each text (:func:`gloss_key`) and the facts that say it: the survey's ``shared``
    are those more than one fact says, in any file (``kube-proxy`` defined as "通信和负载均衡"
    and glossed so in the list of node's processes, or ``On``: "No negotiation" in two
    tables)."""
    sayers: dict[str, dict[str, None]] = {}
    for fact in facts:
        texts = [fact.text] if fact.kind == "definition" else [i.gloss for i in fact.items]
        for text in texts:
            # Most members have no gloss, and no key (gloss_key of nothing is '').
            if text and (key := gloss_key(text)):
                sayers.setdefault(key, {})[fact.id] = None
    return {key: tuple(ids) for key, ids in sayers.items()}


def _member_lists(
    facts: Sequence[Fact],
) -> tuple[dict[tuple[str, str], list[Fact]], dict[str, tuple[str, str]]]:
    """(notes file, member text) -> every list that has it as a member, in the notes' order;
    and each member text -> the subject of the first of them and the member's gloss there
    (one pass over the members for both: the second was its own pass, cleaning every gloss)."""
    lists: dict[tuple[str, str], list[Fact]] = {}
    parents: dict[str, tuple[str, str]] = {}
    # A list naming a member twice is listed once for it: told by the names the list has
    # placed already (a set per list), never by comparing it with the lists there: a Fact's
    # == compares every field, and a member many lists share made that quadratic in those
    # lists. A fact given twice (the same object) is placed once.
    done: set[int] = set()
    for fact in facts:
        if fact.kind in ("list", "sequence") and (ident := id(fact)) not in done:
            done.add(ident)
            placed: set[str] = set()
            for item in fact.items:
                name = term_name(item.text).casefold()
                if name in placed:
                    continue
                placed.add(name)
                owners = lists.get((fact.source, name))
                if owners is None:
                    owners = lists[(fact.source, name)] = []
                    parents[name] = (fact.subject, clean(item.gloss))
                owners.append(fact)
    return lists, parents


def _owner_list(fact: Fact, lists: Mapping[tuple[str, str], list[Fact]]) -> str:
    """The subject of the list ``fact``'s subject is a member of, taken from the list that
    stands nearest it (the longest run of headings they share), and only from one under the
    same top heading: "PAgP" under "EtherChannels" is not owned by a list of signalling
    protocols a sentence of the "STP" chapter names. A sequence owns no definition written
    before it. '' when none."""
    found = lists.get((fact.source, term_name(fact.subject).casefold()), ())
    best, depth = "", 0
    for owner in found:
        if owner.subject == fact.subject:
            continue
        if owner.kind == "sequence" and fact.kind == "definition" and owner.line > fact.line:
            # "云计算: …" then "云计算发展路线: 并行计算->…->云计算": the term is defined on
            # its own before the route it ends; "云计算（云计算发展路线）" would make it a stage.
            continue
        shared = 0
        for mine, theirs in zip(fact.section, owner.section, strict=False):
            if mine.strip().casefold() != theirs.strip().casefold():
                break
            shared += 1
        if shared > depth:
            best, depth = owner.subject, shared
    return best


def _qualify(
    group: Sequence[Fact], parents: Mapping[str, Mapping[str, tuple[str, str]]]
) -> dict[tuple[str, str], str]:
    """A qualifier per fact of a group of same-kind, same-subject facts: the list the fact
    was glossed in (``kubelet(…)`` under ``node 运行的进程``), else its deepest heading
    that is not the subject itself, numbered when two are still alike."""
    chosen: dict[tuple[str, str], str] = {}
    for fact in group:
        subject = fact.subject.strip().casefold()
        parent, gloss = parents.get(fact.source, {}).get(subject, ("", ""))
        if not (gloss and clean(fact.text).startswith(gloss)):
            parent = ""
        headings = [h for h in fact.section if h.strip().casefold() != subject]
        chosen[(fact.id, fact.kind)] = parent or (headings[-1] if headings else "")
    counts = Counter(chosen.values())
    seen: Counter[str] = Counter()
    for key, text in list(chosen.items()):
        if counts[text] > 1:  # still alike: number them in the notes' order
            seen[text] += 1
            chosen[key] = f"{text} {seen[text]}".strip()
    return chosen


def sublist_heads(fact: Fact, items: Sequence[Item], plan: Survey) -> tuple[bool, ...]:
    """Which members of a list head a sublist of their own: a member that, after the list's
    subject, is the subject of another list of the notes file ("运行的进程" of ``node``,
    over the list ``node 运行的进程``). It is the sublist's name, not a member
    anyone recalls, so it is shown, never blanked."""
    subjects = plan.lists.get(fact.source, frozenset())
    own = subject_key(fact.subject)
    return tuple(own + subject_key(item.text) in subjects for item in items)
