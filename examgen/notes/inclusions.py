"""Runs of names in Chinese (and slashed Latin) text, and the category they belong to.

* ``系统日志包括访问日志、错误日志和审计日志`` names a category and its members (see
  :func:`inclusion`); ``有`` does so only with a count (``有A和B两种``), and a division ``按模式
  分为A、B，按照粒度分为C、D`` keeps its subject for the second clause;
* ``MD5/SHA-1/SHA-2...``: three or more Latin names joined by slashes (:func:`slash_names`).

Names joined by ``、`` after a colon are :func:`examgen.notes.enumerations.enumeration`.
"""

from __future__ import annotations

import re

from examgen.notes.clauses import is_sentence, not_a_subject
from examgen.notes.enumerations import verb_led
from examgen.notes.sentences import has_cjk, split_outside
from examgen.notes.terms import is_term, parse_head

_CLAUSE_MARK = re.compile(r"[，,。；;！!？?]")

# `MD5/SHA-1/SHA-2...`: three or more Latin names joined by slashes, maybe trailing off.
_SLASH_NAMES = re.compile(
    r"^[A-Za-z][\w.+-]*(?:\s*/\s*[A-Za-z][\w.+-]*){2,}\s*(?:\.\.\.|…+|等)?[。.；;]?$"
)


def slash_names(text: str) -> list[str]:
    """``MD5/SHA-1/SHA-2...`` → its three names; [] for other text (``TCP/IP`` is one)."""
    stripped = text.strip()
    if _SLASH_NAMES.match(stripped) is None:
        return []
    body = re.sub(r"\s*(?:\.\.\.|…+|等)?[。.；;]?$", "", stripped)
    return [name.strip() for name in body.split("/")]


# `系统日志包括访问日志、错误日志和审计日志`, `常见的平衡树有红黑树和AVL树两种`,
# `锁按模式分为共享锁和排他锁`: a sentence naming a category and its members.
_INCLUSION = re.compile(
    r"^(?P<subject>[^，,。；;：:、（(]{2,20}?)\s*(?P<angle>按(?:照)?[^，,。；;：:、分]{1,8})?"
    r"(?:可以|可|主要|一般)?(?P<verb>分为|分成|包括|包含|有)(?:如下|以下)?[：:]?\s*(?P<body>.+)$"
)
_COUNTED = re.compile(
    r"(?:[\d两二三四五六七八九十几]+\s*(?:种|个|类|部分)[\u4e00-\u9fff]{0,2}|等)$"
)
_LAST_JOIN = re.compile(r"以及|和|与|及|或")
_SUBJECT_FILLER = re.compile(r"^(?:一般|通常|主要)")
_SUBJECT_MODAL = re.compile(r"(?:可以|可|也|还|都|则)$")


def inclusion(clause: str, previous: str = "") -> tuple[str, list[str]]:
    """``系统日志包括访问日志、错误日志和审计日志`` → (``系统日志``, its three members);
    a clause ``按照粒度分为A、B`` after one with a subject takes that subject (``previous``).
    ('', []) when the clause is not a category and its members."""
    if "分" not in clause and "包" not in clause and "有" not in clause and "按" not in clause:
        return "", []  # most clauses: no verb (分为, 分成, 包括, 包含, 有) nor an angle (按…)
    text = clause.strip().strip("【】「」").strip().rstrip("。；;.")
    if text.startswith("按"):
        before = _INCLUSION.match(previous.strip())
        if before is None:
            return "", []
        text = before["subject"] + text
    if "分" not in text and "包" not in text and "有" not in text:
        return "", []  # most text: none of the verbs (分为, 分成, 包括, 包含, 有) to try
    match = _INCLUSION.match(text)
    if match is None:
        return "", []
    body = match["body"].strip()
    counted = _COUNTED.search(body)
    if counted:
        body = body[: counted.start()].strip()
    elif match["verb"] == "有":
        return "", []  # `有` names members only with a count: `有A和B两种`
    members = _members(body)
    subject = _SUBJECT_FILLER.sub("", match["subject"]).strip()
    subject = _SUBJECT_MODAL.sub("", subject).strip()
    if len(subject) < 2 or not members or not_a_subject(subject):
        return "", []
    if match["angle"]:
        subject = f"{subject}（{match['angle']}）"
    return subject, members


def _members(body: str) -> list[str]:
    """``A、B和C`` → [A, B, C]; [] unless every member is a short name."""
    if _CLAUSE_MARK.search(re.sub(r"\([^()]*\)|（[^（）]*）", "", body)):
        return []
    parts = [part.strip() for part in body.split("、")]
    last = _LAST_JOIN.split(parts[-1])
    if len(last) == 2:
        parts[-1:] = [part.strip() for part in last]
    elif len(parts) < 2 or len(last) > 2:
        return []
    if len(parts) < 2 or not all(parts) or any(len(part) > 24 for part in parts):
        return []
    if verb_led(parts[0]):
        return []
    return parts


def comma_names(text: str) -> list[str]:
    """``凯撒密码，Queen Mary密码，Vigenere Square(对抗频度分析的方法)， Book Cipher`` → its
    four names, each with its gloss: Chinese notes that name three or more things in one
    bullet, joined by commas. [] unless every part is a short term (with or without a gloss);
    a comma between clauses (``使用56位密钥，基于Feistel结构``) joins no names."""
    if text.count("，") + text.count(",") < 2 or not has_cjk(text):
        return []  # three names need two commas (counted first: most bullets have none)
    parts = split_outside(text.strip().rstrip("。；;"), "，,")
    if len(parts) < 3:
        return []
    # Every part a short term, then one level of commas: either failing gives none, and most
    # runs of clauses fail at their first part, before the text is cut twice more.
    for part in parts:
        head = parse_head(part)
        if head.how not in ("plain", "paren") or not head.termlike:
            return []
        term = head.term
        if is_sentence(term) or not is_term(term) or len(term) > _NAME_CHARS:
            return []
        if _NOT_A_NAME.search(term):
            return []
    if len(split_outside(text, "，")) > 1 and len(split_outside(text, ",")) > 1:
        # `**IF, Inst Fetch**，从内存中获取指令`: the commas are of two levels (a name and its
        # spelling-out, then the gloss), not the joints of one run of names.
        return []
    return parts


_NAME_CHARS = 20
# A condition, a comparison or a verb of being, having or negation: a clause, not a name.
_NOT_A_NAME = re.compile(
    r"^(?:如果|若|当|表示|即|则|但|而|并|且)|[<>=≤≥]|不|没|是|为|有|可|能|会|需|要|应|必|只"
)
