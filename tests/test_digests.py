"""The cache keys a build keeps for the next one (examgen.digests)."""

from __future__ import annotations

import sys
from dataclasses import fields, replace

import pytest

from examgen.digests import digest, fact_values
from examgen.model import Fact, Item

BASE = Fact(
    id="f1",
    kind="list",
    subject="进程状态",
    text="",
    items=(Item("就绪", "等待CPU"), Item("运行")),
    section=("操作系统", "进程"),
    source="os.md",
    line=3,
)

# A value of each field's type that differs from BASE's.
CHANGED = {
    "id": "f2",
    "kind": "sequence",
    "subject": "进程状态s",
    "text": "x",
    "items": (Item("就绪", "等待CPU"), Item("运行", "")),
    "section": ("操作系统",),
    "source": "os2.md",
    "line": 4,
    "lang": "en",
    "images": ("a.png",),
    "columns": ("", "A"),
    "rows": (("a", "b"),),
    "tags": ("单选",),
    "label": "",
    "parent": "x",
    "open": True,
    "container": "note",
}


def test_every_field_of_a_fact_is_named_by_its_changes():
    assert set(CHANGED) == {f.name for f in fields(Fact)}


@pytest.mark.parametrize("name", sorted(CHANGED))
def test_a_change_to_any_field_of_a_fact_changes_its_digest(name):
    changed = replace(BASE, **{name: CHANGED[name]})
    assert digest(fact_values(changed)) != digest(fact_values(BASE))


def test_equal_values_give_one_digest_whether_shared_or_interned():
    # Strings read from a database are fresh objects, never interned; the same words in
    # code are interned and a fact may hold one string object twice. Keys must not tell
    # them apart, or a build would miss the last one's cache.
    once = "".join(["conf", "ig"])
    again = "".join(["conf", "ig"])
    assert digest((once, once)) == digest((once, again))
    assert digest((sys.intern("list"), "x")) == digest(("".join(["li", "st"]), "x"))


def test_a_value_of_another_type_is_refused_rather_than_left_out():
    with pytest.raises(ValueError):
        digest((BASE,))
