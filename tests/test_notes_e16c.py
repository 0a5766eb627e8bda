"""Chinese note shapes of session 16 (issue 8, helper e16c): one small note of our own per
shape, and what it gives (or that it gives nothing)."""

from __future__ import annotations

from note_facts import facts, members, one

SETTING = """# 缓存笔记

## 刷新

通过`cache_flush_mode`参数控制刷新时机：

1. 0：每秒刷新一次；
2. 1(立即)：每次写入都刷新；
3. N：每N次写入刷新一次。
"""


def test_values_under_a_label_naming_a_parameter_define_parameter_equals_value():
    assert one(SETTING, "cache_flush_mode = 0", "definition").text.startswith("每秒刷新一次")
    assert one(SETTING, "cache_flush_mode = 1(立即)", "definition").text.startswith("每次写入")
    assert one(SETTING, "cache_flush_mode = N", "definition").text.startswith("每N次")


def test_values_of_a_parameter_are_no_list_and_no_bare_value_is_a_term():
    found = facts(SETTING)
    assert [f for f in found if f.kind == "list"] == []
    assert not [f for f in found if f.subject in ("0", "1", "N")]


def test_values_under_a_label_naming_no_parameter_stay_a_list():
    text = SETTING.replace("通过`cache_flush_mode`参数控制刷新时机：", "刷新时机：")
    assert [f.kind for f in facts(text) if f.kind == "list"] == ["list"]
    assert not [f for f in facts(text) if " = " in f.subject]


def test_a_division_by_two_angles_in_an_opening_paragraph_gives_each_list_once():
    text = (
        "# 存储笔记\n\n## 锁\n\n锁是控制并发的机制。表中的锁按模式分为共享锁和排他锁，"
        "按照粒度分为行锁和表锁。\n"
    )
    lists = [(f.subject, members(f)) for f in facts(text) if f.kind == "list"]
    assert lists == [
        ("表中的锁（按模式）", ["共享锁", "排他锁"]),
        ("表中的锁（按照粒度）", ["行锁", "表锁"]),
    ]


BROKEN_ITEM = """# 密码笔记

## 单向函数

- 离散对数: 求幂容易，但求离散对数很困难<br>
  交换过程：
  - 甲生成自己的私钥，再约定一个素数
  - 甲乙各自计算出公开值，发给对方
- 大数分解: 相乘容易，分解很困难
"""


def test_an_item_line_ended_by_br_is_its_own_line_and_the_next_line_labels_the_sub_items():
    assert one(BROKEN_ITEM, "离散对数", "definition").text == "求幂容易，但求离散对数很困难"
    steps = [f for f in facts(BROKEN_ITEM) if f.kind in ("list", "sequence") and len(f.items) == 2]
    assert [members(f)[0] for f in steps if "交换过程" in f.subject] == [
        "甲生成自己的私钥，再约定一个素数"
    ]


def test_an_item_that_merely_wraps_stays_one_line():
    text = BROKEN_ITEM.replace("很困难<br>\n  交换过程：", "很困难，\n  而且交换过程很安全")
    definition = one(text, "离散对数", "definition")
    assert definition.text == "求幂容易，但求离散对数很困难，而且交换过程很安全"


POSSESSIVE_LABEL = """# 安全笔记

## 访问控制

- 强制访问控制：按密级控制访问
  - 隐患无法完全消除，处理隐患的方法：
    - 限制共享资源
    - 限制带宽
  - 缺点：
    - 配置繁琐
    - 灵活性差
"""


def test_a_label_that_names_its_owner_before_de_is_not_glued_to_its_parent():
    assert members(one(POSSESSIVE_LABEL, "处理隐患的方法", "list")) == ["限制共享资源", "限制带宽"]


def test_a_bare_label_still_carries_its_parent():
    assert members(one(POSSESSIVE_LABEL, "强制访问控制 缺点", "list")) == ["配置繁琐", "灵活性差"]


OUTLINE = """# 安全笔记

认证和授权：
* 认证实现：
  + 你拥有的东西
  + 你知道的东西
* 密码的保护：
  + 不同网站使用不同密码
  + 不相信第三方软件
"""


def test_topics_each_with_their_own_bullets_under_a_title_naming_two_things_are_no_list():
    found = facts(OUTLINE)
    lists = [members(f) for f in found if f.kind == "list"]
    assert lists == [["你拥有的东西", "你知道的东西"], ["不同网站使用不同密码", "不相信第三方软件"]]


def test_members_with_their_own_bullets_under_one_category_stay_a_list():
    text = OUTLINE.replace("认证和授权：", "核心组件：")
    assert members(one(text, "核心组件", "list")) == ["认证实现", "密码的保护"]


ACCOUNT = """# 网络笔记

## 常规机制

- 慢启动
  - 一旦发生丢包，发送方把窗口减半，再观察是否继续丢包
  - 如果不再丢包，就把速度缓慢提升上去
  - 解决方法：给确认报文加上随机数
"""


def test_sentences_about_a_term_define_it_and_an_aspect_line_among_them_is_its_own():
    told = one(ACCOUNT, "慢启动", "definition").text
    assert told.startswith("一旦发生丢包") and "缓慢提升" in told and "随机数" not in told
    assert one(ACCOUNT, "慢启动 解决方法", "definition").text.startswith("给确认报文")
    assert [f for f in facts(ACCOUNT) if f.kind == "list"] == []


def test_sentences_under_an_algorithm_label_are_its_steps():
    text = (
        "# 密码笔记\n\n交换算法：\n- 甲生成私钥，再约定一个素数\n"
        "- 甲乙各自计算出公开值，发给对方\n- 双方算出相同的数，由此确定密钥\n"
    )
    fact = one(text, "交换算法", "sequence")
    assert members(fact)[0] == "甲生成私钥，再约定一个素数"


def test_names_under_an_algorithm_label_are_a_list():
    text = "# 密码笔记\n\n加密算法：\n- DES\n- AES\n- RSA\n"
    assert members(one(text, "加密算法", "list")) == ["DES", "AES", "RSA"]


def test_a_bullet_naming_several_things_with_commas_gives_a_member_per_name():
    text = (
        "# 密码笔记\n\n经典的密码体系：\n"
        "* 凯撒密码，栅栏密码，维吉尼亚方阵(对抗频度分析的方法)， 书本密码\n* 恩尼格玛体系\n"
    )
    fact = one(text, "经典的密码体系", "list")
    assert members(fact) == ["凯撒密码", "栅栏密码", "维吉尼亚方阵", "书本密码", "恩尼格玛体系"]
    assert fact.items[2].gloss == "对抗频度分析的方法"


def test_clauses_joined_by_commas_stay_one_member():
    text = (
        "# 笔记\n\n可见性规则：\n* 如果编号小于下限，表示已提交，记录可见\n"
        "* 如果编号大于上限，表示未提交，记录不可见\n"
    )
    assert len(one(text, "可见性规则", "list").items) == 2


def test_a_heading_naming_a_process_over_sections_that_chain_is_the_sequence_they_pass():
    text = (
        "# 数据库笔记\n\n## 建模過程\n\n### 概念模型\n\n圖。\n\n### 概念模型 -> 關聯表\n\n圖。\n\n"
        "### 關聯表 -> 正規化\n\n- 消除重複\n- 消除異常\n"
    )
    assert members(one(text, "建模過程", "sequence")) == ["概念模型", "關聯表", "正規化"]


def test_a_heading_naming_a_process_over_named_sections_is_the_sequence_of_their_names():
    text = "# 笔记\n\n## 安装过程\n\n### 下载\n\n取得安装包。\n\n### 配置\n\n修改配置文件。\n"
    assert members(one(text, "安装过程", "sequence")) == ["下载", "配置"]


def test_a_chinese_heading_naming_no_order_over_sections_gives_no_list():
    text = "# 笔记\n\n## 存储引擎\n\n### 甲引擎\n\n支持事务。\n\n### 乙引擎\n\n不支持事务。\n"
    assert [f for f in facts(text) if f.kind in ("list", "sequence")] == []


CAPTIONS = """# Databases

## Design

### Anomalies

Insert anomaly
- A new value must go into several tables at once

Delete anomaly
- Deleting one row loses other facts
"""


def test_names_each_over_its_note_under_a_plural_heading_are_its_list_and_each_is_defined():
    assert members(one(CAPTIONS, "Anomalies", "list")) == ["Insert anomaly", "Delete anomaly"]
    assert one(CAPTIONS, "Delete anomaly", "definition").text.startswith("Deleting one row")


def test_names_over_notes_under_a_singular_heading_are_no_list():
    text = CAPTIONS.replace("### Anomalies", "### Anomaly handling")
    assert [f for f in facts(text) if f.kind == "list"] == []


DEF_QUOTE = """# 資料庫

## 功能相依

> Def
> : 給定一個關聯R，若R的兩個值組有相同的X值時，則必有相同的Y值
>
> X為決定因素，Y為相依因素

1. X->Y 成立，不代表 Y->X 也成立
2. 主鍵決定所有其他屬性
"""


def test_a_quote_opened_by_def_defines_its_section():
    assert one(DEF_QUOTE, "功能相依", "definition").text.startswith("給定一個關聯R")


def test_the_list_after_a_defining_quote_and_its_notes_is_still_the_sections_list():
    assert len(one(DEF_QUOTE, "功能相依", "list").items) == 2


def test_an_ordinary_quote_stays_out_of_the_facts():
    text = DEF_QUOTE.replace("> Def\n> : ", "> ")
    assert [f.kind for f in facts(text) if f.subject == "功能相依"] == ["list"]


def test_a_quote_under_an_item_naming_the_definition_of_a_term_defines_the_term():
    text = (
        "# 資料庫\n\n## 無失真分解\n\n- 正規化定義\n"
        "    > 將一個關聯表分解後再合併仍可以得到原來的資訊\n"
    )
    assert one(text, "正規化", "definition").text.startswith("將一個關聯表分解後")


def test_a_quote_under_a_sentence_item_stays_out_of_the_facts():
    text = (
        "# 資料庫\n\n## 相依\n\n1. 若主鍵由多個屬性組成，且某屬性依賴主鍵之全部時\n"
        "    > 例如 (學號,課號)->Z\n"
    )
    assert not [f for f in facts(text) if "例如" in (f.text or "")]


def test_the_concept_of_a_term_is_the_term():
    text = "# 笔记\n\n- 进程的概念：程序的一次执行过程\n- 基本概念：本章的术语\n"
    assert one(text, "进程", "definition").text == "程序的一次执行过程"
    assert one(text, "基本概念", "definition").text == "本章的术语"


def test_the_answer_to_a_why_question_under_br_defines_the_reason():
    text = (
        "# 笔记\n\n数字签名：\n* 对签名的要求\n  + 不能伪造\n  + 不能抵赖\n"
        "* 为什么签名前要先做哈希：<br>文档太长时直接签名成本太高，所以对哈希值签名\n"
    )
    reason = one(text, "签名前要先做哈希的原因", "definition")
    assert reason.text == "文档太长时直接签名成本太高，所以对哈希值签名"


def test_br_in_the_middle_of_a_latin_line_keeps_the_words_apart():
    text = "# Notes\n\n- TTL - hops left<br>before the packet is dropped\n"
    said = one(text, "TTL", "definition").text
    assert "leftbefore" not in said and said.startswith("hops left")


def test_a_term_line_ended_by_br_over_a_sentence_is_defined_by_it():
    text = (
        "# 笔记\n\n## 认证\n\n说明。\n\n"
        "消息摘要概念(Message Digest)<br>\n摘要是对消息做哈希得到的定长值。\n"
    )
    fact = one(text, "消息摘要(Message Digest)", "definition")
    assert fact.text.startswith("摘要是对消息做哈希")


def test_a_condition_line_ended_by_br_is_no_term():
    text = "# 笔记\n\n## 认证\n\n说明。\n\n如果主键由多个欄位組成<br>\n则需要再分割。\n"
    assert not [f for f in facts(text) if f.subject.startswith("如果")]


def test_a_next_line_that_goes_on_with_then_is_no_description_of_the_bullet():
    text = "# 笔记\n\n## 判斷\n\n說明。\n\n- 符合2NF\n- 符合3NF\n則再推導是否有隱含關係\n"
    assert not [f for f in facts(text) if f.kind == "definition" and f.subject == "符合3NF"]


def test_a_next_line_under_a_term_bullet_still_describes_it():
    text = "# 笔记\n\n## 容器\n\n說明。\n\n- 镜像\n  只读模版，运行容器\n- 容器\n  镜像运行的实例\n"
    assert one(text, "镜像", "definition").text == "只读模版，运行容器"


def test_an_aspect_told_in_brackets_after_a_term_defines_that_aspect_of_it():
    text = (
        "# 笔记\n\n密码机：\n"
        "* 转子机(通过转子构建庞大的密码)(破解方法：先证明插线板无用，再暴力破解)\n* 恩尼格玛\n"
    )
    assert one(text, "转子机", "definition").text == "通过转子构建庞大的密码"
    assert one(text, "转子机 破解方法", "definition").text == "先证明插线板无用，再暴力破解"
    assert members(one(text, "密码机", "list")) == ["转子机", "恩尼格玛"]
