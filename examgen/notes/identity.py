"""Fact identity: every draft's id, from its subject (see :mod:`examgen.notes.facts`).

A fact's id is the first 12 hex digits of the SHA-1 of its *key*, the normalized subject. Two
facts with the same key are told apart by their section path, then by an ordinal; explicit
``{#id}`` pins win. Every clash is a ``warning`` naming both places.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import fields

from examgen.model import Diagnostic, Fact
from examgen.notes.draft import DRAFT_FIELDS, Draft, has_ideograph

ID_LENGTH = 12


def fact_id(key: str) -> str:
    """The first 12 hex digits of the SHA-1 of a key."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:ID_LENGTH]


def _disambiguation_key(draft: Draft) -> str:
    # The title is left out so that moving a section to another notes file keeps the id.
    below_title = draft.place.section_key[1:] or draft.place.section_key
    return "\x1f".join((draft.key, *below_title))


def assign_ids(drafts: Sequence[Draft]) -> tuple[list[Fact], list[Diagnostic]]:
    """Give every draft its id (see the module docstring) and warn about clashes."""
    ids: list[str] = [""] * len(drafts)
    warnings: list[Diagnostic] = []

    def warn(later: Draft, first: Draft, how: str) -> None:
        warnings.append(
            Diagnostic(
                "warning",
                later.place.source,
                later.line,
                f"subject '{later.subject}' also at {first.location()}; {how}",
            )
        )

    pinned: dict[str, list[int]] = defaultdict(list)
    by_key: dict[str, list[int]] = defaultdict(list)
    for index, draft in enumerate(drafts):
        (pinned[draft.pin] if draft.pin else by_key[draft.key]).append(index)

    for pin, indexes in pinned.items():
        ids[indexes[0]] = pin
        for ordinal, index in enumerate(indexes[1:], start=2):
            ids[index] = f"{pin}-{ordinal}"
            warn(
                drafts[index],
                drafts[indexes[0]],
                f"explicit id '{pin}' used twice; this one is '{pin}-{ordinal}'",
            )

    for key, indexes in by_key.items():
        if len(indexes) == 1:
            ids[indexes[0]] = fact_id(key)
            continue
        by_section: dict[str, list[int]] = defaultdict(list)
        for index in indexes:
            by_section[_disambiguation_key(drafts[index])].append(index)
        for section_key, same in by_section.items():
            ids[same[0]] = fact_id(section_key)
            for ordinal, index in enumerate(same[1:], start=2):
                ids[index] = fact_id(f"{section_key}#{ordinal}")
                warn(drafts[index], drafts[same[0]], f"same section too: numbered #{ordinal}")
        first = drafts[indexes[0]]
        for index in indexes[1:]:
            if _disambiguation_key(drafts[index]) != _disambiguation_key(first):
                warn(drafts[index], first, "ids told apart by section")

    # An explicit id can still meet another (``{#a-2}`` written next to two ``{#a}``, or a pin
    # that happens to look like a hash): ids must be unique, so number the later ones.
    taken: dict[str, int] = {}
    planned = set(ids)
    for index, id_ in enumerate(ids):
        if id_ in taken:
            first = drafts[taken[id_]]
            ordinal = 2
            while f"{id_}-{ordinal}" in taken or f"{id_}-{ordinal}" in planned:
                ordinal += 1
            ids[index] = f"{id_}-{ordinal}"
            warn(drafts[index], first, f"id '{id_}' already taken; this one is '{ids[index]}'")
        taken[ids[index]] = index

    facts = [_fact(draft, fact_id_) for draft, fact_id_ in zip(drafts, ids, strict=True)]
    return facts, warnings


def _fact(draft: Draft, id_: str) -> Fact:
    # Every field of the draft in one unpacking, not read by name one at a time (a
    # NamedTuple's field is a descriptor call): by name only if the fields change.
    (
        kind,
        subject,
        _key,
        place,
        line,
        text,
        items,
        images,
        _pin,
        columns,
        rows,
        tags,
        label,
        parent,
        open_,
        container,
    ) = draft if _DRAFT_IN_ORDER else [getattr(draft, name) for name in DRAFT_FIELDS]
    # language_of(subject, text), without a generator per fact.
    lang = "zh" if has_ideograph(subject) or has_ideograph(text) else "en"
    # The members' words only decide an English-looking fact: their texts in one search, then
    # their glosses in one (a character class finds no more in a joined text than in its
    # parts), with no string made per member.
    if (lang == "en" and items) and (
        has_ideograph("".join([item.text for item in items]))
        or has_ideograph("".join([item.gloss for item in items if item.gloss]))
    ):
        lang = "zh"
    # By position (every field, in Fact's order): a call by keywords costs a third more.
    return _new_fact(
        id_,
        kind,
        subject,
        text,
        items,
        place.section,
        place.source,
        line,
        lang,
        images,
        columns,
        rows,
        tags,
        label,
        parent,
        open_,
        container,
    )


_DRAFT_IN_ORDER = Draft._fields == DRAFT_FIELDS

# The fields of a fact in the order :func:`_fact` gives them: while a Fact has exactly these,
# it is made by position; otherwise (a field added or moved) by name, as it was.
FACT_FIELDS = (
    *("id", "kind", "subject", "text", "items", "section", "source", "line", "lang"),
    *("images", "columns", "rows", "tags", "label", "parent", "open", "container"),
)
_new_fact = (
    Fact
    if tuple(field.name for field in fields(Fact)) == FACT_FIELDS
    else lambda *values: Fact(**dict(zip(FACT_FIELDS, values, strict=True)))
)
