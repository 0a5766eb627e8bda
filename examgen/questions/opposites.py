"""Words and their opposites: a clue that says the key's opposite points at the key.

"______：没有绝对的安全" asks "相对性", and 绝对 calls 相对 to mind at once: the two words are
one pair, each recalled by the other, and share their second character. The clue says half
the answer, as a clue that repeats the answer's word would. The table holds the pairs study
notes use to name kinds and properties (absolute/relative, static/dynamic, …), both scripts.
"""

from __future__ import annotations

import re

#: Pairs of opposite words. Each pair names a dimension a key and its clue may both speak of.
_PAIRS_ZH = (
    ("绝对", "相对"), ("絕對", "相對"), ("主动", "被动"), ("主動", "被動"), ("静态", "动态"),
    ("靜態", "動態"), ("同步", "异步"), ("同步", "異步"), ("显式", "隐式"), ("顯式", "隱式"),
    ("直接", "间接"), ("直接", "間接"), ("全局", "局部"), ("内部", "外部"), ("內部", "外部"),
    ("公有", "私有"), ("公开", "私有"), ("公钥", "私钥"), ("公鑰", "私鑰"), ("物理", "逻辑"),
    ("物理", "邏輯"), ("集中", "分布"), ("正向", "反向"), ("积极", "消极"), ("積極", "消極"),
    ("长期", "短期"), ("長期", "短期"), ("开放", "封闭"), ("開放", "封閉"), ("增加", "减少"),
    ("增加", "減少"), ("上行", "下行"), ("输入", "输出"), ("輸入", "輸出"), ("可信", "不可信"),
    ("必要", "充分"), ("定性", "定量"), ("宏观", "微观"), ("宏觀", "微觀"), ("有限", "无限"),
    ("有限", "無限"), ("对称", "非对称"), ("對稱", "非對稱"), ("有状态", "无状态"),
    ("有狀態", "無狀態"), ("正式", "非正式"),
)  # fmt: skip
_PAIRS_EN = (
    ("absolute", "relative"), ("active", "passive"), ("static", "dynamic"),
    ("synchronous", "asynchronous"), ("explicit", "implicit"), ("direct", "indirect"),
    ("global", "local"), ("internal", "external"), ("public", "private"),
    ("physical", "logical"), ("centralized", "distributed"), ("positive", "negative"),
    ("symmetric", "asymmetric"), ("stateful", "stateless"), ("formal", "informal"),
    ("qualitative", "quantitative"), ("finite", "infinite"), ("input", "output"),
    ("increase", "decrease"), ("upstream", "downstream"), ("short-term", "long-term"),
)  # fmt: skip


def _both_ways(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    return (*pairs, *((b, a) for a, b in pairs))


_ZH = _both_ways(_PAIRS_ZH)
_EN = _both_ways(_PAIRS_EN)


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![a-z-]){re.escape(word)}(?![a-z-])", text) is not None


def _has_zh(text: str, word: str, other: str) -> bool:
    """Whether ``text`` holds ``word`` and not only inside ``other`` (对称 in 非对称)."""
    return word in text.replace(other, "") if word in other else word in text


def opposite_in(answer: str, clue: str) -> str | None:
    """The pair "word ↔ opposite" when ``answer`` holds a word and ``clue`` its opposite
    (相对性 and 没有绝对的安全), else None."""
    for word, other in _ZH:
        if _has_zh(answer, word, other) and _has_zh(clue, other, word):
            return f"{word} ↔ {other}"
    low_answer, low_clue = answer.casefold(), clue.casefold()
    for word, other in _EN:
        if _has_word(low_answer, word) and _has_word(low_clue, other):
            return f"{word} ↔ {other}"
    return None
