"""Session 25 (wt-q25) rules: the flaws of the rv23 reading, each with a small note of our own."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.model import Option, Question
from examgen.questions.form import Draft
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES, answers_another

garden = facts_under(("园艺复习", "工具"))


def _broken(rule: str, built, *facts) -> list[str | None]:
    notes = index_notes(list(facts))
    return [ITEM_RULES[rule](d, notes) for d in built]


# ------------------------------------------- 1. a fill-in's clue sharing one character of its key

DUTIES = garden(
    "l1", "list", "园丁的职责",
    "修枝能力=剪去多余的枝条",
    "育苗本领=从种子培育出健壮幼苗",
    "施肥的技巧=按季节的变化给植株补充养分",
    line=3,
)  # fmt: skip


def test_a_fill_in_whose_clue_shares_a_character_of_meaning_with_its_key_is_a_cue():
    built = [
        d for d in drafts([DUTIES], DUTIES, "blank_term") if d.question.answers == ("修枝能力",)
    ]
    assert built
    assert all("枝" in (r or "") for r in _broken("no_stem_words", built, DUTIES))


def test_a_fill_in_whose_clue_shares_only_a_grammar_character_with_its_key_is_kept():
    built = [
        d for d in drafts([DUTIES], DUTIES, "blank_term") if d.question.answers == ("施肥的技巧",)
    ]
    assert built
    assert _broken("no_stem_words", built, DUTIES) == [None] * len(built)


# ------------------------------------------- 2. a select-all's keys set apart by their length


def _select_all(*options: tuple[str, bool]) -> Draft:
    question = Question(
        type="multiple_choice",
        prompt="下列选项中，属于“园丁的工具”的有哪些？",
        points=2,
        facts=("l1",),
        source="notes.md:1",
        options=tuple(Option(text, correct) for text, correct in options),
    )
    return Draft(question, "select_members", stem_texts=("园丁的工具",))


def test_a_select_all_whose_keys_are_the_only_short_options_has_a_length_cue():
    d = _select_all(("剪刀", True), ("喷灌系统", False), ("锄头", True), ("育苗托盘", False))
    assert "shorter" in (ITEM_RULES["no_length_cue"](d, index_notes([DUTIES])) or "")


def test_a_select_all_whose_keys_are_the_only_long_options_has_a_length_cue():
    d = _select_all(
        ("自动喷灌系统", True), ("剪刀", False), ("多层育苗托盘", True), ("锄头", False)
    )
    assert "longer" in (ITEM_RULES["no_length_cue"](d, index_notes([DUTIES])) or "")


def test_a_select_all_whose_keys_mix_with_the_wrong_options_by_length_is_kept():
    d = _select_all(("剪刀", True), ("喷灌系统", False), ("育苗托盘", True), ("锄头", False))
    assert ITEM_RULES["no_length_cue"](d, index_notes([DUTIES])) is None


# ------------------------------------------- 6. a paragraph stated as one true/false claim

PARAGRAPH = (
    garden("d1", "definition", "滴灌", text="把水一滴一滴地送到植株根部的灌溉方式", line=20),
    garden(
        "d2", "definition", "喷灌",
        text="用水泵加压后经喷头把水洒向空中的灌溉方式，覆盖面积大而均匀，"
        "耗水量比漫灌少得多，适合草坪与大田作物，但风大时水滴容易飘散",
        line=21,
    ),
    garden("d3", "definition", "漫灌", text="让水在地面漫流浸润土壤的灌溉方式", line=22),
)  # fmt: skip


def test_a_true_false_statement_of_several_claims_is_not_asked():
    built = [
        d
        for d in drafts(list(PARAGRAPH), PARAGRAPH[1], "claim_definition")
        if d.question.truth and "水泵" in d.question.prompt
    ]
    assert built
    assert all(ITEM_RULES["one_claim"](d, index_notes(list(PARAGRAPH))) for d in built)


def test_a_true_false_statement_of_one_short_claim_is_asked():
    built = [
        d
        for d in drafts(list(PARAGRAPH), PARAGRAPH[0], "claim_definition")
        if d.question.truth and "一滴一滴" in d.question.prompt
    ]
    assert built
    assert [ITEM_RULES["one_claim"](d, index_notes(list(PARAGRAPH))) for d in built] == [
        None
    ] * len(built)


TWO_CLAUSES = (
    garden(
        "d4", "definition", "重做日志", text="记录对数据页做了哪些修改，解决修改写回磁盘的性能问题",
        line=30,
    ),
    garden("d5", "definition", "回滚日志", text="记录修改前的旧值，用于回滚", line=31),
    garden("d6", "definition", "慢查询日志", text="记录执行时间超过阈值的语句", line=32),
)  # fmt: skip


def test_a_true_false_statement_joining_two_long_clauses_by_a_comma_is_not_asked():
    built = [
        d for d in drafts(list(TWO_CLAUSES), TWO_CLAUSES[0], "claim_definition") if d.question.truth
    ]
    assert built
    notes = index_notes(list(TWO_CLAUSES))
    assert all("two clauses" in (ITEM_RULES["one_claim"](d, notes) or "") for d in built)


def test_a_true_false_statement_with_a_short_aside_after_its_comma_is_asked():
    built = [
        d for d in drafts(list(TWO_CLAUSES), TWO_CLAUSES[1], "claim_definition") if d.question.truth
    ]
    assert built
    notes = index_notes(list(TWO_CLAUSES))
    assert [ITEM_RULES["one_claim"](d, notes) for d in built] == [None] * len(built)


# ------------------------------------------- 3. a key set apart by the case of its first letter


def _pick_one(*options: tuple[str, bool]) -> Draft:
    question = Question(
        type="single_choice",
        prompt="Which tool is used for pruning?",
        points=2,
        facts=("l1",),
        source="notes.md:1",
        options=tuple(Option(text, correct) for text, correct in options),
    )
    return Draft(question, "definition_to_term", stem_texts=("cuts branches",))


def test_the_only_lower_case_option_as_the_key_is_a_case_cue():
    d = _pick_one(("shears", True), ("Rake", False), ("Hoe", False), ("Trowel", False))
    assert "case" in (ITEM_RULES["no_case_cue"](d, index_notes([DUTIES])) or "")


def test_options_in_one_case_have_no_case_cue():
    d = _pick_one(("Shears", True), ("Rake", False), ("Hoe", False), ("Trowel", False))
    assert ITEM_RULES["no_case_cue"](d, index_notes([DUTIES])) is None


# ------------------------------------------- 4. two fill-ins of one small list on a paper

ELEMENTS = garden(
    "l2", "list", "嫁接的三个要素",
    "接穗=嫁接时接上去的枝或芽",
    "砧木=在下方供给养分的植株",
    "接口=两者切面贴合的部位",
    line=30,
)  # fmt: skip
MANY = garden(
    "l3", "list", "园区的五个分区",
    "苗圃=培育幼苗的区域",
    "果园=栽种果树的区域",
    "菜地=栽种蔬菜的区域",
    "花坛=栽种观赏花卉的区域",
    "草坪=铺种草皮的区域",
    line=40,
)  # fmt: skip


def _fill_in(facts, term: str) -> Draft:
    built = [d for d in drafts(facts, facts[0], "blank_term") if d.question.answers == (term,)]
    assert built
    return built[0]


def test_a_second_fill_in_of_a_small_list_is_not_placed_on_the_paper():
    first, second = _fill_in([ELEMENTS], "接穗"), _fill_in([ELEMENTS], "砧木")
    assert "small list" in (answers_another(second, [first]) or "")


def test_a_second_fill_in_of_a_long_list_may_be_placed():
    first, second = _fill_in([MANY], "苗圃"), _fill_in([MANY], "果园")
    assert answers_another(second, [first]) is None


# ------------------------------------------- 5. a category named only by its chapter, glued in

chapter = facts_under(("园艺复习", "果树栽培与修剪"))
section = facts_under(("园艺复习", "果树栽培与修剪", "嫁接工具"))


def test_a_bare_kind_word_named_only_by_its_chapter_is_not_asked():
    parts = chapter("l7", "list", "核心组件", "刀片", "手柄", "弹簧", line=60)
    built = drafts([parts], parts, "enumerate")
    assert built
    assert all("果树栽培与修剪" in (r or "") for r in _broken("owner_named", built, parts))


def test_a_bare_kind_word_under_its_own_section_is_asked():
    parts = section("l8", "list", "核心组件", "刀片", "手柄", "弹簧", line=70)
    built = drafts([parts], parts, "enumerate")
    assert built
    assert _broken("owner_named", built, parts) == [None] * len(built)
