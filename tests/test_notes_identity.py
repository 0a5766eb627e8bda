"""Fact ids: stable under edits of text, reordering, re-indenting and moving between files;
new when the subject changes; pinned by ``{#id}``; told apart when a subject repeats."""

from __future__ import annotations

import hashlib
from pathlib import Path

from examgen.model import ParseResult
from examgen.notes import parse_paths, parse_text
from examgen.notes.facts import normalize_subject

BASE = """\
# 笔记

## 第一章

1. 云计算:是一种计算模式
2. Docker优点
   - 更低的资源损耗
   - 更快的启动速度
3. CGroups

   是linux内核功能

   作用:

   - 资源限制
   - 优先级分配

## 第二章

1. 发展路线:并行计算->集群计算->云计算
2. Kafka(高吞吐量分布式发布订阅消息系统)
"""


def ids(result: ParseResult) -> dict[tuple[str, str], str]:
    """(subject, kind) -> id."""
    return {(f.subject, f.kind): f.id for f in result.facts}


def test_id_is_the_hash_of_the_normalized_subject():
    result = parse_text(BASE)
    fact = next(f for f in result.facts if f.subject == "Docker优点")
    assert fact.id == hashlib.sha1("docker优点".encode()).hexdigest()[:12]
    assert normalize_subject(" Ｄocker 优点： ") == "docker优点"


def test_editing_text_keeps_ids():
    edited = BASE.replace("是一种计算模式", "是另一种说法").replace("更快的启动速度", "秒级启动")
    edited = edited.replace("高吞吐量分布式发布订阅消息系统", "消息队列")
    assert ids(parse_text(edited)) == ids(parse_text(BASE))


def test_reordering_siblings_keeps_ids():
    reordered = """\
# 笔记

## 第一章

1. CGroups

   作用:

   - 优先级分配
   - 资源限制

   是linux内核功能
2. Docker优点
   - 更快的启动速度
   - 更低的资源损耗
3. 云计算:是一种计算模式

## 第二章

1. Kafka(高吞吐量分布式发布订阅消息系统)
2. 发展路线:并行计算->集群计算->云计算
"""
    assert ids(parse_text(reordered)) == ids(parse_text(BASE))


def test_reindenting_keeps_ids():
    reindented = (
        BASE.replace("\n   - ", "\n      * ")
        .replace("\n   是", "\n      是")
        .replace("\n   作用", "\n      作用")
        .replace("1. ", "1.    ")
    )
    assert reindented != BASE
    assert ids(parse_text(reindented)) == ids(parse_text(BASE))


def test_the_outline_reader_with_tabs_gives_the_same_ids():
    outline = """\
笔记

第一章

\t1. 云计算:是一种计算模式
\t2. Docker优点
\t\t• 更低的资源损耗
\t\t• 更快的启动速度
\t3. CGroups
\t\t是linux内核功能

\t\t作用:

\t\t• 资源限制
\t\t• 优先级分配

第二章

  1. 发展路线:并行计算->集群计算->云计算
  2. Kafka(高吞吐量分布式发布订阅消息系统)
"""
    assert ids(parse_text(outline, reader="text")) == ids(parse_text(BASE))


def test_moving_a_section_to_another_file_keeps_ids(tmp_path: Path):
    one = tmp_path / "one"
    one.mkdir()
    (one / "notes.md").write_text(BASE, encoding="utf-8")
    before = parse_paths([one], root=one)

    two = tmp_path / "two"
    two.mkdir()
    first, second = BASE.split("## 第二章")
    (two / "a.md").write_text(first, encoding="utf-8")
    (two / "b.md").write_text("# 别的笔记\n\n## 第二章" + second, encoding="utf-8")
    after = parse_paths([two], root=two)

    assert ids(after) == ids(before)
    moved = next(f for f in after.facts if f.subject == "Kafka")
    assert (moved.source, moved.section) == ("b.md", ("别的笔记", "第二章"))


def test_changing_the_subject_makes_a_new_fact():
    renamed = BASE.replace("Docker优点", "Docker的优点")
    before, after = ids(parse_text(BASE)), ids(parse_text(renamed))
    assert after[("Docker的优点", "list")] not in before.values()
    assert after[("云计算", "definition")] == before[("云计算", "definition")]


def test_changing_the_kind_keeps_the_id():
    as_list = BASE.replace("1. 云计算:是一种计算模式", "1. 云计算\n   - 按需\n   - 弹性")
    assert (
        ids(parse_text(as_list))[("云计算", "list")]
        == ids(parse_text(BASE))[("云计算", "definition")]
    )


def test_an_explicit_id_pins_the_fact():
    pinned = BASE.replace("2. Docker优点", "2. Docker优点 {#docker-pros}")
    fact = next(f for f in parse_text(pinned).facts if f.kind == "list" and "Docker" in f.subject)
    assert fact.id == "docker-pros"
    assert fact.subject == "Docker优点"
    renamed = pinned.replace("Docker优点", "Docker的好处")
    fact = next(f for f in parse_text(renamed).facts if f.kind == "list" and "Docker" in f.subject)
    assert fact.id == "docker-pros"


def test_an_explicit_id_on_a_label_and_on_a_term_with_two_facts():
    text = BASE.replace("   作用:", "   作用: {#cg-use}").replace(
        "2. Kafka(高吞吐量分布式发布订阅消息系统)",
        "2. Kafka(高吞吐量分布式发布订阅消息系统) {#kafka}\n   - 高吞吐\n   - 持久化",
    )
    result = ids(parse_text(text))
    assert result[("CGroups 作用", "list")] == "cg-use"
    assert result[("Kafka", "definition")] == "kafka"
    assert result[("Kafka", "list")] == "kafka-list"


def test_the_same_subject_in_two_sections_is_told_apart_and_warned():
    text = BASE + "\n## 第三章\n\n1. Docker优点\n   - 轻量\n   - 快\n"
    result = parse_text(text)
    twins = [f for f in result.facts if f.subject == "Docker优点"]
    assert len(twins) == 2 and twins[0].id != twins[1].id
    (warning,) = [d for d in result.diagnostics if d.severity == "warning"]
    assert warning.line == twins[1].line
    assert f"<string>:{twins[0].line}" in warning.message
    # Told apart by section, not by position: adding something above keeps both ids.
    shifted = text.replace("## 第一章\n", "## 第一章\n\n1. 新条目:新的内容\n")
    assert {f.id for f in parse_text(shifted).facts if f.subject == "Docker优点"} == {
        t.id for t in twins
    }


def test_the_same_subject_twice_in_one_section_gets_an_ordinal():
    text = BASE.replace("3. CGroups", "3. Docker优点:又一次\n4. CGroups")
    result = parse_text(text)
    twins = [f for f in result.facts if f.subject == "Docker优点"]
    assert len({f.id for f in twins}) == 2
    (warning,) = [d for d in result.diagnostics if d.severity == "warning"]
    assert "#2" in warning.message


def test_a_heading_id_keeps_disambiguated_ids_when_the_heading_is_renamed():
    text = BASE.replace("## 第二章", "## 第二章 {#ch2}") + "\n1. Docker优点\n   - 轻量\n"
    renamed = text.replace("## 第二章 {#ch2}", "## 第二章 容器 {#ch2}")
    before = [f.id for f in parse_text(text).facts if f.subject == "Docker优点"]
    after = [f.id for f in parse_text(renamed).facts if f.subject == "Docker优点"]
    assert before == after
    assert all("{#" not in part for f in parse_text(renamed).facts for part in f.section)


def test_duplicate_explicit_ids_stay_unique():
    text = (
        "# T\n\n1. A {#x}\n   - 1\n   - 2\n2. B {#x}\n   - 3\n   - 4\n3. C {#x-2}\n   - 5\n   - 6\n"
    )
    result = parse_text(text)
    assert len({f.id for f in result.facts}) == len(result.facts) == 3
    assert [d.severity for d in result.diagnostics].count("warning") == 2
