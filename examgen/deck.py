"""Stored facts -> an Anki package (``.apkg``) that can be re-imported over an older one.

The point of this stage is that a learner can edit the notes, rebuild, re-import and keep
every review: Anki matches an imported note to the one it has by GUID, updates it only
when the incoming note is newer (its modification time), and keeps the cards' scheduling.
So:

* a note's GUID comes from the fact id and the card kind only, never from text or position
  (:func:`note_guid`);
* a note's modification time is the fact's ``StoredFact.modified_at``, never the build
  time, so an unchanged fact never overwrites an edit the user made in Anki, and a changed
  one always arrives;
* the note types are a fixed set with fixed ids, fields and templates (see the contract in
  ``examgen.notetypes``), so Anki never forks them into copies ("examgen Basic+").

Which notes a fact gives:

* ``definition`` -> one *examgen Basic* note: term -> text, plus an optional reverse card
  (text -> term) switched on by a non-empty ``Reverse`` field (config ``reverse``);
* ``list`` -> an *examgen Basic* note asking for the members (more, one per group, over the
  recall budget), and an *examgen Cloze* note with one deletion per member, numbered by
  the store so that a card stays with its member (``examgen.clozes``);
* ``sequence`` -> an *examgen Cloze* note over the chain, one deletion per step;
* ``table`` -> an *examgen Basic* note per row. What the notes say: ``examgen.cards``.

Images (checked, hashed, carried in the package; ``image_path`` stays importable from
here): ``examgen.deck_images``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

import genanki

from examgen.apkg import PackageNote, write_package
from examgen.card_inputs import NoteInputs
from examgen.cards import CARD_KINDS, fact_notes, survey
from examgen.cardtext import escape, is_short_term, text_html
from examgen.collector import collector_paused
from examgen.config import DeckConfig
from examgen.deck_images import image_path, resolve_images
from examgen.deck_manifest import against_previous
from examgen.errors import ExamgenError
from examgen.fsutil import atomic_path
from examgen.model import Diagnostic, Fact, StoredFact
from examgen.notecache import NoteCache
from examgen.notetypes import (
    BASIC_FIELDS,
    BASIC_ID,
    BASIC_NAME,
    BASIC_TEMPLATE_NAMES,
    CLOZE_FIELDS,
    CLOZE_ID,
    CLOZE_NAME,
    CLOZE_TEMPLATE_NAMES,
    NOTETYPE_MOD,
    _load_css,
    _note_types,
)
from examgen.spelling import spelled_stored

# The note types live in examgen.notetypes; their names stay importable from here.
__all__ = [
    "BASIC_FIELDS",
    "BASIC_ID",
    "BASIC_NAME",
    "BASIC_TEMPLATE_NAMES",
    "CARD_KINDS",
    "CLOZE_FIELDS",
    "CLOZE_ID",
    "CLOZE_NAME",
    "CLOZE_TEMPLATE_NAMES",
    "NOTETYPE_MOD",
    "DeckReport",
    "build_deck",
    "deck_id",
    "image_path",
    "note_guid",
]

_GUID_NAMESPACE = "examgen"
#: Anki's base-91 digits, as genanki writes GUIDs with them.
_BASE91 = "".join(genanki.util.BASE91_TABLE)  # and each number below 91² in two digits:
_BASE91_PAIRS = tuple(high + low for high in _BASE91 for low in _BASE91)
_PAIR = 91 * 91  # one pair of digits; two and four pairs:
_PAIRS_2, _PAIRS_4 = _PAIR**2, _PAIR**4
#: The hash state after the namespace and its ``__``, copied for each GUID.
_GUID_HASH = hashlib.sha256(f"{_GUID_NAMESPACE}__".encode())
# Card kinds (CARD_KINDS, from examgen.cards) are part of the GUID, so one fact's notes never
# collide and a fact that changes kind gets new notes instead of overwriting another type's.

_REVERSE_MODES = ("short", "always", "never")
_SUBDECK_MODES = ("chapter", "none")


def note_guid(fact_id: str, card_kind: str) -> str:
    """The GUID of the note of ``card_kind`` made from fact ``fact_id`` (stable forever).

    It is ``genanki.guid_for("examgen", fact_id, card_kind)`` (a test holds them equal):
    the first 8 bytes of the SHA-256 of the parts joined by ``__``, as a number written in
    Anki's base-91 digits. Worked out here rather than by genanki's function, which was a
    twentieth of a deck's build: the namespace's hash state is copied, not hashed again,
    and the number is cut into its five pairs of digits by three divisions, not a loop."""
    digest = _GUID_HASH.copy()
    digest.update(f"{fact_id}__{card_kind}".encode())
    value = int.from_bytes(digest.digest()[:8], "big")
    # Below 2**64 < 91**10: five pairs of digits, the top one below 864 (2**64 // 91**8).
    top, low = divmod(value, _PAIRS_4)
    high, low = divmod(low, _PAIRS_2)
    pairs = _BASE91_PAIRS
    return (
        pairs[top]
        + pairs[high // _PAIR]
        + pairs[high % _PAIR]
        + pairs[low // _PAIR]
        + pairs[low % _PAIR]
    ).lstrip(_BASE91[0])  # genanki writes no leading zero, which the top pairs may hold


def deck_id(name: str) -> int:
    """A stable deck id for a full deck name, in the range genanki recommends."""
    digest = hashlib.sha256(f"examgen deck\x1f{name}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


# ------------------------------------------------------------------------------ report


@dataclass(frozen=True)
class DeckReport:
    """What a build wrote, and how it compares with the previous build's manifest.

    ``new``, ``changed`` and ``unchanged`` count notes against ``previous`` (all are new
    without one) and add up to ``notes``; ``retired`` counts the notes of retired facts
    (tagged ``<prefix>::retired``), whichever of the three they are in. ``cards`` is the
    number of cards Anki makes from the notes. ``manifest`` maps each note GUID to its
    modification time and a digest of its content: store it and pass it back as
    ``previous`` next time.
    """

    output: Path
    notes: int
    cards: int
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    retired: int = 0
    warnings: tuple[Diagnostic, ...] = ()
    manifest: Mapping[str, tuple[int, str]] = field(default_factory=lambda: MappingProxyType({}))
    #: Facts whose notes were worded in this build; the others' were kept from the last one.
    worded: int = 0
    #: Notes files surveyed in this build (``examgen.card_survey``); the others' kept.
    surveyed: int = 0

    def summary(self) -> str:
        """One line for the terminal."""
        line = (
            f"{self.output}: {self.notes} notes, {self.cards} cards "
            f"({self.new} new, {self.changed} changed, {self.unchanged} unchanged, "
            f"{self.retired} retired)"
        )
        if self.warnings:
            line += f", {len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''}"
        return line


# ------------------------------------------------------------------------------ tags, decks


def _tag_part(part: str) -> str:
    """One level of a tag: no spaces (Anki splits tags on them), no ':' (hierarchy), no '"'."""
    part = re.sub(r"\s+", "_", part.strip())
    return part.replace(":", "_").replace('"', "")


def _tag(*parts: str) -> str:
    return "::".join(p for p in (_tag_part(x) for x in parts) if p)


def _prefix_parts(prefix: str) -> tuple[str, ...]:
    return tuple(p for p in prefix.split("::") if p.strip())


def _deck_part(name: str) -> str:
    """A deck name level from the notes: '::' would nest decks, so it becomes ':'."""
    return re.sub(r":{2,}", ":", " ".join(name.split())).strip(": ")


# ------------------------------------------------------------------------------ building


class _PlannedNote(NamedTuple):
    """One note to write. A NamedTuple, not a frozen dataclass: there are tens of thousands
    and a frozen dataclass's __init__ (object.__setattr__ per field) was a tenth of a build."""

    guid: str
    model: str  # "basic" | "cloze"
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    deck: str
    mtime: int
    cards: int
    retired: bool
    created: int  # the fact's first_seen: the note's "added" date in Anki
    #: A cloze note's cloze numbers, one card each (stable per member: ``examgen.clozes``).
    cloze_numbers: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Place:
    """Where a section's notes go: deck, section tag, breadcrumb HTML."""

    deck: str
    tag: str
    context: str


def _several_tops(facts: Sequence[StoredFact]) -> frozenset[str]:
    """The notes files with more than one top heading (``# STP``, ``# EtherChannels``)."""
    tops: dict[str, str] = {}
    several: set[str] = set()
    for stored in facts:
        fact = stored.fact
        if fact.section and tops.setdefault(fact.source, fact.section[0]) != fact.section[0]:
            several.add(fact.source)
    return frozenset(several)


def _root(fact: Fact, config: DeckConfig, top: str, several: frozenset[str]) -> str:
    """The deck a fact's chapters go under: the deck's top, or in a file with several top
    headings the fact's own top heading (under the user's deck name when there is one),
    so that ``# EtherChannels`` is not filed under the first heading ``# STP``."""
    own = _deck_part(fact.section[0]) if fact.source in several and fact.section else ""
    if not own or config.subdecks == "none":  # one flat deck asked for: one it stays
        return top
    return f"{config.name.strip()}::{own}" if config.name.strip() else own


def _place(fact: Fact, config: DeckConfig, top: str, prefix: tuple[str, ...]) -> _Place:
    chapter = _deck_part(fact.chapter)
    if config.subdecks == "chapter" and len(fact.section) >= 2 and chapter:
        deck = f"{top}::{chapter}"
    else:
        deck = top
    context = " › ".join(text_html(part) for part in fact.section)
    return _Place(deck, _tag(*prefix, *fact.section), context)


def _warning(fact: Fact, problem: str) -> Diagnostic:
    return Diagnostic("warning", fact.source, fact.line, f"{problem}; no card made")


@dataclass(frozen=True)
class _Plan:
    notes: tuple[_PlannedNote, ...]
    media: Mapping[str, Path]
    warnings: tuple[Diagnostic, ...]
    surveyed: int  # notes files


def _plan(
    facts: Sequence[StoredFact],
    config: DeckConfig,
    title: str,
    source_root: Path,
    media_root: Path | None,
    kept: NoteCache | None = None,
) -> _Plan:
    """Decide every note (fields, tags, deck, time) before genanki sees any of them; a
    fact's notes come from ``kept`` when its inputs are those of the last build."""
    if config.reverse not in _REVERSE_MODES:
        raise ExamgenError(
            f"[deck] reverse must be one of {', '.join(_REVERSE_MODES)}, not {config.reverse!r}"
        )
    if config.subdecks not in _SUBDECK_MODES:
        raise ExamgenError(
            f"[deck] subdecks must be one of {', '.join(_SUBDECK_MODES)}, not {config.subdecks!r}"
        )
    # config.name is the user's own deck name and may nest on purpose ("Uni::PaaS").
    top = config.name.strip() or _deck_part(title) or "examgen"
    prefix = _prefix_parts(config.tag_prefix)
    retired_tag = _tag(*prefix, "retired")

    kind_tags = {kind: _tag(*prefix, kind) for kind in ("definition", "list", "sequence")}
    # A note's tags by section tag, kind and retirement: a few hundred tuples for all notes.
    tag_sets: dict[tuple[str, str, bool], tuple[str, ...]] = {}
    places: dict[tuple[str, ...], _Place] = {}  # deck, tag and breadcrumb per root, section
    several = _several_tops(facts)
    notes: list[_PlannedNote] = []
    media: dict[str, Path] = {}
    warnings: list[Diagnostic] = []
    # A fact id appears twice when a fact changed kind: the store keeps its former kind as
    # a retired fact, whose notes (other GUIDs) Anki still has.
    seen: set[tuple[str, str]] = set()
    wording = survey(
        (stored.fact for stored in facts), kept.survey_parts if kept is not None else None
    )
    cached = NoteInputs(wording, kept.survey_parts) if kept is not None else None

    for position, stored in enumerate(facts):
        fact = stored.fact
        if (fact.id, fact.kind) in seen:
            warnings.append(
                Diagnostic("warning", fact.source, fact.line, f"duplicate fact id {fact.id!r}")
            )
            continue
        seen.add((fact.id, fact.kind))

        root = _root(fact, config, top, several)
        place = places.get((root, *fact.section))
        if place is None:
            place = places[(root, *fact.section)] = _place(fact, config, root, prefix)
        deck, context = place.deck, place.context
        retired = stored.retired
        note_tags = tag_sets.get((place.tag, fact.kind, retired))
        if note_tags is None:
            tags = [place.tag, kind_tags.get(fact.kind) or _tag(*prefix, fact.kind)]
            if retired:
                tags.append(retired_tag)
            note_tags = tag_sets[(place.tag, fact.kind, retired)] = tuple(t for t in tags if t)
        source = escape(fact.location)

        images = resolve_images(fact, source_root, media_root)
        warnings.extend(images.warnings)
        media.update(images.files)

        inputs = {
            # Only a definition has a reverse card: no other fact's subject is judged for one.
            "reverse": fact.kind == "definition"
            and (
                config.reverse == "always"
                or (config.reverse == "short" and is_short_term(fact.subject))
            ),
            "images": images.html,
            "context": context,
            "source": source,
            "numbers": stored.cloze_numbers,
        }
        key = kept.key(cached.inputs(position, fact, **inputs)) if cached is not None else ""
        found = kept.get(key) if kept is not None else None
        if found is None:
            made = fact_notes(fact, wording, **inputs)
            guids = tuple(note_guid(fact.id, note.kind) for note in made.notes)
            if kept is not None:
                kept.put(key, made, guids)
        else:
            made, guids = found
        if made.problems:
            warnings.extend(_warning(fact, problem) for problem in made.problems)
        mtime, created = stored.modified_at, stored.first_seen
        # Positional: with keywords a NamedTuple is four times as dear to make, per note.
        notes.extend(
            _PlannedNote(
                guid,
                note.model,
                note.fields,
                note_tags,
                deck,
                mtime,
                note.cards,
                retired,
                created,
                note.cloze_numbers,
            )
            for note, guid in zip(made.notes, guids, strict=True)
        )
    return _Plan(
        tuple(notes),
        MappingProxyType(media),
        tuple(warnings),
        len(wording.languages),
    )


@collector_paused()  # tens of thousands of fields and rows, no cycles: examgen.collector
def build_deck(
    facts: Sequence[StoredFact],
    *,
    config: DeckConfig,
    title: str,
    output: Path,
    media_root: Path | None = None,
    template_dirs: Sequence[Path] = (),
    previous: Mapping[str, Sequence] | None = None,
    source_root: Path | None = None,
    work: Path | None = None,
) -> DeckReport:
    """Write the facts as an Anki package at ``output`` (atomically) and report on it.

    ``title`` names the top deck unless ``config.name`` does. ``media_root`` is the notes
    folder images must lie in; ``source_root`` the folder ``Fact.source`` is relative to
    (the workspace; default the current directory). ``template_dirs`` are searched for a
    ``card.css`` overriding the built-in one. ``previous`` is the manifest of the last
    build: it gives the new/changed/unchanged counts, and it makes a note whose content
    changed for another reason than its fact (a deck setting, examgen's own wording) carry
    a newer modification time than last time, so the change reaches notes already in Anki.
    ``work`` is where the package's collection is kept between builds, so that the next
    one writes only the notes that changed (see :mod:`examgen.apkg`), and each fact's notes
    beside it, so that the next one words only the facts that changed
    (:mod:`examgen.notecache`); the bytes are the same with or without it.
    """
    kept = NoteCache(work.with_name(work.name + ".cards")) if work is not None else None
    facts = spelled_stored(facts)  # the cards print no typo of the notes
    plan = _plan(
        facts,
        config,
        title,
        Path.cwd() if source_root is None else source_root,
        media_root,
        kept,
    )
    if not plan.notes:
        raise ExamgenError("no facts to build a deck from")
    notes, manifest, counts = against_previous(plan.notes, previous)
    css, notetype_mtime = _load_css(template_dirs)
    basic, cloze = _note_types(css, notetype_mtime)
    type_ids = {"basic": basic.id, "cloze": cloze.id}
    # Positional (see _plan). ``due``: new cards come up in the notes' order rather than
    # all at position 0; ``ordinals``: cloze cards by their stable numbers
    # (``examgen.clozes``), Anki's card for deletion N has ordinal N-1, whatever the
    # member's position in the list.
    rows = [
        PackageNote(
            planned.guid,
            type_ids[planned.model],
            planned.fields,
            planned.tags,
            planned.deck,
            planned.mtime,
            planned.cards,
            position,
            planned.created,
            tuple([number - 1 for number in planned.cloze_numbers])
            if planned.cloze_numbers
            else (),
        )
        for position, planned in enumerate(notes)
    ]
    with atomic_path(output) as tmp_output:
        write_package(
            rows,
            note_types=(basic, cloze),
            deck_id=deck_id,
            media=plan.media,
            output=tmp_output,
            work=work,
        )
    if kept is not None:
        kept.save()

    new, changed, unchanged = counts
    return DeckReport(
        output=output,
        notes=len(plan.notes),
        cards=sum(n.cards for n in plan.notes),
        new=new,
        changed=changed,
        unchanged=unchanged,
        retired=sum(1 for n in plan.notes if n.retired),
        warnings=plan.warnings,
        manifest=MappingProxyType(manifest),
        worded=kept.worded if kept is not None else len(facts),
        surveyed=kept.survey_parts.surveyed if kept is not None else plan.surveyed,
    )
