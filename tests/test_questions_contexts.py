"""A stem naming a group ("In “L”, which describes X?") offers wrong options of that group
only: one from another group is struck out by its group alone. Headings that gather terms
("Basic Definitions", "术语") are no context for a fill-in: the heading above them is."""

from __future__ import annotations

from dataclasses import replace

from question_facts import drafts, facts_under

from examgen.notes import parse_text
from examgen.questions.contexts import fill_in_context
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.rules import ITEM_RULES

zh = facts_under(("果园管理", "灌溉设备"))
# Two glossed lists of one heading: the pump's parts (two of them) and the sprinkler's.
PUMP = zh("p1", "list", "水泵的部件", "叶轮=旋转时推动水流前进", "泵壳=包住叶轮并引导水流", line=3)
SPRINKLER = zh(
    "s1",
    "list",
    "喷头的部件",
    "喷嘴=把水流打散成细小水滴",
    "摇臂=借水流反冲力带动喷头转动",
    "轴承=让喷头平稳地绕轴旋转",
    line=7,
)
FACTS = [PUMP, SPRINKLER]


def test_a_stem_naming_a_list_offers_no_definition_of_another_lists_member():
    built = drafts(FACTS, PUMP, "term_to_definition", seeds=range(6))
    asked = [d for d in built if d.subject == "叶轮"]
    assert asked
    for draft in asked:
        wrong = {o.text for o in draft.question.options if not o.correct}
        assert "水泵的部件" not in draft.question.prompt, (draft.question.prompt, wrong)


def test_a_stem_naming_a_list_keeps_it_when_every_wrong_option_is_of_the_list():
    built = drafts(FACTS, SPRINKLER, "term_to_definition", seeds=range(6))
    named = [d for d in built if d.context]
    assert named and all("喷头的部件" in d.question.prompt for d in named)
    notes = index_notes(FACTS)
    assert all(ITEM_RULES["context_excludes"](d, notes) is None for d in named)


def test_context_excludes_names_an_option_of_another_group():
    notes = index_notes(FACTS)
    draft = next(d for d in drafts(FACTS, SPRINKLER, "term_to_definition") if d.context)
    narrowed = replace(draft, context_members=(draft.context_members[0],))
    reason = ITEM_RULES["context_excludes"](narrowed, notes)
    assert reason and "ruled out by group" in reason


SETS = """# Measure notes

## Sets

### Basic Definitions

#### Vacuum

A collection holding no elements

#### Universe

A collection holding all elements

#### Singleton

A collection holding exactly one element

#### Multiset

A collection whose elements may repeat
"""


def test_a_heading_gathering_terms_is_no_context_the_topic_above_it_is():
    facts = list(parse_text(SETS, source="sets.md").facts)
    notes = index_notes(facts)
    vacuum = next(f for f in facts if f.subject == "Vacuum")
    (form,) = offers(notes, vacuum).forms["fill_blank"]
    built = drafts(facts, vacuum, "blank_term", seeds=range(1))
    assert form and built[0].question.prompt.startswith("In “Sets”")


def test_definitions_saying_no_and_all_are_not_described_alike():
    facts = list(parse_text(SETS, source="sets.md").facts)
    notes = index_notes(facts)
    vacuum = next(f for f in facts if f.subject == "Vacuum")
    (draft,) = drafts(facts, vacuum, "blank_term", seeds=range(1))
    assert ITEM_RULES["one_defensible_answer"](draft, notes) is None


def test_definitions_saying_no_and_all_are_no_near_duplicate_options():
    facts = list(parse_text(SETS, source="sets.md").facts)
    notes = index_notes(facts)
    vacuum = next(f for f in facts if f.subject == "Vacuum")
    built = drafts(facts, vacuum, "term_to_definition", seeds=range(1))
    assert built
    assert all(ITEM_RULES["no_near_duplicates"](d, notes) is None for d in built)


def fill_in_contexts(text: str) -> dict[str, str]:
    """Each term of the notes ``text`` -> the context its fill-in names ('' for none)."""
    notes = index_notes(list(parse_text(text, source="n.md").facts))
    return {p.term.text: fill_in_context(notes, p) for p in notes.pairs}


def test_a_heading_saying_a_chinese_terms_kind_word_is_its_fill_in_context():
    found = fill_in_contexts(
        "# 庭院笔记\n\n## 园艺\n\n### 园艺师及其分类\n\n"
        "初级园艺师：负责浇水和修剪草坪边缘\n\n高级园艺师：负责设计整个庭院的布局\n"
    )
    assert found == {"初级园艺师": "园艺师及其分类", "高级园艺师": "园艺师及其分类"}


def test_a_short_english_heading_is_a_fill_in_context_however_wide_it_prints():
    found = fill_in_contexts(
        "# Network notes\n\n## Switching\n\n### Redundant Trunk Negotiation Families\n\n"
        "Quokka: a vendor protocol that bundles parallel links into one logical link\n\n"
        "Wombat: an open protocol that bundles parallel links by exchanging frames\n"
    )
    assert set(found.values()) == {"Redundant Trunk Negotiation Families"}
