"""Cues in a true/false claim: a true statement whose two halves share a word reads as true
without knowledge.

"“全自动调度”属于“Pod 调度机制”" (调度 in both), "“上云能力”指的是：基础设施、资源云化" (云 in
both), "“一致性(Consistency)”属于“事务特性：ACID”" (the alias's initial is a letter the
acronym spells): a student who knows nothing marks them true, and is right. The false form of
the same claim shows a sibling's member or definition; when those share the word as well
(“单列索引”, “主键索引” beside “索引类型（…）”) the word tells nothing and the claim stands.
Registered in :data:`~examgen.questions.rules.ITEM_RULES` as ``no_claim_cue``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from examgen.model import Fact
from examgen.questions.cues import char_echoes, echoes, tokens
from examgen.questions.distractors import outsider_candidates
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.siblings import sibling_entries
from examgen.questions.text import normalize

#: An acronym a label spells ("ACID", "PEST"): capitals only, three or more.
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])")
#: An English alias written as a word ("Consistency"): a capital, then small letters.
_ALIAS_WORD = re.compile(r"(?<![A-Za-z])([A-Z])[a-z]{2,}")
_CLAUSE = re.compile(r"[，,；;：:。]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z]+")
#: Pronouns point, they do not mean: "其他" and "他们" share nothing.
_PRONOUNS = frozenset("他她它们这那")
#: A member of more CJK characters (or Latin words) than this is a statement, not a name.
MAX_NAME_HAN = 8
MAX_NAME_WORDS = 4
_ASIDE = re.compile(r"[(（][^()（）]*[)）]")
_LAST_LATIN = re.compile(r"([A-Za-z]{3,})\W*$")
_LAST_HAN = re.compile(r"[\u4e00-\u9fff]{2}(?=\W*$)")


def _shared(text: str, half: str) -> set[str]:
    """The words and characters of meaning ``text`` shares with ``half`` (the term), as
    ``half``'s words (so two texts' echoes of one word compare equal)."""
    words = {w for w in tokens(half) if echoes(text, {w})}
    return words | (char_echoes(text, half) - _PRONOUNS)


def head_word(text: str) -> str:
    """The word a name ends in, what it is a kind of ("调度" of "全自动调度", "insomnia" of
    "Sleep onset insomnia"), its aside dropped; "" when it ends in neither."""
    bare = _ASIDE.sub("", text).strip()
    latin = _LAST_LATIN.search(bare)
    if latin:
        return latin.group(1).casefold()
    han = _LAST_HAN.search(bare)
    return han.group(0) if han else ""


def _head_in(member: str, label: str) -> str:
    """``member``'s head word when ``label`` says it too and ``member`` is a name, else ""
    (a statement "收件人可以验证签名…" ends in a word, not in what it is a kind of)."""
    bare = _ASIDE.sub("", member)
    if _CLAUSE.search(bare) or len(_HAN.findall(bare)) > MAX_NAME_HAN:
        return ""
    if len(_WORD.findall(bare)) > MAX_NAME_WORDS:
        return ""
    head = head_word(member)
    if not head:
        return ""
    if head.isascii():
        return head if echoes(head, tokens(label)) else ""
    return head if head in label else ""


def _initial_cue(member: str, label: str) -> str:
    """The letter ``member``'s English alias starts with that an acronym of ``label`` spells
    ("C" of "一致性(Consistency)" for "ACID"), or ""."""
    letters = set("".join(_ACRONYM.findall(label)))
    alias = _ALIAS_WORD.search(member)
    if letters and alias and alias.group(1) in letters:
        return alias.group(1)
    return ""


def _cue(own: str, half: str, others: Iterable[str]) -> set[str]:
    """What ``own`` shares with ``half`` that none of ``others`` (the false forms) does."""
    shared = _shared(own, half)
    for other in others:
        if not shared:
            break
        shared -= _shared(other, half)
    return shared


def no_claim_cue(draft: Draft, notes: Notes) -> str | None:
    """A true claim's member does not share a word (or a character of meaning, or its English
    alias's initial with the label's acronym) with its category, nor its term with the
    definition shown, unless the false forms (a sibling list's members, the sibling terms'
    definitions) share it too."""
    q = draft.question
    if q.type != "true_false" or not q.truth or not q.facts:
        return None
    fact = notes.by_id.get(q.facts[0])
    if fact is None:
        return None
    if draft.variety == "claim_member" and draft.asks:
        member, label = draft.asks[0], draft.subject
        siblings = [e.text for e in sibling_entries(notes, fact, outsider_candidates(notes, fact))]
        head = _head_in(member, label)
        if head and not any(_head_in(s, label) for s in siblings):
            return f"“{member}” ends in “{head}”, a word of “{label}”: it reads as true"
        letter = _initial_cue(member, label)
        if letter and not any(_initial_cue(s, label) for s in siblings):
            return f"“{member}” starts its alias with “{letter}”, a letter of “{label}”"
        return None
    if draft.variety == "claim_definition" and len(draft.stem_texts) >= 2:
        # Set in its list or heading ("在“DevOps”中"), the false claim shows a sibling's
        # definition, so what the key alone shares with the term tells it. (A definition
        # standing alone is false with any other in the notes; its own words are how a
        # definition reads.)
        term, shown = draft.stem_texts[0], draft.stem_texts[1]
        siblings = _sibling_definitions(notes, fact, term) if len(draft.stem_texts) > 2 else []
        shared = _cue(shown, term, siblings) if siblings else set()
        if shared:
            return f"“{term}” shares “{sorted(shared)[0]}” with its definition: it reads as true"
    return None


def _sibling_definitions(notes: Notes, fact: Fact, term: str) -> list[str]:
    """The other glosses of the list ``term`` is a member of, and the definitions under its
    heading: what its false claim shows."""
    key = normalize(term)
    pairs = list(notes.pairs_of.get(fact.id, ()))
    if fact.section:
        for other in notes.defined_under.get(normalize(fact.section[-1]), ()):
            if other != fact.id:
                pairs.extend(notes.pairs_of.get(other, ()))
    return [p.definition.text for p in pairs if normalize(p.term.text) != key]
