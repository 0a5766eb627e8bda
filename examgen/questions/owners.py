"""Owners: the heading a list's name needs to say what it is about.

"EEG waveforms" under the heading "N2" lists the waveforms of stage N2, not every EEG
waveform; "核心组件" under a Kubernetes chapter lists Kubernetes' core components. Asked
without the heading ("List all 2 items of “EEG waveforms”"), the stem does not say which
members it wants. Cards already carry such a heading in their prompts; the questions name a
list by :func:`owned_name`, which adds it the way two lists of one name are told apart
("{subject}（{context}）"). A bare kind word under a section of its own is asked the other
way round in the "属于" and short-answer stems: the section is the stem's context and the
name stays alone ("在“嫁接工具”中，请列出“核心组件”的全部3项。", see :func:`stem_owner`).
A list that hangs under a list item (``Fact.parent``) and whose name says only what kind of
thing it lists, not whose ("个人的特质", "Components"), is asked the same way with that item as
the context ("在“认证的实现方式”中，请列出“个人的特质”的全部2项。").
"""

from __future__ import annotations

import re

from examgen.model import Fact
from examgen.questions.categories import (
    CATEGORY_WORDS_EN,
    CATEGORY_WORDS_ZH,
    GENERIC_WORDS,
    generic,
)
from examgen.questions.cues import tokens
from examgen.questions.index import Notes
from examgen.questions.text import clean, clean_term, normalize
from examgen.questions.wording import display_width, phrase

#: Words that qualify a kind without naming whose it is ("核心组件", "main components").
_MODIFIERS_ZH = ("核心", "主要", "基本", "常见", "常用", "重要", "关键", "主流", "相关", "其他")
_MODIFIERS_EN = frozenset(
    ("main", "common", "key", "basic", "core", "important", "major", "other", "the", "of")
)
_COUNT = re.compile(r"[0-9一二三四五六七八九十两几]+\s*[种个类大项点]?")
#: A heading this deep (title, chapter, section, …) is a section of its own whose lists it
#: scopes; a chapter scopes only a bare kind word.
SECTION_DEPTH = 3
#: A name wider than this (display columns) says enough of its own ("order in which PGO
#: waves are detected", "components of Polysomnography"): a short one ("EEG waveforms",
#: "Medication") needs its section.
MAX_SHORT_NAME = 16
#: "个人的特质": at most this many characters before a Chinese kind word (without "的") name
#: no thing of their own, only whose kind it is among the item's ("个人", "行为").
MAX_RELATIVE_REST = 2
#: A parent item wider than this (display columns) is a sentence, no context for a stem.
MAX_PARENT_WIDTH = 30
_SENTENCE = re.compile(r"[。，,；;！？!?]")
_LATIN = re.compile(r"[A-Za-z0-9]")
_CONDITION = re.compile(
    r"(?:in|for|if|when|while|under|with|during|after|before|given|where|on|at)\s|当|如果|若",
    re.IGNORECASE,
)
#: The words of the kind words: "生物特质" under "个人的特质" shares only the kind, and says
#: nothing of whose traits they are.
_KIND_TOKENS = frozenset(tokens(" ".join((*CATEGORY_WORDS_ZH, *CATEGORY_WORDS_EN))))


def bare(subject: str) -> bool:
    """Whether a list's name is only a kind word with modifiers ("核心组件", "Main types",
    "三要素"): it names no thing whose kind it is."""
    words = subject.casefold().split()
    rest = " ".join(w for w in words if w not in _MODIFIERS_EN and w not in CATEGORY_WORDS_EN)
    rest = _COUNT.sub("", rest)
    for word in sorted((*CATEGORY_WORDS_ZH, *_MODIFIERS_ZH, *GENERIC_WORDS), key=len, reverse=True):
        rest = rest.replace(word, "")
    return not normalize(rest.replace("的", ""))


def _owner(fact: Fact) -> str:
    """The heading ``fact``'s name needs, or ''."""
    if len(fact.section) < 2:
        return ""
    subject = normalize(fact.subject)
    heading = clean(fact.section[-1])
    key = normalize(heading)
    if not key or key in subject or subject in key or tokens(heading) & tokens(fact.subject):
        return ""
    short = display_width(clean(fact.subject)) <= MAX_SHORT_NAME
    if (len(fact.section) >= SECTION_DEPTH and short) or bare(clean(fact.subject)):
        return heading
    return ""


def owned_name(notes: Notes, fact: Fact) -> str:
    """The name a question gives ``fact``'s list or sequence: its indexed name, with the
    heading it stands under when that heading is a section of its own the name does not
    already say ("EEG waveforms (N2)"), or when the name is a bare kind word
    ("核心组件（容器编排与Kubernetes原理）"); the list item it hangs under rather than the
    heading when the name does not say whose it is ("步骤（安装Docker）")."""
    name = notes.names[fact.id]
    owned = basis_owned(fact, name)
    if owned:
        return owned  # "分类 按所处的组织层次": classification of what, its heading says
    if name != clean(fact.subject):
        # Already told apart from a list of the same name by its heading.
        return name
    owner = _parent_owner(fact) or _owner(fact)
    return phrase(fact.lang, "qualified", subject=name, context=owner) if owner else name


#: English plural nouns that, like the kind words, say what a list holds, not whose
#: ("Two extreme assumptions" of some model).
_RELATIVE_EN = frozenset(
    ("assumptions", "approaches", "models", "factors", "issues", "problems", "solutions",
     "schemes", "strategies", "techniques", "reasons", "causes", "effects", "conditions",
     "criteria", "cases", "levels", "aspects", "forms", "functions", "roles", "views")
)  # fmt: skip
_EN_COUNTS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))


def relative(subject: str) -> bool:
    """Whether a list's name says only what kind of thing it lists, not whose: a bare kind
    word ("核心组件"), or a kind word after a few characters of Chinese that name no thing of
    the notes ("个人的特质", "行为特质"), or an English kind word with at most one word before it
    ("Components", "Key features")."""
    if bare(subject):
        return True
    words = subject.casefold().split()
    if words and all(w.isascii() for w in words):
        return len(words) <= 2 and words[-1] in CATEGORY_WORDS_EN
    key = normalize(subject)
    for word in CATEGORY_WORDS_ZH:
        if key.endswith(word):
            rest = key[: -len(word)].replace("的", "")
            return len(rest) <= MAX_RELATIVE_REST and not _LATIN.search(rest)
    return False


#: Chinese words that, like the English ones above, name a plan or view of something unsaid.
_OWNERLESS_ZH = ("方案",)


def ownerless(subject: str) -> bool:
    """Whether a list's name, not a bare kind word, says what its members are but not of
    what ("网络方案", "Two extreme assumptions", "Port roles"): a few words before one of
    :data:`_RELATIVE_EN` (a count aside) or two characters at most before 方案."""
    words = subject.casefold().split()
    if words and all(w.isascii() for w in words):
        words = [w for w in words if w not in _EN_COUNTS and not w.isdigit()]
        return 0 < len(words) <= 2 and words[-1] in _RELATIVE_EN
    key = normalize(subject)
    return any(
        key.endswith(w) and 0 < len(key[: -len(w)]) <= MAX_RELATIVE_REST and not _LATIN.search(key)
        for w in _OWNERLESS_ZH
    )


def parent_name(fact: Fact) -> str:
    """The list item ``fact`` hangs under (``Fact.parent``) when it reads as a name a stem
    can put in quotes, or '': not a sentence, a formula, or a condition or loop the item
    opens ("In GLM", "For $i$ from 1 to T"), which say when, not whose."""
    parent = clean(fact.parent)
    if not parent or display_width(parent) > MAX_PARENT_WIDTH or _SENTENCE.search(parent):
        return ""
    return "" if "$" in parent or _CONDITION.match(parent) else parent


def _parent_owner(fact: Fact) -> str:
    """The list item ``fact``'s list hangs under when its name does not say whose it is and
    the item reads as a name (not a sentence) the name does not already hold, or ''."""
    parent = parent_name(fact)
    if not parent:
        return ""
    subject = clean(fact.subject)
    key, own = normalize(parent), normalize(subject)
    if not key or key in own or own in key or (tokens(parent) & tokens(subject)) - _KIND_TOKENS:
        return ""
    return parent if relative(subject) else ""


def stem_owner(notes: Notes, fact: Fact) -> str:
    """The context a question about ``fact``'s list names ("在“嫁接工具”中，请列出“核心组件”的
    全部3项。"), or '': the list item it hangs under when its name does not say whose it is
    (:func:`relative`), else the section of a bare kind word under a section of its own,
    which says what it asks only with that section, and reads as a name only without it
    glued in."""
    if notes.names[fact.id] != clean(fact.subject):
        return ""
    parent = _parent_owner(fact)
    if parent:
        return parent
    subject = clean(fact.subject)
    if not bare(subject) and ownerless(subject):
        return _heading_owner(fact)
    if len(fact.section) < SECTION_DEPTH:
        return ""
    return _owner(fact) if bare(subject) else ""


def _heading_owner(fact: Fact) -> str:
    """The nearest heading above ``fact`` (the notes' title aside) that is not the list's own
    heading nor a generic one ("Overview") nor one naming a member (the list's answers:
    "Sophistication vs naive" over "Two extreme assumptions"), or '' when that heading
    already says the name's words, or there is none."""
    subject = normalize(fact.subject)
    members = [key for key in (normalize(item.text) for item in fact.items) if len(key) >= 2]
    for heading in reversed(fact.section[1:]):
        name = clean_term(heading)
        key = normalize(name)
        if not key or key == subject or generic(name):
            continue  # the list's own heading, or one naming no thing ("Overview")
        if any(member in key for member in members):
            continue  # "Sophistication vs naive" over its members "Sophistication", "Full naive"
        if key in subject or subject in key or tokens(name) & tokens(fact.subject):
            return ""
        return name
    return ""


def glued_chapter(fact: Fact) -> str | None:
    """Why ``fact``'s list cannot be named for a question, or None: a bare kind word whose
    owner is a whole chapter reads as one quoted name with the chapter glued in
    ("“核心组件（容器编排与Kubernetes原理）”"), a category no teacher would write."""
    owner = _owner(fact)
    if owner and len(fact.section) < SECTION_DEPTH and not _parent_owner(fact):
        return f"“{clean(fact.subject)}” is named only by its chapter “{owner}”"
    return None


def unowned(notes: Notes, fact: Fact) -> str | None:
    """Why ``fact``'s list cannot be named for a question, or None: a name that says what it
    lists but not of what (:func:`ownerless`, "Two extreme assumptions") with no heading
    above to say it, or only one that names the members themselves ("Sophistication vs
    naive"): "List the items of “Two extreme assumptions”" does not say what it asks."""
    subject = clean(fact.subject)
    if notes.names[fact.id] != subject or bare(subject) or not ownerless(subject):
        return None
    if stem_owner(notes, fact):
        return None
    return f"“{subject}” says what it lists but not of what, and no heading above says it"


#: The opening of a basis a kind word is split by ("按所处的组织层次", "by function").
_BASIS = re.compile(r"^(?P<head>.+?)\s+(?P<basis>(?:按|根据|根據|依照|by\s|according\sto\s).*)$")
#: Kind words that say only that something is divided, not what ("分类", "Types").
_CLASSIFICATIONS = frozenset(
    ("分类", "类型", "种类", "类别", "划分", "分類", "類型", "種類", "類別", "劃分",
     "types", "kinds", "classes", "categories", "classification", "classifications")
)  # fmt: skip
#: What joins an owner to its kind word in a heading ("管理者及其分类", "管理者的分类").
_JOINERS = ("及其", "及", "的", "和")


def basis_owned(fact: Fact, name: str) -> str | None:
    """``name`` with the owner a bare kind word split by a basis needs ("分类 按所处的组织层次"
    under "管理者及其分类" -> "管理者的分类 按所处的组织层次"), '' when no heading says whose
    kind it is, or None when ``name`` is no such kind word."""
    match = _BASIS.match(clean(name))
    if match is None or normalize(match["head"]) not in _CLASSIFICATIONS:
        return None
    head = match["head"]
    for heading in reversed(fact.section[1:]):
        owner = _owner_of(clean(heading), head)
        if owner:
            if fact.lang == "en":
                return f"{head} of {owner} {match['basis']}"
            return f"{owner}的{head} {match['basis']}"
    return ""


def _owner_of(heading: str, head: str) -> str:
    """What ``heading`` names as the owner of the kind ``head``: the heading without a
    section number and its kind word ("1.3.1. 管理者及其分类" -> "管理者"), or ''."""
    text = re.sub(r"^[\d.、\s]+", "", heading).strip()
    key = normalize(head)
    kinds = sorted({key, *CATEGORY_WORDS_ZH}, key=len, reverse=True)
    for kind in kinds:
        if kind and text.endswith(kind) and len(text) > len(kind):
            owner = text[: -len(kind)]
            for joiner in _JOINERS:
                if owner.endswith(joiner):
                    owner = owner[: -len(joiner)]
                    break
            return owner.strip() if normalize(owner) and not bare(owner) else ""
    if text.casefold().startswith(f"{head.casefold()} of "):
        return text[len(head) + 4 :].strip()
    return ""
