"""Terms the notes number one after another (第一范式, 第二范式, 第三范式) are of one kind, each
defined under its own heading: a definition question may offer the others as wrong options."""

from __future__ import annotations

from examgen.notes import parse_text
from examgen.questions.index import index_notes
from examgen.questions.kinship import same_kind
from examgen.questions.ordinals import ordinal_siblings

FORMS = """# 数据库

## 第一范式
每个字段都是不可再分的原子值。

## 第二范式
非主属性完全依赖于主键。

## 第三范式
非主属性不传递依赖于主键。

## 索引
帮助数据库高效获取数据的数据结构。
"""


def _pairs(text: str):
    notes = index_notes(list(parse_text(text, source="n.md").facts))
    pairs = {pair.term.text: pair for pairs in notes.pairs_of.values() for pair in pairs}
    return notes, pairs


def test_numbered_terms_each_under_its_own_heading_are_of_one_kind():
    notes, pairs = _pairs(FORMS)
    assert same_kind(notes, pairs["第二范式"], pairs["第一范式"])
    assert same_kind(notes, pairs["第二范式"], pairs["第三范式"])


def test_a_term_outside_the_series_under_another_heading_is_not_of_its_kind():
    notes, pairs = _pairs(FORMS)
    assert not same_kind(notes, pairs["第二范式"], pairs["索引"])


def test_an_ordinal_series_needs_two_ordinals_around_one_name():
    assert ordinal_siblings("First Normal Form", "Third normal form")
    assert ordinal_siblings("1NF", "2NF")
    assert ordinal_siblings("一级缓存", "二级缓存")
    # The same step twice, a digit inside a name, a name that is only an ordinal: no series.
    assert not ordinal_siblings("第二范式", "第二范式(2NF)")
    assert not ordinal_siblings("IPv4", "IPv6")
    assert not ordinal_siblings("第一", "第二")
