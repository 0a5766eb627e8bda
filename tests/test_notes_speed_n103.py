"""Parse speed (n103): each shortcut gives what the longer way gave.

An item with nothing under it whose head is ``term:gloss`` or ``term(gloss)`` is read by
the shapes such an item can have (:meth:`LeafItems.glossed_leaf`), not by the general
cascade (:meth:`ItemReader.read_item`). These tests hold the shortcut and the longer way
side by side: same facts, same diagnostics, same member given back to the list.
"""

from __future__ import annotations

import pytest

from examgen.notes import facts
from examgen.notes.draft import Place
from examgen.notes.markdown import read_markdown
from examgen.notes.terms import parse_head
from examgen.notes.tree import Node

GLOSSED_LEAVES = [
    "云计算：按需付费的计算模式",
    "One limitation: it must be fixed beforehand",
    "One idea: learn the map from data",
    "读已提交：避免脏读(Oracle默认隔离级别)",
    "早期：单机部署",
    "Sleep loss caused severe moods: anger, fear, worry. It passes.",
    "In GLM: the mean is linked to the predictors",
    "缺点：贵",
    "Informal definition: a set holding every segment between its points",
    "从数据结构角度：线性表和树",
    "发展路线：并行计算->集群计算->云计算",
    "OSI model: physical-link-network-transport",
    "三要素：镜像、容器、仓库",
    "Root Port - no changes",
    "UDP - connectionless datagrams",
    "人员：2人",
    "完全功能相依 (Full Functional Dependency)",
    "Iterative solution (e.g. IRWLS)",
    "If separable (linear data)",
    "$L_2$ norm (aka. Euclidean distance)",
    "嗅探(Sniff)",
    "Docker(一种容器引擎)",
    "Pros: cheap",
]
PARENTS = ["", "硬盘", "Cons", "Logistic regression"]


def _read_both(text: str, parent: str, member: bool, strong: tuple[str, ...] = ()):
    node = Node("item", text, 3, images=("a.png",), strong=strong, tags=("t",), anchor=None)
    head = parse_head(text)
    place = Place("notes.md", ("Chapter", parent or "Section"), ("chapter", "section"))
    short, long_way = facts._Extractor("notes.md"), facts._Extractor("notes.md")
    given_short = short.glossed_leaf(node, head, place, parent, member)
    given_long = long_way.read_item(node, head, place, parent, member=member, category=False)
    return (given_short, short.drafts, short.diagnostics), (
        given_long,
        long_way.drafts,
        long_way.diagnostics,
    )


@pytest.mark.parametrize("text", GLOSSED_LEAVES)
@pytest.mark.parametrize("parent", PARENTS)
@pytest.mark.parametrize("member", [False, True])
def test_a_glossed_item_with_nothing_under_it_reads_as_the_general_reader_reads_it(
    text, parent, member
):
    assert parse_head(text).how in ("colon", "paren")
    short, long_way = _read_both(text, parent, member)
    assert short == long_way


def test_a_glossed_item_with_math_in_bold_reads_its_symbols_as_the_general_reader_does():
    text = "**Momentum**: $v = \\beta v + g$ where $\\beta$ is the **decay factor**"
    short, long_way = _read_both(text, "Optimizers", True, strong=("Momentum", "decay factor"))
    assert short == long_way


def test_a_glossed_item_with_nothing_under_it_is_not_read_by_the_general_reader(monkeypatch):
    def general_reader(*args: object, **kwargs: object) -> None:
        raise AssertionError("the general reader asked of a glossed leaf")

    document = read_markdown("# 云\n\n- 云计算：按需付费\n- Docker(一种容器引擎)\n", "notes.md")
    expected = facts.extract(document)
    monkeypatch.setattr(facts._Extractor, "read_item", general_reader)
    assert facts.extract(document) == expected
    assert [draft.subject for draft in expected[0]] == ["云计算", "Docker"]


def test_a_list_over_group_headers_lists_the_members_left_once_the_headers_are_taken_out():
    notes = (
        "# 数据库\n\n"
        "- Normalization類型\n"
        "  - 低階Normalization\n  - 第一正規化型式\n  - 第二正規化型式\n"
        "  - 高階Normalization\n  - 第四正規化型式\n  - 第五正規化型式\n"
    )
    drafts, _ = facts.extract(read_markdown(notes, "notes.md"))
    lists = {draft.subject: [item.text for item in draft.items] for draft in drafts}
    assert lists == {
        "低階Normalization": ["第一正規化型式", "第二正規化型式"],
        "高階Normalization": ["第四正規化型式", "第五正規化型式"],
        "Normalization類型": [
            "第一正規化型式",
            "第二正規化型式",
            "第四正規化型式",
            "第五正規化型式",
        ],
    }
