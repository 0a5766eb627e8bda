"""Words a text may end with (Chinese relation and aspect words: 优点, 作用, 组成部分),
found by the text's last characters instead of trying each word in turn.

The card rules ask of most subjects which relation word they end with; trying the 74 of
``relation_words.ZH_LABELS`` one ``endswith`` at a time was a few percent of a deck build.
The words have two or three characters, so two dictionary lookups give the same answer."""

from __future__ import annotations

from collections.abc import Iterable


class Endings:
    """A fixed set of words, each ranked by its place in the sequence it was given."""

    __slots__ = ("_lengths", "_rank", "words")

    def __init__(self, words: Iterable[str]) -> None:
        self.words = tuple(words)
        rank: dict[str, int] = {}
        for position, word in enumerate(self.words):
            rank.setdefault(word, position)  # a repeated word keeps its first place
        self._rank = rank
        self._lengths = tuple(sorted({len(word) for word in rank if word}))

    def first(self, text: str, *, shorter: bool = False) -> str:
        """The first of the words, in their given order, that ``text`` ends with; '' when
        it ends with none. ``shorter``: only a word shorter than ``text`` (not the whole)."""
        best = len(self.words)
        size = len(text)
        for length in self._lengths:
            if length > size or (shorter and length == size):
                break
            position = self._rank.get(text[-length:])
            if position is not None and position < best:
                best = position
        return self.words[best] if best < len(self.words) else ""
