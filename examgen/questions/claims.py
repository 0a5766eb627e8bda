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
