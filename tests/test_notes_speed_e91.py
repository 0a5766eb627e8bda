"""Extraction speed (e91): each shortcut gives what the slower way gave.

A fact is made from its draft by position, and the language of an English-looking list is
told by one search over its members' texts and one over their glosses, not by a string per
member. These tests hold the shortcut and the slower way side by side.
"""

from __future__ import annotations

from dataclasses import fields

import pytest

from examgen.model import Fact, Item
from examgen.notes import identity
from examgen.notes.draft import Draft, Place, language_of
from examgen.notes.facts import _Extractor


def _fact_as_before(draft: Draft, id_: str) -> Fact:
    """``identity._fact`` as it was: the fact made by keywords, the language by a string of
    each member's text and gloss."""
    lang = language_of(draft.subject, draft.text)
    if lang == "en" and draft.items:
        lang = language_of("".join(f"{item.text}{item.gloss or ''}" for item in draft.items))
    return Fact(
        id=id_,
        kind=draft.kind,
        subject=draft.subject,
        text=draft.text,
        items=draft.items,
        section=draft.place.section,
        source=draft.place.source,
        line=draft.line,
        lang=lang,
        images=draft.images,
        columns=draft.columns,
        rows=draft.rows,
        tags=draft.tags,
        label=draft.label,
        parent=draft.parent,
        open=draft.open,
        container=draft.container,
    )


PLACE = Place("notes/a.md", ("Title", "Ports"), ("title", "ports"))
DRAFTS = [
    Draft("definition", "Root Port", "rootport", PLACE, 3, text="the port nearest the root"),
    Draft("definition", "根端口", "根端口", PLACE, 4, text="离根最近的端口", pin="rp"),
    Draft("definition", "Root Port", "rootport", PLACE, 5, text="离根桥最近的端口"),
    Draft("list", "Port roles", "portroles", PLACE, 6, items=(Item("Root"), Item("Blocking"))),
    Draft("list", "Port roles", "portroles", PLACE, 7, items=(Item("Root"), Item("根端口"))),
    Draft("list", "Ports", "ports", PLACE, 8, items=(Item("RP", "root"), Item("DP", "指定"))),
    Draft("list", "Ports", "ports", PLACE, 9, items=(Item("RP", None), Item("DP", ""))),
    Draft(
        "table",
        "STP vs RSTP",
        "stpvsrstp",
        PLACE,
        10,
        columns=("", "STP"),
        rows=(("speed", "slow"),),
        tags=("单选",),
        label="compares",
        parent="Spanning tree",
        open=True,
        container="note",
        images=("a.png",),
    ),
]


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda draft: f"line{draft.line}")
def test_a_fact_made_by_position_equals_the_fact_made_by_keywords(draft):
    made = identity._fact(draft, "abc123def456")
    assert made == _fact_as_before(draft, "abc123def456")
    assert made.__dict__ == _fact_as_before(draft, "abc123def456").__dict__


def test_the_fields_a_fact_is_made_from_by_position_are_a_facts_fields_in_order():
    assert tuple(field.name for field in fields(Fact)) == identity.FACT_FIELDS


def test_an_english_list_is_chinese_when_only_a_members_gloss_is():
    draft = DRAFTS[5]
    assert identity._fact(draft, "x").lang == "zh"
    assert identity._fact(DRAFTS[6], "x").lang == "en"


def test_a_fact_read_twice_is_kept_once_and_its_members_are_compared_not_hashed(monkeypatch):
    def unhashable(item):
        raise AssertionError("a member was hashed")

    monkeypatch.setattr(Item, "__hash__", unhashable)
    extractor = _Extractor("notes.md")
    place = Place("notes.md", ("笔记",), ("笔记",))
    members = [Item("访问日志"), Item("错误日志", "记录错误")]
    extractor.emit("list", "系统日志", place, 3, items=members)
    extractor.emit("list", "系统日志", place, 3, items=list(members))  # read by a second shape
    extractor.emit("list", "系统日志", place, 3, items=[Item("访问日志"), Item("审计日志")])
    extractor.emit("list", "系统日志", place, 3, items=[Item("访问日志"), Item("错误日志")])
    assert [draft.items for draft in extractor.drafts] == [
        tuple(members),
        (Item("访问日志"), Item("审计日志")),
        (Item("访问日志"), Item("错误日志")),
    ]
