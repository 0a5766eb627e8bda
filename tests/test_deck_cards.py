"""The card rules (examgen.cards, README "The cards"), each read off cards Anki renders.

Every test builds a small deck from facts written here, imports it into a fresh collection
with the real ``anki`` backend and reads the rendered question and answer as a learner does.
"""

from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package

from examgen.build import make_deck
from examgen.cards import MAX_ANSWER_COLUMNS, MAX_DELETION_COLUMNS, MAX_MEMBERS
from examgen.config import DeckConfig, load_config
from examgen.deck import DeckReport, build_deck, note_guid
from examgen.model import Fact, Item, StoredFact

TITLE = "PaaS复习"
SRC = "sources/k8s.md"
T0 = 1_700_000_000


def _fact(id: str, kind: str, subject: str, *, items=(), **kwargs) -> Fact:
    kwargs.setdefault("section", (TITLE, "K8S", "核心组件"))
    kwargs.setdefault("source", SRC)
    kwargs.setdefault("line", 10)
    items = tuple(i if isinstance(i, Item) else Item(i) for i in items)
    return Fact(id=id, kind=kind, subject=subject, items=items, **kwargs)


def _stored(facts, base: int = T0) -> list[StoredFact]:
    return [StoredFact(f, base, base, base + i) for i, f in enumerate(facts)]


def _build(tmp_path: Path, facts, name="deck.apkg", **kwargs) -> DeckReport:
    kwargs.setdefault("config", DeckConfig())
    return build_deck(_stored(facts), title=TITLE, output=tmp_path / name, **kwargs)


def _text(rendered: str) -> str:
    """What the learner reads: no style, tags removed, entities decoded, spaces collapsed."""
    rendered = re.sub(r"(?s)<style>.*?</style>", "", rendered)
    rendered = re.sub(r"<br>|</li>|</div>", " ", rendered)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", rendered)).split())


def _cards(col: Collection, fact_id: str, kind: str):
    nids = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    assert nids, f"no {kind} note for {fact_id}"
    return sorted(col.get_note(nids[0]).cards(), key=lambda c: c.ord)


def _cloze_answer(card) -> str:
    """The text a cloze card asks for: its revealed deletion on the answer side."""
    rendered = card.answer()
    start = rendered.find('<span class="cloze"')
    assert start >= 0, rendered
    depth, position = 0, start
    for tag in re.finditer(r"<(/?)span\b", rendered[start:]):  # deletions may nest
        depth += -1 if tag.group(1) else 1
        position = start + tag.start()
        if depth == 0:
            break
    return _text(rendered[start:position])


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _shows(question: str, answer: str) -> bool:
    """Whether the answer stands in the question's text (a Latin one as a whole word)."""
    pattern = re.escape(answer)
    if answer[:1].isascii() and answer[:1].isalnum():
        pattern = r"(?<![A-Za-z0-9])" + pattern
    if answer[-1:].isascii() and answer[-1:].isalnum():
        pattern += r"(?![A-Za-z0-9])"
    return re.search(pattern, question, re.IGNORECASE) is not None


# ------------------------------------------------------------------------------ prompts


def test_a_list_card_asks_the_relation_its_label_names(tmp_path, col):
    facts = [
        _fact("cg-zuo-yong", "list", "CGroups 作用", items=("资源限制", "优先级分配", "资源统计")),
        _fact("node", "list", "node", items=("工作节点", "动态增减", "运行的进程")),
        _fact("auto", "list", "全自动调度", items=("定向调度", "亲和性调度")),
        _fact(
            "en",
            "list",
            "Docker features",
            items=("images", "volumes"),
            lang="en",
            source="sources/en.md",
        ),
        _fact(
            "sentence",
            "list",
            "There are three neurotransmitters for sleep",
            items=("Acetylcholine", "Noradrenaline", "Serotonin"),
            lang="en",
            source="sources/en.md",
        ),
    ]
    import_package(col, _build(tmp_path, facts).output)
    asked = {f.id: _text(_cards(col, f.id, "list")[0].question()) for f in facts}
    assert "CGroups 的作用有哪些？" in asked["cg-zuo-yong"]
    # No relation named: the card asks to explain node, and says where node stands.
    assert asked["node"].startswith("解释这个概念 node（核心组件）")
    assert "node有哪些" not in asked["node"] and "哪几点" not in asked["node"]
    assert "全自动调度有哪几种？" in asked["auto"]
    assert "What are the features of Docker?" in asked["en"]
    assert "There are three neurotransmitters for sleep: list them." in asked["sentence"]
    # The count is on the prompt line, the relation in the question.
    assert "共3项" in asked["cg-zuo-yong"] and "（3项）" not in asked["cg-zuo-yong"]


def test_a_list_named_by_a_compound_noun_asks_for_its_members_not_a_relation(tmp_path, col):
    facts = [
        _fact(
            "convex",
            "list",
            "Convex objective functions",
            items=("Least squares", "Ridge regression"),
            lang="en",
            source="sources/en.md",
        )
    ]
    import_package(col, _build(tmp_path, facts).output)
    asked = _text(_cards(col, "convex", "list")[0].question())
    assert "What are the Convex objective functions?" in asked
    assert "functions of" not in asked


def test_prompts_are_in_the_notes_language_whatever_the_terms_script(tmp_path, col):
    facts = [
        _fact("cnm", "definition", "CNM", text="the network model docker ships with", lang="en"),
        _fact("cni", "definition", "CNI", text="container network interface", lang="en"),
        _fact("pod", "definition", "Pod", text="一组紧耦合的容器组合"),
        _fact("svc", "definition", "Service", text="分布式架构集群的核心"),
        _fact("mesh", "list", "Service Mesh", items=("Istio", "Linkerd"), lang="en"),
    ]
    import_package(col, _build(tmp_path, facts).output)
    forward, reverse = _cards(col, "cnm", "definition")
    assert "解释这个概念" in _text(forward.question())
    assert "这说的是哪个概念？" in _text(reverse.question())
    mesh = _text(_cards(col, "mesh", "list")[0].question())
    assert mesh.startswith("解释这个概念 Service Mesh（核心组件）")
    for card in col.find_cards(""):
        question = _text(col.get_card(card).question())
        assert "Define this term" not in question and "What are" not in question


# ------------------------------------------------------------------------------ budget


def test_a_long_list_is_asked_in_groups_within_the_recall_budget(tmp_path, col):
    members = ("blkio", "cpu", "cpuacct", "cpuset", "devices", "freezer", "memory", "perf", "net")
    fact = _fact("subsystems", "list", "cgroup子系统", items=members)
    report = _build(tmp_path, [fact])
    import_package(col, report.output)
    first, second = _cards(col, "subsystems", "list"), _cards(col, "subsystems", "list#2")
    asked = []
    for (card,) in (first, second):
        question = _text(card.question())
        # The list named once, no second question beside "写出空缺的5项".
        assert "cgroup子系统" in question and "有哪些" not in question
        wanted = [m for m in members if _shows(_text(card.note()["Back"]), m)]
        assert 0 < len(wanted) <= MAX_MEMBERS
        # The members asked are blank on the front; the others are given.
        assert not any(_shows(question, m) for m in wanted)
        asked += wanted
    assert sorted(asked) == sorted(members)


def test_a_member_too_long_to_recall_is_shown_but_never_asked(tmp_path, col):
    long = "新建一个层级时默认加入这个新建层级的初始化cgroup，任务只能存在于同一个层级的一个cgroup"
    assert _width(long) > MAX_DELETION_COLUMNS
    fact = _fact("rules", "list", "CGroups 基本原则", items=("同一层级可附加多个子系统", long))
    report = _build(tmp_path, [fact])
    import_package(col, report.output)
    (cloze,) = _cards(col, "rules", "list-cloze")
    assert _cloze_answer(cloze) == "同一层级可附加多个子系统"
    assert long in _text(cloze.question())
    (card,) = _cards(col, "rules", "list")
    assert long in _text(card.question())  # given on the front, not asked
    for cid in col.find_cards(""):
        answer = _text(col.get_card(cid).answer())
        assert _width(answer) < _width(long) + 200


def test_cloze_numbers_run_without_a_gap_when_a_member_is_not_asked(tmp_path, col):
    # A package writer that makes cards 1..n from a note's card count needs numbers 1..n.
    long = "任务超过资源上限时新申请资源如内存会被拒绝甚至将任务挂起，并且记录一条日志"
    fact = _fact("how", "list", "CGroups 工作原理", items=(long, "给任务挂上钩子", "资源统计"))
    report = _build(tmp_path, [fact])
    import_package(col, report.output)
    cards = _cards(col, "how", "list-cloze")
    assert [c.ord for c in cards] == [0, 1]
    assert "{{c1::给任务挂上钩子}}" in cards[0].note()["Text"]
    assert [_cloze_answer(c) for c in cards] == ["给任务挂上钩子", "资源统计"]


def test_a_list_with_nothing_short_enough_to_recall_warns_instead(tmp_path):
    sentence = "任务超过资源上限时新申请资源如内存会被拒绝甚至将任务挂起，并且记录一条日志"
    fact = _fact("principles", "list", "CGroups 工作原理", items=(sentence, sentence + "。"))
    report = _build(tmp_path, [fact, _fact("x", "definition", "task", text="一个进程")])
    (warning,) = report.warnings
    assert str(warning).startswith(f"{SRC}:10: warning:") and "too long to recall" in str(warning)


def test_grouping_a_list_keeps_its_first_notes_guid_and_reviews(tmp_path, col):
    members = tuple(f"子系统{n}" for n in range(1, 6))
    fact = _fact("subsystems", "list", "cgroup子系统", items=members)
    import_package(col, _build(tmp_path, [fact], name="a.apkg").output)
    (card,) = _cards(col, "subsystems", "list")
    col.sched.set_due_date([card.id], "9!")
    before = col.get_card(card.id)
    grown = dataclasses.replace(fact, items=fact.items + tuple(Item(f"新{n}") for n in range(4)))
    later = [StoredFact(grown, T0, T0 + 50, T0 + 50)]
    output = tmp_path / "b.apkg"
    log = import_package(
        col, build_deck(later, config=DeckConfig(), title=TITLE, output=output).output
    )
    # The first group is the old note, updated in place; the second group is a new note
    # (the old cloze note is left alone: a list in groups is asked by them only).
    assert not log.conflicting and len(log.updated) == 1 and len(log.new) == 1
    (after,) = _cards(col, "subsystems", "list")
    assert (after.id, after.ivl, after.due) == (before.id, 9, before.due)
    assert "新1" not in _text(after.note()["Back"])
    assert _cards(col, "subsystems", "list#2")


# ------------------------------------------------------------------------------ no twins


def test_two_facts_with_one_subject_never_ask_the_same_question(tmp_path, col):
    facts = [
        _fact(
            "procs",
            "list",
            "node 运行的进程",
            items=(Item("kubelet", "pod启动、停止"), Item("kube-proxy", "通信和负载均衡")),
        ),
        _fact("kubelet-1", "definition", "kubelet", text="pod启动、停止"),
        _fact(
            "kubelet-2",
            "definition",
            "kubelet",
            text="集群管理的最重要的组件进程",
            section=(TITLE, "K8S"),
        ),
    ]
    import_package(col, _build(tmp_path, facts).output)
    first = _text(_cards(col, "kubelet-1", "definition")[0].question())
    second = _text(_cards(col, "kubelet-2", "definition")[0].question())
    assert first != second
    assert "node 运行的进程" in first
    _assert_one_answer_per_question(col)


def _assert_one_answer_per_question(col: Collection) -> None:
    answers: dict[str, str] = {}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        question = _text(re.sub(r'<div class="eg-footer">.*', "", card.question(), flags=re.S))
        answer = _cloze_answer(card) if card.note_type()["type"] == 1 else _text(card.answer())
        assert answers.setdefault(question, answer) == answer, question


# ------------------------------------------------------------------------------ giveaways


def test_a_sequence_title_never_shows_the_step_its_card_asks(tmp_path, col):
    fact = _fact(
        "route",
        "sequence",
        "云计算发展路线",
        items=("并行计算", "集群计算", "网络计算", "云计算"),
        section=(TITLE, "概念", "云计算技术基本原理"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    cards = _cards(col, "route", "sequence")
    # 云计算, the route's own subject, is shown, not asked (c42): no card blanks the title.
    assert [_cloze_answer(card) for card in cards] == ["并行计算", "集群计算", "网络计算"]
    assert all("云计算发展路线" in _text(card.question()) for card in cards)


def test_a_list_cloze_hides_its_member_wherever_the_card_repeats_it(tmp_path, col):
    fact = _fact(
        "trace",
        "list",
        "全链路监控 关键组件",
        items=(
            Item("TraceID", "识别用户一次请求,所有节点公用一个TraceID"),
            Item("SpanID", "正在处理用户请求的节点"),
            Item("ParentSpanID", "上一个节点的SpanID"),
        ),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    for card in _cards(col, "trace", "list-cloze"):
        answer = _cloze_answer(card)
        assert not _shows(_text(card.question()), answer), (answer, _text(card.question()))
    trace_card = _cards(col, "trace", "list-cloze")[0]
    assert "公用一个" in _text(trace_card.question())  # the gloss is still there


def test_a_latin_answer_is_hidden_as_a_word_not_inside_another(tmp_path, col):
    fact = _fact(
        "terms",
        "list",
        "Linux 相关术语",
        items=(Item("task", "cgroupfs 中的进程"), Item("cgroup", "以cgroup为单位的任务组")),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    card = _cards(col, "terms", "list-cloze")[1]
    question = _text(card.question())
    assert "cgroupfs 中的进程" in question and "以[...]为单位" in question


# ------------------------------------------------------------------------------ text


def test_markup_entities_and_glued_paragraphs_never_reach_a_card(tmp_path, col):
    fact = _fact(
        "special",
        "definition",
        "**特定场景调度**",
        text=(
            "`deployment`；每个node上只运行一个pod&nbsp;副本实例，"
            "见 [文档](https://k8s.io) 与 [[Pod|Pod 笔记]]"
        ),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (card,) = _cards(col, "special", "definition")[:1]
    answer = card.answer()
    for residue in ("**", "`", "&nbsp;", "](", "；", "[[", "|"):
        assert residue not in _text(answer), residue
    assert "特定场景调度" in _text(card.question())
    assert re.search(r"deployment<br>每个node", answer)
    assert "见 文档 与 Pod 笔记" in _text(answer)


def test_a_glued_gloss_shows_on_its_members_line_on_list_cards(tmp_path, col):
    member = Item("特定场景调度", "deployment；每个node上只运行一个pod副本实例")
    fact = _fact("sched", "list", "Pod 调度机制", items=(Item("全自动调度", "rc"), member))
    import_package(col, _build(tmp_path, [fact]).output)
    (basic,) = _cards(col, "sched", "list")
    cloze = _cards(col, "sched", "list-cloze")[0]
    # One line: a line each read as more members than the list's count (session 28).
    for rendered in (basic.answer(), cloze.question()):
        assert "deployment；每个node" in _text(rendered)
        assert not re.search(r"deployment<br>", rendered)


# ------------------------------------------------------------------------------ tables


def _table() -> Fact:
    return _fact(
        "engines",
        "table",
        "InnoDB 与 MyISAM 的比较",
        columns=("", "InnoDB", "MyISAM"),
        rows=(("事务", "支持", "不支持"), ("锁", "行级锁", "表级锁"), ("外键", "支持", "不支持")),
    )


def test_a_table_gives_one_card_per_row_asking_its_cells(tmp_path, col):
    report = _build(tmp_path, [_table()])
    assert (report.notes, report.cards) == (3, 3)
    import_package(col, report.output)
    (card,) = _cards(col, "engines", "table:锁")
    question, answer = _text(card.question()), _text(card.answer())
    assert "在“InnoDB 与 MyISAM 的比较”中" in question and "锁" in question
    assert "InnoDB：＿＿" in question and "MyISAM：＿＿" in question
    assert "行级锁" not in question and "表级锁" not in question
    assert "InnoDB：行级锁" in answer and "MyISAM：表级锁" in answer
    # "支持" is inside "不支持": both cells are asked, so neither is shown.
    (tx,) = _cards(col, "engines", "table:事务")
    assert "支持" not in _text(tx.question()).replace("InnoDB 与 MyISAM", "")


def test_editing_one_table_row_updates_only_its_note(tmp_path, col):
    import_package(col, _build(tmp_path, [_table()], name="a.apkg").output)
    table = _table()
    edited = dataclasses.replace(
        table, rows=(table.rows[2], ("锁", "行级锁（默认）", "表级锁"), table.rows[0])
    )
    later = [StoredFact(edited, T0, T0 + 9, T0 + 9)]
    first = _build(tmp_path, [_table()], name="a.apkg")
    second = build_deck(
        later,
        config=DeckConfig(),
        title=TITLE,
        output=tmp_path / "b.apkg",
        previous=first.manifest,
    )
    # Reordered rows keep their notes (no new ones); only the edited row's content changed.
    assert (second.new, second.changed, second.unchanged) == (0, 1, 2)
    log = import_package(col, second.output)
    assert not log.conflicting and not log.new
    assert "行级锁（默认）" in _text(_cards(col, "engines", "table:锁")[0].answer())


# ------------------------------------------------------------------------------ the sample


def test_every_card_of_the_sample_keeps_the_rules(workspace: Path, col: Collection) -> None:
    report = make_deck(load_config(workspace)).report
    import_package(col, report.output)
    _assert_one_answer_per_question(col)
    for nid in col.find_notes(""):
        # Cloze numbers are the store's, one per member (examgen.clozes): a member shown, not
        # asked ("cgroup" under the title "CGroups"), leaves its number unused.
        note = col.get_note(nid)
        ords = sorted(card.ord for card in note.cards())
        assert len(set(ords)) == len(ords)
        if note.note_type()["type"] == 1:  # cloze: numbered within its members
            members = note.fields[0].count("<li>") + note.fields[0].count("eg-arrow") + 1
            assert max(ords) < members
        else:
            assert ords == list(range(len(ords)))
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        question = _text(card.question())
        if card.note_type()["type"] == 1:  # cloze
            answer = _cloze_answer(card)
            assert _width(answer) <= MAX_DELETION_COLUMNS, answer
            assert not _shows(question, answer), (answer, question)
        else:
            back = card.note()["Back"]
            if "eg-items" in back:  # a list's or a table row's answer
                members = re.findall(r"<li>(.*?)(?:<span|</li>)", back)
                assert len(members) <= MAX_MEMBERS
                assert sum(_width(_text(m)) for m in members) <= MAX_ANSWER_COLUMNS
                if "eg-blank" in card.note()["Front"]:  # a group card: its answers are blank
                    assert not any(_shows(question, _text(m)) for m in members), question
        assert not re.search(r"\*\*|&[a-z]+;|`", question), question


def test_a_member_inside_another_member_is_hidden_there_too(tmp_path, col):
    fact = _fact("parts", "list", "Docker三要素", items=("Docker", "Docker Images", "Dockerfile"))
    report = _build(tmp_path, [fact])
    import_package(col, report.output)
    cards = _cards(col, "parts", "list-cloze")
    assert len(cards) == report.cards - 1 == 3
    first, second, _third = (_text(c.question()) for c in cards)
    assert _cloze_answer(cards[0]) == "Docker"
    assert "[...] Images" in first and "Dockerfile" in first  # a whole word only
    assert "Docker Images" not in second and "Docker" in second.replace("Docker三要素", "")
    assert _cloze_answer(cards[1]) == "Docker Images"


def test_a_row_over_the_budget_is_asked_in_groups_of_columns(tmp_path, col):
    columns = ("", *(f"Engine {n}" for n in range(1, 10)))
    fact = _fact(
        "wide",
        "table",
        "Storage engines",
        columns=columns,
        rows=(("Transactions", *(f"level {n}" for n in range(1, 10))),),
        lang="en",
        source="sources/en.md",
    )
    report = _build(tmp_path, [fact])
    import_package(col, report.output)
    first, second = (
        _cards(col, "wide", "table:transactions"),
        _cards(col, "wide", "table:transactions#2"),
    )
    asked = []
    for (card,) in (first, second):
        question = _text(card.question())
        assert "In “Storage engines”:" in question and "Transactions" in question
        cells = re.findall(r"level \d", _text(card.note()["Back"]))
        assert 0 < len(cells) <= MAX_MEMBERS and not any(c in question for c in cells)
        asked += cells
    assert sorted(asked) == [f"level {n}" for n in range(1, 10)]


# ------------------------------------------------------------------------------ review faults


def test_a_reverse_card_hides_a_latin_term_as_a_whole_word_only(tmp_path, col):
    fact = _fact(
        "on",
        "definition",
        "On",
        text="Static mode: no negotiation, the bundle is forced on",
        lang="en",
        source="sources/en.md",
    )
    import_package(col, _build(tmp_path, [fact]).output)
    _forward, reverse = _cards(col, "on", "definition")
    question = _text(reverse.question())
    assert "no negotiation, the bundle is forced ___" in question


def test_a_gloss_another_fact_also_says_gets_no_reverse_card(tmp_path, col):
    gloss = "负责本节点上的通信和负载均衡"
    facts = [
        _fact("proxy", "definition", "kube-proxy", text=gloss),
        _fact("procs", "list", "node 运行的进程", items=(Item("kube-proxy", gloss), "kubelet")),
        _fact("pod", "definition", "Pod", text="一组紧耦合的容器组合，共享网络"),
    ]
    import_package(col, _build(tmp_path, facts).output)
    assert len(_cards(col, "proxy", "definition")) == 1
    assert len(_cards(col, "pod", "definition")) == 2


def test_a_short_generic_gloss_gets_no_reverse_card(tmp_path, col):
    facts = [
        _fact("on", "definition", "On", text="No negotiation", lang="en", source="en.md"),
        _fact("cnm", "definition", "CNM", text="the network model docker ships with", lang="en"),
    ]
    import_package(col, _build(tmp_path, facts).output)
    assert len(_cards(col, "on", "definition")) == 1
    assert len(_cards(col, "cnm", "definition")) == 2


def test_a_reverse_card_shows_its_breadcrumb_on_the_question_side(tmp_path, col):
    fact = _fact(
        "pod",
        "definition",
        "Pod",
        text="一组紧耦合的容器组合，共享网络",
        section=(TITLE, "K8S", "Pod"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    _forward, reverse = _cards(col, "pod", "definition")
    question = _text(reverse.question())
    assert "PaaS复习 › K8S › ＿＿" in question and "Pod" not in question


def test_a_one_member_list_is_asked_like_a_definition(tmp_path, col):
    member = "maximise the log-likelihood instead"
    fact = _fact("mle", "list", "MLE", items=(member,), lang="en", source="en.md")
    report = _build(tmp_path, [fact])
    import_package(col, report.output)
    assert report.cards == 1
    (card,) = _cards(col, "mle", "list")
    question = _text(card.question())
    assert "MLE" in question and "Define this term" in question
    assert "item" not in question and member not in question
    assert member in _text(card.answer())


def test_a_card_asking_one_member_says_so_in_the_singular(tmp_path, col):
    long = "a sentence far too long to recall word for word, shown on the card as context only"
    fact = _fact("en", "list", "Docker features", items=("images", long), lang="en", source="e.md")
    import_package(col, _build(tmp_path, [fact]).output)
    (card,) = _cards(col, "en", "list")
    (cloze,) = _cards(col, "en", "list-cloze")
    assert "Fill in the blank" in _text(card.question())
    assert "(2 items)" in _text(cloze.question())
    for cid in col.find_cards(""):
        assert not re.search(r"\b1 (items|blanks)\b", _text(col.get_card(cid).question()))


def test_a_one_character_answer_seen_elsewhere_on_its_card_is_not_blanked(tmp_path, col):
    items = (
        Item("0", "由系统自行判断何时写入磁盘"),
        Item("1", "每次提交都将binlog写入磁盘"),
        Item("N", "每N个事务将binlog写入磁盘"),
    )
    fact = _fact("sync", "list", "sync_binlog 取值方式", items=items)
    import_package(col, _build(tmp_path, [fact]).output)
    cards = _cards(col, "sync", "list-cloze")
    assert [_cloze_answer(c) for c in cards] == ["0", "1"]
    for card in cards:
        assert not _shows(_text(card.question()), _cloze_answer(card))


def test_a_list_of_sentences_gets_only_the_card_asking_for_them_all(tmp_path, col):
    members = ("数据永远只会插入，没有更新与删除", "数据需要快速读取，快速聚合")
    fact = _fact("apm", "list", "APM 特点", items=members)
    report = _build(tmp_path, [fact])
    import_package(col, report.output)
    assert report.cards == 1 and not report.warnings
    (card,) = _cards(col, "apm", "list")
    assert "APM 的特点有哪些？" in _text(card.question())
    assert not any(m in _text(card.question()) for m in members)
    assert all(m in _text(card.answer()) for m in members)


def test_in_a_mixed_list_only_the_names_are_blanked(tmp_path, col):
    sentence = "the scheduler places each pod on a node that fits"
    fact = _fact(
        "k8s", "list", "Kubernetes components", items=("etcd", sentence), lang="en", source="e.md"
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (cloze,) = _cards(col, "k8s", "list-cloze")
    assert _cloze_answer(cloze) == "etcd" and sentence in _text(cloze.question())
