"""Shared fixtures: the repository's paths, a temporary workspace, an in-memory store."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from examgen.store import FactStore

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "tests" / "fixtures" / "seed.txt"


@pytest.fixture
def repo_root() -> Path:
    """The repository root (the sample workspace)."""
    return REPO


@pytest.fixture
def seed_path() -> Path:
    """The real sample notes, as copied from the web page (plain text)."""
    return SEED


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary workspace holding a copy of the sample ``sources/``; the cwd is set to it."""
    root = tmp_path / "ws"
    root.mkdir()
    shutil.copytree(REPO / "sources", root / "sources")
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def memory_store() -> Iterator[FactStore]:
    """A fresh fact store in memory."""
    store = FactStore.open(":memory:")
    yield store
    store.close()


@pytest.fixture
def col(tmp_path: Path):
    """An empty Anki collection (the real backend), closed after the test."""
    from anki.collection import Collection

    collection = Collection(str(tmp_path / "collection.anki2"))
    yield collection
    collection.close()
