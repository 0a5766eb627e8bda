"""Lead-ins: the relation a list's lead-in sentence gives its members, read as a name.

"Some areas of the brain that are activated during REM sleep include:" over five bullets
under the heading "rem" says what the bullets are: "areas of the brain that are activated
during REM sleep". "Bin log主要使用场景有：" under the heading "binlog" says the same of its
bullets: "Bin log主要使用场景". A list the notes name only by its heading, or by a name the
relation holds and says more than, is named by that relation in every stem
(:func:`lead_name`), so a question asks "In “areas of the brain that are activated during
REM sleep”, …", not "In “rem”, …".
"""

from __future__ import annotations

import re

from examgen.model import Fact
from examgen.questions.text import clean, mentions, normalize, script_of

#: Words a lead-in opens with before its relation ("Some areas of the brain …").
_LEAD_OPENERS = re.compile(r"^(some|the|these|those|other|several|many|main|key)\s+", re.I)
#: Words a lead-in ends with after its relation ("… during REM sleep include:").
_LEAD_ENDINGS = re.compile(
    r"\s+(include|includes|including|are|is|consist of|consists of|such as|as follows)\s*[:：]?$",
    re.I,
)
#: A Chinese lead-in: a noun phrase and the verb that opens its members ("Bin log主要使用场景有",
#: "索引的数据结构包括如下3种"); no clause punctuation in the phrase.
_LEAD_ZH = re.compile(
    r"^(?P<name>[^，,。；;：:、！？!?]{2,24}?)(?:主要)?(?:有|包括|包含|可分为|分为)"
    r"(?:如下|以下)?(?:[0-9一二三四五六七八九十两]+\s*[种個个类類项項点點])?\s*[:：]?$"
)
#: Words that point back rather than name ("其特点包括", "这些问题有"): no relation.
_POINTERS_ZH = ("其", "它", "这", "這", "此", "该", "該", "以下", "如下", "上述")
#: The most words a relation taken from a lead-in may have: longer, it is a sentence.
MAX_RELATION_WORDS = 10


def relation(label: str | None) -> str:
    """The relation a lead-in gives its list ("Some areas of the brain that are activated
    during REM sleep include" -> "areas of the brain that are activated during REM sleep";
    "Bin log主要使用场景有" -> "Bin log主要使用场景"), or '' when it gives none that reads as a
    name."""
    if not label:
        return ""
    if script_of(label) != "latin":
        return _relation_zh(clean(label))
    text = _LEAD_ENDINGS.sub("", clean(label))
    text = _LEAD_OPENERS.sub("", text)
    if text == clean(label) or not 2 <= len(text.split()) <= MAX_RELATION_WORDS:
        # A lead-in that does not end in "include"/"are" is a sentence, not a relation.
        return ""
    return text


def _relation_zh(label: str) -> str:
    """The noun phrase a Chinese lead-in names before the verb opening its members, or ''."""
    match = _LEAD_ZH.match(label)
    if match is None:
        return ""
    name = match["name"].strip()
    return "" if name.startswith(_POINTERS_ZH) else name


def lead_name(fact: Fact) -> str:
    """The relation ``fact``'s lead-in gives when it names the list better than the notes'
    name does, or '': the list is named only by the heading it stands under ("rem"), or the
    relation holds its name and says more ("Bin log主要使用场景" for "binlog")."""
    if fact.kind != "list":
        return ""
    told = relation(fact.label)
    subject = clean(fact.subject)
    if not told or normalize(told) == normalize(subject):
        return ""
    heading = clean(fact.section[-1]) if fact.section else ""
    if normalize(subject) == normalize(heading) or mentions(told, subject):
        return told
    return ""
