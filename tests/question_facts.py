"""Facts for the question tests, written the way the notes reader gives them."""

from __future__ import annotations

from collections.abc import Callable

from examgen.model import Fact, Item


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
