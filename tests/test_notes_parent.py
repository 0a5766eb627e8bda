"""A nested fact's parent item (``Fact.parent``): read from small notes of our own, kept out
of the id, printed by ``facts --json`` only when present, kept by the store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner
from notes_text import one

from examgen.cli import cli
from examgen.model import ParseResult
from examgen.notes import parse_text
from examgen.notes.draft import normalize_subject
from examgen.notes.identity import fact_id
from examgen.store import FactStore

NESTED = (
    "# 门禁\n\n## 开门方式\n\n"
    "- 开门的凭据：\n"
    "  - 记住的东西: 密码, 口令\n"
    "  - 身体的特征:\n"
    "    - 外表特征：面容、身高\n"
    "    - 动作特征：步态、手势\n"
)


def test_a_list_under_a_list_item_names_that_item_as_its_parent():
    assert one(NESTED, "身体的特征", "list").parent == "开门的凭据"


def test_a_list_directly_under_a_heading_has_no_parent():
    assert one(NESTED, "开门的凭据", "list").parent is None


def test_a_list_two_levels_down_names_the_item_right_above_it():
    assert one(NESTED, "外表特征", "list").parent == "身体的特征"


def test_a_member_defined_on_its_own_names_the_item_its_list_hangs_under():
    assert one(NESTED, "记住的东西", "definition").parent == "开门的凭据"


def test_a_list_under_a_label_paragraph_has_no_parent():
    text = (
        "# 门禁\n\n## 开门方式\n\n身体的特征：\n\n- 外表特征：面容、身高\n- 动作特征：步态、手势\n"
    )
    assert one(text, "外表特征", "list").parent is None


def test_the_parent_is_no_part_of_the_id():
    nested = one(NESTED, "身体的特征", "list")
    assert nested.parent and nested.id == fact_id(normalize_subject("身体的特征"))


def test_facts_json_prints_the_parent_only_when_there_is_one(tmp_path: Path):
    notes = tmp_path / "gate.md"
    notes.write_text(NESTED, encoding="utf-8")
    out = CliRunner().invoke(cli, ["facts", "--json", str(notes)])
    assert out.exit_code == 0, out.output
    printed = {fact["subject"]: fact for fact in json.loads(out.output)}
    assert printed["身体的特征"]["parent"] == "开门的凭据"
    assert "parent" not in printed["开门的凭据"]


def test_the_store_keeps_a_facts_parent(tmp_path: Path):
    with FactStore.open(tmp_path / "facts.db") as store:
        store.sync(parse_text(NESTED), now=1000)
        kept = {s.fact.subject: s.fact for s in store.facts()}
    assert kept["身体的特征"].parent == "开门的凭据"


def test_a_store_from_before_parents_opens_and_takes_them_in(tmp_path: Path):
    path = tmp_path / "facts.db"
    facts = parse_text(NESTED).facts
    FactStore.open(path).close()
    with sqlite3.connect(path) as db:  # the store as the version before parents left it
        db.execute("ALTER TABLE facts DROP COLUMN parent")
        db.execute("DELETE FROM schema_migrations WHERE version = 11")
    with FactStore.open(path) as store:
        store.sync(ParseResult(facts=facts), now=1000)
        kept = {s.fact.subject: s.fact for s in store.facts()}
    assert kept["外表特征"].parent == "身体的特征"


def test_a_fact_that_gains_a_parent_is_a_changed_fact(tmp_path: Path):
    flat = "# 门禁\n\n## 开门方式\n\n- 外表特征：面容、身高\n- 动作特征：步态、手势\n"
    assert one(flat, "外表特征", "list").parent is None
    with FactStore.open(tmp_path / "facts.db") as store:
        store.sync(parse_text(flat), now=1000)
        report = store.sync(parse_text(NESTED), now=2000)
    assert one(flat, "外表特征", "list").id in report.changed
