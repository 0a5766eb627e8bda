"""Note shapes of session 16 round 2 (issue 8, helper e18): one small note of our own per
shape, and what it gives (or that it gives nothing)."""

from __future__ import annotations

from note_facts import facts, members, one

OUTLINE = """# Network review

+ Concepts of VLAN
  + Access port: carries one VLAN
  + Trunk port: carries many VLANs
+ Definition of spanning tree: a protocol that removes loops
"""


def test_an_outline_label_naming_the_concepts_of_a_name_lists_what_that_name_has():
    assert members(one(OUTLINE, "VLAN", "list")) == ["Access port", "Trunk port"]


def test_an_outline_label_naming_the_definition_of_a_name_defines_that_name():
    assert one(OUTLINE, "spanning tree", "definition").text.startswith("a protocol")


def test_a_label_over_concepts_of_several_things_keeps_its_words():
    note = "# Review\n\n+ Concepts and difference of A, B and C\n  + A: one\n  + B: two\n"
    subjects = [f.subject for f in facts(note) if f.kind == "list"]
    assert subjects == ["Concepts and difference of A, B and C"]


CONDITIONS = """# 筆記

## 第九形式
1. 符合前一個形式
2. 每一個屬性皆與鍵無遞移相依
    - 不可有遞移
"""


def test_numbered_statements_under_a_heading_stay_its_list_when_one_has_a_note_under_it():
    assert members(one(CONDITIONS, "第九形式", "list")) == [
        "符合前一個形式",
        "每一個屬性皆與鍵無遞移相依",
    ]


OUTLINED = """# 筆記

## 技能要求
1. 一般而言，應當具備兩種技能：寫作和演講。
    1. 寫作：用文字表達
    2. 演講：用口語表達
2. 不同層次的人在技能上有何側重？
"""


def test_numbered_statements_each_opening_an_outline_are_no_list_of_the_heading():
    assert [
        f.subject for f in facts(OUTLINED) if f.kind == "list" and f.subject == "技能要求"
    ] == []


SHORT_NAME = """# 安全笔记

* ABAC，RuBAC的概念和规则
  + 属性访问控制(Attribute Based Access Control, ABAC):(例如：云平台)
    + 特性:按属性授权
    + 缺点：规则难以审计
"""

NO_SHORT_NAME = """# 数据库笔记

* 行锁，表锁的概念和规则
  + 行级锁(Row Lock):(例如：更新一行)
    + 缺点：加锁和解锁的开销较大
"""


def test_an_aspect_of_a_term_glossed_with_its_abbreviation_is_named_by_the_abbreviation():
    assert one(SHORT_NAME, "ABAC 缺点", "definition").text == "规则难以审计"


def test_an_aspect_of_a_term_glossed_without_an_abbreviation_keeps_the_chinese_name():
    assert one(NO_SHORT_NAME, "行级锁 缺点", "definition").text == "加锁和解锁的开销较大"


COMPARED = """# 存储笔记

比较硬盘和内存:
* 硬盘断电后数据仍在
  + 容量大
  + 速度较慢
* 内存断电后数据丢失
  + 容量小
  + 速度较快
"""


def test_a_comparison_of_two_things_side_by_side_lists_each_things_traits():
    assert members(one(COMPARED, "硬盘的特点", "list")) == [
        "硬盘断电后数据仍在",
        "容量大",
        "速度较慢",
    ]
    assert members(one(COMPARED, "内存的特点", "list")) == [
        "内存断电后数据丢失",
        "容量小",
        "速度较快",
    ]


def test_a_comparison_label_over_bullets_not_opening_with_the_compared_things_is_no_comparison():
    note = COMPARED.replace("* 硬盘断电后", "* 断电后硬盘").replace("* 内存断电后", "* 断电后内存")
    assert not [f for f in facts(note) if f.subject.endswith("的特点")]


ALTERNATIVES = """# Joins

## Join type Inner or Outer

### Inner
Keeps only the rows that match on both sides.

### Outer
Keeps the rows of one side even without a match.
"""


def test_a_heading_naming_its_sections_as_alternatives_lists_them_under_what_they_are():
    assert members(one(ALTERNATIVES, "Join type", "list")) == ["Inner", "Outer"]


def test_a_heading_naming_other_things_than_its_sections_is_not_cut_to_what_they_are():
    note = ALTERNATIVES.replace("Inner or Outer", "Inner or Cross")
    assert not [f for f in facts(note) if f.subject == "Join type"]


TOPICS_WITH_PARAGRAPHS = """# 网络笔记

* 连接和会话
  + 连接<br>
    一个端到另一个端的临时连接
  + 会话<br>
    客户端与服务器建立后协商一次秘钥
"""


def test_topics_each_with_lines_of_their_own_under_a_title_naming_several_things_are_no_list():
    assert not [f for f in facts(TOPICS_WITH_PARAGRAPHS) if f.kind == "list"]
    assert one(TOPICS_WITH_PARAGRAPHS, "连接", "definition").text.startswith("一个端")
