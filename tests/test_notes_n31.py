"""Glue and truncation in fact texts (issues 8 and 9): a lead-in left open for the list after
it is no part of the definition before it; a gloss cut before its object is completed by the
list; a one-item list's lead-in says what its item is under. One small note per behaviour."""

from __future__ import annotations

from notes_text import facts, one

from examgen.questions.contexts import fill_in_context
from examgen.questions.index import index_notes

# ----------------------------------------------------------------------------- lead-ins


HICCUP = (
    "# Notes\n\n## Body\n\n### hiccups\n"
    "**Hiccup** is a kind of involuntary spasm of the diaphragm that repeats every few "
    "seconds. Common forms of hiccup include\n"
    "- Short bouts\n- Persistent bouts\n- Intractable bouts\n"
)


def test_a_lead_in_naming_the_list_is_not_glued_to_the_bold_terms_definition():
    text = one(HICCUP, "Hiccup", "definition").text
    assert text.endswith("repeats every few seconds.")
    assert "include" not in text


def test_a_lead_in_left_off_the_definition_still_names_its_list():
    fact = one(HICCUP, "Common forms of hiccup", "list")
    assert [item.text for item in fact.items][:2] == ["Short bouts", "Persistent bouts"]


def test_an_unterminated_chinese_lead_in_is_not_glued_to_the_headings_definition():
    text = (
        "# 笔记\n\n## 索引\n索引是一种帮助快速查找数据的数据结构。常见的类型包括\n"
        "- 平衡树索引\n- 散列索引\n"
    )
    assert one(text, "索引", "definition").text == "索引是一种帮助快速查找数据的数据结构。"


def test_a_paragraph_that_only_names_the_list_after_it_defines_nothing():
    text = "# Notes\n\n## Pumps\nThe main kinds of pump include\n- Piston pumps\n- Gear pumps\n"
    assert [f.kind for f in facts(text)] == ["list"]


def test_a_remark_left_open_for_the_list_after_the_gloss_is_not_in_the_definition():
    text = (
        "# Notes\n\n## Colds\n### colds\n"
        "A cold is a mild infection of the nose and throat. This is often accompanied by\n"
        "- Sneezing\n- Sore throat\n"
    )
    assert all(not f.text.endswith("by") for f in facts(text) if f.kind == "definition")


def test_a_chinese_lead_in_naming_only_a_modifier_names_the_list_by_the_heading_too():
    text = (
        "# 笔记\n\n## 缓存\n**缓存**是一类位于处理器与主存之间的存储器。常见的有：\n"
        "- 一级缓存\n- 二级缓存\n"
    )
    assert one(text, "常见的缓存", "list").items[0].text == "一级缓存"


def test_the_copula_after_a_bold_chinese_term_is_no_part_of_its_definition():
    text = "# 笔记\n\n## 存储\n\n其他说明。**日志**是一种记录每次修改的文件。\n"
    assert one(text, "日志", "definition").text == "一种记录每次修改的文件。"


def test_a_bold_chinese_term_asked_whether_keeps_its_question_word():
    text = "# 笔记\n\n## 安全\n\n**威胁**是否存在取决于环境。\n"
    assert all(not f.text.startswith("否") for f in facts(text))


def test_an_open_verb_after_a_bold_item_title_is_no_part_of_the_lists_name():
    text = (
        "# Notes\n\n## Recap\n* **Field evidence** shows\n"
        "    * 1. Impatience in the short run\n    * 2. Reversals of preference\n"
    )
    assert one(text, "Field evidence", "list").items[1].text == "Reversals of preference"


def test_a_solution_label_over_bullets_is_named_with_the_heading_it_solves():
    text = (
        "# Notes\n\n## Links\n#### Dual homing\n* Goal - survive a switch failure\n"
        "* Solution:\n    * Join two switches into one\n    * Stacking / virtual chassis\n"
    )
    assert one(text, "Dual homing Solution", "list").items[0].text == "Join two switches into one"


# ----------------------------------------------------------------------------- cut glosses


def test_a_gloss_cut_before_its_object_is_completed_by_the_list_after_it():
    text = (
        "# 筆記\n\n## 正規化公理\n利用已知的相依關係,透過一些規則,推導出\n"
        "- 隱含的相依\n- 候選鍵\n- 最小覆蓋\n"
    )
    fact = one(text, "正規化公理", "definition")
    assert fact.text == "利用已知的相依關係,透過一些規則,推導出隱含的相依、候選鍵、最小覆蓋"


def test_a_cut_english_gloss_is_completed_with_the_members_comma_separated():
    text = "# Notes\n\n## Sorting\nUsed to put records in order by\n- Key\n- Date\n"
    assert one(text, "Sorting", "definition").text == "Used to put records in order by Key, Date"


def test_a_closed_sentence_before_a_list_is_left_as_written():
    text = "# 笔记\n\n## 缓冲\n缓冲是暂存数据的区域。\n- 输入缓冲\n- 输出缓冲\n"
    assert one(text, "缓冲", "definition").text == "缓冲是暂存数据的区域。"


# ----------------------------------------------------------------------------- parents

CIPHERS = (
    "# 复习\n\n绝大部分的事故都是人为的\n\n"
    "古代的算法:\n* 栅栏法：把字母排成几行再读出\n\n"
    "近代的算法体系：\n* 栅栏法，转轮机，一次一密\n* 攻击方式:穷举\n"
)


def test_a_label_over_a_lone_item_is_the_parent_of_the_items_definition():
    assert one(CIPHERS, "栅栏法", "definition").parent == "古代的算法"


def test_a_fill_in_names_the_label_its_term_sits_under_not_a_later_list_naming_it_again():
    notes = index_notes(facts(CIPHERS))
    pair = next(p for p in notes.pairs if p.fact.kind == "definition" and p.fact.line == 6)
    assert fill_in_context(notes, pair) == "古代的算法"


def test_a_sentence_ending_in_a_colon_over_a_lone_item_is_no_parent():
    text = "# N\n\n## 锁\n\n加锁的时候有一种情况需要注意:\n* 死锁：互相等待对方释放\n"
    assert one(text, "死锁", "definition").parent is None


def test_a_lead_in_closing_an_items_notes_is_not_glued_to_the_items_definition():
    text = (
        "# 笔记\n\n网络安全：\n* 常见攻击\n  + 序号预测<br>\n"
        "    攻击者能猜出序号，就能伪造数据包。<br>\n"
        "    序号预测是许多其他攻击的来源，包括\n"
        "      + 会话劫持\n      + 连接重置\n"
        "  + 端口扫描<br>\n    逐个探测开放的端口\n"
    )
    [definition] = [f for f in facts(text) if f.kind == "definition" and "序号预测" in f.subject]
    assert definition.text.rstrip().endswith("伪造数据包。")


def test_a_list_under_the_same_item_as_its_members_definitions_still_frames_them():
    text = (
        "# 笔记\n\n## 容器\n\n1. 命名空间和进程\n\n   命名空间几种隔离:\n\n"
        "   - 主机名(让容器有自己的主机名)\n   - 进程间通信(隔离进程间通信)\n"
        "   - 文件挂载(隔离挂载点)\n"
    )
    notes = index_notes(facts(text))
    pair = next(p for p in notes.pairs if p.fact.kind == "definition" and p.term.text == "主机名")
    assert fill_in_context(notes, pair) == "命名空间几种隔离"
