"""Whether a paper drawn before an edit is the paper the edited notes would give.

A draw records what it read of the index (:mod:`~examgen.questions.reads`); :func:`summarize`
turns that into what an edit is compared with: *atoms* (``("term", key)``, ``("fact", id)``,
…, the same atoms :func:`footprint` says a fact files), windows of fact positions, indexes
read whole, and the subject prefixes and endings looked up. :func:`redraw_reason` then says
why a changed fact (its version before and after the edit, each) could change the draw, or
None when neither version touches anything it read.

What is not read through the index is checked as a whole: the facts' order (positions, the
chapters' sizes, the paper's language), and each changed fact's kind, subject, section and
language (the names of same-named facts, nested lists, the census of chapters); the script
the paper is worded in (traditional or simplified) is kept only while the changed facts'
characters cannot tip it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from examgen.model import Fact
from examgen.questions.categories import contrast_keys
from examgen.questions.index import (
    Notes,
    fact_entries,
    static_definition_option,
    static_term_option,
)
from examgen.questions.limits import MAX_OPTION_WIDTH
from examgen.questions.reads import Reads, RecordedMap, plain
from examgen.questions.text import grams, normalize
from examgen.questions.translations import bracketed
from examgen.questions.vocabulary import LATIN_WORD, MAX_INDEXED_WORD, fact_texts
from examgen.script import chinese_characters, script_lean

#: Index -> the atom namespace its keys are filed under in :func:`footprint`.
_KEYED = {
    "by_id": "fact",
    "position_of": "fact",
    "subject_keys": "fact",
    "pairs_of": "fact",
    "members_of": "fact",
    "steps_of": "fact",
    "lists_by_subject": "list_subject",
    "sequences_by_subject": "sequence_subject",
    "definitions_of_term": "term",
    "lists_of_member": "member",
    "definition_grams": "gram",
    "word_facts": "word",
    "word_prefixes": "prefix",
    "kin_pair": "kin_pair",
    "chapter_pairs": "chapter_pairs",
    "defined_under": "heading",
}
#: Atoms ``(namespace, key, *what)`` that say what a fact files under a key, all of what a
#: lookup of the key gives of it (a count, an id, a text, not the fact itself): such a read is
#: touched only by a fact whose versions before and after the edit file different ones. The
#: atoms of other namespaces touch a read of their key whatever the fact files there.
_VALUES = ("kin_pair", "word", "prefix", "member", "term", "subject", "contrast", "chapter_pairs")
#: Sequences read whole that hold only what a fact files in them (``("in", name)``); any
#: other index read whole may hold anything, and every edit touches it.
_FILED = ("facts", "pairs", "members", "translations")
#: Sequences holding the first entry of each text only: an edit before a window may change
#: which copy of a text is the first, so a window of these is touched from its start on.
_FIRST_OF_KEY = ("definition_pool", "term_pool", "option_members", "option_keys")


def footprint(fact: Fact) -> frozenset[tuple]:
    """The atoms ``fact`` files in the index: what an index lookup of any of them may find it
    by. ``("in", name)`` says it has items in the sequence ``name``; ``("pool", name)`` in the
    first-of-each-text pool ``name``."""
    subject = normalize(fact.subject)
    if not subject:
        return frozenset()  # not indexed
    atoms: set[tuple] = {
        ("fact", fact.id),
        ("name", fact.kind, subject),
        ("subject", subject),
        ("in", "facts"),
    }
    pairs, entries = fact_entries(fact, 0, "", ())
    if fact.kind == "definition":
        atoms.add(("kin_pair", fact.id, bool(pairs)))
        atoms |= {("heading", h) for h in map(normalize, fact.section[1:]) if h}
    if fact.kind == "sequence":
        atoms.add(("sequence_subject", subject))
    if fact.kind == "list":
        atoms |= {("in", "lists"), ("list_subject", subject)}
        atoms |= {("contrast", contrast_key(fact.chapter, g)) for g in contrast_keys(subject)}
        atoms |= {("subject", normalize(item.text)) for item in fact.items if item.gloss}
        for entry in entries:
            atoms |= {("in", "members"), ("member", entry.key)}
            if entry.width <= MAX_OPTION_WIDTH:
                atoms |= {("pool", f"option_members/{entry.script}"), ("pool", "option_keys")}
    for pair in pairs:
        atoms |= {("in", "pairs"), ("term", pair.term.key, pair.definition.key)}
        texts = (pair.term.text, pair.definition.text, pair.context)
        atoms.add(("chapter_pairs", fact.chapter, *texts))
        atoms |= {("gram", gram) for gram in grams(pair.definition.key)}
        if static_definition_option(pair):
            atoms.add(("pool", f"definition_pool/{pair.definition.script}"))
        if static_term_option(pair):
            atoms.add(("pool", f"term_pool/{pair.term.script}"))
    texts = [t for t in fact_texts(fact) if isinstance(t, str)]
    if any(bracketed(t) for t in texts):
        atoms.add(("in", "translations"))
    for word in {w.casefold() for t in texts for w in LATIN_WORD.findall(t)}:
        atoms.add(("word", word))
        if len(word) <= MAX_INDEXED_WORD:
            atoms |= {("prefix", word[:i], word[i:]) for i in range(1, len(word))}
    return frozenset(atoms)


@dataclass(frozen=True)
class DrawReads:
    """What a draw read, in the terms an edit is compared with (kept in the build's record)."""

    atoms: frozenset[tuple]
    #: (sequence, first position, last position), clipped to the notes.
    windows: tuple[tuple[str, int, int], ...]
    whole: frozenset[str]
    #: Subject keys (and reversed subject keys) whose lists were looked up by prefix.
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    #: A digest of the indexed facts' ids in document order.
    order: str
    #: |traditional-only - simplified-only| characters when the script was decided from the
    #: notes (see :func:`~examgen.script.is_traditional`), else None.
    script_margin: int | None = None

    def to_json(self) -> dict:
        """A JSON-able form (see :meth:`from_json`)."""
        return {
            "atoms": sorted([list(a) for a in self.atoms], key=repr),
            "windows": [list(w) for w in self.windows],
            "whole": sorted(self.whole),
            "prefixes": sorted(self.prefixes),
            "suffixes": sorted(self.suffixes),
            "order": self.order,
            "script_margin": self.script_margin,
        }

    @classmethod
    def from_json(cls, data: dict) -> DrawReads:
        """The reads :meth:`to_json` wrote."""
        return cls(
            atoms=frozenset(tuple(a) for a in data["atoms"]),
            windows=tuple(sorted((str(n), int(a), int(b)) for n, a, b in data["windows"])),
            whole=frozenset(data["whole"]),
            prefixes=frozenset(data["prefixes"]),
            suffixes=frozenset(data["suffixes"]),
            order=str(data["order"]),
            script_margin=data.get("script_margin"),
        )


def order_digest(facts: Iterable[Fact]) -> str:
    """A digest of the indexed facts' ids in the index's document order."""
    ordered = sorted(facts, key=lambda f: (f.source, f.line, f.id))
    ids = dict.fromkeys(f.id for f in ordered if normalize(f.subject))
    return hashlib.sha256("\n".join(ids).encode()).hexdigest()


def summarize(reads: Reads, notes: Notes, script_margin: int | None = None) -> DrawReads:
    """``reads`` (recorded while drawing from ``notes``) as atoms, windows and whole reads."""
    by_id = notes.by_id.data if isinstance(notes.by_id, RecordedMap) else notes.by_id
    whole = set(reads.whole)
    atoms: set[tuple] = set()
    prefixes: set[str] = set()
    suffixes: set[str] = set()
    for name, key in reads.keys:
        if name in _KEYED:
            atoms.add((_KEYED[name], key))
        elif name in ("names", "related"):
            atoms.add(("fact", key))
            fact = by_id.get(key)
            if fact is None:
                continue
            subject = normalize(fact.subject)
            if name == "names":
                continue  # a name changes only with a kind, subject or section: a shape change
            atoms.add(("subject", subject))
            if fact.kind == "list":
                atoms |= {("subject", normalize(i.text)) for i in fact.items if i.gloss}
        elif name == "lists_by_contrast":
            atoms.add(("contrast", contrast_key(key[0], key[1:])))
        elif name == "list_prefix":
            prefixes.add(key)
        elif name == "list_suffix":
            suffixes.add(key)
        else:
            whole.add(name)  # an index this module does not know: any edit touches it
    last = len(plain(notes.facts)) - 1
    windows = tuple(
        sorted({(name, max(first, 0), min(end, last)) for name, first, end in reads.windows})
    )
    return DrawReads(
        atoms=frozenset(atoms),
        windows=windows,
        whole=frozenset(whole),
        prefixes=frozenset(prefixes),
        suffixes=frozenset(suffixes),
        order=order_digest(plain(notes.facts)),
        script_margin=script_margin,
    )


def script_margin(texts: Iterable[str]) -> int:
    """How many characters of ``texts`` would have to come or go to tip
    :func:`~examgen.script.is_traditional` (each distinct character counted once)."""
    return abs(script_lean(texts))


def decisive_characters(text: str) -> int:
    """The distinct Chinese characters of ``text``: at most this many tip the script."""
    return len(chinese_characters((text,)))


def contrast_key(chapter: str, group: Sequence[str]) -> str:
    """A key of :attr:`~examgen.questions.index.Notes.lists_by_contrast` as one string."""
    return "\x1f".join((chapter, *group))


def _shape(fact: Fact) -> tuple:
    return (fact.kind, normalize(fact.subject), fact.section, fact.chapter, fact.lang)


def redraw_reason(
    reads: DrawReads,
    changes: Sequence[tuple[Fact, Fact]],
    facts: Sequence[Fact],
    decisive: Callable[[str], int] = decisive_characters,
) -> str | None:
    """Why the draw that made ``reads`` may draw otherwise from ``facts`` (the edited notes),
    where ``changes`` are the (before, after) versions of every fact that differs; None when
    the paper stands. ``decisive`` bounds how many characters of a text may tip the script
    (checked only when the paper's script was decided from the notes)."""
    if order_digest(facts) != reads.order:
        return "facts were added, removed, or put in another order"
    ordered = sorted(facts, key=lambda f: (f.source, f.line, f.id))
    position = {f.id: i for i, f in enumerate(f for f in ordered if normalize(f.subject))}
    tipping = 0
    for before, after in changes:
        if _shape(before) != _shape(after):
            return f"{after.location}: its kind, subject, section or language changed"
        at = position.get(after.id)
        old, new = footprint(before), footprint(after)
        if changed := {a[:2] for a in old ^ new if a[0] in _VALUES} & reads.atoms:
            return f"{after.location}: the draw relied on {min(changed)!r}"
        for version, atoms in ((before, old), (after, new)):
            reason = _touches(reads, atoms, at)
            if reason:
                return f"{version.location}: {reason}"
            if reads.script_margin is not None:
                tipping += decisive(f"{version.subject}{version.text}")
    if reads.script_margin is not None and tipping and tipping >= reads.script_margin:
        return "the edit may change the script the paper is worded in"
    return None


def narrowed(
    reads: DrawReads,
    changes: Sequence[tuple[Fact, Fact]],
    decisive: Callable[[str], int] = decisive_characters,
) -> DrawReads:
    """``reads`` after an edit that kept the paper: the same reads, the script's margin less
    what the changed texts could have moved it (so edits one after another cannot add up to
    tipping it unseen)."""
    if reads.script_margin is None:
        return reads
    moved = sum(decisive(f"{f.subject}{f.text}") for pair in changes for f in pair)
    return replace(reads, script_margin=max(reads.script_margin - moved, 0))


def _touches(reads: DrawReads, atoms: frozenset[tuple], at: int | None) -> str | None:
    if not atoms:
        return None
    if shared := {a for a in atoms & reads.atoms if a[0] not in _VALUES}:
        return f"the draw looked up {min(shared)!r}"
    for name in reads.whole:
        # The facts, pairs and members hold what a fact files in them; any other index
        # read whole may hold anything.
        if name not in _FILED or ("in", name) in atoms:
            return f"the draw read all of {name}"
    if at is not None:
        for name, first, last in reads.windows:
            pool = name.split("/", 1)[0] in _FIRST_OF_KEY
            if pool and ("pool", name) in atoms and at <= last:
                return f"the draw read {name} up to position {last}"
            inside = first <= at <= last
            if inside and (("in", name) in atoms or ("pool", name) in atoms):
                return f"the draw read {name} at positions {first}-{last}"
    for subject in (a[1] for a in atoms if a[0] == "list_subject"):
        if any(subject.startswith(p) for p in reads.prefixes):
            return "the draw looked for lists named after one"
        if any(subject[::-1].startswith(s) for s in reads.suffixes):
            return "the draw looked for lists named after a member"
    return None
