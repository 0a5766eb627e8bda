"""The deck's survey in an edit: each notes file's part is kept between builds, so an edit
surveys only the files it changed, and the survey (and the deck) are a full build's."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from test_incremental import edit, full_build, outputs

from examgen.build import build_all, deck_work_copy
from examgen.card_survey import SurveyParts, survey
from examgen.config import load_config
from examgen.notes import parse_paths

# A notes file in traditional characters, with a name in both scripts, and an English
# definition whose subject and text the other file also has (a twin, a shared text).
TRADITIONAL = """# 資料庫筆記

## 正規化

### 範式

- 正規化(Normalization)的三個範式
  - 第一範式：每個欄位都是不可再分的值
  - 第二範式：消除部分函數依賴

1. 主鍵：唯一識別每一列資料的欄位
2. Index：a structure that speeds up lookups
"""

ENGLISH = """# Database notes

## Keys

### Basics

1. Primary key: the column that uniquely identifies each row
2. Index: a structure that speeds up lookups

- Key kinds
  - Candidate key: a column that could be the primary key
  - Surrogate key: a column that uniquely identifies each row
"""


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    root = tmp_path / "sources"
    root.mkdir()
    (root / "zh.md").write_text(TRADITIONAL, encoding="utf-8")
    (root / "en.md").write_text(ENGLISH, encoding="utf-8")
    return root


def facts_of(root: Path):
    return parse_paths([root], root=root).facts


def kept_parts(facts) -> SurveyParts:
    """The parts a build kept, as the next build reads them back."""
    first = SurveyParts()
    survey(facts, first)
    return SurveyParts(marshal.loads(marshal.dumps(first.used)))


def test_a_survey_from_the_last_builds_parts_equals_a_full_survey(notes):
    parts = kept_parts(facts_of(notes))
    (notes / "en.md").write_text(
        ENGLISH.replace("speeds up lookups", "keeps a sorted copy of some columns"),
        encoding="utf-8",
    )
    edited = facts_of(notes)
    full = survey(edited)
    assert survey(edited, parts) == full
    assert parts.surveyed == 1
    # The kept file's part met a changed neighbour: the shared text is shared no more.
    assert "a structure that speeds up lookups" not in full.shared
    assert full.languages["zh.md"] == "zh-Hant" and full.translations["zh.md"]
    assert len(full.qualifiers) == 2


def test_a_survey_from_kept_parts_sees_a_text_that_becomes_shared(notes):
    (notes / "en.md").write_text(ENGLISH.replace("speeds up lookups", "is sorted"), "utf-8")
    parts = kept_parts(facts_of(notes))
    (notes / "en.md").write_text(ENGLISH, encoding="utf-8")
    edited = facts_of(notes)
    assert survey(edited, parts) == survey(edited)
    assert "a structure that speeds up lookups" in survey(edited).shared


@pytest.fixture
def workspace(tmp_path: Path, notes: Path) -> Path:
    (tmp_path / "examgen.toml").write_text("", encoding="utf-8")
    return tmp_path


def test_an_edit_surveys_the_changed_file_only(workspace):
    first = build_all(load_config(workspace))
    assert first.deck.report is not None and first.deck.report.surveyed == 2
    edit(workspace, "speeds up lookups", "speeds up searches", name="en.md")
    edited = build_all(load_config(workspace))
    assert edited.deck.report is not None and edited.deck.report.surveyed == 1


def test_a_damaged_survey_cache_surveys_every_file_with_a_full_builds_bytes(workspace):
    config = load_config(workspace)
    first = build_all(config)
    assert first.deck.report is not None
    cache = deck_work_copy(config, first.deck.report.output)
    kept = cache.with_name(cache.name + ".cards")
    assert kept.exists()
    kept.write_bytes(b"\x00not marshal")
    edit(workspace, "speeds up lookups", "speeds up searches", name="en.md")
    edited = build_all(config)
    assert edited.deck.report is not None and edited.deck.report.surveyed == 2
    incremental = outputs(workspace)

    full_build(workspace)
    assert outputs(workspace) == incremental
