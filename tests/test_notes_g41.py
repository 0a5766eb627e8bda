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


# ----------------------------------------------------------------------------- bare aspects


def test_a_bare_aspect_bullet_over_its_own_bullets_names_the_heading():
    text = (
        "# 複習\n\n## 多道程序\n\n- 独立性:与其他程序无关\n- 随机性:开始时间是随机的\n\n"
        "- 缺点\n  - 时间延长\n  - 效率提高有限度\n"
    )
    assert _members(one(text, "多道程序 缺点", "list")) == ["时间延长", "效率提高有限度"]


def test_attributes_are_an_aspect_of_their_heading_like_features():
    text = "# 複習\n\n## 线程\n\n- 属性\n  - 不同线程可执行相同程序\n  - 多个线程可以并发\n"
    assert one(text, "线程 属性", "list")


# ----------------------------------------------------------------------------- runs of names


def test_the_last_two_names_of_a_run_joined_by_and_are_two_members():
    text = "# 複習\n\n## 文件\n\n- 文件的分类:系统文件、库函数文件和用户文件\n"
    fact = one(text, "文件的分类", "list")
    assert _members(fact) == ["系统文件", "库函数文件", "用户文件"]


def test_an_and_joining_modifiers_of_one_noun_stays_inside_the_last_member():
    text = "# 複習\n\n## 结构\n\n- 微内核优点:可靠、灵活和适宜分布式处理的计算环境\n"
    assert _members(one(text, "微内核优点", "list"))[-1] == "灵活和适宜分布式处理的计算环境"


# ----------------------------------------------------------------------------- page references


def test_a_page_reference_bullet_is_no_member():
    text = "# 複習\n\n## 进程控制\n\n- P.90\n- 创建原语\n- 撤销原语\n"
    assert _members(one(text, "进程控制", "list")) == ["创建原语", "撤销原语"]
    assert any("page reference" in reason for reason in skipped(text))


# ----------------------------------------------------------------------------- Chinese subjects


def test_the_implementation_after_de_is_a_noun_not_what_the_thing_does():
    text = "# 处理器\n\n## 单周期\n\n单周期的实现是指，一个指令的所有工作都在一个时钟周期内完成。\n"
    assert not [s for k, s in subjects(text) if "的的" in s or s.endswith("的作用")]


def test_a_modal_opening_a_clause_is_no_subject_of_its_own():
    text = (
        "# Redis\n\n## AOF\n\nRedis处理的每一个写命令都会记录在AOF文件，可以看做是命令日志文件。\n"
    )
    assert not [s for k, s in subjects(text) if s.startswith("可以")]


def test_a_cleft_after_a_name_and_a_verb_is_what_the_name_takes():
    text = "# Redis\n\n## RDB\n\nfork 采用的是 copy-on-write 技术。\n"
    assert one(text, "fork 采用的对象", "definition").text == "copy-on-write 技术"


def test_a_full_name_spelt_out_names_no_description():
    text = "# Redis\n\n## AOF\n\nAOF全称为Append Only File（追加文件）。它记录每一个写命令。\n"
    assert not [s for k, s in subjects(text) if s.startswith("Append Only File")]


def test_another_name_given_with_also_names_no_description():
    text = (
        "# Redis\n\n## RDB\n\nRDB 全称 Redis Database Backup file，也被叫做Redis数据快照。"
        "就是把内存中的数据都记录到磁盘中。\n"
    )
    assert "Redis数据快照" not in [s for k, s in subjects(text)]


def test_a_command_is_named_in_latin_letters_only():
    text = "# Redis\n\n## AOF\n\nRedis处理的每一个写命令都会记录在AOF文件，可以重放。\n"
    assert not [s for k, s in subjects(text) if s.endswith("的命令")]


# ----------------------------------------------------------------------------- to-do lists


def test_a_task_list_is_the_authors_to_do_not_notes():
    text = (
        "# Networks\n\n## Plan\n\n- [x] BGP ✅ 2025-08-03\n- [ ] DNS\n    - [ ] glue record\n"
        "\n## Routing\n\n- RIP counts hops\n- OSPF floods link states\n"
    )
    assert not [s for k, s in subjects(text) if "[" in s or s == "Plan"]
    assert any("to-do item" in reason for reason in skipped(text))


# ----------------------------------------------------------------------------- question headings


def test_a_heading_asking_what_a_thing_is_names_that_thing():
    text = "# Redis\n\n## RDB的执行原理是什么？\n\nbgsave 开始时会 fork 主进程得到子进程。\n"
    assert one(text, "RDB的执行原理", "definition")


def test_an_english_what_is_heading_names_the_thing_without_its_article():
    text = "# Networks\n\n## Basics\n\n### What is a Protocol?\n\nThe rules hosts follow to talk.\n"
    assert one(text, "Protocol", "definition")


def test_a_bold_name_with_a_comma_then_a_chinese_gloss_is_one_member():
    text = (
        "# CPU\n\n## 流水线\n\n一个指令通常包含 3 个阶段：\n\n"
        "1. **IF, Inst Fetch**，从内存中获取指令\n2. **ID, Inst Decode**，读取寄存器、指令译码\n"
        "3. **EX, Execute**，计算操作结果和/或地址\n"
    )
    (fact,) = [f for f in facts(text) if f.kind in ("list", "sequence")]
    assert len(fact.items) == 3


# ----------------------------------------------------------------------------- English prose


def test_namely_announces_the_counted_members_and_is_none_of_them():
    text = (
        "# TCP\n\n## Congestion Control\n\nThe algorithm moves between three modes, "
        "namely slow start, congestion avoidance and fast recovery.\n"
    )
    assert _members(one(text, "modes", "list")) == [
        "slow start",
        "congestion avoidance",
        "fast recovery",
    ]


def test_an_abbreviation_spelt_out_in_a_paragraph_is_defined_by_its_full_name():
    text = (
        "# Redis\n\n## 持久化\n\n简介如下。\n\n"
        "RDB 全称 Redis Database Backup file （Redis数据备份文件）。就是把内存数据写到磁盘。\n"
    )
    assert one(text, "RDB", "definition").text.startswith("Redis Database Backup file")


def test_a_sentence_bullet_over_one_note_defines_none_of_its_words():
    text = (
        "# Networks\n\n## Links\n\n* Different links can transmit data at different rates\n"
        "  * Transmission rate of a link measured in bits/second\n"
    )
    assert "Different links" not in [s for k, s in subjects(text)]
