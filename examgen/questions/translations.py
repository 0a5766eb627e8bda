"""Translations: a term said in the other script inside its own clue or answer.

"insert undo log" beside "插入一条记录时…" and "DB_TRX_ID" beside "…事务ID" are given away by
translation: a student who knows the words, not the notes, picks them. The pairs come first
from the notes themselves (a name with its other-script name in brackets: "原子性
(Atomicity)", "记录锁(Record Lock)"); a small table holds only the most common words of
technical notes, whose translation every reader knows; a real dictionary
(:mod:`examgen.dictionary`) holds the rest ("Controller" → "控制", "Session" → "会话").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from examgen.acronyms import spelling
from examgen.bilingual import bracket_pairs
from examgen.dictionary import glossed
from examgen.model import Fact
from examgen.questions.index import Notes
from examgen.questions.reads import note_whole, plain
from examgen.script import to_traditional
from examgen.stems import latin_stems, stem

#: Very common English words (and the abbreviations notes write them as) and what Chinese
#: notes call them. Only words a reader translates without thinking belong here, and no
#: one-character name that is also part of common words ("行" of "row" is in "执行").
COMMON: dict[str, tuple[str, ...]] = {
    "insert": ("插入",),
    "delete": ("删除",),
    "update": ("更新", "修改"),
    "modify": ("修改",),
    "select": ("查询",),
    "query": ("查询",),
    "read": ("读",),
    "write": ("写",),
    "transaction": ("事务",),
    "trx": ("事务",),
    "lock": ("锁",),
    "index": ("索引",),
    "log": ("日志",),
    "commit": ("提交",),
    "rollback": ("回滚",),
    "roll": ("回滚",),
    "file": ("文件",),
    "user": ("用户",),
    "network": ("网络",),
    "node": ("节点",),
    "image": ("镜像",),
    "container": ("容器",),
    "storage": ("存储",),
    "memory": ("内存",),
    "process": ("进程",),
    "thread": ("线程",),
    "cache": ("缓存",),
    "password": ("密码",),
    "key": ("密钥",),
    "sleep": ("睡眠",),
    # Session 19: the words a reading found translated on the paper, and their kin.
    "mount": ("挂载",),
    "schedule": ("调度",),
    "scheduler": ("调度",),
    "size": ("大小",),
    "trivial": ("没价值", "平凡"),
    "normalization": ("正规化", "规范化"),
    "denormalization": ("反正规化", "反规范化"),
    "control": ("控制",),
    "controller": ("控制",),
    "manager": ("管理",),
    "monitor": ("监控",),
    "server": ("服务器",),
    "client": ("客户端",),
    "service": ("服务",),
    "data": ("数据",),
    "database": ("数据库",),
    "security": ("安全",),
    "authentication": ("认证",),
    "authorization": ("授权",),
    "encryption": ("加密",),
    "resource": ("资源",),
    "message": ("消息",),
    "queue": ("队列",),
    "port": ("端口",),
    "protocol": ("协议",),
    "interface": ("接口",),
    "version": ("版本",),
    "backup": ("备份",),
    "recovery": ("恢复",),
    "replica": ("副本",),
    "cluster": ("集群",),
    "proxy": ("代理",),
    "gateway": ("网关",),
    "route": ("路由",),
    "address": ("地址",),
    "host": ("主机",),
    "event": ("事件",),
    "time": ("时间",),
    "space": ("空间",),
    "namespace": ("命名空间",),
    "dependency": ("依赖",),
    "function": ("函数",),
    "variable": ("变量",),
    "object": ("对象",),
    "model": ("模型",),
    "system": ("系统",),
    "attack": ("攻击",),
    "signature": ("签名",),
    "certificate": ("证书",),
    "integrity": ("完整性",),
    "confidentiality": ("机密性", "保密性"),
    "availability": ("可用性",),
    # Session 23: "API" is read as 接口 by any reader of technical notes.
    "api": ("接口",),
    # Session 26: more of the commonest computing words, read at sight.
    "cloud": ("云",),
    "communication": ("通信",),
    "virtual": ("虚拟",),
}

_LATIN_WORD = re.compile(r"[A-Za-z]+")
#: A table word this long is also read in its other forms (its start and a short ending).
MIN_PREFIX = 5
#: The longest ending another form of a word adds ("-ler", "-ing", "-ed").
MAX_ENDING = 4


@functools.cache
def _common() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The common table with each Chinese name in both scripts ("调度", "調度"): notes in
    Traditional characters translate the same words."""
    return tuple(
        (word, tuple(dict.fromkeys((*names, *map(to_traditional, names)))))
        for word, names in COMMON.items()
    )


def bracketed(text: str) -> list[tuple[str, str]]:
    """The (English phrase casefolded, Chinese name) pairs ``text`` writes in brackets."""
    return list(bracket_pairs((text,)))


def _texts(notes: Notes) -> Iterable[str]:
    # Read whole: any fact writing a bracketed pair touches a draw that asked for them.
    note_whole("translations")
    for fact in plain(notes.facts):
        yield fact.subject
        yield fact.text or ""
        for item in fact.items:
            yield item.text
            yield item.gloss or ""


def pairs(notes: Notes) -> tuple[tuple[str, str], ...]:
    """(English phrase casefolded, Chinese name) pairs the notes write in brackets, then the
    common table's. Worked out once per notes, in one pass over their texts."""
    key = ("translation_pairs", "")
    if key not in notes.memo:
        found = bracket_pairs(_texts(notes))  # the notes' own pairs (examgen.bilingual)
        for word, names in _common():
            for name in names:
                found[(word, name)] = None
        notes.memo[key] = tuple(found)
    return notes.memo[key]  # type: ignore[return-value]


def _says_latin(text: str, phrase: str) -> bool:
    """Whether ``text`` holds the English ``phrase`` as whole words ("log" in "undo log",
    "trx" in "DB_TRX_ID", not "log" in "catalog"); a plural "s" is the same word."""
    words = [w.casefold() for w in _LATIN_WORD.findall(text)]
    wanted = phrase.split()
    if not words or not wanted:
        return False
    words = [
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words
    ]
    size = len(wanted)
    if any(words[i : i + size] == wanted for i in range(len(words) - size + 1)):
        return True
    # Another form of one long word ("scheduler", "scheduling" for "schedule"; "controller"
    # for "control"): the same start, a short ending.
    if size == 1 and len(wanted[0]) >= MIN_PREFIX:
        stem = wanted[0].removesuffix("e")
        return any(w.startswith(stem) and len(w) - len(stem) <= MAX_ENDING for w in words)
    return False


def translations(name: str, text: str, notes: Notes) -> list[str]:
    """Every pair by which ``text`` says ``name`` (or a word of it) in the other script, as
    "delete → 删除": the notes' bracket pairs and the common table first, then the
    dictionary's (:mod:`examgen.dictionary`: "Controller" → "控制", "会话" → "session").
    Only across scripts: a Chinese name's own characters in a Chinese text are the
    shared-word rules' business."""
    found = []
    for latin, han in pairs(notes):
        if _says_latin(name, latin) and han in text and han not in name:
            found.append(f"{latin} → {han}")
        elif han in name and _says_latin(text, latin) and not _says_latin(name, latin):
            found.append(f"{han} → {latin}")
    # The dictionary's, for the words the pairs above did not say already.
    said = "".join(found)
    own = latin_stems(name)
    for latin, han in glossed(name, text):
        if han not in name and han not in said:
            found.append(f"{latin} → {han}")
    for latin, han in glossed(text, name):
        if stem(latin) not in own and han not in text and han not in said:
            found.append(f"{han} → {latin}")
    return list(dict.fromkeys(found))


def translated(name: str, text: str, notes: Notes) -> str | None:
    """The first of :func:`translations`, or None when ``text`` does not say ``name``."""
    found = translations(name, text, notes)
    return found[0] if found else None


def lead(text: str) -> str:
    """A definition's first clause ("插入一条记录时" of "插入一条记录时，记下…")."""
    return re.split(r"[，,。；;：:]", text, maxsplit=1)[0]


#: A Latin word with two capitals or a digit ("IPC", "CGroups", "DevOps", "H2"): an acronym
#: or a coined name, whose spelt-out words a Chinese text may translate unseen ("隔离进程间
#: 通信" for "IPC").
_CODED = re.compile(r"[A-Z].*[A-Z]|\d")


def surely_untranslated(term: str, clue: str, notes: Notes) -> bool:
    """Whether the Chinese ``clue`` of a Latin ``term`` is known not to say it in Chinese:
    every Latin word of the term the clue does not hold is a plain word (no acronym or
    coined name), and neither the notes' bracket pairs, the common table nor the dictionary
    finds one of them said in the clue ("系统的一个进程或线程" for "task": yes; "实现网络资源隔离"
    for "Network": no, network → 网络). A Latin clue of a Chinese term is never known so."""
    if not _HAN_CHAR.search(clue):
        return False
    words = [w for w in _LATIN_WORD.findall(term) if w.casefold() not in clue.casefold()]
    if any(_CODED.search(w) for w in re.findall(r"[A-Za-z0-9]+", term)):
        return False
    # "分片键，决定…" for "Sharding Key": a short name leading the clue may be the term's
    # Chinese name, whatever the dictionary knows of its words.
    first = lead(clue)
    if first != clue and len(_HAN_CHAR.findall(first)) <= MAX_LEAD_NAME:
        return False
    return bool(words) and not translations(term, clue, notes)


#: A clue's first clause this short (CJK characters) may be the term's own Chinese name.
MAX_LEAD_NAME = 4


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")


#: An acronym: two to six capitals (and digits after the first), a plural "s" allowed
#: ("MLE", "CNI", "BPDUs"); a word with a lower-case letter inside is a name, not initials.
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,5})s?(?![A-Za-z0-9])")
#: An acronym with its expansion in brackets after it: "MLE (maximum likelihood estimation)".
_ACRONYM_FIRST = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9]{1,5})s?\s*[(（]([^()（）]{3,80})[)）]")
#: An expansion with its acronym in brackets after it: "maximum likelihood estimation (MLE)".
_ACRONYM_LAST = re.compile(
    r"([A-Za-z][A-Za-z '\-]{2,80}?)\s*[(（]\s*([A-Z][A-Z0-9]{1,5})s?\s*[)）]"
)
#: An acronym spelt out nearby (not in brackets) has at least this many letters: two
#: words in a row with the initials of a two-letter name ("in place" of "IP") are chance.
MIN_NEARBY_ACRONYM = 3
#: Facts either side of the one naming an acronym whose texts may spell it out.
EXPANSION_REACH = 3


def _fact_texts(fact: Fact) -> list[str]:
    """The texts of ``fact`` that may spell out an acronym: its subject, text, members and
    their glosses (only texts: a fact built by hand may hold anything in ``text``)."""
    texts = [fact.subject, fact.text, *(t for i in fact.items for t in (i.text, i.gloss))]
    return [t for t in texts if isinstance(t, str) and t]


def expansions(notes: Notes) -> dict[str, str]:
    """The acronyms the notes spell out, each with its expansion: in brackets either way
    round ("MLE (maximum likelihood estimation)", "container network interface (CNI)"), or
    as a run of words with its initials in a fact within :data:`EXPANSION_REACH` of one
    naming it ("STP" beside "Spanning Tree Protocol prevents loops"). The first found wins.
    Worked out once per notes."""
    key = ("acronym_expansions", "")
    if key in notes.memo:
        return notes.memo[key]  # type: ignore[return-value]
    note_whole("translations")
    facts = plain(notes.facts)
    texts = [_fact_texts(f) for f in facts]
    found: dict[str, str] = {}
    for own in texts:
        for text in own:
            for acronym, inner in _ACRONYM_FIRST.findall(text):
                spelt = spelling(acronym, inner)
                if spelt:
                    found.setdefault(acronym, spelt)
            for before, acronym in _ACRONYM_LAST.findall(text):
                spelt = _last_spelling(acronym, before)
                if spelt:
                    found.setdefault(acronym, spelt)
    for at, fact in enumerate(facts):
        names = (fact.subject, *(i.text for i in fact.items))
        named = {a for t in names for a in _ACRONYM.findall(t)}
        for acronym in sorted(named - found.keys()):
            if len(acronym) < MIN_NEARBY_ACRONYM:
                continue
            low, high = max(0, at - EXPANSION_REACH), at + EXPANSION_REACH + 1
            for other, own in zip(facts[low:high], texts[low:high], strict=True):
                if other.source != fact.source:
                    continue
                spelt = next(filter(None, (spelling(acronym, t) for t in own)), "")
                if spelt:
                    found[acronym] = spelt
                    break
    notes.memo[key] = found
    return found


def _last_spelling(acronym: str, before: str) -> str:
    """The run of words at the end of ``before`` that spells ``acronym`` out, or ''."""
    words = _LATIN_WORD.findall(before)
    tail = " ".join(words[-len(acronym) :])
    spelt = spelling(acronym, tail)
    return spelt if spelt and tail.endswith(spelt) else ""


def acronyms_in(name: str) -> list[str]:
    """The acronyms ``name`` holds ("MLE", "CNI"), in order, each once."""
    return list(dict.fromkeys(_ACRONYM.findall(name)))
