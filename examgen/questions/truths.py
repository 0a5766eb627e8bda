"""What the notes state of a term beyond its definition: a wrong option that they say is true
of the term (a trait of every index for "普通索引", a line "Redo log实现事务持久性") is a second
defensible answer, so it is no wrong option."""

from __future__ import annotations

from examgen.model import Fact
from examgen.questions.categories import name_head
from examgen.questions.text import normalize

#: Shortest topic (normalized characters) read as covering a term: "索引" in "普通索引".
MIN_TOPIC = 2


def topic_of(subject: str) -> str:
    """The thing a list's name is about, its head word dropped: "索引缺点" -> "索引",
    "Docker的优点" -> "docker"; "" when the name has no head word."""
    head = normalize(name_head(subject))
    key = normalize(subject)
    if not head or not key.endswith(head):
        return ""
    return key.removesuffix(head).removesuffix("的")


def true_of(term: str, option: str, source: Fact) -> str | None:
    """Why ``option``, taken from ``source``, is also true of ``term``, or None: ``source`` is
    a list about a topic ``term`` is one of ("索引缺点" for "普通索引"), or a line of
    ``source`` states the option together with the term."""
    key, said = normalize(term), normalize(option)
    if not key or not said:
        return None
    # A list the term is a member of holds its siblings (their glosses are the best wrong
    # options), not its traits.
    member = any(normalize(item.text) == key for item in source.items)
    topic = topic_of(source.subject) if source.kind == "list" and not member else ""
    if len(topic) >= MIN_TOPIC and topic in key:
        return f"“{source.subject}” is said of every {topic}, “{term}” too"
    lines = (source.text, *(f"{i.text}{i.gloss or ''}" for i in source.items))
    for line in lines:
        text = normalize(line)
        if key in text and said in text and text != said:
            return f"the notes say “{line}” of “{term}”"
    return None
