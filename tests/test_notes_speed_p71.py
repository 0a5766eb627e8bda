"""Parse speed (p71): each shortcut gives what the slower way gave.

Block tokens share one empty ``attrs``/``meta`` mapping instead of two new dicts each; a last
bullet is searched for "and more" only when it ends on a character such a mark ends on.
These tests hold the shortcut and the slower way side by side."""

from __future__ import annotations

import pytest

from examgen.notes import openness
from examgen.notes.tokens import parse_markdown

NOTES = "# 标题\n\n- 甲\n- 乙\n\n1. one\n2. two\n\n> quoted\n\n```\ncode\n```\n"


def test_block_tokens_share_one_empty_attrs_and_meta_that_refuses_changes():
    tokens, _ = parse_markdown(NOTES)
    empty = [mapping for t in tokens for mapping in (t.attrs, t.meta)]
    assert all(mapping == {} for mapping in empty)
    assert len({id(mapping) for mapping in empty}) == 1
    # A change in place would reach every token: it is refused, not made.
    with pytest.raises(TypeError):
        tokens[0].attrs["id"] = "x"
    with pytest.raises(TypeError):
        tokens[0].meta.update(kind="note")


def test_a_token_given_attrs_by_its_rule_has_a_dict_of_its_own():
    tokens, _ = parse_markdown("3. three\n4. four\n")
    opening = tokens[0]
    assert opening.attrs == {"start": 3}
    opening.attrs["start"] = 5  # its own dict: the others stay empty
    assert all(t.attrs == {} for t in tokens[1:])


ENDINGS = [
    "防火墙等",
    "防火墙等等",
    "平等",
    "Kafka etc.",
    "Kafka ETC",
    "Redis…",
    "Redis...",
    "分类之类。",
    "之類",
    "Memcached",
    "etc",
    "x",
    "滚动升级、服务回滚等等",
]


@pytest.mark.parametrize("last", ENDINGS)
def test_a_last_bullet_ends_in_and_more_only_with_a_character_the_pattern_ends_on(last):
    if openness._ENDS_MORE.search(last):
        assert last[-1] in openness._ENDS_MORE_LAST
