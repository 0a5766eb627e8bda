"""Cards of session 20 (issue 9): the weak and invalid cards of the fresh reading rvc20. Each
read off cards the real Anki backend renders from a small deck written here.
"""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from card_facts import TITLE
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import learner_text as _text

from examgen.deck import note_guid


def _zh(id: str, kind: str, subject: str, **kwargs):
    return _fact(id, kind, subject, lang="zh", **kwargs)


def _cards(col: Collection, fact_id: str, kind: str):
    nids = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return [card for nid in nids for card in col.get_note(nid).cards()]


def _fronts(col: Collection, fact_id: str, kind: str) -> list[str]:
    return [_text(card.question()) for card in _cards(col, fact_id, kind)]


def _backs(col: Collection, fact_id: str, kind: str) -> list[str]:
    return [_text(card.answer()) for card in _cards(col, fact_id, kind)]


# ---------------------------------------------------------------- 1. the relation

LEAD = "利用已知的条件,透过一些规则,推导出"


def test_a_definition_ending_in_a_verb_names_its_lists_relation(tmp_path, col):
    lead = _zh("l1", "definition", "推理法则", text=LEAD, section=(TITLE, "推理法则"))
    rules = _zh(
        "l2",
        "list",
        "推理法则",
        items=("隐含关系", "候选键", "最小覆盖"),
        section=(TITLE, "推理法则"),
    )
    import_package(col, _build(tmp_path, [lead, rules]).output)
    (front,) = _fronts(col, "l2", "list")
    assert "推理法则：利用已知的条件,透过一些规则,推导出哪些？" in front
    assert "哪几点" not in front


def test_a_definition_that_only_leads_in_its_list_gets_no_card(tmp_path, col):
    lead = _zh("l3", "definition", "推理法则", text=LEAD, section=(TITLE, "推理法则"))
    rules = _zh("l4", "list", "推理法则", items=("隐含关系", "候选键"), section=(TITLE, "推理法则"))
    import_package(col, _build(tmp_path, [lead, rules]).output)
    assert _cards(col, "l3", "definition") == []


def test_a_definition_saying_more_than_its_lead_in_keeps_its_card(tmp_path, col):
    text = "攻击者猜出序号后可伪造数据包。这种攻击是许多其他攻击的来源，包括"
    lead = _zh("l5", "definition", "序号预测", text=text)
    kinds = _zh("l6", "list", "序号预测", items=("连接劫持", "连接重置"))
    import_package(col, _build(tmp_path, [lead, kinds]).output)
    assert len(_cards(col, "l5", "definition")) >= 1
    (front,) = _fronts(col, "l6", "list")
    assert "序号预测：这种攻击是许多其他攻击的来源，包括哪些？" in front


def test_a_remark_after_the_relation_word_keeps_the_relation(tmp_path, col):
    fact = _zh(
        "l7",
        "list",
        "甲树和乙树区别（总结）",
        items=("甲树只适合随机检索，乙树都支持；", "乙树空间利用率更高；"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "l7", "list")
    assert "甲树和乙树区别（总结）有哪些？" in front
    assert "哪几点" not in front


def test_a_name_and_its_abbreviation_after_a_comma_is_no_sentence(tmp_path, col):
    fact = _zh("l8", "list", "Strong Normal Form, SNF", items=("符合3NF", "没有部分相依"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "l8", "list")
    assert "Strong Normal Form, SNF 的条件有哪些？" in front
    assert "列出各项" not in front


def test_a_lead_in_naming_what_follows_asks_for_those(tmp_path, col):
    fact = _zh("l9", "list", "散列函数 要求以下性质", items=("容易计算", "难以反推", "难找碰撞"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "l9", "list")
    assert "散列函数 要求哪些性质？" in front


def test_the_usual_members_of_a_kind_are_a_category(tmp_path, col):
    fact = _zh("l10", "list", "常用的散列函数", items=("MD5", "SHA-1", "SHA-2"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "l10", "list")
    assert "常用的散列函数有哪些？" in front


def test_an_english_relation_word_in_chinese_notes_names_the_relation(tmp_path, col):
    fact = _zh("l11", "list", "Defenses of Bad Code", items=("限制访问", "控制分享", "检测改动"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "l11", "list")
    assert "Defenses of Bad Code有哪些？" in front


def test_roles_and_traits_are_relation_words(tmp_path, col):
    roles = _zh("l12", "list", "决策方面的经理的角色", items=("企业家", "谈判者"))
    traits = _zh("l13", "list", "个人的特质", items=("指纹", "笔迹"))
    import_package(col, _build(tmp_path, [roles, traits]).output)
    assert "决策方面的经理的角色有哪些？" in _fronts(col, "l12", "list")[0]
    assert "个人的特质有哪些？" in _fronts(col, "l13", "list")[0]


def test_a_heading_offering_every_member_asks_for_the_kinds(tmp_path, col):
    fact = _zh(
        "l14",
        "list",
        "有效性",
        items=("Shallow", "Non-shallow"),
        section=(TITLE, "相依", "有效性 Shallow or Non-Shallow"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "l14", "list")
    assert "有效性有哪几种？" in front


def test_a_headings_section_number_is_not_part_of_the_owner_it_names(tmp_path, col):
    fact = _zh(
        "l15", "list", "特性", items=("综合性", "应用性"), section=(TITLE, "1.1. 管理的概念")
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "l15", "list")
    assert "管理的概念的特性有哪些？" in front
    assert "1.1. 管理的概念的特性" not in front


# ---------------------------------------------------------------- 2. what is defined


def test_a_value_is_asked_as_a_value_not_defined(tmp_path, col):
    fact = _fact("d1", "definition", "Hold Timer", text="30s")
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "d1", "definition")
    assert "Give its value" in front
    assert "Define" not in front


def test_a_term_followed_by_goal_is_asked_as_the_goal_of_the_term(tmp_path, col):
    fact = _fact(
        "d2", "definition", "Link Bundling Goal", text="keep traffic moving when a cable fails"
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "d2", "definition")
    assert "Explain this" in front and "The goal of Link Bundling" in front


def test_a_described_scenario_is_explained_and_gets_no_reverse_card(tmp_path, col):
    fact = _fact(
        "d3",
        "definition",
        "Recovery from a lost link to the main hub in RingNet",
        text="the ring re-elects its hub at once and floods a new table to every node",
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "d3", "definition")
    assert "Explain this" in front and "Define" not in front


def test_a_lower_case_phrase_of_something_is_explained_not_defined(tmp_path, col):
    fact = _fact(
        "d6",
        "definition",
        "cause of sudden naps caused by night shifts",
        text="a drop in the regulation of the body clock by daylight",
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "d6", "definition")
    # Headed by a cause: asked as the "what" question it is (c42), never as a term.
    assert front.startswith("What is the cause of sudden naps caused by night shifts?"), front


def test_a_chinese_phrase_built_on_de_is_explained_and_gets_no_reverse_card(tmp_path, col):
    fact = _zh("d4", "definition", "行锁锁定的对象", text="索引记录本身，而不是整张数据表")
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "d4", "definition")
    assert "说明这一点" in front and "解释这个概念" not in front


def test_a_text_going_on_from_a_sentence_before_gets_no_reverse_card(tmp_path, col):
    fact = _zh("d5", "definition", "查询观点", text="但是需要把多个小表合并起来再一起读取")
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "d5", "definition")
    assert "说明这一点" in front


# ---------------------------------------------------------------- 3. structure, not content


def test_a_member_heading_a_sublist_is_shown_not_blanked(tmp_path, col):
    node = _zh("s1", "list", "节点 组成", items=("工作单元", "动态增减", "运行的进程"))
    processes = _zh("s2", "list", "节点 组成 运行的进程", items=("代理程序", "容器引擎"))
    import_package(col, _build(tmp_path, [node, processes]).output)
    fronts = _fronts(col, "s1", "list-cloze")
    assert len(fronts) == 2
    assert all("运行的进程" in front for front in fronts)


def test_a_text_naming_another_term_in_brackets_gets_no_card(tmp_path, col):
    fact = _zh(
        "s3",
        "definition",
        "Splitting",
        text="把一个表分解成几个新表，合并后仍能得到原来的全部资讯（Faithful Decomposition）",
    )
    other = _zh("s5", "definition", "分表", text="把一张大表按行拆成结构相同的多张小表")
    import_package(col, _build(tmp_path, [fact, other]).output)
    # That text is the other term's (c42: no card at all, as the README says).
    assert len(_cards(col, "s3", "definition")) == 0


def test_three_names_joined_by_slashes_are_shown_not_blanked_as_one(tmp_path, col):
    fact = _zh("s4", "list", "主流编排平台", items=("Alpha/Beta/Gamma", "Delta Engine", "Omega"))
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "s4", "list-cloze")
    assert len(fronts) == 2
    assert all("Alpha/Beta/Gamma" in front for front in fronts)


# ---------------------------------------------------------------- 4. references the card lacks


def test_a_figure_reference_is_dropped_from_the_text(tmp_path, col):
    fact = _zh("r1", "definition", "区间锁", text="区间锁对一段范围加锁，如下图所示。")
    import_package(col, _build(tmp_path, [fact]).output)
    backs = _backs(col, "r1", "definition")
    assert "区间锁对一段范围加锁。" in backs[0]
    assert not any("图" in back for back in backs)


def test_the_two_above_are_named_when_the_list_gives_them(tmp_path, col):
    formats = _zh(
        "r2",
        "list",
        "复制格式3种",
        items=(("stmt", "按语句复制"), ("rowwise", "按行复制"), ("blend", "以上两者的融合")),
    )
    blend = _zh("r3", "definition", "blend", text="以上两者的融合，一般使用stmt")
    import_package(col, _build(tmp_path, [formats, blend]).output)
    backs = _backs(col, "r3", "definition")
    assert backs and all("stmt和rowwise的融合" in back for back in backs)


def test_a_pointer_to_a_sentence_before_is_dropped_from_a_list_subject(tmp_path, col):
    fact = _zh("r4", "list", "解决该级别下出现的串读问题的方法", items=("加锁法", "快照法"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "r4", "list")
    assert "解决串读问题的方法有哪些？" in front
    assert "该级别" not in front


# ---------------------------------------------------------------- 5. giveaways


def test_a_gloss_spelling_out_the_blank_acronym_is_hidden(tmp_path, col):
    fact = _fact(
        "g1",
        "list",
        "Parts of the sleep kit",
        items=(("EMG", "electro-myo-gram, measures muscles"), ("EOG", "electro-oculo-gram, eyes")),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "g1", "list-cloze")
    assert len(fronts) == 2
    assert sum("electro-myo-gram" in front for front in fronts) == 1
    assert sum("electro-oculo-gram" in front for front in fronts) == 1


def test_a_gloss_with_the_answers_halves_swapped_is_hidden(tmp_path, col):
    fact = _zh(
        "g2",
        "list",
        "日志使用场景",
        items=(("数据恢复", "通过专用工具来恢复数据"), ("主从复制", "从库重放日志实现一致")),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "g2", "list-cloze")
    assert len(fronts) == 2
    assert sum("恢复数据" in front for front in fronts) == 1


# ---------------------------------------------------------------- 6. glued prompts


def test_a_group_cards_question_stands_on_its_own_line(tmp_path, col):
    fact = _zh(
        "p1",
        "list",
        "节点 特点",
        items=("工作单元", "动态增减", "节点可以是物理机或者虚拟机，由主控统一调度和管理"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (card,) = _cards(col, "p1", "list")
    assert "特点</div>" in card.question() and "有哪些" not in card.question()
