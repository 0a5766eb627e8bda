"""wordfreq's English tables, read for the typo check (:mod:`examgen.spelling`) without
importing wordfreq (its import takes over a second): the ``small`` table whole, the
``large`` one only in the parts a check looks up, kept cut by first letters in the user's
cache folder.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import marshal
from collections.abc import Mapping, Sequence
from pathlib import Path

#: A word as common as this is a word, whatever is near it (``nonce`` is 2.4, ``unset`` 1.8,
#: ``jupyter`` 1.6; the notes' typos were unknown to wordfreq or at most 1.5, ``Sevice``).
KNOWN_ZIPF = 1.5

#: Shortest part of a compound (``sleep`` + ``talking``).
MIN_PART = 5


def _wordfreq_file(name: str) -> bytes:
    return package_file("wordfreq", f"data/{name}_en.msgpack.gz").read_bytes()


def package_file(package: str, name: str) -> Path:
    """A data file of an installed package, found without importing it (wordfreq's import
    takes over a second, pypinyin's loads its own tables)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"examgen needs the {package} package: pip install {package}")
    return Path(next(iter(spec.submodule_search_locations))) / name


def zipf_table(name: str) -> Mapping[str, float]:
    """wordfreq's ``small`` or ``large`` English table: word -> zipf frequency.

    The file is a list of buckets, the i-th holding the words used 10^(-i/100) as often as
    all words together; zipf is that in uses per billion words, log10.
    """
    import msgpack

    buckets = msgpack.unpackb(gzip.decompress(_wordfreq_file(name)), raw=False)
    table: dict[str, float] = {}
    # Rarest first, so that a word in two buckets keeps its more frequent one.
    for index in range(len(buckets) - 1, 0, -1):
        table.update(dict.fromkeys(buckets[index], round(9 - index / 100, 2)))
    return table


def looked_up_table(words: Sequence[str]) -> Mapping[str, float]:
    """The entries of wordfreq's large English table that judging ``words`` can look up.

    The whole table (321,000 words as a dict) cost 36 MB at its peak, a third of a deck's
    memory. Every lookup the typo check makes (``spelling._correction``) is the word itself,
    a word one edit from it starting with its first two letters (or the first and third, a
    swap of the second and third), a first part of it as a compound or its stem as an
    inflection (its own first two letters), or a last part of it (exact): the rest is never
    read. Below
    :data:`KNOWN_ZIPF` only the words themselves are looked up (their own frequency).

    The table is read by its words' first two letters (:func:`_table_parts`), so only the
    parts those lookups start with are unpacked: a tenth of reading the whole package file,
    which every check paid.
    """
    starts = {w[:2] for w in words} | {w[0] + w[2] for w in words if len(w) > 2}
    exact = set(words)
    exact |= {w[i:] for w in words for i in range(MIN_PART, len(w) - MIN_PART + 1)}
    parts = _table_parts()
    table: dict[str, float] = {}
    for start in sorted(starts | {w[:2] for w in exact}):
        part = parts.get(start)
        if part is None:
            continue
        common, rare = marshal.loads(part)
        if start in starts:
            table.update(common)
        else:
            table.update((w, z) for w, z in common.items() if w in exact)
        table.update((w, z) for w, z in rare.items() if w in exact)
    return table


def _table_parts() -> Mapping[str, bytes]:
    """wordfreq's large English table cut by its words' first two letters: start ->
    marshalled (words of zipf :data:`KNOWN_ZIPF` and more, rarer words), each word with its
    highest zipf. Kept in the user's cache folder, named by the package file's size (built
    from the package file once, ~0.5 s); read as one file, unpacked part by part."""
    from examgen.dictionary import cached_dict

    source = package_file("wordfreq", "data/large_en.msgpack.gz")
    return cached_dict(
        f"wordfreq-large-parts-{source.stat().st_size}-v1.marshal",
        lambda: _cut_table(source.read_bytes()),
    )


def _cut_table(packed: bytes) -> dict[str, bytes]:
    """:func:`_table_parts` made from the package's gzipped msgpack file."""
    import msgpack

    stream = msgpack.Unpacker(io.BytesIO(gzip.decompress(packed)), raw=False)
    cut: dict[str, tuple[dict[str, float], dict[str, float]]] = {}
    seen: set[str] = set()
    # Bucket i holds the words used 10^(-i/100) as often as all words together (see
    # :func:`zipf_table`); the first is left out as there. Most frequent first, so that a
    # word in two buckets keeps its more frequent one.
    for index in range(stream.read_array_header()):
        bucket = stream.unpack()
        if index == 0:
            continue
        zipf = round(9 - index / 100, 2)
        for word in bucket:
            if word in seen:
                continue
            seen.add(word)
            common, rare = cut.setdefault(word[:2], ({}, {}))
            (common if zipf >= KNOWN_ZIPF else rare)[word] = zipf
    return {start: marshal.dumps(both) for start, both in cut.items()}
