"""Open lists (``Fact.open``): members the notes give as examples, not all of them. Read from
small notes of our own; kept out of the id, printed by ``facts --json`` only when true, kept
by the store; questions (the ``open_list`` rule) and cards (through the real Anki backend) do
not treat them as closed sets."""

from __future__ import annotations

import json
import random
import re
import sqlite3
from pathlib import Path

from anki_import import import_package
from card_facts import build, learner_text
from click.testing import CliRunner
from notes_text import one

from examgen.cli import cli
from examgen.deck import note_guid
from examgen.model import ParseResult
from examgen.notes import parse_text
from examgen.questions.form import Ask
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.rules import ITEM_RULES
from examgen.store import FactStore

ZH_TAIL = "# 网络\n\n## 协议\n\n常见的协议有TCP、UDP、ICMP等。\n"
ZH_COUNTED = "# 网络\n\n## 协议\n\n常见的协议有TCP、UDP、ICMP等三种。\n"
ZH_LEAD = "# 网络\n\n## 安全\n\n安全措施包括但不限于：\n\n- 加密\n- 认证\n- 审计\n"
ZH_EXAMPLE_LEAD = "# 水果\n\n## 热带水果\n\n例如：\n\n- 芒果\n- 香蕉\n- 菠萝\n"
EN_ELLIPSIS = "# Net\n\n## Tools\n\nCommon tools include:\n\n- ping\n- traceroute\n- dig\n- ...\n"
EN_ETC = "# Net\n\n## Devices\n\n- Layer 2 devices: switches, bridges, hubs, etc.\n"
EN_CLOSED = "# Net\n\n## Layers\n\n- Transport protocols: TCP, UDP, SCTP.\n"


def test_members_followed_by_deng_make_an_open_list():
    fact = one(ZH_TAIL, "常见的协议", "list")
    assert [i.text for i in fact.items] == ["TCP", "UDP", "ICMP"] and fact.open


def test_deng_followed_by_a_count_closes_the_list():
    assert not one(ZH_COUNTED, "常见的协议", "list").open


def test_a_lead_in_saying_not_limited_to_opens_the_bullets_under_it():
    fact = next(f for f in parse_text(ZH_LEAD).facts if f.kind == "list")
    assert [i.text for i in fact.items] == ["加密", "认证", "审计"] and fact.open


def test_a_bare_for_example_lead_in_opens_the_bullets_after_it():
    fact = next(f for f in parse_text(ZH_EXAMPLE_LEAD).facts if f.kind == "list")
    assert [i.text for i in fact.items] == ["芒果", "香蕉", "菠萝"] and fact.open


def test_a_last_ellipsis_bullet_opens_the_list():
    fact = one(EN_ELLIPSIS, "Common tools", "list")
    assert [i.text for i in fact.items] == ["ping", "traceroute", "dig"] and fact.open


def test_a_last_etc_is_no_member_and_opens_the_list():
    fact = one(EN_ETC, "Layer 2 devices", "list")
    assert [i.text for i in fact.items] == ["switches", "bridges", "hubs"] and fact.open


def test_a_list_with_no_mark_stays_closed():
    assert not one(EN_CLOSED, "Transport protocols", "list").open


EN_EG_COUNTED = (
    "# Net\n\n## Model\n\n- Four layers, e.g. link, internet, transport, application.\n"
    "- Routing protocols, e.g. OSPF, BGP, RIP.\n"
)
EN_EG_SIBLING = (
    "# Net\n\n## Kinds\n\n- Protocols: e.g. TCP, UDP\n- The model has layers: link, internet\n"
)


def test_an_eg_left_on_the_first_member_is_taken_off():
    assert one(EN_EG_COUNTED, "layers", "list").items[0].text == "link"


def test_a_sentence_that_counts_its_members_stays_closed_despite_an_eg():
    assert not one(EN_EG_COUNTED, "layers", "list").open


def test_an_eg_in_one_bullet_does_not_open_the_list_of_the_bullets():
    assert not one(EN_EG_SIBLING, "Kinds", "list").open


def test_openness_is_no_part_of_the_id():
    closed = one(ZH_COUNTED, "常见的协议", "list")
    assert one(ZH_TAIL, "常见的协议", "list").id == closed.id


def test_facts_json_prints_open_only_when_true(tmp_path: Path):
    notes = tmp_path / "notes.md"
    notes.write_text(ZH_TAIL + "\n## 层\n\n网络层有三种协议：IP、ICMP、ARP。\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["facts", "--json", str(notes)])
    assert out.exit_code == 0, out.output
    printed = {fact["subject"]: fact for fact in json.loads(out.output)}
    assert printed["常见的协议"]["open"] is True
    assert "open" not in printed["网络层有三种协议"]


def test_the_store_keeps_a_lists_openness(tmp_path: Path):
    with FactStore.open(tmp_path / "facts.db") as store:
        store.sync(parse_text(ZH_TAIL), now=1000)
        kept = [s.fact for s in store.facts() if s.fact.kind == "list"]
    assert [f.open for f in kept] == [True]


def test_a_store_from_before_open_lists_opens_and_takes_them_in(tmp_path: Path):
    path = tmp_path / "facts.db"
    FactStore.open(path).close()
    with sqlite3.connect(path) as db:  # the store as the version before open lists left it
        db.execute("ALTER TABLE facts DROP COLUMN open")
        db.execute("DELETE FROM schema_migrations WHERE version = 12")
    with FactStore.open(path) as store:
        store.sync(ParseResult(facts=parse_text(ZH_TAIL).facts), now=1000)
        kept = [s.fact for s in store.facts() if s.fact.kind == "list"]
    assert [f.open for f in kept] == [True]


def test_a_list_that_becomes_open_is_a_changed_fact(tmp_path: Path):
    with FactStore.open(tmp_path / "facts.db") as store:
        store.sync(parse_text(ZH_COUNTED), now=1000)
        report = store.sync(parse_text(ZH_TAIL), now=2000)
    assert one(ZH_TAIL, "常见的协议", "list").id in report.changed


# ------------------------------------------------------------------ questions (open_list)

DRIP = (
    "# 园艺\n\n## 滴灌\n\n"
    "- 滴灌的优点：节水、省工、增产、防病等\n"
    "- 滴灌的缺点：易堵塞、成本高、盐分积累、限制根系\n"
)


def _open_list_verdicts(
    variety: str, subject: str = "滴灌的优点", truth: bool = True
) -> list[tuple[bool, str | None]]:
    """(truth, what open_list says) of each draft of ``variety`` asked of ``subject`` (a
    true/false one of the truth ``truth``)."""
    facts = list(parse_text(DRIP).facts)
    asked = next(f for f in facts if f.subject == subject)
    notes = index_notes(facts)
    built = [
        form.build(random.Random(seed), form.facts, Ask(asked.lang, 2, truth=truth))
        for forms in offers(notes, asked).forms.values()
        for form in forms
        if form.variety == variety
        for seed in range(8)
    ]
    assert built, variety
    return [(d.question.truth, ITEM_RULES["open_list"](d, notes)) for d in built]


def test_list_all_of_an_open_list_is_not_asked():
    assert all("all its members" in (why or "") for _, why in _open_list_verdicts("enumerate"))


def test_which_does_not_belong_to_an_open_list_is_not_asked():
    assert all("not in it" in (why or "") for _, why in _open_list_verdicts("not_belongs"))


def test_select_all_of_an_open_list_is_not_asked():
    assert all(why for _, why in _open_list_verdicts("select_members"))


def test_which_is_one_of_an_open_list_is_asked():
    assert {why for _, why in _open_list_verdicts("belongs")} == {None}


def test_a_false_claim_that_an_outsider_is_in_an_open_list_is_not_asked():
    verdicts = _open_list_verdicts("claim_member", truth=False)
    assert {(truth, "not in it" in (why or "")) for truth, why in verdicts} == {(False, True)}


def test_a_true_claim_that_a_member_is_in_an_open_list_is_asked():
    verdicts = _open_list_verdicts("claim_member", truth=True)
    assert set(verdicts) == {(True, None)}


def test_list_all_of_a_closed_list_is_left_to_the_other_rules():
    verdicts = _open_list_verdicts("enumerate", subject="滴灌的缺点")
    assert {why for _, why in verdicts} == {None}


# ---------------------------------------------------------------- cards (through Anki)

EN_CARDS = "# Net\n\n## Protocols\n\n- Routing protocols: OSPF, BGP, RIP, IS-IS, etc.\n"
ZH_CARDS = "# 网络\n\n## 协议\n\n- 路由协议：OSPF、BGP、RIP、IS-IS等\n"
ZH_CLOSED_CARDS = "# 网络\n\n## 协议\n\n- 传输协议：TCP、UDP、SCTP、QUIC\n"


def _card_texts(tmp_path: Path, col, notes: str, subject: str) -> list[str]:
    """What the learner reads on the fronts of the cards of the list ``subject`` of ``notes``
    (parsed, built into a deck and imported into a real Anki collection)."""
    facts = list(parse_text(notes, source="sources/notes.md").facts)
    import_package(col, build(tmp_path, facts).output)
    (fact,) = [f for f in facts if f.subject == subject and f.kind == "list"]
    nids = [
        nid
        for kind in ("list", "list-cloze")
        for nid in col.db.list("select id from notes where guid = ?", note_guid(fact.id, kind))
    ]
    return [learner_text(c.question()) for nid in nids for c in col.get_note(nid).cards()]


def test_an_open_lists_one_card_counts_nothing(tmp_path, col):
    fronts = _card_texts(tmp_path, col, EN_CARDS, "Routing protocols")
    assert len(fronts) == 1  # no cloze note: one blank among examples has no one answer
    assert not any(re.search(r"\d items?\b", front) for front in fronts)


def test_an_open_lists_basic_card_asks_for_the_notes_examples(tmp_path, col):
    fronts = _card_texts(tmp_path, col, EN_CARDS, "Routing protocols")
    assert any("do the notes give as examples?" in front for front in fronts)
    assert not any("What are the Routing protocols?" in front for front in fronts)


def test_a_chinese_open_lists_card_counts_nothing_and_asks_for_examples(tmp_path, col):
    fronts = _card_texts(tmp_path, col, ZH_CARDS, "路由协议")
    assert len(fronts) == 1  # no cloze note: one blank among examples has no one answer
    assert not any(re.search(r"\d项", front) for front in fronts)
    assert any("笔记举了哪些路由协议的例子？" in front for front in fronts)


def test_a_closed_lists_cards_still_count_its_members(tmp_path, col):
    fronts = _card_texts(tmp_path, col, ZH_CLOSED_CARDS, "传输协议")
    assert any("传输协议（4项）" in front for front in fronts)
