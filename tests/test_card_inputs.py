"""The note cache's inputs (``examgen.card_inputs``): what a fact alone gives is kept with
the survey's parts, what the survey answers is asked anew each build, so a change in any
file reaches the notes of a fact in a file that did not change."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from test_incremental import edit, full_build, outputs

from examgen.build import build_all
from examgen.card_inputs import NoteInputs
from examgen.card_survey import SurveyParts, survey
from examgen.config import load_config
from examgen.notes import parse_paths

LISTS = """# Database notes

## Keys

### Basics

1. Index: a structure that speeds up lookups

- Key kinds
  - Candidate key
  - Surrogate key: a key the database makes up
- Join kinds
  - Inner join
  - Outer join
"""

MORE = """# Database notes

## Storage

### Pages

1. Page: a fixed-size block of a table's rows
2. Candidate key: a column that could identify each row
"""


def notes(tmp_path: Path) -> Path:
    (tmp_path / "examgen.toml").write_text("", encoding="utf-8")
    root = tmp_path / "sources"
    root.mkdir()
    (root / "keys.md").write_text(LISTS, encoding="utf-8")
    (root / "storage.md").write_text(MORE, encoding="utf-8")
    return tmp_path


def every_input(facts, parts: SurveyParts) -> list[tuple]:
    plan = survey(facts, parts)
    made = NoteInputs(plan, parts)
    return [
        made.inputs(i, fact, reverse=False, images="", context="", source="")
        for i, fact in enumerate(facts)
    ]


def test_the_inputs_from_kept_queries_are_those_made_anew(tmp_path):
    workspace = notes(tmp_path)
    facts = parse_paths([workspace / "sources"], root=workspace).facts
    first = SurveyParts()
    fresh = every_input(facts, first)
    kept = marshal.loads(marshal.dumps((first.used, first.used_queries)))
    again = SurveyParts(*kept)
    assert every_input(facts, again) == fresh
    # Each fact's queries are the very ones kept: none was made again.
    assert again.used_queries.keys() == kept[1].keys()
    assert all(
        used is queries
        for key, file_queries in kept[1].items()
        for used, queries in zip(again.used_queries[key], file_queries, strict=True)
    )


def test_a_text_another_file_comes_to_say_takes_the_kept_definitions_reverse_card(tmp_path):
    workspace = notes(tmp_path)
    config = load_config(workspace)
    first = build_all(config)
    assert first.deck.report is not None
    # Another file says the index's text of another term: keys.md is unchanged, but the
    # text no longer tells its term apart, so the index's card is asked one way only.
    edit(
        workspace,
        "2. Candidate key:",
        "2. Lookup table: a structure that speeds up lookups\n3. Candidate key:",
        name="storage.md",
    )
    edited = build_all(config)
    assert edited.deck.report is not None and edited.deck.report.surveyed == 1
    assert edited.deck.report.cards < first.deck.report.cards + 2
    incremental = outputs(workspace)

    full_build(workspace)
    assert outputs(workspace) == incremental


GLUED = """# 数据库笔记

## 索引

### 类型

1. 普通索引：最基本的索引，加快查询；全文索引：用于文本搜索
2. 主键：唯一识别每一行的列
"""


def test_a_name_glued_onto_a_definition_that_the_notes_come_to_define_cuts_its_kept_card(
    tmp_path,
):
    (tmp_path / "examgen.toml").write_text("", encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "index.md").write_text(GLUED, encoding="utf-8")
    config = load_config(tmp_path)
    build_all(config)
    # The glued-on name gets its own definition: the first one's card now ends before it,
    # though the first fact itself did not change.
    edit(tmp_path, "2. 主键", "2. 全文索引：按词查找文本的索引\n3. 主键", name="index.md")
    edited = build_all(config)
    assert edited.deck.report is not None and edited.deck.report.worded >= 2
    incremental = outputs(tmp_path)

    full_build(tmp_path)
    assert outputs(tmp_path) == incremental


ALIAS = """# Sleep notes

## Parasomnias

### Kinds

1. Confusional arousals: aka sleep drunkenness
2. Sleep terrors: sudden arousal with screaming and fear
"""

OTHER = """# Sleep notes

## Terms

### Older names

1. Night terrors: a name of sudden arousal in children
"""


@pytest.mark.parametrize(
    "alias",
    ["aka sleep drunkenness", "aka sleep drunkenness (see the figure)"],
    ids=["plain", "pointing-to-a-figure"],
)
def test_another_name_two_facts_of_another_file_come_to_say_takes_the_kept_way_back(
    tmp_path, alias
):
    (tmp_path / "examgen.toml").write_text("", encoding="utf-8")
    (tmp_path / "sources").mkdir()
    kinds = ALIAS.replace("aka sleep drunkenness", alias)
    (tmp_path / "sources" / "kinds.md").write_text(kinds, encoding="utf-8")
    (tmp_path / "sources" / "terms.md").write_text(OTHER, encoding="utf-8")
    config = load_config(tmp_path)
    first = build_all(config)
    assert first.deck.report is not None
    # Two facts of terms.md come to say the other name: kinds.md is unchanged, but "sleep
    # drunkenness" no longer names one term, so the alias is asked one way only.
    edit(
        tmp_path,
        "1. Night terrors:",
        "1. Drowsy state: sleep drunkenness\n2. Half waking: sleep drunkenness\n3. Night terrors:",
        name="terms.md",
    )
    edited = build_all(config)
    assert edited.deck.report is not None and edited.deck.report.surveyed == 1
    incremental = outputs(tmp_path)

    full_build(tmp_path)
    assert outputs(tmp_path) == incremental
