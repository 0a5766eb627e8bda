"""The store's parse cache: a file whose bytes did not change is read back from the store, as
marshal bytes, and gives exactly the drafts (so the facts) of parsing it again."""

from __future__ import annotations

import json
import marshal
from pathlib import Path

from examgen.notes import parse_paths
from examgen.store import FactStore

# One file with every part a draft keeps: headings, a glossed list, an open list, a
# sequence, a table, an image, tags, a pin, a callout, a hanging list, a definition.
SHAPES = """# Study notes

## Shapes #exam

- Kubernetes components
  - kubelet（节点代理）
  - kube-proxy
  - etc.

Deploy steps: build → push → roll out

| Name | Role |
|---|---|
| Pod | the smallest unit |
| Service | a stable address |

![diagram](img/arch.png)

> [!example] Example
> A pod holds two containers.

1. Container: a process isolated by namespaces
2. Image: a read-only template

Registry: a service that stores images {#registry}
"""

OTHER = """# Study notes

## Second

- Docker advantages
  - fast start-up
  - small footprint
"""


def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text(SHAPES, encoding="utf-8")
    (folder / "b.md").write_text(OTHER, encoding="utf-8")
    return folder


def parse(folder: Path, store: FactStore):
    return parse_paths([folder], root=folder.parent, cache=store)


def test_a_file_read_back_from_the_parse_cache_gives_the_facts_of_parsing_it(tmp_path):
    folder = notes(tmp_path)
    store = FactStore.open(":memory:")
    parsed = parse(folder, store)
    cached = parse(folder, store)
    assert parsed.parsed == 2 and cached.parsed == 0
    assert len(parsed.facts) >= 5
    assert cached.facts == parsed.facts
    assert cached.diagnostics == parsed.diagnostics
    assert cached.facts == parse_paths([folder], root=folder.parent).facts


def test_the_parse_cache_keeps_a_file_as_marshal_bytes_not_json_text(tmp_path):
    folder = notes(tmp_path)
    store = FactStore.open(":memory:")
    source = parse(folder, store).sources[0]
    payload = store.cached_parse(source.path, source.content_hash, source.parse_key)
    assert isinstance(payload, bytes)
    places, drafts, _diagnostics = marshal.loads(payload)
    assert len(places) < len(drafts)  # the drafts under one heading share its place


def test_a_parse_cached_as_json_text_by_an_older_examgen_is_parsed_again(tmp_path):
    folder = notes(tmp_path)
    store = FactStore.open(":memory:")
    first = parse(folder, store)
    # As an examgen before the marshal cache left it, under the same key.
    store._db.execute("UPDATE sources SET facts = ?", (json.dumps({"drafts": []}),))
    again = parse(folder, store)
    assert again.parsed == 2 and again.facts == first.facts


def test_facts_read_with_the_known_facts_read_each_distinct_cloze_order_once(tmp_path, monkeypatch):
    import examgen.store as store_module

    folder = tmp_path / "notes"
    folder.mkdir()
    lists = "".join(
        f"## Part {n}\n\n- Group {n}\n  - alpha {n}\n  - beta {n}\n  - gamma {n}\n\n"
        for n in range(12)
    )
    (folder / "a.md").write_text(f"# Notes\n\n{lists}", encoding="utf-8")
    store = FactStore.open(":memory:")
    result = parse(folder, store)
    store.sync(result)
    from_rows = store.facts()
    read: list[str] = []
    real = store_module.cloze_order
    monkeypatch.setattr(store_module, "cloze_order", lambda text: read.append(text) or real(text))
    assert store.facts(known=result.facts) == from_rows
    assert sum(1 for s in from_rows if s.cloze_numbers) >= 12
    assert len(read) == len(set(read))  # "1,2,3", shared by the twelve lists, read once
