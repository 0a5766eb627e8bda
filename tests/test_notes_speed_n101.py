"""Parse speed (n101): each shortcut gives what the longer way gave.

An item of one line is made into its node without an open item: the node, or the
diagnostic that it is noise, is the one closing an open item gives. A caseless English
pattern anchored at the start (notation, aliases) is tried only on a text holding one of
the words every match holds. These tests hold the shortcut and the longer way side by side.
"""

from __future__ import annotations

import pytest

from examgen.notes import block_reader, notation, statements
from examgen.notes.markdown import read_markdown
from examgen.notes.markdown_state import _MarkdownState, _OpenItem

ONE_LINE_ITEMS = [
    (["云计算：按需付费"], (), (), False),
    (["Docker Images"], (), (), True),
    (["**粗体**：说明"], (), ("粗体",), False),
    (["an image here"], ("a.png",), (), True),
    (["E.g. Sum of squared errors:"], (), (), False),
    (["例如：张三"], (), (), False),
    (["作者：张三"], (), (), False),
    (["a term (单选)"], (), (), False),
    (["pinned {#here}"], (), (), True),
    ([""], (), (), False),
]


def _state() -> _MarkdownState:
    return _MarkdownState("notes.md", [])


@pytest.mark.parametrize(("head", "images", "strong", "numbered"), ONE_LINE_ITEMS)
@pytest.mark.parametrize("starts_list", [False, True])
def test_an_item_of_one_line_closed_directly_gives_what_closing_its_open_item_gives(
    head, images, strong, numbered, starts_list
):
    direct, long_way = _state(), _state()
    direct.close_line(7, list(head), images, starts_list, strong, numbered)
    open_item = _OpenItem(
        line=7,
        head=list(head),
        images=images,
        started=True,
        starts_list=starts_list,
        strong=strong,
        numbered=numbered,
    )
    long_way.close_open(open_item)
    assert direct == long_way


def test_an_item_of_one_line_is_read_without_an_open_item(monkeypatch):
    def no_open_item(**fields: object) -> None:
        raise AssertionError("an open item made for an item of one line")

    monkeypatch.setattr(block_reader, "_OpenItem", no_open_item)
    document = read_markdown("- 云计算：按需付费\n- 有**粗体**\n1. one\n", "notes.md")
    assert [(node.text, node.numbered) for node in document.nodes] == [
        ("云计算：按需付费", False),
        ("有粗体", False),
        ("one", True),
    ]


ENGLISH_LINES = [
    "Gradient denoted as $\\nabla L$",
    "The mean is DENOTED BY $\\mu$",
    "The bar in $\\bar{A}$ is read not",
    "Pronounced as gif",
    "x is usually Written as X",
    "Entropy symbolised by H",
    "Entropy SYMBOLIZED by H",
    "The file is read by the kernel",
    "Confusional arousals, aka sleep drunkenness",
    "Confusional arousals, AKA sleep drunkenness",
    "Sleep drunkenness a.k.a. confusional arousals",
    "Port Fast, also known as edge port",
    "Port Fast ALSO CALLED edge port",
    "m2x1x0 humhum",
    "Rufen 0: lomimon dor lolisti",
    "Ready reckoner",
    "Bakalava lemon",
    "x ſymbolized by ſ",  # (a long s: caselessly an s, so not told by lowering)
    "Confusional arousals, ałso known as sleep drunkenness",
    "云计算 denoted as C",
    "",
]


@pytest.mark.parametrize("text", ENGLISH_LINES)
def test_notation_and_aliases_told_by_their_words_first_answer_as_the_patterns_alone(
    text, monkeypatch
):
    shortcut = (notation.notation(text), statements.aliased(text))
    monkeypatch.setattr(notation, "may_say", lambda text, words: True)
    monkeypatch.setattr(statements, "may_say", lambda text, words: True)
    assert (notation.notation(text), statements.aliased(text)) == shortcut


class _Untried:
    def match(self, text: str) -> None:
        raise AssertionError(f"pattern tried on {text!r}")


def test_an_english_text_without_their_words_is_not_tried_for_notation_or_aliases(monkeypatch):
    monkeypatch.setattr(notation, "_NOTATION", _Untried())
    monkeypatch.setattr(statements, "_ALIASED", _Untried())
    assert notation.notation("Lomimon galmi dor") == ("", "")
    assert statements.aliased("Lomimon galmi dor") == ("", "")
