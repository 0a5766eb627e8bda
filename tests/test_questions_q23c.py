"""Session 23 (wt-q23c) item rules, each on a small note of our own: wrong options from the
slot the answer comes from (a list's own level of the outline, near it under one heading),
and no question on a paper that rules out another's option."""

from __future__ import annotations

import random

from question_facts import drafts

from examgen.model import Option, Question
from examgen.notes import parse_text
from examgen.questions.form import Ask, Draft, Origin
from examgen.questions.giveaways import answers_another
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.outline import outline_apart
from examgen.questions.rules import ITEM_RULES, broken

# A coffee shop's handbook: the machine's traits stand alone; the customer's traits hang
# under a list of ways to recognise a member; the baking methods nest sub-kinds of a kind.
SHOP = """# 咖啡店手册

咖啡机特点：
1. 便携性：体积小，可以放进背包带走
2. 耐用性：连续使用十年也很少出故障
3. 易清洁性：拆下冲洗就能洗干净
4. 节能性：待机时几乎不耗电

会员识别方式
* 会员卡：实体卡片扫码识别
* 手机号：报出号码查询
* 顾客的特征：
  + 外貌特征：发型、身高、常穿的外套
  + 行为特征：点单口味、到店时段、座位偏好

烘焙的做法如下。

* 烘焙方式
  + 烤箱烘焙
    - 热风烘焙
    - 直火烘焙
    - 炭火烘焙
  + 蒸汽烘焙
  + 石板烘焙
"""


def shop_facts():
    return parse_text(SHOP, source="shop.md").facts


def of(facts, subject, kind):
    return next(f for f in facts if f.subject == subject and f.kind == kind)


def placeable(facts, subject, kind, variety):
    """The drafts of ``variety`` about ``subject`` that break no item rule: what a paper may
    place."""
    notes = index_notes(facts)
    built = drafts(facts, of(facts, subject, kind), variety)
    return [d for d in built if broken(d, notes) is None]


def options_of(built):
    return {o.text for d in built for o in d.question.options}


# ------------------------------------------------- 1. options from the answer's own slot


def test_the_gloss_of_a_trait_hanging_under_another_list_is_no_description_of_a_trait():
    facts = shop_facts()
    notes = index_notes(facts)
    built = placeable(facts, "便携性", "definition", "term_to_definition")
    # The customer's looks are "特征" too, but they hang under another list: another slot.
    upper = of(facts, "顾客的特征", "list")
    wrong = built[0].origins[-1]
    swapped = type(wrong)("发型、身高、常穿的外套", "definition", upper.id, 1)
    draft = type(built[0])(
        built[0].question, built[0].variety, origins=(*built[0].origins[:-1], swapped)
    )
    assert "not of the kind" in ITEM_RULES["distractor_kind"](draft, notes)


def test_the_members_of_the_list_a_list_hangs_under_are_no_options_for_its_members():
    facts = shop_facts()
    built = placeable(facts, "外貌特征", "list", "select_members")
    assert built
    # "行为特征" names a group of the upper level, beside "发型": a heading, not a trait.
    assert "行为特征" not in options_of(built)
    assert "点单口味" in options_of(built)


def test_the_option_kinds_rule_names_a_heading_of_the_upper_list_among_members():
    facts = shop_facts()
    notes = index_notes(facts)
    built = placeable(facts, "外貌特征", "list", "select_members")
    upper = of(facts, "顾客的特征", "list")
    wrong = built[0].origins[-1]
    swapped = type(wrong)("行为特征", "contrasting list", upper.id, 1)
    draft = type(built[0])(
        built[0].question, built[0].variety, origins=(*built[0].origins[:-1], swapped)
    )
    assert "hangs under" in ITEM_RULES["option_kinds"](draft, notes)


def test_sub_kinds_of_a_kind_stand_in_one_slot_with_the_other_kinds_of_the_upper_list():
    facts = shop_facts()
    notes = index_notes(facts)
    lower, upper = of(facts, "烤箱烘焙", "list"), of(facts, "烘焙方式", "list")
    # "热风烘焙" under "烤箱烘焙" beside "蒸汽烘焙": all are ways of baking, alike in name.
    assert outline_apart(notes, lower.id, upper.id) == ""


def _far_note() -> str:
    """Two lists of parts under one heading with twenty definitions between them."""
    between = "\n".join(f"* 工序{n}号：第{n}道工序的检查要点" for n in range(20))
    return (
        "# 咖啡店手册\n\n手冲壶的组成部分：\n1. 壶嘴\n2. 壶身\n3. 温度计\n\n"
        f"工序说明\n{between}\n\n收银机的组成部分：\n1. 钱箱\n2. 键盘\n3. 小票打印头\n"
    )


def test_lists_of_parts_far_apart_under_one_heading_lend_each_other_no_options():
    facts = parse_text(_far_note(), source="far.md").facts
    built = placeable(facts, "手冲壶的组成部分", "list", "select_members")
    # A cash register's parts are no kettle's: no plausible wrong option, no question.
    assert not options_of(built) & {"钱箱", "键盘", "小票打印头"}


# ------------------------------------------- 2. no question on the paper rules out an option

# Four processing methods, each glossed: every single choice on one offers the others' glosses.
BEANS = """# 咖啡豆手册

处理法：
1. 水洗法：去掉果肉后在水槽里发酵再冲洗
2. 日晒法：整颗果实铺在棚架上晒干再脱壳
3. 蜜处理法：留下部分果胶直接晒干
4. 厌氧发酵法：密封罐里隔绝空气发酵数天
"""


def bean_drafts(term, variety, truth=True):
    facts = parse_text(BEANS, source="beans.md").facts
    notes = index_notes(facts)
    built = []
    for forms in offers(notes, of(facts, term, "definition")).forms.values():
        built += [
            f.build(random.Random(seed), f.facts, Ask("zh", 2, truth))
            for f in forms
            if f.variety == variety
            for seed in range(6)
        ]
    return built


def test_a_true_statement_rules_out_a_choice_offering_its_gloss_for_another_term():
    (claim,) = bean_drafts("日晒法", "claim_definition")[:1]
    choice = next(
        d
        for d in bean_drafts("水洗法", "term_to_definition")
        if "整颗果实铺在棚架上晒干再脱壳" in {o.text for o in d.question.options}
    )
    # Knowing the statement true strikes "整颗果实…" from the choice about 水洗法.
    assert answers_another(choice, [claim])
    assert answers_another(claim, [choice])


def _single(term, *options):
    """A single choice asking what ``term`` is; an option "*x" is the right one."""
    shown = tuple(Option(o.lstrip("*"), o.startswith("*")) for o in options)
    key = next(o.text for o in shown if o.correct)
    question = Question("single_choice", f"“{term}”是指？", 2, (term,), "n.md:1", options=shown)
    return Draft(
        question, "term_to_definition", subject=term, stem_texts=(term,), asks=(key,),
        reveals=((term, key),),
    )  # fmt: skip


def test_two_choices_sharing_two_wrong_options_do_not_stand_on_one_paper():
    first = _single("水洗法", "*冲洗发酵", "棚架晒干", "保留果胶", "隔绝空气")
    second = _single("研磨度", "*颗粒粗细", "棚架晒干", "保留果胶", "萃取时间")
    # One pool asked twice: the second question shows the first's decoys again.
    assert answers_another(second, [first])


def test_choices_on_other_lists_stand_together():
    first = bean_drafts("水洗法", "term_to_definition")[0]
    other = parse_text(
        "# 手册\n\n磨豆机：\n1. 平刀：两片平行的刀盘切碎豆子\n2. 锥刀：锥形刀芯碾碎豆子\n"
        "3. 鬼齿：齿状刀盘撞碎豆子\n4. 砸豆：用锤子砸开豆子\n",
        source="m.md",
    ).facts
    notes = index_notes(other)
    (form,) = [
        f
        for f in offers(notes, of(other, "平刀", "definition")).forms["single_choice"]
        if f.variety == "term_to_definition"
    ]
    second = form.build(random.Random(0), form.facts, Ask("zh", 2))
    assert answers_another(second, [first]) is None


# ------------------------------------------------- 3. fair options the rules turned down

PLANT = """# Plant handbook

## Valves

### Valve roles
* Inlet
* Outlet
* Bypass
* Relief

### Valve types
* Ball
* Gate
* Globe
* Butterfly
"""


def test_a_role_of_a_thing_is_no_wrong_option_among_the_types_of_that_thing():
    facts = parse_text(PLANT, source="plant.md").facts
    built = placeable(facts, "Valve types", "list", "belongs")
    # Roles and types classify the same valves two ways (rv71 J reversed the earlier "the
    # confusion a teacher asks about": some texts count a role among the types). With no
    # other list to draw from, "which is a valve type" is not asked.
    assert built == []


def test_wrong_options_all_ending_in_a_word_the_key_lacks_set_the_key_apart():
    texts = ("*Non-Edge", "Root Port", "Backup Port", "Alternate Port")
    origins = tuple(Origin(t.lstrip("*"), "other list", "l2", 1, t.startswith("*")) for t in texts)
    shown = tuple(Option(o.text, o.correct) for o in origins)
    question = Question(
        "single_choice", "Which is a port type?", 2, ("l1",), "n.md:1", options=shown
    )
    draft = Draft(question, "belongs", subject="port types", origins=origins)
    assert "“port”" in ITEM_RULES["option_block"](draft, index_notes([]))
