"""Sizes a Chinese definition states in passing: ``AES：加密块为128-bit，key size为128/192/256-bit``
says what AES's block size (``AES的加密块`` = ``128-bit``) and key size are; each such
``名词为数值`` clause is a definition of the thing's attribute, the value its text."""

from __future__ import annotations

import re

from examgen.notes.sentences import has_cjk

# `加密块为128-bit`, `每个加密块为64-bit的`, `key size为128/192/256-bit`: a short noun
# (no verb before it), `为`/`是`, a number with its unit.
_STATED = re.compile(
    r"(?:^|[，,。；;])\s*(?:每个|每個|每一个|每一個)?"
    r"(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{0,10}?)\s*(?:为|為)\s*"
    r"(?P<value>\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)*\s*-?\s*(?:bits?|bytes?|位|字节|字節|[KMG]B))"
    r"(?:的|等)?(?=\s*(?:[，,。；;]|$))",
    re.IGNORECASE,
)
# Every size follows `为`/`為` and opens with a digit: a text without that pair states none,
# and `_STATED` (tried at every position: 3.5 µs on a line of notes) is not run on it.
_VALUE_AFTER = re.compile(r"[为為]\s*\d")
# A verb in the name makes it a clause (`使用…`), not an attribute.
_VERB = re.compile(r"使用|采用|採用|设置|設置|需要|可以|会|會")
# `AES(Advanced Encryption Standard)`: the name without its spelled-out form.
_GLOSS = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def stated_values(owner: str, text: str) -> list[tuple[str, str]]:
    """(``AES的加密块``, ``128-bit``) for each size ``text`` (what ``owner`` is) states;
    [] for text that is not Chinese or states none."""
    if not has_cjk(text) or _VALUE_AFTER.search(text) is None:
        return []
    name = _GLOSS.sub("", owner).strip() or owner
    found = []
    for match in _STATED.finditer(text):
        attribute = match["name"].strip()
        if _VERB.search(attribute) or len(attribute) < 2:
            continue
        found.append((f"{name}的{attribute}", match["value"].strip()))
    return found
