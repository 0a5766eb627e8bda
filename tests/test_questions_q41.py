"""Session 41 (q41): lists the notes give as what their subject derives, not as things of its
kind, and the forms thin papers lack; each with a small note of our own."""

from __future__ import annotations

from note_facts import one
from question_facts import drafts

from examgen.notes import parse_text
from examgen.questions.categories import category_problem
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.lists import CATEGORY_FORMS

# ------------------------------------ 1. a list read into its subject's own cut sentence

ZH_DERIVED = """# 笔记

## 闭包规则
利用已知的相依关系,透过一些规则,推导出
- 隐含相依
- 候选键
- 最小覆盖
"""
EN_DERIVED = """# Notes

## Closure Rules
Applying the rules to known dependencies leads to
- Hidden dependencies
- Candidate keys
- Minimal covers
"""
ZH_INCLUDED = """# 笔记

## 闭包规则
利用已知的相依关系,主要包括
- 自反律
- 增广律
- 传递律
"""


def _problem(text: str, subject: str) -> str | None:
    facts = list(parse_text(text, source="n.md").facts)
    listed = next(f for f in facts if f.kind == "list" and f.subject == subject)
    return category_problem(index_notes(facts), listed)


def test_a_list_completing_a_chinese_cut_sentence_carries_that_sentence_as_its_label():
    listed = one(ZH_DERIVED, "闭包规则", "list")
    assert listed.label == "利用已知的相依关系,透过一些规则,推导出"
    # The gloss is still the sentence completed by the members.
    gloss = one(ZH_DERIVED, "闭包规则", "definition").text
    assert gloss.endswith("推导出隐含相依、候选键、最小覆盖")


def test_a_list_a_chinese_lead_in_derives_is_no_category_of_its_heading():
    problem = _problem(ZH_DERIVED, "闭包规则")
    assert problem and "推导出" in problem


def test_a_list_an_english_lead_in_leads_to_is_no_category_of_its_heading():
    problem = _problem(EN_DERIVED, "Closure Rules")
    assert problem and "leads to" in problem


def test_a_list_a_lead_in_includes_is_still_a_category():
    assert one(ZH_INCLUDED, "闭包规则", "list").label == "利用已知的相依关系,主要包括"
    assert _problem(ZH_INCLUDED, "闭包规则") is None


def test_a_derived_list_offers_no_which_belongs_nor_list_all():
    facts = list(parse_text(ZH_DERIVED, source="n.md").facts)
    listed = next(f for f in facts if f.kind == "list")
    offered = offers(index_notes(facts), listed).forms
    varieties = {form.variety for forms in offered.values() for form in forms}
    assert not varieties & set(CATEGORY_FORMS)


# ------------------------- 2. a counted English name with a modifier is a category (thin papers)

FEATURES = """# Farming

## 0. Recap: crop rotation vs. field evidence
* Three **key features** of the crop rotation model
    * 1. Fixed season length
    * 2. Soil recovery
    * 3. No fallow field
"""
FEATURES_NAME = "Three key features of the crop rotation model"


def test_a_counted_name_with_a_modifier_and_an_article_is_a_category_not_a_sentence():
    # The head noun comes after the count and the modifier; "the" adds no length.
    assert _problem(FEATURES, FEATURES_NAME) is None


def test_a_count_before_a_qualified_plural_is_not_said_again_by_the_list_all():
    facts = list(parse_text(FEATURES, source="n.md").facts)
    listed = next(f for f in facts if f.kind == "list")
    built = drafts(facts, listed, "enumerate")
    assert built
    for draft in built:
        assert draft.question.prompt == f"List the items of “{FEATURES_NAME}”."
