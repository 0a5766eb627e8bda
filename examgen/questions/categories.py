"""Which lists are categories, and which lists contrast with a list.

"Which belongs to X", "which are X" and "list all of X" ask X as a category: a list whose
subject is a noun phrase naming a kind of thing ("云计算优势", "Docker三要素", "Kubernetes
components"), not a single thing ("node", whose list holds its parts) nor a sentence
("namespace是多用户隔离的主要手段"), with members of one kind. "Which does NOT belong to X"
draws its odd one out from a list that contrasts with X: its advantages against its
disadvantages, A's features against B's — never from anywhere in the notes, where the odd one
out is often true of X as well.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from examgen.model import Fact
from examgen.questions.text import clean, normalize, script_of
from examgen.questions.wording import display_width

if TYPE_CHECKING:  # the index files lists by contrast_keys
    from examgen.questions.index import Notes

#: Words that make a subject a collective noun: the kinds, parts, traits or steps of something.
CATEGORY_WORDS_ZH = (
    "优势", "优点", "缺点", "劣势", "不足", "特点", "特性", "特征", "类型", "种类", "分类",
    "组成", "组件", "成员", "要素", "原则", "场景", "功能", "作用", "方式", "方法", "步骤",
    "阶段", "模式", "机制", "问题", "平台", "工具", "产品", "技术", "服务", "资源", "对象",
    "命令", "指令", "参数", "策略", "目标", "好处", "弊端", "区别", "局限", "条件", "因素",
    "方面", "内容", "手段", "模块", "部分", "架构", "结构", "体系", "层次", "要点", "术语",
    "概念", "隔离", "调度", "用途", "应用", "特色", "措施", "环节", "指标", "字段", "方案",
    "进程", "框架", "语言", "协议", "算法", "接口", "插件", "要求", "规则", "性质", "特质",
    "攻击", "威胁", "如何", "机制",
)  # fmt: skip
CATEGORY_WORDS_EN = (
    "kinds", "types", "features", "advantages", "disadvantages", "benefits", "drawbacks",
    "components", "parts", "principles", "steps", "stages", "phases", "methods", "ways",
    "tools", "properties", "characteristics", "elements", "uses", "examples", "categories",
    "modes", "states", "layers", "commands", "options", "goals", "pros", "cons", "limitations",
    "concepts", "requirements", "rules", "attacks", "threats", "algorithms", "protocols",
)  # fmt: skip
#: Headings that label a part of a topic, not a thing to know: "优点: …" under a topic, "早期:
#: …" in a history. As a term or a list's name they say nothing without their heading.
GENERIC_WORDS = frozenset(
    (
        *CATEGORY_WORDS_ZH,
        "早期", "后期", "未来", "现在", "目前", "以前", "之后", "最后", "解决方法", "解决办法",
        "定义", "注意", "例如", "举例", "目的", "原因", "结果", "过程", "要求", "坏处", "总结",
        "简介", "介绍", "背景", "意义", "原理", "思路", "说明", "备注", "注", "答案", "其他",
        "分析", "实现", "缺陷", "主要", "区别", "联系", "含义", "本质", "核心", "关键",
        "advantages", "disadvantages", "pros", "cons", "definition", "example", "examples",
        "note", "notes", "summary", "overview", "introduction", "usage", "purpose", "features",
        "properties", "other", "others", "misc", "background", "solution", "solutions",
        "goal", "goals", "idea", "one idea", "good news", "bad news", "problem", "problems",
        "limitation",
        "limitations", "one limitation", "variants", "informal definition", "formal definition",
        "intuition", "remark", "key idea", "main idea", "approach", "method", "methods",
    )
)  # fmt: skip


#: A "term" that opens like a clause ("For discrete distribution", "E.g. two binomials").
_PHRASE = re.compile(r"^(e\.g\.|i\.e\.|for|if|when|in|to|with|where|so)\b", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z0-9][\w'-]*")
#: A Latin "term" of more words than this is a sentence ("RPs and BPs don't send BPDUs").
MAX_TERM_WORDS = 4


def term_problem(text: str) -> str | None:
    """Why ``text`` is no term to ask (a generic heading, a phrase of a sentence), or None."""
    if generic(text):
        return f"“{text}” is a generic heading, not a term"
    if _PHRASE.match(text) or len(_WORDS.findall(text)) > MAX_TERM_WORDS:
        return f"“{text}” is a phrase of a sentence, not a term"
    # "2(实时写，延迟刷)": a Chinese comma or full stop joins clauses, which no name has.
    if re.search(r"[，。；]", text):
        return f"“{text}” holds clauses, not a term"
    return None


def generic(text: str) -> bool:
    """Whether ``text`` is a generic label ("优点", "早期", "Examples"), not a name."""
    return normalize(text) in _GENERIC_KEYS


#: "六种隔离", "三要素", "3 kinds": a counted subject is a category.
_COUNTED = re.compile(
    r"[0-9一二三四五六七八九十两]+\s*(种|个|类|大|项|点|要素|层|步|kinds?|types?)"
)
#: Subjects that are sentences, not names: clause punctuation or a copula in the middle.
_SENTENCE = re.compile(r"[，,。；;！？!?]|(?<=.)是(?!否)(?=.)|\b(is|are|was|were)\b", re.IGNORECASE)
#: A member with a clause break is a statement about the subject, not a thing of its kind.
_CLAUSE = re.compile(r"[，,。；;：:]")
_GENERIC_KEYS = frozenset(normalize(w) for w in GENERIC_WORDS)
#: Third-person verbs that end a heading like a plural ("Bridge contains").
_VERBS = frozenset(
    ("contains", "includes", "uses", "has", "does", "means", "requires", "supports", "provides")
)
#: Pairs of words a contrasting sibling list differs by.
ANTONYMS = (
    ("优点", "缺点"), ("优势", "劣势"), ("优势", "不足"), ("优点", "不足"), ("好处", "弊端"),
    ("优点", "局限"), ("advantages", "disadvantages"), ("pros", "cons"),
    ("benefits", "drawbacks"), ("strengths", "weaknesses"),
)  # fmt: skip
#: The longest subject that is still a name (display columns).
MAX_CATEGORY_WIDTH = 30


def category_problem(notes: Notes, fact: Fact) -> str | None:
    """Why ``fact``'s list is no category to ask "which belongs" of, or None when it is."""
    key = ("category", fact.id)
    if key not in notes.memo:
        notes.memo[key] = _category_problem(notes, fact)
    return notes.memo[key]  # type: ignore[return-value]


def _category_problem(notes: Notes, fact: Fact) -> str | None:
    subject = clean(fact.subject)
    if generic(subject):
        return f"“{subject}” is a generic heading, not the name of a category"
    if _SENTENCE.search(subject) or display_width(subject) > MAX_CATEGORY_WIDTH:
        return f"“{subject}” is a sentence, not the name of a category"
    lowered = subject.casefold()
    collective = (
        any(word in subject for word in CATEGORY_WORDS_ZH)
        or any(re.search(rf"\b{word}\b", lowered) for word in CATEGORY_WORDS_EN)
        or bool(_COUNTED.search(lowered))
        # An English plural ("Container runtimes") names a kind of thing.
        or bool(
            re.search(r"[a-z]{3,}s$", lowered)
            and " " in lowered
            and lowered.split()[-1] not in _VERBS
        )
    )
    if not collective:
        return f"“{subject}” names one thing, not a category (its list holds its parts or traits)"
    members = notes.members_of.get(fact.id, ())
    if len(members) >= 2:
        scripts = [m.script for m in members]
        main = max(set(scripts), key=scripts.count)
        widths = sorted(m.width for m in members)
        if scripts.count(main) * 3 < len(scripts) * 2:
            return "its members are of mixed scripts, not one kind"
        if widths[-1] > 5 * max(widths[len(widths) // 2], 8):
            return "its members mix short names and long sentences, not one kind"
        statements = sum(1 for m in members if _CLAUSE.search(m.text) or m.width > 40)
        if statements * 2 > len(members):
            return "its members are statements, not things of one kind"
    return None


#: Words of one judgement: lists named with words of one group say the same kind of thing
#: ("云计算优势" and "Docker优点"), so a member of one is often true of the other.
TRAIT_GROUPS = (
    ("优势", "优点", "好处", "长处", "益处", "advantages", "benefits", "pros", "strengths"),
    ("缺点", "劣势", "不足", "弊端", "短处", "局限", "disadvantages", "drawbacks", "cons",
     "weaknesses", "limitations"),
)  # fmt: skip


def same_judgement(a: str, b: str) -> bool:
    """Whether two normalized subjects both name advantages (or both disadvantages)."""
    return any(any(w in a for w in group) and any(w in b for w in group) for group in TRAIT_GROUPS)


def contrast(a: str, b: str) -> bool:
    """Whether two normalized subjects name contrasting lists: the same thing's opposite
    traits ("docker优点" / "docker缺点"), or the same trait of two things ("a的特点" /
    "b的特点")."""
    if a == b or same_judgement(a, b):
        return False
    for x, y in ANTONYMS:
        for left, right in ((x, y), (y, x)):
            if left in a and right in b and a.replace(left, "") == b.replace(right, ""):
                return True
    # The same trait of two things: a shared ending of at least two characters, the rest
    # different and non-empty.
    shared = 0
    while shared < min(len(a), len(b)) and a[-1 - shared] == b[-1 - shared]:
        shared += 1
    # Two CJK characters are a word; Latin needs a longer ending ("er" ends many names).
    enough = 2 if shared and script_of(a[-shared:]) == "han" else 5
    # The shared ending names the trait ("的特点"); when it is most of both names
    # ("储存，选择和保护密码" / "如何去选择和保护密码") the lists are about one thing.
    if not enough <= shared < min(len(a), len(b)) or 2 * shared > min(len(a), len(b)):
        return False
    # Two things, neither a part of the other's name ("微服务" is in "微服务应用": the same
    # thing's principles, not another's).
    head_a, head_b = a[:-shared], b[:-shared]
    if head_a in head_b or head_b in head_a:
        return False
    # Heads that start alike ("微服务拆分" / "微服务应用设计") are two aspects of one thing,
    # whose members are often true of each other.
    return head_a[:2] != head_b[:2]


def contrast_keys(key: str) -> tuple[tuple[str, ...], ...]:
    """Keys under which the lists that may contrast with a list of subject ``key`` are
    filed: its ending, and its subject with an antonym taken out. Lists that share none of
    these keys do not contrast, so finding them needs no scan over all lists."""
    keys: list[tuple[str, ...]] = []
    if len(key) >= 3:
        keys.append(("ending", key[-2:]))
    for i, (x, y) in enumerate(ANTONYMS):
        for word in (x, y):
            if word in key:
                keys.append(("antonym", str(i), key.replace(word, "\0")))
    return tuple(keys)


#: Contrasting lists a "NOT belongs" question may draw from, at most (the nearest first).
MAX_CONTRASTS = 8


def contrasting_lists(notes: Notes, fact: Fact) -> tuple[Fact, ...]:
    """Up to :data:`MAX_CONTRASTS` lists of ``fact``'s chapter that contrast with it, in
    document order."""
    key = notes.subject_keys[fact.id]
    found: dict[str, Fact] = {}
    for group in contrast_keys(key):
        for other in notes.filed_near(fact, group):
            if len(found) >= MAX_CONTRASTS:
                break
            if (
                other.id != fact.id
                and script_of(other.subject) == script_of(fact.subject)
                and contrast(key, notes.subject_keys[other.id])
            ):
                found.setdefault(other.id, other)
    return tuple(found.values())
