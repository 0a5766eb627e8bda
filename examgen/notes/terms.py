"""Terms: how the text of one item or paragraph splits into a term and what it says.

``term:gloss``, ``term - gloss``, ``term(gloss)`` and ``label:`` (see :func:`parse_head`);
whether a text is short enough to be a term rather than a sentence; whether a subject says
order (a sequence). (How a bare subject is qualified by its parent: :mod:`qualify`.) The shapes
are described in :mod:`examgen.notes.facts`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from examgen.mathtext import mask_math
from examgen.notes.clauses import is_clause
from examgen.notes.draft import _CJK_IDEOGRAPH, language_of
from examgen.notes.shapes import (
    is_translation,
    script_variants,
)
from examgen.notes.weights import MAX_TERM_WEIGHT, WORD_CHARACTER, weighs_at_least, weight

# Words that say a list is in order (a sequence); their traditional forms come from OpenCC.
ORDER_WORDS = script_variants(
    (
        "路线",
        "过程",
        "流程",
        "步骤",
        "顺序",
        "阶段",
        "依次",
        "演进",
        "演变",
        "历程",
        "steps",
        "process",
        "stages",
        "order",
        "procedure",
        "workflow",
        "lifecycle",
        "life cycle",
        "how it works",
        "sequence",
        "derivation",
        "algorithm",
        "evolution",
    )
)
# Hyphens chain steps only under a subject naming a model or an order.
CHAIN_WORDS = (*ORDER_WORDS, *script_variants(("模型", "链")), "model", "chain", "flow")
ID_LENGTH = 12

# `==>` (implies) is notation, not a step: only `->`, `-->`, `=>` and arrow characters chain.
_ARROW = re.compile(r"\s*(?:(?<![-=])-{1,2}>(?!>)|→|⟶|(?<!=)=>|➔|➜)\s*")
_NOTATION_ARROW = re.compile(r"==+>|-{3,}>|<-+>|<=+>")


def _has_arrow(text: str) -> bool:
    """``_ARROW.search(text)``, asked only of a text holding a character every arrow has
    (``->`` and ``=>`` end in ``>``): the pattern, opening with ``\\s*``, is tried at every
    position (2 µs on a line of notes, the character tests 0.1 µs)."""
    if ">" in text or "→" in text or "⟶" in text or "➔" in text or "➜" in text:
        return _ARROW.search(text) is not None
    return False


_MAX_STEP_WEIGHT = 16
_HYPHEN_CHAIN = re.compile(r"[^\s\-]+(?:-[^\s\-]+){2,}")
# `NREM:REM`, `4:1`, `http://`: an ASCII colon between two digits or two capitals, or before
# `//`, is part of the text; any other colon separates a term from what it says.
_ANY_COLON = re.compile(r"[:：]")


class _Colon:
    """Finds the colon that separates a term (a regex with look-arounds was 8x slower)."""

    @staticmethod
    def search(text: str, start: int = 0) -> re.Match[str] | None:
        if ":" not in text and "：" not in text:  # most texts: no colon at all
            return None
        for match in _ANY_COLON.finditer(text, start):
            if _separates(text, match.start()):
                return match
        return None

    @staticmethod
    def finditer(text: str) -> list[re.Match[str]]:
        return [m for m in _ANY_COLON.finditer(text) if _separates(text, m.start())]


def _separates(text: str, index: int) -> bool:
    if text[index] == "：" or index == 0 or index + 1 >= len(text):
        return True
    before, after = text[index - 1], text[index + 1]
    if text.startswith("//", index + 1):
        return False
    if before.isdigit() and after.isdigit():
        return False
    return not (before.isascii() and before.isupper() and after.isascii() and after.isupper())


_COLON = _Colon()
# `UDP — connectionless datagrams`, `ICMP - control messages`: a spaced dash after a term
# says the same as a colon (unspaced hyphens are part of names: kube-proxy).
_SPACED_DASH_PATTERN = re.compile(r"\s+(?:—|–|--|-)\s+")


# Every character a separator (:class:`_Colon`, :class:`_SpacedDash`) needs one of: most
# texts have none, and try neither.
_SEPARATOR_CHARACTERS = re.compile("[:：\\-—–]")


class _SpacedDash:
    """Finds a spaced dash; most texts have no dash at all, and need no regex search."""

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        if "-" not in text and "—" not in text and "–" not in text:
            return None
        return _SPACED_DASH_PATTERN.search(text)


_SPACED_DASH = _SpacedDash()
_SENTENCE_PUNCTUATION = re.compile(r"[，,。；;！!？?]")
# A negated verb makes a statement (`不存在部分相依`, `X 没有默认值`), never a name; `不可重复读`
# and `非关系型` are names, so only these verbs count.
_NEGATED_VERB = re.compile(r"不存在|沒有|没有|無法|无法|不是|不允[許许]|不需要|不得|不會|不会")
# Either, in one search (for a text that is its own plain form).
_PUNCTUATION_OR_NEGATED = re.compile(f"{_SENTENCE_PUNCTUATION.pattern}|{_NEGATED_VERB.pattern}")
# The first character of any match of it: a class alone, the regex engine scans for at C speed
# (an alternation opening with a class is tried branch by branch at every position). Most
# terms hold none and are not searched further; a match can start nowhere before one.
_PUNCTUATION_OR_NEGATED_FIRST = re.compile(
    "["
    + _SENTENCE_PUNCTUATION.pattern[1:-1]
    + "".join(sorted({word[0] for word in _NEGATED_VERB.pattern.split("|")}))
    + "]"
)
# A subject with a Latin name in it (``master``, ``pod负载度量指标``) stands on its own.
LATIN_LETTER = re.compile(r"[A-Za-z]")


# ----------------------------------------------------------------------------- text helpers


_BRACKETED = re.compile(r"\([^()]*\)|（[^（）]*）")


def _unbracketed(text: str) -> str:
    """The text without its bracketed glosses: `term（English, ABBR）` is still a term."""
    return _BRACKETED.sub("", text) if ("(" in text or "（" in text) else text


_FINAL_BRACKET = re.compile(r"^(?P<name>[^()（）]+?)\s*[(（](?P<gloss>[^()（）]+)[)）]$")


def _term_weight(text: str) -> int:
    """A term's weight; a final bracket that only translates the name (``基于属性的访问控制
    （Attribute Based Access Control, ABAC）``) weighs as one word: the name said twice."""
    if "(" in text or "（" in text:
        match = _FINAL_BRACKET.match(text)
        if match and is_translation(match["name"], match["gloss"]):
            return weight(match["name"], 1) + 1
    return weight(text, 1)


def _masked(text: str) -> str:
    """The text with its math masked (see :func:`examgen.mathtext.mask_math`); most lines
    have no ``$`` or backslash and are their own mask."""
    return mask_math(text) if ("$" in text or "\\" in text) else text


def is_term(text: str) -> bool:
    """Short enough and without sentence punctuation to be a subject, not a sentence."""
    if not text or text.isdigit() or "=" in text:  # a formula is not a term
        return False
    # A comma inside math (`Set $\{x, y\}$`) is not sentence punctuation. (The helpers'
    # first tests are written out here: every item and paragraph is asked, most of them
    # short Chinese terms with no math, bracket or space, which every test below passes.)
    plain = mask_math(text) if ("$" in text or "\\" in text) else text
    if "(" in plain or "（" in plain:
        plain = _BRACKETED.sub("", plain)
    if plain is text and not text.isascii():
        # One search for sentence punctuation or a negated verb, both in the text itself,
        # from the first character one can open with (none in most terms).
        first = _PUNCTUATION_OR_NEGATED_FIRST.search(text)
        if first is not None and _PUNCTUATION_OR_NEGATED.search(text, first.start()) is not None:
            return False
    elif _SENTENCE_PUNCTUATION.search(plain) is not None or (
        # The negated verbs are Chinese: an ASCII text (O(1) to tell) has none.
        not text.isascii() and _NEGATED_VERB.search(text) is not None
    ):
        return False
    if not (
        (len(text) <= MAX_TERM_WEIGHT and WORD_CHARACTER.search(text) is not None)
        or _weighs_as_term(text)
    ):
        return False
    # A clause has three words or more and an instruction two or more (both split where
    # `str.split` does): a text of one word is neither, and asks neither. The text is split
    # once, as far as the third word, for both (their own first tests, written out here).
    words = plain.split(None, 2)
    if len(words) > 1 and (
        # `All non-RP ports will be Blocking Ports (BP)`: a statement with a note, not a name.
        (len(words) > 2 and is_clause(plain))
        # `Detect altering of files`: a step to take, not a name (see `_instruction`).
        or (_lowered(words[0]) in _INSTRUCTION_WORDS and _INSTRUCTION.match(plain) is not None)
    ):
        return False
    # Every adverb ending of `_ADVERB` ends in `ly` (and `$` lets a final `\n` follow).
    return not (plain.endswith(_ADVERB_ENDS) and _ADVERB.match(plain))


def _weighs_as_term(text: str) -> bool:
    """``0 < weight <= MAX_TERM_WEIGHT`` (a bracket that only translates weighs one). Each
    unit of weight is at least one character, and a translated bracket weighs less than
    the text's length, so a short text with a word character in it needs no counting; a
    longer one is matched for one unit more than a term may weigh, not counted through."""
    if len(text) <= MAX_TERM_WEIGHT and WORD_CHARACTER.search(text):
        return True
    if "(" in text or "（" in text:
        return 0 < _term_weight(text) <= MAX_TERM_WEIGHT
    return WORD_CHARACTER.search(text) is not None and not weighs_at_least(
        text, MAX_TERM_WEIGHT + 1
    )


def is_instruction(text: str) -> bool:
    """``Detect altering of files``, ``To find β, minimize …``: a verb and its object, a step
    or a measure to take rather than a name (brackets after it aside)."""
    if len(text.split(None, 1)) < 2:
        return False  # no space between words, none after masking and unbracketing either
    return _instruction(_unbracketed(_masked(text)).strip())


# `Detect altering of files`, `Setting derivative to zero`, `To find β, minimize …`: an
# instruction (a verb and its object, three words or more) is a step, not a name. Verbs that
# are also nouns of notes (`Map`, `Set`, `Limit`, `Use`) are left out. The first word is
# looked up before the pattern is matched (a caseless alternation of the verbs: 1.2 µs a
# text, most of it for texts opening with none of them).
_INSTRUCTION_VERBS = (
    *("assume", "assuming", "setting", "find", "finding", "define", "defining"),
    *("hide", "detect", "analyse", "analyze", "inhibit", "minimise", "minimize"),
    *("maximise", "maximize", "compute", "computing", "calculate", "calculating"),
    *("apply", "applying", "choose", "select", "take", "make", "add", "remove", "avoid"),
    *("prevent", "ensure", "check", "solve", "solving", "replace", "compare", "consider"),
    *("create", "enable", "disable", "run", "send", "store", "keep"),
)
_INSTRUCTION = re.compile(
    rf"^(?:to\s+\w+|(?:{'|'.join(_INSTRUCTION_VERBS)})\s+\S+\s+\S+)", re.IGNORECASE
)
_INSTRUCTION_WORDS = frozenset(("to", *_INSTRUCTION_VERBS))


def _lowered(word: str) -> str:
    """``word`` lowered as the caseless pattern compares letters: `İ` and `ı` are an `i` to
    it, `ſ` an `s` (and `K`, the Kelvin sign, a `k`, as `lower` makes it)."""
    word = word.lower()
    if not word.isascii():
        word = word.replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")
    return word


def _instruction(text: str) -> bool:
    """``_INSTRUCTION.match(text)``, asked only when the text has two words or more and the
    first is one the pattern opens with (every branch ends its first word in `\\s+`). The
    text is split once, for both tests."""
    words = text.split(None, 1)
    return (
        len(words) > 1
        and _lowered(words[0]) in _INSTRUCTION_WORDS
        and _INSTRUCTION.match(text) is not None
    )


# `Manually - changing the priority`: a manner (one adverb), not a name.
_ADVERB = re.compile(r"^[A-Za-z][a-z]+(?:ually|ically|ively|ously|ently|antly|edly)$")
_ADVERB_ENDS = ("ly", "ly\n")


def says_order(subject: str, words: tuple[str, ...] = ORDER_WORDS) -> bool:
    # The default words' patterns are held, not looked up: the cache hashes the whole tuple
    # of words on every call (13,000 calls at 10,000 facts).
    chinese, english = _ORDER if words is ORDER_WORDS else _order_patterns(words)
    folded = subject.casefold()
    return (chinese is not None and chinese.search(folded) is not None) or (
        english is not None
        and english[0].search(folded) is not None  # a word anywhere (scanned for),
        and english[1].search(folded) is not None  # then a whole word
    )


@functools.cache
def _order_patterns(
    words: tuple[str, ...],
) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], re.Pattern[str]] | None]:
    """Chinese words match anywhere; English ones only as whole words, so that
    "Linux processes" and "Border states" are not taken for sequences. One ``\b(?:…)\b``
    around all the English words, not one pair per word: the same matches, searched four
    times faster. Two searches, not one pattern of both: the Chinese words alone open with
    a character the regex engine scans for, where a pattern also opening with ``\b`` is
    tried at every position (the two searches take half the time of the one). The English
    words are looked for anywhere first (a pattern of literals, scanned for) and as whole
    words only where one is found: most subjects hold none."""
    chinese = [re.escape(word) for word in words if _CJK_IDEOGRAPH.search(word)]
    english = [re.escape(word) for word in words if not _CJK_IDEOGRAPH.search(word)]
    if not (chinese or english):
        return (re.compile(""), None)  # as the one pattern of no words: it matches anything
    return (
        re.compile("|".join(chinese)) if chinese else None,
        (re.compile("|".join(english)), re.compile(rf"\b(?:{'|'.join(english)})\b"))
        if english
        else None,
    )


_ORDER = _order_patterns(ORDER_WORDS)


def arrow_steps(text: str) -> list[str] | None:
    """The steps of ``A -> B -> C`` when the chain is the whole text and every step is short;
    None for arrows used as notation (``==>``, ``A ---> 得到B``, arrows inside math)."""
    if not _has_arrow(text) or _NOTATION_ARROW.search(text) or "$" in text:
        return None
    steps = [step.strip() for step in _ARROW.split(text)]
    if len(steps) < 2 or not all(steps):
        return None
    if any(
        weighs_at_least(step, _MAX_STEP_WEIGHT + 1)
        or _SENTENCE_PUNCTUATION.search(_unbracketed(step))
        for step in steps
    ):
        return None
    return steps


def hyphen_steps(term: str, value: str) -> list[str] | None:
    """The steps of ``physical-link-network`` under a term naming a model or an order; None
    otherwise. A value with no hyphen (most) chains nothing: the term is not asked."""
    if "-" in value and says_order(term, CHAIN_WORDS) and _HYPHEN_CHAIN.fullmatch(value):
        return value.split("-")
    return None


class Head(NamedTuple):
    """An item's (or paragraph's) own text, split into term and gloss where it has that shape.

    ``how`` is ``colon`` (``term:gloss``), ``paren`` (``term(gloss)``), ``label`` (``term:``
    with nothing after) or ``plain``. Immutable; a NamedTuple because every item and
    paragraph makes one, and a frozen dataclass's ``__init__`` costs four times as much.
    """

    term: str
    gloss: str | None
    how: str
    termlike: bool


# Every item and paragraph makes a Head: the plain and bracketed ones are made as tuples
# directly (NamedTuple's own ``__new__`` is one Python call more), while a Head has exactly
# these fields.
_new_head = (
    tuple.__new__
    if Head._fields == ("term", "gloss", "how", "termlike")
    else lambda cls, fields: cls(*fields)
)


@functools.lru_cache(maxsize=1024)  # an item's text is read again by its parent's tests
def parse_head(text: str) -> Head:
    """Split ``term:gloss``, ``term(gloss)`` and ``label:``; otherwise the text is the term."""
    text = text.strip()
    if len(text) > 1 and text.endswith((":", "：")):
        term = text[:-1].rstrip()
        if is_term(term):
            return Head(term, None, "label", True)
        # `分区（a remark on it, with commas）：` over items: the label is the term before it.
        remark = _TRAILING_REMARK.match(term)
        if remark and is_term(remark["term"]) and _masked(term) == term:
            return Head(remark["term"], None, "label", True)
        return Head(term, None, "label", False)
    # Separators are looked for outside math (`Map $f: A \to B$: …`), then cut in the text.
    masked = mask_math(text) if ("$" in text or "\\" in text) else text  # (`_masked`)
    for separator in (_COLON, _SPACED_DASH) if _SEPARATOR_CHARACTERS.search(masked) else ():
        found = separator.search(masked)
        if found:
            term, rest = text[: found.start()].strip(), text[found.end() :].strip()
            if _unclosed(term):  # `Instance 0 (Internal Spanning Tree - IST) is …`
                bracketed = _bracketed_term(text, found.end())
                if bracketed is not None:
                    return bracketed
                continue
            rest = rest.lstrip(":：").strip()  # Obsidian's `term:: value`
            if rest and not rest.startswith("//") and is_term(term):
                return Head(term, rest, "colon", True)
            if rest and not rest.startswith("//"):
                remarked = _remarked_term(term, rest)
                if remarked:
                    return remarked
    if masked.endswith((")", "）")):
        opening = _matching_open(masked)
        if opening > 0:
            term, gloss = text[:opening].strip(), text[opening + 1 : -1].strip()
            if gloss and is_term(term) and not _has_arrow(term) and not _is_aside(term, gloss):
                return _new_head(Head, (term, gloss, "paren", True))
            remarked = _remarked_term(term, gloss, first=True) if gloss else None
            if remarked:  # `Enigma机(齿轮和连线构成的密码机)(破解方法：…)`
                return Head(remarked.term, remarked.gloss, "paren", True)
    return _new_head(Head, (text, None, "plain", is_term(text)))


# `is` / `are` after a bracketed term: the copula between the term and what it says.
_LEADING_COPULA = re.compile(r"^(?:is|are)\s+", re.IGNORECASE)


def _bracketed_term(text: str, after: int) -> Head | None:
    """``Term (Spelled Out - ACR) is text``: the separator was inside the brackets, so the
    term runs to the bracket that closes them and the text follows it (its copula
    dropped); None when the brackets never close or nothing term-like is left."""
    closing = min(
        (i for i in (text.find(")", after), text.find("）", after)) if i >= 0), default=-1
    )
    if closing < 0:
        return None
    term = text[: closing + 1].strip()
    rest = _LEADING_COPULA.sub("", text[closing + 1 :].strip().lstrip(":：-—–").strip())
    if rest and not _unclosed(term) and is_term(term):
        return Head(term, rest, "colon", True)
    return None


def _unclosed(term: str) -> bool:
    """Whether ``term`` opens a bracket it does not close: the separator after it is inside
    the brackets (a spelled-out name and its acronym, `(Internal Spanning Tree - IST)`),
    not between a term and its text."""
    opened = term.count("(") + term.count("（")
    return opened > 0 and opened > term.count(")") + term.count("）")


# `截取(Interception)(唯一的被动攻击，很难检测)：…`: a long remark in brackets after the term.
_TRAILING_REMARK = re.compile(r"^(?P<term>.+?)\s*[（(](?P<remark>[^()（）]{6,})[)）]$")


def _remarked_term(term: str, rest: str, *, first: bool = False) -> Head | None:
    """``term(gloss)(a remark, with commas)：text``: the term with its short gloss, and the
    text followed by the remark (the remark first with ``first``); None when the term is
    no term even without the remark."""
    match = _TRAILING_REMARK.match(term)
    if match is None or not is_term(match["term"]) or _masked(term) != term:
        return None
    separator = "；" if language_of(rest, match["remark"]) == "zh" else "; "
    parts = (match["remark"], rest) if first else (rest, match["remark"])
    return Head(match["term"], separator.join(parts), "colon", True)


# `(default)`, `(optional)`, `(Lower is better)`: a one-word note or a remark in brackets
# comments on the text before it; it says nothing about what that text is. An acronym
# (`Blocking Ports (BP)`) or a translation is still a gloss.
_ONE_LOWER_WORD = re.compile(r"[a-z][a-z\-]*")
_MAX_ASIDE_WORDS = 4


def _is_aside(term: str, gloss: str) -> bool:
    if _CJK_IDEOGRAPH.search(term):  # `全自动调度(rc)`: the English name of a Chinese term
        return False
    if _ONE_LOWER_WORD.fullmatch(gloss):
        return True
    # A short verdict (`Lower is better`, `X is optional`); a longer clause explains.
    return len(gloss.split()) <= _MAX_ASIDE_WORDS and is_clause(gloss)


def _matching_open(text: str) -> int:
    """Index of the parenthesis that the final one closes, or -1 when they do not match."""
    body = text[:-1]
    if text.endswith((")", "）")) and ")" not in body and "）" not in body:
        return max(body.rfind("("), body.rfind("（"))  # no other closing: the last opening
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        if text[index] in ")）":
            depth += 1
        elif text[index] in "(（":
            depth -= 1
            if depth == 0:
                return index
    return -1


def with_gloss(gloss: str | None, prose: Sequence[str]) -> str:
    """A definition's text: the gloss, then the paragraphs under the item."""
    body = "\n".join(prose)
    if gloss and body:
        separator = "；" if language_of(gloss, body) == "zh" else "; "
        return f"{gloss}{separator}{body}"
    return gloss or body
