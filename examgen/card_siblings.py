"""A term's near relations among the notes' definitions: a sibling of an ordinal series its
definition names ("First Normal Form" in a sentence about Second Normal Form), and the same
term defined twice, once with a bracketed alias ("第二正規化" and "第二正規化(2NF)").

A reverse card whose text names the term's sibling gives its answer away: "after First
Normal Form, go on to ＿＿" asks for the next ordinal, not for the term. Two definitions of
one term ask the same "explain X" with two different answers; the deck keeps one of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from examgen.card_giveaways import is_expansion, paired_names, term_forms, term_name
from examgen.cardtext import clean
from examgen.model import Fact

# An ordinal in a term: 第一…第十, First…Tenth (and the notes' "Forth"), or a number (2NF);
# not \b: a Han character before "First" is a word character too.
_ORDINAL = (
    r"第[一二三四五六七八九十]+|"
    r"(?<![A-Za-z])(?:first|second|third|fourth|forth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"(?![A-Za-z])|"
    r"(?<![0-9.])[0-9]+(?![0-9.])"
)
_ORDINAL_RE = re.compile(_ORDINAL, re.IGNORECASE)


def names_a_sibling(subject: str, text: str, section: Sequence[str] = ()) -> bool:
    """Whether ``text`` names a sibling of the term ``subject`` in an ordinal series: one of
    the term's forms (or a name a heading pairs with it) with another ordinal ("First Normal
    Form" beside Second Normal Form, "1NF" beside 2NF)."""
    if _ORDINAL_RE.search(text) is None:  # every pattern below needs an ordinal in the text
        return False
    for form in {*term_forms(subject), *paired_names(subject, section)}:
        found = _ORDINAL_RE.search(form)
        if not found or (not form[found.end() :].strip() and not form[: found.start()].strip()):
            continue  # an ordinal alone ("2") is no series
        pattern = (
            re.escape(form[: found.start()]).replace(r"\ ", r"\s+")
            + f"({_ORDINAL})"
            + re.escape(form[found.end() :]).replace(r"\ ", r"\s+")
        )
        for hit in re.finditer(pattern, text, re.IGNORECASE):
            if hit.group(1).casefold() != found.group().casefold():
                return True
    return False


# "第二正規化(2NF)", "TCP (Transmission Control Protocol)": a term and its bracketed alias.
_ALIASED = re.compile(r"^(?P<term>.+?)\s*[（(][^（()）]+[)）]$")


def bare_term(subject: str) -> str:
    """A definition's term without a bracketed alias after it, spaces dropped, casefolded:
    "第二正規化(2NF)" and "第二正規化" are one term."""
    name = term_name(clean(subject))
    found = _ALIASED.match(name)
    return "".join((found["term"] if found else name).split()).casefold()


def _names_itself(fact: Fact) -> bool:
    """Whether a definition's text names its own term after its first words ("…則需要在
    繼續進行Second Normal Form" under "第二正規化, Second Normal Form"): it says where the
    term comes in, not what the term is."""
    text = clean(fact.text)
    forms = {*term_forms(clean(fact.subject)), *paired_names(clean(fact.subject), fact.section)}
    return any(form.casefold() in text[len(form) :].casefold() for form in forms if form)


def echoes(facts: Iterable[Fact]) -> dict[str, str]:
    """Each definition that another definition of the same file repeats under the same term
    with or without a bracketed alias, saying something else, mapped to the subject of the
    one kept: the first whose text does not name its own term, else the first. A definition
    that only spells out its acronym is its own card ("Give its full name") and never one."""
    groups: dict[tuple[str, str], list[Fact]] = {}
    for fact in facts:
        if fact.kind != "definition" or is_expansion(fact.subject, clean(fact.text)):
            continue
        groups.setdefault((fact.source, bare_term(fact.subject)), []).append(fact)
    found: dict[str, str] = {}
    for group in groups.values():
        keys = {"".join(clean(f.subject).split()).casefold() for f in group}
        if len(keys) < 2 or len({clean(f.text) for f in group}) < 2:
            continue  # twins of one subject (Amygdala, amygdala) get qualifiers (card_survey)
        kept = next((f for f in group if not _names_itself(f)), group[0])
        found.update({f.id: clean(kept.subject) for f in group if f is not kept})
    return found
