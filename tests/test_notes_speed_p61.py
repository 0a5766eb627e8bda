"""Parse speed (p61): each shortcut gives what the slower way gave.

Nodes and the heads of items are made as tuples directly, not through NamedTuple's
``__new__``; a Chinese account stops at the first bullet that is not a plain sentence. These
tests hold the shortcut and the slower way side by side."""

from __future__ import annotations

import pytest

from examgen.notes import clauses, item_shapes, shapes, terms, tree
from examgen.notes.terms import Head
from examgen.notes.tree import Node, make_node


def test_a_node_made_from_its_lines_equals_the_node_its_fields_make_by_name():
    child = make_node("item", "子项", 3)
    made = make_node(
        "item",
        ["Docker  Images", "只读模版 {#images}"],
        2,
        children=[child],
        level=0,
        images=["a.png"],
        starts_list=True,
        strong=["Docker"],
        numbered=True,
    )
    assert made == Node(
        kind="item",
        text="Docker Images 只读模版",
        line=2,
        children=(child,),
        level=0,
        anchor="images",
        images=("a.png",),
        starts_list=True,
        strong=("Docker",),
        cells=(),
        tags=(),
        numbered=True,
    )
    assert type(made) is Node
    assert made.numbered and made.anchor == "images"


def test_make_node_builds_the_tuple_itself_only_while_node_has_the_fields_it_sets():
    # A field added to Node without make_node knowing would be left out of a tuple made
    # directly: make_node then makes each node through Node's own __new__.
    assert tree.Node._fields == tree._MADE_FIELDS


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("c5·更低的资源损耗", ("c5·更低的资源损耗", None, "plain", True)),
        (
            "UTS(系统标识,让一个容器拥有属于自己的hostname)",
            ("UTS", "系统标识,让一个容器拥有属于自己的hostname", "paren", True),
        ),
        ("一个Pod内部的容器享有共同的生命周期，共同产生、调度和消亡", None),
    ],
)
def test_a_plain_or_bracketed_head_equals_the_head_its_fields_make_by_name(text, head):
    parsed = terms.parse_head.__wrapped__(text)
    assert type(parsed) is Head
    if head is not None:
        assert parsed == Head(term=head[0], gloss=head[1], how=head[2], termlike=head[3])
    assert parsed == Head(*parsed) and len(parsed) == len(Head._fields)
    assert terms._new_head is tuple.__new__  # Head has exactly the fields it is made with


def _slow_chinese_account(head: Head, child_items: list[Node]) -> bool:
    """item_shapes._chinese_account as it was: every bullet's aspect tested, then all."""
    if head.how not in ("plain", "paren") or not head.termlike or len(child_items) < 2:
        return False
    if (
        shapes.ends_with_aspect(head.term)
        or terms.says_order(head.term)
        or item_shapes._QUESTION.search(head.term)
    ):
        return False
    if any(child.children or max(child.text, default="") < "\u2e80" for child in child_items):
        return False
    told = [child for child in child_items if not item_shapes._aspect_line(child)]
    return len(told) >= 2 and all(
        not child.children
        and any(char >= "\u2e80" for char in child.text)
        and clauses.is_sentence(child.text)
        and terms.parse_head(child.text).how == "plain"
        for child in told
    )


BULLETS = [
    ["修改DNS缓存，使域名指向攻击者", "用户访问到伪造的网站，泄露信息"],
    ["修改DNS缓存，使域名指向攻击者", "解决方法：添加nonce", "用户访问到伪造的网站，泄露信息"],
    ["更低的资源损耗", "更快的启动速度"],
    ["修改DNS缓存，使域名指向攻击者", "更快的启动速度"],
    ["解决方法：添加nonce", "修改DNS缓存，使域名指向攻击者"],
    ["修改DNS缓存，使域名指向攻击者", "原理：伪造应答，抢先回复"],
    ["修改DNS缓存", "Docker Images"],
]


@pytest.mark.parametrize("bullets", BULLETS)
@pytest.mark.parametrize("term", ["DNS欺骗", "DNS欺骗的要求", "攻击过程"])
def test_bullets_are_a_chinese_account_exactly_when_each_told_one_is_a_plain_sentence(
    term, bullets
):
    head = terms.parse_head(term)
    children = [make_node("item", text, line) for line, text in enumerate(bullets, start=2)]
    assert item_shapes._chinese_account(head, children) == _slow_chinese_account(head, children)


@pytest.mark.parametrize(
    "text",
    [
        "Enigma(齿轮构成的密码机)(破解方法：图灵的炸弹机)",
        "Enigma(齿轮构成的密码机)(破解方法:图灵的炸弹机)",
        "UTS(系统标识,让一个容器拥有属于自己的hostname)",
        "Prometheus（开源监控：时序数据库）",
        "c5·Docker Images",
        "Root Port (RP)",
    ],
)
def test_an_aspect_in_the_last_bracket_is_found_exactly_when_the_pattern_finds_it(text):
    match = item_shapes._BRACKET_ASPECT.match(text)
    aspect = item_shapes._bracket_aspect(text)
    if match is None:
        assert aspect is None
    else:
        head = terms.parse_head(match["before"].strip())
        termlike = head.how in ("plain", "paren") and head.termlike
        assert (aspect is not None) == termlike
        assert aspect is None or aspect[1] == match["aspect"]
