"""GIFT: parsed with a GIFT grammar from PyPI (pygiftparserrgmf, a PLY lexer and parser of
Moodle's GIFT format) and every question compared with the paper it came from."""

from __future__ import annotations

import html
import re

import pytest
from export_papers import HOSTILE, hostile_paper, paper
from pygiftparser import parser as gift_parser

from examgen.export.gift import gift
from examgen.model import ExamPaper

PARSED_TYPES = {
    "single_choice": "MultipleChoiceRadio",
    "multiple_choice": "MultipleChoiceCheckbox",
    "true_false": "TrueFalse",
    "fill_blank": "Short",
    "matching": "Matching",
    "short_answer": "Essay",
}

# The grammar reads integer weights only ("%50%"); Moodle also takes "%33.33333%", which
# the grammar leaves at the start of the option's text.
DECIMAL_WEIGHT = re.compile(r"^%(-?\d+\.\d+)%")


def unescape(text: str) -> str:
    """What Moodle shows of a GIFT ``[html]`` text: backslash escapes undone, then HTML."""
    text = text.strip().removeprefix("[html]")
    return html.unescape(re.sub(r"\\(.)", r"\1", text)).strip()


def parse(p: ExamPaper):
    return gift_parser.parse(gift(p).data.decode()).questions


def weight_and_text(option) -> tuple[float, str]:
    match = DECIMAL_WEIGHT.match(option.text)
    if match:
        return float(match.group(1)) / 100, unescape(option.text[match.end() :])
    return option.percentage, unescape(option.text)


@pytest.mark.parametrize("make", [paper, hostile_paper], ids=["plain", "hostile"])
def test_every_question_reads_back_as_the_paper_asks_it(make):
    p = make()
    asked = [q for q in p.questions if q.type != "ordering"]
    found = parse(p)
    assert len(found) == len(asked)
    for got, q in zip(found, asked, strict=True):
        assert type(got.answer).__name__ == PARSED_TYPES[q.type]
        assert got.name == f"{q.type}-{q.facts[0]}"
        assert got.category == f"$course$/Cloud notes/{q.section[1]}"
        assert unescape(got.text) == q.prompt
        options = [weight_and_text(o) for o in got.answer.options]
        if q.type in ("single_choice", "multiple_choice"):
            assert [text for _, text in options] == [o.text for o in q.options]
            right = [i for i, (weight, _) in enumerate(options) if weight > 0]
            assert right == list(q.correct)
            assert abs(sum(w for w, _ in options if w > 0) - 1) < 1e-4
        elif q.type == "true_false":
            assert [text for _, text in options] == ["True" if q.truth else "False"]
        elif q.type == "fill_blank":
            assert options[0] == (1.0, q.answers[0])
        elif q.type == "matching":
            # Split before unescaping: a "->" in the notes is "-&gt;" in the file.
            pairs = [list(map(unescape, o.text.split(" -> "))) for o in got.answer.options]
            assert pairs == [
                [stem, q.options[i].text] for stem, i in zip(q.stems, q.key, strict=True)
            ]
        else:
            assert options == []


def test_ordering_questions_are_left_out_with_a_warning():
    exported = gift(paper())
    assert "ordering-fact0026" not in exported.data.decode()
    assert any(w.startswith("notes/cloud.md:26:") and "ordering" in w for w in exported.warnings)


def test_a_short_answers_key_is_a_comment_above_its_essay():
    text = gift(paper()).data.decode()
    block = text[text.index("// IaaS (infrastructure)") : text.index("::short_answer-fact0031")]
    assert "// PaaS (platform)" in block and "// notes/cloud.md:31" in block


def test_hostile_text_adds_no_question_and_changes_no_weight():
    plain, nasty = parse(paper()), parse(hostile_paper())
    assert [q.name for q in plain] == [q.name for q in nasty]
    for a, b in zip(plain, nasty, strict=True):
        assert {weight_and_text(o)[0] for o in a.answer.options} == {
            weight_and_text(o)[0] for o in b.answer.options
        }
        assert unescape(b.text) == unescape(a.text) + HOSTILE.rstrip()
