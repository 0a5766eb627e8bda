"""A markdown-it block token made directly: what both block passes push.

Setting a ``Token``'s fields, as markdown-it's ``StateBlock.push`` leaves them, without the
dataclass's ``__init__`` and ``__post_init__`` (a quarter of the block pass): only while
``Token`` has exactly the fields it had when this was written (:data:`TOKEN_FIELDS`,
:data:`DIRECT`). The empty ``attrs`` and ``meta`` are one shared mapping that refuses changes
in place (two dicts a token were half the block pass's allocations, freed again per file).
"""

from __future__ import annotations

import dataclasses

from markdown_it.token import Token

# The fields of markdown-it's Token (4.x), in order: what block_token sets.
TOKEN_FIELDS = (
    "type",
    "tag",
    "nesting",
    "attrs",
    "map",
    "level",
    "children",
    "content",
    "markup",
    "info",
    "meta",
    "block",
    "hidden",
)
#: Whether :func:`block_token` gives markdown-it's own token (Token has those fields).
DIRECT = tuple(field.name for field in dataclasses.fields(Token)) == TOKEN_FIELDS
_new_token = Token.__new__


class _Unset(dict):  # type: ignore[type-arg]
    """The empty ``attrs`` and ``meta`` every block token shares: the rules that give a
    token some (an ordered list's start, a cell's alignment) assign a dict of their own, and
    a change made in place would reach every token, so it raises instead."""

    __slots__ = ()

    def _refuse(self, *args: object, **kwargs: object) -> None:
        raise TypeError("a block token's empty attrs/meta are shared: assign a new dict")

    __setitem__ = __delitem__ = setdefault = update = pop = popitem = clear = _refuse  # type: ignore[assignment]
    __ior__ = _refuse  # type: ignore[assignment]


_UNSET = _Unset()


def block_token(ttype: str, tag: str, nesting: int, level: int) -> Token:
    """A block token at ``level``, equal to the one ``StateBlock.push`` would make there
    (the caller keeps the level: a closing token is at the level of its opening one)."""
    token = _new_token(Token)
    token.type = ttype
    token.tag = tag
    token.nesting = nesting  # type: ignore[assignment]
    token.attrs = _UNSET
    token.map = None
    token.level = level
    token.children = None
    token.content = token.markup = token.info = ""
    token.meta = _UNSET
    token.block = True
    token.hidden = False
    return token
