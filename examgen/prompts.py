"""How a card names what it asks: a list's relation, an aspect, a lead-in label (the
fixed phrases per language are in :mod:`examgen.card_phrases`).

A list card states the relation its subject names (README "The cards"):
``CGroups 作用`` -> ``CGroups 的作用有哪些？`` (a term and a relation word), ``云计算优势`` ->
``云计算优势有哪些？`` (a category), ``全自动调度`` with members ``定向调度``, ``亲和性调度`` ->
``全自动调度有哪几种？`` (its members are kinds of it), a question as it is; a lead-in
(``Bridge contains``), a facet (``InnoDB中的锁（按模式）``), a bare relation word under a
heading (``Variants``), the list's heading (``Pod 特点``) or a gerund (``Changing X``) give
the relation too. Any other subject names none: the card asks to explain it and says where
it stands (:func:`unnamed_subject`, ``解释这个概念 node（核心组件）``; no card at all
when node's own definition is too long to stand beside it), never a
bare ``node有哪些？`` nor a made-up 要点, unless the notes named the list in a lead-in
sentence (``Fact.label``: ``MVCC实现依赖于哪些？``). Relation words are matched in either
Chinese script (``類型`` as ``类型``). A definition of an aspect (``索引优点``) is named as
whose aspect it is (``索引的优点``, :mod:`examgen.aspects`).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from examgen.card_phrases import Phrases
from examgen.endings import Endings
from examgen.headings import heading_owner, where_stands
from examgen.model import Item
from examgen.relation_words import (
    EN_HEAD_NOUNS,
    EN_LABELS,
    EN_MORE_LABELS,
    ZH_LABELS,
    base,
    capital,
    en_category,
    en_plural_head,
    en_question,
    ends_with_label,
    is_label,
    plural,
    remedies_word,
    shared_head,
    statement_form,
    yielded_question,
    yields_relation,
)
from examgen.script import HANT, simplified_view, to_traditional

_ZH_COUNTED = re.compile(r"[一二两三四五六七八九十几\d]+[种个类大项点条层步]\S{0,4}$")
_ZH_QUESTION = re.compile(r"^(为什么|为何|如何|怎样|怎么|什么|哪些)|[?？]$")
_EN_QUESTION = re.compile(r"^(why|how|what|which|when)\b|\?$", re.IGNORECASE)
_CLAUSE = re.compile(r"[，,。；;：:]")
_ZH_PHRASE = re.compile(r"的|^(运行|使用|包含|包括|提供|支持|需要|实现|负责)")
_LATIN_END = re.compile(r"[A-Za-z0-9]$")
_LATIN_START = re.compile(r"[A-Za-z0-9]")


class Relation(NamedTuple):
    """What a list's subject says about its members: a form and its parts."""

    form: str  # label | category | kinds | question | statement | facet | points
    head: str
    label: str  # the relation word (label), or the facet ("（按模式）") of a facet list


# "X 包括" / "EtherChannels Composed of" / "Bridge contains": the lead-in names the parts.
_ZH_PARTS_VERB = re.compile(r"\s*(?:主要)?(?:包括|包含|由以下部分组成|组成有)[：:]?$")
_ZH_HAVE = re.compile(r"\s*(?:主要)?有[：:]?$")
# "第二正規化需要滿足", "Properties of IFD符合": the lead-in asks for conditions.
_ZH_CONDITIONS_VERB = re.compile(r"\s*(?:需要|必须|应|须|应该)?(?:满足|符合)[：:]?$")
_EN_PARTS_VERB = re.compile(
    r"\s+(?:contains?|includes?|(?:is\s+|are\s+)?(?:composed|made\s+up|comprised)\s+of|consists?\s+of)"
    r"\s*:?$",
    re.IGNORECASE,
)
# "InnoDB中的锁（按模式）", "InnoDB中的锁按照锁粒度", "索引类型 从数据结构角度": one way of
# dividing the subject into kinds (a facet).
_ZH_FACET = re.compile(
    r"^(?P<head>.+?)\s*(?P<facet>[（(](?:按照?|从|根据|依)[^（()）]+[)）]"
    r"|(?:按照?|根据)\S+|从\S+角度)$"
)
# A gerund naming a task ("Changing root election", "Choosing z_i"): its list gives ways.
_EN_TASK = re.compile(
    r"^(?:changing|choosing|selecting|configuring|setting|using|creating|making|improving|"
    r"reducing|preventing|avoiding|measuring|handling|finding|solving|tuning|picking)\s+\S",
    re.IGNORECASE,
)
# A count or a plain modifier opening the words before a relation word ("Two extreme
# assumptions", "Key features"): they qualify the relation word, they name no owner.
_EN_MODIFIER = re.compile(
    r"^(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|several|some|many|various|"
    r"main|key|basic|major|common|general|other|different)\b",
    re.IGNORECASE,
)
# A name and its abbreviation after a comma ("Boyce-Codd Normal Form, BCNF").
_NAME_ABBR = re.compile(r"^[A-Za-z][\w' -]*,\s*[A-Z][A-Z0-9]{1,6}$")
# A remark in brackets closing a subject ("（总结）", "(summary)").
_REMARK = re.compile(r"\s*[（(][^（()）]+[)）]$")
# "常用的单向hash函数", "经典的密码体系": the usual members of a kind.
_ZH_TYPICAL = re.compile(r"^(?:常用|常见|主要|典型|经典|常规)的")
# "单向hash函数 要求以下性质": the lead-in names what its members are.
_ZH_FOLLOWING = re.compile(r"(?:以下|如下)(?P<noun>[^\s，,。的]{1,4})[：:]?$")


def relation(
    subject: str,
    items: Sequence[Item],
    lang: str,
    section: Sequence[str] = (),
    label: str | None = None,
    title: str = "",
) -> Relation:
    """How a list with ``subject`` is asked (see the module doc); ``section``: its headings,
    title first (the owner of a bare relation word such as "Variants"); ``label``: the
    lead-in the notes named the list by (``Fact.label``), said when the subject names no
    relation of its own; ``title``: the notes' title when it is a term they define, the
    owner of a bare relation word right under it ("目的" under "# Normalization")."""
    return _related(subject, tuple(items), lang, tuple(section), label, title)


# A list's relation is asked for three or four times per card build (its title, whether it
# names one, its prompt): the memo makes the repeats one lookup.
@functools.lru_cache(maxsize=1 << 14)
def _related(
    subject: str,
    items: Sequence[Item],
    lang: str,
    section: Sequence[str],
    label: str | None,
    title: str,
) -> Relation:
    remedies = remedies_word(subject, [item.gloss or "" for item in items], lang)
    if remedies:  # "Unidirectional Link Issues" over UDLD, Loop Guard: their solutions
        return Relation("label", subject.strip(), remedies)
    if label and yields_relation(label):
        # "利用…推导出" over what the axioms derive: the members are no rules of the subject,
        # whatever kind word its name holds; the lead-in's relation is what to recall.
        return Relation("question", yielded_question(label, subject), "")
    found = _relation(subject, items, lang, section)  # tuples already: see relation()
    if title and found.form in ("category", "points") and is_label(subject.strip()):
        return Relation("label", title, subject.strip())
    if found.form == "facet" and is_label(found.head):
        found = found._replace(head=_owned_word(found.head, section))
    if found.form == "points" and base(lang) == "zh" and _conditions(items):
        return Relation("label", found.head, "条件")
    if found.form == "points" and label:
        return _labelled(" ".join(label.split()), found.head, base(lang))
    if found.form == "points" and base(lang) == "zh":
        shared = _shared_label(items)
        if shared:  # 分布式环境管理能力, 上云能力 … under DevOps: DevOps 的能力
            return Relation("label", found.head, shared)
    if found.form == "points":
        # 副本控制, 端点控制 … under Controller Manager: Controller Manager 的控制
        head = shared_head([item.text for item in items], lang)
        if head:
            return Relation("label", found.head, head)
    return found


# Relation words a member may end with that a subject seldom does ("上云能力").
_ZH_MEMBER_LABELS = ("能力", *ZH_LABELS)
_ZH_LABEL_ENDINGS = Endings(ZH_LABELS)  # which relation word a subject ends with


def _shared_label(items: Sequence[Item]) -> str:
    """The relation word every member of a Chinese list (two or more) ends with, in the
    members' own script; '' when they share none or a member is that word alone."""
    if len(items) < 2:
        return ""
    texts = [item.text.strip() for item in items]
    # Most lists share none: the first member's ending rules them out in one test.
    if not simplified_view(texts[0]).endswith(_ZH_MEMBER_LABELS):
        return ""
    for word in _ZH_MEMBER_LABELS:
        if all(simplified_view(t).endswith(word) and len(t) > len(word) for t in texts):
            return texts[0][-len(word) :]
    return ""


# A member saying what must hold ("符合2NF", "满足…", "必须…"): the list is of conditions.
_ZH_CONDITION = re.compile(r"^(?:且|并且|并)?(?:符合|满足|必须|须|需要)")


def kind_word(subject: str) -> str:
    """The relation word a Chinese term ends with, as written (``原则`` of ``微服务拆分原则``);
    '' when none or when the term is that word alone."""
    view = simplified_view(subject.strip())
    word = _ZH_LABEL_ENDINGS.first(view, shorter=True)
    return subject.strip()[-len(word) :] if word else ""


def _conditions(items: Sequence[Item]) -> bool:
    """Whether a Chinese list's first member says what must hold (``第三正規化``: 符合2NF,
    每一個Non Key Attribute皆與PK無遞移相依): its members are the subject's conditions."""
    return bool(items) and bool(_ZH_CONDITION.match(simplified_view(items[0].text.strip())))


# A Chinese lead-in ending in a verb that its members complete ("MVCC实现依赖于").
_ZH_OPEN_VERB = re.compile(
    r"(?:依赖于|依赖|包括|包含|分为|分成|有|如下|需要|用于|取决于|推导出|导出|得出)$"
)
# An English lead-in that opens with a pronoun for the list's subject ("This is
# frequently accompanied by" under "insomnia").
_EN_PRONOUN = re.compile(r"^(?:this|it|they|these)\b", re.IGNORECASE)


def _labelled(label: str, subject: str, lang: str) -> Relation:
    """A list asked by its lead-in: "MVCC实现依赖于哪些？", "insomnia is frequently
    accompanied by: list them."."""
    label = label.rstrip("：:。. ")
    if lang == "zh":
        view = simplified_view(label)
        if view.endswith(("分为", "分成")):  # "索引分为哪几种？"
            return Relation("question", f"{label}哪几种", "")
        if _ZH_OPEN_VERB.search(view):
            return Relation("question", f"{label}哪些", "")
        if subject and _folded(subject) not in _folded(label):
            # "for update下以下情况开启锁" under 临键锁: the lead-in says not whose it is.
            return Relation("statement", f"{subject}：{label}", "")
        return Relation("statement", label, "")
    if _EN_PRONOUN.match(label):
        label = _EN_PRONOUN.sub(subject, label, count=1)
    named = _EN_SOME_INCLUDE.match(label)
    if named:  # "Some areas of the brain that are … include" names the members' category
        return Relation("category", named["noun"], "")
    return Relation(statement_form(label, lang), label, "")


def _folded(text: str) -> str:
    """``text`` in simplified characters, without spaces, case folded: for "says it"."""
    return "".join(simplified_view(text).split()).casefold()


# "Some areas of the brain that are activated during REM sleep include": the plural noun
# phrase before "include" is what the members are.
_EN_SOME_INCLUDE = re.compile(
    r"^(?:some|several|certain|the|common|typical|important)\s+(?P<noun>\w+s\b.*?)\s+"
    r"(?:include|includes|are)$",
    re.IGNORECASE,
)


def _relation(subject: str, items: Sequence[Item], lang: str, section: Sequence[str]) -> Relation:
    subject = " ".join(subject.split())
    lang = base(lang)
    # Chinese patterns are written in simplified characters and matched against the
    # subject's simplified view (character for character, so positions carry over).
    view = simplified_view(subject) if lang == "zh" else subject
    question = _ZH_QUESTION if lang == "zh" else _EN_QUESTION
    if question.search(view):
        return Relation("question", subject.rstrip("?？"), "")
    following = _ZH_FOLLOWING.search(view) if lang == "zh" else None
    if following and following.start() > 0:  # "…要求以下性质" -> "…要求哪些性质？"
        noun = subject[following.start("noun") : following.end("noun")]
        return Relation("question", f"{subject[: following.start()].rstrip()}哪些{noun}", "")
    if lang == "zh":
        named = _zh_lead_in(subject, view)
        if named is not None:
            return named
    else:
        parts = _EN_PARTS_VERB.search(subject)
        if parts and parts.start() > 0:
            return Relation("label", subject[: parts.start()], "components")
    # A sentence the notes made a list's subject ("There are three neurotransmitters …"):
    # it introduces the members itself, so the card asks for them after it.
    named = _NAME_ABBR.match(subject)  # "Boyce-Codd Normal Form, BCNF": a name, no clause
    if (_CLAUSE.search(subject) and not named) or (lang != "zh" and len(subject.split()) >= 6):
        return Relation(statement_form(subject, lang), subject.rstrip("。.:："), "")
    # "管理者应当具备三种技能" already counts its kinds: no "…三种技能的种类".
    counted = lang == "zh" and _ZH_COUNTED.search(view)
    if (
        len(items) >= 2
        and not counted
        and (_all_kinds_of(subject, items, lang) or _heading_names_all(subject, items, section))
    ):
        return Relation("kinds", subject, "")
    owner = heading_owner(subject, section)
    if lang == "zh":
        head, _, tail = subject.rpartition(" ")
        # "CGroups 作用" -> "CGroups 的作用"; "node 运行的进程" is already a phrase.
        if head and ends_with_label(tail) and not _ZH_PHRASE.search(simplified_view(tail)):
            return Relation("label", head, tail)
        if is_label(subject) and owner:  # "特点" under "### Docker": Docker's
            return Relation("label", owner, subject)
        # "B树和B+树区别（总结）", "规则(in MAC)": a remark in brackets after the relation word.
        bare = _REMARK.sub("", subject)
        if ends_with_label(subject) or _ZH_COUNTED.search(view) or ends_with_label(bare):
            return Relation("category", subject, "")
        if _ZH_TYPICAL.match(view) or (subject.isascii() and en_category(subject.split())):
            # "常用的单向hash函数", "Properties of IFD" in Chinese notes: a category.
            return Relation("category", subject, "")
        heading = _heading_label(subject, section, lang)
        return heading or Relation("points", subject, "")
    words = subject.split()
    last = words[-1].lower() if words else ""
    if len(words) >= 2 and last in EN_HEAD_NOUNS:
        return Relation("category", subject, "")
    if len(words) >= 2 and last in EN_LABELS and _EN_MODIFIER.match(subject):
        return Relation("category", subject, "")  # "Two extreme assumptions": no owner
    if len(words) >= 2 and last in EN_LABELS:
        head = " ".join(words[:-1])
        head = head[:-2] if head.endswith(("'s", "’s")) else head
        return Relation("label", head, last)
    if len(words) == 1 and owner and plural(last) in EN_LABELS | EN_MORE_LABELS:
        # "Variants" under "### Gradient descent": the variants of gradient descent.
        return Relation("label", owner, plural(last))
    if words and words[0].lower() in EN_LABELS:
        return Relation("category", subject, "")
    if _EN_TASK.match(subject):
        return Relation("label", subject[:1].lower() + subject[1:], "ways")
    heading = _heading_label(subject, section, lang)
    if heading:
        return heading
    if en_plural_head(words):
        return Relation("category", subject, "")
    return Relation("points", subject, "")


def subject_head(subject: str, lang: str) -> str:
    """The thing a list's subject is about, without its relation word ("Normalization" of
    "Normalization類型", "Docker" of "Docker 优点", "X" of "Types of X"); the subject
    itself when it has none."""
    subject = " ".join(subject.split())
    if base(lang) == "zh" and not subject.isascii():
        view = simplified_view(subject)
        word = _ZH_LABEL_ENDINGS.first(view)
        head = subject[: len(subject) - len(word)].strip().removesuffix("的").strip()
        return head or subject
    words = subject.split()
    if len(words) >= 3 and words[1].lower() == "of" and words[0].lower() in EN_LABELS:
        return " ".join(words[2:])
    if len(words) >= 2 and words[-1].lower() in EN_LABELS:
        return " ".join(words[:-1])
    return subject


def _zh_lead_in(subject: str, view: str) -> Relation | None:
    """A Chinese subject that still holds its lead-in: "X 包括" (X's parts), "存储引擎
    其他区别有" (the differences), a facet "InnoDB中的锁（按模式）". ``view``: the subject
    in simplified characters, position for position."""
    parts = _ZH_PARTS_VERB.search(view)
    if parts and parts.start() > 0:
        return Relation("label", subject[: parts.start()], "组成")
    conditions = _ZH_CONDITIONS_VERB.search(view)
    if conditions and conditions.start() > 0:
        return Relation("label", subject[: conditions.start()], "条件")
    have = _ZH_HAVE.search(view)
    if have and have.start() > 0:
        stem = subject[: have.start()]
        head, _, tail = stem.rpartition(" ")
        if head and ends_with_label(tail):
            return Relation("label", head, tail)
        return Relation("category", stem, "")
    facet = _ZH_FACET.match(view)
    if facet:
        text = subject[facet.start("facet") : facet.end("facet")]
        if text[:1] not in "（(":
            text = f"（{text}）"
        return Relation("facet", subject[: facet.end("head")].strip(), text)
    return None


def _owned_word(word: str, section: Sequence[str]) -> str:
    """A bare relation word a facet divides ("分类（按所处的组织层次）") said with whose it
    is, after the heading it stands under: "管理者的分类" under "管理者及其分类" (the
    heading's "及其分类" is the word itself); the word alone when there is no heading."""
    owner = heading_owner(word, section)
    for joint in ("及其", "与其"):
        owner = owner.removesuffix(joint + word)
    if not owner or owner == word:
        return word
    return f"{owner}{' 的' if _LATIN_END.search(owner) else '的'}{word}"


# Relations an English card asks "for" its head, not "of" it.
_EN_FOR = frozenset(("reasons", "solutions"))


def _heading_label(subject: str, section: Sequence[str], lang: str) -> Relation | None:
    """A bare term whose own heading names the relation: "Pod 特点" or "Features of Pod"
    over the list of Pod."""
    if not section or len(section) < 2:
        return None
    heading = " ".join(section[-1].split())
    key = subject.casefold()
    if key not in heading.casefold() or heading.casefold() == key:
        return None
    rest = heading.casefold().replace(key, " ").replace("的", " ").strip(" ：:-–—")
    if base(lang) == "zh":
        return Relation("label", subject, rest) if is_label(rest) else None
    rest = rest.removeprefix("the ").removesuffix(" of").strip()
    if rest in EN_LABELS or rest in EN_MORE_LABELS:
        return Relation("label", subject, rest)
    return None


def _all_kinds_of(subject: str, items: Sequence[Item], lang: str) -> bool:
    """Whether every member is named as a kind of the subject (定向调度 under 全自动调度)."""
    if base(lang) == "zh" and not _LATIN_END.search(subject):
        suffix = subject[-2:]
        if len(suffix) < 2 or not all(_is_cjk(ch) for ch in suffix):
            return False
    else:  # "undo log" over "insert undo log", "delete undo log", even in Chinese notes
        words = subject.split()
        suffix = words[-1].lower() if words else ""
        if len(suffix) < 3:
            return False
    return all(
        item.text.strip().lower().endswith(suffix) and item.text.strip().lower() != subject.lower()
        for item in items
    )


def _heading_names_all(subject: str, items: Sequence[Item], section: Sequence[str]) -> bool:
    """Whether the list's own heading is its subject and every member ("價值性 Trivial or
    Non-Trivial" over Trivial, Non-trivial): the heading offers them as its kinds."""
    heading = " ".join(section[-1].split()).casefold() if section else ""
    if not heading.startswith(" ".join(subject.split()).casefold()):
        return False
    rest = heading[len(" ".join(subject.split())) :]
    return all(" ".join(item.text.split()).casefold() in rest for item in items)


def _is_cjk(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF" and ch.isalpha()


def list_wording(
    subject: str,
    items: Sequence[Item],
    words: Phrases,
    lang: str,
    section: Sequence[str] = (),
    parent: str = "",
    label: str | None = None,
    title: str = "",
    rel: Relation | None = None,
):
    """The plain-text question a list card asks (``CGroups 的作用有哪些？``) and the title
    of its cloze note (``CGroups 的作用``). ``section``: the list's headings; ``parent``:
    the list it is a member of. A list whose notes name no relation says where it stands
    (its parent list, else its heading), so that it is told apart from other cards.
    ``rel``: :func:`relation` of these arguments, when the caller has it already."""
    if rel is None:
        rel = relation(subject, items, lang, section, label, title)
    if lang == HANT and rel.label and not any(rel.label in t for t in (subject, *section)):
        # A relation word of ours ("组成" for "X 包括"), not the notes' own: in their script.
        rel = rel._replace(label=to_traditional(rel.label))
    if rel.form == "question" and base(lang) != "zh":  # "what LAG can be" asks as a sentence
        rel = rel._replace(head=en_question(rel.head))
    where = ""
    if rel.form == "points":
        where = parent or where_stands(rel.head, section)
    # Chinese typesetting puts a space between a Latin word and 的, none after a Hanzi.
    parts = {
        "subject": rel.head,
        "head": rel.head,
        "label": rel.label,
        "facet": rel.label,
        "de": " 的" if _LATIN_END.search(rel.head) else "的",
        "of": "for" if rel.label in _EN_FOR else "of",
        "sp": " " if _LATIN_START.match(rel.head) else "",
        "where": (f"（{where}）" if base(lang) == "zh" else f" ({where})") if where else "",
        "Subject": capital(rel.head),
    }
    return words.relation[rel.form].format(**parts), words.title[rel.form].format(**parts)


def unnamed_subject(
    subject: str,
    items: Sequence[Item],
    lang: str,
    section: Sequence[str] = (),
    parent: str = "",
    label: str | None = None,
    rel: Relation | None = None,
) -> str:
    """The subject of a list whose notes name no relation (the "points" form of
    :func:`relation`) and where it stands, as :func:`list_wording` says it
    (``Replication Controller（容器编排）``); '' when the relation is named. Recalling "the
    points listed about X" asks for the notes' wording, not for what X is: such a list is
    the answer of an "explain X" card instead. ``rel``: :func:`relation` of these
    arguments (no title), when the caller has it already."""
    if rel is None:
        rel = relation(subject, items, lang, section, label)
    if rel.form != "points":
        return ""
    where = parent or where_stands(rel.head, section)
    if not where:
        return rel.head
    return f"{rel.head}（{where}）" if base(lang) == "zh" else f"{rel.head} ({where})"


def owner_title(subject: str, lang: str, words: Phrases) -> str:
    """How a member's card names the list it belongs to: the list's own title when the
    list's subject is a lead-in naming the parts ("Bridge contains" -> "components of
    Bridge", "X 包括" -> "X的组成"), so that the member card and the list card say the
    same relation; the subject itself otherwise."""
    if not subject:  # most definitions: no list of the notes holds their term
        return subject
    view = simplified_view(subject) if base(lang) == "zh" else subject
    verb = _ZH_PARTS_VERB if base(lang) == "zh" else _EN_PARTS_VERB
    found = verb.search(" ".join(view.split()))
    if not found or found.start() == 0:
        return subject
    title = list_wording(subject, (), words, lang)[1]
    return title.removeprefix("The ").strip() or subject
