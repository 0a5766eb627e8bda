"""Session 16 round 2 item rules, each with a small note of our own that breaks it: lists
judged siblings by shape alone, translation cues, asides and fragments on the paper."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.questions.index import index_notes
from examgen.questions.options import sibling
from examgen.questions.rules import ITEM_RULES, broken
from examgen.questions.text import clean_definition, clean_term
from examgen.questions.translations import translated
from examgen.questions.wording import one_name

HOME = ("快递复习", "异常处理")
ROADS = ("快递复习", "运输工具")


fact = facts_under(HOME)


# ------------------------------------------------- 1. siblings by shape need a neighbourhood

TROUBLES = fact("l1", "list", "包裹异常问题", "破损", "丢件", "延误", "错分", line=3)
REFUSALS = fact("l2", "list", "签收处理模式", "拒收", "代收", "迟签", line=9)
VEHICLES = fact("l3", "list", "干线运输方案", "货车", "叉车", "挂车", line=20, section=ROADS)


def test_short_name_lists_under_one_heading_are_siblings_by_shape():
    notes = index_notes([TROUBLES, REFUSALS, VEHICLES])
    assert sibling(notes, "l1", "l2")


def test_short_name_lists_of_two_chapters_are_no_siblings_by_shape_alone():
    notes = index_notes([TROUBLES, REFUSALS, VEHICLES])
    assert not sibling(notes, "l1", "l3")


def test_a_list_under_a_member_s_own_subheading_is_no_sibling_by_shape():
    # The parts of a van under "异常处理" › "破损" are no troubles of a parcel.
    parts = fact("l4", "list", "破损部位", "车门", "车厢", "轮胎", line=12, section=(*HOME, "破损"))
    notes = index_notes([TROUBLES, REFUSALS, parts])
    assert not sibling(notes, "l1", "l4")


def test_lists_under_two_sibling_subheadings_are_siblings_by_shape():
    one = fact("l5", "list", "包裹异常问题", "破损", "丢件", line=3, section=(*HOME, "陆运"))
    two = fact("l6", "list", "签收处理模式", "拒收", "代收", line=9, section=(*HOME, "空运"))
    assert sibling(index_notes([one, two]), "l5", "l6")


def test_a_member_question_offers_no_member_of_a_shape_alike_list_of_another_chapter():
    facts = [TROUBLES, REFUSALS, VEHICLES]
    notes = index_notes(facts)
    vehicles = {i.text for i in VEHICLES.items}
    kept = [d for d in drafts(facts, TROUBLES, "belongs") if broken(d, notes) is None]
    assert kept
    for draft in kept:
        assert not {o.text for o in draft.question.options} & vehicles


# ------------------------------------------------------------------- 2. translation cues

SLIPS = fact(
    "l9",
    "list",
    "面单日志",
    "insert slip=新建一张运单时记下单号，撤销时按单号找回",
    "delete slip=删除一张运单时记下全部内容，撤销时补回",
    "update slip=改动收件人时记下旧地址，撤销时写回旧地址",
    "merge slip=两单合成一单时记下两张原单，撤销时拆回两张",
    line=30,
)


def test_a_true_claim_whose_definition_translates_its_term_is_rejected():
    notes = index_notes([SLIPS])
    built = drafts([SLIPS], SLIPS, "claim_definition")
    told = [d for d in built if d.stem_texts[0] == "delete slip" and "删除" in d.stem_texts[1]]
    assert told
    for draft in told:
        assert broken(draft, notes) == (
            "no_stem_words",
            "the definition translates the term “delete slip” (delete → 删除)",
        )


def test_a_description_opening_with_the_term_translated_is_no_answer_to_pick():
    notes = index_notes([SLIPS])
    built = drafts([SLIPS], SLIPS, "term_to_definition")
    asked = [d for d in built if d.stem_texts[0] == "delete slip"]
    assert asked
    for draft in asked:
        name, reason = broken(draft, notes)
        assert name == "no_stem_words" and "(delete → 删除)" in reason


def test_the_notes_own_bracketed_names_are_translations():
    pair = fact("d1", "definition", "作废单（void slip）", text="寄件人取消后留下的面单", line=2)
    notes = index_notes([pair, SLIPS])
    assert translated("void slip", "一张作废单的编号", notes) == "void slip → 作废单"
    assert translated("作废单", "kept as a void slip", notes) == "作废单 → void slip"
    # A word neither the notes, the table nor the dictionary pair is no translation.
    assert translated("widget", "按目的地分拣的机器", notes) is None


def test_a_matching_paired_by_translations_is_rejected():
    fields = fact(
        "l8",
        "list",
        "面单隐藏字段",
        "SLIP_TRX_ID=事务编号，按建单时间递增",
        "SLIP_ROLL_PTR=回滚指针，指向上一版面单",
        "SLIP_FLAG=标记面单是否已经签收",
        "SLIP_SITE=最后经过的分拣站点编号",
        line=40,
    )
    notes = index_notes([fields])
    built = drafts([fields], fields, "match_members")
    assert built
    for draft in built:
        name, reason = broken(draft, notes)
        assert name == "no_shared_word_cue" and "translation" in reason


# ------------------------------------------------------------ 3. text defects on the paper


def test_an_omitted_calculation_aside_is_left_out_of_a_definition():
    assert (
        clean_definition("按重量和距离分段计价，超重另收，计算方式略")
        == "按重量和距离分段计价，超重另收"
    )
    # A definition that is only the aside keeps it (nothing would be left).
    assert clean_definition("证明略") == "证明略"


def test_an_example_tail_is_left_out_of_a_definition():
    assert clean_definition("Two parcels share one van. e.g., both go to one town") == (
        "Two parcels share one van"
    )
    assert (
        clean_definition("A shorter route found again (e.g. by GPS)")
        == "A shorter route found again"
    )


def test_an_optional_mark_and_quotes_around_a_name_are_not_printed():
    assert clean_term("Route planning (extra)") == "Route planning"
    assert clean_term('"Last mile"') == "Last mile"
    assert one_name("Route planning (extra)") == "Route planning"
    # Quotes inside a name are the author's words and stay.
    assert clean_term('"Bowl" shaped vans') == '"Bowl" shaped vans'


def test_a_fill_in_names_a_heading_without_its_optional_mark():
    heading = ("Courier notes", "Route planning (extra)")
    terms = [
        fact("d1", "definition", "Hub", text="the depot all vans of a region start from",
             section=heading, lang="en", line=2),
        fact("d2", "definition", "Spoke", text="a short route from a hub to one town",
             section=heading, lang="en", line=3),
    ]  # fmt: skip
    notes = index_notes(terms)
    built = drafts(terms, terms[0], "blank_term")
    assert built
    for draft in built:
        assert "(extra)" not in draft.question.prompt
        assert ITEM_RULES["fill_in_context"](draft, notes) is None


def test_a_claim_on_a_name_cut_before_what_it_qualifies_is_rejected():
    cut = fact("d1", "definition", "分拣机送出的", text="按目的地分好的包裹", line=2)
    whole = fact("d2", "definition", "分拣机", text="按面单目的地把包裹送到出口的设备", line=3)
    notes = index_notes([cut, whole])
    built = drafts([cut, whole], cut, "claim_definition")
    assert built
    for draft in built:
        assert broken(draft, notes) == (
            "no_markup_or_glue",
            "a name cut from its phrase: “分拣机送出的”",
        )
    # "目的" (purpose) is a word, not a cut phrase.
    purpose = fact("d3", "definition", "寄件目的", text="寄件人写明的包裹用途", line=4)
    kept = drafts([purpose, whole], purpose, "claim_definition")
    assert kept
    for draft in kept:
        assert broken(draft, index_notes([purpose, whole])) != (
            "no_markup_or_glue",
            "a name cut from its phrase: “寄件目的”",
        )


# ----------------------------------------------- 4. corpus reading: another form of a word


def test_a_claim_whose_definition_says_another_form_of_the_term_s_word_is_rejected():
    errors = [
        fact("d1", "definition", "Redirect errors", text="Redirecting a parcel to a wrong town",
             lang="en", line=2),
        fact("d2", "definition", "Label errors", text="A sticker printed with a wrong postcode",
             lang="en", line=3),
    ]  # fmt: skip
    notes = index_notes(errors)
    told = [
        d
        for d in drafts(errors, errors[0], "claim_definition")
        if d.stem_texts[1].startswith("Redirecting")
    ]
    assert told
    for draft in told:
        assert broken(draft, notes) == (
            "no_stem_words",
            "the definition shares “redirect” with the term “Redirect errors”",
        )
