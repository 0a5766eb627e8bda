"""Text shapes the extractor recognises inside one heading, item or paragraph.

These are small pure functions over strings, kept apart from :mod:`examgen.notes.facts` (which
walks the tree) so that each shape is written once and tested on its own:

* heading numbering (``2.``, ``1.3.``, ``一、``, ``(1)``, ``第三章``, ``Lecture 3:``) is not part
  of a heading's term, nor is a question mark;
* *bare* subjects (``缺点``, ``Pros``, ``Overview``) mean nothing without their parent;
* a *clause label* (``There are three kinds of X:``, ``并发事务会导致如下问题：``) names its list
  by the noun phrase inside it;
* ``X is called Y`` / ``称为Y`` / ``叫做Y`` defines Y;
* the author's exam tags (``(单选)``, ``【填空】``), mnemonics and placeholders are not content;
* ``$…$`` / ``$$…$$`` math is one token: nothing inside it separates a term from its text.

Words are written once, in simplified Chinese or English; their traditional forms come from
OpenCC, so ``過程`` is an order word because ``过程`` is.
"""

from __future__ import annotations

import functools
import re

import opencc

from examgen.mathtext import mask_math
from examgen.notes.words import BARE_WORDS, REMARK_WORDS

# ----------------------------------------------------------------------------- scripts


@functools.cache
def _converters() -> tuple[opencc.OpenCC, ...]:
    return tuple(opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk", "t2s"))


def script_variants(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with their traditional (and simplified) forms added, without repeats."""
    found = dict.fromkeys(words)
    for word in words:
        if any(char >= "\u2e80" for char in word):
            for converter in _converters():
                found.setdefault(converter.convert(word))
    return tuple(found)


# ----------------------------------------------------------------------------- invisible text

# Zero-width spaces and joiners, word joiner, soft hyphen, BOM, bidi marks: copied from web
# pages into notes, invisible on screen, and they break matching of terms.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def drop_invisible(text: str) -> str:
    """The text without zero-width and other invisible characters."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


# ----------------------------------------------------------------------------- headings

_CN_NUMERAL = "一二三四五六七八九十百零〇"
_HEADING_NUMBER = re.compile(
    rf"^(?:"
    rf"第[{_CN_NUMERAL}\d]+[章节節课課讲講部分篇回]\s*[:：.、]?\s*"
    r"|(?:chapter|lecture|lesson|part|section|unit|week|module|topic)\s+[\dIVXivx]+[a-z]?"
    r"(?:\s*[:：.\-–—]\s*|\s+)"
    r"|\d{1,3}(?:\.\d{1,3})*(?:[.、)）]\s*|\s+)"
    rf"|[{_CN_NUMERAL}]+\s*[、.．]\s*"
    rf"|[(（][\d{_CN_NUMERAL}]{{1,3}}[)）]\s*"
    r"|[①-⑳]\s*"
    r"|[A-Za-z][)）]\s*|[A-Z]\.\s+"
    r"|(?:ii|iii|iv|vi|vii|viii|ix)[)）]\s*"
    r")+",
    re.IGNORECASE,
)
_QUESTION_END = re.compile(r"[?？]+$")


def strip_numbering(text: str) -> str:
    """``1.2. 管理的环境`` → ``管理的环境``; ``Lecture 3: Risk`` → ``Risk``; bare numbers stay."""
    match = _HEADING_NUMBER.match(text)
    if not match or match.end() >= len(text):
        return text
    return text[match.end() :].strip()


_EXAMPLE_HEADING = re.compile(
    r"^(?:(?:for\s+)?examples?|worked\s+examples?|exercises?|ex\.?\s*\d+|e\.g\.|case\s*\d+[a-z]?"
    r"|(?:example|exercise|case)\s*\d+[a-z]?)\b"
    r"|^(?:例题?\s*\d*|例子|举例|舉例|示例|范例|範例|练习|練習)",
    re.IGNORECASE,
)


def is_example_heading(text: str) -> bool:
    """``Example 1a: …``, ``EX2``, ``For Example``, ``例题``: a worked example, not notes."""
    return _EXAMPLE_HEADING.match(strip_numbering(text.strip())) is not None


_CAPTION_END = tuple(".。!！?？;；,，、")


def is_caption(text: str) -> bool:
    """A short line that names what follows it (``Insert Anomalies`` above its bullets)."""
    stripped = text.strip()
    if not stripped or stripped.endswith(_CAPTION_END) or ":" in stripped or "：" in stripped:
        return False
    ideographs = sum(1 for char in stripped if "\u3400" <= char <= "\u9fff")
    return ideographs <= 16 and len(stripped.split()) <= 6 and len(stripped) <= 60


_MINOR = frozenset({"of", "and", "the", "for", "a", "an", "to", "in", "on", "or"})


def is_translation(term: str, gloss: str) -> bool:
    """``完全功能相依`` and ``Full Functional Dependency`` (or ``1NF; First Normal Form``): the
    gloss only names the term in another script."""
    if not any("\u3400" <= char <= "\u9fff" for char in term):
        return False
    if any("\u3400" <= char <= "\u9fff" for char in gloss) or len(gloss) > 40:
        return False
    words = [word for word in re.findall(r"[A-Za-z0-9][\w-]*", gloss) if word.lower() not in _MINOR]
    return 0 < len(words) <= 6 and all(word[0].isupper() or word[0].isdigit() for word in words)


def is_numbering_only(text: str) -> bool:
    """``第一章``, ``Chapter 3``, ``2.1``: a heading that is nothing but its number."""
    match = _HEADING_NUMBER.match(text.strip() + " ")
    return bool(match) and match.end() >= len(text.strip())


def heading_term(text: str) -> str:
    """The term a heading names: without its numbering, its question mark or exam tags."""
    term, _tags = split_tags(strip_numbering(text.strip()))
    return _QUESTION_END.sub("", term).strip() or text.strip()


# ----------------------------------------------------------------------------- bare subjects

# Words that name an aspect of something, never a thing on their own: `缺点` under `单核架构`
# is `单核架构 缺点`.
_BARE_WORDS = script_variants(BARE_WORDS)
_BARE = frozenset(word.casefold() for word in _BARE_WORDS)


def is_bare(term: str) -> bool:
    """Whether a subject names only an aspect (``缺点``, ``Pros``) and needs its parent."""
    text = term.strip(" :：").casefold()
    if text in _BARE or _POSSESSIVE.sub("", text) in _BARE:
        return True
    # `Informal definition`, `Key features`: one modifier on a bare word is still an aspect;
    # a name (`RSA algorithm`) is not a modifier.
    words = term.strip(" :：").split()
    return (
        len(words) == 2
        and words[0].isascii()
        and not words[0].isupper()
        and words[1].casefold() in _BARE
    )


# `其特点`, `它的缺点`, `its drawbacks`: an aspect of what was just named.
_POSSESSIVE = re.compile(r"^(?:其|它的|他的|她的|its\s+|their\s+)")


_REMARK = frozenset(word.casefold() for word in script_variants(REMARK_WORDS))
# `One limitation:`, `Another extension:`, `第二种方法：`, `另一种思路`: a remark that counts
# its way through the text; what it is called is in what follows, not in the label.
_COUNTING_LABEL = re.compile(
    r"^(?:(?:one|another|a\s+second|a\s+third|the\s+other)(?:\s+\w+){1,2}"
    r"|第[一二三四五六七八九十\d]+[种種个個][\u4e00-\u9fff]{1,3}|另一[种種个個][\u4e00-\u9fff]{1,3})$",
    re.IGNORECASE,
)


# `Equation 1`, `Fig. 2`, `(Eq. 3)`: a number to refer to, not a name of anything.
_REFERENCE_LABEL = re.compile(
    r"^\(?(?:equation|eqn?\.?|figure|fig\.?|table|tab\.?)\s*\(?\d+[a-z]?\)?\)?$", re.IGNORECASE
)


def is_remark(term: str) -> bool:
    """Whether a subject is only a remark label (``Note``, ``One idea``, ``第二种方法``) or a
    reference number (``Equation 1``)."""
    text = term.strip(" :：")
    return (
        text.casefold() in _REMARK
        or _COUNTING_LABEL.match(text) is not None
        or _REFERENCE_LABEL.match(text) is not None
    )


# ----------------------------------------------------------------------------- loop headers

# `For $i$ from 1 to $T$`, `for each node in the tree`, `while not converged`, `repeat until
# …`, `对每个样本`: a step that repeats the steps under it, never a subject.
_LOOP_HEADER = re.compile(
    r"^(?:for\s+(?:each|every|all|\$[^$]+\$|[A-Za-z]\w{0,2})\s+(?:from|in|=|:=|←|\\in)\s*\S"
    r"|for\s+each\s+\S|for\s+every\s+\S|while\s+\S|repeat\b|until\s+\S|loop\b"
    r"|对(?:于)?每[一个個]?|重复|重複|循环|循環)",
    re.IGNORECASE,
)


def is_loop_header(text: str) -> bool:
    """Whether an item is a loop header (``For $i$ from 1 to $T$``) over the steps under it."""
    return _LOOP_HEADER.match(text.strip()) is not None


# `For discrete distributions:`, `In GLM:`, `Under the null:`: a label that states a condition
# on what is above it, not a thing of its own (`For example` is a worked example instead).
_CONDITION_LABEL = re.compile(
    r"^(?:for|in|under|with|without|during|when|on)\s+(?!(?:example|instance|more|details)\b)\S",
    re.IGNORECASE,
)


def is_condition_label(text: str) -> bool:
    """Whether a label only narrows its owner (``For discrete distribution``)."""
    stripped = text.strip()
    return (
        _CONDITION_LABEL.match(stripped) is not None
        and len(stripped.split()) <= 6
        and not is_clause(stripped)
    )


# ----------------------------------------------------------------------------- clause labels

_EN_LEAD = re.compile(
    r"^(?:(?:in|for|with|during|under|on|at)\s+[^,]{1,30},\s*)?"
    r"(?:there\s+(?:are|is|were|exist)|we\s+have|here\s+are|these\s+are|the\s+following\s+are)"
    r"\s+(?:(?:a\s+few|several|some|many|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:(?:main|different|key|major|basic)\s+)*",
    re.IGNORECASE,
)
_EN_VERB = re.compile(
    r"\s+(?:is|are|was|were|has|have|include|includes|including|consists?|contains?|can|will|"
    r"does|do|should|must|may|occurs?|happens?|means|refers|requires?|composed|made|"
    r"comprises?|involves?|creates?|sends?|becomes?|receives?|don't|doesn't|"
    r"won't|can't)\b.*$",
    re.IGNORECASE,
)
_EN_ARTICLE = re.compile(r"^(?:the|a|an|some|all|each|every)\s+", re.IGNORECASE)
_ZH_FILLERS = re.compile(
    r"如下|以下|下列|下面|但是|但|所以|因此|主要|一般|通常|的?几种|会|可以|可分为|分为|包括|有"
)
_ZH_CLAUSE_SPLIT = re.compile(r"[，,。；;]")
_ZH_LIST_CUE = re.compile(r"如下|以下|下列|分为|包括|包含|有")
_SENTENCE_BREAK = re.compile(r"(?<=[。；;!?！？])|(?<=\.)\s+")


def split_last_sentence(text: str) -> tuple[str, str]:
    """``定义。用法有：`` → (``定义。``, ``用法有：``): the sentences before the last, and it."""
    parts = [part for part in _SENTENCE_BREAK.split(text) if part and part.strip()]
    if len(parts) < 2:
        return "", text
    return "".join(parts[:-1]).strip(), parts[-1].strip()


_COUNTED = re.compile(
    r"^(?P<owner>.+?)\s+(?:(?:is|are)\s+)?(?:has|have|comprised\s+of|composed\s+of|made\s+up\s+of"
    r"|consists?\s+of|comes?\s+in|contains?|includes?)\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few|many|various"
    r"|different)\s+(?:(?:main|key|major|basic|different|distinct)\s+)*(?P<noun>[A-Za-z][\w-]*s)\s*[.:：]?$",
    re.IGNORECASE,
)


def counted_subject(sentence: str, lead: str = "") -> str:
    """``The use of PortFast has 2 reasons:`` → ``reasons of use of PortFast``; ``It is
    comprised of three components:`` after the bold ``lead`` term → ``components of <lead>``;
    '' for other sentences."""
    match = _COUNTED.match(sentence.strip())
    if not match:
        return ""
    owner = _EN_ARTICLE.sub("", match.group("owner").strip()).strip()
    if owner.casefold() in _PRONOUNS:
        owner = lead
    if not owner or is_clause(owner) or len(owner.split()) > 6:
        return ""
    return f"{match.group('noun')} of {owner}"


def clause_subject(label: str) -> str:
    """The noun phrase a clause label names its list by; '' when none can be told.

    ``There are a few methods for measuring sleep`` → ``methods for measuring sleep``;
    ``A topology change is an event that occurs when`` → ``topology change``;
    ``并发事务会导致如下问题`` → ``并发事务导致问题``.
    """
    text = label.strip().rstrip(":：").strip()
    if not text:
        return ""
    if any(char >= "\u2e80" for char in text) and not re.search(r"[A-Za-z]{3,}\s+[a-z]+", text):
        clauses = [part.strip() for part in _ZH_CLAUSE_SPLIT.split(text) if part.strip()]
        cued = [part for part in clauses if _ZH_LIST_CUE.search(part)]
        clause = (cued or clauses or [text])[-1]
        return _ZH_FILLERS.sub("", clause).strip()
    lead = _EN_LEAD.match(text)
    if lead and lead.end() > 0 and lead.group(0).strip():
        return text[lead.end() :].strip()
    subject = _EN_VERB.sub("", text).strip(" ,")
    subject = re.sub(r"^(?:in|for|with|during|under|on|at)\s+[^,]{1,30},\s*", "", subject)
    subject = re.sub(
        r"^(?:in|for|with|during|under|on|at)\s+\S+(?:\s+\S+)?\s+(?=(?:a|an|the)\s)",
        "",
        subject,
        flags=re.IGNORECASE,
    )
    subject = re.sub(r"\s+(?:that|which|who|whose|where|when)$", "", subject, flags=re.I)
    subject = _EN_ARTICLE.sub("", subject).strip()
    return subject if len(subject) >= 3 and subject.casefold() not in _PRONOUNS else ""


_EN_FINITE = re.compile(
    r"\b(?:there\s+(?:is|are)|is|are|was|were|has|have|had|includes?|included|contains?|"
    r"consists?|can|will|should|must|does|do|did|becomes?|means|occurs?|creates?|sends?|"
    r"don't|doesn't|won't|can't)\b",
    re.IGNORECASE,
)


_WIDE = re.compile("[\u2e80-\U0010ffff]")  # CJK and beyond: not English


def is_clause(text: str) -> bool:
    """An English label that is a clause (it has a finite verb, or a pronoun subject:
    ``It uses one BPDU``), not a noun phrase."""
    if _WIDE.search(text):
        return False
    if len(text.split()) < 3:
        return False
    return _EN_FINITE.search(text) is not None or _PRONOUN_SUBJECT.match(text) is not None


# Case matters: `IT security policy` is a noun phrase.
_PRONOUN_SUBJECT = re.compile(r"^(?:[Ii]t|[Tt]hey|[Ww]e|[Hh]e|[Ss]he|[Yy]ou)\s+[a-z]")


_ENUM_END = "；;。.，,等 "
_ENUM_CLAUSE = re.compile(r"[，,。；;：:]")
_ANGLE = re.compile(r"^(?:从|按|按照|根据|依|依据|以)")
_ANGLE_FIRST = frozenset("从按根依以")


def enumeration(text: str) -> list[str]:
    """``B+树索引、hash索引、全文索引；`` → its members; [] when the text is not just a run
    of short names joined by ``、`` (brackets may hold commas of their own)."""
    if "、" not in text:
        return []
    parts: list[str] = []
    depth = 0
    current = ""
    for char in text.strip().rstrip(_ENUM_END):
        if char in "(（【[":
            depth += 1
        elif char in ")）】]":
            depth = max(0, depth - 1)
        if char == "、" and depth == 0:
            parts.append(current.strip())
            current = ""
            continue
        if depth == 0 and _ENUM_CLAUSE.match(char):
            return []
        current += char
    parts.append(current.strip())
    if len(parts) < 2 or not all(parts):
        return []
    if any(len(part) > 20 for part in parts):
        return []
    return parts


_EN_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def comma_members(text: str) -> list[str]:
    """``SGD, mini batches, momentum, AdaGrad`` → its names; [] unless the text is three or
    more short English names joined by commas (and a last ``and``/``or``)."""
    if "," not in text or _WIDE.search(text) or "$" in text:
        return []
    stripped = text.strip().rstrip(".;")
    if re.search(r"[.;:!?()\[\]]", stripped):
        return []
    *firsts, _last = [part.strip() for part in stripped.split(",")]
    if any(re.search(r"\s(?:and|or)\s", part) for part in firsts):
        return []  # `vector<int> and List<T>, not HTML`: a phrase, not a run of names
    parts = [part.strip() for part in _EN_LIST_SPLIT.split(stripped) if part.strip()]
    if len(parts) < 3 or any(
        len(part.split()) > 3 or is_clause(part) or part.lower().startswith("not ")
        for part in parts
    ):
        return []
    return parts


def is_angle(term: str) -> bool:
    """``从数据结构角度``, ``按所处的组织层次``: a way of dividing, named by its parent."""
    return term[:1] in _ANGLE_FIRST and _ANGLE.match(term) is not None


_DEFINING = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?P<term>[A-Za-z0-9][\w\-/+'’ ]{0,48}?(?:\s*\([^)]{1,30}\))?)\s+"
    r"(?:is|are|refers\s+to|means)\s+(?P<rest>(?:a|an|the|one|any|some)\s.+)$",
    re.IGNORECASE,
)
_ZH_DEFINING = re.compile(r"^(?P<term>[^，,。；;：:是指]{2,16})(?:是指|指的是|是)(?P<rest>.{4,})$")


_PRONOUNS = frozenset(
    (
        *("it", "this", "that", "they", "these", "those", "he", "she", "there", "which"),
        *("what", "who", "one", "each", "all", "both", "它", "这", "那", "他", "她"),
    )
)


# A Chinese clause whose "subject" starts with a pronoun or a conjunction, or ends in an
# adverb, is not saying what something is: `其核心思想是`, `如果…是`, `泄密都是`.
_ZH_NOT_A_SUBJECT = re.compile(
    r"^(?:其|它|这|那|此|该|如果|若|当|因为|因此|所以|但|而|则|即|就|也|还|又|并|且)"
    r"|(?:都|只|也|还|就|才|主要|通常|一般|总|均|仍|又|便|正)$"
)


def defining_sentence(sentence: str) -> tuple[str, str]:
    """``A region is a group of switches …`` → (``region``, ``a group of switches …``);
    ``索引是一种数据结构`` → (``索引``, ``一种数据结构``); ('', '') for other sentences."""
    text = sentence.strip()
    match = _DEFINING.match(text) or _ZH_DEFINING.match(text)
    if not match:
        return "", ""
    term = match.group("term").strip()
    if _ZH_NOT_A_SUBJECT.search(term) or term.count("(") != term.count(")"):
        return "", ""
    if term.casefold() in _PRONOUNS or len(term.split()) > 6 or is_clause(term + " x y"):
        return "", ""
    return term, match.group("rest").strip()


_SENTENCE_END = re.compile(r"[。！？!?]|\.\s")
_PASSAGE_LENGTH = 30


def is_passage(text: str) -> bool:
    """A paragraph of several full sentences (an account), not a phrase or one statement."""
    ends = len(_SENTENCE_END.findall(text.rstrip("。！？!?. ")))
    return ends >= 1 and len(text) >= _PASSAGE_LENGTH


_SENTENCE_MARK = re.compile(r"[，,。；;！!？?]")


def is_sentence(text: str) -> bool:
    """A whole sentence, not a term: an English clause, or text with sentence punctuation
    (outside brackets) or too long to name one thing."""
    bare = re.sub(r"\([^()]*\)|（[^（）]*）", "", text)
    if is_clause(bare):
        return True
    if _SENTENCE_MARK.search(bare):
        return True
    ideographs = sum(1 for char in bare if "\u3400" <= char <= "\u9fff")
    return ideographs > 16 or len(bare.split()) > 10


# ----------------------------------------------------------------------------- "is called"

_CALLED = re.compile(
    r"(?:\bis|\bare)\s+(?:also\s+)?(?:called(?:\s+as)?|known\s+as|named|termed|"
    r"referred\s+to\s+as)\s+"
    r"(?:an?\s+|the\s+)?(?P<en>[^,.;:()]{2,60}?)\s*(?:\([^)]*\))?\s*[.;,]?$"
    r"|(?:称为|称作|叫做|叫作|简称|即为)(?P<zh>[^，,。；;：:（(]{1,20})",
    re.IGNORECASE,
)


def called_term(sentence: str) -> str:
    """``The port … is called a designated port`` → ``designated port``; '' otherwise."""
    match = _CALLED.search(sentence)
    if not match:
        return ""
    return (match.group("en") or match.group("zh") or "").strip(" “”\"'")


# ----------------------------------------------------------------------------- annotations

_TAG_WORDS = script_variants(
    (
        "单选",
        "多选",
        "填空",
        "简答",
        "判断",
        "选择",
        "名词解释",
        "论述",
        "计算",
        "问答",
        "重点",
        "必考",
        "考点",
        "了解",
        "掌握",
        "理解",
    )
)
_TAG_ALTERNATION = "|".join(sorted(map(re.escape, _TAG_WORDS), key=len, reverse=True))
# `(单选)`, `【填空、简答】`, `（2012年真题）`: the author's marks of what an exam asks.
_TAG_GROUP = re.compile(
    rf"\s*[(（【\[](?P<body>(?:(?:{_TAG_ALTERNATION})|\d{{4}}年?真题)(?:\s*[、,，/\s]\s*"
    rf"(?:(?:{_TAG_ALTERNATION})|\d{{4}}年?真题))*)[)）】\]]\s*"
)
_TAG_SPLIT = re.compile(r"\s*[、,，/\s]\s*")


_TAG_WORD = re.compile(rf"{_TAG_ALTERNATION}|真题")


def split_tags(text: str) -> tuple[str, tuple[str, ...]]:
    """The text without the author's exam tags, and the tags (``(单选)`` → ``单选``)."""
    if "(" not in text and "（" not in text and "【" not in text and "[" not in text:
        return text, ()
    if _TAG_WORD.search(text) is None:
        return text, ()
    tags: list[str] = []

    def take(match: re.Match[str]) -> str:
        tags.extend(tag for tag in _TAG_SPLIT.split(match.group("body")) if tag)
        return " "

    stripped = _TAG_GROUP.sub(take, text).strip()
    if not tags or not stripped:
        return text, ()
    return stripped, tuple(dict.fromkeys(tags))


_MNEMONIC = re.compile(
    r"^\s*[(（【\[]?\s*(?:助记|口诀|记忆|速记|mnemonic)\s*[)）】\]]?\s*[:：]?", re.I
)
_PLACEHOLDER = re.compile(
    r"^\s*(?:[?？]+|\.\.\.|…+|TODO|TBD|FIXME|待补充|待完善|未完待续|略)\s*$", re.I
)


_EXAMPLE_LEAD = re.compile(
    r"^\s*(?:e\.\s?g\.|eg\.|for\s+example|for\s+instance|say\s+for\s+example|"
    r"as\s+an\s+example|例如|比如|举例|舉例|例[:：])",
    re.IGNORECASE,
)


_NOISE_START = re.compile(
    r"\s*(?:[?？.…(（【\[]|TODO|TBD|FIXME|待|未完|略|助记|口诀|记忆|速记|mnemonic|e\.|eg|for\s|say|as\s|"
    r"例|比如|举例|舉例)",
    re.IGNORECASE,
)


def noise_reason(text: str) -> str:
    """Why a line is noise that looks like content (``mnemonic``, ``placeholder``, ``worked
    example``), or ''."""
    if _NOISE_START.match(text) is None:  # one cheap test for the common case
        return ""
    if _PLACEHOLDER.match(text):
        return "placeholder"
    if _EXAMPLE_LEAD.match(text):
        return "worked example"
    if _MNEMONIC.match(text):
        return "mnemonic"
    return ""


# ----------------------------------------------------------------------------- math

_LEGEND = re.compile(
    r"^\$(?P<symbol>[^$=]{1,30}?)\s*(?:=\s*\$|\$\s*(?:=|:|：|is|means|denotes))\s*(?P<text>\S.*)$"
)


def legend(text: str) -> tuple[str, str]:
    """``$n(A)=$ the number of elements in A`` → (``$n(A)$``, ``the number of elements in A``):
    a symbol of a formula and what it stands for; ('', '') otherwise."""
    match = _LEGEND.match(text.strip()) if text.startswith("$") else None
    if not match:
        return "", ""
    return f"${match.group('symbol').strip()}$", match.group("text").strip()


def is_math_only(text: str) -> bool:
    """A line that is nothing but math (a formula on its own)."""
    stripped = text.strip()
    return bool(stripped) and mask_math(stripped, "\0").strip("\0 .,;:：，。") == ""
