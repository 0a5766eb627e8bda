"""Shapes of Chinese notes (issue 8): one small note of our own per shape, and what it gives."""

from __future__ import annotations

from notes_text import facts, one, skipped, subjects

from examgen.notes import parse_text

# ----------------------------------------------------------------------------- aspects


def test_a_bare_aspect_item_with_its_text_carries_the_item_above_it():
    text = "# N\n\n## 缓存\n\n- 硬盘：\n  - 优点：容量大价格低\n  - 缺点：读写速度慢\n"
    assert one(text, "硬盘 优点").text == "容量大价格低"
    assert one(text, "硬盘 缺点").text == "读写速度慢"


def test_an_aspect_carries_its_parent_without_the_parents_gloss():
    text = "# N\n\n## 锁\n\n- 行级锁(Row Lock)：锁住一行\n  - 缺点：开销较大\n"
    assert one(text, "行级锁 缺点").kind == "definition"


def test_an_aspect_carries_the_nearest_label_not_the_whole_path():
    text = (
        "# N\n\n## 存储\n\n- 存储介质对比：\n"
        "  - 磁带：\n    - 优点：便宜耐久\n    - 缺点：只能顺序读\n"
    )
    assert ("definition", "磁带 优点") in subjects(text)


def test_items_that_are_only_defined_aspects_are_no_list():
    text = (
        "# N\n\n## 格式\n\n1. 压缩格式：体积小的格式\n"
        "   1. 优点：节省空间\n   2. 缺点：读取要解压\n"
    )
    assert ("list", "压缩格式") not in subjects(text)
    assert "members are aspects, each defined: 压缩格式" in skipped(text)


# ----------------------------------------------------------------------------- runs of names


def test_names_joined_by_the_enumeration_comma_are_a_list():
    fact = one("# N\n\n## 网\n\n- 网络拓扑：星型、环型、总线型\n", "网络拓扑")
    assert fact.kind == "list"
    assert [item.text for item in fact.items] == ["星型", "环型", "总线型"]


def test_a_statement_led_by_a_verb_is_a_definition_not_a_run_of_names():
    text = "# N\n\n## 角色\n\n- 守门人：必须履行审查、退稿和存档的义务\n"
    fact = one(text, "守门人")
    assert (fact.kind, fact.text) == ("definition", "必须履行审查、退稿和存档的义务")


def test_a_name_beginning_with_a_verb_character_is_still_a_member():
    fact = one("# N\n\n## 识别\n\n- 生物特征：指纹、虹膜、声纹\n", "生物特征")
    assert [item.text for item in fact.items] == ["指纹", "虹膜", "声纹"]


# ----------------------------------------------------------------------------- inclusions


def test_a_sentence_saying_a_category_includes_names_is_a_list_of_them():
    text = "# N\n\n## 日志\n\n系统日志包括访问日志、错误日志和审计日志。\n"
    fact = one(text, "系统日志")
    assert fact.kind == "list"
    assert [item.text for item in fact.items] == ["访问日志", "错误日志", "审计日志"]


def test_a_counted_pair_after_you_is_a_list():
    fact = one("# N\n\n## 树\n\n常见的平衡树有红黑树和AVL树两种。\n", "常见的平衡树")
    assert [item.text for item in fact.items] == ["红黑树", "AVL树"]


def test_you_without_a_count_names_no_members():
    text = "# N\n\n## 树\n\n平衡树有很强的稳定性和效率。\n"
    assert all(kind != "list" for kind, _ in subjects(text))


def test_a_second_division_by_another_angle_keeps_the_first_subject():
    text = "# N\n\n## 锁\n\n数据库中的锁按模式分为共享锁和排他锁，按照粒度分为行锁、页锁和表锁。\n"
    assert one(text, "数据库中的锁（按模式）").kind == "list"
    fact = one(text, "数据库中的锁（按照粒度）")
    assert [item.text for item in fact.items] == ["行锁", "页锁", "表锁"]


def test_an_inclusion_whose_category_names_an_order_is_a_sequence():
    text = (
        "# N\n\n## 管理\n\n- 管理的内涵：\n"
        "  - 管理的过程分为计划、组织、领导、控制。\n  - 管理离不开机制。\n"
    )
    fact = one(text, "管理的过程")
    assert fact.kind == "sequence"
    assert [item.text for item in fact.items] == ["计划", "组织", "领导", "控制"]


def test_a_modal_alone_is_not_the_category_of_an_inclusion():
    text = "# N\n\n## 环境\n\n根据影响的程度，可以分为一般环境和具体环境。\n"
    assert ("list", "可以") not in subjects(text)


def test_evolution_is_an_order():
    text = "# N\n\n## 密码\n\n密码学的演进：\n1. 古典密码\n2. 机械密码\n3. 公钥密码\n"
    assert one(text, "密码学的演进").kind == "sequence"


def test_a_negated_copula_defines_nothing():
    text = "# N\n\n## 日志\n\n撤销日志并不是物理日志，它只记录逻辑操作。\n"
    assert all(subject != "撤销日志并不" for _, subject in subjects(text))


def test_a_clause_item_over_members_is_named_by_the_words_before_its_colon():
    text = (
        "# N\n\n## 技能\n\n1. 一般而言，工程师应当具备两种技能：编码和沟通。\n"
        "    1. 编码：写程序的能力\n    2. 沟通：与人交流的能力\n"
    )
    assert one(text, "工程师应当具备两种技能").kind == "list"


# ----------------------------------------------------------------------------- headings


def test_the_first_paragraph_under_the_title_is_no_definition_of_the_title():
    text = "# 操作系统复习\n\n大部分考题来自课本。\n\n## 进程\n\n运行中的程序。\n"
    assert ("definition", "操作系统复习") not in subjects(text)


def test_a_heading_naming_two_things_is_not_defined_by_its_paragraph():
    text = "# N\n\n## 进程与线程\n\n操作系统用两者来调度任务，线程更轻。\n"
    assert ("definition", "进程与线程") not in subjects(text)


def test_a_heading_naming_a_relation_of_two_things_is_defined_by_its_paragraph():
    text = "# N\n\n## 进程与线程的区别\n\n线程共享进程的地址空间。\n"
    assert one(text, "进程与线程的区别").kind == "definition"


# ----------------------------------------------------------------------------- labels


def test_a_possessive_label_carries_its_parent_without_the_pronoun():
    text = (
        "# N\n\n## 组织\n\n- 非营利组织：\n\n  非营利组织不分配利润。其特点包括：\n"
        "  - 不以盈利为目的\n  - 提供公共服务\n"
    )
    assert one(text, "非营利组织的特点").kind == "list"


def test_term_lines_under_a_category_label_are_its_members():
    text = (
        "# N\n\n## 环境\n\n1. 外部环境：\n"
        "&emsp; 政治因素：政局与政策的影响\n&emsp; 经济因素：经济形势的影响\n"
    )
    fact = one(text, "外部环境")
    assert fact.kind == "list"
    assert [(item.text, item.gloss) for item in fact.items] == [
        ("政治因素", "政局与政策的影响"),
        ("经济因素", "经济形势的影响"),
    ]
    assert one(text, "政治因素").kind == "definition"


def test_a_definition_line_under_a_term_defines_that_term():
    text = (
        "# N\n\n## 技能\n\n1. 编码技能：\n"
        "&emsp; 定义：用程序语言解决问题的能力\n&emsp; 要求：熟悉常用的数据结构\n"
    )
    assert one(text, "编码技能").text == "用程序语言解决问题的能力"
    assert one(text, "编码技能 要求").text == "熟悉常用的数据结构"


def test_an_aspect_of_a_thing_and_its_parts_belongs_to_the_thing():
    text = "# N\n\n## 进程及其调度\n\n1. 定义：\n&emsp; 运行中的程序的实例。\n"
    assert one(text, "进程").kind == "definition"


def test_a_list_left_with_one_name_besides_defined_aspects_is_no_list():
    text = (
        "# N\n\n## 管理\n\n1. 计划的含义：\n    1. 定义：预先决定做什么\n"
        "    2. 计划的内容：\n        * 目标\n        * 措施\n"
    )
    assert ("list", "计划的含义") not in subjects(text)
    assert one(text, "计划的内容").kind == "list"


def test_the_first_paragraph_under_a_title_that_is_a_term_defines_it():
    assert one("# 进程\n\n运行中的程序。\n", "进程").kind == "definition"


# ----------------------------------------------------------------------------- statements


def test_a_heading_over_one_sentence_bullet_is_defined_by_it():
    text = "# N\n\n### 部分相依\n- 若主键由多个属性组成，而某属性只依赖其中一部分，则称部分相依\n"
    fact = one(text, "部分相依")
    assert (fact.kind, fact.line) == ("definition", 3)
    assert fact.text.startswith("若主键由多个属性组成")


def test_a_heading_over_conditions_is_defined_by_them():
    text = (
        "# N\n\n### 完全相依\n1. 若主键由多个属性组成，且某属性依赖整个主键时\n"
        "2. 主键只有一个属性，则任一属性都完全相依于它\n"
    )
    fact = one(text, "完全相依")
    assert fact.kind == "definition"
    assert fact.text.count("；") == 1


def test_conditions_under_a_summary_heading_are_its_list():
    text = (
        "# N\n\n### 加锁规则总结\n1. 如果没有命中索引，则锁全表；\n"
        "2. 如果命中唯一索引，则只锁一行。\n"
    )
    assert one(text, "加锁规则总结").kind == "list"


def test_a_bold_condition_before_then_is_not_a_term():
    text = "# N\n\n## 相依\n\n- **主键只有一个属性**，则任一属性都完全相依于它\n"
    assert ("definition", "主键只有一个属性") not in subjects(text)


def test_an_item_defining_a_term_then_labelling_its_sub_items_gives_both():
    text = (
        "# N\n\n## 密码\n\n- 对称密码：\n  - 分组密码:按块加密；设计原则：\n"
        "    - 扩散：明文的影响散开\n    - 混淆：密钥的关系变复杂\n"
    )
    assert one(text, "分组密码").text == "按块加密"
    fact = one(text, "分组密码 设计原则")
    assert [item.text for item in fact.items] == ["扩散", "混淆"]


def test_a_member_label_that_is_a_clause_is_named_by_its_noun_phrase():
    text = (
        "# N\n\n## 隐蔽信道\n\n- 信道：\n  - 信道无法完全消除，处理信道的方法：\n"
        "    - 限制共享资源\n    - 限制带宽\n"
    )
    assert one(text, "处理信道的方法").kind == "list"


# ----------------------------------------------------------------------------- running text


def test_a_sentence_x_zhi_y_defines_x():
    text = "# N\n\n## 环境\n\n环境分两类。宏观环境指对所有组织都有影响的外部因素。\n"
    assert one(text, "宏观环境").text == "对所有组织都有影响的外部因素"


def test_zhi_starting_a_word_of_its_own_defines_nothing():
    text = "# N\n\n## 指针\n\n变量指针变化时的程序会出错。\n"
    assert all(subject != "变量" for _, subject in subjects(text))


def test_a_paragraph_defining_part_of_the_heading_defines_that_part_only():
    text = "# N\n\n### 管理环境的构成\n\n环境是指组织外部的各种因素。可分为两类。\n"
    assert ("definition", "管理环境的构成") not in subjects(text)
    assert one(text, "环境").text == "组织外部的各种因素"


# ----------------------------------------------------------------------------- boxed statements


def test_a_caption_over_a_one_line_fence_is_defined_by_the_boxed_statement():
    text = "# N\n\n## 公理\n\n前言。\n\n反射律(Reflexivity)\n```\n若B⊆A，则A→B\n```\n"
    fact = one(text, "反射律(Reflexivity)")
    assert (fact.kind, fact.text, fact.line) == ("definition", "若B⊆A，则A→B", 7)


def test_a_fence_with_a_language_under_a_caption_stays_code():
    text = "# N\n\n## 公理\n\n前言。\n\n反射律\n```sql\nselect 1\n```\n"
    assert ("definition", "反射律") not in subjects(text)
    assert "code block" in skipped(text)


def test_a_fence_after_a_blank_line_stays_code():
    text = "# N\n\n## 公理\n\n前言。\n\n反射律\n\n```\n若B⊆A，则A→B\n```\n"
    assert all("若B" not in (fact.text or "") for fact in facts(text))


def test_a_tags_line_written_as_a_heading_is_front_matter_not_the_title():
    text = (
        "###### tags: `資料庫`\n# 正規化\n\n把表格分割的處理。\n\n## 目的\n- 降低重複\n- 避免異常\n"
    )
    assert parse_text(text).title == "正規化"
    assert "front matter" in skipped(text)


def test_sentence_bullets_after_a_defining_paragraph_go_on_defining_the_heading():
    text = (
        "# N\n\n## 正規化\n\n正規化是把表格分割的處理。\n"
        "- 每個階段都以不同的相依性做為切割的依據。\n- 將關係分散到不同表格。\n"
    )
    fact = one(text, "正規化")
    assert (
        fact.text
        == "正規化是把表格分割的處理；每個階段都以不同的相依性做為切割的依據；將關係分散到不同表格"
    )
    assert ("list", "正規化") not in subjects(text)


def test_a_statement_over_bullets_without_a_cue_is_named_by_its_section():
    text = (
        "# N\n\n## 分析\n\n#### 更新觀點\n表格層數越多時,越有利於更新(Update,delete)\n"
        "- 因為更新時只需要針對較小的表格\n"
    )
    fact = one(text, "更新觀點")
    assert (fact.kind, fact.text) == ("definition", "因為更新時只需要針對較小的表格")


def test_have_inside_a_word_is_no_cue_for_members():
    text = "# N\n\n## 分析\n\n層數越多,有利於更新：\n- 表格小\n- 鎖少\n"
    assert subjects(text) == [("list", "有利於更新")]


def test_a_heading_whose_paragraph_opens_with_members_is_their_list_not_defined():
    text = "# N\n\n## 系统日志\n\n系统日志包括访问日志、错误日志和审计日志。其中错误日志最常用。\n"
    assert [(kind, subject) for kind, subject in subjects(text)] == [("list", "系统日志")]


# ----------------------------------------------------------------------------- lists of one


def test_a_label_over_one_topic_with_items_of_its_own_is_no_list():
    text = "# N\n\n## 网络\n\n网络安全：\n* 常规攻击\n  + 嗅探\n  + 欺骗\n"
    assert ("list", "网络安全") not in subjects(text)
    assert "a list of one member: 网络安全" in skipped(text)


def test_a_defined_item_with_one_sub_item_is_no_list_of_it():
    text = "# N\n\n## 访问控制\n\n- 角色访问控制(RBAC)\n  + 角色：一组用户的集合\n\n  易于授权\n"
    assert ("list", "角色访问控制") not in subjects(text)
    assert one(text, "角色").text == "一组用户的集合"


# ----------------------------------------------------------------------------- stages


def test_stages_of_a_development_are_a_sequence_not_definitions_of_time_words():
    text = (
        "# N\n\n## 网络\n\n- 僵尸网络的控制方式\n  + 早期：通过聊天室控制\n"
        "  + 现在：分层管理\n  + 未来：去中心化\n"
    )
    fact = one(text, "僵尸网络的控制方式")
    assert fact.kind == "sequence"
    assert fact.items[0].text == "早期：通过聊天室控制"
    assert all(subject not in ("早期", "现在", "未来") for _, subject in subjects(text))


def test_members_named_before_a_label_are_a_list_not_the_headings_definition():
    text = (
        "# N\n\n## 写入机制\n\n缓存包括内存缓冲和磁盘文件。先写内存再写磁盘。可选值如下：\n\n"
        "- 0：延迟写\n- 1：实时写\n"
    )
    assert ("definition", "写入机制") not in subjects(text)
    assert one(text, "缓存").kind == "list"


def test_emphasis_brackets_are_not_part_of_a_subject():
    text = "# N\n\n## 效率\n\n- `【效率】`：投入与产出之比\n"
    assert one(text, "效率").text == "投入与产出之比"


def test_a_long_remark_in_brackets_after_a_term_joins_its_definition():
    text = "# N\n\n## 攻击\n\n1. 截获(Interception)(唯一的被动攻击，很难被检测到)：窃听传输的数据\n"
    fact = one(text, "截获(Interception)")
    assert fact.text == "窃听传输的数据；唯一的被动攻击，很难被检测到"


def test_names_joined_by_slashes_after_a_colon_are_a_list():
    fact = one("# N\n\n## 散列\n\n* 常用的散列函数:MD5/SHA-1/SHA-2...\n", "常用的散列函数")
    assert fact.kind == "list"
    assert [item.text for item in fact.items] == ["MD5", "SHA-1", "SHA-2"]


def test_two_names_joined_by_a_slash_are_one_name():
    fact = one("# N\n\n## 网络\n\n* 协议栈：TCP/IP\n", "协议栈")
    assert (fact.kind, fact.text) == ("definition", "TCP/IP")


def test_shi_fou_is_no_copula():
    text = "# N\n\n## 拥塞\n\n丢包后降速，查看是否还会丢包。\n"
    assert all(subject != "查看" for _, subject in subjects(text))


def test_a_list_after_a_definition_of_the_same_subject_is_told_apart_without_a_warning():
    text = (
        "# N\n\n## 环境\n\n宏观环境指对所有组织都有影响的外部因素。\n\n1. 宏观环境：\n"
        "&emsp; 政治因素：政局的影响\n&emsp; 经济因素：经济的影响\n"
    )
    result = parse_text(text)
    kinds = sorted(fact.kind for fact in result.facts if fact.subject == "宏观环境")
    assert kinds == ["definition", "list"]
    assert not [d for d in result.diagnostics if d.severity == "warning"]


def test_a_term_with_a_long_gloss_and_an_aspect_in_brackets_is_defined_by_each():
    text = "# N\n\n## 密码机\n\n* 转子机(通过齿轮和连线构成的密码机)(破解方法：找出其中的规律)\n"
    assert one(text, "转子机").text == "通过齿轮和连线构成的密码机"
    assert one(text, "转子机 破解方法").text == "找出其中的规律"


# ----------------------------------------------------------------------------- accounts


def test_a_term_over_chinese_sentences_about_it_is_defined_by_them():
    text = (
        "# N\n\n## 攻击\n\n+ DNS欺骗\n  + 修改DNS缓存，把请求重定向到错误的地址\n"
        "  + 响应没有认证，DNSSEC可以解决这个问题\n"
    )
    fact = one(text, "DNS欺骗")
    assert fact.kind == "definition"
    assert fact.text.count("；") == 1


def test_requirements_over_sentences_stay_a_list():
    text = (
        "# N\n\n## 签名\n\n* 数字签名的要求\n  + 收件人可以验证签名，别人不能伪造\n"
        "  + 签名人不能抵赖，第三方可以验证\n"
    )
    assert one(text, "数字签名的要求").kind == "list"


def test_a_question_over_sentences_stays_a_list():
    text = (
        "# N\n\n## 攻击\n\n+ 如何避免\n  + 队列满了，随机删掉一个请求\n"
        "  + 使用Cookie，服务器不保存状态\n"
    )
    assert one(text, "如何避免").kind == "list"
