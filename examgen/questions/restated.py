"""A list the notes say twice: once on its line, again as bullets right under it.

"密码的几个基础部分：明文、密文、加密算法、解密算法" followed by the bullets "plaintext: P",
"ciphertext: C", "encryption method: E()", "decryption method: D()", "key: K" is one list to
the reader, of five parts, though the line names four. A stem that counts the line's members
("请列出…的全部4项") then disagrees with what the reader sees, and the fifth bullet is a
wrong answer the notes support.
"""

from __future__ import annotations

from examgen.model import Fact
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.text import mentions, normalize
from examgen.questions.translations import translated

#: The forms whose stem counts a list's members ("the whole 4", "list 3 of").
COUNTING_FORMS = ("enumerate",)


def bullets_below(notes: Notes, fact: Fact) -> tuple[Fact, ...]:
    """The definitions on the lines right under ``fact``'s line, one per line with no gap,
    that are not its own members: at most one more than its members are read, which is all
    a count needs (so the work per list is bounded)."""
    members = {normalize(item.text) for item in fact.items}
    found: list[Fact] = []
    line = fact.line
    start = notes.position_of[fact.id] + 1
    # A window, not the rest of the notes: the facts of a line and of the bullets under it.
    window = notes.facts[start : start + 2 * (len(fact.items) + 2)]
    for other in window:
        if other.source != fact.source:
            break
        if other.line == line:
            continue
        if (
            other.line != line + 1
            or other.kind != "definition"
            or normalize(other.subject) in members
        ):
            break
        found.append(other)
        line = other.line
        if len(found) > len(fact.items):
            break
    return tuple(found)


def _restates(notes: Notes, fact: Fact, bullets: tuple[Fact, ...]) -> bool:
    """Whether a bullet names one of ``fact``'s members, in its script or the other."""
    return any(
        mentions(b.subject, item.text) or translated(item.text, b.subject, notes)
        for b in bullets
        for item in fact.items
    )


def count_as_seen(draft: Draft, notes: Notes) -> str | None:
    """A stem counts a list as the reader sees it: no "list all N" of a line's N members when
    the bullets right under the line restate the list with another number of parts."""
    if draft.variety not in COUNTING_FORMS or not draft.question.facts:
        return None
    fact = notes.by_id.get(draft.question.facts[0])
    if fact is None or fact.kind != "list":
        return None
    memo_key = ("count_as_seen", fact.id)
    if memo_key not in notes.memo:
        bullets = bullets_below(notes, fact)
        seen = len(bullets)
        notes.memo[memo_key] = (
            seen
            if seen >= 2 and seen != len(fact.items) and _restates(notes, fact, bullets)
            else None
        )
    seen = notes.memo[memo_key]
    if seen is None:
        return None
    return (
        f"“{fact.subject}” has {len(fact.items)} members on its line but {seen} bullets "
        "restate it right under: the count is not the one the reader sees"
    )
