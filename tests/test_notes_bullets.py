"""Facts stated by bullets that are sentences, and outline bullets that state none (issue 8):
one small note of our own per behaviour."""

from __future__ import annotations

from note_facts import facts, one


def test_a_sentence_bullet_among_names_defines_its_subject():
    text = "# Garden\n\n* Tools\n  * Rake\n  * Hoe\n  * A trowel is a small hand spade\n"
    assert one(text, "trowel", "definition").text == "a small hand spade"


def test_a_sentence_bullet_among_names_stays_a_member_of_the_list():
    text = "# Garden\n\n* Tools\n  * Rake\n  * Hoe\n  * A trowel is a small hand spade\n"
    items = [item.text for item in one(text, "Tools", "list").items]
    assert items == ["Rake", "Hoe", "A trowel is a small hand spade"]


def test_a_phrase_bullet_among_names_defines_nothing():
    text = "# Garden\n\n* Tools\n  * Rake\n  * Hoe\n  * Small hand spade\n"
    assert [f.kind for f in facts(text)] == ["list"]


COMPARISON = """# 安全

比较甲和乙:
* 甲的双方必须共享钥匙才能通信
  + 甲只能由接收者验证
  + 速度较快
* 乙不需要交换任何秘密
  + 乙能够被所有人验证
  + 速度较慢
"""


def test_a_claim_over_notes_in_a_comparison_names_no_list():
    subjects = [f.subject for f in facts(COMPARISON) if f.kind == "list"]
    assert subjects == ["甲的特点", "乙的特点"]  # each side's traits (tests/test_notes_e18.py)


def test_the_claims_of_a_comparison_lead_their_sides_traits():
    items = [item.text for item in one(COMPARISON, "甲的特点", "list").items]
    assert items == ["甲的双方必须共享钥匙才能通信", "甲只能由接收者验证", "速度较快"]


QUESTION = """# 园艺

1. 不同季节的浇水在频率上有何侧重？
   (1)`夏季`：天气炎热，因此应该每天浇水。
   (2)`冬季`：天气寒冷，因此应该每周浇水。
"""


def test_a_question_over_its_answers_names_no_list():
    assert [f.kind for f in facts(QUESTION)] == ["definition", "definition"]


def test_the_answers_under_a_question_define_their_terms():
    assert one(QUESTION, "夏季", "definition").text == "天气炎热，因此应该每天浇水。"
