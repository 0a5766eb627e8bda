"""Incremental builds: an edit costs what it changes, and gives the bytes a full build gives.

A full build here is the same store's build with every output and cache deleted first, so
both see the same fact history (first seen, modified times); the deck's own one-pass
writer is covered in ``test_apkg.py``.
"""

from __future__ import annotations

import marshal
import shutil
from pathlib import Path

import pytest

from examgen.build import BuildReport, build_all, deck_work_copy
from examgen.config import load_config

CONTAINERS = """# Cloud notes

## Containers

### Basics

1. Container: a process isolated by namespaces and limited by cgroups
2. Image: a read-only template of layered files a container starts from
3. Registry: a service that stores and distributes container images

### Docker

- Docker advantages
  - fast start-up
  - small footprint
  - easy migration
- Docker disadvantages
  - weak isolation
  - shared kernel
"""

ORCHESTRATION = """# Cloud notes

## Orchestration

### Kubernetes

1. Pod: the smallest deployable unit, one or more containers sharing a network
2. Service: a stable address in front of a changing set of pods
3. Deployment: a controller that keeps a number of pod replicas running

- Kubernetes components
  - kubelet
  - kube-proxy
  - etcd
  - scheduler
"""

CONFIG = """[exam]
seed = 11

[exam.blueprint.single_choice]
count = 2
points = 2

[exam.blueprint.true_false]
count = 2
points = 1
"""


@pytest.fixture
def notes_workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "containers.md").write_text(CONTAINERS, encoding="utf-8")
    (root / "sources" / "orchestration.md").write_text(ORCHESTRATION, encoding="utf-8")
    (root / "examgen.toml").write_text(CONFIG, encoding="utf-8")
    return root


def edit(root: Path, old: str, new: str, name: str = "orchestration.md") -> None:
    path = root / "sources" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def outputs(root: Path) -> dict[str, bytes]:
    """Every file a build wrote for the user (not the store, not the caches)."""
    build = root / "build"
    return {
        p.name: p.read_bytes()
        for p in build.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix != ".sqlite"
    }


def full_build(root: Path) -> BuildReport:
    """The same store's build from nothing: outputs and caches deleted."""
    build = root / "build"
    for path in build.iterdir():
        if path.is_file() and path.suffix != ".sqlite":
            path.unlink()
    shutil.rmtree(build / ".cache", ignore_errors=True)
    return build_all(load_config(root))


def test_an_edit_build_gives_the_bytes_of_a_full_build(notes_workspace):
    build_all(load_config(notes_workspace))
    edit(notes_workspace, "a stable address", "a stable virtual address")
    edited = build_all(load_config(notes_workspace))
    assert edited.deck.report is not None and edited.deck.report.changed >= 1
    incremental = outputs(notes_workspace)
    assert any(name.endswith(".apkg") for name in incremental)
    assert any(name.endswith(".pdf") for name in incremental)

    full_build(notes_workspace)
    assert outputs(notes_workspace) == incremental


def test_an_edit_words_the_notes_of_the_changed_fact_only(notes_workspace):
    first = build_all(load_config(notes_workspace))
    assert first.deck.report is not None
    assert first.deck.report.worded == len(first.sync.new) > 0
    edit(notes_workspace, "- etcd", "- etcd store")
    edited = build_all(load_config(notes_workspace))
    assert edited.deck.report is not None
    assert edited.sync.changed and len(edited.sync.changed) == 1
    assert edited.deck.report.worded == 1


def test_a_damaged_notes_cache_words_every_fact_again_with_the_same_bytes(notes_workspace):
    config = load_config(notes_workspace)
    first = build_all(config)
    assert first.deck.report is not None
    cache = deck_work_copy(config, first.deck.report.output)
    kept = cache.with_name(cache.name + ".cards")
    assert kept.exists()
    kept.write_bytes(b"\x00nonsense")
    edit(notes_workspace, "weak isolation", "weaker isolation", name="containers.md")
    edited = build_all(config)
    assert edited.deck.report is not None
    assert edited.deck.report.worded == first.deck.report.worded
    incremental = outputs(notes_workspace)

    full_build(notes_workspace)
    assert outputs(notes_workspace) == incremental


def test_kept_notes_of_another_examgen_are_not_used(notes_workspace):
    config = load_config(notes_workspace)
    first = build_all(config)
    assert first.deck.report is not None
    cache = deck_work_copy(config, first.deck.report.output)
    kept = cache.with_name(cache.name + ".cards")
    salt, *kept_parts = marshal.loads(kept.read_bytes())
    # Another version's salt: the same fact inputs, but wording code that may differ.
    kept.write_bytes(marshal.dumps(("0" + salt, *kept_parts)))
    edit(notes_workspace, "- etcd", "- etcd store")
    edited = build_all(config)
    assert edited.deck.report is not None
    assert edited.deck.report.worded == first.deck.report.worded


def test_the_facts_just_synced_read_back_as_the_store_holds_them(notes_workspace):
    from examgen.notes import parse_paths
    from examgen.store import FactStore

    config = load_config(notes_workspace)
    build_all(config)
    # A fact retired, one changed, one new: the store holds active and retired facts.
    edit(notes_workspace, "3. Deployment: a controller", "3. ReplicaSet: a controller")
    edit(notes_workspace, "- etcd", "- etcd store")
    result = parse_paths(config.source_paths, root=config.root)
    with FactStore.open(config.db_path) as store:
        store.sync(result)
        read = store.facts()
        assert any(s.retired for s in read)
        assert store.facts(known=result.facts) == read


def test_a_change_to_any_module_of_the_package_rewords_kept_notes(tmp_path: Path) -> None:
    """A card module no list names (a new one, or one added after the list was written)
    still changes the salt, so notes worded by older code are not kept."""
    import examgen
    from examgen.notecache import _salt

    package = tmp_path / "examgen"
    shutil.copytree(Path(examgen.__file__).parent, package)
    before = _salt(package)
    helper = package / "card_hiders.py"
    helper.write_text(helper.read_text(encoding="utf-8") + "\n# reworded\n", encoding="utf-8")
    assert _salt(package) != before
