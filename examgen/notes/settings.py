"""Settings: the values a parameter takes, each with what it does.

Notes on configuration write a parameter in the label and its values as the items under it::

    通过`sync_binlog`参数控制写入时机：
    1. 0：由系统自行判断何时写入磁盘；
    2. 1：每次提交都写入磁盘；

A bare ``0`` or ``N`` is no term a card can ask about; ``sync_binlog = 0`` is. The values
are not a list to recall either (a card asking for "the members" would want ``0, 1, N``), so
each value is a definition named by the parameter and the value, and no list is made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from examgen.notes.clauses import split_last_sentence
from examgen.notes.tree import Node

# A setting's name as configuration spells it: a word joined to another by `_`, `.` or `-`
# (`sync_binlog`, `vm.swappiness`, `binlog-format`); a plain word is as likely prose.
_SETTING = re.compile(
    r"(?<![A-Za-z0-9_.-])[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)+(?![A-Za-z0-9_-])"
)

# `0：…`, `1(实时写)：…`, `N: …`, `ON：…`: a value (a number, one capital letter standing for
# a number, a switch word), maybe with its own name in brackets, then what it does.
_VALUE = re.compile(
    r"^(?P<value>(?:\d+(?:\.\d+)?|[A-Z]|ON|OFF|on|off|true|false|TRUE|FALSE)"
    r"\s*(?:[(（][^()（）]{1,20}[)）])?)\s*[:：]\s*(?P<text>\S.*)$"
)


class Value(NamedTuple):
    """One value of a setting, what it does, and the item that says so."""

    value: str
    text: str
    node: Node


def setting_name(label: str) -> str:
    """The parameter a label introduces the values of: the last setting name in its last
    sentence (``…参数`max_binlog_size`控制大小，通过`sync_binlog`控制时机：`` →
    ``sync_binlog``); empty when the label names none."""
    if "_" not in label and "." not in label and "-" not in label:
        return ""  # a name joins its parts with `_`, `.` or `-`: most labels have none
    _before, last = split_last_sentence(label)
    names = _SETTING.findall(last)
    return names[-1] if names else ""


def setting_values(items: Sequence[Node]) -> list[Value]:
    """The items as values of a setting, when there are two or more and every one is a
    plain ``value：what it does`` item; else empty."""
    if len(items) < 2:
        return []
    values = []
    for node in items:
        match = _VALUE.match(node.text)
        if node.kind != "item" or node.children or match is None:
            return []
        values.append(Value(match["value"].strip(), match["text"].strip(), node))
    return values


# `…，解决脏读问题(Oracle默认隔离级别)`: the bracket at the end of a member's text says whose
# default the member is; the bracket names a thing (`MySQL默认隔离级别`), not a bare `默认`.
_DEFAULT_NOTE = re.compile(
    r"[（(](?P<what>[^（()）]{1,16}?(?:的)?(?:默认|默認|缺省)[^（()）]{2,12})[)）]\s*[。；;.]?\s*$"
)
_DEFAULT_NOT_A_NOUN = re.compile(r"(?:开启|開啟|关闭|關閉|打开|打開|使用|为|為|是|值为|值為)")


def default_noted(text: str) -> str:
    """``…(MySQL默认隔离级别)`` → ``MySQL默认隔离级别``: what the text's member is the default
    of, named in a bracket ending the text; '' when there is none."""
    match = _DEFAULT_NOTE.search(text)
    if match is None or _DEFAULT_NOT_A_NOUN.search(match["what"]):
        return ""
    return match["what"].strip()


# `MySQL 5.7.7起默认值为1`, `之后默认为row`, `The default is 1.`, `It defaults to OFF.`
_DEFAULT_SAID = re.compile(
    r"(?:默认|默認|缺省)(?:值|設定|设置)?(?:为|為|是)|\bdefaults?\s+(?:value\s+)?(?:is|to)\b",
    re.IGNORECASE,
)


def default_of(name: str, text: str) -> str:
    """``sync_binlog 的默认值`` (``default of sync_binlog``) when the one sentence ``text``
    says a default; '' otherwise."""
    if re.search(r"[。!?！？]\s*\S|\.\s+\S", text.strip()) or not _DEFAULT_SAID.search(text):
        return ""
    english = not re.search(r"[\u4e00-\u9fff]", text)
    return f"default of {name}" if english else f"{name} 的默认值"
