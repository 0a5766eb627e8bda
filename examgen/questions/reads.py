"""What a draw read of the indexed notes, and whether an edited fact could change it.

A paper is kept across an edit only if a draw from the edited notes would make it again: no
changed fact (its version before and after the edit) may touch anything the draw read. The
index records the reads itself: its keyed indexes are :class:`RecordedMap` (each lookup adds
``(index, key)``), its sequences :class:`RecordedSeq` (a window around a fact, through
:func:`~examgen.questions.index.near`, adds the window; anything else reads the whole
sequence), so a new rule that looks something up cannot forget to say so. What one fact adds
to each index is :func:`~examgen.questions.index.footprint`, the function ``index_notes``
itself files the facts by.

Recording costs a list test per lookup when no draw records (``check --questions``, cards).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, overload


@dataclass
class Reads:
    """Everything one draw looked up, as the index names it."""

    #: (index, key) looked up, keys as the index files them.
    keys: set[tuple[str, Any]] = field(default_factory=set)
    #: (sequence, first, last): the fact positions (document order) of a window read.
    windows: set[tuple[str, int, int]] = field(default_factory=set)
    #: Sequences or indexes read whole (iterated, counted): any fact in them touches the draw.
    whole: set[str] = field(default_factory=set)


_ACTIVE: list[Reads] = []


@contextlib.contextmanager
def recording() -> Iterator[Reads]:
    """Record every read of a :class:`RecordedMap` or :class:`RecordedSeq` until the block
    ends (nested blocks record into the innermost)."""
    reads = Reads()
    _ACTIVE.append(reads)
    try:
        yield reads
    finally:
        _ACTIVE.pop()


def note_key(index: str, key: Any) -> None:
    """Record a lookup made other than through a :class:`RecordedMap`."""
    if _ACTIVE:
        _ACTIVE[-1].keys.add((index, key))


def note_window(name: str, first: int, last: int) -> None:
    """Record a read of the facts at positions ``first``..``last`` of ``name``."""
    if _ACTIVE:
        _ACTIVE[-1].windows.add((name, first, last))


def note_whole(name: str) -> None:
    """Record a read of a whole index or sequence."""
    if _ACTIVE:
        _ACTIVE[-1].whole.add(name)


_MISSING = object()


class _WholeReads:
    """Iterating or sizing a recorded index reads all of it: a whole read, recorded."""

    __slots__ = ()
    name: str
    data: Any

    def __iter__(self) -> Iterator:
        note_whole(self.name)
        return iter(self.data)

    def __len__(self) -> int:
        note_whole(self.name)
        return len(self.data)


class RecordedMap(_WholeReads, Mapping):
    """A read-only mapping that records each key looked up (and a whole read when iterated)."""

    __slots__ = ("data", "name")

    def __init__(self, name: str, data: Mapping) -> None:
        self.name = name
        #: The mapping itself, for the index's own use (not recorded).
        self.data = data

    def __getitem__(self, key: Any) -> Any:
        if _ACTIVE:
            _ACTIVE[-1].keys.add((self.name, key))
        return self.data[key]

    def get(self, key: Any, default: Any = None) -> Any:
        if _ACTIVE:
            _ACTIVE[-1].keys.add((self.name, key))
        return self.data.get(key, default)

    def __contains__(self, key: object) -> bool:
        if _ACTIVE:
            _ACTIVE[-1].keys.add((self.name, key))
        return key in self.data

    def __repr__(self) -> str:
        return f"RecordedMap({self.name!r}, {len(self.data)} keys)"


class RecordedSeq(_WholeReads, Sequence):
    """A read-only sequence in document order: a window through
    :func:`~examgen.questions.index.near` records the window, any other read the whole
    sequence (``facts``, whose index is the position, records a slice as its window)."""

    __slots__ = ("data", "name", "positional")

    def __init__(self, name: str, data: tuple, *, positional: bool = False) -> None:
        self.name = name
        #: The items themselves, for the index's own use (not recorded).
        self.data = data
        #: Whether an item's index is its fact position (the facts themselves).
        self.positional = positional

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> tuple: ...
    def __getitem__(self, index: int | slice) -> Any:
        if self.positional:
            if isinstance(index, slice):
                first, last, _step = index.indices(len(self.data))
                if last > first:
                    note_window(self.name, first, last - 1)
            else:
                at = index if index >= 0 else len(self.data) + index
                note_window(self.name, at, at)
        else:
            note_whole(self.name)
        return self.data[index]

    def __bool__(self) -> bool:
        note_whole(self.name)
        return bool(self.data)

    def __repr__(self) -> str:
        return f"RecordedSeq({self.name!r}, {len(self.data)} items)"


class RecordedPools(RecordedMap):
    """Script -> pool: a pool is read through windows, so looking one up records nothing
    itself, and a script the notes have no pool of gives an empty one (whose window an edit
    adding the script's first entry touches)."""

    __slots__ = ()

    def __getitem__(self, key: Any) -> RecordedSeq:
        return self.get(key)

    def get(self, key: Any, default: Any = None) -> RecordedSeq:
        found = self.data.get(key, _MISSING)
        if found is _MISSING:
            return RecordedSeq(f"{self.name}/{key}", ())
        return found


def recorded_pools(name: str, pools: Mapping[str, tuple]) -> RecordedPools:
    """``pools`` (script -> items in document order) as recorded sequences named
    ``name/script``."""
    return RecordedPools(
        name, {script: RecordedSeq(f"{name}/{script}", items) for script, items in pools.items()}
    )


def plain(index: Any) -> Any:
    """A recorded sequence's or mapping's own data, read without recording (the index's own
    reads, and reads recorded otherwise)."""
    return index.data if isinstance(index, (RecordedSeq, RecordedMap)) else index
