"""Session 32 (q32b): cues a question gives away its answer by, found by a teacher's reading;
each with a small note of our own."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES

# ------------------------------------------------- 1, 2. a true claim whose halves share a word

orchard = facts_under(("果园复习", "修剪与施肥"))
PRUNING = orchard("t1", "list", "果树修剪方法", "疏枝修剪", "短截修剪", "回缩修剪", line=3)
FEEDING = orchard("t2", "list", "果树施肥方法", "环状施肥", "穴施", "叶面喷施", line=8)
BY_SOURCE = orchard("t3", "list", "灌溉设备类型（按水源）", "井水设备", "雨水设备", "河水设备",
                   line=13)  # fmt: skip
BY_USE = orchard("t4", "list", "灌溉设备类型（按用途）", "喷灌设备", "滴灌设备", "渗灌设备",
                line=17)  # fmt: skip
NPK = orchard("t5", "list", "土壤三要素：NPK", "氮(Nitrogen)", "磷(Phosphorus)", "钾(Potassium)",
              line=21)  # fmt: skip
TROUBLES = orchard("t6", "list", "土壤问题", "板结", "盐碱化", "酸化", line=26)
ORCHARD = [PRUNING, FEEDING, BY_SOURCE, BY_USE, NPK, TROUBLES]


def _true_claims(asked, facts=ORCHARD, variety="claim_member") -> list[str | None]:
    notes = index_notes(facts)
    built = [d for d in drafts(facts, asked, variety) if d.question.truth]
    assert built
    return [ITEM_RULES["no_claim_cue"](d, notes) for d in built]


def test_a_true_member_ending_in_a_word_of_its_list_name_is_no_claim():
    assert all(v and "修剪" in v for v in _true_claims(PRUNING))


def test_a_shared_word_the_sibling_lists_members_share_too_tells_nothing():
    assert _true_claims(BY_SOURCE) == [None] * len(_true_claims(BY_SOURCE))


def test_a_true_member_whose_alias_starts_with_a_letter_of_the_acronym_is_no_claim():
    assert all(v and "alias" in v for v in _true_claims(NPK))


roles = facts_under(("果园复习", "温室里的分工"))
WATERER = roles("d1", "list", "温室角色", "浇水员=每天早晚给苗床浇水", "看护员=夜里巡视门窗和温度",
                "搬运员=把成熟的果箱送到库房", line=3)  # fmt: skip
HOUSE = [WATERER]


def test_a_true_definition_sharing_a_word_its_siblings_do_not_is_no_claim():
    claims = [
        d
        for d in drafts(HOUSE, WATERER, "claim_definition", seeds=range(30))
        if d.question.truth and "浇水员" in d.question.prompt
    ]
    assert claims
    notes = index_notes(HOUSE)
    assert all("浇水" in (ITEM_RULES["no_claim_cue"](d, notes) or "") for d in claims)


def test_a_true_definition_sharing_no_word_with_its_term_is_a_claim():
    claims = [
        d
        for d in drafts(HOUSE, WATERER, "claim_definition", seeds=range(30))
        if d.question.truth and "看护员" in d.question.prompt
    ]
    assert claims
    notes = index_notes(HOUSE)
    assert [ITEM_RULES["no_claim_cue"](d, notes) for d in claims] == [None] * len(claims)


# ------------------------------------------------- 7. an ordering its steps' shape gives away

routine = facts_under(("Orchard notes", "Routines"), source="orchard.md")
PRUNE = routine("s1", "sequence", "Pruning routine", "Choose a tree and a saw",
                "For each branch over two metres, cut it back", "Return the cuttings to the heap",
                line=3, lang="en")  # fmt: skip
GRAFT = routine("s2", "sequence", "Grafting routine", "Choose a healthy rootstock",
                "Cut a slanted notch into the stem", "Bind the scion with tape",
                line=9, lang="en")  # fmt: skip


def _order_verdicts(asked) -> list[str | None]:
    notes = index_notes([PRUNE, GRAFT])
    built = drafts([PRUNE, GRAFT], asked, "order_steps")
    assert built
    return [ITEM_RULES["order_by_shape"](d, notes) for d in built]


def test_three_steps_ordered_by_set_up_loop_and_result_words_are_no_ordering():
    assert all(v and "opening word" in v for v in _order_verdicts(PRUNE))


def test_steps_whose_order_needs_the_notes_are_an_ordering():
    assert _order_verdicts(GRAFT) == [None] * len(_order_verdicts(GRAFT))


# ------------------------------------------------- 6. a choice listing a blank's candidates

from examgen.questions.giveaways import answers_another  # noqa: E402

cider = facts_under(("Orchard notes", "Cider making"), source="orchard.md")
_STEPS = {
    "Milling": "crush the apples into a coarse pulp",
    "Pressing": "squeeze the juice out of the pulp",
    "Fermenting": "leave the juice with yeast for weeks",
    "Bottling": "fill bottles with the finished drink",
}
CIDER = [
    cider(f"c{n}", "definition", term, text=text, line=n + 2, lang="en")
    for n, (term, text) in enumerate(_STEPS.items(), 1)
]


def test_a_blank_whose_key_a_choice_of_its_section_offers_is_not_on_that_paper():
    notes = index_notes(CIDER)
    blanks = drafts(CIDER, CIDER[1], "blank_term", seeds=range(1))
    choices = [
        d
        for d in drafts(CIDER, CIDER[0], "definition_to_term")
        if "Pressing" in {o.text for o in d.question.options}
    ]
    assert blanks and choices
    assert all("candidates" in (answers_another(blanks[0], [c], notes) or "") for c in choices)


# ------------------------------------------------- 4. options that differ in form

soil = facts_under(("果园复习", "果园的环境"))
WIDE = soil("e1", "list", "远环境", "气候因素C=全年的降水和气温变化对果树的影响",
            "市场因素M=果品价格和销路的起落对果园经营的影响",
            "政策因素G=补贴和土地政策对果园规模的约束", line=3)  # fmt: skip
OFFICE = soil("e2", "definition", "补贴办", text="负责发放果园补贴并检查果园用地的机构", line=9)


def test_a_key_alone_without_the_code_letter_the_other_options_end_in_is_a_form_cue():
    notes = index_notes([WIDE, OFFICE])
    built = drafts([WIDE, OFFICE], OFFICE, "definition_to_term")
    assert built
    assert all("code letter" in (ITEM_RULES["no_form_cue"](d, notes) or "") for d in built), built[
        0
    ].question.options


def test_a_blank_in_three_steps_ordered_by_their_shape_is_no_fill_in():
    notes = index_notes([PRUNE, GRAFT])
    built = drafts([PRUNE, GRAFT], PRUNE, "blank_step")
    assert built
    assert all("opening word" in (ITEM_RULES["order_by_shape"](d, notes) or "") for d in built)


# ------------------------------------------------- 5. options of one kind beside a formula

fit = facts_under(("Regression notes", "Linear fit"), source="fit.md")
_FIT = {
    "Linear model": "$y = a x + b$ for the line",
    "Gaussian noise": "$e \\sim N(0, s^2)$ for each point",
    "Residual": "$r = y - \\hat{y}$ per point",
    "Fitting trick": "take logs of both sides before fitting the curve",
    "Slope": "$a$ (and $b$)",
}
FIT = [
    fit(f"f{n}", "definition", term, text=text, line=n + 2, lang="en")
    for n, (term, text) in enumerate(_FIT.items(), 1)
]


def _formula_verdicts(facts, asked):
    notes = index_notes(facts)
    built = drafts(facts, asked, "definition_to_term", seeds=range(12))
    assert built
    return [(d, ITEM_RULES["option_kind"](d, notes)) for d in built]


def test_a_term_defined_in_words_is_no_option_for_a_formula_clue():
    odd = [
        v for d, v in _formula_verdicts(FIT, FIT[1])
        if {"Fitting trick", "Slope"} & {o.text for o in d.question.options}
    ]  # fmt: skip
    assert odd and all(v and "clue's sort" in v for v in odd)


INTERCEPT = fit("f6", "definition", "Intercept", text="$b = m_y - a m_x$ from the means", line=9,
                lang="en")  # fmt: skip


def test_terms_defined_by_formulas_like_the_clue_are_options_of_one_kind():
    even = [*FIT[:3], INTERCEPT]
    assert [v for _, v in _formula_verdicts(even, FIT[1])] == [None] * 12


SYMBOLS = [
    fit("g1", "definition", "$x$", text="the measured inputs", line=12, lang="en"),
    fit("g2", "definition", "$w$", text="$w \\in R^k$ the weights", line=13, lang="en"),
    fit("g3", "definition", "$b$", text="the offset of the line", line=14, lang="en"),
    fit("g4", "definition", "$z$", text="the scaled inputs", line=15, lang="en"),
]


def test_symbols_as_options_are_of_one_kind_whatever_their_definitions_say():
    assert [v for _, v in _formula_verdicts(SYMBOLS, SYMBOLS[1])] == [None] * 12
