"""Extraction speed (e91): each shortcut gives what the slower way gave.

A fact is made from its draft by position, and the language of an English-looking list is
told by one search over its members' texts and one over their glosses, not by a string per
member. These tests hold the shortcut and the slower way side by side.
"""

from __future__ import annotations

import sys
from dataclasses import fields

import pytest

from examgen.model import Fact, Item
from examgen.notes import (
    cases,
    clauses,
    facts,
    identity,
    inclusions,
    item_shapes,
    member_runs,
    node_lines,
    openness,
    premises,
    terms,
)
from examgen.notes.clauses import is_passage
from examgen.notes.draft import Draft, Place, language_of
from examgen.notes.facts import _Extractor
from examgen.notes.readers import read_markdown
from examgen.notes.sentences import has_cjk, split_outside
from examgen.notes.tree import Node


def _fact_as_before(draft: Draft, id_: str) -> Fact:
    """``identity._fact`` as it was: the fact made by keywords, the language by a string of
    each member's text and gloss."""
    lang = language_of(draft.subject, draft.text)
    if lang == "en" and draft.items:
        lang = language_of("".join(f"{item.text}{item.gloss or ''}" for item in draft.items))
    return Fact(
        id=id_,
        kind=draft.kind,
        subject=draft.subject,
        text=draft.text,
        items=draft.items,
        section=draft.place.section,
        source=draft.place.source,
        line=draft.line,
        lang=lang,
        images=draft.images,
        columns=draft.columns,
        rows=draft.rows,
        tags=draft.tags,
        label=draft.label,
        parent=draft.parent,
        open=draft.open,
        container=draft.container,
    )


PLACE = Place("notes/a.md", ("Title", "Ports"), ("title", "ports"))
DRAFTS = [
    Draft("definition", "Root Port", "rootport", PLACE, 3, text="the port nearest the root"),
    Draft("definition", "根端口", "根端口", PLACE, 4, text="离根最近的端口", pin="rp"),
    Draft("definition", "Root Port", "rootport", PLACE, 5, text="离根桥最近的端口"),
    Draft("list", "Port roles", "portroles", PLACE, 6, items=(Item("Root"), Item("Blocking"))),
    Draft("list", "Port roles", "portroles", PLACE, 7, items=(Item("Root"), Item("根端口"))),
    Draft("list", "Ports", "ports", PLACE, 8, items=(Item("RP", "root"), Item("DP", "指定"))),
    Draft("list", "Ports", "ports", PLACE, 9, items=(Item("RP", None), Item("DP", ""))),
    Draft(
        "table",
        "STP vs RSTP",
        "stpvsrstp",
        PLACE,
        10,
        columns=("", "STP"),
        rows=(("speed", "slow"),),
        tags=("单选",),
        label="compares",
        parent="Spanning tree",
        open=True,
        container="note",
        images=("a.png",),
    ),
]


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda draft: f"line{draft.line}")
def test_a_fact_made_by_position_equals_the_fact_made_by_keywords(draft):
    made = identity._fact(draft, "abc123def456")
    assert made == _fact_as_before(draft, "abc123def456")
    assert made.__dict__ == _fact_as_before(draft, "abc123def456").__dict__


def test_the_fields_a_fact_is_made_from_by_position_are_a_facts_fields_in_order():
    assert tuple(field.name for field in fields(Fact)) == identity.FACT_FIELDS


def test_an_english_list_is_chinese_when_only_a_members_gloss_is():
    draft = DRAFTS[5]
    assert identity._fact(draft, "x").lang == "zh"
    assert identity._fact(DRAFTS[6], "x").lang == "en"


def test_a_fact_read_twice_is_kept_once_and_its_members_are_compared_not_hashed(monkeypatch):
    def unhashable(item):
        raise AssertionError("a member was hashed")

    monkeypatch.setattr(Item, "__hash__", unhashable)
    extractor = _Extractor("notes.md")
    place = Place("notes.md", ("笔记",), ("笔记",))
    members = [Item("访问日志"), Item("错误日志", "记录错误")]
    extractor.emit("list", "系统日志", place, 3, items=members)
    extractor.emit("list", "系统日志", place, 3, items=list(members))  # read by a second shape
    extractor.emit("list", "系统日志", place, 3, items=[Item("访问日志"), Item("审计日志")])
    extractor.emit("list", "系统日志", place, 3, items=[Item("访问日志"), Item("错误日志")])
    assert [draft.items for draft in extractor.drafts] == [
        tuple(members),
        (Item("访问日志"), Item("审计日志")),
        (Item("访问日志"), Item("错误日志")),
    ]


RUNS = {
    "leaves": [("c1·即时升级", ()), ("c1·安全", ()), ("c1·可靠", ())],
    "passages": [
        ("命名空间建立系统的不同视图。对每一个命名空间来说，就跟一台单独的Linux一样。", ())
    ]
    * 2,
    "topics": [
        ("认证实现：", (Node("item", "口令", 4),)),
        ("密码的保护：", (Node("item", "加盐", 6),)),
    ],
    "labels": [
        ("Model:", (Node("item", "$y = wx$", 4),)),
        ("Decision rule:", (Node("item", "$y > 0$", 6),)),
    ],
}


def _members(run):
    return [
        (Item(text), Node("item", text, 3 + at, children))
        for at, (text, children) in enumerate(run)
    ]


@pytest.mark.parametrize("run", RUNS, ids=str)
@pytest.mark.parametrize("term", ["认证和授权", "Logistic regression is a linear classifier"])
def test_members_with_nothing_under_any_are_no_topics_by_any_of_the_three_tests(run, term):
    members = _members(RUNS[run])
    if not any(node.children for _, node in members):
        assert not member_runs.titled_topics(term, members)
        assert not member_runs.outline_topics(members)
        assert not cases.topics_with_notes(term, term, members)


def _list_of(members, term="认证和授权"):
    extractor = _Extractor("notes.md")
    place = Place("notes.md", ("笔记",), ("笔记",))
    node = Node("item", term, 2, tuple(node for _, node in members))
    extractor.member_list(term, term, members, node, place, pin=None, second=False)
    return extractor


def test_a_run_of_leaves_is_not_asked_whether_its_members_are_topics(monkeypatch):
    asked = []
    for name in ("titled_topics", "outline_topics", "topics_with_notes"):
        monkeypatch.setattr(facts, name, lambda *args, name=name: asked.append(name))
    extractor = _list_of(_members(RUNS["leaves"]))
    assert asked == []
    assert [draft.kind for draft in extractor.drafts] == ["list"]
    _list_of(_members(RUNS["topics"]))
    assert asked == ["titled_topics", "outline_topics", "topics_with_notes"]


def test_members_whose_first_is_too_short_for_a_passage_are_not_asked_for_passages(monkeypatch):
    asked = []

    def counted(text):
        asked.append(text)
        return is_passage(text)

    monkeypatch.setattr(facts, "is_passage", counted)
    _list_of(_members(RUNS["leaves"]))
    assert asked == []
    skipped = _list_of(_members(RUNS["passages"])).diagnostics
    assert len(asked) == 2 and "passages" in skipped[0].message


def test_topics_with_notes_under_them_are_skipped_as_before():
    for run in ("topics", "labels"):
        term = "认证和授权" if run == "topics" else "Logistic regression is a linear classifier"
        extractor = _list_of(_members(RUNS[run]), term)
        assert extractor.drafts == [] and "topics" in extractor.diagnostics[0].message


SKIPPED_LEAD = """# 笔记

## 攻击

常见攻击手段:

例如：

- 嗅探
- 篡改
- 伪造
"""


def test_a_list_after_a_skipped_lead_is_found_at_the_first_node_of_its_line_without_a_map_of_them():
    document = read_markdown(SKIPPED_LEAD, "notes.md")
    lines = node_lines.node_lines(document.nodes)
    marks = openness._Marks(lines, document.diagnostics)
    first_at = {line: found[0] for line, found in lines.at.items()}  # the map as it was made
    for line in marks.lines:
        for member in ("嗅探", "伪造", "攻击"):
            expected = next(
                (
                    at
                    for at in marks.lines[marks.lines.index(line) :][: openness._REACH]
                    if first_at[at].text.casefold().startswith(member)
                ),
                None,
            )
            assert marks._line_of(member, line) == expected
    assert not hasattr(marks, "at")


def _describes_as_before(child_items) -> bool:
    """``item_shapes.describes`` as it was: every bullet asked whether it is said of the
    parent, then counted."""
    if len(child_items) < 2 or any(child.children for child in child_items):
        return False
    if any(child.strong and child.text.startswith(child.strong[0]) for child in child_items):
        return False
    said = sum(
        1 for child in child_items if clauses.is_clause(child.text) or premises.assumes(child.text)
    )
    if any(len(child.text.split()) <= 2 for child in child_items):
        return said == len(child_items)
    return 2 * said >= len(child_items)


BULLETS = [
    ["A backup for a DP", "They receive BPDUs", "It becomes DP immediately"],
    ["A backup for a DP", "They receive BPDUs", "Podman"],
    ["Root Port", "Designated Port", "Blocking Port"],
    ["It uses one BPDU", "Root Port", "Designated Port", "It becomes DP immediately"],
    ["Root Port", "It uses one BPDU", "They receive BPDUs", "It becomes DP immediately"],
    ["Root Port selection", "It uses one BPDU", "the designated port", "Blocking Port role"],
    ["c1·即时升级", "c1·安全", "c1·可靠"],
    ["修改DNS缓存，使用户访问错误的网站", "攻击者伪造应答"],
    ["Assume the data is separable", "Define a new feature map"],
    ["Assume the data is separable", "Kernel trick used"],
    ["It uses one BPDU", "Kernel"],
    ["Root Port selection", "the designated port", "It uses one BPDU", "They receive BPDUs"],
]


@pytest.mark.parametrize("texts", BULLETS, ids=lambda texts: texts[0])
def test_bullets_describe_their_parent_exactly_when_every_bullet_counted_said_so(texts):
    for order in (texts, texts[::-1]):
        nodes = [Node("item", text, 3 + at) for at, text in enumerate(order)]
        assert item_shapes.describes(nodes) == _describes_as_before(nodes)


def test_a_run_of_names_is_told_no_description_at_its_first_bullet(monkeypatch):
    asked = []

    def counted(text):
        asked.append(text)
        return clauses.is_clause(text)

    monkeypatch.setattr(item_shapes, "is_clause", counted)
    nodes = [Node("item", text, 3 + at) for at, text in enumerate(BULLETS[6])]
    assert not item_shapes.describes(nodes)
    assert asked == ["c1·即时升级"]


def test_no_character_but_a_p_casefolds_to_one_so_a_text_without_p_holds_no_step():
    assert [chr(code) for code in range(sys.maxunicode + 1) if "p" in chr(code).casefold()] == [
        "P",
        "p",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Go to step 2",
        "GO TO STEP 2",
        "\u017ftep 3",
        "回到第2步",
        "c1·即时升级\0c1·安全",
        "Steps",
        "",
    ],
)
def test_members_point_at_steps_exactly_when_the_step_pattern_finds_one(text):
    assert facts._points_at_steps(text) == (facts._STEP.search(text) is not None)


def test_a_run_whose_first_member_is_not_numbered_is_not_asked_whether_it_narrates(monkeypatch):
    asked = []
    monkeypatch.setattr(facts, "narrated", lambda nodes: asked.append(nodes))
    events = ["A TC event occurs", "The switch sends a TCN", "The root sets the TC flag"]
    bullets = [(Item(text), Node("item", text, 3 + at)) for at, text in enumerate(events)]
    assert [draft.kind for draft in _list_of(bullets, "TC").drafts] == ["list"]
    assert asked == []
    numbered = [(item, node._replace(numbered=True)) for item, node in bullets]
    monkeypatch.undo()
    assert [draft.kind for draft in _list_of(numbered, "TC").drafts] == ["sequence"]


OPEN_NOTES = """# 网络

## 协议

常见的协议有TCP、UDP、ICMP等。

安全措施包括但不限于：

- 加密
- 认证

Signalling protocols such as DTP, VTP, CDP, or LACP are used.

- Layer 2 DEVICES: Switches, Bridges, hubs, etc.
- 攻击手段:
  - 嗅探
  - 篡改
  - 防火墙等
- Tools
  - ping
  - dig
"""


def _marked_open_as_before(marks, draft):
    """``_Marks._marked_open`` as it was: the members casefolded for every node at the line."""
    nodes = marks.all_at.get(draft.line)
    if nodes is None:
        return marks._skipped_open(draft)
    for node in nodes:
        folded = node.text.casefold()
        first = folded.find(draft.items[0].text.casefold())
        last = folded.rfind(draft.items[-1].text.casefold())
        if first >= 0 and last >= first:
            return openness._sentence_open(node.text, first, last + len(draft.items[-1].text))
    node = nodes[0]
    if node.kind != "heading" and openness._bullets_open(node, draft.items[0].text.casefold()):
        return True
    return marks._skipped_open(draft)


def test_a_list_is_marked_open_exactly_when_its_members_casefolded_at_every_node_say_so():
    document = read_markdown(OPEN_NOTES, "notes.md")
    drafts, _ = facts.extract(document)
    marks = openness._Marks(node_lines.node_lines(document.nodes), document.diagnostics)
    lists = [openness._trimmed(draft) for draft in drafts if draft.kind == "list"]
    assert len(lists) >= 4
    said = [marks._marked_open(draft) for draft in lists]
    assert said == [_marked_open_as_before(marks, draft) for draft in lists]
    assert True in said and False in said


@pytest.mark.parametrize("draft", DRAFTS, ids=lambda draft: f"line{draft.line}")
def test_a_fact_from_its_draft_unpacked_equals_the_fact_from_its_fields_read_by_name(
    draft, monkeypatch
):
    unpacked = identity._fact(draft, "abc123def456")
    monkeypatch.setattr(identity, "_DRAFT_IN_ORDER", False)
    assert identity._fact(draft, "abc123def456").__dict__ == unpacked.__dict__
    assert unpacked.__dict__ == _fact_as_before(draft, "abc123def456").__dict__


def _comma_names_as_before(text: str) -> list[str]:
    """``inclusions.comma_names`` as it was: the levels of commas tested before the parts."""
    if text.count("，") + text.count(",") < 2 or not has_cjk(text):
        return []
    parts = split_outside(text.strip().rstrip("。；;"), "，,")
    if len(parts) < 3:
        return []
    if len(split_outside(text, "，")) > 1 and len(split_outside(text, ",")) > 1:
        return []
    for part in parts:
        head = terms.parse_head(part)
        if head.how not in ("plain", "paren") or not head.termlike:
            return []
        term = head.term
        if clauses.is_sentence(term) or not terms.is_term(term) or len(term) > 20:
            return []
        if inclusions._NOT_A_NAME.search(term):
            return []
    return parts


COMMA_RUNS = [
    "凯撒密码，Queen Mary密码，Vigenere Square(对抗频度分析的方法)， Book Cipher",
    "使用56位密钥，基于Feistel结构，迭代16轮",
    "**IF, Inst Fetch**，从内存中获取指令，译码",
    "IF, ID，EX, MEM，WB",
    "DES, AES, RSA, ECC",
    "甲，乙，丙。",
    "负责程序运行,包括操作系统、用户添加的文件和元数据,以及配置",
    "Kafka, Redis",
    "读已提交，读未提交，可重复读，串行化",
]


@pytest.mark.parametrize("text", COMMA_RUNS)
def test_a_bullet_names_things_by_commas_exactly_as_when_its_commas_were_tested_first(text):
    assert inclusions.comma_names(text) == _comma_names_as_before(text)


def test_a_run_of_clauses_is_cut_at_its_commas_once(monkeypatch):
    cut = []

    def counted(text, marks):
        cut.append(marks)
        return split_outside(text, marks)

    monkeypatch.setattr(inclusions, "split_outside", counted)
    assert (
        inclusions.comma_names("负责程序运行,包括操作系统、用户添加的文件和元数据,以及配置") == []
    )
    assert cut == ["，,"]


OUTLINE = """# 标题

## 章

- 认证的实现方式：
  - 个人的特质
    - 指纹
    - 虹膜
  - 口令

密码学的史前时代:

* 凯撒密码：移位
"""


def test_drafts_sorted_by_their_line_read_in_c_keep_the_order_a_lambda_gave():
    drafts = facts.extract(read_markdown(OPEN_NOTES + OUTLINE, "notes.md"))[0]
    shuffled = drafts[::-1]
    assert sorted(shuffled, key=facts._LINE) == sorted(shuffled, key=lambda draft: draft.line)


TERMS = [
    "c1·即时升级",
    "c1·在服务环境中部署和调整数据库和其他后台应用",
    "X 没有默认值",
    "不存在部分相依",
    "不可重复读",
    "非关系型",
    "读已提交，读未提交",
    "它不是(没有)名字",
    "无法消除",
    "无状态服务",
    "不允许为空",
    "Kafka, Redis",
    "UTS(系统标识,让一个容器拥有属于自己的独立于宿主机的hostname)",
    "",
]


@pytest.mark.parametrize("text", TERMS)
def test_punctuation_or_a_negated_verb_is_found_from_the_first_character_one_opens_with(text):
    whole = terms._PUNCTUATION_OR_NEGATED.search(text)
    first = terms._PUNCTUATION_OR_NEGATED_FIRST.search(text)
    found = first is not None and terms._PUNCTUATION_OR_NEGATED.search(text, first.start())
    assert (whole is not None) == bool(found)
    if whole is not None:
        assert found.start() == whole.start()


def test_every_punctuation_mark_and_negated_verb_opens_with_a_character_of_the_first_class():
    for verb in ("不存在", "沒有", "没有", "無法", "无法", "不是", "不允許", "不允许", "不需要"):
        assert terms._NEGATED_VERB.fullmatch(verb)
        assert terms._PUNCTUATION_OR_NEGATED_FIRST.match(verb)
    for mark in "，,。；;！!？?":
        assert terms._PUNCTUATION_OR_NEGATED_FIRST.match(mark)
