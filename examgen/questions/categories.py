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

import functools
import re
from typing import TYPE_CHECKING

from examgen.model import Fact
from examgen.questions.chapters import chapter_members
from examgen.questions.memberkinds import mixed_members
from examgen.questions.text import clean, normalize, script_of
from examgen.questions.wording import display_width
from examgen.relation_words import en_unqualified, yields_relation

if TYPE_CHECKING:  # the index files lists by contrast_keys
    from examgen.questions.index import Notes

#: Words that make a subject a collective noun: the kinds, parts, traits or steps of something.
CATEGORY_WORDS_ZH = (
    "优势", "优点", "缺点", "劣势", "不足", "特点", "特性", "特征", "类型", "种类", "分类",
    "组成", "组件", "成员", "要素", "原则", "场景", "功能", "作用", "方式", "方法", "步骤",
    "阶段", "模式", "机制", "问题", "平台", "工具", "产品", "技术", "服务", "资源", "对象",
    "命令", "指令", "参数", "策略", "目标", "好处", "弊端", "区别", "局限", "条件", "因素",
    "方面", "内容", "手段", "模块", "部分", "架构", "结构", "体系", "层次", "要点", "术语",
    "隔离", "调度", "用途", "应用", "特色", "措施", "环节", "指标", "字段", "方案",
    "进程", "框架", "语言", "协议", "算法", "接口", "插件", "要求", "规则", "性质", "特质",
    "攻击", "威胁", "子系统",
)  # fmt: skip
CATEGORY_WORDS_EN = (
    "kinds", "types", "features", "advantages", "disadvantages", "benefits", "drawbacks",
    "components", "parts", "principles", "steps", "stages", "phases", "methods", "ways",
    "tools", "properties", "characteristics", "elements", "uses", "examples", "categories",
    "modes", "states", "layers", "commands", "options", "goals", "pros", "cons", "limitations",
    "requirements", "rules", "attacks", "threats", "algorithms", "protocols", "classifications",
    "subsystems",
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


def generic(text: str) -> bool:
    """Whether ``text`` is a generic label ("优点", "早期", "Examples"), not a name."""
    return normalize(text) in _GENERIC_KEYS


#: "六种隔离", "三要素", "3 kinds": a counted subject is a category.
_COUNTED = re.compile(
    r"[0-9一二三四五六七八九十两]+\s*(种|个|类|大|项|点|要素|层|步|kinds?|types?)"
)
_NUMERALS = {c: i for i, c in enumerate("零一二三四五六七八九十", 0)} | {"两": 2}
_EN_NUMBERS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five",
               "six", "seven", "eight", "nine", "ten"))}  # fmt: skip
#: The count a subject states ("Docker三要素", "4种隔离级别", "three kinds of …").
_COUNT = re.compile(
    # A Latin count not inside a word: "one" of "components", "2" of "N2".
    r"([一二三四五六七八九十两]|(?<![A-Za-z0-9])"
    r"(?:[0-9]+|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?![A-Za-z0-9]))"
    r"\s*(种|个|类|大|项|点|要素|层|步|kinds?|types?|items?|parts?|components?|\w+s\b)",
    re.IGNORECASE,
)


#: An English count with one word between it and its plural noun ("Three key features of
#: …", "Two extreme assumptions"): the word qualifies the noun the count counts.
_COUNT_QUALIFIED_EN = re.compile(
    r"(?<![A-Za-z0-9])([0-9]+|two|three|four|five|six|seven|eight|nine|ten)\s+[A-Za-z-]+\s+"
    r"[A-Za-z]{3,}s\b",
    re.IGNORECASE,
)


def stated_count(subject: str) -> int | None:
    """How many members a subject says its list has ("Docker三要素" 3, "binlog日志格式3种" 3,
    "Three key features of …" 3), or None: a list whose name counts its members is a closed
    set."""
    match = _COUNT.search(subject) or _COUNT_QUALIFIED_EN.search(subject)
    if not match:
        return None
    word = match.group(1).casefold()
    if word.isdigit():
        return int(word)
    return _NUMERALS.get(word, _EN_NUMBERS.get(word))


#: Subjects that are sentences, not names: clause punctuation or a copula in the middle.
_SENTENCE = re.compile(r"[，,。；;！？!?]|(?<=.)是(?!否)(?=.)|\b(is|are|was|were)\b", re.IGNORECASE)
#: Topics enumerated in one subject ("管理的效率和效果、特性"): no one kind.
_JOINED_SUBJECT = re.compile(r"\S、\S")
_GENERIC_KEYS = frozenset(normalize(w) for w in GENERIC_WORDS)
#: Third-person verbs that end a heading like a plural ("Bridge contains").
_VERBS = frozenset(
    ("contains", "includes", "uses", "has", "does", "means", "requires", "supports", "provides")
)
#: A Chinese heading whose subject is followed by a verb and its object ("master 运行各类关键
#: 进程": master runs the key processes) is a clause; with "的" after the verb it is a name
#: ("node 运行的进程": the processes node runs).
_VERB_OBJECT_ZH = re.compile(
    r"(?<=[A-Za-z0-9\u4e00-\u9fff])\s*(运行|包含|包括|负责|提供|具有|拥有|采用)(?![的之时])\S"
)
#: Pairs of words a contrasting sibling list differs by.
ANTONYMS = (
    ("优点", "缺点"), ("优势", "劣势"), ("优势", "不足"), ("优点", "不足"), ("好处", "弊端"),
    ("优点", "局限"), ("advantages", "disadvantages"), ("pros", "cons"),
    ("benefits", "drawbacks"), ("strengths", "weaknesses"),
)  # fmt: skip
#: A subject opening with a determiner ("Any 2 BPDUs", "All ports") picks things out of a
#: kind by a condition: a phrase of a sentence, not a kind's name.
_DETERMINER = re.compile(r"^(any|some|all|each|every|both|either|neither|no)\b")
#: The longest subject that is still a name (display columns).
MAX_CATEGORY_WIDTH = 30
#: An English name of this many words or fewer, opening with a category word and with no
#: clause word in it, names a category however wide it prints ("broad classifications of
#: insomnia").
MAX_CATEGORY_WORDS_EN = 5
#: Words that open a clause inside a heading ("regions of the brain that play …").
_CLAUSE_WORDS = frozenset(("that", "which", "who", "whom", "where", "when", "because", "if"))
#: An abbreviation in brackets after a name ("(PSG)"): not part of how long the name is.
_BRACKETED = re.compile(r"\s*[(（][A-Z][A-Z0-9-]{1,7}[)）]")


def category_problem(notes: Notes, fact: Fact) -> str | None:
    """Why ``fact``'s list is no category to ask "which belongs" of, or None when it is."""
    key = ("category", fact.id)
    if key not in notes.memo:
        notes.memo[key] = _category_problem(notes, fact)
    return notes.memo[key]  # type: ignore[return-value]


def clause_name(subject: str) -> str | None:
    """Why ``subject`` is a clause to ask no category of ("master 运行各类关键进程"), or None.
    Its list's members are still things of one kind, good wrong options for a sibling list
    ("node 运行的进程"): only its name is no category's, so :func:`category_problem` (which
    also decides whose members are options) does not say it."""
    if _VERB_OBJECT_ZH.search(clean(subject)):
        return f"“{clean(subject)}” is a clause (a verb and its object), not the name of a category"
    return None


#: A name that says its members relate to a topic ("CGroups 相关术语", "related terms"):
#: every word of that topic's notes relates to it, so it has no outsiders to offer.
_RELATED = re.compile(r"相关的?(术语|概念|名词|知识|内容)|\brelated (terms|concepts)\b", re.I)


def related_name(subject: str) -> str | None:
    """Why ``subject`` (a glossary of a topic, "CGroups 相关术语") is no category to ask which
    words belong to, or None: any word of the topic's notes is related to it too."""
    if _RELATED.search(clean(subject)):
        return f"“{clean(subject)}” names what relates to a topic: any word of it belongs"
    return None


def sentence(text: str) -> bool:
    """Whether a subject or heading is a sentence, not a name: clause punctuation, a copula
    in the middle, or longer than :data:`MAX_CATEGORY_WIDTH` columns."""
    subject = clean(text)
    return not clause_free(subject) or _too_long(subject)


def clause_free(text: str) -> bool:
    """Whether a subject or heading has nothing of a clause: no clause punctuation, no
    copula in the middle, no verb at its end ("Bridge contains" opens a sentence)."""
    subject = clean(text)
    words = subject.casefold().split()
    ends_in_verb = len(words) >= 2 and words[-1] in _VERBS
    return not (_SENTENCE.search(subject) or ends_in_verb)


def _too_long(subject: str) -> bool:
    """Whether a heading is too long to be a name: wider than :data:`MAX_CATEGORY_WIDTH` once
    a bracketed abbreviation is left out, unless it is a short English phrase whose first or
    second word is a category word, with no clause word ("broad classifications of
    insomnia"; not "Polynomial regression New features"), counted from after its opening
    counts and modifiers ("Three key features of exponential discounting model")."""
    bare = _BRACKETED.sub("", subject)
    if display_width(bare) <= MAX_CATEGORY_WIDTH:
        return False
    # "Three key features of exponential discounting model": a count and a modifier say
    # which and how many; the name is headed by the noun after them.
    words = en_unqualified(bare.casefold().split())
    latin = bare.isascii()
    headed = any(w in CATEGORY_WORDS_EN for w in words[:2])
    # Articles add no content: "features of the crop rotation model" is five words long.
    content = [w for w in words if w not in ("the", "a", "an")]
    short = len(content) <= MAX_CATEGORY_WORDS_EN and not _CLAUSE_WORDS & set(words)
    return not (latin and headed and short)


def _category_problem(notes: Notes, fact: Fact) -> str | None:
    subject = clean(fact.subject)
    if generic(subject):
        return f"“{subject}” is a generic heading, not the name of a category"
    if sentence(subject):
        return f"“{subject}” is a sentence, not the name of a category"
    if _JOINED_SUBJECT.search(subject):
        return f"“{subject}” joins several topics, not the name of one category"
    lowered = subject.casefold()
    if _DETERMINER.match(lowered):
        return f"“{subject}” picks some things out (a phrase), not the name of a category"
    collective = (
        any(word in subject for word in CATEGORY_WORDS_ZH)
        or any(re.search(rf"\b{word}\b", lowered) for word in CATEGORY_WORDS_EN)
        or bool(_COUNTED.search(lowered))
        # An English plural ("Container runtimes") names a kind of thing; its noun phrase
        # ends before "of"/"in" ("hyperactivity in Insomniacs" names a hyperactivity).
        or _plural_head(lowered)
    )
    if not collective:
        return f"“{subject}” names one thing, not a category (its list holds its parts or traits)"
    if clean(subject).endswith(_BROAD_HEADS_ZH):
        # "微服务概念" is notes on a topic, whatever kind word its topic's name holds (服务).
        return f"“{subject}” heads notes on a topic, not a category"
    other = other_relation(notes, fact)
    if other:
        return other
    return mixed_members(notes, fact) or chapter_members(notes, fact)


#: Plurals that head a topic's notes, not a kind: "Concepts of TLS/SSL", "forms of …"
#: (treatments and disorders are both forms of something).
_BROAD_HEADS = frozenset(("forms", "concepts", "basics", "notes", "details", "ideas", "aspects",
                          "topics", "questions", "things", "points"))  # fmt: skip


#: Chinese heads of a topic's notes: "微服务概念", "发酵理念", "概述".
_BROAD_HEADS_ZH = ("概念", "理念", "思想", "简介", "概述", "總結", "总结", "介绍", "介紹")


def _plural_head(lowered: str) -> bool:
    """Whether a casefolded English name of two words or more is headed by a plural: its last
    word ("container runtimes") or the word before its "of"/"in" phrase ("effects of sedative
    hypnotics"); not "hyperactivity in insomniacs", a hyperactivity, nor a broad word
    (:data:`_BROAD_HEADS`)."""
    words = lowered.split()
    if len(words) < 2:
        return False
    cut = next((i for i, w in enumerate(words) if w in _POSTMODIFIERS and i > 0), len(words))
    head = words[cut - 1]
    if head in _VERBS or head in _BROAD_HEADS:
        return False
    return re.fullmatch(r"[a-z]{3,}s", head) is not None


#: How a lead sentence between a heading and its list ends when the list holds what the
#: heading's subject gives (derives, solves), not things of the kind it names.
_LEAD_RELATIONS = (
    "推导出", "推導出", "导出", "導出", "得出", "得到", "解决方法", "解決方法", "解决方案",
    "解決方案", "解决办法", "derive", "derives", "derived", "yields", "solutions", "solved by",
    "fixes", "remedies", "countermeasures",
)  # fmt: skip
#: Words naming problems, and words naming what answers one: a list named by the first whose
#: members are named by the second ("Unidirectional Link Issues": UDLD, STP Loop Guard) holds
#: the remedies, not the issues.
_PROBLEM_WORDS = ("issues", "problems", "threats", "问题", "問題", "故障", "隐患", "威胁")
_REMEDY_WORDS = (
    "guard", "protection", "prevention", "mitigation", "detection", "filter", "防护", "防護",
    "保护", "保護", "防范", "措施", "检测", "檢測",
)  # fmt: skip
#: Facts either side of a list looked at for its lead sentence (a definition of its subject
#: on its line): the lead is read with the list, so it is next to it in document order.
_LEAD_WINDOW = 3


def _lead(notes: Notes, fact: Fact) -> str:
    """The sentence between a list's heading and the list (read as the heading's definition,
    on the list's line), or ""."""
    position = notes.position_of.get(fact.id)
    if position is None:
        return ""
    key = normalize(fact.subject)
    low, high = max(0, position - _LEAD_WINDOW), position + _LEAD_WINDOW + 1
    for other in notes.facts[low:high]:
        same = other.line == fact.line and other.source == fact.source
        if other.kind == "definition" and same and normalize(other.subject) == key:
            return clean(other.text)
    return ""


def other_relation(notes: Notes, fact: Fact) -> str | None:
    """Why ``fact``'s list is not of what its subject names, or None: a lead sentence saying
    the list is what the subject derives or solves ("利用已知的功能相依性…推導出" above the
    rules Armstrong's axioms derive), or a list named by problems whose members are named as
    remedies ("Unidirectional Link Issues": UDLD, STP Loop Guard). The list's own lead-in
    (``Fact.label``, also when the notes read the members into it as the subject's gloss)
    is read first: it is on the fact, no neighbour need be looked at."""
    verb = yields_relation(fact.label or "")
    if verb:
        return f"its lead-in “{fact.label}” says what “{fact.subject}” {verb}, not its members"
    lead = _lead(notes, fact).casefold().rstrip(" :：,，.。")
    for word in _LEAD_RELATIONS:
        if word in lead[-2 * len(word) - 8 :]:
            return (
                f"its lead “{_lead(notes, fact)}” says what “{fact.subject}” gives, not its members"
            )
    if any(_has_word(fact.subject, w) for w in _PROBLEM_WORDS):
        for member in notes.members_of.get(fact.id, ()):
            if any(_has_word(member.text, w) for w in _REMEDY_WORDS):
                return f"“{member.text}” answers “{fact.subject}”, it is none of them"
    return None


#: Words of one judgement: lists named with words of one group say the same kind of thing
#: ("云计算优势" and "Docker优点"), so a member of one is often true of the other.
TRAIT_GROUPS = (
    ("优势", "优点", "好处", "长处", "益处", "advantages", "benefits", "pros", "strengths"),
    ("缺点", "劣势", "不足", "弊端", "短处", "局限", "disadvantages", "drawbacks", "cons",
     "weaknesses", "limitations"),
)  # fmt: skip


def _has_word(subject: str, word: str) -> bool:
    """Whether ``subject`` holds ``word``: anywhere for CJK, as a whole word for Latin
    ("cons" is in "EtherChannels Cons", not in "constraints")."""
    if script_of(word) == "han":
        return word in subject
    return re.search(rf"(?<![a-z]){word}(?![a-z])", subject.casefold()) is not None


@functools.lru_cache(maxsize=1 << 14)
def judgement(subject: str) -> bool:
    """Whether a subject names advantages or disadvantages ("docker优点", "EtherChannels
    Cons"): its members are traits, judged good or bad."""
    return any(_has_word(subject, w) for group in TRAIT_GROUPS for w in group)


#: Category words that name the same kind of member: lists named with words of one group hold
#: things of one kind ("调度类型" and "Pod分类"); of two groups, two kinds ("使用场景" and
#: "调度类型": a scheduling type is no wrong option among use cases).
KIND_GROUPS = (
    ("类型", "种类", "分类", "kinds", "types", "categories"),
    *TRAIT_GROUPS,
    ("特点", "特性", "特征", "特色", "性质", "特质", "features", "properties",
     "characteristics"),
    ("组成", "组件", "成员", "要素", "元素", "模块", "部分", "components", "parts", "elements"),
    ("方式", "方法", "手段", "措施", "methods", "ways"),
    ("步骤", "阶段", "环节", "steps", "stages", "phases"),
    # (Not "应用": "微服务应用设计原则" names principles of applications, not uses.)
    ("场景", "用途", "uses", "examples"),
    ("命令", "指令", "commands"),
    ("原则", "规则", "要求", "principles", "rules", "requirements"),
    ("攻击", "威胁", "attacks", "threats"),
)  # fmt: skip


#: "从字段特性角度", "（按模式）": the angle a list is drawn from, not what its members are.
_VIEWPOINT = re.compile(r"[（(]?(?:从[^（）()]*?角度|按[^（）()]*?(?=[）)]))[）)]?")


@functools.lru_cache(maxsize=1 << 14)
def kinds_of(subject: str) -> frozenset[int]:
    """The kind groups (indexes into :data:`KIND_GROUPS`) a subject's category words belong
    to; empty when it has none of them."""
    # A viewpoint qualifies the kind, it names none: "索引类型（从字段特性角度）" lists types.
    subject = _VIEWPOINT.sub("", subject)
    return frozenset(
        i for i, group in enumerate(KIND_GROUPS) if any(_has_word(subject, w) for w in group)
    )


#: Words after which an English name's noun phrase is done: "effects of X" names effects.
_POSTMODIFIERS = frozenset({"of", "in", "for", "on", "from"})


@functools.lru_cache(maxsize=1 << 14)
def name_head(subject: str) -> str:
    """The word a list's name ends its noun phrase with, naming what its members are: the
    rightmost category word ("授权机制模式" -> "模式", "CGroups 作用" -> "作用") or an English
    plural ending it ("Container runtimes" -> "runtimes"); "" when there is none. Lists whose
    names share no kind group (:func:`kinds_of`) are siblings when they share this head."""
    lowered = clean(subject).casefold()
    found = [(lowered.rfind(w), len(w), w) for w in CATEGORY_WORDS_ZH if w in lowered]
    found += [
        (m.start(), len(w), w)
        for w in CATEGORY_WORDS_EN
        for m in re.finditer(rf"(?<![a-z]){w}(?![a-z])", lowered)
    ]
    words = lowered.split()
    # "effects of Sedative hypnotics": the noun phrase ends before its "of"/"in" phrase.
    cut = next((i for i, w in enumerate(words) if w in _POSTMODIFIERS and i > 0), len(words))
    if cut < len(words):
        found = [f for f in found if f[0] < len(" ".join(words[:cut]))]
        words = words[:cut]
    if (len(words) >= 2 or cut < len(lowered.split())) and re.fullmatch(r"[a-z]{3,}s", words[-1]):
        end = len(" ".join(words))
        found.append((end - len(words[-1]), len(words[-1]), words[-1]))
    return max(found, key=lambda f: (f[0] + f[1], f[1]))[2] if found else ""


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
