"""A single choice left with one wrong option breaks `two_wrong_options` (a property test
found one: the kin rules had turned the other wrong options down)."""

from __future__ import annotations

from examgen.model import Option, Question
from examgen.questions.form import Draft
from examgen.questions.index import index_notes
from examgen.questions.rules import two_wrong_options


def _single(*options: tuple[str, bool]) -> Draft:
    question = Question(
        type="single_choice",
        prompt="下列选项中，属于“资源限制”的是哪一项？",
        points=2,
        facts=("l1",),
        source="notes.md:1",
        options=tuple(Option(text, correct) for text, correct in options),
    )
    return Draft(question, "belongs")


def test_a_single_choice_with_one_wrong_option_breaks_the_rule():
    assert two_wrong_options(_single(("cgroup", True), ("Kafka", False)), index_notes([]))


def test_a_single_choice_with_two_wrong_options_passes():
    draft = _single(("cgroup", True), ("Kafka", False), ("Docker", False))
    assert two_wrong_options(draft, index_notes([])) is None
