"""Labels: a head noun with only an evaluative modifier ("critical measure", "main point",
"关键指标"), which names no thing until something says whose it is.

"The critical measure is the number of lapses", said in a paragraph about the PVT, is the
critical measure *of the PVT*; asked alone ("Define this term: critical measure") it has no
answer. The notes record whose it is (``Fact.parent``), the cards name it, and the questions
ask no such label as a term (:func:`examgen.questions.terms.term_problem`).
"""

from __future__ import annotations

import re
import unicodedata

#: Evaluative modifiers: with a generic head noun alone they make a label.
EVALUATIVE_EN = frozenset(
    (
        "critical", "main", "key", "important", "major", "primary", "central", "essential",
        "crucial", "principal", "chief", "core", "significant", "basic", "general",
    )
)  # fmt: skip
GENERIC_HEADS_EN = frozenset(
    (
        "measure", "measures", "point", "points", "feature", "idea", "ideas", "factor",
        "factors", "issue", "issues", "aspect", "aspects", "thing", "things", "part", "parts",
        "element", "elements", "question", "questions", "result", "results", "finding",
        "findings", "difference", "differences", "reason", "reasons", "takeaway", "takeaways",
        "outcome", "outcomes", "concept", "concepts", "principle", "principles", "problem",
        "problems", "component", "components", "characteristic", "characteristics",
    )
)  # fmt: skip
EVALUATIVE_ZH = ("关键", "主要", "重要", "核心", "基本")
GENERIC_HEADS_ZH = ("点", "要点", "指标", "因素", "问题", "思想", "内容", "概念")

_WORDS = re.compile(r"[A-Za-z0-9][\w'-]*")
_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")
_NOT_WORD = re.compile(r"[\W_]+")


def generic_label(text: str) -> bool:
    """Whether ``text`` is a head noun with only an evaluative modifier ("critical measure",
    "the main point", "关键指标"): a label, no name."""
    if _HAN.search(text):
        key = _NOT_WORD.sub("", unicodedata.normalize("NFKC", text))
        return any(key == m + h for m in EVALUATIVE_ZH for h in GENERIC_HEADS_ZH)
    words = [w.casefold() for w in _WORDS.findall(text)]
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return len(words) == 2 and words[0] in EVALUATIVE_EN and words[1] in GENERIC_HEADS_EN
