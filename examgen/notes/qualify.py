"""How a bare subject is qualified by its parent heading: ``作用`` under ``CGroups`` is
``CGroups 作用``, ``Pros`` under ``EtherChannels Overview`` is ``EtherChannels Pros``.

Split from :mod:`examgen.notes.terms` (one noun per module): terms split a text into a term
and what it says; this module names what a bare term belongs to.
"""

from __future__ import annotations

import re

from examgen.notes.draft import _CJK_IDEOGRAPH
from examgen.notes.shapes import is_bare, names_a_pair, script_variants, without_possessive
from examgen.notes.terms import LATIN_LETTER
from examgen.notes.weights import LATIN_WORD


def shares_word(subject: str, parent: str) -> bool:
    """Whether ``subject`` already names ``parent`` (a Latin word or two CJK characters)."""
    folded = subject.casefold()
    for word in LATIN_WORD.findall(parent.casefold()):
        stem = word[:-1] if len(word) > 3 and word.endswith("s") else word
        if len(stem) >= 3 and stem in folded:
            return True
    ideographs = "".join(_CJK_IDEOGRAPH.findall(parent))
    return any(ideographs[i : i + 2] in folded for i in range(len(ideographs) - 1))


def qualify(subject: str, parent: str) -> str:
    """``作用`` under ``CGroups`` is ``CGroups 作用``; a subject naming its parent stays.

    A bare word (``Pros``, ``缺点``) takes the parent's own noun phrase, without a bare word
    the parent was qualified by (``Pros`` under ``EtherChannels Overview`` is ``EtherChannels
    Pros``). A Chinese aspect phrase (``工作原理``) takes its parent too, but a subject with a
    Latin word in it is the deepest noun phrase and stays whole (``Assume Gaussian noise``
    under ``Linear Regression`` is not glued to it).
    """
    if not parent or shares_word(subject, parent):
        return subject
    if not is_bare(subject) and LATIN_LETTER.search(subject):
        return subject
    if not is_bare(subject) and _OWN_POSSESSIVE.match(subject):
        return subject  # `处理隐通道的方法`: it says whose it is already
    if is_bare(subject) and subject in _RELATIONS and names_a_pair(parent):
        return f"{parent}的{subject}"  # `区别` under `进程和线程`: 进程和线程的区别
    if is_bare(subject):
        parent = _nearest_thing(parent)
        subject = without_possessive(subject)
        # `Composed of:` under `EtherChannels`: the label left hanging names its components.
        subject = _PARTS_LABEL.sub("components", subject)
        if subject in _DEFINITION_WORDS:
            return _without_bare_tail(parent)  # `定义：…` under `进程` is what 进程 means
    else:
        parent = _TRAILING_GLOSS.sub("", parent).strip() or parent
    if _RESPECT.search(subject) and _CJK_IDEOGRAPH.search(parent[-1:]):
        # `人际关系方面：` under `管理者的角色`: the roles in that respect, as Chinese says it.
        return f"{subject}的{_without_bare_tail(parent)}"
    return f"{_without_bare_tail(parent)} {subject}"


# `人际关系方面`, `技術層面`: a label naming one respect in which its parent is divided.
_RESPECT = re.compile(r"^[^\s，,：:的]{2,10}(?:方面|层面|層面)】?$")


_PARTS_LABEL = re.compile(
    r"^(?:(?:is|are)\s+)?(?:composed|comprised|made\s+up|consists?)\s+of$", re.IGNORECASE
)
_DEFINITION_WORDS = frozenset(script_variants(("定义",)))
_RELATIONS = frozenset(script_variants(("区别", "联系", "关系", "异同", "差异")))
# `处理隐通道的方法`: a Chinese noun phrase naming its owner before `的`, complete as it is.
# Three or more characters before `的` (two are as often a verb: `运行的进程` is node's), and
# not a pronoun, `其他`, a bare adjective such as `常见` or an angle such as `按所处的层次`,
# which divides its parent.
_OWN_POSSESSIVE = re.compile(
    r"^(?!其|它|他|她|这|這|那|该|該|常见|常見|主要|重要|一般|其他|其它|基本|不同|相关|相關"
    r"|按|根据|根據|依据|依據|从|從)"
    r"[\u4e00-\u9fffA-Za-z0-9]{3,12}的[\u4e00-\u9fff]{1,6}$"
)


def _nearest_thing(parent: str) -> str:
    """What an aspect (``缺点``) belongs to: the parent without its bracketed gloss
    (``行级锁(Row Lock)`` → ``行级锁``) and, when the parent is itself a Chinese label
    qualified by its own parent (``存储介质对比 磁带``), the label alone (``磁带``)."""
    short = _NAMED_SHORT.search(parent)
    if short:
        return short["short"]  # `自主访问控制(Discretionary Access Control, DAC)`: DAC
    bare = _TRAILING_GLOSS.sub("", parent).strip() or parent
    owner = _AND_ITS.match(bare)
    if owner:
        return owner[1]  # `进程及其调度`: the aspect is the process's
    head, _, last = bare.rpartition(" ")
    if head and _CJK_IDEOGRAPH.search(head[-1]) and last and not LATIN_LETTER.search(last):
        return last
    return bare


# A gloss spelling the name out and then giving its abbreviation (`(Role-Based Access Control,
# RBAC)`): the author's own short name, the one an aspect of it is asked by.
_NAMED_SHORT = re.compile(
    r"[(（][A-Za-z][A-Za-z -]+[,，]\s*(?P<short>[A-Z][A-Za-z0-9]{1,7})\s*[)）]$"
)
_AND_ITS = re.compile(r"^(\S{2,12}?)及其\S")
_TRAILING_GLOSS = re.compile(r"\s*(?:\([^()]*\)|（[^（）]*）)$")


def _without_bare_tail(parent: str) -> str:
    """``EtherChannels Overview`` → ``EtherChannels``: a qualified bare subject's root."""
    root, _, tail = parent.rpartition(" ")
    return root if root and is_bare(tail) else parent
