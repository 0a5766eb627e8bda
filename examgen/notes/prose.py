"""Facts said inside the sentences of a paragraph (running prose).

A careful reader finds more in a paragraph than its heading's definition. This module reads
one paragraph's text, sentence by sentence and (in Chinese) clause by clause, and says what
each sentence states, as data (:class:`~examgen.notes.sentences.Said`);
:mod:`examgen.notes.sections` emits them. Chinese is read by :mod:`examgen.notes.prose_zh`,
English by :mod:`examgen.notes.prose_en`.

* ``X是…`` / ``X指…`` / ``X的优点是…`` / ``缺点在于…``: a definition of X; its text runs on
  over the clauses that follow (``查询快，实现简单``) until a clause says something else. A
  bare aspect (``缺点``) or a pronoun (``其缺点``) belongs to what the sentence was about.
* ``…，该过程称为X`` / ``这种…的方式称之为X``: a definition of X by what the sentence said
  before (from its last ``因此``/``所以``, or the whole sentence).
* ``A：text；B：text。``: chained term definitions, one each.
* ``X包括A、B和C`` / ``X分为A和B`` / ``X有A和B两种`` / ``X由A和B组成`` / ``X依赖于：A、B``:
  a list of X; ``X按模式分为A、B，按粒度分为C、D`` gives two lists, ``X按模式`` and
  ``X按粒度``.
* ``通过A或B命令做X`` / ``参数P控制Y`` / ``X用于Y``: ``做X的命令``, ``P 参数``, ``X的作用``.
* ``若…`` (a condition) and ``…是可以…的`` (a verdict) define nothing.
* English: ``X is a …``; ``The main drawback of X is …``; ``**X**, aka the …`` / ``… known
  as **X**`` / ``… called a **X**`` / ``X, also called Y, is …`` define X; ``X is composed
  of A and B``, ``X includes A, B, and C`` and ``two main X, the A and the B`` list X;
  ``G show(s) N in A, B, and C`` lists ``N in G``; ``During P, X is …`` defines ``X during P``;
  ``X is caused/triggered by A, B, and C`` (or ``… (e.g. A, B)``) lists the causes of X;
  ``X helps with Y`` defines X;
  ``X is …`` where X is a fuller name of the topic (``Garden soil`` under ``Soil``) defines X.

Subjects are short noun phrases: a clause that cannot be one gives nothing.
"""

from __future__ import annotations

import functools

from examgen.notes.draft import normalize_subject
from examgen.notes.prose_en import read_english
from examgen.notes.prose_zh import POSSESSIVE, ChineseReader
from examgen.notes.sentences import Said, has_cjk, split_outside


def read_prose(text: str, topic: str, strong: tuple[str, ...] = ()) -> list[Said]:
    """What the sentences of ``text`` state; ``topic`` is what the text is about (its
    heading or term), which a bare aspect or a pronoun refers to; ``strong`` are the text's
    bold phrases (the names an English sentence gives)."""
    return list(_read(text, topic, tuple(strong)))


# A first paragraph is read twice (is it only a list? what does it state?): remember the last
# few readings (bounded, so memory does not grow with the notes).
@functools.lru_cache(maxsize=256)
def _read(text: str, topic: str, strong: tuple[str, ...]) -> tuple[Said, ...]:
    found = ChineseReader(topic).read(text) if has_cjk(text) else read_english(text, topic, strong)
    # The same subject said twice (`协议是约定。协议是…的规则`) is one definition of both.
    unique: dict[str, Said] = {}
    for said in found:
        key = normalize_subject(said.subject) + said.kind
        if key not in unique:
            unique[key] = said
        elif said.kind == "definition":
            first = unique[key]
            unique[key] = Said(first.kind, first.subject, f"{first.text}；{said.text}")
    return tuple(unique.values())


def only_lists(text: str, subject: str) -> bool:
    """Whether ``text`` is one sentence listing ``subject`` itself (``常用的排序算法有A和B两种``
    under ``排序算法``): the list says it all, the text defines nothing more."""
    sentences = split_outside(text, "。！？!?")
    if len(sentences) == 2 and has_cjk(text):
        # `X可归纳为三个方面。A、B、C。`: the count and the names, a list and nothing more.
        topic = normalize_subject(subject)
        return any(
            normalize_subject(said.subject) == topic
            for said in read_prose(text, subject)
            if said.kind == "list"
        )
    if len(sentences) != 1:
        return False
    plain = normalize_subject(subject).replace("的", "")
    return any(
        plain in normalize_subject(said.subject).replace("的", "")
        for said in read_prose(text, subject)
        if said.kind == "list"
    )


def sentence_subject(text: str, topic: str) -> str:
    """The subject of the list a sentence states (``通常来说，X需要三种能力：A、B`` → ``X需要三种
    能力``), '' when it states none: what a sentence item over sub-items is named by."""
    return next((said.subject for said in read_prose(text, topic) if said.kind == "list"), "")


def resolve_possessive(phrase: str, text: str, topic: str) -> str:
    """``其特点`` at the end of ``text`` is the aspect of what the text was about
    (``X是…。其特点包括：`` → ``X的特点``); the phrase itself when nothing can be told."""
    possessive = POSSESSIVE.match(phrase)
    if not possessive or not has_cjk(text):
        return phrase
    reader = ChineseReader(topic)
    reader.read(text)
    owner = reader.owner
    return f"{owner}的{phrase[possessive.end() :]}" if owner else phrase
