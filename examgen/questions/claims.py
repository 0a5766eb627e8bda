"""A true/false statement of a definition states one claim: one false part makes the whole
false, so a statement of several is read part by part and guessed. Registered in
:data:`~examgen.questions.rules.ITEM_RULES` as ``one_claim``.
"""

from __future__ import annotations

import re

from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.statements import statement_of_effect
from examgen.questions.wording import display_width

#: A true/false statement wider than this holds more than one claim ("DES指的是：" and a
#: paragraph of five): one false part makes it false, so it is read part by part.
MAX_CLAIM_WIDTH = 60
#: A sentence end inside a statement: the statement is two claims.
_SENTENCE_END = re.compile(r"[。；;！？!?](?=\s*\S)|\.\s+(?=[A-Z])")


def one_claim(draft: Draft, notes: Notes) -> str | None:
    """A true/false statement of a definition states one claim: one sentence, one line."""
    if draft.variety != "claim_definition" or len(draft.stem_texts) < 2:
        return None
    shown = draft.stem_texts[1].strip()
    width = display_width(shown)
    if width > MAX_CLAIM_WIDTH:
        return f"a {width}-column statement holds more than one claim"
    if _SENTENCE_END.search(shown):
        return "the statement is more than one sentence"
    if _two_clauses(shown):
        return "the statement joins two clauses, each a claim of its own"
    turn = _turned_clause(shown)
    if turn:
        return f"“{turn}” after the comma is a second claim, turned or added by its opening word"
    return None


#: Han characters each side of a comma that make both sides clauses of their own
#: ("记录事务对数据页进行了哪些修改，解决修改写回的性能问题"); a shorter side is a gloss or
#: an aside ("一种索引，有序").
MIN_CLAUSE_HAN = 8
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _two_clauses(shown: str) -> bool:
    """Whether ``shown`` joins two claims with a comma: two Chinese parts each of at least
    :data:`MIN_CLAUSE_HAN` characters, or an English part after a comma that is a predicate
    of its own ("a log of page changes, solves the write-back cost")."""
    zh_parts = [p for p in re.split(r"[，,]", shown) if p.strip()]
    if sum(len(_HAN.findall(p)) >= MIN_CLAUSE_HAN for p in zh_parts) >= 2:
        return True
    if shown.isascii():
        parts = [p.strip() for p in re.split(r",\s+", shown)]
        return any(statement_of_effect(p) for p in parts[1:] if len(p.split()) >= 3)
    return False


#: Words that open a clause turning against or adding to the one before it: after a comma,
#: such a clause with a verb of its own is a second claim ("将P为1-to-1变成C,但是会被重放攻击":
#: the mapping, then its weakness), whatever its length.
_TURN_ZH = ("但是", "然而", "并且", "但", "而")
_TURN_EN = ("but", "however", "whereas", "yet")
#: A turn that only rules out an alternative ("而非漫灌", "but not by hand") keeps one claim.
_NOT_ZH = ("非", "不是")
_NOT_EN = ("not", "rather")
#: Han characters after a Chinese opener that make a clause with a verb of its own
#: ("会被重放攻击"); one or two are an aside ("但快").
MIN_TURN_HAN = 3
_TURN_SPLIT = re.compile(r"\s*[，,]\s*")
_LATIN_WORD = re.compile(r"[A-Za-z][\w'-]*")


def _turned_clause(shown: str) -> str:
    """The clause of ``shown`` after a comma that opens with a turn or addition word
    (:data:`_TURN_ZH`, :data:`_TURN_EN`) and has a verb of its own, or ""."""
    for part in _TURN_SPLIT.split(shown)[1:]:
        opener = next((w for w in _TURN_ZH if part.startswith(w)), "")
        if opener:
            rest = part[len(opener) :]
            if not rest.startswith(_NOT_ZH) and len(_HAN.findall(rest)) >= MIN_TURN_HAN:
                return part
            continue
        words = _LATIN_WORD.findall(part)
        if len(words) < 3 or words[0].casefold() not in _TURN_EN:
            continue
        if words[1].casefold() in _NOT_EN:
            continue
        rest = part[part.find(words[1]) :]
        if _en_predicate(rest):
            return part
    return ""


def _en_predicate(rest: str) -> bool:
    """Whether the English ``rest`` of a turned clause has a verb of its own: it opens with
    one ("is vulnerable", "rarely used", "wastes space"), or is a clause with its own subject
    and a finite verb ("sedation does not equate")."""
    first = _LATIN_WORD.findall(rest)[0]
    third_person = first.endswith("s") and not first.endswith("ss") and first.islower()
    capital = rest[:1].upper() + rest[1:]
    return statement_of_effect(rest) or statement_of_effect(capital) or third_person
