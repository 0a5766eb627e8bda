"""The notes' typos, found from the notes' own evidence and word lists the packages ship.

A paper or a card must not print "Docker Deamon" because the notes once did; ``examgen
check`` says where the notes have it. A word is taken for a typo only when everything
agrees, so that a word of the course is never "fixed" (precision over recall):

- English: the word is rare or unknown in wordfreq's English table (read directly from the
  ``large_en`` msgpack file the package ships: no download, no wordfreq import); a common
  word is one edit away (a swap of two neighbours is one edit) with the same start, and the
  edit is a slip: a key beside the right one, a vowel for a vowel, a letter left out or one
  too many, not just another ending (``regressor`` is no typo of ``regression``) nor a word
  inflected or run together (``outlives``, ``sleeptalking``); it is the only such word or
  much the most common one, or the one the notes write. The notes must not write the word
  more often than its correction (a name they use over and over is theirs), and a
  correction they never write is taken only for a swap or a repeated letter. A capitalized
  word wordfreq has never seen, standing alone or inside a sentence, is a name. Code spans
  and identifiers (``camelCase``, ``snake_case``, ``os.path``, ``ALLCAPS``, parts of
  hyphenated or numbered names) are never looked at.
- Chinese: :mod:`examgen.spelling_zh`.

The tables load once per process and only when a word is worth asking about: English notes
whose every word is common read the small table only; the large one (about 0.2 s) only when
a word is not in it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, chain
from operator import attrgetter

from examgen.model import Fact, Item, StoredFact
from examgen.spelling_zh import chinese_typos, typo_spans
from examgen.word_tables import KNOWN_ZIPF, MIN_PART, looked_up_table, zipf_table

#: Zipf frequency (log10 of uses per billion words) a correction must have at least.
COMMON_ZIPF = 2.5
#: How much more common (in zipf, a factor of ten each) the correction must be than the typo.
ZIPF_MARGIN = 1.5
#: A word this common is taken as a word wherever it stands (the small table holds these).
SMALL_ZIPF = 3.0
#: How much more common than the next one the best of several corrections must be.
AMBIGUITY_MARGIN = 1.0
#: Shortest word looked at.
MIN_LENGTH = 5

#: An English word standing alone: not inside an identifier, a path, a number or a hyphenated
#: or dotted name, not a contraction.
_WORD = re.compile(r"(?<![A-Za-z0-9_.\-/@#=\\'’])[A-Za-z]+(?![A-Za-z0-9_\-/@#=\\'’]|\.[A-Za-z0-9])")
_CODE = re.compile(r"`[^`]*`")


@dataclass(frozen=True)
class Typo:
    """A typo the notes make (``wrong``, as written) and what it should read (``right``)."""

    wrong: str
    right: str


@dataclass(frozen=True)
class Spelling:
    """The notes' typos and their corrections: :meth:`correct` applies them to a text."""

    english: Mapping[str, str]  # lower-case typo -> lower-case correction
    chinese: Mapping[str, str]  # typo run -> dictionary word

    @property
    def typos(self) -> tuple[Typo, ...]:
        """Every correction, English first, each in a stable order."""
        return tuple(Typo(w, r) for w, r in sorted(self.english.items())) + tuple(
            Typo(w, r) for w, r in sorted(self.chinese.items())
        )

    def __bool__(self) -> bool:
        return bool(self.english or self.chinese)

    @functools.cached_property
    def _needle(self) -> re.Pattern[str]:
        # Every typo lower-cased, searched for in a text lower-cased (``holds_typo``): a
        # text holding none of them has nothing to correct, and most texts of a deck are
        # such (one search instead of a word-by-word substitution per text; a match still
        # goes through the whole correction). Case-sensitive on purpose: IGNORECASE makes
        # re try every position (2.4 times as slow).
        typos = sorted({*self.english, *(w.lower() for w in self.chinese)})
        return re.compile("|".join(map(re.escape, sorted(typos, key=len, reverse=True))))

    def holds_typo(self, text: str) -> bool:
        """Whether ``text`` may hold one of the typos (never false when it does: a typo's
        letters in any case lower-case to the typo's; it may say true of a text where a
        typo stands inside another word)."""
        return self._needle.search(text.lower()) is not None

    def correct(self, text: str) -> str:
        """``text`` with the notes' typos corrected (code spans left as written)."""
        if not self or not text or not self.holds_typo(text):
            return text
        parts = []
        last = 0
        for span in _CODE.finditer(text):
            parts.append(self._correct_prose(text[last : span.start()]))
            parts.append(span.group())
            last = span.end()
        parts.append(self._correct_prose(text[last:]))
        return "".join(parts)

    def found(self, text: str) -> list[Typo]:
        """The typos ``text`` contains, as written there, in order."""
        typos = []
        for prose in _CODE.split(text):
            if self.english:
                for match in _WORD.finditer(prose):
                    right = self.english.get(match.group().lower())
                    if right and _plain_word(match.group()):
                        typos.append(Typo(match.group(), _recase(right, match.group())))
            for wrong, right in self.chinese.items():
                typos.extend(Typo(wrong, right) for _ in typo_spans(prose, wrong, right))
        return typos

    def _correct_prose(self, text: str) -> str:
        if self.english:

            def fix(match: re.Match[str]) -> str:
                word = match.group()
                right = self.english.get(word.lower())
                return _recase(right, word) if right and _plain_word(word) else word

            text = _WORD.sub(fix, text)
        for wrong, right in self.chinese.items():
            for start in reversed(typo_spans(text, wrong, right)):
                text = text[:start] + right + text[start + len(wrong) :]
        return text


NO_TYPOS = Spelling({}, {})


def find_typos(texts: Iterable[str]) -> Spelling:
    """The typos of the notes whose texts are ``texts`` (every text the notes print)."""
    # Each text once: a fact and the facts made from its parts repeat the same words, which
    # are one use in the notes.
    texts = list(dict.fromkeys(texts))
    prose = [_CODE.sub(" ", text) for text in texts]
    return Spelling(_english_typos(texts, prose), chinese_typos(prose))


# -- English -------------------------------------------------------------------------------


def _plain_word(word: str) -> bool:
    """A word in prose, not an acronym or identifier: lower case, or capitalized only."""
    return word[1:].islower() and len(word) >= MIN_LENGTH


def _recase(right: str, like: str) -> str:
    return right[:1].upper() + right[1:] if like[:1].isupper() else right


def _english_typos(texts: Sequence[str], prose: Sequence[str]) -> dict[str, str]:
    # Evidence is every use, code spans too (`commit`); candidates are the prose's words.
    # The texts joined by a line break, which stands for a text's edge in _WORD's
    # lookarounds: one search in C instead of a match object per word.
    # Most texts hold no code span: their prose is the text itself (``re.sub`` gives back
    # the very string when it replaces nothing), so their words are read once for both.
    coded = [i for i, (text, said) in enumerate(zip(texts, prose, strict=True)) if said is not text]
    if coded:
        code = set(coded)
        plain = _WORD.findall("\n".join(t for i, t in enumerate(texts) if i not in code))
        raw = _WORD.findall("\n".join([texts[i] for i in coded]))
        spoken = set(plain).union(_WORD.findall("\n".join([prose[i] for i in coded])))
    else:
        plain, raw = _WORD.findall("\n".join(texts)), []
        spoken = set(plain)
    uses = Counter(map(str.lower, chain(plain, raw)))
    # A word in the small table is common (zipf 3 and more): the large one is read only
    # when some word is not. Neither is kept once the check is done (the check runs once
    # per notes; a build's deck and papers need the memory more).
    small = zipf_table("small")
    joined = "\n".join(prose)
    judged = {word for word in spoken if _plain_word(word) and word.lower() not in small}
    # Whether each use of a word the small table does not hold is written as a name:
    # capitalized inside a sentence, or alone (a list of ``Istio``, ``Linkerd``). Only
    # those words are judged, so only theirs is asked, in the texts that hold one (found
    # by ``str.find`` in the joined texts: they are few, the texts many).
    ends = list(accumulate(len(text) + 1 for text in prose))
    holders: set[int] = set()
    for word in judged:
        at = joined.find(word)
        while at >= 0:
            holders.add(bisect_right(ends, at))
            at = joined.find(word, at + len(word))
    named: dict[str, list[bool]] = {}
    for index in sorted(holders):
        text = prose[index]
        for match in _WORD.finditer(text):
            if match.group() in judged:
                named.setdefault(match.group().lower(), []).append(_as_name(text, match))
    del small
    unknown = list(named)
    if not unknown:
        return {}
    table = looked_up_table(unknown)
    typos = {}
    for word in sorted(unknown):
        # A word written as a name that wordfreq has never seen is a name, not a slip.
        if word not in table and all(named[word]):
            continue
        right = _correction(word, table, uses)
        # The notes' own evidence: a word they write more often than its correction is theirs;
        # a correction they never write is taken only for the surest slips, two letters
        # swapped or one repeated (``Deamon``, ``approximiation``), not a letter replaced or
        # left out (``jupyter`` is no ``jupiter``, ``memoized`` no ``memorized``).
        if not right or uses[word] > max(1, uses[right]):
            continue
        if uses[right] or _swapped(word, right) or _echoed(word, right):
            typos[word] = right
    return typos


def _as_name(text: str, match: re.Match[str]) -> bool:
    """Whether the word ``match`` found is written as a name: capitalized, and alone in
    ``text`` or not the first word of a sentence."""
    if not match.group()[0].isupper():
        return False
    before = text[: match.start()].rstrip(" *_\"'“‘(（[")
    return (not before and not text[match.end() :].strip(" *_\"'”’)）].")) or (
        bool(before) and before[-1] not in ".!?:;。！？：；"
    )


def _correction(word: str, table: Mapping[str, float], uses: Mapping[str, int]) -> str | None:
    """The common word ``word`` is a typo of, or None when there is none or several."""
    zipf = table.get(word, 0.0)
    if zipf >= KNOWN_ZIPF or _compound(word, table) or _inflected(word, table):
        return None
    candidates = [
        candidate
        for candidate in _edits(word)
        if candidate != word
        # Writers get a word's start right: its first two letters, or those two swapped.
        and (candidate[:2] == word[:2] or (candidate[:1] == word[:1] and _swapped(word, candidate)))
        and table.get(candidate, 0.0) >= COMMON_ZIPF
        and not _other_ending(word, candidate)
        and _slip(word, candidate)
    ]
    if not candidates:
        return None
    # The notes' own evidence first: a correction they write elsewhere is the one they mean.
    written = [c for c in candidates if uses.get(c)]
    if len(written) == 1:
        return written[0]
    # Then a swap of two neighbours: it keeps every letter the writer meant (``Deamon`` is
    # ``Daemon`` rather than ``demon``, ``deacon`` or ``Damon``).
    swaps = [c for c in written or candidates if _swapped(word, c)]
    if len(swaps) == 1:
        return swaps[0] if table[swaps[0]] - zipf >= ZIPF_MARGIN else None
    ranked = sorted(((table[c], c) for c in written or candidates), reverse=True)
    best_zipf, best = ranked[0]
    if best_zipf - zipf < ZIPF_MARGIN:
        return None
    if len(ranked) > 1 and best_zipf - ranked[1][0] < AMBIGUITY_MARGIN:
        return None
    return best


def _swapped(word: str, candidate: str) -> bool:
    """Whether ``candidate`` is ``word`` with two neighbouring letters swapped."""
    if len(word) != len(candidate):
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, candidate, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and word[differ[0]] == candidate[differ[1]]
        and word[differ[1]] == candidate[differ[0]]
    )


#: Each key's neighbours on a QWERTY keyboard.
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    key: set(keys[max(col - 1, 0) : col + 2].replace(key, ""))
    # Each row sits half a key right of the one above: above, the keys at col and col + 1.
    | (set(_KEYS[row - 1][col : col + 2]) if row else set())
    | (set(_KEYS[row + 1][max(col - 1, 0) : col + 1]) if row + 1 < len(_KEYS) else set())
    for row, keys in enumerate(_KEYS)
    for col, key in enumerate(keys)
}


def _slip(word: str, candidate: str) -> bool:
    """Whether a letter of ``candidate`` replaced by one of ``word`` is a slip: a key beside
    it, or another vowel (``designaged``, ``emperical``), not another word's letter
    (``semver`` is no ``server``, ``jupyter`` no ``jupiter``). Other edits are slips."""
    if len(word) != len(candidate) or _swapped(word, candidate):
        return True
    wrong, right = next((a, b) for a, b in zip(word, candidate, strict=True) if a != b)
    return wrong in _NEIGHBOURS.get(right, ()) or (wrong in "aeiou" and right in "aeiou")


def _echoed(word: str, right: str) -> bool:
    """Whether ``word`` is ``right`` with one letter more that repeats a letter beside it or
    one further (``runnning``, ``approximiation``): the extra key of a slip, where a letter
    of its own (``semver``, ``statfs``) makes another word."""
    if len(word) != len(right) + 1:
        return False
    for i in range(len(word)):
        if word[:i] + word[i + 1 :] == right:
            around = {word[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(word)}
            if word[i] in around:
                return True
    return False


def _edits(word: str) -> set[str]:
    """The strings one edit from ``word`` (a swap of neighbours is one)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in letters}
        | {a + c + b for a, b in splits for c in letters}
    )


def _compound(word: str, table: Mapping[str, float]) -> bool:
    """Whether ``word`` is two common words run together (``sleeptalking``): a coinage."""
    return any(
        table.get(word[:i], 0.0) >= SMALL_ZIPF and table.get(word[i:], 0.0) >= SMALL_ZIPF
        for i in range(MIN_PART, len(word) - MIN_PART + 1)
    )


#: Inflections and the ending of the word they inflect (``outlives``: ``outlive``).
_INFLECTIONS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("ers", ""),
    ("ly", ""),
)


def _inflected(word: str, table: Mapping[str, float]) -> bool:
    """Whether ``word`` is an inflection of a known word (``outlives``, rare as it is, is
    ``outlive`` + s, not a typo of ``outlines``)."""
    return any(
        word.endswith(ending) and table.get(word[: -len(ending)] + base, 0.0) >= KNOWN_ZIPF
        for ending, base in _INFLECTIONS
    )


def _other_ending(word: str, candidate: str) -> bool:
    """Whether the two differ in their last letter (``regressor``, ``regression``): another
    form of a word, not a typo of it. A last letter left off (``Loggin``) is a typo."""
    return word[-1] != candidate[-1] and candidate[:-1] != word


# -- Facts ---------------------------------------------------------------------------------


def fact_texts(fact: Fact) -> list[str]:
    """Every text of ``fact`` that a paper or card may print."""
    texts = [fact.subject, fact.text, *fact.section, *fact.columns]
    texts.extend(cell for row in fact.rows for cell in row)
    for item in fact.items:
        texts.append(item.text)
        if item.gloss:
            texts.append(item.gloss)
    if fact.label:
        texts.append(fact.label)
    return [text for text in texts if text]


def notes_spelling(facts: Sequence[Fact]) -> Spelling:
    """The typos of the notes ``facts`` come from (memoised on the facts)."""
    return _notes_spelling(tuple(facts))


@functools.lru_cache(maxsize=8)
def _notes_spelling(facts: tuple[Fact, ...]) -> Spelling:
    return find_typos(text for fact in facts for text in fact_texts(fact))


def fact_typos(facts: Sequence[Fact]) -> list[tuple[Fact, Typo]]:
    """Each typo of the notes with the fact it was found in, in the facts' order (the same
    typo of one fact once)."""
    spelling = notes_spelling(facts)
    if not spelling:
        return []
    found = []
    for fact in facts:
        typos = [t for text in fact_texts(fact) for t in spelling.found(text)]
        found += [(fact, typo) for typo in dict.fromkeys(typos)]
    return found


_TEXT, _GLOSS = attrgetter("text"), attrgetter("gloss")


def spelled_stored(facts: Sequence[StoredFact]) -> Sequence[StoredFact]:
    """The stored facts with the typos of their notes corrected (:func:`spelled_fact`)."""
    spelling = notes_spelling([stored.fact for stored in facts])
    if not spelling:
        return facts
    spelled = []
    for stored in facts:
        fact = _spelled(stored.fact, spelling)  # ``spelling`` holds typos: asked once above
        # A fact without a typo stays the very object it was: a copy of every fact would
        # double the deck's facts in memory for the few a correction changes.
        spelled.append(stored if fact is stored.fact else replace(stored, fact=fact))
    return spelled


def spelled_fact(fact: Fact, spelling: Spelling) -> Fact:
    """``fact`` with its texts corrected (its id, source and line as they were). Its section
    is left as written: a deck named by a heading keeps its name, and its cards their deck."""
    return _spelled(fact, spelling) if spelling else fact


def _spelled(fact: Fact, spelling: Spelling) -> Fact:
    """:func:`spelled_fact` with a ``spelling`` that holds typos."""
    # Most facts hold no typo: one search over all their texts, and the fact itself rather
    # than an equal copy (a dataclass replace per fact and per stored fact, and a search per
    # text, were a tenth of a deck's wording). The separator is in no typo. Gathered by map
    # and filter, not generators (this runs for every fact).
    texts = [fact.subject, fact.text, fact.label or "", fact.parent or "", *fact.columns]
    texts.extend(chain.from_iterable(fact.rows))
    texts.extend(map(_TEXT, fact.items))
    texts.extend(filter(None, map(_GLOSS, fact.items)))
    if not spelling.holds_typo("\x1f".join(texts)):
        return fact
    fix = spelling.correct
    return replace(
        fact,
        subject=fix(fact.subject),
        text=fix(fact.text),
        items=tuple(Item(fix(i.text), fix(i.gloss) if i.gloss else i.gloss) for i in fact.items),
        columns=tuple(fix(c) for c in fact.columns),
        rows=tuple(tuple(fix(c) for c in row) for row in fact.rows),
        label=fix(fact.label) if fact.label else fact.label,
        parent=fix(fact.parent) if fact.parent else fact.parent,
    )
