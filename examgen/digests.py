"""Digests of plain values, for the caches that keep a build's work for the next one.

A cache key must differ whenever its inputs differ (or a stale entry is used) and should be
equal whenever they are equal (or the cache misses). ``repr`` gives both but is slow on
dataclasses: a deck's notes cache took a tenth of a one-file edit's build in the generated
``__repr__`` of :class:`~examgen.model.Fact`. ``marshal`` writes tuples, strings, numbers,
booleans and None in C and reads them back exactly, so distinct values give distinct bytes.
Its format 2 is used on purpose: from format 3 on it writes a string interned or shared
by reference differently from an equal one that is not, so equal inputs could give
different keys from one build to the next.
"""

from __future__ import annotations

import hashlib
import marshal
from dataclasses import fields
from operator import attrgetter

from examgen.model import Fact, Item

#: The marshal format: the last one that writes equal values as equal bytes (see above);
#: every cache that marshals values to key or compare them writes this one.
MARSHAL_FORMAT = 2

_FACT_FIELDS = attrgetter(*(f.name for f in fields(Fact)))
_ITEM_FIELDS = attrgetter(*(f.name for f in fields(Item)))


def fact_values(fact: Fact) -> tuple:
    """Every field of ``fact``, in order, as plain values (its items as pairs)."""
    values = _FACT_FIELDS(fact)
    # ``items`` is the one field holding dataclasses; its place is found, not assumed.
    return (
        *values[:_ITEMS_AT],
        tuple(map(_ITEM_FIELDS, fact.items)),
        *values[_ITEMS_AT + 1 :],
    )


_ITEMS_AT = [f.name for f in fields(Fact)].index("items")


def digest(value: object) -> str:
    """A 32-digit hex digest of ``value``: tuples, lists, dicts, sets, strings, numbers,
    booleans and None nested in any way (a fact as :func:`fact_values` first). A value of
    any other type raises ValueError: a key must not hide a part it could not read."""
    return hashlib.blake2b(marshal.dumps(value, MARSHAL_FORMAT), digest_size=16).hexdigest()
