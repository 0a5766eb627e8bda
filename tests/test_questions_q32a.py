"""Session 32 (q32a): list labels a stem may quote, and lists it may ask in full; each with
a small note of our own that the notes reader parses as a teacher's notes would be."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.notes import parse_text
from examgen.questions.contexts import fill_in_context, list_context
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES


def _facts(text: str):
    return list(parse_text(text, source="notes.md").facts)


def _fact(facts, subject: str):
    return next(f for f in facts if f.subject == subject)


def _pair(notes, term: str):
    return next(p for p in notes.pairs if p.term.text == term and p.fact.kind == "definition")


# ------------------------------------------------------------ 1. lists born of a comparison

COMPARED = """# 温室复习

比较滴灌和喷灌:
* 滴灌把水直接送到根部
  + 滴灌几乎不浪费水
  + 滴灌需要铺设管道
  + 成本较高
* 喷灌把水洒在整片苗床上
  + 喷灌容易蒸发损失
  + 喷灌不需要管道
  + 成本较低
"""


def test_a_list_of_one_side_of_a_comparison_is_not_asked_in_full():
    facts = _facts(COMPARED)
    side = _fact(facts, "喷灌的特点")
    built = drafts(facts, side, "enumerate")
    assert built
    notes = index_notes(facts)
    verdicts = [ITEM_RULES["recall_budget"](d, notes) for d in built]
    assert all(v and "比较滴灌和喷灌" in v for v in verdicts), verdicts


def test_a_list_of_traits_under_its_own_label_is_still_asked_in_full():
    facts = _facts("# 温室复习\n\n喷灌的特点:\n* 覆盖面积大\n* 容易蒸发损失\n* 不需要管道\n")
    built = drafts(facts, _fact(facts, "喷灌的特点"), "enumerate")
    assert built
    notes = index_notes(facts)
    assert [ITEM_RULES["recall_budget"](d, notes) for d in built] == [None] * len(built)


# ------------------------------------------------------------ 5. open by its own word

tools = facts_under(("园艺复习", "灌溉"))
COMMON = tools("l1", "list", "常见灌溉工具", "水壶", "水管", "喷头", line=3)
PLAIN = tools("l2", "list", "灌溉工具", "水壶", "水管", "喷头", line=3)
POPULAR = tools("l3", "list", "Popular watering tools", "can", "hose", "sprinkler",
                line=3, lang="en")  # fmt: skip


def _open_verdicts(fact) -> list[str | None]:
    built = drafts([fact], fact, "enumerate")
    assert built
    notes = index_notes([fact])
    return [ITEM_RULES["open_list"](d, notes) for d in built]


def test_a_list_named_common_things_is_not_asked_in_full():
    assert all(v and "常见" in v for v in _open_verdicts(COMMON))


def test_an_english_list_named_popular_things_is_not_asked_in_full():
    assert all(v and "Popular" in v for v in _open_verdicts(POPULAR))


def test_a_list_without_an_open_word_is_asked_in_full():
    assert _open_verdicts(PLAIN) == [None] * len(_open_verdicts(PLAIN))


# ------------------------------------------------------------ 3. labels glued from two clauses

GLUED = """# 温室复习

温室设备:
  + 概述
  + 滴灌系统:使用管道送水；控制土壤湿度：
    + 慢渗(Seep):让水分缓慢渗入根部土壤
    + 快渗(Flush):短时间内大量冲洗盐分
"""


def test_a_list_name_glued_from_two_clauses_of_a_line_is_no_context():
    facts = _facts(GLUED)
    notes = index_notes(facts)
    pair = _pair(notes, "慢渗(Seep)")
    assert "控制土壤湿度" not in list_context(notes, pair)
    assert "控制土壤湿度" not in fill_in_context(notes, pair)


GLUED_KINDS = """# 温室复习

温室设备:
  + 概述
  + 滴灌系统:使用管道送水；分为三种模式：
    + 慢渗模式
    + 快渗模式
    + 脉冲模式
"""


def test_a_list_name_glued_from_two_clauses_of_a_line_is_not_quoted():
    facts = _facts(GLUED_KINDS)
    glued = next(f for f in facts if f.kind == "list" and f.subject.startswith("滴灌系统"))
    built = drafts(facts, glued, "enumerate")
    assert built
    notes = index_notes(facts)
    assert all(ITEM_RULES["glued_label"](d, notes) for d in built)


def test_a_term_and_the_basis_it_is_divided_by_stay_a_context():
    basis = facts_under(("园艺复习", "1.1. 灌溉方式"))
    kinds = basis("l4", "list", "灌溉 根据用水量", "滴灌=每株每天只用少量水", "漫灌=把整片地淹没",
                  line=5)  # fmt: skip
    term = basis("d1", "definition", "灌溉", text="给植物补充水分", line=5)
    notes = index_notes([term, kinds])
    pair = next(p for p in notes.pairs if p.term.text == "滴灌")
    assert fill_in_context(notes, pair) == "灌溉 根据用水量"


# ------------------------------------------------------------ 4. a bare kind word with its basis

KINDS = """# 园艺复习

## 1. 人员

### 1.1. 园丁及其分类

1. 定义：
&emsp; 园丁是照料花园植物的人员。

2. 分类：
    1. 按工作年限：
    &emsp; 领班：负责安排每天的浇水与修剪任务。
    &emsp; 学徒：跟随领班学习修剪与施肥的基本手法。
"""


def test_a_bare_classification_context_takes_the_owner_its_heading_names():
    facts = _facts(KINDS)
    notes = index_notes(facts)
    assert fill_in_context(notes, _pair(notes, "学徒")) == "园丁的分类 按工作年限"


def test_a_bare_classification_list_is_asked_with_its_owner():
    facts = _facts(KINDS)
    built = drafts(facts, _fact(facts, "分类 按工作年限"), "enumerate")
    assert built
    assert all("园丁的分类（按工作年限）" in d.question.prompt for d in built), built[0]


def test_a_bare_classification_without_an_owning_heading_is_no_context():
    under = facts_under(("园艺复习", "1.1. 分类"))
    kinds = under("l5", "list", "分类 按工作年限", "领班=安排每天的任务", "学徒=跟随领班学习",
                  line=4)  # fmt: skip
    notes = index_notes([kinds])
    pair = next(p for p in notes.pairs if p.term.text == "学徒")
    assert not fill_in_context(notes, pair).startswith("分类")


# ------------------------------------------------------------ 2. clauses a list would lose

CAUSES = """# Medicine

## Painkillers

- **Opioids**: bind to receptors in the brain to dull pain.
    - Causes constipation, drowsiness, and is also used after surgery.
"""


def test_a_sentence_holding_a_clause_beyond_its_names_gives_no_list_of_effects():
    facts = _facts(CAUSES)
    assert not [f for f in facts if f.kind == "list" and "Opioids" in f.subject]


def test_a_sentence_of_names_alone_still_lists_the_effects():
    facts = _facts(CAUSES.replace("and is also used after surgery", "and nausea"))
    effects = _fact(facts, "effects of Opioids")
    assert [i.text for i in effects.items] == ["constipation", "drowsiness", "nausea"]
