"""Another form of an answer's word in a card's visible text (README "The cards", "No
giveaways").

Blanking matches an answer whole and exactly (``cardtext.mask``): the breadcrumb
"parasomnias" over the card asking ``Parasomnia``, or the title "CGroups" over the blank
``cgroup``, got past it and showed the answer. So a card also looks for the answer's words in
another form: a Latin word with the answer's English stem (``examgen.stems``, case
ignored), a numeronym's word or a word's numeronym ("Kubernetes" for ``K8S``), and, for a
Chinese answer, a title whose pieces make up most of it ("DevOps 的能力"
over the blank ``DevOps作业能力``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from examgen.card_phrases import Phrases
from examgen.card_survey import Survey, subject_key
from examgen.model import Fact, Item
from examgen.prompts import Relation, list_wording
from examgen.stems import stem

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
#: A title's pieces: Latin words and Chinese runs, cut at spaces, punctuation and 的.
_PIECE = re.compile(r"[A-Za-z0-9]+|[\u4e00-\u9fff]+")
_PARTICLE = re.compile(r"[的之]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: The share of a Chinese answer's characters that a title's pieces may say before the
#: title gives the answer away ("DevOps" and 能力 are 8 of "DevOps作业能力"'s 10).
MAX_SAID_SHARE = 0.6


def other_forms(term: str, text: str) -> tuple[str, ...]:
    """The spans of ``text`` that say the Latin ``term`` in another form: as many
    consecutive words as the term has, each with its word's stem ("parasomnias" for
    ``Parasomnia``, "CGroups" for ``cgroup``), or its numeronym's word ("Kubernetes" for
    ``K8S``, :func:`_numeronym_forms`); exact repeats are left to ``mask``."""
    said, wanted = _term_shape(term)
    if said is None and not wanted:  # a Chinese term, a formula: no other form to look for
        return ()
    found = list(_numeronym_forms(term, text))
    if not wanted or wanted[0] not in _stem_set(text):  # most texts: not even its first word
        return tuple(found)
    words = _word_stems(text)
    for start in range(len(words) - len(wanted) + 1):
        run = words[start : start + len(wanted)]
        if all(word[2] == s for word, s in zip(run, wanted, strict=True)):
            said = text[run[0][0] : run[-1][1]]
            if said.casefold() != term.strip().casefold():
                found.append(said)
    return tuple(dict.fromkeys(found))


def said_otherwise(term: str, texts: Sequence[str]) -> bool:
    """Whether any of ``texts`` says ``term`` in another form (:func:`other_forms`). The
    term's shape is read once for all the texts: most members (Chinese names, formulas,
    names with marks between their words) have no other form, and are then looked for in
    none of them."""
    said, wanted = _term_shape(term)
    if said is None and not wanted:
        return False
    return any(other_forms(term, text) for text in texts)


# "K8S", "i18n", "a11y": a word's first letter, the count of its letters between, its last.
_NUMERONYM = re.compile(r"([A-Za-z])([1-9][0-9]?)([A-Za-z])")
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")


def _numeronym_forms(term: str, text: str) -> tuple[str, ...]:
    """The words of ``text`` that are the Latin ``term`` as or from a numeronym: "Kubernetes"
    for ``K8S``, "K8s" for ``Kubernetes`` (first and last letters and the count between
    alike, case ignored); a one-word term only."""
    said = _numeronym_pattern(term.strip())
    if said is None:
        return ()
    if said[1] and _NUMERONYM.search(text) is None:  # most texts: no numeronym to be one
        return ()
    return tuple(dict.fromkeys(said[0].findall(text)))


@functools.lru_cache(maxsize=1 << 12)
def _numeronym_pattern(term: str) -> tuple[re.Pattern[str], bool] | None:
    """The pattern of the words that are ``term``'s other form, and whether those words are
    numeronyms (``term`` a long word); None for a term that is neither. Compiled once per
    term: a pattern made per call is more than Python's regex cache holds."""
    short = _NUMERONYM.fullmatch(term)
    if short:
        first, count, last = short.groups()
        said = rf"(?<![A-Za-z0-9]){first}[A-Za-z]{{{int(count)}}}{last}(?![A-Za-z0-9])"
        return re.compile(said, re.IGNORECASE), False
    if _LONG_WORD.fullmatch(term):
        said = rf"(?<![A-Za-z0-9]){term[0]}{len(term) - 2}{term[-1]}(?![A-Za-z0-9])"
        return re.compile(said, re.IGNORECASE), True
    return None


@functools.lru_cache(maxsize=1 << 14)
def _term_shape(term: str) -> tuple[tuple[re.Pattern[str], bool] | None, tuple[str, ...]]:
    """What :func:`other_forms` looks for of ``term``, read once per term rather than per
    heading and title it is looked for in: its numeronym pattern and its words' stems."""
    return _numeronym_pattern(term.strip()), _term_stems(term)


# Memos: a list's every member is looked for in each of its headings and its title, so
# the same texts come back over and over. Bounded, for a process that builds many decks.
@functools.lru_cache(maxsize=1 << 14)
def _term_stems(term: str) -> tuple[str, ...]:
    """The stems of a Latin ``term``'s words; none when it is not all Latin words."""
    wanted = tuple(stem(w) for w in _WORD.findall(term))
    if not wanted or _WORD.sub("", term).strip(" -") or len(term.strip()) < 3:
        return ()
    return wanted


@functools.lru_cache(maxsize=1 << 14)
def _word_stems(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, stem)`` of each Latin word of ``text``."""
    return tuple((m.start(), m.end(), stem(m.group(0))) for m in _WORD.finditer(text))


@functools.lru_cache(maxsize=1 << 14)
def _stem_set(text: str) -> frozenset[str]:
    """The stems of ``text``'s Latin words (:func:`_word_stems`), to test one at C speed."""
    return frozenset(word[2] for word in _word_stems(text))


def title_says(answer: str, title: str) -> bool:
    """Whether a list's ``title`` gives away its member ``answer`` in another form: a Latin
    answer's words with their stems (:func:`other_forms`), or a Chinese answer made up for
    more than :data:`MAX_SAID_SHARE` of its characters by two of the title's pieces or more."""
    if other_forms(answer, title):
        return True
    answer = "".join(answer.split())
    if not _HAN.search(answer):
        return False
    said = [False] * len(answer)
    pieces = 0
    folded = answer.casefold()  # once, not per piece and find (a hot loop of the deck)
    for piece in _title_pieces(title):
        if piece == folded:
            continue  # the whole answer is mask's
        at = folded.find(piece)
        pieces += at >= 0
        while at >= 0:
            said[at : at + len(piece)] = [True] * len(piece)
            at = folded.find(piece, at + 1)
    # One piece ("子系统" of 子系统1) is the list's kind; two spell the member out.
    return pieces >= 2 and sum(said) > MAX_SAID_SHARE * len(answer)


@functools.lru_cache(maxsize=1 << 12)
def _title_pieces(title: str) -> tuple[str, ...]:
    """A title's pieces (:data:`_PIECE`) casefolded, but those of one character, which say
    nothing: read once per list, not once per member (:func:`title_says`)."""
    pieces = (piece.casefold() for piece in _PIECE.findall(_PARTICLE.sub(" ", title)))
    return tuple(piece for piece in pieces if len(piece) >= 2)


def list_texts(
    fact: Fact,
    subject: str,
    items: Sequence[Item],
    words: Phrases,
    lang: str,
    plan: Survey,
    rel: Relation | None = None,
) -> tuple[str, str]:
    """The question a list's card asks and the title its cards show
    (``prompts.list_wording``), worded once for all of its cards; a sequence shows its
    subject as both. :func:`title_says` reads the title. ``rel``: the list's relation as
    ``list_wording`` reads it (``prompts.relation``), when the caller has it already."""
    if fact.kind != "list":
        return subject, subject
    titled = len(fact.section) == 2 and subject_key(fact.section[0]) in plan.defined
    parent = plan.parents.get(fact.id, "")
    return list_wording(
        subject, items, words, lang, fact.section, parent, fact.label, titled * fact.section[0], rel
    )
