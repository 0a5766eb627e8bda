"""Cards of session 19 (issue 9): traditional decks, lead-in labels, relation words taken
as terms, structure blanked as members, giveaways across scripts. Each read off cards the
real Anki backend renders from a small deck of facts written here.
"""

from __future__ import annotations

import sqlite3

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from card_facts import TITLE
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import learner_text as _text

from examgen.deck import note_guid
from examgen.model import Fact, ParseResult
from examgen.notes import parse_text
from examgen.store import MIGRATIONS, SCHEMA_VERSION, FactStore


def _zh(id: str, kind: str, subject: str, **kwargs) -> Fact:
    return _fact(id, kind, subject, lang="zh", **kwargs)


def _guids(col: Collection) -> set[str]:
    return set(col.db.list("select guid from notes"))


def _fronts(col: Collection, fact_id: str, kind: str) -> list[str]:
    (nid,) = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return [_text(card.question()) for card in col.get_note(nid).cards()]


# Traditional notes: a list of normal forms, written the way a Taiwanese course writes them.
NORMAL_FORMS = ("第一正規化", "第二正規化", "第三正規化")
TRADITIONAL = (
    _zh("t1", "definition", "功能相依", text="一個屬性的值決定另一個屬性的值的關係"),
    _zh("t2", "list", "Normalization類型", items=NORMAL_FORMS),
)


# ---------------------------------------------------------------- traditional decks


def test_a_traditional_deck_asks_its_list_in_traditional_characters(tmp_path, col):
    import_package(col, _build(tmp_path, TRADITIONAL).output)
    (front,) = _fronts(col, "t2", "list")
    assert "Normalization類型有哪些？" in front
    assert "共3項" in front


def test_a_traditional_deck_asks_for_a_definition_in_traditional_characters(tmp_path, col):
    import_package(col, _build(tmp_path, TRADITIONAL).output)
    front, back_to_front = _fronts(col, "t1", "definition")
    assert "解釋這個概念" in front
    assert "這說的是哪個概念？" in back_to_front


def test_a_traditional_relation_word_names_the_relation(tmp_path, col):
    fact = _zh(
        "t3", "list", "Functional Dependency 相依型態", items=("完全功能相依", "部份功能相依")
    )
    import_package(col, _build(tmp_path, [*TRADITIONAL, fact]).output)
    (front,) = _fronts(col, "t3", "list")
    assert "Functional Dependency 的相依型態有哪些？" in front


def test_a_lead_in_asking_what_must_hold_asks_for_the_conditions(tmp_path, col):
    fact = _zh("t4", "list", "第二正規化需要滿足", items=("符合1NF", "無部份相依"))
    import_package(col, _build(tmp_path, [*TRADITIONAL, fact]).output)
    (front,) = _fronts(col, "t4", "list")
    assert "第二正規化的條件有哪些？" in front


def test_a_simplified_deck_keeps_its_simplified_wording(tmp_path, col):
    fact = _zh("s1", "list", "索引类型", items=("主键索引", "唯一索引"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "s1", "list")
    assert "索引类型有哪些？" in front
    assert "共2项" in front


# ---------------------------------------------------------------- lead-in labels

REGION = """\
# Switching

## MST

* A region is a group of switches that operate in the same way:
    * same number of instances
    * same VLAN mappings
"""

INSOMNIA = """\
# Sleep

## insomnia

Chronic insomnia is a dissatisfaction with sleep. This is frequently accompanied by
- Difficulty falling asleep
- Staying asleep
- Early morning awakening
"""


def _parsed_list(text: str) -> Fact:
    (fact,) = [f for f in parse_text(text, source="sources/notes.md").facts if f.kind == "list"]
    return fact


def test_a_list_named_in_a_lead_in_sentence_keeps_the_sentence_as_its_label():
    fact = _parsed_list(REGION)
    assert fact.subject == "region"
    assert fact.label == "A region is a group of switches that operate in the same way"
    assert fact.to_json()["label"] == fact.label


def test_a_fact_without_a_lead_in_prints_no_label_in_its_json():
    fact = _fact("p1", "list", "STP Timers", items=("Hello", "Max Age"))
    assert fact.label is None
    assert "label" not in fact.to_json()


def test_a_sentence_left_open_for_a_heading_list_is_its_label():
    fact = _parsed_list(INSOMNIA)
    assert fact.subject == "insomnia"
    assert fact.label == "This is frequently accompanied by"


def test_a_list_card_asks_by_its_lead_in_when_its_subject_names_no_relation(tmp_path, col):
    import_package(col, _build(tmp_path, [_parsed_list(REGION)]).output)
    (front,) = _fronts(col, _parsed_list(REGION).id, "list")
    # The lead-in names no plural for "list them" (c31): the card explains the sentence.
    assert "Explain this A region is a group of switches that operate in the same way" in front
    assert "list them" not in front
    assert "points" not in front


def test_a_lead_in_opening_with_a_pronoun_asks_with_the_subject(tmp_path, col):
    fact = _parsed_list(INSOMNIA)
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, fact.id, "list")
    assert "insomnia is frequently accompanied by: list them." in front


MVCC = """\
# 数据库

## MVCC

InnoDB使用MVCC来解决幻读问题。MVCC实现依赖于：隐藏字段、undo log和read view。
"""


def test_a_chinese_lead_in_ending_in_its_verb_asks_which(tmp_path, col):
    fact = _parsed_list(MVCC)
    assert fact.label == "MVCC实现依赖于"
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, fact.id, "list")
    assert "MVCC实现依赖于哪些？" in front


def test_a_subject_that_names_its_relation_is_asked_by_it_not_by_the_label(tmp_path, col):
    fact = _fact("p2", "list", "STP Timers", items=("Hello", "Max Age"), label="There are timers")
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "p2", "list")
    assert "What are the STP Timers?" in front


def test_the_store_keeps_a_facts_label(tmp_path):
    fact = _parsed_list(REGION)
    with FactStore.open(tmp_path / "facts.sqlite") as store:
        store.sync(ParseResult(facts=(fact,)), now=1000)
    with FactStore.open(tmp_path / "facts.sqlite") as store:
        assert store.get(fact.id).fact.label == fact.label


def test_a_database_from_before_labels_opens_and_its_facts_have_none(tmp_path):
    path = tmp_path / "facts.sqlite"
    fact = _fact("p3", "list", "STP Timers", items=("Hello", "Max Age"))
    with FactStore.open(path) as store:
        store.sync(ParseResult(facts=(fact,)), now=1000)
    # Made as the examgen before labels made it: no label column, no migration of it.
    (version,) = [m.version for m in MIGRATIONS if m.name == "add_fact_label"]
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE facts DROP COLUMN label")
        db.execute("DELETE FROM schema_migrations WHERE version = ?", (version,))
    db.close()
    with FactStore.open(path) as store:
        assert store.get("p3").fact == fact
        assert store.schema_version == SCHEMA_VERSION


# ---------------------------------------------------------------- aspects and abbreviations


def _cards(col: Collection, fact_id: str, kind: str) -> list[str]:
    return _fronts(col, fact_id, kind)


def test_a_relation_word_defined_under_a_heading_gets_no_reverse_card(tmp_path, col):
    fact = _fact(
        "g1",
        "definition",
        "Goal",
        text="prevent loops in the Data Plane of a switched network",
        section=(TITLE, "STP"),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _cards(col, "g1", "definition")  # no "Which term is this? … → Goal"
    assert "The goal of STP" in front


def test_a_term_and_its_aspect_is_asked_as_that_aspect_not_as_a_term(tmp_path, col):
    fact = _zh("a1", "definition", "索引优点", text="大大加快数据的检索速度，减少磁盘读取次数")
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _cards(col, "a1", "definition")
    assert "说明这一点 索引的优点" in front
    assert "解释这个概念" not in front


def test_a_term_glossed_by_its_abbreviation_asks_for_the_abbreviation(tmp_path, col):
    fact = _fact("s5", "definition", "Serotonin", text="5-HT", section=(TITLE, "neurotransmitters"))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _cards(col, "s5", "definition")
    assert "Give its abbreviation Serotonin" in front
    assert "Define this term" not in front


# ---------------------------------------------------------------- structure is not a member

TYPES = _zh(
    "n1",
    "list",
    "Normalization类型",
    # Two ordinals only: three would be an ordinal series, not blanked (test_cards_c20).
    items=("低阶Normalization", "第一范式", "BC范式", "高阶Normalization", "第四范式"),
)


def _cloze_fronts(col: Collection, fact_id: str) -> list[str]:
    return _fronts(col, fact_id, "list-cloze")


def test_a_group_header_flattened_into_a_list_is_shown_not_blanked(tmp_path, col):
    import_package(col, _build(tmp_path, [TYPES]).output)
    fronts = _cloze_fronts(col, "n1")
    assert len(fronts) == 3  # 第一范式, BC范式, 第四范式
    assert all("低阶Normalization" in f and "高阶Normalization" in f for f in fronts)


def test_members_that_are_the_subjects_kinds_are_all_asked(tmp_path, col):
    fact = _zh("k1", "list", "全自动调度", items=("定向调度", "亲和性调度", "污点调度"))
    import_package(col, _build(tmp_path, [fact]).output)
    assert len(_cloze_fronts(col, "k1")) == 3


def test_a_list_of_facets_gets_no_card(tmp_path, col):
    facets = ("从数据结构角度", "从物理存储角度", "从字段个数角度")
    fact = _zh("f1", "list", "索引类型", items=facets)
    kinds = _zh("f2", "list", "索引类型（从数据结构角度）", items=("B+树索引", "哈希索引"))
    report = _build(tmp_path, [fact, kinds])
    import_package(col, report.output)
    assert not col.db.list("select id from notes where guid = ?", note_guid("f1", "list"))
    assert any("facets" in w.message for w in report.warnings)


def test_a_claim_among_sentences_is_not_blanked(tmp_path, col):
    fact = _zh(
        "c1",
        "list",
        "Functional Dependency",
        items=(
            "X->Y在R中成立，不代表Y->X也成立",
            "FD是一对一的关系",
            "若X为主键，则R中其它属性必功能相依于X",
        ),
    )
    report = _build(tmp_path, [fact])
    import_package(col, report.output)
    (front,) = _fronts(col, "c1", "list")  # one card asks for them all, no cloze note
    assert "＿＿" not in front
    assert not col.db.list("select id from notes where guid = ?", note_guid("c1", "list-cloze"))


def test_a_list_whose_members_say_what_must_hold_asks_for_the_conditions(tmp_path, col):
    fact = _zh(
        "c3",
        "list",
        "第三正規化",
        items=("符合2NF", "每一個Non Key Attribute皆與PK無遞移相依"),
        section=(TITLE, "第三正規化, Third Normal Form"),
    )
    import_package(col, _build(tmp_path, [*TRADITIONAL, fact]).output)
    (front,) = _fronts(col, "c3", "list")
    assert "第三正規化的條件有哪些？" in front


def test_a_short_step_told_among_sentences_is_not_blanked(tmp_path, col):
    fact = _fact(
        "q1",
        "sequence",
        "Reaction to a topology change",
        items=(
            "SW2 loses its root port and starts sending its own BPDUs to SW4",
            "SW4 sees these BPDUs as inferior and ignores them for a while",
            "SW3 ages out the old information and moves its port to listening",
            "SW2 will do the same",
        ),
    )
    import_package(
        col, _build(tmp_path, [fact, _fact("d1", "definition", "BPDU", text="a frame")]).output
    )
    # Every step is told: nothing to blank, so no cloze note asks "which sentence is missing".
    assert not col.db.list("select id from notes where guid = ?", note_guid("q1", "sequence"))


def test_a_name_among_sentence_steps_is_still_blanked(tmp_path, col):
    fact = _fact(
        "q2",
        "sequence",
        "Election",
        items=(
            "every switch claims to be the root and sends its BPDUs",
            "the switch with the lowest bridge ID wins",
            "Root port",
        ),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "q2", "sequence")
    assert "[...]" in front
    assert "Root port" not in front


# ---------------------------------------------------------------- giveaways across scripts


def test_a_title_naming_an_answer_in_the_other_script_hides_that_name(tmp_path, col):
    pair = _zh("p9", "definition", "正規化(Normalization)", text="對表格做分割的動作")
    fact = _zh(
        "q9", "sequence", "ER Model 正規化過程", items=("ER Model", "Relation", "Normalization")
    )
    import_package(col, _build(tmp_path, [pair, fact]).output)
    fronts = _fronts(col, "q9", "sequence")
    (asking,) = [f for f in fronts if "Relation→[...]" in f]  # the card asking Normalization
    assert "ER Model [...]過程" in asking
    assert all("正規化過程" in f for f in fronts if f != asking)
