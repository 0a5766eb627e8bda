"""Cards of session 23 (issue 9): the relation named or the list explained, claims not
blanked, the answer kept off its clue, the right prompt kind. Each read off cards the real
Anki backend renders from a small deck written here.
"""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import learner_text as _text
from card_facts import zh_card_fact as _zh

from examgen.deck import note_guid


def _cards(col: Collection, fact_id: str, kind: str):
    nids = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return [card for nid in nids for card in col.get_note(nid).cards()]


def _fronts(col: Collection, fact_id: str, kind: str) -> list[str]:
    return [_text(card.question()) for card in _cards(col, fact_id, kind)]


# ---------------------------------------------------------------- 1. no relation named


def test_a_list_naming_no_relation_is_the_back_of_one_explain_card(tmp_path, col):
    fact = _zh("w1", "list", "风车", items=("叶片迎风转动", "带动石磨", "多建在河谷"))
    import_package(col, _build(tmp_path, [fact]).output)
    (card,) = _cards(col, "w1", "list")
    assert _text(card.question()).startswith("解释这个概念 风车（Chapter）")
    assert "带动石磨" in _text(card.answer())


def test_a_list_naming_no_relation_gets_no_cloze_note(tmp_path, col):
    fact = _zh("w2", "list", "风车", items=("叶片迎风转动", "带动石磨", "多建在河谷"))
    import_package(col, _build(tmp_path, [fact]).output)
    assert _cards(col, "w2", "list-cloze") == []


def test_a_list_about_a_defined_term_shows_the_definition_beside_the_term(tmp_path, col):
    term = _zh("d1", "definition", "风车", text="借风力转动的机械")
    points = _zh("d2", "list", "风车", items=("叶片迎风转动", "带动石磨"), line=5)
    import_package(col, _build(tmp_path, [term, points]).output)
    (front,) = _fronts(col, "d2", "list")
    assert front.startswith("解释这个概念 风车（借风力转动的机械）")
    assert _fronts(col, "d1", "definition")[0] != front  # no second bare "explain 风车"


def test_a_list_about_a_term_with_a_long_definition_and_no_relation_gets_no_card(tmp_path, col):
    text = "一种借助风力带动叶片转动，再经齿轮把力量传给石磨或水泵的木结构机械"
    term = _zh("d3", "definition", "风车", text=text)
    points = _zh("d4", "list", "风车", items=("叶片迎风转动", "带动石磨"), line=5)
    import_package(col, _build(tmp_path, [term, points]).output)
    # "The points listed about 风车" would say no relation to recall them by (session 27).
    assert _fronts(col, "d4", "list") == [] and _fronts(col, "d4", "list-cloze") == []


# ---------------------------------------------------------------- 2. claims among claims


def test_a_member_saying_what_something_can_do_is_shown_not_blanked(tmp_path, col):
    fact = _zh("k1", "list", "水库 特点", items=("蓄水", "防洪", "多个村庄可以共用水渠"))
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "k1", "list-cloze")
    assert len(fronts) == 2
    assert all("多个村庄可以共用水渠" in front for front in fronts)


def test_a_member_ending_in_a_comparison_is_shown_not_blanked(tmp_path, col):
    fact = _zh("k2", "list", "石桥 特点", items=("耐久", "承重", "雨季时石桥通行效率更高"))
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "k2", "list-cloze")
    assert len(fronts) == 2
    assert all("雨季时石桥通行效率更高" in front for front in fronts)


def test_an_advantage_named_by_a_comparative_phrase_is_still_blanked(tmp_path, col):
    fact = _zh("k3", "list", "石桥 优点", items=("更长的使用寿命", "更低的维护成本"))
    import_package(col, _build(tmp_path, [fact]).output)
    assert len(_fronts(col, "k3", "list-cloze")) == 2


def test_an_english_member_with_a_modal_verb_is_shown_not_blanked(tmp_path, col):
    fact = _fact("k4", "list", "Canal features", items=("locks", "towpath", "boats can pass"))
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "k4", "list-cloze")
    assert len(fronts) == 2
    assert all("boats can pass" in front for front in fronts)


def test_a_group_cards_cues_stay_within_the_cue_budget(tmp_path, col):
    # One short name among sentences (45 columns each, shown, not asked): its card shows
    # the nearest sentences as cues while they fit 120 columns, not all five.
    told = [f"第{n}段堤坝在汛期之前，由村民轮流值守并记录水位" for n in range(1, 6)]
    fact = _zh("k5", "list", "堤坝 特点", items=("夯土", *told))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "k5", "list")
    assert front.count("堤坝在汛期") == 2
    assert "第1段" in front and "第2段" in front


def test_a_list_whose_cloze_cards_would_show_a_passage_gets_no_cloze_note(tmp_path, col):
    told = [f"第{n}段堤坝在汛期之前，由村民轮流值守并记录水位" for n in range(1, 6)]
    fact = _zh("k6", "list", "堤坝 特点", items=("夯土", *told))
    import_package(col, _build(tmp_path, [fact]).output)
    assert _cards(col, "k6", "list-cloze") == []


# ---------------------------------------------------------------- 3. the prompt's kind


def _question(col: Collection, fact_id: str) -> str:
    return _fronts(col, fact_id, "definition")[0]


def test_an_acronym_defined_by_its_expansion_asks_for_the_full_name(tmp_path, col):
    fact = _fact("p1", "definition", "WTPs", text="Water Treatment Plants")
    import_package(col, _build(tmp_path, [fact]).output)
    assert _question(col, "p1").startswith("Give its full name WTPs")


def test_an_acronym_with_more_than_its_expansion_is_still_defined(tmp_path, col):
    text = "Water Treatment Plants that clean river water for the town"
    fact = _fact("p2", "definition", "WTPs", text=text)
    import_package(col, _build(tmp_path, [fact]).output)
    assert _question(col, "p2").startswith("Define this term WTPs")


def test_a_ratio_whose_text_gives_a_number_asks_for_its_value(tmp_path, col):
    text = "The usual sand:gravel ratio is about 1:2, which keeps the mix firm."
    fact = _fact("p3", "definition", "Sand:Gravel Ratio", text=text)
    import_package(col, _build(tmp_path, [fact]).output)
    assert _question(col, "p3").startswith("Give its value Sand:Gravel Ratio")


def test_a_subject_with_a_clause_inside_is_explained_not_defined(tmp_path, col):
    text = "the river silting up its bed after the dam was built"
    fact = _fact("p4", "definition", "usual reason for why mills close", text=text)
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "p4", "definition")
    # Headed by a reason: asked as the "what" question it is (c42), never as a term.
    assert front.startswith("What is the usual reason for why mills close?"), front


# ---------------------------------------------------------------- 4. the answer in the clue


def _reverse(col: Collection, fact_id: str) -> list[str]:
    return [f for f in _fronts(col, fact_id, "definition") if f.startswith("Which term")]


def test_a_numbered_short_form_spelled_out_in_its_text_gets_no_reverse_card(tmp_path, col):
    text = "Mill stage 2, the second stage of milling, grinds the grain into a coarse meal."
    fact = _fact("r1", "definition", "M2", text=text)
    import_package(col, _build(tmp_path, [fact]).output)
    assert _reverse(col, "r1") == []


def test_a_text_saying_the_word_that_tells_the_term_apart_gets_no_reverse_card(tmp_path, col):
    text = "A spare for the main gate; opened only when the main gate is shut for repairs"
    fact = _fact("r2", "definition", "Spare Gate", text=text)
    import_package(col, _build(tmp_path, [fact]).output)
    assert _reverse(col, "r2") == []


def test_a_text_saying_only_the_terms_kind_word_keeps_its_reverse_card(tmp_path, col):
    text = "The gate nearest the river, opened at high water to let boats through"
    fact = _fact("r3", "definition", "Tide Gate", text=text)
    import_package(col, _build(tmp_path, [fact]).output)
    assert len(_reverse(col, "r3")) == 1


# ---------------------------------------------------------------- 5. the premise lost


def test_a_definition_that_is_only_a_consequence_gets_no_card(tmp_path, col):
    fact = _zh("c1", "definition", "灌溉观点", text="因此需要把几条水渠合并成一条主渠")
    other = _zh("c0", "definition", "水渠", text="引水灌溉的人工河道")  # a deck needs a card
    import_package(col, _build(tmp_path, [fact, other]).output)
    assert _fronts(col, "c1", "definition") == []


def test_an_english_definition_opening_with_thus_gets_no_card(tmp_path, col):
    fact = _fact("c2", "definition", "Milling view", text="Thus the mills were moved upstream")
    other = _fact("c0", "definition", "Mill", text="a building that grinds grain")
    import_package(col, _build(tmp_path, [fact, other]).output)
    assert _fronts(col, "c2", "definition") == []


# ---------------------------------------------------------------- 6. minor


def test_a_table_row_with_one_value_in_every_cell_gets_no_card(tmp_path, col):
    fact = _fact(
        "t1",
        "table",
        "Mills compared",
        columns=("Aspect", "Water mill", "Wind mill"),
        rows=(("Stone", "granite", "granite"), ("Power", "river", "wind")),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    assert _cards(col, "t1", "table:stone") == []
    assert len(_cards(col, "t1", "table:power")) == 1


def test_a_term_defined_before_the_sequence_it_ends_is_not_named_by_it(tmp_path, col):
    term = _zh("q1", "definition", "水磨", text="借水力带动石磨的机械", line=3)
    route = _zh("q2", "sequence", "磨坊发展路线", items=("手推磨", "畜力磨", "水磨"), line=4)
    import_package(col, _build(tmp_path, [term, route]).output)
    (front, *_reverse) = _fronts(col, "q1", "definition")
    assert "磨坊发展路线" not in front


def test_a_relation_word_under_a_defined_title_is_owned_by_the_title(tmp_path, col):
    term = _zh("o1", "definition", "水磨", text="借水力带动石磨的机械", section=("水磨",))
    aims = _zh("o2", "list", "目的", items=("省力", "磨得更细"), section=("水磨", "目的"))
    import_package(col, _build(tmp_path, [term, aims]).output)
    (front,) = _fronts(col, "o2", "list")
    assert "水磨的目的有哪些？" in front


def test_a_relation_word_under_a_title_the_notes_do_not_define_stays_as_written(tmp_path, col):
    aims = _zh("o3", "list", "目的", items=("省力", "磨得更细"), section=("复习笔记", "目的"))
    import_package(col, _build(tmp_path, [aims]).output)
    (front,) = _fronts(col, "o3", "list")
    assert "复习笔记的目的" not in front and "目的有哪些？" in front


def test_a_list_about_an_acronym_defined_by_its_expansion_is_explained(tmp_path, col):
    term = _fact("e1", "definition", "WTP", text="Water Treatment Plant")
    points = _fact("e2", "list", "WTP", items=("sand filters", "chlorine tanks"), line=5)
    import_package(col, _build(tmp_path, [term, points]).output)
    (front,) = _fronts(col, "e2", "list")
    assert front.startswith("Explain this WTP")


def test_a_text_naming_one_half_of_a_joined_term_gets_no_reverse_card(tmp_path, col):
    text = "除了水车，石磨也靠水力转动，村里的磨坊因此建在河边的高处，方便引水"
    fact = _zh("r4", "definition", "水车和石磨", text=text)
    import_package(col, _build(tmp_path, [fact]).output)
    assert [f for f in _fronts(col, "r4", "definition") if "哪个概念" in f] == []


def test_an_english_member_stating_a_setting_is_shown_not_blanked(tmp_path, col):
    items = ("locks", "towpath", "gate height set to 3m")
    fact = _fact("k7", "list", "Canal features", items=items)
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "k7", "list-cloze")
    assert len(fronts) == 2
    assert all("gate height set to 3m" in front for front in fronts)
