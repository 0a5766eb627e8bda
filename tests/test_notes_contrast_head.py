"""A Chinese definition whose head noun comes after 但 ("X指A，但B的各种因素") is read whole;
a definition that has its head noun already ends before the 但-clause, a turn to another point."""

from __future__ import annotations

from note_facts import one

COMPLETED = """# 管理学

## 环境
一般环境指可能对组织的活动产生影响，但与组织的相关程度存在不确定性的各种因素。
"""
TURNED = """# 算法

## 排序
归并排序是指一种稳定的排序方法，但需要额外的存储空间。
"""


def test_a_but_clause_carrying_the_head_noun_completes_the_definition():
    text = one(COMPLETED, "一般环境", "definition").text
    assert text == "可能对组织的活动产生影响，但与组织的相关程度存在不确定性的各种因素"


def test_a_but_clause_after_a_definition_with_its_head_noun_is_a_turn():
    assert one(TURNED, "归并排序", "definition").text == "一种稳定的排序方法"
