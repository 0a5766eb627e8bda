"""Chinese sentence shapes that state a relation in one clause or two: a choice made in
order (``如果没有A，则使用B``), a comparison in one respect (``在…上，A优于B``), the thing a
section brings in to do something (``因此引入T来Z``) — read by :mod:`examgen.notes.prose_zh`.

Cue words are written once, in simplified Chinese; their traditional forms come from OpenCC.
"""

from __future__ import annotations

import re

from examgen.notes.draft import normalize_subject
from examgen.notes.sentences import Said
from examgen.notes.shapes import script_variants
from examgen.notes.terms import is_term


def alt(*words: str) -> str:
    """An alternation of the words in both scripts (longest first, so that `但是` wins over
    `但`); words are written once, in simplified Chinese."""
    return "|".join(sorted(script_variants(words), key=len, reverse=True))


# A clause subject with a verb in it is a statement (`为了解决该问题使用`), not a name.
ZH_VERB = re.compile(alt("使用", "为了", "导致", "通过", "需要", "可以", "能够", "会导致", "要求"))


def has_verb(text: str) -> bool:
    """Whether ``text`` holds a verb that makes it a statement, not a name."""
    return ZH_VERB.search(text) is not None


# `因此MySQL实现redo log来记录…` under `redo log`: what the section's thing is there to do.
_EMPLOYED = re.compile(
    f"^(?:{alt('因此', '所以', '于是')})?[^，,。；;：:]{{0,12}}?"
    f"(?:{alt('实现', '引入', '使用', '采用', '设计', '提供')})了?"
    f"(?P<term>[^，,。；;：:]{{2,30}}?)(?:{alt('来', '以', '用来', '用于')})"
    r"(?P<does>[^，,。；;：:]{2,40})$"
)


# `在恢复数据的效率上` + `redo log优于bin log`: a comparison in one respect.
_RESPECT = re.compile(r"^在(?P<respect>[^，,。；;：:]{2,16})[上方面]{1,2}$")
_BETTER = re.compile(
    r"^(?P<a>[^，,。；;：:]{1,20}?)\s*(?:要|更)?"
    f"(?:{alt('优于', '好于', '高于', '低于', '快于', '慢于', '强于', '弱于', '大于', '小于')})"
    r"\s*(?P<b>[^，,。；;：:]{1,20})$"
)


# `InnoDB通过主键建立聚簇索引`, then `如果表没有主键` / `则使用非空的唯一索引`, …: a choice made
# in order, each next one only when the one before is missing.
_FIRST_CHOICE = re.compile(
    r"^(?P<who>[^，,。；;：:]{1,12}?)(?:通过|使用|用|以|优先使用|首先使用)(?P<first>[^，,。；;：:]{1,12}?)来?"
    r"(?P<act>建立|创建|生成|构建|构造)(?P<what>[^，,。；;：:]{1,12})$"
)
_MISSING = re.compile(r"^(?:如果|若|假如|要是)[^，,。；;：:]{0,12}(?:没有|不存在|无)")
_NEXT_CHOICE = re.compile(
    r"^(?:则|就|那么)(?:会|将)?(?:使用|用|选择|采用|选用)?(?P<next>[^，,。；;：:]{2,20}?)"
    r"(?:来?作为[^，,。；;：:]*)?$"
)


def fallback(clauses: list[str]) -> Said | None:
    """``InnoDB通过主键建立聚簇索引，如果表没有主键，则使用非空的唯一索引，…`` → the sequence
    ``InnoDB建立聚簇索引的依据`` (``主键``, ``非空的唯一索引``, …); None for other clauses."""
    first = _FIRST_CHOICE.match(clauses[0].strip()) if clauses else None
    if first is None or not is_term(first["first"]):
        return None
    choices = [first["first"].strip()]
    index = 1
    while index + 1 < len(clauses) and _MISSING.match(clauses[index].strip()):
        following = _NEXT_CHOICE.match(clauses[index + 1].strip())
        if following is None:
            break
        choices.append(following["next"].strip())
        index += 2
    if len(choices) < 2:
        return None
    subject = f"{first['who'].strip()}{first['act']}{first['what'].strip()}的依据"
    return Said("sequence", subject, items=tuple(choices))


def compared(clauses: list[str]) -> Said | None:
    """``在恢复数据的效率上，redo log优于bin log`` → ``redo log 与 bin log的恢复数据的效率``
    (what the second clause says); None unless the segment is just those two clauses."""
    if len(clauses) != 2:
        return None
    respect = _RESPECT.match(clauses[0].strip())
    better = _BETTER.match(clauses[1].strip()) if respect else None
    if better is None:
        return None
    a, b = better["a"].strip(), better["b"].strip()
    if not (is_term(a) and is_term(b)) or ZH_VERB.search(a):
        return None
    return Said("definition", f"{a} 与 {b}的{respect['respect']}", clauses[1].strip())


def employed(clause: str, topic: str) -> tuple[str, list[str]] | None:
    """(topic, [what it does]) for a clause saying the section's thing is brought in to do
    something (``因此引入缓冲池来减少磁盘IO`` under ``缓冲池``); None for any other clause."""
    match = _EMPLOYED.match(clause) if topic else None
    if match is None or normalize_subject(match["term"]) != normalize_subject(topic):
        return None
    return topic, [match["does"]]
