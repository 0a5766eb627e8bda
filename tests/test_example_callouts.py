"""Facts read from a callout know its kind (``Fact.container``), and an example box (Obsidian
``> [!example]``, mkdocs ``!!! example``, a quote, an exercise) tells a case: its anecdote
is kept as a fact but neither asked on a paper nor made into a card. Small notes of our own,
read through the parser; decks imported by the real Anki backend."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection  # noqa: F401
from anki_import import import_package
from card_facts import T0, TITLE
from click.testing import CliRunner
from notes_text import one

from examgen.cli import cli
from examgen.config import DeckConfig, ExamConfig
from examgen.deck import build_deck, note_guid
from examgen.model import ParseResult, StoredFact
from examgen.notes import parse_text
from examgen.questions import explain_unusable, make_exam
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.store import FactStore

_DEFINED = """# Memory

## Consolidation

**Consolidation** turns short-term memories into long-term ones during sleep.

**Rehearsal** is repeating an item over and over to keep it in working memory.

**Interference** is the loss of a memory to others learned before or after it.

**Encoding** is the first step of turning what is perceived into a memory.

**Retrieval** is bringing a stored memory back into awareness when it is needed.

**Priming** is an earlier stimulus making a later related response faster.

**Chunking** is grouping items into larger units so that more fit in working memory.

**Decay** is the fading of a memory trace that is not used over time.
"""
_ANECDOTE = "Night shift: a nurse forgot every new name after a sleepless day."
_CASE = "Dr. Reyes's Blank Hour"
OBSIDIAN = f"{_DEFINED}\n> [!example] {_CASE}\n> {_ANECDOTE}\n"
MKDOCS = f'{_DEFINED}\n!!! example "{_CASE}"\n    {_ANECDOTE}\n'
NOTE_BOX = f"{_DEFINED}\n> [!note] Sleep spindles\n> Bursts of activity in stage 2 sleep.\n"
LIST_BOX = """# Sleep

## Drugs

Stimulant drugs:

- caffeine
- modafinil
- nicotine
- amphetamine

> [!example] Dr. Reyes's ward
> Sedative drugs:
> - melatonin
> - zolpidem
> - trazodone
> - doxepin
"""
SEEDS = range(2461, 2491)


def _case(text: str):
    return one(text, _CASE)


# ---------------------------------------------------------------- the kind, read and kept


def test_an_obsidian_example_callouts_fact_carries_the_example_kind():
    assert _case(OBSIDIAN).container == "example"


def test_an_mkdocs_example_admonitions_fact_carries_the_example_kind():
    assert _case(MKDOCS).container == "example"


def test_a_fact_outside_every_callout_carries_no_container():
    assert one(OBSIDIAN, "Consolidation").container == ""


def test_a_callout_kinds_alias_is_stored_as_the_kind_it_stands_for():
    cite = "# Sleep\n\n## Rest\n\n> [!cite] Kleitman\n> Sleep: a periodic state of rest.\n"
    hint = '# Sleep\n\n## Rest\n\n!!! Hint "Naps"\n    Nap: a short sleep taken by day.\n'
    assert (one(cite, "Kleitman").container, one(hint, "Naps").container) == ("quote", "tip")


def test_a_details_block_is_a_container_of_its_own_kind_until_it_closes():
    notes = (
        "# Sleep\n\n## Stages\n\n<details><summary>Spindles</summary>\n\n"
        "Bursts of activity in stage 2 sleep.\n\n</details>\n\n"
        "**REM sleep** is the stage of rapid eye movements and vivid dreams.\n"
    )
    kinds = (one(notes, "Spindles").container, one(notes, "REM sleep").container)
    assert kinds == ("details", "")


def test_a_callout_inside_a_callout_gives_its_facts_the_inner_kind():
    notes = (
        "# Sleep\n\n## Stages\n\n> [!note] Stage 2\n> Stage 2: light sleep with spindles.\n>\n"
        "> > [!example] A long night\n> > Night owl: someone who sleeps from 3 am to noon.\n"
    )
    kinds = (one(notes, "Stage 2").container, one(notes, "A long night").container)
    assert kinds == ("note", "example")


def test_a_quote_opened_by_def_is_read_in_place_and_is_no_container():
    notes = "# DB\n\n## 功能相依\n\n> Def\n> : 給定一個關聯R，屬性X決定屬性Y。\n"
    assert one(notes, "功能相依").container == ""


def test_the_container_is_no_part_of_the_id():
    loose = f"{_DEFINED}\n**{_CASE}**: {_ANECDOTE}\n"
    assert _case(OBSIDIAN).id == one(loose, _CASE).id


def test_facts_json_prints_the_container_only_inside_one(tmp_path: Path):
    notes = tmp_path / "notes.md"
    notes.write_text(OBSIDIAN, encoding="utf-8")
    out = CliRunner().invoke(cli, ["facts", "--json", str(notes)])
    assert out.exit_code == 0, out.output
    printed = {fact["subject"]: fact for fact in json.loads(out.output)}
    assert printed[_CASE]["container"] == "example"
    assert "container" not in printed["Consolidation"]


def test_the_store_keeps_the_container(tmp_path: Path):
    with FactStore.open(tmp_path / "facts.db") as store:
        store.sync(parse_text(OBSIDIAN), now=1000)
        kept = {s.fact.subject: s.fact.container for s in store.facts()}
    assert kept[_CASE] == "example" and kept["Consolidation"] == ""


def test_a_store_from_before_containers_opens_and_takes_them_in(tmp_path: Path):
    path = tmp_path / "facts.db"
    FactStore.open(path).close()
    with sqlite3.connect(path) as db:  # the store as the version before containers left it
        db.execute("ALTER TABLE facts DROP COLUMN container")
        db.execute("DELETE FROM schema_migrations WHERE version = 13")
    with FactStore.open(path) as store:
        store.sync(ParseResult(facts=parse_text(OBSIDIAN).facts), now=1000)
        kept = {s.fact.subject: s.fact.container for s in store.facts()}
    assert kept[_CASE] == "example"


def test_a_definition_moved_into_an_example_box_is_a_changed_fact(tmp_path: Path):
    loose = f"{_DEFINED}\n**{_CASE}**: {_ANECDOTE}\n"
    with FactStore.open(tmp_path / "facts.db") as store:
        store.sync(parse_text(loose), now=1000)
        report = store.sync(parse_text(OBSIDIAN), now=2000)
    assert _case(OBSIDIAN).id in report.changed


# ---------------------------------------------------------------- questions


def test_an_anecdote_in_an_example_box_offers_no_question():
    facts = parse_text(OBSIDIAN).facts
    offered = offers(index_notes(facts), _case(OBSIDIAN))
    assert not offered.forms and "kind `example`" in offered.reasons["*"]


def test_a_definition_in_a_note_box_is_still_asked():
    facts = parse_text(NOTE_BOX).facts
    assert offers(index_notes(facts), one(NOTE_BOX, "Sleep spindles")).forms


def test_a_list_in_an_example_box_offers_no_question_either():
    facts = parse_text(LIST_BOX).facts
    (listed,) = [f for f in facts if f.kind == "list" and f.container]
    assert not offers(index_notes(facts), listed).forms


def test_no_paper_asks_an_example_boxs_anecdote_or_offers_its_texts():
    facts = parse_text(MKDOCS).facts
    case = _case(MKDOCS)
    shown = []
    for seed in SEEDS:
        for question in make_exam(facts, ExamConfig(), seed=seed)[0].questions:
            assert case.id not in question.facts
            shown += [option.text for option in question.options] + list(question.stems)
    assert shown and not any("Blank Hour" in t or "Night shift" in t for t in shown)


def test_check_notes_an_example_boxs_anecdote_as_skipped_saying_why():
    found = [d for d in explain_unusable(parse_text(OBSIDIAN).facts) if "Blank Hour" in d.message]
    assert [d.severity for d in found] == ["skipped"] and "kind `example`" in found[0].message


# ---------------------------------------------------------------- cards


def test_the_deck_makes_no_card_of_an_example_boxs_anecdote(tmp_path: Path, col):
    facts = parse_text(OBSIDIAN).facts
    stored = [StoredFact(f, T0, T0, T0 + i) for i, f in enumerate(facts)]
    report = build_deck(stored, config=DeckConfig(), title=TITLE, output=tmp_path / "d.apkg")
    import_package(col, report.output)
    guids = set(col.db.list("select guid from notes"))
    assert note_guid(_case(OBSIDIAN).id, "definition") not in guids
    assert note_guid(one(OBSIDIAN, "Consolidation").id, "definition") in guids
