"""The gloss cue rule: a stem that says its key in other words gives the key away.

A student who knows the words, not the notes, picks "MLE" for a clue saying "likelihood"
when the notes spell MLE out as "maximum likelihood estimation", reads "“CNI”属于“网络方案”"
as true when CNI is "container network interface" (network → 网络), and fills "Network" in
for "实现网络资源隔离". What says a key in other words:

- its translation: the notes' own bracket glosses ("原子性(Atomicity)"), the small table of
  the commonest computing words and the dictionary (see
  :func:`~examgen.questions.translations.translations`);
- its expansion: an acronym the notes spell out (see
  :func:`~examgen.questions.translations.expansions`), whose content words, or their
  translation, the stem says; or an acronym the stem spells out in Chinese words
  ("隔离进程间通信" for IPC, see :func:`~examgen.dictionary.spelled_in_chinese`).

Such a cue tells nothing when every option is told alike (the context "命名空间" names every
member offered); it is a cue when it singles the key out. Registered as ``no_gloss_cue`` in
:data:`~examgen.questions.rules.ITEM_RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from examgen.dictionary import STOP, spelled_in_chinese
from examgen.model import Option
from examgen.questions.form import Draft
from examgen.questions.index import Notes, Pair
from examgen.questions.translations import (
    MIN_NEARBY_ACRONYM,
    acronyms_in,
    expansions,
    translations,
)
from examgen.stems import latin_stems, stem

_LATIN_WORD = re.compile(r"[A-Za-z]+")
#: Matchings with at least this many pairs told in other words answer too much of themselves
#: (the same bound as the translation cue of :mod:`~examgen.questions.cues`).
MAX_TOLD_PAIRS = 2
#: Words of an expansion shorter than this ("of", "the", "and") carry no meaning of their own.
MIN_CONTENT_WORD = 4


def said_in(name: str, text: str, notes: Notes) -> list[str]:
    """How ``text`` says ``name`` in other words, each as "network → 网络" or "CNI =
    container network interface: network": ``name`` translated, or the content words of the
    expansion of an acronym in ``name`` said in ``text`` in either script. Empty when
    ``text`` says nothing of ``name`` but, perhaps, its own words (the shared-word rules')."""
    found = list(translations(name, text, notes))
    known = expansions(notes)
    own = latin_stems(name, STOP)
    for acronym in acronyms_in(name):
        expansion = known.get(acronym)
        # Spelt out in Chinese words the notes never pair with it: a two-letter name is
        # spelt by chance (the same bound as an expansion found nearby).
        spelt = "" if len(acronym) < MIN_NEARBY_ACRONYM else spelled_in_chinese(acronym, text)
        if spelt and spelt not in name:
            found.append(f"{acronym} = {spelt}")
        if not expansion:
            continue
        words = latin_stems(text, STOP)
        for word in _LATIN_WORD.findall(expansion):
            cut = stem(word)
            content = len(word) >= MIN_CONTENT_WORD and word.casefold() not in STOP
            if content and cut in words and cut not in own:
                found.append(f"{acronym} = {expansion}: “{word}”")
        found += [
            f"{acronym} = {expansion}: {pair}" for pair in translations(expansion, text, notes)
        ]
    return list(dict.fromkeys(found))


def fair_pairs(pairs: Sequence[Pair], notes: Notes, enough: int) -> list[Pair]:
    """The pairs a matching may offer, in their order: the pairs whose gloss does not say
    its term in other words (:func:`said_in`), when there are ``enough`` of them; else those
    and as many told pairs as :func:`_matching_cue` lets by (fewer than
    :data:`MAX_TOLD_PAIRS`, and fewer than the others). "IPC ↔ 隔离进程间通信" and "Mount ↔
    …挂载点…" would leave the rest to elimination."""
    told = [bool(said_in(p.term.text, p.definition.text, notes)) for p in pairs]
    untold = told.count(False)
    room = 0 if untold >= enough else max(0, min(MAX_TOLD_PAIRS - 1, untold - 1))
    kept = []
    for pair, said in zip(pairs, told, strict=True):
        if said and room == 0:
            continue
        room -= said
        kept.append(pair)
    return kept


def _told(options: Sequence[Option], told: Callable[[str], list[str]]) -> list[list[str]]:
    """For each option, how it is told in other words (``told`` of its text); the keys
    first, and none of the others when no key is told (most drafts: the cheap way out)."""
    keys = {o.text: told(o.text) for o in options if o.correct}
    if not any(keys.values()):
        return [[] for _ in options]
    return [keys[o.text] if o.correct else told(o.text) for o in options]


def no_gloss_cue(draft: Draft, notes: Notes) -> str | None:
    """The stem does not say the key in other words (its translation, or its acronym's
    expansion), unless it says every option so: a cue that singles out the key."""
    q = draft.question
    variety = draft.variety
    context = " ".join(draft.stem_texts)
    if variety == "claim_member" and q.truth and draft.asks:
        told = said_in(draft.asks[0], context, notes)
        if told:
            return f"“{draft.asks[0]}” says “{draft.subject}” in other words ({told[0]})"
        return None
    if variety == "claim_definition" and q.truth and len(draft.stem_texts) >= 2:
        told = said_in(draft.stem_texts[0], draft.stem_texts[1], notes)
        return f"the definition says the term in other words ({told[0]})" if told else None
    if variety == "blank_term" and q.answers and draft.stem_texts:
        # The clue alone: the list named as context holds the other members too.
        told = said_in(q.answers[0], draft.stem_texts[0], notes)
        return (
            f"the clue says the answer “{q.answers[0]}” in other words ({told[0]})"
            if told
            else None
        )
    if variety in ("match_terms", "match_members"):
        return _matching_cue(draft, notes)
    if variety == "term_to_definition" and draft.stem_texts and q.options:
        term = draft.stem_texts[0]
        told = _told(q.options, lambda text: said_in(term, text, notes))
        return _singled_out(q.options, told, f"the term “{term}”")
    if variety in ("definition_to_term", "belongs", "select_members") and context:
        told = _told(q.options, lambda text: said_in(text, context, notes))
        return _singled_out(q.options, told, "the stem")
    return None


def _singled_out(options: Sequence[Option], told: list[list[str]], where: str) -> str | None:
    """Why the options told in other words (``told``, one list per option) single out the
    keys: some key told, and not every option told (a single choice), or only keys told
    (a select-all, where a wrong option told alike hides which are meant)."""
    keys = [t for o, t in zip(options, told, strict=True) if o.correct and t]
    if not keys:
        return None
    wrong_told = [bool(t) for o, t in zip(options, told, strict=True) if not o.correct]
    several = sum(1 for o in options if o.correct) > 1
    if all(wrong_told) or (several and any(wrong_told)):
        return None
    return f"{where} says the answer in other words ({keys[0][0]}), not every option"


def _matching_cue(draft: Draft, notes: Notes) -> str | None:
    """Of a matching: pairs made by their gloss saying the term in other words, that no
    other gloss says so; :data:`MAX_TOLD_PAIRS` of them (or half the pairs) answer it."""
    pairs = draft.reveals
    told = []
    for term, gloss in pairs:
        said = said_in(term, gloss, notes)
        if said and not any(said_in(term, g, notes) for t, g in pairs if g != gloss):
            told.append(f"“{term}” ({said[0]})")
    if len(told) >= MAX_TOLD_PAIRS or (told and len(told) * 2 >= len(pairs)):
        return f"{len(told)} of {len(pairs)} pairs are told in other words: {', '.join(told)}"
    return None
