"""A word every option holds is no cue: "索引" of 全文索引, 唯一索引, 普通索引 and 主键索引 in a
clue "…的索引" singles out none of them, so the clue may say it (`no_stem_words`); a word the
key alone shares with the clue still gives it away."""

from __future__ import annotations

from examgen.model import Option, Question
from examgen.questions.form import Draft
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES


def _which_term(clue: str, *options: tuple[str, bool]) -> Draft:
    question = Question(
        type="single_choice",
        prompt=f"“{clue}”描述的是下列哪一项？",
        points=2,
        facts=("d1",),
        source="notes.md:1",
        options=tuple(Option(text, correct) for text, correct in options),
    )
    return Draft(question, "definition_to_term", subject=clue, stem_texts=(clue,))


def test_a_word_every_option_holds_is_no_cue_of_the_clue():
    draft = _which_term(
        "加快检索速度的索引，值必须各不相同",
        ("唯一索引", True),
        ("普通索引", False),
        ("组合索引", False),
        ("前缀索引", False),
    )
    assert ITEM_RULES["no_stem_words"](draft, index_notes([])) is None


def test_a_word_the_key_alone_shares_with_the_clue_is_still_a_cue():
    draft = _which_term(
        "加快检索速度的索引，值必须唯一",
        ("唯一索引", True),
        ("普通索引", False),
        ("组合索引", False),
        ("前缀索引", False),
    )
    assert "唯一" in (ITEM_RULES["no_stem_words"](draft, index_notes([])) or "")


def test_a_latin_word_every_option_holds_is_no_cue_across_scripts():
    draft = _which_term(
        "Docker的运行实例，可以被启动、停止、删除",
        ("Docker Containers", True),
        ("Docker Images", False),
        ("Docker Registry", False),
    )
    assert ITEM_RULES["no_stem_words"](draft, index_notes([])) is None
