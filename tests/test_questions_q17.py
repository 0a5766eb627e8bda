"""Session 16 round 2 item rules, each with a small note of our own that breaks it: lists
judged siblings by shape alone, translation cues, asides and fragments on the paper."""

from __future__ import annotations

import random

from examgen.model import Fact, Item
from examgen.questions.form import Ask, Draft
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.options import sibling
from examgen.questions.rules import broken

HOME = ("快递复习", "异常处理")
ROADS = ("快递复习", "运输工具")


def fact(id_: str, kind: str, subject: str, *items: str, text: str = "", line: int = 1,
         section: tuple[str, ...] = HOME, lang: str = "zh") -> Fact:  # fmt: skip
    """A fact of the notes; an item "a=b" is member a glossed b."""
    parsed = tuple(Item(*i.split("=", 1)) if "=" in i else Item(i) for i in items)
    return Fact(
        id_,
        kind,  # type: ignore[arg-type]
        subject,
        text=text,
        items=parsed,
        section=section,
        source="notes.md",
        line=line,
        lang=lang,
    )


def drafts(facts: list[Fact], asked: Fact, variety: str, seeds: range = range(8)) -> list[Draft]:
    """The drafts of form ``variety`` that ``asked`` offers, built with several seeds."""
    notes = index_notes(facts)
    built = []
    for forms in offers(notes, asked).forms.values():
        for form in forms:
            if form.variety == variety:
                for seed in seeds:
                    built.append(form.build(random.Random(seed), form.facts, Ask(asked.lang, 2)))
    return built


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


def test_a_member_question_offers_no_member_of_a_shape_alike_list_of_another_chapter():
    facts = [TROUBLES, REFUSALS, VEHICLES]
    notes = index_notes(facts)
    vehicles = {i.text for i in VEHICLES.items}
    kept = [d for d in drafts(facts, TROUBLES, "belongs") if broken(d, notes) is None]
    assert kept
    for draft in kept:
        assert not {o.text for o in draft.question.options} & vehicles
