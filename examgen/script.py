"""The script of Chinese notes (simplified or traditional). Decided from the notes' own
characters; a traditional wording is the simplified wording put through OpenCC's ``s2t``,
never written twice. Papers (``examgen.questions.script``) and cards (``examgen.prompts``)
both word themselves in their notes' script through these helpers."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar

import opencc

#: The wording key of a paper or deck worded in traditional characters (its ``lang`` stays
#: ``zh``).
HANT = "zh-Hant"


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


class _Chars(NamedTuple):
    """What makes OpenCC's ``config`` cheap on most texts: ``pairs`` finds the first two
    characters of any of its phrases; ``table`` converts the other characters one by one,
    ``changed`` are those it changes."""

    pairs: re.Pattern[str]
    table: Mapping[int, str]
    changed: frozenset[str]


@cache
def _chars(config: str) -> _Chars | None:
    """The fast path of ``config``, or None when its dictionaries are not the shape it
    relies on: one group of a phrase dictionary (keys of two characters or more) then a
    character dictionary (keys of one), as OpenCC's t2s and s2t are."""
    converter = _converter(config)
    if not converter._dict_init_done:
        converter._init_dict()
    chain = converter._dict_chain_data
    if len(chain) != 1 or len(chain[0]) != 2:
        return None
    (_, phrase_min, phrases), (char_max, _, chars) = chain[0]
    if phrase_min < 2 or char_max != 1:
        return None
    separator = converter.split_chars_re
    if any(separator.search(key) for key in chars):
        return None
    # (A phrase holding a separator never matches, OpenCC cuts the text at them first: its
    # pair only sends a text the slow way, which is OpenCC's own conversion all the same.)
    seconds: dict[str, set[str]] = {}
    for key in phrases:
        seconds.setdefault(key[0], set()).add(key[1])
    # One alternative per first character (``資[料訊]``): fewer for the engine to try.
    pairs = "|".join(
        re.escape(first) + "[" + "".join(map(re.escape, sorted(after))) + "]"
        for first, after in sorted(seconds.items())
    )
    # Several values: OpenCC takes the first.
    mapped = {key: value.split(" ")[0] for key, value in chars.items()}
    changed = frozenset(key for key, value in mapped.items() if value != key)
    return _Chars(re.compile(pairs), str.maketrans(mapped), changed)


def _convert(config: str, text: str) -> str:
    """``_converter(config).convert(text)``, the same text, without OpenCC's pure-Python
    phrase search when no phrase can start anywhere in ``text`` (its first two characters
    are nowhere in it): the text is then converted character by character. OpenCC's search
    tries every substring of every length per text (a tenth of a deck's first build). Only
    t2s takes the fast path: its 277 phrases make one small pattern, while s2t's 49,000
    start with most characters (its texts would mostly go the slow way after the test)."""
    fast = _chars(config) if config == "t2s" else None
    if fast is None or fast.pairs.search(text) is not None:
        return _converter(config).convert(text)
    # Most texts hold no character it changes (simplified notes): one set test.
    return text if fast.changed.isdisjoint(text) else text.translate(fast.table)


_Record = TypeVar("_Record")


def in_traditional(record: _Record, **overrides: Any) -> _Record:
    """A copy of the frozen dataclass ``record`` (printed words: a paper's labels, a deck's
    phrases) with every string — alone, in a tuple or a mapping's value — in traditional
    characters, then ``overrides`` set as given. Wording is written once, in simplified."""

    def convert(value: Any) -> Any:
        return to_traditional(value) if isinstance(value, str) else value

    changes: dict[str, Any] = {}
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if isinstance(value, str):
            changes[field.name] = convert(value)
        elif isinstance(value, tuple):
            changes[field.name] = tuple(convert(v) for v in value)
        elif isinstance(value, Mapping):
            changes[field.name] = MappingProxyType({k: convert(v) for k, v in value.items()})
    changes.update(overrides)
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]


def to_traditional(text: str) -> str:
    """``text`` with its simplified characters written in traditional ones."""
    return _convert("s2t", text)


@cache
def simplified_view(text: str) -> str:
    """``text`` in simplified characters, character for character (so an index into it is
    an index into ``text``); ``text`` itself when the conversion would change its length."""
    converted = _convert("t2s", text)
    return converted if len(converted) == len(text) else text


def chinese_characters(texts: Iterable[str]) -> str:
    """The distinct Chinese characters of ``texts``, sorted, as one string."""
    # The distinct characters first (one C-level pass), then the few hundred tested.
    seen = set("".join(texts))
    return "".join(sorted(c for c in seen if "\u3400" <= c <= "\u9fff"))


def script_lean(texts: Iterable[str]) -> int:
    """Traditional-only minus simplified-only characters of ``texts``, each distinct
    character counted once (characters common to both scripts, and Latin text, count
    nothing): above 0 the texts are written in traditional characters."""
    chars = chinese_characters(texts)
    if not chars:
        return 0
    return _changed(chars, "t2s") - _changed(chars, "s2t")


# Memo (pure): a deck's survey asks it per notes file on every build, and a watched or
# rebuilt workspace's files mostly keep their characters. Bounded.
@lru_cache(maxsize=256)
def _changed(chars: str, config: str) -> int:
    """How many of the distinct characters ``chars`` OpenCC's ``config`` changes: per
    character, one that t2s changes is written only in traditional, one that s2t changes
    only in simplified (the conversion keeps one character per character)."""
    converted = _convert(config, chars)
    return sum(a != b for a, b in zip(chars, converted, strict=False))


def is_traditional(texts: Iterable[str]) -> bool:
    """Whether ``texts`` use more traditional-only characters than simplified-only ones."""
    chars = chinese_characters(texts)
    if not chars:
        return False
    # :func:`script_lean` > 0, the traditional-only characters counted first: notes with
    # none (most) are not traditional whatever the other count, and the s2t pass, two
    # thirds of the cost (a deck's survey makes it per notes file), is skipped.
    traditional = _changed(chars, "t2s")
    return traditional > 0 and traditional > _changed(chars, "s2t")
