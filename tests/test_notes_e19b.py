"""Note shapes of session 19 (issue 8, helper e19b): one small note of our own per shape,
and what it gives (or that it gives nothing)."""

from __future__ import annotations

from note_facts import facts, members, one

INSTANCE = """# Biology

## Enzymes

An enzyme is a protein that speeds up a reaction.

For example, **amylase** breaks starch into sugars, and so is considered a digestive enzyme.
"""


def test_an_example_sentence_naming_the_class_of_its_bold_term_defines_an_example_of_it():
    fact = one(INSTANCE, "example of a digestive enzyme", "definition")
    assert fact.text.startswith("amylase breaks starch")


def test_an_example_sentence_without_a_class_stays_a_worked_example():
    note = "# Maths\n\n## Sums\n\nA sum adds numbers.\n\nFor example, **3 + 4** gives 7.\n"
    assert not any(f.subject.startswith("example") for f in facts(note))


def test_an_example_sentence_whose_bold_phrase_is_not_its_subject_gives_nothing():
    note = (
        "# Biology\n\n## Enzymes\n\nAn enzyme is a protein.\n\n"
        "For example, the stomach makes **pepsin**, which is a digestive enzyme.\n"
    )
    assert not any(f.subject.startswith("example") for f in facts(note))


WHEREAS_CALLOUT = """# Physiology

## Cardiology

> [!tip] Heart at rest vs. exercise
> We can compare the heart in both states.
>
> The pulse of a heart at rest is about 70 beats, whereas during exercise it is about 150 beats.
>
> The stroke volume of a heart at rest is small, whereas during exercise it is nearly double.
"""


def test_a_callout_comparing_two_things_in_whereas_sentences_is_a_table():
    fact = one(WHEREAS_CALLOUT, "Heart at rest vs. exercise", "table")
    assert fact.columns == ("", "Heart at rest", "exercise")
    assert fact.rows == (
        ("pulse", "about 70 beats", "about 150 beats"),
        ("stroke volume", "small", "nearly double"),
    )


WHEREAS_HEADING = """# Networks

### TCP vs. UDP

The delivery of TCP is reliable, whereas UDP is best effort.

The setup of TCP needs a handshake; whereas UDP needs none at all.
"""


def test_a_heading_comparing_two_things_in_whereas_sentences_is_a_table():
    fact = one(WHEREAS_HEADING, "TCP vs. UDP", "table")
    assert fact.rows == (
        ("delivery", "reliable", "best effort"),
        ("setup", "a handshake", "none at all"),
    )


def test_whereas_sentences_under_a_title_naming_no_two_things_make_no_table():
    note = WHEREAS_HEADING.replace("TCP vs. UDP", "Transport protocols")
    assert not [f for f in facts(note) if f.kind == "table"]


def test_a_whereas_sentence_naming_no_attribute_leaves_the_prose_alone():
    note = WHEREAS_HEADING.replace("The delivery of TCP is reliable", "TCP is reliable")
    assert not [f for f in facts(note) if f.kind == "table"]


EMPLOYED = """# 数据库笔记

## 缓冲池

直接读写磁盘很慢，每次查询都要等待磁盘。

因此数据库引入缓冲池来减少磁盘IO，提高查询速度。
"""


def test_a_sentence_bringing_in_the_sections_thing_to_do_something_defines_it():
    said = [(f.subject, f.line) for f in facts(EMPLOYED) if f.text == "减少磁盘IO，提高查询速度"]
    assert said == [("缓冲池", 7)]


def test_a_sentence_bringing_in_another_thing_defines_nothing_by_that_shape():
    note = EMPLOYED.replace("引入缓冲池来", "引入索引来")
    assert not [f for f in facts(note) if f.text.startswith("减少磁盘IO")]


PASSIVE_PARAMETER = """# 数据库笔记

## 缓存

缓存的淘汰策略由参数`evict_policy`控制，可选值如下：

- lru：淘汰最久未用的
- lfu：淘汰最少使用的
"""


def test_a_clause_saying_something_is_controlled_by_a_parameter_defines_the_parameter():
    assert one(PASSIVE_PARAMETER, "evict_policy 参数", "definition").text == "控制缓存的淘汰策略"


POINTING = """# 数据库笔记

## 写盘

为了不丢数据，最直接的办法是每次提交都同步写盘，但这样做会带来两个问题：

1. 磁盘写入很慢，提交要等很久
2. 小修改也要写整页，浪费带宽
"""


def test_a_label_pointing_back_at_the_clause_before_names_the_list_by_that_act():
    fact = one(POINTING, "每次提交都同步写盘带来的问题", "list")
    assert len(fact.items) == 2


def test_a_label_naming_its_own_problems_keeps_its_subject():
    note = POINTING.replace("但这样做会带来两个问题", "同步写盘有两个问题")
    assert not [f for f in facts(note) if f.subject.endswith("带来的问题")]


OTHER_DIFFERENCES = """# 数据库笔记

## 缓存

| 对比项 | Redis | Memcached |
| --- | --- | --- |
| 持久化 | 支持 | 不支持 |
| 数据类型 | 多种 | 字符串 |

其他区别有：

1. Redis单线程处理命令，Memcached多线程
2. Redis支持主从复制，Memcached不支持
"""


def test_other_differences_after_a_comparison_table_belong_to_the_things_compared():
    fact = one(OTHER_DIFFERENCES, "Redis 与 Memcached的其他区别", "list")
    assert len(fact.items) == 2


def test_other_differences_after_prose_keep_their_section():
    note = OTHER_DIFFERENCES.replace(
        "| 数据类型 | 多种 | 字符串 |\n", "| 数据类型 | 多种 | 字符串 |\n\n两者都很快。\n"
    )
    assert not [f for f in facts(note) if "的其他区别" in f.subject]


DEFAULT_NOTED = """# 缓存笔记

## 淘汰策略

缓存提供如下3种淘汰策略：

- LRU：淘汰最久未用的键(Redis默认淘汰策略)；
- LFU：淘汰最少使用的键；
- TTL：淘汰最快过期的键(默认开启)。
"""


def test_a_bracket_ending_a_member_says_whose_default_the_member_is():
    assert one(DEFAULT_NOTED, "Redis默认淘汰策略", "definition").text == "LRU"


def test_a_bracket_saying_only_that_something_is_on_by_default_names_nothing():
    assert not [f for f in facts(DEFAULT_NOTED) if f.text == "TTL"]


SETTING_DEFAULT = """# 数据库笔记

## 刷盘

通过`flush_mode`参数控制刷盘时机：

1. 0：由系统决定何时刷盘；
2. 1：每次提交都刷盘。

从版本2.0起默认值为1，调小该值可以提升性能。
"""


def test_a_sentence_after_a_parameters_values_saying_a_default_defines_its_default():
    fact = one(SETTING_DEFAULT, "flush_mode 的默认值", "definition")
    assert fact.text == "从版本2.0起默认值为1，调小该值可以提升性能"


def test_an_english_sentence_after_a_parameters_values_saying_a_default_defines_it():
    note = """# DB notes

## Flushing

The `flush-mode` setting decides when pages are written:

- 0: the system decides
- 1: on every commit

The default is 1 since version 2.0.
"""
    assert one(note, "default of flush-mode", "definition").text.startswith("The default is 1")


def test_a_sentence_after_a_plain_list_saying_a_default_defines_no_parameter():
    note = SETTING_DEFAULT.replace("通过`flush_mode`参数控制刷盘时机：", "刷盘时机有两种：")
    assert not [f for f in facts(note) if "默认值" in f.subject]


WHEN_BEGINS = """# Plants

## Growth

1. **Roots**: take up water from the soil
    - When winter begins, the root tip is almost dormant, storing sugars for the spring
2. **Leaves**: make sugars from light
"""


def test_a_bullet_opening_with_when_a_period_begins_defines_its_subject_during_that_period():
    fact = one(WHEN_BEGINS, "root tip during winter", "definition")
    assert fact.text == "root tip is almost dormant, storing sugars for the spring"


def test_a_bullet_opening_with_when_and_a_pronoun_defines_nothing():
    note = WHEN_BEGINS.replace("the root tip is almost", "it is almost")
    assert not [f for f in facts(note) if "during" in f.subject]


SUMMED_UP = """# 数据结构

## 数组和链表区别

数组连续存放，链表靠指针相连，两者各有所长。总的来说：

1. 数组随机访问快
2. 链表插入删除快
"""


def test_a_summing_up_label_lists_the_sections_points_in_summary():
    assert len(one(SUMMED_UP, "数组和链表区别（总结）", "list").items) == 2


def test_an_english_summing_up_label_lists_the_sections_points_in_summary():
    note = (
        "# Data\n\n## Arrays\n\nArrays sit in one block. In summary:\n\n"
        "- fast reads\n- slow inserts\n"
    )
    assert members(one(note, "Arrays (summary)", "list")) == ["fast reads", "slow inserts"]


CELL_LIST = """# 数据库笔记

## 存储格式

| 对比项 | 甲引擎 | 乙引擎 |
| --- | --- | --- |
| 文件 | 数据分为3个文件：定义文件、数据文件和索引文件 | 只有1个文件 |
| 事务 | 不支持 | 支持 |
"""


def test_a_grid_cell_listing_parts_gives_a_list_of_its_columns_thing():
    fact = one(CELL_LIST, "甲引擎 数据分为3个文件", "list")
    assert members(fact) == ["定义文件", "数据文件", "索引文件"]
    assert fact.line == 7


def test_grid_cells_that_list_nothing_give_no_list():
    assert [f.kind for f in facts(CELL_LIST.replace("：定义文件、数据文件和索引文件", ""))] == [
        "table"
    ]


def test_a_comparison_in_one_respect_defines_how_the_two_compare_there():
    note = "# 存储\n\n## 介质\n\n固态盘没有机械部件。在随机读写的速度上，固态盘优于机械盘。\n"
    fact = one(note, "固态盘 与 机械盘的随机读写的速度", "definition")
    assert fact.text == "固态盘优于机械盘"


def test_a_comparison_without_its_respect_defines_nothing_by_that_shape():
    note = "# 存储\n\n## 介质\n\n固态盘没有机械部件。总体来看，固态盘优于机械盘。\n"
    assert not [f for f in facts(note) if " 与 " in f.subject]


def test_an_unlike_sentence_defines_how_its_subject_differs_from_the_other_thing():
    note = (
        "# Networks\n\n## UDP\n\nUDP sends datagrams.\n\n"
        "- Unlike TCP, UDP does not resend lost packets\n"
    )
    fact = one(note, "UDP vs. TCP", "definition")
    assert fact.text == "Unlike TCP, UDP does not resend lost packets"


def test_an_unlike_sentence_about_a_pronoun_defines_nothing():
    note = "# Birds\n\n## Sleep\n\nBirds sleep.\n\nUnlike mammals, their cycles are very short.\n"
    assert not [f for f in facts(note) if " vs. " in f.subject]


CAUSES = """# Medicine

## Painkillers

- **Opioids**: bind to receptors in the brain to dull pain.
    - Causes constipation, drowsiness, and does not cure the injury.
- **NSAIDs**: block enzymes that make inflammation.
"""


def test_a_causes_bullet_with_a_failing_lists_the_terms_drawbacks_with_the_clause():
    # q32a: "effects" without the clause lost a third of the sentence (and the failing is
    # no effect): the three are its drawbacks.
    assert members(one(CAUSES, "drawbacks of Opioids", "list")) == [
        "constipation",
        "drowsiness",
        "does not cure the injury",
    ]


def test_a_causes_bullet_with_one_name_lists_nothing():
    note = CAUSES.replace(
        "constipation, drowsiness, and does not cure", "constipation and does not cure"
    )
    assert not [f for f in facts(note) if f.subject.startswith("effects")]


def test_a_second_name_set_off_by_commas_after_or_is_defined_by_the_first():
    note = (
        "# Anatomy\n\n## Knee\n\n"
        "The knee joint is covered by the knee cap, or patella, at the front.\n"
    )
    assert one(note, "patella", "definition").text == "knee cap"


def test_a_one_word_name_before_or_is_an_alternative_not_an_alias():
    note = "# Pets\n\n## Care\n\nFeed the dog, or cat, twice a day.\n"
    assert not [f for f in facts(note) if f.subject == "cat"]


def test_or_closing_a_run_of_commas_names_no_alias():
    note = "# Fruit\n\n## Kinds\n\nShops sell apples, pears, or plums, all year.\n"
    assert not [f for f in facts(note) if f.subject == "plums"]


PREVALENCE = """# Health

#### asthma
**Asthma** is a long-term disease of the airways. It is often accompanied by wheezing and coughing.
- Affects about 8% of adults, more often in cities.
- Onset of asthma can happen at any age
"""


def test_an_affects_bullet_after_a_terms_paragraph_gives_how_common_the_term_is():
    fact = one(PREVALENCE, "prevalence of Asthma", "definition")
    assert fact.text == "Affects about 8% of adults, more often in cities"


def test_an_affects_bullet_without_a_number_gives_no_prevalence():
    note = PREVALENCE.replace("Affects about 8% of adults", "Affects the lungs")
    assert not [f for f in facts(note) if f.subject.startswith("prevalence")]


def test_a_share_of_the_population_having_a_thing_gives_how_common_it_is():
    note = (
        "# Health\n\n## Hay fever\n\n"
        "About 5% of the general population have hay fever, but few see a doctor.\n"
    )
    fact = one(note, "prevalence of hay fever", "definition")
    assert fact.text.startswith("About 5% of the general population")


def test_a_study_that_found_something_is_defined_by_what_it_found():
    note = (
        "# Plants\n\n## Roots\n\nRoots hold the soil.\n\n"
        "- Maria Lopez's study on desert shrubs found that roots grow twice as deep in drought.\n"
    )
    fact = one(note, "Maria Lopez's study on desert shrubs", "definition")
    assert fact.text == "roots grow twice as deep in drought"


def test_a_person_who_found_something_is_not_a_study():
    note = "# Plants\n\n## Roots\n\nRoots hold soil.\n\n- Maria Lopez found that roots go deep.\n"
    assert not [f for f in facts(note) if f.subject.startswith("Maria")]


FALLBACK = """# 缓存笔记

## 键的选择

缓存键：系统通过用户ID生成缓存键，如果请求没有用户ID，则使用会话ID，如果没有会话ID，则使用客户端IP。
"""


def test_a_choice_falling_back_in_order_is_a_sequence_of_the_choices():
    fact = one(FALLBACK, "系统生成缓存键的依据", "sequence")
    assert members(fact) == ["用户ID", "会话ID", "客户端IP"]


def test_a_choice_without_a_fallback_is_no_sequence():
    note = FALLBACK.replace(
        "，如果请求没有用户ID，则使用会话ID，如果没有会话ID，则使用客户端IP", ""
    )
    assert not [f for f in facts(note) if f.kind == "sequence"]


def test_setting_a_parameter_to_a_value_to_do_something_defines_that_setting():
    note = "# 数据库笔记\n\n## 日志\n\n慢查询会被记下。通过将`slow_log`设置为ON来开启慢查询日志。\n"
    assert one(note, "开启慢查询日志的设置", "definition").text == "将slow_log设置为ON"
