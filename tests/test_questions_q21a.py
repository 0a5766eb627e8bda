"""Session 21 (q21a) rules on options of the right kind, each with a small note of our own
that breaks it: a compound of names, a heading's gloss, a label, a remark or a non-symbol
offered beside the key's kind; wrong options of an unrelated list; two questions on one paper
where one shows the other's key (or what the key is paired with)."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.model import Fact
from examgen.questions.form import Ask, Draft, Origin, choice
from examgen.questions.index import index_notes
from examgen.questions.optionkind import (
    COMPOUND,
    FORMULA,
    HEADING,
    REMARK,
    SYMBOL,
    TERM,
    VALUE,
    WORDS,
    compound,
    definition_kind,
    term_kind,
)
from examgen.questions.rules import ITEM_RULES, answers_another

KITCHEN = ("厨房复习", "厨房分工")
fact = facts_under(KITCHEN)
MODEL = ("Modelling review", "Feature maps")
en = facts_under(MODEL)


def options(built: list[Draft]) -> set[str]:
    return {o.text for d in built for o in d.question.options}


# ------------------------------------------------------------ the sorts of option texts


def test_names_joined_by_slashes_or_enumeration_commas_are_compounds():
    assert compound("Gas/Induction/Ceramic")
    assert compound("Convection/Radiant")
    assert compound("蒸、煮、炸")
    # One name with a slash: an abbreviation pair, a ratio.
    assert not compound("TCP/IP")
    assert not compound("I/O")


def test_each_option_text_has_one_sort():
    assert term_kind("Gas/Induction/Ceramic") == COMPOUND
    assert term_kind("$\\phi$") == SYMBOL
    assert term_kind("x") == SYMBOL
    assert term_kind("180°C") == VALUE
    assert term_kind("cause of burning") == HEADING
    assert term_kind("刀工优点") == HEADING
    assert term_kind("convection oven") == TERM
    assert definition_kind("$y = a x + b$") == FORMULA
    assert definition_kind("电视剧里常常出现的情节") == REMARK
    assert definition_kind("用蒸汽把食物加热到熟") == WORDS


# ------------------------------------------------------------ 1. wrong options of the key's kind

STATIONS = fact(
    "l1",
    "list",
    "厨房岗位",
    "砧板=负责切配原料",
    "打荷=负责摆盘和传菜",
    "炉头=负责烹炒菜肴",
    "上什=负责蒸制和炖汤",
    "切配方式=直刀、平刀、斜刀",
    "水台=电视剧里常常出现的情节",
    line=3,
)
KNIFE = fact("d1", "definition", "砧板", text="负责切配原料", line=4)
PLATE = fact("d2", "definition", "打荷", text="负责摆盘和传菜", line=5)
WOK = fact("d3", "definition", "炉头", text="负责烹炒菜肴", line=6)
STEAM = fact("d4", "definition", "上什", text="负责蒸制和炖汤", line=7)
CUTS = fact("d5", "definition", "切配方式", text="直刀、平刀、斜刀", line=8)
WATER = fact("d6", "definition", "水台", text="电视剧里常常出现的情节", line=9)
STATION_NOTES = [STATIONS, KNIFE, PLATE, WOK, STEAM, CUTS, WATER]


def test_a_heading_s_gloss_is_no_wrong_description_beside_terms():
    built = drafts(STATION_NOTES, KNIFE, "term_to_definition")
    assert built
    assert CUTS.text not in options(built)


def test_a_remark_is_no_wrong_description_beside_definitions():
    built = drafts(STATION_NOTES, KNIFE, "term_to_definition")
    assert built
    assert WATER.text not in options(built)


DISORDERS = en(
    "l2",
    "list",
    "Oven faults",
    "Scorching=food burnt on the outside while raw inside",
    "Uneven baking=one side of the tray browns before the other",
    "Sinking=a cake collapses in its middle after leaving the oven",
    "cause of scorching=a heating element stuck at its highest setting",
    "Overproofing=dough left to rise so long that it loses its shape",
    line=3,
    lang="en",
)


def test_a_label_is_no_term_option_beside_terms():
    built = [
        d
        for d in drafts([DISORDERS], DISORDERS, "definition_to_term")
        if any(o.correct and o.text == "Sinking" for o in d.question.options)
    ]
    assert built
    assert "cause of scorching" not in options(built)


SYMBOLS = [
    en("s1", "definition", "$\\mathbf{x}$", text="the raw measurements of a dish", line=3),
    en("s2", "definition", "$\\phi$", text="a map from raw measurements to new ones", line=4),
    en(
        "s3", "definition", "$\\phi(\\mathbf{x})$", text="the mapped measurements of a dish", line=5
    ),
    en("s4", "definition", "$\\psi$", text="a second map used for the sweetness scores", line=6),
    en(
        "s5",
        "definition",
        "Feature mapping (flavour transformation)",
        text="widen what a recipe model can tell apart by remapping measurements",
        line=7,
    ),
]


def test_only_symbols_are_offered_beside_a_symbol():
    built = drafts(SYMBOLS, SYMBOLS[0], "definition_to_term")
    assert built
    assert "Feature mapping (flavour transformation)" not in options(built)


def test_only_symbols_definitions_are_offered_for_a_symbol():
    built = drafts(SYMBOLS, SYMBOLS[1], "term_to_definition")
    assert built
    assert SYMBOLS[4].text not in options(built)


def _choice(variety: str, key: str, wrong: list[str], facts: tuple[Fact, ...]) -> Draft:
    home = facts[0]
    origins = [
        Origin(key, "answer", home.id, 0, correct=True),
        *(Origin(w, "term", home.id, 1) for w in wrong),
    ]
    return choice(
        "single_choice", variety, "Which is described as …?", origins, Ask("en", 2), facts
    )


def test_a_key_that_is_the_only_option_of_its_kind_breaks_option_kind():
    draft = _choice(
        "definition_to_term", "cause of scorching", ["Sinking", "Overproofing"], (DISORDERS,)
    )
    assert ITEM_RULES["option_kind"](draft, index_notes([DISORDERS]))


def test_a_compound_option_breaks_option_kind():
    draft = _choice("belongs", "Gas/Induction/Ceramic", ["Oven", "Grill"], (DISORDERS,))
    assert "joins several names" in ITEM_RULES["option_kind"](draft, index_notes([DISORDERS]))


def test_terms_of_one_kind_pass_option_kind():
    draft = _choice("definition_to_term", "Sinking", ["Scorching", "Overproofing"], (DISORDERS,))
    assert ITEM_RULES["option_kind"](draft, index_notes([DISORDERS])) is None


# ------------------------------------------------------------ 1b. members of kin lists first

BRIGADE = ("厨房复习", "后厨", "分工")
brigade = facts_under(BRIGADE)
CHEF = brigade("b1", "list", "主厨 掌握的技术", "Sauce", "Roast", "Grill", "Pastry", line=3)
COMMIS = brigade("b2", "list", "帮厨 掌握的技术", "Peel", "Wash", "Chop", line=5)
WARE = brigade("b3", "list", "餐具 类型", "Plate", "Bowl", "Tray", line=7)
PLATFORMS = brigade(
    "b4", "list", "主流灶具", "Gas/Induction/Ceramic", "Wok burner", "Salamander", line=9
)
BRIGADE_NOTES = [CHEF, COMMIS, WARE, PLATFORMS]


def test_a_select_all_takes_wrong_options_from_the_contrasting_list_not_an_unrelated_kind():
    built = drafts(BRIGADE_NOTES, CHEF, "select_members")
    assert built
    wrong = {o.text for d in built for o in d.question.options if not o.correct}
    assert wrong <= {"Peel", "Wash", "Chop"}


def test_a_compound_member_is_never_offered():
    built = [
        d
        for f in BRIGADE_NOTES
        for v in ("belongs", "select_members")
        for d in drafts(BRIGADE_NOTES, f, v)
    ]
    assert built
    assert "Gas/Induction/Ceramic" not in options(built)


# ------------------------------------------------------------ 2. questions answering each other


def test_a_question_offering_another_s_key_is_not_placed_with_it():
    lists = facts_under(KITCHEN)
    sweet = lists("k1", "list", "甜点做法", "Bake", "Chill", "Whip", line=3)
    savoury = lists("k2", "list", "咸点做法", "Fry", "Steam", "Braise", line=5)
    ask = Ask("zh", 2)
    which_sweet = choice(
        "single_choice",
        "belongs",
        "属于“甜点做法”的是哪一项？",
        [
            Origin("Bake", "answer", "k1", 0, True),
            *(Origin(t, "other list", "k2", 1) for t in ("Fry", "Steam", "Braise")),
        ],
        ask,
        (sweet,),
    )
    which_savoury = choice(
        "single_choice",
        "belongs",
        "属于“咸点做法”的是哪一项？",
        [
            Origin("Braise", "answer", "k2", 0, True),
            *(Origin(t, "other list", "k1", 1) for t in ("Chill", "Whip", "Bake")),
        ],
        ask,
        (savoury,),
    )
    assert answers_another(which_savoury, [which_sweet])


def test_a_definition_offered_beside_the_question_asking_its_term_is_not_placed_with_it():
    x, phi, mapped = SYMBOLS[0], SYMBOLS[1], SYMBOLS[2]
    ask = Ask("en", 2)
    which_x = Draft(
        choice(
            "single_choice",
            "definition_to_term",
            f"Which is described as “{x.text}”?",
            [
                Origin(x.subject, "answer", "s1", 0, True),
                Origin(phi.subject, "term", "s2", 1),
                Origin(mapped.subject, "term", "s3", 1),
            ],
            ask,
            (x,),
        ).question,
        "definition_to_term",
        subject=x.text,
        stem_texts=(x.text,),
        reveals=((x.subject, x.text),),
        asks=(x.subject,),
    )
    describe_phi = Draft(
        choice(
            "single_choice",
            "term_to_definition",
            f"Which best describes “{phi.subject}”?",
            [
                Origin(phi.text, "answer", "s2", 0, True),
                Origin(x.text, "definition", "s1", 1),
                Origin(mapped.text, "definition", "s3", 1),
            ],
            ask,
            (phi,),
        ).question,
        "term_to_definition",
        subject=phi.subject,
        reveals=((phi.subject, phi.text),),
        asks=(phi.text,),
    )
    # Neither key (x, phi's description) is printed in the other; x's description is.
    assert answers_another(describe_phi, [which_x])


# ------------------------------------------------------------ 3. the key the only one of its family


def _select(answers: tuple[str, ...], wrong: tuple[str, ...]) -> Draft:
    origins = [
        *(Origin(a, "answer", "b1", 0, True) for a in answers),
        *(Origin(w, "other list", "b2", 1) for w in wrong),
    ]
    return choice(
        "multiple_choice", "select_members", "属于…的有哪些？", origins, Ask("zh", 2), (CHEF,)
    )


def test_wrong_options_opening_with_one_latin_name_no_answer_has_break_option_block():
    draft = _select(("Sous chef", "Line cook"), ("OvenPro Max", "OvenPro Mini"))
    assert "oven" in ITEM_RULES["option_block"](draft, index_notes(BRIGADE_NOTES))


def test_answers_alone_opening_with_one_latin_name_break_option_block():
    draft = _select(("OvenPro Max", "OvenPro Mini"), ("Sous chef", "Line cook"))
    assert "only the answers open" in ITEM_RULES["option_block"](draft, index_notes(BRIGADE_NOTES))
