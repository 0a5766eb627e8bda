"""The findings of the rv9 review, each held by a small note of ours that breaks it: a
paper worded in the notes' script, one defensible answer, ordering not given away by its
labels, fill-in stems a teacher would print."""

from __future__ import annotations

import re

import opencc

from examgen.config import BlueprintEntry, ExamConfig
from examgen.exam import render_html
from examgen.model import Fact, Item, Option, Question
from examgen.questions import make_exam
from examgen.questions.form import Draft, Origin
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES

SECTION = ("複習", "資料庫")


def fact(id_: str, kind: str, subject: str, *items: str, text: str = "", line: int = 1) -> Fact:
    return Fact(
        id_,
        kind,  # type: ignore[arg-type]
        subject,
        text=text,
        items=tuple(Item(i) for i in items),
        section=SECTION,
        source="notes.md",
        line=line,
    )


TRADITIONAL_NOTES = (
    fact("d1", "definition", "主鍵", text="唯一識別資料表每一列的欄位", line=1),
    fact("d2", "definition", "外鍵", text="參照另一個資料表主鍵的欄位", line=2),
    fact("d3", "definition", "索引", text="加快資料查詢速度的結構", line=3),
    fact("d4", "definition", "視圖", text="由查詢結果組成的虛擬資料表", line=4),
    fact("l1", "list", "正規化的優點", "減少資料重複", "避免更新異常", "節省儲存空間", line=5),
    fact("l2", "list", "交易的特性", "原子性", "一致性", "隔離性", "持久性", line=6),
)


def simplified_only(text: str) -> list[str]:
    """The characters of ``text`` written only in simplified Chinese."""
    to_traditional = opencc.OpenCC("s2t").convert
    return sorted({c for c in text if to_traditional(c) != c})


def printed(html: str) -> str:
    """The words of ``html`` a reader sees (no stylesheet, no tags)."""
    return re.sub(r"<[^>]*>", " ", html.split("</style>")[-1])


def test_a_paper_from_traditional_notes_is_worded_in_traditional_characters():
    config = ExamConfig(
        blueprint=(BlueprintEntry("true_false", 2, 1), BlueprintEntry("matching", 1, 4))
    )
    (paper,) = make_exam(TRADITIONAL_NOTES, config, seed=5)
    text = " ".join(printed(render_html(paper, answers=answers)) for answers in (False, True))
    assert "請將下列術語" in text and "判斷題" in text and "考試日期" in text
    assert simplified_only(text) == []


def test_a_paper_from_simplified_notes_stays_in_simplified_characters():
    notes = (
        fact("d1", "definition", "主键", text="唯一标识数据表每一行的字段", line=1),
        fact("d2", "definition", "外键", text="引用另一个数据表主键的字段", line=2),
        fact("d3", "definition", "视图", text="由查询结果组成的虚拟数据表", line=3),
        fact("d4", "definition", "索引", text="加快数据查询速度的结构", line=4),
    )
    config = ExamConfig(blueprint=(BlueprintEntry("matching", 1, 4),))
    (paper,) = make_exam(notes, config, seed=5)
    text = printed(render_html(paper))
    assert "请将下列术语" in text and "匹配题" in text and "考试日期" in text


def test_steps_whose_labels_number_them_are_not_asked_as_ordering():
    notes = (
        fact("s1", "sequence", "stages of sleep", "N1 light sleep", "N2 spindles", "N3 slow waves"),
        fact("s2", "sequence", "brewing", "mash the grain", "boil the wort", "ferment the beer"),
    )
    config = ExamConfig(blueprint=(BlueprintEntry("ordering", 2, 3),))
    (paper,) = make_exam(notes, config, seed=3)
    asked = [q.facts for s in paper.sections for q in s.questions]
    assert asked == [("s2",)]


LONG_STEPS = tuple(
    f"step {word}: the operator {verb} every record in the queue and writes a log line"
    for word, verb in zip(
        ("one", "two", "three", "four", "five"),
        ("reads", "checks", "sorts", "merges", "archives"),
        strict=True,
    )
)


def test_a_fill_in_stem_too_long_to_read_is_not_asked():
    notes = (
        fact("s1", "sequence", "nightly batch", *LONG_STEPS, "done"),
        fact("s2", "sequence", "brewing", "mash", "boil", "ferment", "bottle"),
    )
    config = ExamConfig(blueprint=(BlueprintEntry("fill_blank", 2, 2),))
    (paper,) = make_exam(notes, config, seed=3)
    asked = [q.facts for s in paper.sections for q in s.questions]
    assert asked == [("s2",)]
    assert ("fill_blank", "readable_stem", 1) in paper.rejected


def describe(term: str, answer: str, *wrong: tuple[str, str]) -> Draft:
    """A "which describes ``term``" question: the answer, and wrong options (text, fact id)."""
    options = ((answer, True), *((text, False) for text, _ in wrong))
    question = Question(
        type="single_choice",
        prompt=f"下列对“{term}”的描述，正确的是哪一项？",
        points=2,
        facts=("d1",),
        source="notes.md:1",
        options=tuple(Option(text, correct) for text, correct in options),
    )
    origins = (
        Origin(answer, "answer", "d1", 0, True),
        *(Origin(text, "definition", fact_id, 1) for text, fact_id in wrong),
    )
    return Draft(question, "term_to_definition", subject=term, stem_texts=(term,), origins=origins)


DEFENSIBLE_NOTES = (
    fact("d1", "definition", "普通索引", text="没有任何限制的基本索引", line=1),
    fact("d2", "definition", "唯一索引", text="索引列的值必须唯一", line=2),
    Fact(
        "l1",
        "list",
        "索引缺点",
        items=(Item("维护", "增删改数据时需要维护索引"), Item("空间", "占用物理空间")),
        section=SECTION,
        source="notes.md",
        line=3,
    ),
    Fact(
        "l2",
        "list",
        "日志作用",
        items=(Item("重做日志", "普通索引的修改也写入重做日志"), Item("回滚日志", "实现原子性")),
        section=SECTION,
        source="notes.md",
        line=4,
    ),
)


def defensible(d: Draft) -> str | None:
    return ITEM_RULES["one_defensible_answer"](d, index_notes(DEFENSIBLE_NOTES))


def test_a_trait_of_every_member_of_a_kind_is_no_wrong_option_for_one_of_them():
    d = describe("普通索引", "没有任何限制的基本索引", ("占用物理空间", "l1"))
    assert "索引缺点" in defensible(d)


def test_a_line_stating_the_option_of_the_term_makes_it_no_wrong_option():
    d = describe("普通索引", "没有任何限制的基本索引", ("也写入重做日志", "l2"))
    assert "普通索引的修改" in defensible(d)


def test_another_terms_definition_stays_a_wrong_option():
    d = describe("普通索引", "没有任何限制的基本索引", ("索引列的值必须唯一", "d2"))
    assert defensible(d) is None


ENGLISH_NOTES = (
    fact("e1", "definition", "Cerebellum", text="balance and fine motor control", line=1),
    fact("e2", "definition", "Almond body", text="emotion", line=2),
    fact("e3", "definition", "Hippocampus", text="forming new long-term memories", line=3),
)


def blank(term: str, clue: str) -> Draft:
    """A fill-in: ``clue`` shown, ``term`` the answer."""
    question = Question(
        type="fill_blank",
        prompt=f"In “sleep”, ______: {clue}.",
        points=2,
        facts=("e1",),
        source="notes.md:1",
        answers=(term,),
    )
    return Draft(question, "blank_term", subject=term, stem_texts=(clue, "sleep"))


def test_a_fill_in_whose_clue_another_short_definition_fits_is_dropped():
    d = blank("Pons", "emotional regulation during dreams")
    reason = ITEM_RULES["one_defensible_answer"](d, index_notes(ENGLISH_NOTES))
    assert "Almond body" in reason


def test_a_fill_in_whose_clue_no_other_definition_fits_is_kept():
    d = blank("Pons", "relays signals between the cerebrum and cerebellum")
    assert ITEM_RULES["one_defensible_answer"](d, index_notes(ENGLISH_NOTES)) is None
