"""Facts for the question tests, written the way the notes reader gives them."""

from __future__ import annotations

import random
from collections.abc import Callable

from examgen.model import Fact, Item
from examgen.questions.form import Ask, Draft
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers


def facts_under(section: tuple[str, ...], source: str = "notes.md") -> Callable[..., Fact]:
    """A builder of facts under ``section`` (the default heading path) of the file ``source``:
    ``fact(id, kind, subject, *items, text=, line=, section=, lang=)``, where an item "a=b" is
    member a glossed b."""

    def fact(id_: str, kind: str, subject: str, *items: str, text: str = "", line: int = 1,
             section: tuple[str, ...] = section, lang: str = "zh") -> Fact:  # fmt: skip
        parsed = tuple(Item(*i.split("=", 1)) if "=" in i else Item(i) for i in items)
        return Fact(
            id_,
            kind,  # type: ignore[arg-type]
            subject,
            text=text,
            items=parsed,
            section=section,
            source=source,
            line=line,
            lang=lang,
        )

    return fact


def drafts(
    facts: list[Fact], asked: Fact, variety: str, seeds: range = range(8), points: int = 2
) -> list[Draft]:
    """The drafts of form ``variety`` that ``asked`` offers among ``facts``, built with each
    of ``seeds`` (a question worth ``points``)."""
    notes = index_notes(facts)
    built = []
    for forms in offers(notes, asked).forms.values():
        for form in forms:
            if form.variety == variety:
                for seed in seeds:
                    ask = Ask(asked.lang, points)
                    built.append(form.build(random.Random(seed), form.facts, ask))
    return built
