"""Simple notes read from their lines straight into the tree give the tree tokens give.

``examgen.notes.line_tree`` reads a text of headings, paragraphs and lists into the
Markdown reader without making tokens. These tests compare, node by node (kind, text, line,
level, strong, tags, images, anchor, cells, numbered, starts_list, then the children), the
tree read that way with the tree built from the line reader's tokens and with the tree
built from markdown-it's own, on notes written here and on generated notes: headings (some
numbered), nested bullets and numbers indented by 2, 3 or 4 spaces, tight and loose lists,
lazy lines, bold, CJK, math, ``Q:``/``A:``, captions and labels over lists.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from examgen.notes import markdown as markdown_module
from examgen.notes import tokens as tokens_module
from examgen.notes.block_reader import BlockReader
from examgen.notes.line_tree import read_lines
from examgen.notes.markdown import read_markdown
from examgen.notes.markdown_state import _MarkdownState
from examgen.notes.tokens import absent_rules
from examgen.notes.tree import Document, Node

SIMPLE_NOTES = [
    "# 标题\n\n## 1.1 概念\n\n### 1.1.1 云计算\n\n1. 云计算:一种计算模式\n2. 路线:并行->集群\n",
    "- a\n  - b\n    - c\n  - d\n- e\n",
    "1. one\n   - three-space child\n   - another\n2. two\n    - four spaces\n",
    "- loose\n\n- list\n\n- end\n",
    "- Docker Images\n\n  只读模版,运行容器\n- DockerFile\n  文件指令集\n",
    "- Early morning awakening\nThe disorder is common.\n- next\n",
    "**粗体标题**\n\n- 在粗体下面\n- 第二项\n",
    "**粗体结尾**\n",
    "步骤：\n1. 第一步\n2. 第二步\n\n- 无关的列表\n",
    "数据库范式如下\n第二正规化需要满足\n- 条件一\n- 条件二\n",
    "Q: 什么是容器？\nA: 进程的隔离\n\nQ: 下一问\n\nA: 另起一段的答\n",
    "- **Bold term**: its text\n- $x^2$ and $$\\frac{a}{b}$$\n- *em* and `code`\n",
    "作者：张三\n\n- 目录\n- [链接](http://example.com)\n",
    "- # heading in an item\n- 1. number typed in a bullet\n",
    "term：text\n其他：更多\n",
    "".join(f"{'  ' * depth}- level {depth}\n" for depth in range(45)) + "after\n",
    "- a {#pinned}\n- b (单选)\n- c\n\n  second paragraph of c\n\n  - child of c\n",
    # Loose lists of one-line items: the empty lines after an item are the item's.
    "## Chapter 0\n\n### Section 0.0\n\n1. Term 0: text\n\n2. List 1 parts\n   - a\n   - b\n\n"
    "3. Term 2: text\n\n## Chapter 1\n",
    "- a\n\n\n- b\n  \n- c\n\n   \n",
    "1. a\n\n   more of a\n2. b\n\n  lazy under b? no: a paragraph after the list\n",
    "- a\n\n  - under a, after an empty line\n- b\n\n# heading\n\n- c\n\ntext\n",
    "- **粗体**\n\n- 不是标题\n\nQ: 问\n\n- A: 答\n",
]


def _fields(node: Node) -> tuple:
    return tuple(getattr(node, name) for name in Node._fields if name != "children")


def _differences(ours: Sequence[Node], theirs: Sequence[Node], path: str) -> Iterator[str]:
    """Where two runs of nodes differ, node by node (the first difference under each)."""
    if len(ours) != len(theirs):
        yield f"{path}: {len(ours)} nodes, not {len(theirs)}"
        return
    for index, (mine, other) in enumerate(zip(ours, theirs, strict=True)):
        here = f"{path}/{index}"
        if _fields(mine) != _fields(other):
            yield f"{here}: {_fields(mine)} != {_fields(other)}"
        yield from _differences(mine.children, other.children, here)


def _assert_same_tree(ours: Document, theirs: Document) -> None:
    assert list(_differences(ours.nodes, theirs.nodes, "")) == []
    assert ours.diagnostics == theirs.diagnostics
    assert (ours.title, ours.containers) == (theirs.title, theirs.containers)
    assert ours == theirs


def _three_trees(text: str) -> tuple[Document, Document, Document]:
    """The tree read from the lines, from the line reader's tokens, from markdown-it's."""
    direct = read_markdown(text, "notes.md")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markdown_module, "read_lines", lambda text, reader, absent: False)
        from_tokens = read_markdown(text, "notes.md")
        patch.setattr(tokens_module, "line_tokens", lambda text: None)
        from_markdown_it = read_markdown(text, "notes.md")
    return direct, from_tokens, from_markdown_it


def _read_directly(text: str) -> bool:
    reader = BlockReader(_MarkdownState("notes.md", []), text.split("\n"))
    return read_lines(text, reader, absent_rules(text))


@pytest.mark.parametrize("text", SIMPLE_NOTES)
def test_simple_notes_read_from_their_lines_give_the_tree_their_tokens_give(text):
    assert _read_directly(text)  # read from the lines, not left to tokens
    direct, from_tokens, from_markdown_it = _three_trees(text)
    _assert_same_tree(direct, from_tokens)
    _assert_same_tree(direct, from_markdown_it)


def test_a_loose_lists_items_of_one_line_are_read_each_in_one_step(monkeypatch):
    # (not opened, read as blocks and closed: `line_item` makes the item's node at once)
    from examgen.notes import line_tree

    def opened(*args: object) -> None:
        raise AssertionError("an item of one line read as blocks")

    monkeypatch.setattr(line_tree._TreeReader, "item_opened", opened)
    document = read_markdown("# Notes\n\n1. a: one\n\n2. b: two\n\n\n3. c\n\ntext\n", "notes.md")
    assert [node.text for node in document.nodes[0].children] == ["a: one", "b: two", "c", "text"]


def test_simple_notes_are_read_into_a_tree_without_block_tokens(monkeypatch):
    def no_tokens(text: str) -> None:
        raise AssertionError("block tokens asked for")

    monkeypatch.setattr(markdown_module, "parse_markdown", no_tokens)
    document = read_markdown("# 标题\n\n- 云计算：按需付费\n  - 节省费用\n", "notes.md")
    assert [node.text for node in document.nodes[0].children] == ["云计算：按需付费"]
    assert [child.text for child in document.nodes[0].children[0].children] == ["节省费用"]


def test_notes_with_a_block_the_lines_leave_are_read_from_tokens_once():
    # A byline (skipped, with a diagnostic) is read before the indented code stops the
    # line reader: the tree from tokens has that diagnostic once.
    text = "作者：张三\n\n- item\n\n      indented code in the item\n- next\n"
    assert not _read_directly(text)
    direct, _from_tokens, from_markdown_it = _three_trees(text)
    assert [d.message for d in direct.diagnostics].count("byline: 作者：张三") == 1
    _assert_same_tree(direct, from_markdown_it)


@pytest.mark.parametrize("text", ["> a quote\n", "- a\n\t- tab\n", "a\n---\n", "| a |\n"])
def test_notes_with_any_other_block_are_not_read_from_their_lines(text):
    assert not _read_directly(text)


# Generated notes of the shapes the line reader reads.
INDENTS = ["", "", "", "  ", "   ", "    ", "  " * 2, "   " * 2, "    " * 2, " "]
MARKERS = ["", "", "", "- ", "- ", "* ", "+ ", "1. ", "2. ", "1) ", "10. ", "# ", "## ", "-"]
TEXTS = [
    "云计算：按需付费",
    "Docker Images",
    "**粗体**：说明",
    "**粗体**",
    "a *term* and `code`",
    "$x^2 + y$",
    "Q: 什么是容器？",
    "A: 进程的隔离",
    "步骤：",
    "如下",
    "1.2 编号的标题",
    "The disorder is common.",
    "term ##",
    "作者：某人",
    "1. 数字",
    "",
    "  ",
]
lines = st.builds(
    lambda indent, marker, text: indent + marker + text,
    st.sampled_from(INDENTS),
    st.sampled_from(MARKERS),
    st.sampled_from(TEXTS),
)
notes = st.lists(lines, max_size=25).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes)
def test_generated_notes_read_from_their_lines_give_the_tree_their_tokens_give(text):
    direct, from_tokens, from_markdown_it = _three_trees(text)
    _assert_same_tree(direct, from_tokens)
    _assert_same_tree(direct, from_markdown_it)
