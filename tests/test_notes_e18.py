"""Note shapes of session 16 round 2 (issue 8, helper e18): one small note of our own per
shape, and what it gives (or that it gives nothing)."""

from __future__ import annotations

from examgen.notes import parse_text


def facts(text: str) -> list:
    return list(parse_text(text).facts)


def one(text: str, subject: str, kind: str):
    found = [f for f in facts(text) if f.subject == subject and f.kind == kind]
    assert len(found) == 1, [(f.kind, f.subject) for f in facts(text)]
    return found[0]


def members(fact) -> list[str]:
    return [item.text for item in fact.items]


OUTLINE = """# Network review

+ Concepts of VLAN
  + Access port: carries one VLAN
  + Trunk port: carries many VLANs
+ Definition of spanning tree: a protocol that removes loops
"""


def test_an_outline_label_naming_the_concepts_of_a_name_lists_what_that_name_has():
    assert members(one(OUTLINE, "VLAN", "list")) == ["Access port", "Trunk port"]


def test_an_outline_label_naming_the_definition_of_a_name_defines_that_name():
    assert one(OUTLINE, "spanning tree", "definition").text.startswith("a protocol")


def test_a_label_over_concepts_of_several_things_keeps_its_words():
    note = "# Review\n\n+ Concepts and difference of A, B and C\n  + A: one\n  + B: two\n"
    subjects = [f.subject for f in facts(note) if f.kind == "list"]
    assert subjects == ["Concepts and difference of A, B and C"]
