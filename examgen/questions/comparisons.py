"""Comparisons: a list taken from a comparison label keeps the comparison in its name.

"比较MAC和数字签名:" over "MAC的特点" (… 速度较快) and "数字签名的特点" (… 速度较慢) makes two
lists that mean something only side by side: asked as "属于“MAC的特点”的有哪些", "速度较快"
has no comparand (faster than what?), and "MAC" may be any MAC of the notes. The list's name
then says the other party ("MAC的特点（与数字签名相比）", "Features of A (compared with B)",
:func:`compared_name`). A list from a comparison whose name says neither party cannot say
it: its relative members ("较快", "faster", "more …") are not asked (:func:`relative`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

from examgen.model import Fact
from examgen.questions.text import clean, mentions, normalize
from examgen.questions.wording import phrase


class _Texted(Protocol):
    text: str


T = TypeVar("T", bound=_Texted)

#: The parties of a comparison label, as notes write it.
_COMPARISONS = (
    re.compile(r"^(?:比较|比較|对比|對比)\s*(?P<a>.+?)\s*(?:和|与|與|跟|及)\s*(?P<b>.+?)$"),
    re.compile(
        r"^(?P<a>.+?)\s*(?:和|与|與|跟)\s*(?P<b>.+?)\s*的?(?:比较|比較|对比|對比|区别|區別|异同|異同)$"
    ),
    re.compile(
        r"^(?:compare|comparing|comparison of|contrast)\s+(?P<a>.+?)"
        r"\s+(?:and|with|to)\s+(?P<b>.+?)$",
        re.I,
    ),
    re.compile(r"^(?P<a>.+?)\s+(?:vs\.?|versus|compared (?:with|to))\s+(?P<b>.+?)$", re.I),
)
#: A member saying a degree relative to something unsaid: "速度较快", "更安全", "faster",
#: "more secure", "less memory".
_RELATIVE = re.compile(
    r"较|較|更(?![新改换換正])|(?<![A-Za-z])(?:more|less|fewer|faster|slower|higher|lower|larger|smaller|"
    r"better|worse|cheaper|stronger|weaker|greater|longer|shorter)(?![A-Za-z])",
    re.I,
)


def parties(label: str | None) -> tuple[str, str] | None:
    """The two things a comparison label compares ("比较MAC和数字签名" -> ("MAC", "数字签名")),
    or None when ``label`` is no comparison."""
    text = clean(label or "").rstrip(":：").strip()
    for pattern in _COMPARISONS:
        match = pattern.match(text)
        if match and normalize(match["a"]) and normalize(match["b"]):
            return match["a"].strip(), match["b"].strip()
    return None


def _parties_of(fact: Fact) -> tuple[str, str] | None:
    """The parties of the comparison ``fact``'s list is taken from (its lead-in label, else
    the heading it stands under), or None."""
    if fact.kind != "list":
        return None
    return parties(fact.label) or (parties(fact.section[-1]) if fact.section else None)


def compared(fact: Fact) -> tuple[str, str] | None:
    """``fact``'s list's own party and the other of the comparison it is taken from, or
    None: no comparison, or a name that says neither party or both."""
    found = _parties_of(fact)
    if found is None:
        return None
    a, b = found
    subject = clean(fact.subject)
    names_a, names_b = mentions(subject, a), mentions(subject, b)
    if names_a == names_b:
        return None
    return (a, b) if names_a else (b, a)


def compared_name(fact: Fact, name: str) -> str:
    """``name`` (the list's) with the other party of the comparison it is taken from
    ("MAC的特点（与数字签名相比）"), or '' when there is none to name."""
    found = compared(fact)
    if found is None:
        return ""
    return phrase(fact.lang, "compared", subject=name, other=found[1])


def relative(text: str) -> bool:
    """Whether a member says a degree relative to something unsaid ("速度较快", "faster")."""
    return _RELATIVE.search(text) is not None


def comparable(fact: Fact, entries: Sequence[T]) -> list[T]:
    """``fact``'s list's members ``entries`` that may be asked: all of them, but for a list
    from a comparison whose name says neither party, whose relative members have no
    comparand on the paper ("B树和B+树区别" says both: "增删节点时B+树效率更高" stays)."""
    found = _parties_of(fact)
    if found is None or any(mentions(fact.subject, party) for party in found):
        return list(entries)
    return [e for e in entries if not relative(e.text)]
