"""Open lists by words (``Fact.open``): a lead-in saying there are several kinds ("有多种",
"几种", "several", "various"), a last bullet, one name, ending in "等"/"etc."/"…", or a line
a few lines above, naming the list's kind, saying there are many ("攻击手段有很多种") makes the
bullets a sample; "which is NOT one of" and "list all" are then not asked of them."""

from __future__ import annotations

from examgen.model import Question
from examgen.notes import parse_text
from examgen.questions.form import Draft
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES


def _list(text: str):
    return next(f for f in parse_text(text).facts if f.kind == "list")


def test_a_lead_in_saying_there_are_several_kinds_opens_the_bullets_under_it():
    fact = _list("# 网络\n\n## 攻击\n\n网络攻击有多种方式：\n\n- 嗅探\n- 欺骗\n- 拒绝服务\n")
    assert [i.text for i in fact.items] == ["嗅探", "欺骗", "拒绝服务"] and fact.open


def test_an_english_lead_in_saying_several_opens_the_bullets_under_it():
    fact = _list("# Net\n\n## Tools\n\nSeveral tools probe a network:\n\n- ping\n- dig\n- nmap\n")
    assert fact.open


def test_a_last_bullet_ending_in_deng_opens_the_list():
    fact = _list("# 网络\n\n## 设备\n\n安全设备：\n\n- 防火墙\n- 网闸\n- 入侵检测系统等\n")
    assert fact.open


def test_a_last_bullet_enumerating_its_own_things_with_deng_keeps_the_list_closed():
    text = "# 云\n\n## 优势\n\nK8S优势：\n\n- 自动扩缩\n- 自愈\n- 滚动升级、服务回滚等等\n"
    assert not _list(text).open


def test_a_last_bullet_ending_in_a_word_ending_in_deng_keeps_the_list_closed():
    assert not _list("# 数学\n\n## 关系\n\n比较关系：\n\n- 大于\n- 小于\n- 相等\n").open


def test_a_line_above_naming_the_lists_kind_and_saying_there_are_many_opens_it():
    text = (
        "# 网络\n\n## 攻击\n\n网络攻击的手段有很多种，下面是课上讲的。\n\n"
        "网络攻击：\n\n- 嗅探\n- 欺骗\n- 拒绝服务\n"
    )
    assert _list(text).open


def test_a_line_above_saying_many_of_something_else_leaves_the_list_closed():
    text = (
        "# 安全\n\n## 访问控制\n\n授权的方式有很多种。\n\n"
        "网络攻击：\n\n- 嗅探\n- 欺骗\n- 拒绝服务\n"
    )
    assert not _list(text).open


def test_a_many_line_in_another_section_leaves_the_list_closed():
    text = (
        "# 网络\n\n## 概述\n\n网络攻击的手段有很多种。\n\n## 三类攻击\n\n"
        "网络攻击：\n\n- 嗅探\n- 欺骗\n- 拒绝服务\n"
    )
    assert not _list(text).open


def test_which_is_not_one_of_is_not_asked_of_a_list_opened_by_its_lead_in():
    fact = _list("# 网络\n\n## 攻击\n\n网络攻击有多种方式：\n\n- 嗅探\n- 欺骗\n- 拒绝服务\n")
    question = Question(
        type="single_choice", prompt="下列选项中，不属于“网络攻击”的是哪一项？", points=2,
        facts=(fact.id,), source=fact.location,
    )  # fmt: skip
    draft = Draft(question, "not_belongs", subject=fact.subject)
    reason = ITEM_RULES["open_list"](draft, index_notes([fact]))
    assert reason and "examples" in reason
