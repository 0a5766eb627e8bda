"""Names: a term said twice (in two scripts, or as an acronym and its expansion), and
whether a gloss says something about its term (moved out of :mod:`examgen.notes.terms`)."""

from __future__ import annotations

import re

from examgen.notes.draft import _CJK_IDEOGRAPH
from examgen.notes.shapes import is_translation
from examgen.notes.weights import MIN_GLOSS_WEIGHT, weighs_at_least

_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]{1,7}")
_MINOR_WORDS = frozenset({"of", "and", "the", "for", "a", "an", "to", "in", "on"})


def is_acronym_expansion(term: str, gloss: str) -> bool:
    """``CNI`` and ``container network interface``: the initials spell the acronym."""
    if not _ACRONYM.fullmatch(term) or sum(char.isupper() for char in term) < 2:
        return False
    if _CJK_IDEOGRAPH.search(gloss):
        return False
    words = [word for word in re.findall(r"[A-Za-z]+", gloss) if word.lower() not in _MINOR_WORDS]
    letters = "".join(char for char in term if char.isalpha()).lower()
    return len(words) >= 2 and "".join(word[0] for word in words).lower() == letters


# The commas `_NAME_PAIR` needs between the two names: a term without one is not tried.
_NAME_COMMAS = (",", "，")
_NAME_PAIR = re.compile(r"^(?P<name>[^,，]+?)\s*[,，]\s*(?P<other>[^,，]+)$")


def one_name(term: str) -> str:
    """``第二正規化, Second Normal Form`` → ``第二正規化``: a heading that names its term and
    then the same term in another script (or its acronym) is about the term, once."""
    if not any(comma in term for comma in _NAME_COMMAS):
        return term  # most terms: no comma, which the pattern needs between the two names
    match = _NAME_PAIR.match(term)
    if match is None or _UNCLOSED.search(match["name"]):  # `X（Full name, ABBR）` is one
        return term
    name, other = match["name"], match["other"]
    ok = is_translation(name, other) or is_acronym_expansion(other, name)
    return name if ok else term


_UNCLOSED = re.compile(r"[(（][^)）]*$")


def says_something(term: str, gloss: str) -> bool:
    """Whether ``gloss`` says something of ``term``: it weighs enough, or it spells out the
    acronym ``term``."""
    return weighs_at_least(gloss, MIN_GLOSS_WEIGHT, 2) or is_acronym_expansion(term, gloss)
