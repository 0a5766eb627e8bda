"""An example sentence that names the class its bold term is an instance of.

``For example, **adenosine** meets all these criteria, and thus can be considered a sleep
regulatory factor.`` is not worked-example data (numbers, a case to compute) but a fact a
reader keeps: which thing is an example of the class the section defined. It gives the
definition ``example of a sleep regulatory factor`` → ``adenosine meets all these criteria,
…``. Only one sentence, English, opening with ``For example`` / ``For instance``, whose bold
phrase starts the clause and whose end names the class (``… is/can be considered a(n) K``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_OPENING = re.compile(r"^\s*(?:for\s+example|for\s+instance)\s*,\s*", re.IGNORECASE)

# `… can be considered a sleep regulatory factor.`, `… is an example of …` is not a class.
_CLASS = re.compile(
    r"\b(?:is|are|can\s+be|could\s+be|may\s+be|would\s+be)\s+"
    r"(?:(?:considered|regarded\s+as|classified\s+as|seen\s+as)\s+)?"
    r"(?P<article>an?)\s+(?P<kind>[A-Za-z][A-Za-z\- ]{2,60}?)\s*\.?$",
    re.IGNORECASE,
)

# A sentence end inside the text: the instance sentence is one sentence only.
_INNER_END = re.compile(r"[.!?;]\s+\S")


def instance_of(text: str, strong: Sequence[str]) -> tuple[str, str] | None:
    """(``example of a K``, the clause without its opening) for an example sentence naming
    the class its bold term belongs to; None for any other text."""
    opening = _OPENING.match(text)
    if opening is None or not strong:
        return None
    clause = text[opening.end() :].strip()
    if not clause.casefold().startswith(strong[0].strip().casefold()):
        return None  # the bold phrase is the instance, and it leads the clause
    if _INNER_END.search(clause.rstrip(".")) or len(clause.split()) > 40:
        return None
    named = _CLASS.search(clause)
    if named is None or named.group("kind").split()[0].casefold() in _NOT_A_KIND:
        return None
    kind = named.group("kind").strip()
    return f"example of {named.group('article').lower()} {kind}", clause.rstrip(".").strip()


# `… is an example of X`, `… is a good one`: no class named.
_NOT_A_KIND = frozenset({"example", "instance", "case", "good", "bit", "lot", "few", "one"})
