"""Cards of session 16 (issues 9 and 10): what a list card asks, what it gives away, and
how much of a long list a group card shows; each read off cards the real Anki backend
renders from a small deck of facts written here.
"""

from __future__ import annotations

import re

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from card_facts import TITLE
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import learner_text as _text

from examgen.card_budget import GROUP_CONTEXT, GROUP_MEMBERS
from examgen.deck import note_guid
from examgen.model import Fact, Item


def _notes(col: Collection, fact_id: str, kind: str):
    """The notes of a fact whose card kind is ``kind`` or a group of it (``kind#2``…)."""
    found = []
    for number in range(1, 100):
        guid = note_guid(fact_id, kind if number == 1 else f"{kind}#{number}")
        nids = col.db.list("select id from notes where guid = ?", guid)
        if not nids:
            break
        found.append(col.get_note(nids[0]))
    assert found, f"no {kind} note for {fact_id}"
    return found


def _question(col: Collection, fact_id: str, kind: str = "list") -> str:
    (note,) = _notes(col, fact_id, kind)
    (card,) = note.cards()
    return _text(card.question())


# ------------------------------------------------------------------ group cards (issue 10)


def _members(n: int) -> tuple[str, ...]:
    return tuple(f"member{k:03d} word" for k in range(1, n + 1))


def test_a_group_card_shows_its_blanks_and_a_bounded_window_of_the_other_members(tmp_path, col):
    members = _members(40)
    import_package(
        col, _build(tmp_path, [_fact("long", "list", "Long parts", items=members)]).output
    )
    notes = _notes(col, "long", "list")
    assert len(notes) == 8  # 40 members, five a card
    asked = []
    for note in notes:
        (card,) = note.cards()
        question = _text(card.question())
        shown = [m for m in members if m in question]
        wanted = [m for m in members if m in _text(note["Back"])]
        assert len(wanted) <= GROUP_MEMBERS
        assert question.count("＿＿") + question.count("___") == len(wanted)
        # The others on the front are a few neighbours of the blanks, not the whole list.
        assert 0 < len(shown) <= GROUP_CONTEXT
        assert not set(shown) & set(wanted)
        asked += wanted
    assert sorted(asked) == sorted(members)


def test_a_group_card_marks_the_members_it_leaves_out(tmp_path, col):
    members = _members(20)
    import_package(
        col, _build(tmp_path, [_fact("long", "list", "Long parts", items=members)]).output
    )
    first = _notes(col, "long", "list")[0]
    (card,) = first.cards()
    question = _text(card.question())
    # Members 1-5 are blank, 6-11 are given as cues, the rest is left out after an ellipsis.
    assert "member006 word" in question and "member011 word" in question
    assert "member012 word" not in question
    assert "member011 word …" in question


def test_a_group_cards_front_does_not_grow_with_its_list(tmp_path, col):
    short, long = _members(20), _members(200)
    facts = [
        _fact("short", "list", "Short parts", items=short),
        _fact("long", "list", "Long parts", items=long, line=30),
    ]
    import_package(col, _build(tmp_path, facts).output)
    widest = {
        fact_id: max(len(note.fields[0]) for note in _notes(col, fact_id, "list"))
        for fact_id in ("short", "long")
    }
    assert widest["long"] <= widest["short"] + 40  # ten times the members, same card


# ------------------------------------------------------------------ the relation (issue 9)


def _list_question(tmp_path, col, fact: Fact, *others: Fact) -> str:
    import_package(col, _build(tmp_path, [fact, *others]).output)
    return _question(col, fact.id)


def test_a_bare_relation_word_asks_the_relation_of_its_heading(tmp_path, col):
    fact = _fact(
        "variants",
        "list",
        "Variants",
        items=("SGD", "momentum", "AdaGrad"),
        section=(TITLE, "Optimisation", "Gradient descent"),
    )
    assert "What are the variants of Gradient descent?" in _list_question(tmp_path, col, fact)


def test_a_lead_in_that_names_the_parts_asks_for_the_components(tmp_path, col):
    fact = _fact("bridge", "list", "Bridge contains", items=("Bridge priority", "MAC Address"))
    assert "What are the components of Bridge?" in _list_question(tmp_path, col, fact)


def test_a_chinese_lead_in_with_a_relation_word_asks_that_relation(tmp_path, col):
    fact = _fact("diff", "list", "存储引擎 其他区别有", items=("聚簇索引", "非聚簇索引"), lang="zh")
    assert "存储引擎的其他区别有哪些？" in _list_question(tmp_path, col, fact)


def test_a_facet_of_a_subject_asks_its_kinds_by_that_facet(tmp_path, col):
    fact = _fact(
        "locks", "list", "InnoDB中的锁（按模式）", items=("写锁", "读锁", "意向锁"), lang="zh"
    )
    assert "InnoDB中的锁（按模式）有哪几种？" in _list_question(tmp_path, col, fact)


def test_members_named_after_a_latin_subject_are_its_kinds_in_chinese_notes(tmp_path, col):
    members = ("insert undo log", "delete undo log", "update undo log")
    fact = _fact("undo", "list", "undo log", items=members, lang="zh")
    assert "undo log有哪几种？" in _list_question(tmp_path, col, fact)


def test_a_task_named_by_a_gerund_asks_for_its_ways(tmp_path, col):
    fact = _fact("root", "list", "Changing root election", items=("Manually", "Use a macro"))
    assert "What are the ways of changing root election?" in _list_question(tmp_path, col, fact)


def test_a_heading_that_names_the_relation_of_its_list_gives_it(tmp_path, col):
    fact = _fact(
        "pod", "list", "Pod", items=("共享存储", "共享网络"), lang="zh", section=(TITLE, "Pod 特点")
    )
    assert "Pod 的特点有哪些？" in _list_question(tmp_path, col, fact)


def test_a_list_naming_no_relation_is_explained_and_names_its_parent_list(tmp_path, col):
    parent = _fact("parts", "list", "核心组件", items=("master", "node"), lang="zh")
    fact = _fact("node", "list", "node", items=("工作节点", "动态增减"), lang="zh", line=5)
    question = _list_question(tmp_path, col, fact, parent)
    assert question.startswith("解释这个概念 node（核心组件）")
    assert "哪几点" not in question and "要点" not in question


def test_a_list_naming_no_relation_is_explained_with_its_heading_when_it_has_no_parent(
    tmp_path, col
):
    fact = _fact(
        "lacp",
        "list",
        "LACP",
        items=("Standard IEEE", "Active/Passive"),
        section=(TITLE, "Negotiation Protocols"),
    )
    question = _list_question(tmp_path, col, fact)
    assert question.startswith("Explain this LACP (Negotiation Protocols)")
    assert "points" not in question


# ------------------------------------------------------------------ giveaways (issue 9)


def _reverse_cards(col: Collection, fact_id: str):
    (note,) = _notes(col, fact_id, "definition")
    return [c for c in note.cards() if c.ord == 1]


def test_an_expansion_of_an_acronym_gets_no_reverse_card(tmp_path, col):
    facts = [
        _fact(
            "bpdu", "definition", "BPDUs", text="Bridge Protocol Data Units sent between switches"
        ),
        _fact(
            "cri",
            "definition",
            "CRI",
            text="container runtime interf / 容器运行时接口,可集成",
            lang="zh",
        ),
        _fact("pod", "definition", "Pod", text="the smallest unit that Kubernetes schedules"),
    ]
    import_package(col, _build(tmp_path, facts).output)
    assert _reverse_cards(col, "bpdu") == [] and _reverse_cards(col, "cri") == []
    assert len(_reverse_cards(col, "pod")) == 1  # a text that is no expansion keeps it


def test_a_terms_initials_are_hidden_on_its_reverse_card(tmp_path, col):
    text = "A backup for an RP; when the RP goes down the AP receiving the best BPDU takes over"
    import_package(
        col, _build(tmp_path, [_fact("ap", "definition", "Alternate Port", text=text)]).output
    )
    (card,) = _reverse_cards(col, "ap")
    question = _text(card.question())
    assert not re.search(r"\bAP\b", question)
    assert "the ___ receiving the best BPDU" in question and "an RP" in question


def test_a_text_naming_the_terms_synonyms_gets_no_reverse_card(tmp_path, col):
    text = "又称辅助索引、二级索引，也是一个B+树，但叶子节点存放的是主键值"
    fact = _fact("sec", "definition", "非聚簇索引", text=text, lang="zh")
    import_package(col, _build(tmp_path, [fact]).output)
    assert _reverse_cards(col, "sec") == []


def test_a_list_number_left_on_a_term_is_neither_shown_nor_left_unhidden(tmp_path, col):
    text = "数据列不能重复，可以为null，一个表允许创建多个唯一索引"
    fact = _fact("uniq", "definition", "6. 唯一索引", text=text, lang="zh")
    import_package(col, _build(tmp_path, [fact]).output)
    (note,) = _notes(col, "uniq", "definition")
    forward, reverse = sorted(note.cards(), key=lambda c: c.ord)
    assert "6." not in _text(forward.question()) and "唯一索引" in _text(forward.question())
    assert "唯一索引" not in _text(reverse.question())
    assert "允许创建多个＿＿" in _text(reverse.question())


def test_a_term_that_is_a_member_of_a_list_is_asked_with_its_list(tmp_path, col):
    parent = _fact(
        "ns",
        "list",
        "命名空间六种隔离",
        items=(Item("IPC", "隔离进程间通信"), Item("PID")),
        lang="zh",
    )
    fact = _fact("ipc", "definition", "IPC", text="隔离进程间通信", lang="zh", line=6)
    import_package(col, _build(tmp_path, [parent, fact]).output)
    (note,) = _notes(col, "ipc", "definition")
    forward = min(note.cards(), key=lambda c: c.ord)
    assert "解释这个概念 IPC（命名空间六种隔离）" in _text(forward.question())


def test_a_bare_relation_word_defined_under_a_heading_is_asked_with_that_heading(tmp_path, col):
    fact = _fact(
        "problem",
        "definition",
        "Problem",
        text="the probability needs to be between 0 and 1",
        section=(TITLE, "Logistic Regression"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (note,) = _notes(col, "problem", "definition")
    forward = min(note.cards(), key=lambda c: c.ord)
    # Since session 19 an aspect is named as whose it is, and explained (not "defined").
    assert "Explain this The problem of Logistic Regression" in _text(forward.question())
