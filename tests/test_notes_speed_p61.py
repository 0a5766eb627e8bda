"""Parse speed (p61): each shortcut gives what the slower way gave.

Nodes and the heads of items are made as tuples directly, not through NamedTuple's
``__new__``; these tests hold the shortcut and the slower way side by side."""

from __future__ import annotations

import pytest

from examgen.notes import terms, tree
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
