"""Trait options: a list member naming whose trait it is, offered as the trait alone.

Under "比较MAC和数字签名", the members of "数字签名的特点" open with "数字签名…" and those of
"MAC的特点" with "MAC…": as options of "which are features of 数字签名" the owner's name sorts
them, and the question needs no notes. An option naming the owner of its own list, of the list
asked or of a list contrasting with it is offered with the leading owner cut ("数字签名不可抵赖"
-> "不可抵赖", "MAC的发送者…" -> "发送者…"), or not at all when the owner stays named in it
("MAC不提供…，…也可以生成一个MAC") or nothing is left to say.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace

from examgen.model import Fact
from examgen.questions.categories import contrast_keys
from examgen.questions.index import Entry, Notes
from examgen.questions.membership import names_owner, trait_owner
from examgen.questions.text import normalize

#: What may join an owner to its trait, cut with it: "MAC的发送者…", "Docker's images…",
#: "数字签名：…".
_JOINER = re.compile(r"^(?:\s*(?:的|之|'s\b|’s\b))?[\s:：,，、-]*")
#: Characters a cut trait keeps, at least (normalized): "快" alone says nothing.
MIN_TRAIT_CHARS = 2


def option_owners(notes: Notes, list_ids: Iterable[str]) -> tuple[str, ...]:
    """Whose traits the lists ``list_ids`` name (the list asked and those contrasting with
    it: "数字签名" of "数字签名的特点"), in order, each once."""
    owners = (trait_owner(notes.by_id[i].subject) for i in list_ids if i in notes.by_id)
    return tuple(dict.fromkeys(o for o in owners if len(normalize(o)) >= MIN_TRAIT_CHARS))


def compared_owners(notes: Notes, fact: Fact, contrasts: Iterable[str] = ()) -> tuple[str, ...]:
    """Whose traits ``fact``'s list and the lists compared with it name: the lists
    ``contrasts`` and those filed under one of its contrast keys under its own heading
    ("MAC的特点" beside "数字签名的特点" under "比较MAC和数字签名", whatever the names' widths)."""
    beside = (
        other.id
        for group in contrast_keys(notes.subject_keys[fact.id])
        for other in notes.filed_near(fact, group)
        if other.section == fact.section
    )
    return option_owners(notes, (fact.id, *contrasts, *beside))


def _leading(text: str, owner: str) -> int:
    """How many characters of ``text`` its leading ``owner`` takes, or 0 when it does not
    open with it (a Latin owner as a whole word, any case)."""
    if owner.isascii():
        match = re.match(rf"\s*{re.escape(owner)}(?![A-Za-z0-9])", text, re.IGNORECASE)
        return match.end() if match else 0
    stripped = text.lstrip()
    return len(text) - len(stripped) + len(owner) if stripped.startswith(owner) else 0


def trait_text(text: str, owners: Sequence[str]) -> str | None:
    """``text`` as an option naming none of ``owners``: unchanged when it names none, cut of
    a leading owner and its joiner when only that named one, None when one stays named."""
    if not any(names_owner(text, o) for o in owners):
        return text
    for owner in sorted(owners, key=len, reverse=True):
        at = _leading(text, owner)
        if not at:
            continue
        rest = _JOINER.sub("", text[at:], count=1).strip()
        if len(normalize(rest)) < MIN_TRAIT_CHARS or any(names_owner(rest, o) for o in owners):
            return None
        if rest[0].isascii() and rest[0].islower() and text.lstrip()[0].isupper():
            rest = rest[0].upper() + rest[1:]
        return rest
    return None


def trait_options(
    notes: Notes, entries: Iterable[Entry], owners: Sequence[str], taken: Collection[str] = ()
) -> list[Entry]:
    """``entries`` as options of a question on a list whose owners (with those of the lists
    contrasting with it) are ``owners``: each cut of a leading owner, its own list's or one
    of ``owners`` (see :func:`trait_text`), those left naming one left out, as are those
    whose cut text is one of ``taken`` (the answers' keys: "MAC速度快" cut beside
    "数字签名速度快" cut would be one option twice, right and wrong)."""
    chosen: list[Entry] = []
    # Worked out once per list: a pool holds thousands of members of a few hundred lists.
    of_list: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        own = of_list.get(entry.fact.id)
        if own is None:
            own = of_list[entry.fact.id] = option_owners(notes, (entry.fact.id,))
        names = (*owners, *(o for o in own if o not in owners))
        if not names:
            chosen.append(entry)
            continue
        text = trait_text(entry.text, names)
        if text is None:
            continue
        if text != entry.text:
            entry = replace(entry, text=text, key=normalize(text))
        if entry.key not in taken:
            chosen.append(entry)
    return chosen
