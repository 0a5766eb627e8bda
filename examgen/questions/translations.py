"""Translations: a term said in the other script inside its own clue or answer.

"insert undo log" beside "插入一条记录时…" and "DB_TRX_ID" beside "…事务ID" are given away by
translation: a student who knows the words, not the notes, picks them. The pairs come first
from the notes themselves (a name with its other-script name in brackets: "原子性
(Atomicity)", "记录锁(Record Lock)"); a small table holds only the most common words of
technical notes, whose translation every reader knows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from examgen.questions.index import Notes
from examgen.questions.reads import note_whole, plain

#: Very common English words (and the abbreviations notes write them as) and what Chinese
#: notes call them. Only words a reader translates without thinking belong here, and no
#: one-character name that is also part of common words ("行" of "row" is in "执行").
COMMON: dict[str, tuple[str, ...]] = {
    "insert": ("插入",),
    "delete": ("删除",),
    "update": ("更新",),
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
}

_LATIN_WORD = re.compile(r"[A-Za-z]+")
_HAN_RUN = r"[\u4e00-\u9fff\u3400-\u4dbf]"
#: A name and its other-script name in brackets, either way round.
_HAN_LATIN = re.compile(rf"({_HAN_RUN}{{2,8}})\s*[(（]\s*([A-Za-z][A-Za-z '\-]{{2,40}}?)\s*[)）]")
_LATIN_HAN = re.compile(rf"([A-Za-z][A-Za-z '\-]{{2,40}}?)\s*[(（]\s*({_HAN_RUN}{{2,8}})\s*[)）]")


def bracketed(text: str) -> list[tuple[str, str]]:
    """The (English phrase casefolded, Chinese name) pairs ``text`` writes in brackets."""
    if "(" not in text and "（" not in text:
        return []
    found = [(latin.strip().casefold(), han) for han, latin in _HAN_LATIN.findall(text)]
    return found + [(latin.strip().casefold(), han) for latin, han in _LATIN_HAN.findall(text)]


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
        found: dict[tuple[str, str], None] = {}
        for text in _texts(notes):
            found.update(dict.fromkeys(bracketed(text)))
        for word, names in COMMON.items():
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
    return any(words[i : i + size] == wanted for i in range(len(words) - size + 1))


def translated(name: str, text: str, notes: Notes) -> str | None:
    """The pair by which ``text`` says ``name`` (or a word of it) in the other script, as
    "delete → 删除"; None when it does not. Only across scripts: a Chinese name's own
    characters in a Chinese text are the shared-word rules' business."""
    for latin, han in pairs(notes):
        if _says_latin(name, latin) and han in text and han not in name:
            return f"{latin} → {han}"
        if han in name and _says_latin(text, latin) and not _says_latin(name, latin):
            return f"{han} → {latin}"
    return None


def lead(text: str) -> str:
    """A definition's first clause ("插入一条记录时" of "插入一条记录时，记下…")."""
    return re.split(r"[，,。；;：:]", text, maxsplit=1)[0]
