"""Cards (q41): a list the notes give as what its subject derives is asked by that relation,
through the anki backend."""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki_import import import_package
from card_facts import build, card_fronts

from examgen.notes import parse_text

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


def _list_fronts(tmp_path, col, text: str) -> list[str]:
    facts = list(parse_text(text, source="sources/n.md").facts)
    import_package(col, build(tmp_path, facts).output)
    (listed,) = [f for f in facts if f.kind == "list"]
    return card_fronts(col, listed.id, "list")


def test_a_chinese_list_its_lead_in_derives_is_asked_by_that_lead_in(tmp_path, col):
    fronts = _list_fronts(tmp_path, col, ZH_DERIVED)
    assert fronts
    for front in fronts:
        assert "闭包规则：利用已知的相依关系,透过一些规则,推导出哪些？" in front
        assert "闭包规则有哪些" not in front


def test_an_english_list_its_lead_in_leads_to_is_asked_by_that_lead_in(tmp_path, col):
    fronts = _list_fronts(tmp_path, col, EN_DERIVED)
    assert fronts
    for front in fronts:
        assert "Closure Rules: Applying the rules to known dependencies leads to what?" in front
        assert "rules of Closure" not in front
