"""Table facts and the author's tags: read from notes, kept in the store, read back whole."""

from __future__ import annotations

from examgen.model import Fact
from examgen.notes import parse_text
from examgen.store import MIGRATIONS, FactStore

GRID = """\
# Storage

## Engines

| | InnoDB | MyISAM |
|---|---|---|
| transactions | yes | no |
| locking | row | table |

- journaling (单选): writing changes to a log first
"""


def parsed() -> tuple[Fact, ...]:
    return parse_text(GRID, source="sources/storage.md").facts


def test_a_table_fact_keeps_its_columns_and_rows_in_the_store(memory_store: FactStore) -> None:
    memory_store.sync(parse_text(GRID, source="sources/storage.md"), now=1000)
    table = next(s.fact for s in memory_store.facts() if s.fact.kind == "table")
    assert table.columns == ("", "InnoDB", "MyISAM")
    assert table.rows == (("transactions", "yes", "no"), ("locking", "row", "table"))
    assert table == next(f for f in parsed() if f.kind == "table")


def test_the_authors_tags_are_kept_in_the_store(memory_store: FactStore) -> None:
    memory_store.sync(parse_text(GRID, source="sources/storage.md"), now=1000)
    stored = next(s.fact for s in memory_store.facts() if s.fact.subject == "journaling")
    assert stored.tags == ("单选",)


def test_a_changed_cell_is_a_change_of_that_fact(memory_store: FactStore) -> None:
    memory_store.sync(parse_text(GRID, source="sources/storage.md"), now=1000)
    edited = GRID.replace("| row |", "| page |")
    report = memory_store.sync(parse_text(edited, source="sources/storage.md"), now=2000)
    table = next(f for f in parsed() if f.kind == "table")
    assert report.changed == (table.id,)


def test_table_cells_come_with_a_named_migration() -> None:
    assert any(m.name == "add_table_cells_and_tags" for m in MIGRATIONS)
