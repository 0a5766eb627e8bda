"""Chinese typos: a character typed for another that sounds the same (:mod:`examgen.spelling`).

A two-to-four-character run is taken for a typo of a word when the notes write the word at
least :data:`MIN_ZH_USES` times and the run at most :data:`MAX_TYPO_USES`, a dictionary
holds the word and not the run, they differ in one character, the run's character read its
usual way (pinyin with tone) is a reading of the word's, and neither edge of the run makes a
dictionary word with the character beside it (``改进成本`` holds ``进成``, but ``成本`` is a
word, so ``进程`` is not meant). The readings (pypinyin's character table) are read only for
notes with a frequent run; the dictionaries only when a run could be a typo.
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from examgen.dictionary import WordTable, cached_dict, cached_word_table, is_word

#: Fewest uses in the notes that make a word known well enough to correct towards.
MIN_ZH_USES = 8
#: Most uses of a typo: written more often, a spelling is the notes' own.
MAX_TYPO_USES = 2

_HAN = re.compile(r"[\u4e00-\u9fff]+")


def chinese_typos(prose: Sequence[str]) -> dict[str, str]:
    """The Chinese typos of the texts ``prose`` (each text of the notes once): typo -> word."""
    # Each run once, with its uses: different texts share their Chinese phrases, and a
    # run's grams are the same wherever it stands.
    runs = Counter([run for text in prose for run in _HAN.findall(text)])
    if not runs:
        return {}
    # One count over one list (an update per run and size was most of the check's time),
    # then the further uses of runs written more than once; the grams in the order they
    # first come, which the candidates below are tried in.
    grams = Counter([gram for run in runs for gram in _grams(run)])
    for run, uses in runs.items():
        if uses > 1:
            for gram in _grams(run):
                grams[gram] += uses - 1
    frequent = [g for g, n in grams.items() if n >= MIN_ZH_USES]
    if not frequent:
        return {}
    # A typo run differs from a frequent word in one character that sounds the same: look
    # each frequent word up by its shape with that character left out.
    shapes: dict[tuple[str, int], list[str]] = {}
    for gram in frequent:
        for i in range(len(gram)):
            shapes.setdefault((gram[:i] + "_" + gram[i + 1 :], i), []).append(gram)
    maybe: dict[str, str] = {}
    readings = _Readings()
    for gram, uses in grams.items():
        if uses > MAX_TYPO_USES:
            continue  # written too often to be a slip
        for i, char in enumerate(gram):
            for word in shapes.get((gram[:i] + "_" + gram[i + 1 :], i), ()):
                # The slip is the character's usual reading (``有`` is yǒu, though
                # pypinyin also knows it as wěi) typed for the word's.
                if word != gram and readings(char)[0] in readings(word[i]):
                    maybe[gram] = word
    if not maybe:
        return {}
    typos = {}
    for gram, word in sorted(maybe.items()):
        # Only runs that hold the gram can hold it as a typo (a substring test in C).
        if (
            _is_word(word)
            and not _is_word(gram)
            and grams[word] >= MIN_ZH_USES
            and any(typo_spans(run, gram, word) for run in runs if gram in run)
        ):
            typos[gram] = word
    return typos


def _grams(run: str) -> list[str]:
    """The two-, three- and four-character runs of ``run``, by size, then by place."""
    return [run[i : i + size] for size in (2, 3, 4) for i in range(len(run) - size + 1)]


def typo_spans(text: str, wrong: str, right: str) -> list[int]:
    """Where ``wrong`` stands in ``text`` as a typo of ``right``: not where either edge of it
    makes a dictionary word with the character beside it."""
    spans = []
    start = text.find(wrong)
    if start < 0:
        return spans
    while start >= 0:
        end = start + len(wrong)
        edges = [text[max(start - k, 0) : start + 1] for k in (1, 2, 3)] + [
            text[end - 1 : end + k] for k in (1, 2, 3)
        ]
        if not any(len(edge) >= 2 and _is_word(edge) for edge in edges):
            spans.append(start)
        start = text.find(wrong, end)
    return spans


class _Readings:
    """Characters' readings (pinyin with tone), the usual one first; ``("",)`` for a
    character pypinyin does not know. Held only while one check runs: the table (4 MB) is
    not kept for the rest of a build."""

    def __init__(self) -> None:
        self._table = _reading_table()
        self._read: dict[str, tuple[str, ...]] = {}

    def __call__(self, char: str) -> tuple[str, ...]:
        if char not in self._read:
            self._read[char] = tuple(self._table.get(ord(char), "").split(","))
        return self._read[char]


def _reading_table() -> Mapping[int, str]:
    """pypinyin's character table: code point -> readings, comma-separated. Read as text
    and kept as one dict of ints and strings: the parsed JSON's 20,000 string keys cost
    6 MB where the check reads a few hundred characters. The dict is kept in the user's
    cache folder, named by the table's size: reading it back is a twentieth of the
    parse, which every check paid (a tenth of an edit's typo check)."""
    from examgen.word_tables import package_file

    source = package_file("pypinyin", "pinyin_dict.json")

    def parse() -> dict[int, str]:
        text = source.read_text(encoding="utf-8")
        return {int(m[1]): m[2] for m in _READING.finditer(text)}

    return cached_dict(f"pinyin-readings-{source.stat().st_size}-v1.marshal", parse)


#: One entry of pypinyin's character table: ``"19968": "yī"``.
_READING = re.compile(r'"(\d+)":\s*"([^"\\]*)"')


def _is_word(text: str) -> bool:
    """Whether a dictionary holds ``text``: CC-CEDICT (:mod:`examgen.dictionary`) or
    pypinyin's phrase table, which adds what CC-CEDICT leaves to its measure-word entries
    (``一个``, ``这个``: phrases whose characters read otherwise alone)."""
    return is_word(text) or text in _phrases()


@functools.cache
def _phrases() -> WordTable:
    """The words of pypinyin's phrase table (about 47,000): its keys, read without the
    readings (parsed whole, the JSON's nested lists cost 44 MB at their peak), as a
    :class:`~examgen.dictionary.WordTable`. A key is the one string a colon follows."""
    from examgen.word_tables import package_file

    path = package_file("pypinyin", "phrases_dict.json")

    def build() -> bytes:
        keys = _KEY.findall(path.read_text(encoding="utf-8"))
        return WordTable.of(json.loads(f'"{k}"') if "\\" in k else k for k in keys).records

    return cached_word_table(f"pypinyin-phrases-{path.stat().st_size}", build)


_KEY = re.compile(r'"((?:[^"\\]|\\.)*)"\s*:')
