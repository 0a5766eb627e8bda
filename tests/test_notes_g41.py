"""Shapes of real notes beyond the corpus (session 24, g41): traditional mnemonics, bare
aspects as topic bullets, a last member joined by 和, page references and to-do lists. One
small note of our own per behaviour."""

from __future__ import annotations

from notes_text import facts, one, skipped, subjects


def _members(fact) -> list[str]:
    return [item.text for item in fact.items]


# ----------------------------------------------------------------------------- mnemonics


def test_a_traditional_mnemonic_line_is_skipped_like_a_simplified_one():
    text = "# 複習\n\n## 分布式系統\n\n- 特點:\n  - 同一個系統\n  - 透明性\n  - 助記:(同透)\n"
    assert _members(one(text, "分布式系統 特點", "list")) == ["同一個系統", "透明性"]
    assert not [s for k, s in subjects(text) if s == "助記"]
    assert any("mnemonic" in reason for reason in skipped(text))
