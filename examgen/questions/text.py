"""Comparing and cleaning texts from the notes: normalized keys, scripts, masks."""

from __future__ import annotations

import functools
import re
import unicodedata

from examgen.questions.wording import BLANK, bare_name


class _Dropped(dict):
    """A :meth:`str.translate` table that drops whitespace and punctuation and keeps every
    other character, filled in as characters are met: translating runs in C, where testing
    each character in Python made normalizing the costliest step of indexing large notes."""

    def __missing__(self, code: int) -> int | None:
        char = chr(code)
        kept = not (char.isspace() or unicodedata.category(char).startswith("P"))
        self[code] = code if kept else None
        return self[code]


_DROPPED = _Dropped()


# Memoized: the same subjects, members and headings are compared over and over while the notes
# are indexed and the questions are built, and the function is pure. Bounded, so a long-running
# process that reads many notes does not keep every text it ever saw.
@functools.lru_cache(maxsize=1 << 17)
def normalize(text: str) -> str:
    """The form two texts are compared in: NFKC (full/half width), casefolded, without
    whitespace and punctuation. ``"Docker Images"`` and ``"docker－images。"`` are the same."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_DROPPED)


_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")


def script_of(text: str) -> str:
    """``han`` when the text has CJK ideographs, ``latin`` when it has other letters."""
    if _HAN.search(text):
        return "han"
    if any(ch.isalpha() for ch in text):
        return "latin"
    return "other"


_TRAILING_PUNCTUATION = "。.;；,，:：、 "
#: The notes' emphasis brackets around a few words ("管理实现预定目标的【程度】"): the author's
#: highlighting, like bold; printed, they point at the very word a question turns on.
EMPHASIS = re.compile(r"【([^【】]+)】")


def unemphasized(text: str) -> str:
    """``text`` with the notes' emphasis brackets dropped and their words kept."""
    return EMPHASIS.sub(r"\1", text) if "【" in text else text


def clean(text: str | None) -> str:
    """One line, no trailing punctuation, no emphasis brackets: the text as an option or
    inside a prompt."""
    return unemphasized(" ".join((text or "").split())).rstrip(_TRAILING_PUNCTUATION)


#: A last clause that only says something was left out ("计算方式略", "证明略"): the author's
#: aside to themselves, not part of what the term is.
_OMITTED_TAIL = re.compile(r"[，,；;]\s*[^，,；;。]{0,8}略\s*$")
#: An example tail after the definition proper ("…at the same time. e.g., the head & tail…",
#: "… (e.g. IRWLS)"): the definition reads whole without it.
_EXAMPLE_TAIL = re.compile(
    r"\s*(?:[(（]\s*e\.\s?g\.?[^()（）]*[)）]|[.;,，。；]?\s*\be\.\s?g\.?,?\s.*)$", re.I
)
#: The shortest definition an aside is cut from (what is left must still say something).
MIN_LEFT = 6


def without_asides(text: str) -> str:
    """``text`` without the author's asides at its end: "…，计算方式略", "e.g. …" tails."""
    for pattern in (_OMITTED_TAIL, _EXAMPLE_TAIL):
        shorter = pattern.sub("", text).rstrip(_TRAILING_PUNCTUATION)
        if shorter != text and len(normalize(shorter)) >= MIN_LEFT:
            text = shorter
    return text


def clean_definition(text: str | None) -> str:
    """A definition as an option: "云计算:是一种…" reads "一种…" next to the other options,
    which otherwise gives the full-sentence definition away; the author's asides at its end
    ("计算方式略", "e.g. …") are left out."""
    cleaned = without_asides(clean(text).lstrip(":：").strip())
    if cleaned.startswith("是") and not cleaned.startswith("是否") and len(cleaned) > 3:
        cleaned = cleaned[1:]
    return cleaned


#: The number of a numbered heading ("6. 唯一索引"): the notes' order, not the term's name.
_NUMBERED = re.compile(r"^\d{1,2}[.、]\s+(?=\S)")


def clean_term(text: str | None) -> str:
    """A defined term as an answer: "K8S概念" is asked as "K8S", "6. 唯一索引" as "唯一索引",
    "Information divergence (extra)" as "Information divergence", "\"Log trick\"" as "Log
    trick"."""
    term = bare_name(_NUMBERED.sub("", clean(text)))
    for suffix in ("的概念", "的定义", "概念", "定义"):
        if term.endswith(suffix) and len(normalize(term[: -len(suffix)])) >= 2:
            return term[: -len(suffix)].strip()
    return term


def overlaps(key: str, other: str) -> bool:
    """One normalized text contains the other: "时间序列数据库" is also true of Prometheus,
    "开源监控报警系统和时间序列数据库"."""
    return bool(key) and bool(other) and (key in other or other in key)


def mentions(text: str, term: str) -> bool:
    """Whether ``text`` names ``term`` (which would give the answer away)."""
    key = normalize(term)
    return bool(key) and key in normalize(text)


def mask(text: str, term: str) -> str:
    """``text`` with every mention of ``term`` blanked."""
    if not term.strip():
        return text
    return re.sub(re.escape(term), BLANK, text, flags=re.IGNORECASE)


def grams(key: str) -> set[str]:
    """The character pairs of a normalized text (the text itself when it is one character)."""
    return {key[i : i + 2] for i in range(len(key) - 1)} or {key}


def similarity(a: str, b: str) -> float:
    """How alike two normalized texts are, 0 to 1: the share of their character pairs they
    have in common (Dice). "微服务设计原则" and "微服务应用设计原则" score 0.8; it works the same
    for Chinese, which has no spaces between words, and for Latin text."""
    if not a or not b:
        return 0.0
    x, y = grams(a), grams(b)
    return 2 * len(x & y) / (len(x) + len(y))


_MATH = re.compile(r"\$[^$]+\$")
_WORDS = re.compile(r"[A-Za-z0-9][\w'-]*")
#: A text with math and no more words than this outside it is a formula, not a description.
MAX_FORMULA_WORDS = 3


def formula(text: str) -> bool:
    """Whether ``text`` is a formula ("$y = X\\beta + \\epsilon$", "Assume $y \\sim …$"):
    math with at most a few words around it. It states a relation between symbols, which
    several terms of the notes (the model, its noise, the loss it minimises) may all satisfy."""
    if not _MATH.search(text):
        return False
    return len(_WORDS.findall(_MATH.sub(" ", text))) <= MAX_FORMULA_WORDS
