"""Context as data wherever a fact is printed (rv63 shape E): a term defined under a setting
label keeps it in stems and matchings, a list named by a bare heading takes its lead-in's
relation, a list from a comparison keeps the comparison, a generic solution label is asked
only with the problem it answers."""

from __future__ import annotations

import random

from question_facts import drafts

from examgen.notes import parse_text
from examgen.questions.definitions import group_matching_forms
from examgen.questions.form import Ask
from examgen.questions.index import index_notes
from examgen.questions.rules import broken
from examgen.questions.solutions import unanswered

GLM = """# Stats notes

## Regression

### Count models

* Problem: a count cannot be negative
* Rate function
  * $\\lambda(t) = \\lambda_0 e^{\\beta t}$
* Poisson regression model:
  * $P(Y=k | x) = \\lambda^k e^{-\\lambda} / k!$
  * In GLM:
    * Average: $\\lambda = E(Y | x)$
    * Link function: $g(\\lambda) = \\log \\lambda = x^T\\beta$
* Offset: the log of the exposure time added to the predictor
"""


def _facts(text: str) -> list:
    return list(parse_text(text, source="n.md").facts)


def _matchings(facts: list) -> list:
    """The matchings of terms the notes ``facts`` offer, built with a few seeds."""
    notes = index_notes(facts)
    built = []
    for form in group_matching_forms(notes, facts):
        for seed in range(3):
            built.append(form.build(random.Random(seed), form.facts, Ask("en", 5)))
    return built


def test_a_term_defined_under_a_setting_label_is_matched_with_its_setting():
    built = _matchings(_facts(GLM))
    with_average = [d for d in built if any("Average" in s for s in d.question.stems)]
    assert with_average
    for draft in with_average:
        assert "Average (in GLM)" in draft.question.stems, draft.question.stems


def test_a_term_defined_under_a_setting_label_is_asked_with_its_setting():
    facts = _facts(GLM)
    average = next(f for f in facts if f.subject == "Average")
    built = drafts(facts, average, "term_to_definition", seeds=range(3))
    assert built
    assert all("“Average (in GLM)”" in d.question.prompt for d in built), [
        d.question.prompt for d in built
    ]


def test_a_setting_label_opens_the_stem_whose_answer_is_the_term():
    facts = _facts(GLM)
    average = next(f for f in facts if f.subject == "Average")
    built = drafts(facts, average, "definition_to_term", seeds=range(3))
    assert built
    assert all(d.question.prompt.startswith("In GLM, ") for d in built), [
        d.question.prompt for d in built
    ]


def test_a_term_defined_under_no_setting_is_printed_alone():
    facts = _facts(GLM)
    offset = next(f for f in facts if f.subject == "Offset")
    built = drafts(facts, offset, "term_to_definition", seeds=range(3))
    assert built
    assert all("“Offset”" in d.question.prompt for d in built)


BIRDS = """# Garden notes

## Birds

### dawn

"First light", when the chorus starts. Some birds that are singing at dawn include:
- Robin - a long warbling phrase
- Blackbird - a low fluting song
- Wren - a loud trilling burst
- Thrush - repeated musical phrases

### dusk

"Last light", when the chorus fades. Some birds that are calling at dusk include:
- Tawny owl - a hooting call in the dark
- Nightjar - a churring call over heath
- Woodcock - a croaking flight call
- Nightingale - a rich song of whistles
"""


def _list(facts: list, subject: str):
    return next(f for f in facts if f.kind == "list" and f.subject == subject)


def _definition(facts: list, subject: str):
    return next(f for f in facts if f.kind == "definition" and f.subject == subject)


def test_a_list_named_by_a_bare_heading_is_matched_under_its_lead_ins_relation():
    facts = _facts(BIRDS)
    built = drafts(facts, _list(facts, "dawn"), "match_members", seeds=range(1))
    assert [d.question.prompt for d in built] == [
        "Match each item of “birds that are singing at dawn” with its description."
    ]


def test_a_member_of_a_list_named_by_a_bare_heading_is_asked_in_its_lead_ins_relation():
    facts = _facts(BIRDS)
    built = drafts(facts, _definition(facts, "Nightjar"), "definition_to_term", seeds=range(4))
    named = [d.question.prompt for d in built if d.context]
    assert named, [d.question.prompt for d in built]
    assert all(p.startswith("In “birds that are calling at dusk”, ") for p in named), named


DRIP = """# 灌溉笔记

## 设备

### dripline

滴灌是把水一滴一滴地送到作物根部的灌溉方式。Drip line主要组成部件有：

1. 滴头：控制出水速度，让水一滴一滴地流出；
2. 过滤器：拦住水中的泥沙，防止滴头被堵塞；
3. 毛管：把水从支管送到每一行作物的旁边。

### sprayline

喷灌是用水泵加压、经喷头把水喷到空中的灌溉方式。Spray line主要组成部件有：

1. 喷头：把压力水流打散成细小的水滴；
2. 水泵：给水加压，让水能送到远处；
3. 干管：把水从水源输送到各个支管。
"""


def test_a_chinese_lead_in_names_a_list_the_notes_name_by_its_heading():
    facts = _facts(DRIP)
    built = drafts(facts, _definition(facts, "滴头"), "term_to_definition", seeds=range(2))
    assert built
    assert all(d.question.prompt.startswith("在“Drip line主要组成部件”中，") for d in built), [
        d.question.prompt for d in built
    ]


COMPARED = """# 灌溉笔记

## 方式

比较滴灌和喷灌:
* 滴灌把水直接送到作物根部
  + 滴灌不湿润叶面
  + 滴灌对水质要求高
  + 用水较少
* 喷灌把水喷洒到整个地面
  + 喷灌会湿润叶面
  + 喷灌对地形适应性强
  + 用水较多
"""


def test_a_list_from_a_comparison_label_is_named_with_the_other_party():
    facts = _facts(COMPARED)
    built = drafts(facts, _list(facts, "滴灌的特点"), "select_members", seeds=range(2))
    assert built
    assert all("“滴灌的特点（与喷灌相比）”" in d.question.prompt for d in built), [
        d.question.prompt for d in built
    ]


UNSAID = """# Farm notes

## Watering

### Drip vs sprinkler

Cost factors:
- Pipes laid along each row
- Filters at the inlet
- Less labour at harvest
- Pumps sized for the field

## Harvest

### Combine parts

Cutting parts:
- Reel
- Cutter bar
- Auger
"""


def test_a_relative_member_of_a_comparison_the_lists_name_cannot_say_is_not_asked():
    facts = _facts(UNSAID)
    costs = _list(facts, "Cost factors")
    built = [
        d
        for variety in ("claim_member", "belongs", "select_members", "enumerate")
        for d in drafts(facts, costs, variety, seeds=range(6))
    ]
    assert built
    asked = {text for d in built for text in d.asks}
    assert "Less labour at harvest" not in asked, asked


SOLVED = """# 网络笔记

## 传输层

* 常见机制
  + 滑动窗口(Sliding Window)
    + 接收方通告窗口大小，发送方按窗口发送数据
    + 但是，如果接收方谎报窗口，发送方会一直等待
    + 解决方法:让发送方定时发送探测报文并核对对方的回复
  + 超时重传(Retransmission)
    + 发送方在计时器到期前没有收到确认就重新发送报文段
  + 快速重传(Fast Retransmit)
    + 发送方连续收到三个重复确认时立即重发丢失的报文段
  + 延迟确认(Delayed ACK)
    + 接收方等待一小段时间再发送确认以便合并多个确认
"""


def test_a_solution_label_whose_stem_names_no_problem_it_answers_is_not_asked():
    facts = _facts(SOLVED)
    notes = index_notes(facts)
    solution = _definition(facts, "滑动窗口 解决方法")
    built = drafts(facts, solution, "claim_definition", seeds=range(3))
    assert built
    assert all(broken(d, notes) == ("problem_named", unanswered(solution, "")) for d in built), [
        broken(d, notes) for d in built
    ]


BOTH_SAID = """# 灌溉笔记

## 方式

### 滴灌 vs 喷灌

滴灌和喷灌区别:
- 滴灌用水更少
- 喷灌覆盖面积更大
- 滴灌安装成本更高

## 作物

### 小麦的特点
* 耐寒
* 耐旱
* 生长期长
"""


def test_a_list_whose_name_says_both_parties_of_its_comparison_asks_its_relative_members():
    facts = _facts(BOTH_SAID)
    built = drafts(facts, _list(facts, "滴灌和喷灌区别"), "enumerate", seeds=range(1))
    assert [d.asks for d in built] == [("滴灌用水更少", "喷灌覆盖面积更大", "滴灌安装成本更高")]
