"""Whether a list member can be asked as belonging: a thing of a kind, not a statement.

"X belongs to L" (true/false, or the key of "which belongs to L") asks whether X is a thing of
the kind L lists. A member that is a clause ("调用链的第一个节点生成TraceID": a subject and its
verb; "数字签名不需要交换任何秘密消息") is something the notes say, not a thing: "belongs" of it
is a procedural claim dressed as membership. A member of a list of someone's traits that names
that someone ("数字签名…" under "数字签名的特点", offered for "MAC的特点") says whose trait it
is: the claim is true or false on its face.
"""

from __future__ import annotations

import re

from examgen.questions.categories import KIND_GROUPS, judgement, name_head, sentence
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.text import clean, normalize, script_of
from examgen.questions.wording import display_width

#: Words that make a Chinese text a clause when something stands before them and their object
#: after: a negation or a modal ("不需要", "只能", "可以"), or a verb of doing ("生成", "通过").
_PREDICATE_ZH = re.compile(
    r"(?<=[A-Za-z0-9\u4e00-\u9fff])\s*(不|没有|无需|无须|必须|只能|只会|可以|能够|需要|应该|应当"
    r"|用于|使用|通过|生成|产生|提供|支持|负责|保证|包含|包括|采用|进行|依赖|基于|代替|实现)"
    r"(?=[A-Za-z0-9\u4e00-\u9fff“\"(（])"
)
#: A member this narrow is a name even with such a word in it ("Pod 使用场景").
MIN_CLAUSE_WIDTH = 14
#: Characters of a subject, at least, before the predicate word: "不可抵赖" alone is a trait.
MIN_SUBJECT_CHARS = 2
#: An English modal or negated verb: "signatures cannot be forged" states, it does not name.
_PREDICATE_EN = re.compile(
    r"\b(can|cannot|can't|must|should|will|won't|does not|do not|doesn't|don't|never)\b", re.I
)
#: Words of an English clause, at least: "can opener" is no clause.
MIN_CLAUSE_WORDS = 3


def clause(text: str) -> bool:
    """Whether a member is a clause, not a name: a sentence (see
    :func:`~examgen.questions.categories.sentence`), a subject before a negation, a modal or a
    verb of doing with its object after it ("调用链的第一个节点生成TraceID"; not "侦测那些尝试
    使用隐通道的user", whose verb sits in a clause before its noun), or an English modal in a
    phrase of a few words."""
    text = clean(text)
    if sentence(text):
        return True
    if script_of(text) == "latin":
        return len(text.split()) >= MIN_CLAUSE_WORDS and bool(_PREDICATE_EN.search(text))
    if display_width(text) < MIN_CLAUSE_WIDTH:
        return False
    for match in _PREDICATE_ZH.finditer(text):
        before = re.sub(r"\W", "", text[: match.start()])
        if len(before) >= MIN_SUBJECT_CHARS and "的" not in text[match.end() :]:
            return True
    return False


#: Words naming a list of properties ("特点", "features"): whose they are is the list's owner.
_FEATURE_WORDS = next(group for group in KIND_GROUPS if "特点" in group)
#: What joins an owner to its traits: "MAC的特点", "features of Docker".
_JOINERS = re.compile(r"(?:的|之|'s|\bof\b)\s*$|^\s*\bof\b", re.I)


def trait_owner(subject: str) -> str:
    """Whose traits a list names ("MAC" of "MAC的特点", "Docker" of "Docker features"), or ''
    when it names no traits or no one."""
    subject = clean(subject)
    head = name_head(subject)
    if not head or not (judgement(subject) or head in _FEATURE_WORDS):
        return ""
    at = subject.casefold().rfind(head)
    rest = (subject[:at] + " " + subject[at + len(head) :]).strip()
    return _JOINERS.sub("", _JOINERS.sub("", rest)).strip()


def names_owner(text: str, owner: str) -> bool:
    """Whether ``text`` names ``owner``: a CJK owner anywhere, a Latin one as a whole word."""
    if len(normalize(owner)) < 2:
        return False
    if owner.isascii():
        return (
            re.search(rf"(?<![A-Za-z0-9]){re.escape(owner)}(?![A-Za-z0-9])", text, re.I) is not None
        )
    return normalize(owner) in normalize(text)


#: The list questions whose options are members of lists: an option naming whose trait it is
#: sorts them ("数字签名…" answers beside a "MAC…" wrong option).
_CHOICE_FORMS = ("belongs", "not_belongs", "select_members")


def _owners(notes: Notes, lists: set[str]) -> list[str]:
    """Whose traits the lists ``lists`` name, sorted, the empty ones left out."""
    owners = {trait_owner(notes.by_id[i].subject) for i in lists if i in notes.by_id}
    return sorted(o for o in owners if o)


def member_is_a_thing(draft: Draft, notes: Notes) -> str | None:
    """ "X belongs to L" is asked of a thing, not of a sentence or a clause ("调用链的第一个节点
    生成TraceID 属于 全链路监控机制" is a statement the notes make, not a member of a kind), nor
    of a trait naming whose it is ("数字签名不需要…" of "数字签名的特点", asked of "MAC的特点");
    no option of a list question names whose trait it is, its own list's or another option's
    ("数字签名不可抵赖" beside "MAC只能…": the names sort the options; the draw cuts them)."""
    if draft.variety not in ("claim_member", *_CHOICE_FORMS):
        return None
    asked = set(draft.question.facts[:1])
    if draft.variety in ("claim_member", "belongs"):
        lists = {o.fact for o in draft.origins if o.correct or draft.variety == "claim_member"}
        owners = _owners(notes, lists | asked)
        for text in draft.asks:
            if clause(text):
                return f"“{text}” is a clause, not a thing that belongs to “{draft.subject}”"
            named = next((o for o in owners if names_owner(text, o)), None)
            if named:
                return f"“{text}” names “{named}”, whose trait it is: no thing of a kind"
    if draft.variety in _CHOICE_FORMS:
        owners = _owners(notes, {o.fact for o in draft.origins} | asked)
        for option in draft.question.options:
            named = next((o for o in owners if names_owner(option.text, o)), None)
            if named:
                return f"the option “{option.text}” names “{named}”, whose trait it is"
    return None
