"""Clauses: the sentence shapes of labels and prose lines, as opposed to names.

Small pure functions over one string, moved out of :mod:`examgen.notes.shapes`:

* a *clause label* (``There are three kinds of X:``, ``并发事务会导致如下问题：``) names its list
  by the noun phrase inside it (:func:`clause_subject`, :func:`counted_subject`);
* whether text is a clause, a sentence or a passage rather than a term;
* defining sentences (``X is a …``, ``X是…``) (runs of names: :mod:`.enumerations`);
* ``X is called Y`` / ``称为Y`` / ``叫做Y`` defines Y.
"""

from __future__ import annotations

import re

from examgen.notes.sentences import sentence_stops
from examgen.script import is_traditional

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
# `有` as "there are" (`用法有`, `有如下`, `有三种`), not inside a word (`有利于`, `有效`).
_HAVE = r"有(?=$|如下|以下|下列|[\d两二三四五六七八九十几])"
_ZH_FILLERS = re.compile(
    r"如下|以下|下列|下面|但是|但|所以|因此|主要|一般|通常|的?几种|会|可以|可分为|分为|包括|"
    + _HAVE
)
_ZH_CLAUSE_SPLIT = re.compile(r"[，,。；;]")
_ZH_LIST_CUE = re.compile(r"如下|以下|下列|分为|包括|包含|" + _HAVE)


def has_list_cue(text: str) -> bool:
    """Whether a Chinese sentence announces members (``如下``, ``包括``, ``有三种``)."""
    return _ZH_LIST_CUE.search(text) is not None


def split_last_sentence(text: str) -> tuple[str, str]:
    """``定义。用法有：`` → (``定义。``, ``用法有：``): the sentences before the last, and it
    (cut after the last stop that :func:`sentence_stops` finds with text after it)."""
    for _start, end in reversed(sentence_stops(text)):
        if text[end:].strip():
            return text[:end].strip(), text[end:].strip()
    return "", text


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


def described_parts(label: str, owner: str) -> tuple[str, str] | None:
    """``在传输层和应用层之间的一种协议，本身分成两层`` under ``SSL``: what the owner is (a
    phrase naming its kind, ``…的一种协议``), then the count of its parts: (``在传输层…的一种
    协议``, ``SSL的两层``). None for other labels."""
    text = label.strip().rstrip(":：").strip()
    said, comma, last = text.rpartition("，")
    if not comma:
        said, comma, last = text.rpartition(",")
    if not said or _CLAUSE_MARK_ZH.search(said) or not _GENUS.search(said):
        return None
    counted = _ZH_OWN_COUNT.match(last.strip())
    if counted is None:
        return None
    return said.strip(), f"{owner}的{counted['count']}"


# `…的一种协议`, `一个…的算法`: a phrase naming what kind of thing its owner is.
_GENUS = re.compile(r"(?:^|的)一[个個种種类類][\u4e00-\u9fff]{1,6}$")
_CLAUSE_MARK_ZH = re.compile(r"[，,。；;：:]")
# `本身将这里再分成两层`, `它分为三个部分`: the owner divided into a counted number of parts.
_ZH_OWN_COUNT = re.compile(
    r"^(?:本身|它|其|它们|它們)[^，,。；;]{0,8}?(?:分成|分为|分為|包括|包含|由)"
    r"(?P<count>[两兩二三四五六七八九十\d]+(?:个|個|种|種|类|類|层|層|部分|步|阶段|階段)?)"
    r"(?:[\u4e00-\u9fff]{0,2})$"
)


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
        # `工程师应当具备两种技能：A和B`: the members after the colon are not the subject.
        text = re.split(r"[：:]", text, maxsplit=1)[0].strip() or text
        clauses = [part.strip() for part in _ZH_CLAUSE_SPLIT.split(text) if part.strip()]
        cued = [part for part in clauses if _ZH_LIST_CUE.search(part)]
        clause = (cued or clauses or [text])[-1]
        return _ZH_FILLERS.sub("", clause).strip()
    lead = _EN_LEAD.match(text)
    if lead and lead.end() > 0 and lead.group(0).strip():
        return text[lead.end() :].strip()
    subject = _EN_VERB.sub("", text).strip(" ,")
    subject = re.sub(r"^(?:in|for|with|during|under|on|at)\s+[^,]{1,30},\s*", "", subject)
    # `In RSTP a TC is defined when`: the setting narrows the noun phrase, so it follows it
    # (`TC in RSTP`).
    setting = re.match(
        r"^(?:in|for|with|during|under|on|at)\s+\S+(?:\s+\S+)?\s+(?=(?:a|an|the)\s)",
        subject,
        flags=re.IGNORECASE,
    )
    subject = subject[setting.end() :] if setting else subject
    subject = re.sub(r"\s+(?:that|which|who|whose|where|when)$", "", subject, flags=re.I)
    subject = _EN_ARTICLE.sub("", subject).strip()
    if setting and subject:
        subject = f"{subject} {_lower_first(setting.group(0).strip())}"
    return subject if len(subject) >= 3 and subject.casefold() not in _PRONOUNS else ""


# `Certain regions of the brain play key roles in X as well`: a quantified plural noun (with
# an `of`/`in` phrase) and its present-tense verb; the verb is the word after the noun phrase.
_QUANTIFIED = re.compile(
    r"^(?:certain|some|several|many|most|a\s+few)\s+(?P<noun>[a-z][\w-]*[a-rt-z]s"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?[a-z][\w-]*)?)"
    r"\s+(?P<verb>[a-z]+[^sd\W])\s+(?P<rest>[a-z][^.;:!?]*?)"
    r"(?:\s+(?:as\s+well|too|also))?$",
    re.IGNORECASE,
)
# Words after the noun phrase that are no verb of its own, and verbs clause_subject reads.
_NOT_VERB = re.compile(
    r"^(?:that|which|who|whose|where|when|with|from|into|than|then|about|across|after|before"
    r"|during|under|over|between|within|without|through|and|but|are|were|have|can|will|may"
    r"|must|should|could|would|might|do)$",
    re.IGNORECASE,
)


def quantified_subject(label: str) -> str:
    """``Certain regions of the brain play key roles in sleep:`` → ``regions of the brain
    that play key roles in sleep``: the members are the things the clause picks out; '' for
    other labels (a form of *be*/*have* is handled by :func:`clause_subject`)."""
    match = _QUANTIFIED.match(label.strip().rstrip(":：").strip())
    if not match or _NOT_VERB.match(match.group("verb")):
        return ""
    rest = match.group("rest").strip()
    if len(rest.split()) > 8:
        return ""
    return f"{match.group('noun')} that {match.group('verb')} {rest}"


_EN_FINITE = re.compile(
    r"\b(?:there\s+(?:is|are)|is|are|was|were|has|have|had|includes?|included|contains?|"
    r"consists?|can|will|should|must|does|do|did|becomes?|means|occurs?|creates?|sends?|"
    r"don't|doesn't|won't|can't)\b",
    re.IGNORECASE,
)


_WIDE = re.compile("[\u2e80-\U0010ffff]")  # CJK and beyond: not English


def has_wide(text: str) -> bool:
    """Whether ``text`` has a wide character (U+2E80 on: CJK and beyond). One search, found
    at the first such character, not every character compared (``max(text)``)."""
    return not text.isascii() and _WIDE.search(text) is not None


def is_clause(text: str) -> bool:
    """An English label that is a clause (it has a finite verb, or a pronoun subject:
    ``It uses one BPDU``), not a noun phrase."""
    # Fewer than three words first: most texts asked are Chinese terms of one word, told
    # without a search. (A split stopped after the third word counts as far as needed.)
    if len(text.split(None, 2)) < 3:
        return False
    if not text.isascii():
        if _WIDE.search(text):
            return False
        finite = _EN_FINITE.search(text) is not None
    elif "'" in text:  # (`don't`: a word the split below would cut in two)
        finite = _EN_FINITE.search(text) is not None
    else:
        # An ASCII text's words, as `\b` bounds them, looked up at once: the caseless pattern
        # is not tried at every position (its letters match an ASCII letter of either case
        # only, and `there is`/`there are` hold `is`/`are`).
        finite = not _FINITE_WORDS.isdisjoint(text.lower().translate(_NOT_WORD).split())
    return finite or _PRONOUN_SUBJECT.match(text) is not None


# The words `_EN_FINITE` finds without an apostrophe, and every ASCII character no `\w`.
_FINITE_WORDS = frozenset(
    (
        *("is", "are", "was", "were", "has", "have", "had", "include", "includes", "included"),
        *("contain", "contains", "consist", "consists", "can", "will", "should", "must"),
        *("does", "do", "did", "become", "becomes", "means", "occur", "occurs", "create"),
        *("creates", "send", "sends"),
    )
)
_NOT_WORD = {code: " " for code in range(128) if not re.match(r"\w", chr(code))}


# Case matters: `IT security policy` is a noun phrase.
_PRONOUN_SUBJECT = re.compile(r"^(?:[Ii]t|[Tt]hey|[Ww]e|[Hh]e|[Ss]he|[Yy]ou)\s+[a-z]")


_ANGLE = re.compile(r"^(?:从|按|按照|根据|依|依据|以)")
_ANGLE_FIRST = frozenset("从按根依以")


def is_angle(term: str) -> bool:
    """``从数据结构角度``, ``按所处的组织层次``: a way of dividing, named by its parent."""
    return term[:1] in _ANGLE_FIRST and _ANGLE.match(term) is not None


_DEFINING = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?P<term>[A-Za-z0-9][\w\-/+'’ ]{0,48}?(?:\s*\([^)]{1,30}\))?)\s+"
    r"(?:is|are|refers\s+to|means)\s+(?P<rest>(?:a|an|the|one|any|some)\s.+)$",
    re.IGNORECASE,
)
# `X指Y` defines X too, but not `X指针…`, `X指出…`: 指 starting a word of its own.
_ZH_DEFINING = re.compile(
    r"^(?P<term>[^，,。；;：:是指]{2,16})"
    r"(?:是指|指的是|是(?!否)|指(?![针令标数向定南出挥导示纹引责控点明望])(?=.{4,}的))(?P<rest>.{4,})$"
)


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
    r"|(?:都|只|也|还|就|才|主要|通常|一般|总|均|仍|又|便|正|不|并非)$"
)


def not_a_subject(term: str) -> bool:
    """Whether a Chinese clause's opening words are no subject (``其…``, ``如果…``, ``它``)."""
    return _ZH_NOT_A_SUBJECT.search(term) is not None or term.casefold() in _PRONOUNS


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
    return cleft_subject(term), match.group("rest").strip()


def cleft_subject(term: str) -> str:
    """``间隙锁锁定的`` (from ``间隙锁锁定的是记录中间的空隙``) → ``间隙锁锁定的对象``: what it
    locks, not a term ``锁定的``; other subjects as they are."""
    if not _CLEFT.search(term):
        return term
    return term + ("對象" if is_traditional([term]) else "对象")


# `X锁定的是Y`: a cleft sentence, its subject a verb phrase made a noun by `的` (three or
# more characters before it: `目的` is a word; or a name and a verb, `fork 采用的`).
_CLEFT = re.compile(r"(?:[\u4e00-\u9fff]{3,}|[A-Za-z][\w\-]*\s*[\u4e00-\u9fff]{2,})的$")


PASSAGE_LENGTH = 30  # characters: a shorter text is no passage


def is_passage(text: str) -> bool:
    """A paragraph of several full sentences (an account), not a phrase or one statement."""
    if len(text) < PASSAGE_LENGTH:
        return False
    return bool(sentence_stops(text.rstrip("。！？!?. "), semicolons=False))


_SENTENCE_MARK = re.compile(r"[，,。；;！!？?]")


def is_sentence(text: str) -> bool:
    """A whole sentence, not a term: an English clause, or text with sentence punctuation
    (outside brackets) or too long to name one thing."""
    bare = _BRACKETS.sub("", text) if ("(" in text or "（" in text) else text
    if is_clause(bare):
        return True
    if _SENTENCE_MARK.search(bare):
        return True
    return _SEVENTEEN_IDEOGRAPHS.match(bare) is not None or len(bare.split()) > 10


_BRACKETS = re.compile(r"\([^()]*\)|（[^（）]*）")
# More than 16 ideographs: the 17th found from the start, not all of them counted.
_SEVENTEEN_IDEOGRAPHS = re.compile("(?:[^\u3400-\u9fff]*+[\u3400-\u9fff]){17}")


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


# `All other ports will be Blocking Ports (BP)`: a name given with its acronym at the end.
_NAMED_WITH_ACRONYM = re.compile(
    r"^(?P<what>\S.{3,80}?)\s+(?:is|are|will\s+be|become|becomes)\s+(?:an?\s+|the\s+)?"
    r"(?P<name>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){1,4})\s*\((?P<acronym>[A-Z]{2,6})s?\)\s*[.;]?$"
)


_MIN_NAMED_WORDS = 3


def named_with_acronym(sentence: str) -> tuple[str, str]:
    """``All non-root ports will be Blocking Ports (BP)`` → (``Blocking Ports (BP)``, ``All
    non-root ports``): a sentence ending in a name whose words spell the acronym after it
    names what it is about; ('', '') otherwise."""
    match = _NAMED_WITH_ACRONYM.match(sentence.strip())
    if not match:
        return "", ""
    name, acronym = match["name"], match["acronym"]
    initials = "".join(word[0] for word in name.split()).upper()
    what = match["what"]
    if initials != acronym or is_clause(what) or len(what.split()) < _MIN_NAMED_WORDS:
        return "", ""  # `The default is …`: too little said to be what the name means
    return f"{name} ({acronym})", match["what"].strip()


# ----------------------------------------------------------------------------- announced steps

# `Any 2 BPDUs are compared in the following order - …:`: the clause announces an order.
_IN_ORDER = re.compile(
    r"^(?P<clause>.+?)\s+in\s+(?:the\s+following|this|that)\s+(?:order|sequence)\b", re.IGNORECASE
)
# `A switch that receives such a frame will do the following:`: it announces actions.
_DOES = re.compile(
    r"^(?P<actor>.+?)\s+(?:(?:will|would|should|must|can|then)\s+)?(?:do|does)\s+the\s+following"
    r"(?:\s+(?:steps|actions|things))?$",
    re.IGNORECASE,
)


def announced_steps(label: str) -> tuple[str, bool]:
    """The subject of the steps a clause label announces, and whether that subject already
    says order: ``Packets are checked in the following order`` → (``order in which packets
    are checked``, True); ``A router that drops a packet does the following`` → (``what a
    router that drops a packet does``, False); ('', False) for other labels."""
    text = label.strip().rstrip(":：").strip()
    if _WIDE.search(text):
        return "", False
    ordered = _IN_ORDER.match(text)
    if ordered and is_clause(ordered.group("clause")):
        return f"order in which {_lower_first(ordered.group('clause'))}", True
    does = _DOES.match(text)
    actor = does.group("actor") if does else ""
    if actor and not is_clause(actor) and actor.casefold() not in _PRONOUNS:
        return f"what {_lower_first(actor)} does", False
    return "", False


def _lower_first(text: str) -> str:
    """``Any 2 BPDUs`` → ``any 2 BPDUs``; an acronym (``TCP packets``) keeps its case."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


_NOT_A_COMMAND = re.compile(
    r"^(?:the|a|an|this|that|these|those|it|they|its|their|all|each|every|some|if|when)\b",
    re.IGNORECASE,
)


def is_command(text: str) -> bool:
    """An English line that reads as a command (``Flush the table``, ``Choose $x$``): it
    opens with a capitalised word that is no article, pronoun or condition, and has no
    finite verb of its own."""
    return (
        text[:1].isupper()
        and not _NOT_A_COMMAND.match(text)
        and not is_clause(text)
        and not _WIDE.search(text)
    )


# `Properties of IFD符合` over the properties: the title ends in the verb its list completes.
_HANGING_VERB = re.compile(r"(?<=\S)\s*(?:须|需|应|應|必须|必須)?(?:符合|满足|滿足)\s*[:：]?$")


def list_title(title: str) -> str:
    """The subject of a list whose title ends in the verb its list completes: ``Properties
    of IFD符合`` → ``Properties of IFD``; other titles as they are."""
    if "of" not in title.lower():
        return title  # no `X of …` to bare: most titles
    bare = _HANGING_VERB.sub("", title)
    # Only when the title says the relation itself (`Properties of …`): `第二正規化需要滿足`
    # stays, its verb is what says the items are conditions.
    return bare if _ASPECT_OF.match(bare) else title


_ASPECT_OF = re.compile(r"^[A-Za-z]+\s+of\s+\S", re.IGNORECASE)
