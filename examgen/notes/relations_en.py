"""English sentences that relate two things or report a finding (read by
:mod:`examgen.notes.prose_en`, sentence by sentence).

* ``Unlike TCP, UDP does not resend lost packets.`` → ``UDP vs. TCP`` (the sentence);
* ``… covered by the knee cap, or patella, at …`` → ``patella`` (``knee cap``);
* ``About 5% of the general population have hay fever, …`` → ``prevalence of hay fever``;
* ``Maria Lopez's study on desert shrubs found that …`` → the study, by what it found.
"""

from __future__ import annotations

import re

from examgen.notes.sentences import Said
from examgen.notes.terms import is_term


def relations(sentence: str) -> list[Said]:
    """What one English sentence states by the shapes of this module."""
    return [*_unlike(sentence), *_or_alias(sentence), *_prevalence(sentence), *_finding(sentence)]


# `Unlike Process S, Process C is *not* dependent on …`: how one thing differs from another.
_UNLIKE = re.compile(
    r"^Unlike\s+(?P<other>[^,]{2,40}),\s+(?:the\s+)?(?P<subject>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)"
    r"\s+(?P<verb>is|are|has|have|does|do|can|cannot|will)\s+(?P<rest>.{3,})$",
    re.IGNORECASE,
)


# A pronoun, determiner or quantifier opens no name (`Unlike mammals, their cycles …`).
_NOT_A_NAME = frozenset(
    (
        *("their", "its", "his", "her", "our", "my", "your", "these", "those", "this", "that"),
        *("we", "you", "they", "it", "there", "one", "he", "she", "people"),
        *("if", "when", "while", "although", "because", "since", "unless", "once", "as"),
        *("any", "every", "each", "all", "no", "some", "only", "most", "many"),
    )
)


def _unlike(sentence: str) -> list[Said]:
    """``Unlike Process S, Process C is not dependent on habits`` → a definition of
    ``Process C vs. Process S`` by the sentence; nothing when the subject is a pronoun or a
    determiner's (``Unlike mammals, their cycles are short``)."""
    match = _UNLIKE.match(sentence.rstrip(". "))
    if not match:
        return []
    subject, other = match["subject"].strip(), match["other"].strip()
    words = subject.casefold().split()
    if words[0] in _NOT_A_NAME or not is_term(subject):
        return []
    if not is_term(other) or other.casefold().split()[0] in _NOT_A_NAME:
        return []
    return [Said("definition", f"{subject} vs. {other}", sentence.rstrip(". "))]


# `… the loss of normal muscle paralysis, or atonia, during REM`: a second name set off by
# commas (`, or atonia,`) right after the noun phrase it names.
_NAME_WORD = r"(?!(?:the|a|an|of|in|by|on|and|or|to|for|with)\b)[a-z][\w\-]*"
_OR_ALIAS = re.compile(
    rf"\b(?:of|the|a|an|is|are)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s+or\s+"
    r"(?P<alias>[a-z][a-z\-]{2,}),\s+\w"
)


def _or_alias(sentence: str) -> list[Said]:
    """``RBD is the loss of normal muscle paralysis, or atonia, during REM`` → a definition
    of ``atonia`` by ``normal muscle paralysis``; nothing inside a run of commas (``A, B, or
    C, …`` is a list), nor after a one-word name (``a dog, or cat, …`` are alternatives)."""
    match = _OR_ALIAS.search(sentence)
    if not match or "," in sentence[: match.start("name")] or not is_term(match["alias"]):
        return []
    return [Said("definition", match["alias"], match["name"])]


# `About 10% of the general population meet the criteria for insomnia, but …`: how common.
_SHARE_HAVING = re.compile(
    r"^(?:about|around|roughly|approximately|nearly|over|some|up\s+to)?\s*\d[\d.,]*\s*%\s+of\s+"
    r"(?:the\s+)?(?:general\s+|adult\s+|world(?:'s)?\s+|us\s+)?(?:population|people|adults|children)\s+"
    r"(?:meets?\s+the\s+(?:diagnostic\s+)?criteria\s+for|ha(?:ve|s)|experiences?|suffers?\s+from|"
    r"develops?|(?:is|are)\s+affected\s+by)\s+(?P<what>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)"
    r"(?=\s*(?:,|;|\.|$|\s+(?:but|and|while|whereas)\b))",
    re.IGNORECASE,
)


def _prevalence(sentence: str) -> list[Said]:
    """``About 10% of the population meet the criteria for insomnia, …`` → a definition of
    ``prevalence of insomnia`` by the sentence."""
    match = _SHARE_HAVING.match(sentence.strip())
    if not match or not is_term(match["what"]):
        return []
    return [Said("definition", f"prevalence of {match['what']}", sentence.strip().rstrip("."))]


# `Barrett Klein's study on honey bees found that bees …`: a study named by the sentence.
_FINDING = re.compile(
    r"^(?:(?:a|an|the|one)\s+)?(?P<study>(?:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?'s\s+|\d{4}\s+)?"
    r"(?:[a-z][\w\-]*\s+){0,2}(?:study|experiment|trial|survey)"
    r"(?:\s+(?:on|of|in|with)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})?)\s+"
    r"(?:found|showed|demonstrated|revealed)\s+that\s+(?P<rest>\S.{4,})$"
)


def _finding(sentence: str) -> list[Said]:
    """``Barrett Klein's study on honey bees found that bees sleep`` → a definition of
    ``Barrett Klein's study on honey bees`` by what it found."""
    match = _FINDING.match(sentence.strip().rstrip("."))
    if not match or not is_term(match["study"]):
        return []
    return [Said("definition", match["study"].strip(), match["rest"].strip())]
