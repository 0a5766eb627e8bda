"""Note shapes of session 19 (issue 8, helper e19c): one small note of our own per shape,
and what it gives (or that it gives nothing)."""

from __future__ import annotations

from note_facts import facts, members, one

GLOSSED = "（Zone Based Storage Layout, ZBSL）"


def test_a_label_with_an_english_name_and_abbreviation_in_brackets_names_its_list_whole():
    note = f"# 存储\n\n分区存储布局{GLOSSED}：\n* 热区\n* 冷区\n* 归档区\n"
    assert members(one(note, f"分区存储布局{GLOSSED}", "list")) == ["热区", "冷区", "归档区"]


def test_a_term_line_with_a_comma_in_its_bracketed_english_name_keeps_the_name_whole():
    note = f"# 存储\n\n分区存储布局{GLOSSED}：按访问频率把数据放进不同的区\n"
    fact = one(note, f"分区存储布局{GLOSSED}", "definition")
    assert fact.text == "按访问频率把数据放进不同的区"


def test_a_heading_with_a_comma_in_its_bracketed_english_name_is_not_cut_at_the_comma():
    note = f"# 存储\n\n## 分区存储布局{GLOSSED}\n\n按访问频率把数据放进不同的区。\n"
    assert one(note, f"分区存储布局{GLOSSED}", "definition").text.startswith("按访问频率")


def test_a_long_remark_in_brackets_after_a_term_is_still_no_name():
    remark = "（Layout that puts data in zones, by how often they are read）"
    note = f"# 存储\n\n分区存储布局{remark}：\n* 热区\n* 冷区\n"
    assert members(one(note, "分区存储布局", "list")) == ["热区", "冷区"]


TRANSLATED = """# 网络

## 攻击

* 常见攻击
  + 窃听(Eavesdropping)<br>
    攻击者在链路上被动读取未加密的报文
  + 重放(Replay)<br>
    攻击者把截获的合法报文再发一次
"""


def test_a_term_with_its_english_name_over_notes_is_named_in_both_and_defined_by_the_notes():
    fact = one(TRANSLATED, "窃听(Eavesdropping)", "definition")
    assert fact.text == "攻击者在链路上被动读取未加密的报文"


def test_a_member_with_its_english_name_keeps_its_own_name_in_the_list():
    fact = one(TRANSLATED, "常见攻击", "list")
    assert members(fact) == ["窃听", "重放"]


RESPECTS = """# 教学

## 教师的职责

1. 教学方面：
&emsp; 备课：按课程标准准备每一节课的内容。
&emsp; 授课：在课堂上讲解并组织学生练习。
2. 管理方面：
&emsp; 考勤：记录每个学生每天的出勤情况。
&emsp; 家访：定期与家长沟通学生在校的表现。
"""


def test_a_label_naming_a_respect_qualifies_its_parent_as_chinese_says_it():
    fact = one(RESPECTS, "教学方面的教师的职责", "list")
    assert members(fact) == ["备课", "授课"]
    assert members(one(RESPECTS, "管理方面的教师的职责", "list")) == ["考勤", "家访"]


OUTLINE_TOPICS = """# 复习

操作系统复习要点：
* 进程调度的三种算法
  + 先来先服务
  + 短作业优先
  + 时间片轮转
* 内存管理的两个方式
  + 分页
  + 分段
"""


def test_a_label_over_titled_topics_each_with_bullets_lists_no_topics():
    subjects = [(f.kind, f.subject) for f in facts(OUTLINE_TOPICS)]
    assert ("list", "操作系统复习要点") not in subjects, subjects
    assert members(one(OUTLINE_TOPICS, "进程调度的三种算法", "list")) == [
        "先来先服务",
        "短作业优先",
        "时间片轮转",
    ]


def test_a_label_over_names_each_with_bullets_keeps_its_list():
    note = "# 复习\n\n核心部件：\n* 处理器\n  + 运算器\n  + 控制器\n* 存储器\n  + 内存\n  + 外存\n"
    assert members(one(note, "核心部件", "list")) == ["处理器", "存储器"]


COUNTED = """# 组织

## 组织的结构（某教材）

组织的结构可分为三种。直线制、职能制、矩阵制。

## 沟通

沟通的渠道有两类。正式渠道由组织规定、非正式渠道自发形成。
"""


def test_a_sentence_counting_the_parts_then_one_naming_them_is_the_headings_list():
    fact = one(COUNTED, "组织的结构（某教材）", "list")
    assert members(fact) == ["直线制", "职能制", "矩阵制"]
    assert all(f.kind != "definition" for f in facts(COUNTED) if f.subject.startswith("组织的结构"))


def test_a_count_followed_by_sentences_not_names_makes_no_such_list():
    assert all(f.subject != "沟通的渠道" for f in facts(COUNTED) if f.kind == "list")


AFTER_BULLETS = """# 网络

* 防火墙(Firewall)
  + 包过滤：按地址和端口放行或丢弃报文
  + 状态检测：记住连接状态再决定是否放行

  部署时通常放在内网和外网之间，配置规则要从严。
"""


def test_a_paragraph_after_an_items_bullets_is_no_definition_of_the_item():
    defined = [f.subject for f in facts(AFTER_BULLETS) if f.kind == "definition"]
    assert "防火墙(Firewall)" not in defined and "防火墙" not in defined, defined


def test_the_bullets_of_an_item_with_a_paragraph_after_them_still_give_their_facts():
    assert one(AFTER_BULLETS, "包过滤", "definition").text == "按地址和端口放行或丢弃报文"


MEASURES = """# Security

* Defenses
  + Check user input(校验输入)
  + Prevent password reuse(防止口令复用)
  + Limit login attempts(限制登录次数，防止暴力破解)
  + Detect unusual logins(检测异常登录)
"""


def test_a_phrase_among_measures_to_take_is_a_measure_too_not_a_term():
    defined = [f.subject for f in facts(MEASURES) if f.kind == "definition"]
    assert "Limit login attempts" not in defined, defined


def test_a_list_of_measures_keeps_every_measure():
    assert len(one(MEASURES, "Defenses", "list").items) == 4


DESCRIBED = """# 网络

* HTTP/2
  + 基于TCP的一种应用层协议，本身分为三层：
    + 帧层：把消息切成帧
    + 流层：在一条连接上复用多个流
    + 消息层：一次请求或一次响应
"""


def test_a_lone_label_saying_what_its_term_is_and_counting_its_parts_defines_and_lists():
    assert one(DESCRIBED, "HTTP/2", "definition").text == "基于TCP的一种应用层协议"
    assert members(one(DESCRIBED, "HTTP/2的三层", "list")) == ["帧层", "流层", "消息层"]


def test_a_relation_under_a_pair_of_things_is_named_as_the_pairs_relation():
    note = "# 操作系统\n\n## 进程和线程\n\n* 区别：进程是资源分配的单位，线程是调度的单位\n"
    assert one(note, "进程和线程的区别", "definition").text.startswith("进程是资源分配")


KINDS = """# 复习

网络安全：
* 常见漏洞
  + 缓冲区溢出
  + 注入
* 防护手段
  + 防火墙
  + 入侵检测

集群：
* master
  + 运行控制进程
    + 调度器
    + 控制器
"""


def test_a_member_with_bullets_under_a_label_is_a_kind_named_on_its_own():
    assert members(one(KINDS, "常见漏洞", "list")) == ["缓冲区溢出", "注入"]


def test_a_phrase_with_bullets_under_a_thing_is_still_that_things_aspect():
    assert members(one(KINDS, "master 运行控制进程", "list")) == ["调度器", "控制器"]


TITLED_BODIES = """# 经济

市场的范围：
1. 市场存在于任何交换的场所：

   只要有买卖双方和交换的物品，就有市场。
2. 网络上的虚拟市场：

   交易在网上完成，没有实体的场所。

分类：
1. 按交易的对象：

   商品市场和要素市场。
2. 按竞争的程度：

   完全竞争市场和垄断市场。
"""


def test_a_label_over_titled_labels_each_with_its_own_text_lists_no_titles():
    assert all(f.subject != "市场的范围" for f in facts(TITLED_BODIES) if f.kind == "list")


def test_a_label_over_angles_each_with_its_own_text_keeps_its_list():
    fact = one(TITLED_BODIES, "分类", "list")
    assert members(fact) == ["按交易的对象", "按竞争的程度"]
