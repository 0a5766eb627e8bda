"""Cards of session 19, round 2 (issue 9): the weak cards of the fresh reading rvc19. Each
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
from examgen.model import Fact
from examgen.notes import parse_text


def _zh(id: str, kind: str, subject: str, **kwargs) -> Fact:
    return _fact(id, kind, subject, lang="zh", **kwargs)


def _cards(col: Collection, fact_id: str, kind: str):
    (nid,) = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return col.get_note(nid).cards()


def _fronts(col: Collection, fact_id: str, kind: str) -> list[str]:
    return [_text(card.question()) for card in _cards(col, fact_id, kind)]


def _backs(col: Collection, fact_id: str, kind: str) -> list[str]:
    return [_text(card.answer()) for card in _cards(col, fact_id, kind)]


# ---------------------------------------------------------------- 1. the relation

DREAMS = """\
# Sleep

## dreaming

Dreams are vivid. Some parts of the garden that are watered during spring include:
- Rose bed - flowers
- Herb patch - cooking
- Lawn - play
"""


def test_a_lead_in_inside_a_paragraph_names_the_list(tmp_path, col):
    facts = parse_text(DREAMS, source="sources/notes.md").facts
    (fact,) = [f for f in facts if f.kind == "list"]
    assert fact.label == "Some parts of the garden that are watered during spring include"
    import_package(col, _build(tmp_path, facts).output)
    (front,) = _fronts(col, fact.id, "list")
    assert "What are the parts of the garden that are watered during spring?" in front
    assert "points" not in front.lower()


def test_members_that_all_end_in_a_relation_word_name_the_relation(tmp_path, col):
    fact = _zh("d1", "list", "团队", items=("沟通能力", "编码能力", "测试能力"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "d1", "list")
    assert "团队的能力有哪些？" in front
    assert "哪几点" not in front


def test_a_list_that_names_conditions_is_not_renamed_by_its_lead_in(tmp_path, col):
    fact = _zh(
        "d2", "list", "行锁", items=("必须使用索引", "必须精确匹配"), label="对语句有如下要求"
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "d2", "list")
    assert "行锁的条件有哪些？" in front


# ---------------------------------------------------------------- 2. the parent


def test_a_list_from_another_chapter_is_not_a_terms_parent(tmp_path, col):
    far = _fact(
        "p1",
        "list",
        "signalling messages",
        items=("Hello", "Ping", "Knock"),
        section=("Timers", "Port states"),
    )
    knock = _fact(
        "p2",
        "list",
        "Knock",
        items=("Vendor", "Always", "Ask/Wait"),
        section=("Bundles", "Bundle Negotiation Protocols"),
    )
    import_package(col, _build(tmp_path, [far, knock]).output)
    (front,) = _fronts(col, "p2", "list")
    assert "(Bundle Negotiation Protocols)" in front
    assert "signalling" not in front


def test_a_list_in_the_same_chapter_stays_a_terms_parent(tmp_path, col):
    near = _fact(
        "p3",
        "list",
        "core components",
        items=("node", "pod", "service"),
        section=(TITLE, "Overview"),
    )
    node = _fact(
        "p4",
        "list",
        "node",
        items=("kubelet", "kube-proxy"),
        section=(TITLE, "node"),
    )
    import_package(col, _build(tmp_path, [near, node]).output)
    (front,) = _fronts(col, "p4", "list")
    assert "(core components)" in front


# ---------------------------------------------------------------- 3. giveaways

GRADES = ("低階Grade", "第一等級", "第二等級", "第三等級", "AB等級", "高階Grade", "第四等級")


def test_an_ordinal_series_is_not_blanked_where_its_neighbours_show(tmp_path, col):
    fact = _zh("o1", "list", "Grade類型", items=GRADES)
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "o1", "list-cloze")
    assert len(fronts) == 1  # AB等級 alone; 第一…第四 follow from their neighbours
    assert "第三等級" in fronts[0]


def test_an_ordinal_series_is_still_recalled_whole(tmp_path, col):
    fact = _zh("o2", "list", "Grade類型", items=GRADES)
    import_package(col, _build(tmp_path, [fact]).output)
    (back,) = _backs(col, "o2", "list")
    assert all(grade in back for grade in ("第一等級", "第四等級", "AB等級"))


def test_group_headers_are_not_counted_as_members(tmp_path, col):
    fact = _zh("o3", "list", "Grade類型", items=GRADES)
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "o3", "list-cloze")
    assert "（5項）" in front


def test_a_heading_holding_an_answer_is_cut_from_the_breadcrumb_not_blanked(tmp_path, col):
    fact = _fact(
        "b1",
        "sequence",
        "Sketch to Print flow",
        items=("Sketch", "Proof", "Print"),
        section=(TITLE, "Studio", "Sketch to Print flow"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    cards = _cards(col, "b1", "sequence")
    # Sketch and Print, which the route's own name says, are shown, not asked (c42).
    assert len(cards) == 1
    for card in cards:
        front, back = _text(card.question()), _text(card.answer())
        assert "Notes › Studio" in front and "Notes › Studio" in back
        assert "＿＿" not in front + back


def test_a_term_whose_text_says_its_kind_and_its_words_gets_no_reverse_card(tmp_path, col):
    fact = _zh("r1", "definition", "模块拆分原则", text="遵循领域边界的原则进行拆分")
    import_package(col, _build(tmp_path, [fact]).output)
    assert len(_fronts(col, "r1", "definition")) == 1


def test_a_named_principle_whose_text_does_not_say_principle_keeps_its_reverse_card(tmp_path, col):
    fact = _zh("r2", "definition", "开闭原则", text="对扩展开放，对修改关闭，软件实体应当如此")
    import_package(col, _build(tmp_path, [fact]).output)
    assert len(_fronts(col, "r2", "definition")) == 2


# ---------------------------------------------------------------- 4. claims


def test_a_short_judgement_after_a_comma_is_shown_not_blanked(tmp_path, col):
    fact = _zh("c1", "list", "方案A 特点", items=("系统自带", "命令行支持", "插件化,灵活度不高"))
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "c1", "list-cloze")
    assert len(fronts) == 2
    assert all("插件化,灵活度不高" in f for f in fronts)


def test_a_verb_led_account_is_shown_not_blanked(tmp_path, col):
    fact = _zh(
        "c2",
        "list",
        "容器组 特点",
        items=("紧耦合的容器", "共享存储", "采用标签来建立服务和容器组之间的关系"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = _fronts(col, "c2", "list-cloze")
    assert len(fronts) == 2
    assert all("采用标签来建立服务和容器组之间的关系" in f for f in fronts)


def test_a_bare_condition_is_not_blanked(tmp_path, col):
    fact = _fact(
        "c3", "list", "visibility checks", items=("if id < low", "if id > high", "snapshot")
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "c3", "list-cloze")
    assert "if id < low" in front and "if id > high" in front
