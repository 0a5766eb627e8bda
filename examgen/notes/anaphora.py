"""A label that points back at what the sentence just said (``但这么做会导致两个问题：``).

``最简单的方式就是每次提交都写盘，但这么做会导致两个问题：`` over the problems: the list is not
of ``这么做导致两个问题`` (no reader can ask that) but of the problems of doing what the clause
before said, ``每次提交都写盘导致的问题``. The clause before is the act, without a lead that only
announces it (``最简单的方式就是``, ``如果``).
"""

from __future__ import annotations

import re

from examgen.notes.sentences import has_cjk, split_outside
from examgen.notes.shapes import script_variants

_COUNT = r"(?:[两兩二三四五六七八九十几幾\d]+\s*[个個种種点點条條])?"
# `但这么做会导致两个问题`, `这样做的缺点是`, `如此会带来以下弊端`.
_POINTING = re.compile(
    r"^(?:但是?|然而|不过|不過)?(?:这么做|这样做|這麼做|這樣做|这样|這樣|如此)"
    r"(?:会|會|将|將|可能|也)?(?P<verb>导致|導致|带来|帶來|引起|造成|存在|有)?的?"
    rf"(?:如下|以下)?{_COUNT}(?P<noun>问题|問題|缺点|缺點|弊端|后果|後果|影响|影響)"
    r"(?:如下|有|是)?$"
)
# `最简单的方式就是`, `一种做法是`: words announcing the act, not part of it.
_ANNOUNCING = re.compile(
    r"^[^，,。]*?(?:方式|方法|做法|办法|辦法|思路)[^，,。]{0,3}?(?:就是|即|是)"
)
_CONDITION = re.compile(r"^(?:如果|若|假如|要是|可以|可)")
_CAUSING = frozenset({"导致", "導致", "带来", "帶來", "引起", "造成"})


def pointing_subject(text: str) -> str:
    """``…每次提交都写盘，但这么做会导致两个问题`` → ``每次提交都写盘导致的问题``; '' when the
    text's last clause does not point back at the one before it."""
    sentence = split_outside(text.strip().rstrip("：:"), "。！？!?")[-1]
    clauses = [clause.strip() for clause in split_outside(sentence, "，,") if clause.strip()]
    if len(clauses) < 2:
        return ""
    pointing = _POINTING.match(clauses[-1])
    if pointing is None:
        return ""
    act = _CONDITION.sub("", _ANNOUNCING.sub("", clauses[-2])).strip()
    if not 2 <= len(act) <= 30:
        return ""
    verb = pointing["verb"] if pointing["verb"] in _CAUSING else ""
    return f"{act}{verb}的{pointing['noun']}"


# `总地来说：`, `In summary:` over points: the section's points again, summed up.
_SUMMING = frozenset(
    word.casefold()
    for word in script_variants(
        (
            *("总的来说", "总地来说", "总之", "总而言之", "综上", "综上所述", "概括来说"),
            *("in summary", "in short", "to sum up", "to summarize", "overall"),
        )
    )
)


def summary_of(label: str, section: str) -> str:
    """``B树和B+树区别（总结）`` for a label ``总地来说`` in the section ``B树和B+树区别``
    (``Sorting (summary)`` in English); '' for any other label or no section."""
    if not section or label.strip(" :：,，").casefold() not in _SUMMING:
        return ""
    return f"{section}（总结）" if has_cjk(label) else f"{section} (summary)"
