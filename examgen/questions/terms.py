"""Which texts are terms to ask: names, not generic headings, phrases, aspects or aims.

A question about terms ("which term is described as …", "X means: …", a matching) asks a name
the notes define. A heading that labels a part of a topic ("优点", "早期"), a phrase of a
sentence ("For discrete distribution"), an aspect of a topic ("索引 缺点", "EtherChannels
Cons"), an aim ("增强安全性", "Use root bridge macro"), a judgement ("Best model") or a numbered
label ("Equation 2") is no term: :func:`term_problem` says why.
"""

from __future__ import annotations

import functools
import re

from examgen.notes.labels import generic_label
from examgen.questions.categories import generic
from examgen.questions.text import normalize, script_of

#: A "term" that opens like a clause ("For discrete distribution", "E.g. two binomials").
_PHRASE = re.compile(r"^(e\.g\.|i\.e\.|for|if|when|in|to|with|where|so)\b", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z0-9][\w'-]*")
#: A Latin "term" of more words than this is a sentence ("RPs and BPs don't send BPDUs").
MAX_TERM_WORDS = 4


#: Words a heading ends in when it names an aspect of a topic ("索引 缺点", "解码方式",
#: "EtherChannels Cons"), not a thing: the topic's traits or ways, which a student cannot
#: name from a definition. (Not "方法", "原理", "过程", "类型": "蒙特卡罗方法", "鸽巢原理",
#: "存储过程", "数据类型" are terms.)
ASPECT_ENDINGS_ZH = (
    "优点", "缺点", "优势", "劣势", "不足", "特点", "特性", "特征", "方式", "作用", "用途",
    "目的", "原因", "区别", "好处", "坏处", "弊端", "步骤", "流程",
)  # fmt: skip
ASPECT_WORDS_EN = frozenset(
    (
        "pros", "cons", "advantages", "disadvantages", "benefits", "drawbacks", "features",
        "uses", "purpose", "goals", "limitations", "overview", "summary", "examples",
    )
)  # fmt: skip
#: Verbs a Chinese heading opens with when it states an aim ("增强安全性", "如何防御").
AIM_VERBS_ZH = (
    "增强", "提高", "提升", "降低", "减少", "保证", "确保", "防止", "避免", "解决", "加强",
    "如何", "怎样", "怎么", "为什么", "为何",
)  # fmt: skip
#: Verbs an English heading opens with when it says what to do ("Use root bridge macro").
AIM_VERBS_EN = frozenset(
    (
        "use", "elect", "set", "configure", "enable", "disable", "increase", "improve",
        "reduce", "avoid", "prevent", "make", "add", "remove", "run", "check", "create",
        "how", "why", "ensure", "keep", "change", "apply", "install", "assume", "estimate",
    )
)  # fmt: skip
#: An English adverb standing alone ("Manually", "Dynamically"): a way, not a name.
_ADVERB = re.compile(r"^[A-Za-z]{3,}(ally|ively|ously|ently|ately)$", re.IGNORECASE)
#: Two topics joined ("字典攻击的概念和加盐"), or a described thing ("常用的单向hash函数"):
#: a heading's phrase, not a name.
_JOINED_ZH = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2}[和及的][\u4e00-\u9fffA-Za-z0-9]{2}")

#: A Chinese name that ends on a place or time phrase ("非盈利性组织在法律上", "X在运行时") is
#: the start of a sentence cut at its adverbial: the subject of a claim, not a name.
_ADVERBIAL_ZH = re.compile(r"[在于从当][\u4e00-\u9fffA-Za-z0-9]{1,8}[上中下里内外时后前]$")

#: A numbered label of the notes ("Equation 2", "Figure 3", "图 1").
_LABEL = re.compile(r"^(equation|eq\.|figure|fig\.|table|example|step|图|表|例)\s*\d+$", re.I)


#: Words that open a judgement, not a name ("Best model", "Good news", "最佳方案").
JUDGING_EN = frozenset({"best", "worst", "good", "bad", "better", "worse"})
JUDGING_ZH = ("最佳", "最好", "最优", "最差", "最坏")
#: Names of techniques that open with such a word ("best effort", "最佳适应算法").
_JUDGING_NAMES = re.compile(
    r"^(?:best|worst|good|bad)[\s-]+(?:effort|fit|case)|^(?:最佳|最好|最坏|最差)适应", re.I
)


#: Heads of "<aspect> of <topic>" beside the aspect words: "typical use of Actigraphs".
_ASPECT_HEADS = ASPECT_WORDS_EN | {
    "use", "role", "cause", "causes", "effect", "effects", "prevalence", "symptom", "symptoms",
    "treatment", "treatments", "onset", "incidence", "function", "functions", "risk", "risks",
}  # fmt: skip


def _aspect_of(words: list[str]) -> bool:
    """Whether casefolded ``words`` are "<aspect> of <topic>" ("uses of …", "typical use of
    Actigraphs"): the word before the first "of" names an aspect."""
    if "of" not in words[1:]:
        return False
    return words[words.index("of", 1) - 1] in _ASPECT_HEADS


@functools.lru_cache(maxsize=1 << 14)
def term_problem(text: str) -> str | None:
    """Why ``text`` is no term to ask (a generic heading, a phrase of a sentence, an aspect
    of a topic, an aim), or None."""
    if generic(text):
        return f"“{text}” is a generic heading, not a term"
    if generic_label(text):
        return f"“{text}” is a label (a head noun judged important), not a term"
    words = _WORDS.findall(text)
    if _PHRASE.match(text) or len(words) > MAX_TERM_WORDS:
        return f"“{text}” is a phrase of a sentence, not a term"
    # "2(实时写，延迟刷)": a Chinese comma or full stop joins clauses, which no name has.
    if re.search(r"[，。；]", text):
        return f"“{text}” holds clauses, not a term"
    key = normalize(text)
    lowered = [w.casefold() for w in words]
    han = script_of(text) == "han"
    if (han and key.endswith(ASPECT_ENDINGS_ZH) and len(key) > 2) or (
        not han and len(lowered) >= 2 and (lowered[-1] in ASPECT_WORDS_EN or _aspect_of(lowered))
    ):
        return f"“{text}” names an aspect of a topic, not a term"
    if (han and key.startswith(AIM_VERBS_ZH)) or (
        not han and len(lowered) >= 2 and lowered[0] in AIM_VERBS_EN
    ):
        return f"“{text}” states an aim or a step, not a term"
    judging = (han and key.startswith(JUDGING_ZH) and len(key) > 2) or (
        not han and len(lowered) >= 2 and lowered[0] in JUDGING_EN
    )
    if judging and not _JUDGING_NAMES.match(text.strip()):
        # "Best model: smallest criterion value" says which one wins, not what a thing is.
        return f"“{text}” judges which is best or worst, not a term"
    if not han and len(words) == 1 and _ADVERB.match(text.strip()):
        return f"“{text}” says how, not what: no term"
    if _LABEL.match(text):
        return f"“{text}” numbers a part of the notes, not a term"
    if not han and re.search(r"\s(&|and)\s", text, re.IGNORECASE):
        return f"“{text}” joins two topics, not a term"
    bare = re.sub(r"[(（][^)）]*[)）]", "", text).replace("【", "").replace("】", "")
    if han and _JOINED_ZH.search(bare):
        return f"“{text}” is a phrase joining or describing things, not a term"
    if han and len(key) > 4 and _ADVERBIAL_ZH.search(bare.strip()):
        return f"“{text}” ends on a place or time phrase: a sentence cut short, not a term"
    return None
