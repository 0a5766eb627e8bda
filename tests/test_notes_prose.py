"""Facts stated inside the sentences of a paragraph (issue 8, running prose): one small note
of our own per sentence shape, and what it gives."""

from __future__ import annotations

from examgen.notes import parse_text


def facts(text: str) -> list:
    return list(parse_text(text).facts)


def one(text: str, subject: str, kind: str | None = None):
    found = [f for f in facts(text) if f.subject == subject and kind in (None, f.kind)]
    assert len(found) == 1, [(f.kind, f.subject) for f in facts(text)]
    return found[0]


def members(fact) -> list[str]:
    return [item.text for item in fact.items]


# ----------------------------------------------------------------------------- inline lists


def test_a_chinese_sentence_naming_what_something_includes_is_a_list():
    text = "# 笔记\n\n## 缓存\n\n概述。浏览器缓存包括内存缓存、磁盘缓存和推送缓存。\n"
    fact = one(text, "浏览器缓存", "list")
    assert members(fact) == ["内存缓存", "磁盘缓存", "推送缓存"]


def test_a_count_after_the_members_makes_having_a_list_of_kinds():
    text = "# 笔记\n\n## 队列\n\n说明。常见的队列实现有数组和链表两种。\n"
    assert members(one(text, "常见的队列实现", "list")) == ["数组", "链表"]


def test_having_without_a_count_is_no_list():
    text = "# 笔记\n\n## 系统\n\n说明。每个系统都有输入、处理和输出的问题。\n"
    assert [f.kind for f in facts(text)].count("list") == 0


def test_two_divisions_in_one_sentence_give_two_lists_named_by_their_angle():
    text = (
        "# 笔记\n\n## 调度\n\n说明。"
        "进程调度按时机分为抢占式和非抢占式，按目标分为批处理、交互式和实时。\n"
    )
    first = one(text, "进程调度按时机", "list")
    second = one(text, "进程调度按目标", "list")
    assert members(first) == ["抢占式", "非抢占式"]
    assert members(second) == ["批处理", "交互式", "实时"]


def test_a_pronoun_that_is_made_of_parts_lists_the_parts_of_what_was_just_defined():
    text = "# 笔记\n\n## 页表项\n\n说明。页表项是一条映射记录，它由页框号和标志位组成。\n"
    assert members(one(text, "页表项", "list")) == ["页框号", "标志位"]


def test_a_paragraph_that_only_lists_its_heading_gives_the_list_not_a_definition():
    text = "# 笔记\n\n## 排序算法\n\n常用的排序算法有快速排序和归并排序两种。\n"
    kinds = sorted(f.kind for f in facts(text))
    assert kinds == ["list"]


def test_an_english_sentence_saying_what_a_thing_is_composed_of_lists_its_parts():
    text = (
        "# Notes\n\n## Memory\n\nRecall is shaped by the **dual-store model**, "
        "composed of sensory store and working store.\n"
    )
    fact = one(text, "dual-store model", "list")
    assert members(fact) == ["sensory store", "working store"]


# ----------------------------------------------------------------------------- names


def test_a_chinese_clause_naming_what_the_sentence_described_defines_the_name():
    text = (
        "# 笔记\n\n## 分页\n\n分页：把内存分成定长的块，因此先查页表再访问内存，"
        "该过程称之为地址转换。\n"
    )
    assert one(text, "地址转换").text == "先查页表再访问内存"


def test_a_naming_clause_with_its_own_description_keeps_it_before_the_account():
    text = "# 笔记\n\n## 写入\n\n说明。先写日志，再写数据，这种先记后改的做法称为预写日志。\n"
    assert one(text, "预写日志").text == "先记后改的做法：先写日志，再写数据"


def test_a_bold_term_known_by_another_name_is_defined_by_it():
    text = (
        "# Notes\n\n## Stress\n\nSleep suffers with high **adrenaline**, "
        "aka the hormone of alarm.\n"
    )
    assert one(text, "adrenaline").text == "the hormone of alarm"


def test_a_thing_called_by_a_bold_name_defines_that_name():
    text = (
        "# Notes\n\n## Sleep\n\n"
        "The first stage includes a short drowsy interval called a **twilight state**.\n"
    )
    assert one(text, "twilight state").text == "a short drowsy interval"
