"""Relation words: the words a list's subject names its members' relation by (作用, 组成,
类型… / components, types…), in either Chinese script, and the English plural tests that
tell a category ("STP Timers") from a name ("Naive Bayes"). :mod:`examgen.prompts` reads
subjects with them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.script import simplified_view


def base(lang: str) -> str:
    """``zh`` for Chinese in either script, else ``lang``: the relation words are read the
    same way in both scripts (through :func:`~examgen.script.simplified_view`)."""
    return "zh" if lang.startswith("zh") else lang


def is_label(word: str) -> bool:
    """Whether a Chinese word is a relation word, in either script (類型 as 类型)."""
    return simplified_view(word) in ZH_LABELS


def ends_with_label(text: str) -> bool:
    return simplified_view(text).endswith(ZH_LABELS)


# Relation words a list subject ends with. A subject "<term> <label>" (the notes' lead-in
# "作用:" under the heading "CGroups") asks "<term> 的<label>"; a subject that merely ends
# with one ("云计算优势", "核心组件") is a category and asks "…有哪些？".
_ZH_LABEL_WORDS = """
作用 功能 用途 特点 特征 特性 优点 缺点 优势 劣势 好处 不足 局限 组成 构成 组件
要素 类型 种类 分类 场景 机制 原则 原理 步骤 阶段 流程 方式 方法 手段 措施 策略
模式 目标 目的 原因 意义 内容 条件 因素 问题 区别 术语 概念 指标 框架 平台 方案
工具 技术 命令 规则 要求 结构 层次 部分 隔离 子系统 属性 状态 算法 协议 进程 操作
接口 模块 环节 形式 型态 性质 对策 角色 影响 特质
"""
ZH_LABELS = tuple(_ZH_LABEL_WORDS.split())
_EN_LABEL_WORDS = """
components features advantages disadvantages benefits drawbacks characteristics
properties types kinds uses applications functions roles steps stages phases principles
rules causes effects examples methods ways parts elements factors goals problems
limitations assumptions states levels layers modes categories tools requirements reasons
symptoms pros cons members responsibilities duties options strategies techniques
mechanisms defenses
"""
EN_LABELS = frozenset(_EN_LABEL_WORDS.split())
# English words that head a compound noun rather than name a relation: "activation
# functions", "sorting methods", "Convex objective functions" are kinds of functions or
# methods, not the functions of something. A list ending in one is a category.
_EN_HEAD_NOUN_WORDS = """
functions types kinds methods ways tools techniques strategies modes states layers levels
categories options mechanisms
"""
EN_HEAD_NOUNS = frozenset(_EN_HEAD_NOUN_WORDS.split())

EN_PLURAL = {"analysis": "analyses", "criterion": "criteria"}

# English words that end in "s" without being plurals: "analysis", "status", "statistics",
# "Naive Bayes", "Kubernetes", "series".
_EN_NOT_PLURAL = ("ss", "us", "is", "ics", "ys", "yes")
_EN_NOT_PLURAL_WORDS = frozenset(("kubernetes", "series", "species", "news", "means"))
_EN_OF = {"of", "for", "in"}


def en_category(words: Sequence[str]) -> bool:
    """Whether English words name a category by a relation word first or last ("Properties
    of IFD", "Defenses of Malicious Code")."""
    return len(words) >= 2 and (words[0].lower() in EN_LABELS or words[-1].lower() in EN_LABELS)


def en_plural_head(words: Sequence[str]) -> bool:
    """Whether an English subject of two words or more is headed by a plural noun, so that
    its members are that noun's instances: "STP Timers", "sleep disorders", "triggers of
    Cataplexy" (the noun before "of")."""
    if len(words) < 2:
        return False
    lowered = [w.lower() for w in words]
    cut = next((i for i, w in enumerate(lowered) if w in _EN_OF), len(lowered))
    if cut == 0:
        return False
    head = lowered[cut - 1]
    return (
        head.isalpha()
        and len(head) >= 4
        and head.endswith("s")
        and not head.endswith(_EN_NOT_PLURAL)
        and head not in _EN_NOT_PLURAL_WORDS
    )


# Singular relation words that only name a relation when they stand alone under a heading.
_EN_MORE_LABEL_WORDS = """
variants solutions reasons goals aims issues benefits uses applications examples properties
features drawbacks challenges disadvantages advantages
"""
EN_MORE_LABELS = frozenset(_EN_MORE_LABEL_WORDS.split())

# Words a heading's own definition may be named by: "Problem: the probability needs to be
# between 0 and 1" under "Logistic Regression" is that heading's problem.
EN_MORE_OWNED = frozenset(("problems", "purposes", "ideas", "notes", "motivations"))


def plural(word: str) -> str:
    if word in EN_PLURAL:
        return EN_PLURAL[word]
    return word if word.endswith("s") else word + "s"


# A member that is a clause, not a name ("共享,双向传播"): its ending is no head noun.
_CLAUSE_MARK = frozenset("，,。；;：:、()（）")
# Two-character endings that are no noun a list's members could share.
_ZH_NOT_HEADS = frozenset(("的是", "之一", "等等", "方面"))
_ZH_NAME_CHARS = 8  # a member longer than this is a phrase, its ending no head noun
_EN_NAME_WORDS = 4


def shared_head(texts: Sequence[str], lang: str) -> str:
    """The head noun every member of a list of two or more short names ends with, as the
    members write it: ``副本控制, 端点控制, 命名空间控制`` -> ``控制`` (two Hanzi, a Chinese
    word's usual length), ``bin log, undo log`` -> ``logs`` in English notes; '' when the
    members share none, one is that noun alone or one is a clause. The members are then
    that noun's instances, and their list is the subject's <noun>s."""
    texts = [" ".join(t.split()) for t in texts]
    if len(texts) < 2 or any(_CLAUSE_MARK.intersection(t) for t in texts):
        return ""
    if base(lang) == "zh":
        word = texts[0][-2:]
        if len(word) < 2 or not all(_is_hanzi(c) for c in word) or word in _ZH_NOT_HEADS:
            return ""
        fits = all(len(word) < len(t) <= _ZH_NAME_CHARS and t.endswith(word) for t in texts)
        return word if fits and len({t.casefold() for t in texts}) == len(texts) else ""
    split = [t.split() for t in texts]
    last = split[0][-1].lower()
    if not (last.isalpha() and len(last) >= 3):
        return ""
    fits = all(2 <= len(w) <= _EN_NAME_WORDS and w[-1].lower() == last for w in split)
    return plural(last) if fits else ""


def _is_hanzi(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# A heading that names a problem ("Unidirectional Link Issues", "死锁问题") over members whose
# glosses say what they prevent or solve lists the remedies, not the problems: asking "What
# are the … Issues?" of them would teach a false relation.
_EN_PROBLEMS = re.compile(r"\b(?:issues?|problems?|challenges?|risks?|pitfalls?)$", re.I)
_ZH_PROBLEMS = re.compile(r"(?:问题|故障|隐患|风险)$")
_EN_REMEDY = re.compile(
    r"^(?:it\s+)?(?:prevents?|protects?|avoids?|fix(?:es)?|solves?|detects?|mitigates?|"
    r"resolves?|guards?|stops?)\b",
    re.I,
)
_ZH_REMEDY = re.compile(r"^(?:用于|用来|可以|能够)?(?:防止|避免|解决|检测|预防|防范|阻止|消除)")


def remedies_word(subject: str, glosses: Sequence[str], lang: str) -> str:
    """The relation a list named by a problem asks when at least half its members' glosses
    say what they prevent or solve ("solutions" / "解决办法"), else ''."""
    zh = base(lang) == "zh"
    named = _ZH_PROBLEMS.search(simplified_view(subject)) if zh else _EN_PROBLEMS.search(subject)
    said = [g.strip() for g in glosses if g and g.strip()]
    if not named or not said:
        return ""
    remedy = _ZH_REMEDY if zh else _EN_REMEDY
    found = sum(1 for gloss in said if remedy.match(simplified_view(gloss) if zh else gloss))
    if 2 * found < len(said):
        return ""
    return "解决办法" if zh else "solutions"


# An English sentence a list's members follow must say what they are, or "…: list them."
# has no antecedent: a count in its first words ("There are three neurotransmitters…"), a
# plural noun first ("regions of the brain that…", "Certain regions…"), or a last word the
# members complete ("…occurs when", "…accompanied by"). "Root creates and sends Hello BPDUs
# every 2 secs" does none of these: its members are not what it names.
_EN_COUNT_WORDS = """
two three four five six seven eight nine ten several following various these
"""
_EN_COUNTS = frozenset(_EN_COUNT_WORDS.split())
_EN_LEAD_END_WORDS = """
when if by include includes including are were as like with to of from into where because
for such following whether
"""
_EN_LEAD_ENDS = frozenset(_EN_LEAD_END_WORDS.split())
_EN_DETERMINER_WORDS = """
the some certain many most key common main major typical important other
"""
_EN_DETERMINERS = frozenset(_EN_DETERMINER_WORDS.split())
_EN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")


def en_unqualified(words: Sequence[str]) -> Sequence[str]:
    """Casefolded ``words`` of an English name after the counts and determiners opening it
    ("Three key features of X" -> "features of X"): where its head noun is looked for."""
    start = 0
    while start < len(words) and (
        words[start] in _EN_COUNTS or words[start] in _EN_DETERMINERS or words[start].isdigit()
    ):
        start += 1
    return words[start:]


def _en_plural(word: str) -> bool:
    return en_plural_head([word, word]) or word.lower() in EN_PLURAL.values()


def statement_form(sentence: str, lang: str) -> str:
    """The relation form of a list asked after a sentence of the notes: ``statement``
    ("…: list them.") when the sentence says what its members are (always in Chinese,
    whose "——列出各项" needs no antecedent), else ``points`` (it is explained instead)."""
    if base(lang) == "zh":
        return "statement"
    words = _EN_WORD.findall(sentence)
    lowered = [w.lower() for w in words]
    if not lowered:
        return "points"
    if lowered[-1] in _EN_LEAD_ENDS or any(w in _EN_COUNTS or w.isdigit() for w in lowered[:4]):
        return "statement"
    for word, low in zip(words[:3], lowered[:3], strict=False):
        if low in _EN_DETERMINERS:
            continue
        if _en_plural(word):
            return "statement"
        if word[:1].isupper():  # "Root creates": a name, then its verb
            return "points"
    return "points"


def capital(text: str) -> str:
    """``text`` with its first letter upper-case."""
    return text[:1].upper() + text[1:]


# "what LAG can be" (the notes' "LAG can be access, trunk, …" made a question): the verb
# goes before its subject in a question, "What can LAG be".
_EN_UNINVERTED = re.compile(
    r"^(?P<wh>what|which|how|where|when|why)\s+(?P<np>.+?)\s+"
    r"(?:(?P<aux>can|could|may|might|must|should|will|would)\s+(?P<verb>[a-z]+)|"
    r"(?P<be>is|are))$",
    re.IGNORECASE,
)


def en_question(head: str) -> str:
    """An English list's question as a card asks it: capitalised, its verb before its
    subject ("what LAG can be" -> "What can LAG be")."""
    found = _EN_UNINVERTED.match(head.strip())
    if found and found["aux"]:
        head = f"{found['wh']} {found['aux']} {found['np']} {found['verb']}"
    elif found:
        head = f"{found['wh']} {found['be']} {found['np']}"
    return capital(head)


# A lead-in whose open verb gives the list what its subject yields, uses or rests on, not
# things of the kind it names: "利用已知的相依性,透過一些性質,推導出" over what Armstrong's
# axioms derive, "Applying the rules leads to", "用於". Matched on the lead-in's last words
# (Chinese in its simplified view), whose object, still to come, is the list.
_ZH_YIELDS = re.compile(
    r"(?:推导出|导出|得出|得到|求出|算出|产生|造成|导致|引起|用于|用来|用以|依赖于|取决于)$"
)
_EN_YIELDS = re.compile(
    r"\b(?:derives?|derived|deduces?|yields?|produces?|leads?\s+to|results?\s+in|gives\s+rise\s+to"
    r"|causes|used\s+(?:for|to|in)|relies\s+on|depends\s+on)$",
    re.IGNORECASE,
)


def yields_relation(lead_in: str) -> str:
    """The verb by which ``lead_in`` (a list's ``Fact.label``) gives the list as what its
    subject derives, causes, is used for or rests on (``推導出``, ``leads to``): the members
    are no things of the subject's kind. '' for a lead-in of membership (``包括``, ``include``)
    or none."""
    text = lead_in.strip().rstrip("：: ")
    if not text:
        return ""
    if _is_hanzi(text[-1]):
        # The view keeps every character in place: the match is cut from the text as written.
        found = _ZH_YIELDS.search(simplified_view(text))
        return text[found.start() :] if found else ""
    found = _EN_YIELDS.search(text)
    return found.group(0).strip() if found else ""


def yielded_question(label: str, subject: str) -> str:
    """How a card asks a list its lead-in ``label`` gives as what ``subject`` derives, causes
    or uses (:func:`yields_relation`): by that lead-in and whose it is, "闭包规则：利用已知的
    相依关系,推导出哪些", "Closure Rules: Applying the rules leads to what"."""
    label = " ".join(label.split()).rstrip("：:。. ")
    subject = " ".join(subject.split())
    folded = ["".join(simplified_view(t).split()).casefold() for t in (subject, label)]
    said = folded[0] in folded[1]
    if _is_hanzi(label[-1:]):
        return f"{label}哪些" if said else f"{subject}：{label}哪些"
    return f"{label} what" if said else f"{subject}: {label} what"
