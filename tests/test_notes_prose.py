"""Facts stated inside the sentences of a paragraph (issue 8, running prose): one small note
of our own per sentence shape, and what it gives."""

from __future__ import annotations

from note_facts import facts, members


def one(text: str, subject: str, kind: str | None = None):
    found = [f for f in facts(text) if f.subject == subject and kind in (None, f.kind)]
    assert len(found) == 1, [(f.kind, f.subject) for f in facts(text)]
    return found[0]


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
    first = one(text, "进程调度（按时机）", "list")
    second = one(text, "进程调度（按目标）", "list")
    assert members(first) == ["抢占式", "非抢占式"]
    assert members(second) == ["批处理", "交互式", "实时"]


def test_a_pronoun_that_is_made_of_parts_lists_the_parts_of_what_was_just_defined():
    text = "# 笔记\n\n## 页表项\n\n说明。页表项是一条映射记录，它由页框号和标志位组成。\n"
    assert members(one(text, "页表项的组成", "list")) == ["页框号", "标志位"]


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
    text = "# 笔记\n\n## 写入\n\n说明。先签到，再入场，这种先登记后进入的做法称为实名入场。\n"
    assert one(text, "实名入场").text == "先登记后进入的做法：先签到，再入场"


def test_a_bold_term_known_by_another_name_is_defined_by_it():
    text = "# Notes\n\n## Growth\n\nPlants wilt without **auxin**, aka the growth hormone.\n"
    assert one(text, "auxin").text == "the growth hormone"


def test_a_thing_called_by_a_bold_name_defines_that_name():
    text = (
        "# Notes\n\n## Training\n\n"
        "The opening phase contains a quiet warm-up period called a **lead-in**.\n"
    )
    assert one(text, "lead-in").text == "a quiet warm-up period"


def test_members_said_to_be_one_kind_are_a_list_of_that_kind():
    text = "# 笔记\n\n## 存储\n\n说明。内存是易失存储，而寄存器和缓存是片上存储，速度很快。\n"
    assert members(one(text, "片上存储", "list")) == ["寄存器", "缓存"]


def test_the_sentences_before_a_label_state_facts_too():
    text = (
        "# 笔记\n\n## 快照\n\n"
        "快照是某一时刻的只读副本，它由元数据和数据块组成。恢复时按如下步骤：\n\n"
        "1. 停止写入\n2. 切换副本\n"
    )
    assert members(one(text, "快照的组成", "list")) == ["元数据", "数据块"]


# ----------------------------------------------------------------------------- definitions


def test_an_aspect_sentence_defines_the_aspect_and_runs_on_over_its_clauses():
    text = (
        "# 笔记\n\n## 索引\n\n说明。\n\n哈希索引：按键的哈希值定位。哈希索引的优点是等值查询快，"
        "实现简单，缺点是不支持范围查询。\n"
    )
    assert one(text, "哈希索引的优点").text == "等值查询快，实现简单"
    assert one(text, "哈希索引 缺点").text == "不支持范围查询"


def test_a_term_said_twice_in_a_paragraph_is_one_definition_of_both():
    text = "# 笔记\n\n## 概念\n\n说明。\n\n协议是通信的约定。协议是双方都遵守的一组规则。\n"
    texts = [f.text for f in facts(text) if f.subject == "协议"]
    assert texts == ["通信的约定；双方都遵守的一组规则"]


def test_chained_term_definitions_in_one_sentence_each_define_their_term():
    text = "# 笔记\n\n## 锁\n\n说明。\n\n共享锁：允许并发读取；排他锁：只允许一个事务写入。\n"
    assert one(text, "排他锁").text == "只允许一个事务写入"


def test_a_list_member_of_several_sentences_states_the_definitions_in_them():
    text = (
        "# 笔记\n\n## 网络\n\n分层的理由：\n\n"
        "- 分层便于替换和独立演进。协议栈是一组分层的协议，各层各司其职。\n- 另一点。\n"
    )
    assert one(text, "协议栈").text == "一组分层的协议，各层各司其职"


def test_a_clause_led_by_a_conjunction_defines_nothing_in_either_script():
    text = (
        "# 筆記\n\n## 表格\n\n說明。\n\n- 不能刪除。因為主鍵是一個欄位，所以不能為空。\n- 其他。\n"
    )
    assert [f.subject for f in facts(text) if f.kind == "definition"] == ["表格"]


def test_a_counted_noun_followed_by_as_many_names_is_a_list():
    text = (
        "# Notes\n\n## Tides\n\nTides are driven by two main bodies, the moon and the sun. "
        "More follows.\n"
    )
    assert members(one(text, "bodies", "list")) == ["moon", "sun"]


def test_a_count_that_does_not_match_the_names_gives_no_list():
    text = (
        "# Notes\n\n## Tides\n\nTides are driven by two bodies, the moon, the sun and the wind.\n"
    )
    assert [f.kind for f in facts(text)].count("list") == 0


def test_a_paragraph_led_by_a_bold_term_still_states_its_other_sentences():
    text = (
        "# Notes\n\n## Reflexes\n\nIntro.\n\n**Reflex arcs** are fast. "
        "The key relay is a spinal interneuron that links both sides.\n"
    )
    assert one(text, "key relay").text == "a spinal interneuron that links both sides."


def test_a_term_followed_by_zhi_is_defined_but_words_made_with_zhi_are_not():
    text = "# 笔记\n\n## 内存\n\n说明。\n\n栈区指函数调用时自动分配的内存；指针变量保存地址。\n"
    assert one(text, "栈区").text == "函数调用时自动分配的内存"
    assert [f.subject for f in facts(text) if f.subject.startswith("指")] == []


def test_a_division_named_by_the_clause_before_it_is_a_list_of_the_subject_by_that_angle():
    text = "# 笔记\n\n## 开销\n\n成本是投入的资源。根据与产量的关系，可以分为固定成本和变动成本。\n"
    assert members(one(text, "成本 根据与产量的关系", "list")) == ["固定成本", "变动成本"]


def test_a_label_under_an_item_states_the_facts_in_its_sentences():
    text = (
        "# 笔记\n\n## 概念\n\n1. 缓存：\n\n   缓存按位置分为本地缓存和远程缓存。常见问题有：\n\n"
        "   - 穿透\n   - 雪崩\n"
    )
    assert members(one(text, "缓存（按位置）", "list")) == ["本地缓存", "远程缓存"]


def test_a_chinese_label_clause_that_states_an_aspect_defines_it():
    text = (
        "# 笔记\n\n## 锁\n\n说明。\n\n轮询的缺点在于浪费资源，示例如下：\n\n"
        "```sql\nselect 1;\n```\n"
    )
    assert one(text, "轮询的缺点").text == "浪费资源"


def test_a_command_said_to_do_something_defines_the_command_for_it():
    text = "# 笔记\n\n## 事务\n\n说明。\n\n通过`save`或`keep`命令保存快照，`drop`命令丢弃快照。\n"
    assert one(text, "保存快照的命令").text == "save 或 keep"
    assert one(text, "丢弃快照的命令").text == "drop"


def test_a_parameter_said_to_control_something_is_defined_by_what_it_controls():
    text = (
        "# 笔记\n\n## 日志\n\n说明。\n\n"
        "图片按需加载，参数`max_width`控制缩略图宽度，超出后自动缩放。\n"
    )
    assert one(text, "max_width 参数").text == "控制缩略图宽度，超出后自动缩放"


def test_a_name_with_a_comma_inside_its_brackets_is_one_name():
    text = "# 笔记\n\n## 写入\n\n说明。\n\n先登记再入场，这种做法称为实名制(Real Name，RN)。\n"
    assert one(text, "实名制(Real Name，RN)").text == "先登记再入场"


def test_a_label_pointing_at_an_example_does_not_swallow_the_paragraph_after_it():
    text = (
        "# 笔记\n\n## 锁\n\n说明。\n\n轮询的缺点在于浪费资源，示例如下：\n\n"
        "```sql\nselect 1;\n```\n\n乐观锁是先改后验的锁。\n"
    )
    assert one(text, "乐观锁").text == "先改后验的锁"


def test_a_counted_noun_before_a_colon_names_the_list_after_it():
    text = (
        "# 笔记\n\n## 技能\n\n说明。\n\n"
        "1. 通常来说，工程师需要三种能力：编码能力、设计能力和沟通能力。\n"
    )
    fact = one(text, "工程师需要三种能力", "list")
    assert members(fact) == ["编码能力", "设计能力", "沟通能力"]


def test_a_possessive_label_names_the_aspect_of_what_the_sentence_before_defined():
    text = (
        "# 笔记\n\n## 组织\n\n说明。\n\n公益社团在理论上是指不分配利润的团体。其特点包括：\n\n"
        "- 不分红\n- 接受捐赠\n"
    )
    assert members(one(text, "公益社团的特点", "list")) == ["不分红", "接受捐赠"]


def test_an_aspect_of_the_thing_a_sentence_is_about_is_defined_with_wei():
    text = (
        "# 笔记\n\n## 查找\n\n说明。\n\n对于有序的数组，其查找复杂度为O(log n)，其中n为元素个数。\n"
    )
    assert one(text, "数组的查找复杂度").text == "O(log n)"
    assert [f.subject for f in facts(text) if "其中" in f.subject or "的中" in f.subject] == []


def test_naming_and_lists_read_traditional_chinese_too():
    text = (
        "# 筆記\n\n## 記憶體\n\n說明。\n\n"
        "先查表再讀取，這種做法稱為間接定址。快取分為一級快取和二級快取。\n"
    )
    assert one(text, "間接定址").text == "先查表再讀取"
    assert members(one(text, "快取", "list")) == ["一級快取", "二級快取"]


def test_what_holds_under_a_condition_defines_nothing():
    text = "# 笔记\n\n## 依赖\n\n说明。\n\n若缓存已满，而新条目是热点数据，则淘汰最旧的条目。\n"
    assert [f.subject for f in facts(text)] == ["依赖"]


def test_a_verdict_ending_in_de_is_not_a_definition():
    text = (
        "# 笔记\n\n## 攻击\n\n说明。\n\n这种做法是可以接受的，但是频繁重试是不推荐的（如轮询）。\n"
    )
    assert [f.subject for f in facts(text)] == ["攻击"]


def test_a_short_statement_about_a_thing_makes_it_the_topic_of_the_next_clause():
    text = (
        "# 笔记\n\n## 树\n\n说明。\n\n"
        "对于平衡的多叉树，其高度为log n。而链表是线性表，其查找复杂度为O(n)。\n"
    )
    assert one(text, "链表的查找复杂度").text == "O(n)"
    assert one(text, "多叉树的高度").text == "log n"


def test_a_short_first_clause_runs_on_into_a_definition_but_alone_says_too_little():
    text = "# 笔记\n\n## 索引\n\n说明。\n\n哈希索引的优点是查询快，实现简单。位图索引的优点是省。\n"
    assert one(text, "哈希索引的优点").text == "查询快，实现简单"
    assert [f.subject for f in facts(text) if f.subject.startswith("位图")] == []


def test_what_a_thing_is_used_for_is_its_purpose():
    text = "# 笔记\n\n## 日志\n\n说明。\n\n重做队列实现崩溃恢复，回收队列用于释放过期的条目。\n"
    assert one(text, "重做队列的作用").text == "实现崩溃恢复"
    assert one(text, "回收队列的作用").text == "用于释放过期的条目"


def test_a_clause_led_by_a_preposition_or_conjunction_has_no_purpose_of_its_own():
    text = "# 笔记\n\n## 日志\n\n说明。\n\n在内核中处理并不合适，因此系统实现缓冲区来加速。\n"
    assert [f.subject for f in facts(text)] == ["日志"]


def test_a_name_that_starts_like_a_preposition_is_still_a_subject():
    text = "# 笔记\n\n## 加密\n\n说明。\n\n对称加密是双方共用一把密钥的加密。\n"
    assert one(text, "对称加密").text == "双方共用一把密钥的加密"


def test_an_english_pronoun_lists_the_parts_of_what_was_just_named():
    text = (
        "# Notes\n\n## Energy\n\nIntro.\n\nPlants store light as sugar. "
        "This process is called **carbon fixing**. It consists of the capture and the storage.\n"
    )
    fact = one(text, "carbon fixing", "list")
    assert members(fact) == ["capture", "storage"]


def test_the_drawback_of_a_thing_is_an_aspect_of_it():
    text = "# Notes\n\n## Plants\n\nIntro.\n\nThe main drawback of shade plants is slow growth.\n"
    assert one(text, "drawback of shade plants").text == "slow growth."


def test_an_english_bare_counted_noun_takes_its_topic():
    text = "# Notes\n\n## Cells\n\nIntro.\n\nThere are two main types, the rods and the cones.\n"
    assert members(one(text, "Cells types", "list")) == ["rods", "cones"]


def test_chinese_whether_is_not_a_definition_and_nouns_with_yao_are_names():
    text = (
        "# 笔记\n\n## 死锁\n\n说明。\n\n"
        "必要条件有互斥和循环等待两个，它检查系统是否处于安全状态。\n"
    )
    assert members(one(text, "必要条件", "list")) == ["互斥", "循环等待"]
    assert [f.subject for f in facts(text) if f.kind == "definition"] == ["死锁"]


def test_an_english_sentence_saying_what_something_includes_is_a_list():
    text = (
        "# Notes\n\n## Flu\n\nIntro.\n\nCommon symptoms include fever, a dry cough, and fatigue.\n"
    )
    # `symptoms` is an aspect word: the list is named after its topic too.
    assert members(one(text, "Flu Common symptoms", "list")) == ["fever", "dry cough", "fatigue"]


def test_a_name_also_called_something_else_is_defined_by_the_rest():
    text = (
        "# Notes\n\n## Memory\n\nIntro.\n\n"
        "A cache line, also called a block, is the unit copied between memory levels.\n"
    )
    assert one(text, "cache line").text == "the unit copied between memory levels."


def test_the_ways_used_for_a_purpose_are_a_list_of_its_methods():
    text = "# 笔记\n\n## 并发\n\n说明。\n\n为了避免重复提交，系统采用令牌和幂等键两种方法。\n"
    fact = one(text, "避免重复提交的方法", "list")
    assert members(fact) == ["令牌", "幂等键"]
