"""The deck's speed work of session 24 (d41): the same output, less work."""

from __future__ import annotations

import pytest

from examgen import script


@pytest.mark.parametrize(
    "config, text",
    [
        ("t2s", "資料庫正規化：第三正規化型式"),  # traditional, no phrase of t2s in it
        ("t2s", "乾燥的頭髮，瞭解 MySQL 的鎖"),  # phrases t2s knows (乾燥, 頭髮, 瞭解)
        ("t2s", "Latin words only, and spaces"),
        ("s2t", "数据库的并发控制：锁与事务"),  # s2t's phrases are many: most texts hold one
        ("s2t", "发 后 干"),  # one-to-many characters apart, between separators
        ("t2s", ""),
    ],
)
def test_a_conversion_gives_opencc_s_own_text(config, text):
    assert script._convert(config, text) == script._converter(config).convert(text)


def test_a_text_no_phrase_can_start_in_is_converted_without_opencc_s_phrase_search(monkeypatch):
    # OpenCC (pure Python) tries every substring of every length against its phrases; a
    # text holding no phrase's first two characters is converted character by character.
    def phrase_search(text):
        raise AssertionError(f"OpenCC's phrase search ran on {text!r}")

    monkeypatch.setattr(script._converter("t2s"), "convert", phrase_search)
    assert script.simplified_view.__wrapped__("資料庫的鎖與交易") == "资料库的锁与交易"
    assert script.script_lean(["資料庫的鎖與交易", "數據"]) > 0


def test_a_text_without_an_ordinal_is_searched_for_no_sibling_pattern(monkeypatch):
    # A pattern is compiled per term form and call (re's cache of 512 is too small for a
    # deck's terms): on 2,500 chapters of numbered terms it was a third of the deck.
    from examgen import card_siblings

    def compiled(*args, **kwargs):
        raise AssertionError("a sibling pattern was built")

    monkeypatch.setattr(card_siblings.re, "finditer", compiled)
    assert not card_siblings.names_a_sibling("Rufen 0", "lomimon dor lolisti mi galmi")


def test_a_sibling_is_still_found_beside_its_ordinal():
    from examgen.card_siblings import names_a_sibling

    assert names_a_sibling("Second Normal Form", "after First Normal Form comes this")
    assert not names_a_sibling("Second Normal Form", "after the 2 steps of Normal Form")


def test_a_text_without_a_bracket_is_searched_for_no_partner_pattern(monkeypatch):
    from examgen import card_reverse

    def compiled(*args, **kwargs):
        raise AssertionError("a partner pattern was built")

    monkeypatch.setattr(card_reverse.re, "finditer", compiled)
    assert card_reverse.bracket_partners("正規化主要是去除重複", ("正規化",)) == set()


def test_a_bracketed_partner_is_still_found():
    from examgen.card_reverse import bracket_partners

    text = "正規化(Normalization)主要是去除重複"
    assert bracket_partners(text, ("正規化",)) == {"Normalization"}
    assert bracket_partners(text, ("Normalization",)) == {"正規化"}


def test_a_member_in_another_form_is_found_in_a_heading_that_says_its_first_word():
    from examgen.card_forms import other_forms

    assert other_forms("cgroup", "CGroups 的作用") == ("CGroups",)
    assert other_forms("Backup Port", "the backup ports of STP") == ("backup ports",)
    assert other_forms("Backup Port", "the port roles") == ()
