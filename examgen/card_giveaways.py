"""What on a card would give its answer away, and the term a card shows.

The card planner (:mod:`examgen.cards`) asks these before it words a definition's cards
(README "The cards", "No giveaways"); each is a rule with a test in
``tests/test_cards_c16.py``:

* :func:`term_name`: a term as the card shows it, without the list number the notes
  left on it (``6. 唯一索引`` is asked as ``唯一索引``);
* :func:`term_forms`: every form of a term its reverse card hides in the text: the term,
  its name without a number, each side of ``原子性(Atomicity)``, and its initials (``AP``
  for ``Alternate Port``: "the AP receiving the best BPDU" names the answer);
* :func:`spells_out`: the text is the term's expansion (``Bridge Protocol Data Units`` for
  ``BPDUs``, ``container runtime interf`` for ``CRI``): asking "which term is this?" of
  it asks to abbreviate what the card shows, so it gets no reverse card;
* :func:`spells_numbered`, :func:`names_its_word`: the text says a numbered short form
  spelled out ("NREM stage 1" for ``N1``) or the word that tells a term from its kind
  ("A backup for a DP" for ``Backup Port``): no reverse card;
* :func:`is_expansion`: the text is only the acronym's expansion: its card asks the full name;
* :func:`names_synonyms`: the text gives the term's other names (``又称辅助索引、二级索引``
  for 非聚簇索引, "aka", "also called"): each is an equally right answer, so no reverse card;
* :func:`telling_parts`: the acronyms inside a longer answer (``MAC`` of ``MAC Address``)
  name it on their own: a gloss or member that says "the lowest MAC" gives the blank away,
  so they are hidden with the answer (unless another answer or the list's title shares them);
  and of two members that are each one formula, one inside the other (``$\\phi$`` and
  ``$\\phi(\\mathbf{x})$``), each gives the other away: a formula is never hidden in part,
  so the card asking one hides the other whole.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from examgen.acronyms import LATIN_WORD, spelling, spells
from examgen.cardtext import mask
from examgen.mathtext import Math, split_math
from examgen.prompts import kind_word
from examgen.relation_words import shared_head

# "6. 唯一索引", "2、", "(3)", "三、": a list number, not "3.14" or "2D".
_NUMBERING = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\s+|[、)）]\s*)|[（(]\d{1,3}[)）]\s*|[一二三四五六七八九十]+、\s*)"
)
_ALIAS = re.compile(r"^(?P<a>[^()（）]+?)\s*[（(](?P<b>[^()（）]+)[)）]$")
# "MAC", "BPDU", "802.1Q" is not one: two capitals at least, capitals and digits only.
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])(?=(?:[0-9]*[A-Z]){2})[A-Z0-9]+(?![A-Za-z0-9])")
_SYNONYM_CUE = re.compile(
    r"又称|也称|亦称|也叫|又叫|俗称|别名|简称|"
    r"\b(?:aka|a\.k\.a\.?|also\s+(?:called|known\s+as|named|termed))\b",
    re.IGNORECASE,
)


# Memo (pure, str -> str): every rule of a list reads its members' and headings' names.
@functools.lru_cache(maxsize=1 << 16)
def term_name(subject: str) -> str:
    """``subject`` without a list number the notes left in front of it (``6. 唯一索引``)."""
    stripped = _NUMBERING.sub("", subject, count=1).strip()
    return stripped or subject.strip()


def initials(term: str) -> str:
    """The capitals a multi-word Latin term is abbreviated to (``Backup Port`` -> ``BP``);
    '' for a term of one word or with other characters."""
    words = term.split()
    if len(words) < 2 or not all(LATIN_WORD.fullmatch(w) for w in words):
        return ""
    return "".join(w[0] for w in words).upper()


# Memo (pure, str -> tuple): a definition's forms are asked by its source line, its reverse
# card's tests and its siblings' (five to seven times a fact).
@functools.lru_cache(maxsize=1 << 16)
def term_forms(subject: str) -> tuple[str, ...]:
    """The forms of a term its reverse card hides (see the module doc), longest first."""
    name = term_name(subject)
    forms = {subject.strip(), name}
    alias = _ALIAS.match(name)
    if alias:
        forms.update((alias.group("a").strip(), alias.group("b").strip()))
    for form in list(forms):
        short = initials(form)
        if short:
            forms.add(short)
        if form.strip() not in acronyms(form):  # "MAC" of "MAC Address" names it too
            forms.update(acronyms(form))
    return tuple(sorted((f for f in forms if len(f) >= 2), key=lambda f: (-len(f), f)))


def _letters(term: str) -> str:
    """An acronym's letters: its capitals and digits (``PAgP`` -> ``PAP``, ``BPDUs`` ->
    ``BPDU``); '' when the term is no acronym (fewer than two capitals, or spaces)."""
    term = term.strip()
    if not term or " " in term or not term.isascii():
        return ""
    letters = "".join(ch for ch in term if ch.isupper() or ch.isdigit())
    return letters if len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= 2 else ""


def spells_out(subject: str, text: str) -> bool:
    """Whether ``text`` spells out the acronym ``subject``: consecutive Latin words whose
    first letters are the acronym's (``Link Agg Control Protocol`` for ``LACP``; see
    :func:`examgen.acronyms.spells`)."""
    letters = _letters(term_name(subject))
    return bool(letters) and spells(letters, text)


# "5-HT", "ACh", "NA", "BPDU": one token of capitals and digits (a hyphen or a lower-case
# letter between), at most 8 characters.
_SHORT_FORM = re.compile(r"[A-Z0-9][A-Za-z0-9+/-]{0,6}[A-Z0-9]?")


def is_abbreviation(text: str, subject: str) -> bool:
    """Whether a definition's text is only its term's short form (``Serotonin (5-HT)`` read
    as term and gloss): no definition to explain, an abbreviation to recall."""
    text = text.strip().rstrip("。.")
    return (
        bool(_SHORT_FORM.fullmatch(text))
        and sum(ch.isupper() for ch in text) >= 2
        and len(term_name(subject)) > len(text)
        and text not in subject
    )


def shows_its_kind(subject: str, text: str) -> bool:
    """Whether a Chinese term ending in a relation word (``微服务拆分原则``) has a text that
    says that word and another of the term's words (``遵循DDD原则进行拆分``): asking "which
    concept is this?" of it shows most of the answer, so it gets no reverse card."""
    word = kind_word(subject)
    if not word or word not in text:
        return False
    head = subject.strip()[: -len(word)]
    return any(head[i : i + 2] in text for i in range(len(head) - 1))


def names_synonyms(text: str) -> bool:
    """Whether a definition gives other names of its term (``又称…``, "aka …")."""
    return _SYNONYM_CUE.search(text) is not None


# Memo (pure): each list looks for acronyms in its members and in its headings, shared
# by the lists of a section.
@functools.lru_cache(maxsize=1 << 16)
def acronyms(text: str) -> tuple[str, ...]:
    """The acronyms in ``text`` (``MAC``, ``BPDU``), in order, each once."""
    return tuple(dict.fromkeys(_ACRONYM.findall(text)))


def telling_parts(
    answers: Mapping[int, str], context: Sequence[str] = ()
) -> dict[int, tuple[str, ...]]:
    """The acronyms that name each answer on their own (see the module doc): those of an
    answer longer than the acronym, found in no other answer and not in ``context`` (the
    list's subject and headings, shown on every card)."""
    found = {number: acronyms(text) for number, text in answers.items()}
    if not any(found.values()):  # most lists: no acronym at all
        return {}
    counts: dict[str, int] = {}
    for words in found.values():
        for word in words:
            counts[word] = counts.get(word, 0) + 1
    shown = {word for text in context for word in acronyms(text)}
    return {
        number: kept
        for number, words in found.items()
        if (
            kept := tuple(
                w
                for w in words
                if counts[w] == 1 and w not in shown and w != answers[number].strip()
            )
        )
    }


def _formula(text: str) -> str:
    """The TeX of a text that is one formula and nothing else; '' otherwise."""
    segments = split_math(text.strip())
    if len(segments) == 1 and isinstance(segments[0], Math):
        return "".join(segments[0].tex.split())
    return ""


def formula_parts(answers: Mapping[int, str]) -> dict[int, tuple[str, ...]]:
    """For each answer that is one formula, the other answers that are formulas inside it
    or around it (see the module doc): the texts its card must hide whole."""
    # Only a text with "$" or "\\" can be a formula (``mathtext.split_math``): most are not.
    tex = {
        number: f
        for number, text in answers.items()
        if ("$" in text or "\\" in text) and (f := _formula(text))
    }
    found: dict[int, list[str]] = {}
    # Quadratic in the formulas of one list only: a list of formulas is a handful.
    for a, outer in tex.items():
        for b, inner in tex.items():
            if a != b and len(inner) < len(outer) and inner in outer:
                found.setdefault(a, []).append(answers[b])
                found.setdefault(b, []).append(answers[a])
    return {number: tuple(texts) for number, texts in found.items()}


def hidden_parts(
    answers: Mapping[int, str], context: Sequence[str] = (), glosses: Sequence[str] = ()
) -> dict[int, tuple[str, ...]]:
    """Everything a card asking each answer hides besides the answer itself:
    :func:`telling_parts`, :func:`formula_parts` and :func:`retold_parts` (in ``glosses``,
    the glosses the card shows)."""
    merged: dict[int, tuple[str, ...]] = dict(telling_parts(answers, context))
    for found in (formula_parts(answers), retold_parts(answers, glosses)):
        for number, texts in found.items():
            merged[number] = merged.get(number, ()) + texts
    return merged


def retold_parts(answers: Mapping[int, str], glosses: Sequence[str]) -> dict[int, tuple[str, ...]]:
    """The words of ``glosses`` that say an answer over in another form: an acronym spelled
    out ("electro-myo-gram" for EMG), a Chinese answer with its two halves swapped
    (恢复数据 for 数据恢复), or the part of a Chinese answer that tells it from the others
    sharing its head noun (批处理 of 批处理调度 in "通过job资源支持批处理任务"). A gloss
    showing any of them gives the blank away."""
    found: dict[int, tuple[str, ...]] = {}
    if not glosses:  # each form below is looked for in a gloss
        return found
    head = shared_head(list(answers.values()), "zh")
    for number, answer in answers.items():
        forms = []
        letters = _letters(answer)
        if letters == answer.strip().rstrip("s"):
            forms.extend(f for g in glosses if (f := spelling(letters, g)))
        swapped = _swapped(answer.strip())
        if swapped:
            forms.extend(swapped for g in glosses if swapped in g)
        own = _own_part(answer.strip(), head)
        forms.extend(own for g in glosses if own and own in g)
        if forms:
            found[number] = tuple(dict.fromkeys(forms))
    return found


def _own_part(answer: str, head: str) -> str:
    """What tells a Chinese member apart from the others sharing its head noun ``head``
    (批处理 of 批处理调度 among 全自动调度, 特定场景调度), when two Hanzi or more: a gloss
    saying it ("通过job资源支持批处理任务") names the member ('' otherwise)."""
    if not head or not answer.endswith(head):
        return ""
    own = answer[: -len(head)].strip().removesuffix("的")
    return own if len(own) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in own) else ""


def _swapped(answer: str) -> str:
    """A Chinese answer of four or six characters with its halves swapped ('' otherwise)."""
    if len(answer) not in (4, 6) or not all("\u4e00" <= ch <= "\u9fff" for ch in answer):
        return ""
    half = len(answer) // 2
    return answer[half:] + answer[:half]


def abbreviates(acronym: str, text: str) -> bool:
    """Whether ``acronym`` is ``text``'s Latin words cut to their first letters, one letter or
    more each, in order, every word used ("SPID" for "Sender Port ID", "RPC" for "Root Path
    Cost"); case does not matter."""
    words = [w.upper() for w in LATIN_WORD.findall(text)]
    letters = acronym.upper()
    if len(words) < 2 or not letters.isalnum() or len(letters) > 12:
        return False
    # ``ends[i]``: how many letters the first ``i`` words can stand for; a handful at most.
    ends = {0}
    for word in words:
        ends = {
            end + take
            for end in ends
            for take in range(1, len(word) + 1)
            if letters.startswith(word[:take], end)
        }
        if not ends:
            return False
    return len(letters) in ends


def contracts(short: str, text: str) -> bool:
    """Whether ``short``, a short form of two capitals or more (``ACh``, ``NA``), is
    ``text`` contracted: its letters in order inside ``text``, from ``text``'s first letter
    on (**A**cetyl**ch**oline, **N**or**a**drenaline), case ignored. Initials of words are
    :func:`abbreviates`'s; a short form with a letter ``text`` lacks (``5-HT`` of
    Serotonin) is not its contraction."""
    short = short.strip()
    if not is_abbreviation(short, text):
        return False
    letters = [ch for ch in short.casefold() if ch.isalnum()]
    spelt = iter(ch for ch in text.casefold() if ch.isalnum())
    first = next(spelt, "")
    return bool(letters) and first == letters[0] and all(ch in spelt for ch in letters[1:])


def own_abbreviations(items: Sequence[tuple[str, str | None]]) -> dict[int, tuple[str, ...]]:
    """For each member (``(text, gloss)`` by position, 1-based), the acronyms in its own gloss
    that abbreviate it ("Sender Port ID (SPID)"): beside its blank they name the answer, so
    the card asking it hides them with it."""
    found: dict[int, tuple[str, ...]] = {}
    for position, (text, gloss) in enumerate(items, 1):
        if gloss:
            kept = tuple(a for a in acronyms(gloss) if a != text.strip() and abbreviates(a, text))
            if not kept and contracts(gloss, text):
                kept = (gloss.strip(),)
            if kept:
                found[position] = kept
    return found


_PAIR_COMMA = re.compile(r"\s*[,，]\s*")


def paired_names(subject: str, headings: Sequence[str]) -> tuple[str, ...]:
    """The term's other names that a heading pairs with it by a comma ("第一正規化, First
    Normal Form" over 第一正規化): shown in the breadcrumb or the text of its reverse card,
    they are the answer in the other language."""
    names = {term_name(form).casefold() for form in term_forms(subject)}
    found = []
    for heading in headings:
        sides = _PAIR_COMMA.split(term_name(heading).strip())
        if len(sides) == 2 and all(sides):
            for side, other in (sides, sides[::-1]):
                if term_name(side).casefold() in names and other.casefold() not in names:
                    found.append(other)
    return tuple(dict.fromkeys(found))


# "N1", "S2", "T4": a short form of capitals and a number.
_NUMBERED = re.compile(r"([A-Z]{1,3})(\d{1,2})")


def spells_numbered(subject: str, text: str) -> bool:
    """Whether ``text`` says a numbered short form (``N1``) spelled out: a word opening with
    its capitals and then its number, a word between allowed ("NREM 1", "NREM stage 1").
    Hidden or not, the card's text then names the answer."""
    found = _NUMBERED.fullmatch(term_name(subject))
    if not found:
        return False
    letters, number = found.groups()
    said = rf"\b{letters}[A-Za-z]*(?:[\s-]+[A-Za-z]+)?[\s-]*{number}(?!\d)"
    return re.search(said, text) is not None


# Words too common to give a term away when its text says them.
_PLAIN_WORDS = frozenset(
    {"a", "an", "the", "of", "for", "and", "or", "to", "in", "on", "at", "by", "with", "from"}
    | {"is", "are", "be", "as", "its", "it", "this", "that"}
)


# "命名空间和PID", "索引与约束": two names joined into one term.
_JOINED = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9])(?:和|与|與|及)(?=[\u4e00-\u9fffA-Za-z0-9])")


def names_its_word(subject: str, text: str) -> bool:
    """Whether the text of a Latin term of two to four words says one of its words before
    the last, the one telling it from its kind ("Backup" of ``Backup Port`` in "A backup
    for a DP"; misspelt too: "designaged switch" for ``designated port``), or the text of
    two names joined by 和/与/及 says one of them ("命名空间和PID"): a reverse card asking
    the term would show that half of it."""
    for form in term_forms(subject):  # the reverse card hides these: they tell nothing
        text = mask(text, form, " ")
    joined = _JOINED.split(term_name(subject))
    if len(joined) > 1:  # "命名空间和PID": a text saying 命名空间 shows half the answer
        return any(len(part.strip()) >= 2 and part.strip() in text for part in joined)
    words = term_name(subject).split()
    if not 2 <= len(words) <= 4 or not all(LATIN_WORD.fullmatch(w) for w in words):
        return False
    said = {w.casefold() for w in LATIN_WORD.findall(text)}
    return any(
        len(w) >= 3
        and w.casefold() not in _PLAIN_WORDS
        and (w.casefold() in said or any(misspelt(w.casefold(), s) for s in said))
        for w in words[:-1]
    )


#: A word this long or longer, one letter off another, is that word misspelt ("designaged"
#: for designated); shorter words one letter apart are often other words (port/sort).
MISSPELT_LETTERS = 8


def misspelt(word: str, other: str) -> bool:
    """Whether ``other`` is ``word`` with one letter changed, added, dropped or two swapped,
    both of :data:`MISSPELT_LETTERS` letters or more and with the same first letter."""
    if min(len(word), len(other)) < MISSPELT_LETTERS or word[0] != other[0] or word == other:
        return False
    if abs(len(word) - len(other)) > 1:
        return False
    start = next(
        (i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b),
        min(len(word), len(other)),
    )
    if len(word) == len(other):
        rest_equal = word[start + 1 :] == other[start + 1 :]
        swapped = word[start : start + 2] == other[start : start + 2][::-1] and (
            word[start + 2 :] == other[start + 2 :]
        )
        return rest_equal or swapped
    longer, shorter = (word, other) if len(word) > len(other) else (other, word)
    return longer[start + 1 :] == shorter[start:]


def is_expansion(subject: str, text: str) -> bool:
    """Whether a definition's text is its acronym's expansion and nothing more ("BPDUs":
    "Bridge Protocol Data Units"): the card asks for the full name, not a definition."""
    letters = _letters(term_name(subject))
    if not letters:
        return False
    words = spelling(letters, text)
    if not words:
        return False
    rest = text.replace(words, "", 1)
    return len(re.sub(r"[\W_]+", "", rest)) <= 1  # a plural "s" may stay
