"""Session 16 round 3 item rules, each with a small note of our own that breaks it: a
statement of effect asked as a meaning, a clue too vague to name one term, a fragment ending
in a hanging verb."""

from __future__ import annotations

from question_facts import drafts

from examgen.model import Fact, Item
from examgen.questions.categories import category_problem, sentence
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES, broken

HOME = ("garden notes", "soil")


def definition(id_: str, term: str, text: str, line: int, lang: str = "en") -> Fact:
    """A definition fact of the notes."""
    return Fact(id_, "definition", term, text=text, section=HOME, source="notes.md", line=line,
                lang=lang)  # fmt: skip


LIME = definition("d1", "Lime", "reduces the acidity of soil so that roots take up nutrients", 3)
HUMUS = definition("d2", "Humus", "the dark organic matter left when plant remains decay", 5)
LOAM = definition("d3", "Loam", "a soil of sand, silt and clay in about equal parts", 7)
MULCH = definition("d4", "Mulch", "a layer of material spread over the soil surface", 9)
COMPOST = definition("d5", "Compost", "decomposed kitchen and garden waste used as manure", 11)


def test_a_sentence_about_what_a_term_does_is_not_asked_as_what_it_means():
    notes = index_notes([LIME, HUMUS, LOAM, MULCH, COMPOST])
    claims = drafts([LIME, HUMUS, LOAM, MULCH, COMPOST], LIME, "claim_definition")
    assert claims
    for draft in claims:
        assert ITEM_RULES["means_a_definition"](draft, notes) is not None


def test_a_noun_phrase_definition_is_asked_as_what_a_term_means():
    facts = [HUMUS, LOAM, MULCH, COMPOST]
    notes = index_notes(facts)
    claims = drafts(facts, HUMUS, "claim_definition")
    assert claims
    assert all(ITEM_RULES["means_a_definition"](d, notes) is None for d in claims)


def test_a_clause_of_its_own_offered_as_a_meaning_is_refused():
    shrub = definition("d6", "Pruning", "upper shoots are cut back each spring", 13)
    facts = [HUMUS, LOAM, MULCH, shrub]
    notes = index_notes(facts)
    claims = drafts(facts, shrub, "claim_definition")
    assert claims
    assert all(ITEM_RULES["means_a_definition"](d, notes) for d in claims)


def test_a_two_word_fill_in_clue_is_too_vague_to_name_one_term():
    clay = definition("d7", "Clay", "water retention", 15)
    facts = [HUMUS, LOAM, MULCH, clay]
    notes = index_notes(facts)
    blanks = drafts(facts, clay, "blank_term")
    assert blanks
    for draft in blanks:
        assert "too vague" in (ITEM_RULES["clue_says_enough"](draft, notes) or "")


def test_a_fill_in_clue_of_a_full_phrase_names_its_term():
    facts = [HUMUS, LOAM, MULCH]
    notes = index_notes(facts)
    blanks = drafts(facts, LOAM, "blank_term")
    assert blanks
    assert all(ITEM_RULES["clue_says_enough"](d, notes) is None for d in blanks)


def test_a_chinese_definition_ending_in_a_hanging_verb_is_not_printed():
    cut = definition("z1", "定理", "由公理和已有结论推导出", 17, lang="zh")
    whole = definition("z2", "公理", "不需证明而被承认的基本命题", 19, lang="zh")
    other = definition("z3", "引理", "为证明定理而先证明的辅助命题", 21, lang="zh")
    facts = [cut, whole, other]
    notes = index_notes(facts)
    blanks = drafts(facts, cut, "blank_term")
    assert blanks
    for draft in blanks:
        assert broken(draft, notes) == (
            "no_markup_or_glue",
            f"a text cut off in the notes: “{draft.stem_texts[0]}”",
        )


def test_an_english_definition_ending_in_a_hanging_preposition_is_not_printed():
    cut = definition("d8", "Tilth", "the crumbly state of soil that good plants grow from", 23)
    facts = [cut, HUMUS, LOAM, MULCH]
    notes = index_notes(facts)
    claims = drafts(facts, cut, "claim_definition")
    assert claims
    assert all(broken(d, notes)[0] == "no_markup_or_glue" for d in claims)


# ------------------------------------------- a long English category name is still a name


def test_a_few_words_opening_with_a_category_word_name_a_category_however_wide():
    assert not sentence("broad classifications of garden soils")
    assert not sentence("components of Integrated Pest Management (IPM)")


def test_a_long_heading_with_a_clause_word_is_still_a_sentence():
    assert sentence("regions of the garden that need shade in summer")
    assert sentence("Polynomial regression New features in practice")


def test_a_long_category_name_gives_its_list_back_as_a_category():
    kinds = Fact("l1", "list", "broad classifications of garden soils",
                 items=(Item("clay soil"), Item("sandy soil"), Item("silty soil")),
                 section=HOME, source="notes.md", line=30, lang="en")  # fmt: skip
    notes = index_notes([kinds, HUMUS, LOAM])
    assert category_problem(notes, kinds) is None


def test_a_chinese_statement_of_what_a_term_does_is_not_asked_as_what_it_means():
    valve = definition("z4", "节水阀", "控制每次浇水的水量，防止积水", 40, lang="zh")
    drip = definition("z5", "滴灌", "把水一滴一滴送到根部的灌溉方式", 42, lang="zh")
    hose = definition("z6", "软管", "可以弯曲的输水管道，常接在水龙头上", 44, lang="zh")
    facts = [valve, drip, hose]
    notes = index_notes(facts)
    claims = drafts(facts, valve, "claim_definition")
    assert claims
    assert all(ITEM_RULES["means_a_definition"](d, notes) for d in claims)
    kept = drafts(facts, drip, "claim_definition")
    assert any(ITEM_RULES["means_a_definition"](d, notes) is None for d in kept)
