"""Moodle XML: parsed with an XML parser and every question checked against Moodle's rules
for its type (the ones Moodle's importer enforces), and against the paper it came from."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET

import pytest
from export_papers import HOSTILE, hostile_paper, paper

from examgen.export.moodle import moodle_xml
from examgen.model import ExamPaper

# Moodle's list of grades an answer may carry (question_bank::fraction_options_full), in
# percent; an imported fraction must be one of them, positive or negative.
MOODLE_GRADES = (
    100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667,
    14.28571, 12.5, 11.11111, 10, 5, 0,
)  # fmt: skip

MOODLE_TYPES = {
    "single_choice": "multichoice",
    "multiple_choice": "multichoice",
    "true_false": "truefalse",
    "fill_blank": "shortanswer",
    "matching": "matching",
    "ordering": "ordering",
    "short_answer": "essay",
}


def parsed(p: ExamPaper) -> tuple[list[tuple[str, ET.Element]], ET.Element]:
    """(category in force, question) for every question, and the root."""
    root = ET.fromstring(moodle_xml(p).data)
    assert root.tag == "quiz"
    out, category = [], ""
    for question in root.findall("question"):
        if question.get("type") == "category":
            category = question.findtext("category/text")
        else:
            out.append((category, question))
    return out, root


def shown(node: ET.Element, path: str = "text") -> str:
    """What Moodle shows of an HTML text field."""
    return html.unescape(node.findtext(path) or "")


def fractions(question: ET.Element) -> list[float]:
    return [float(a.get("fraction")) for a in question.findall("answer")]


def on_moodles_list(value: float) -> bool:
    return any(abs(abs(value) - grade) < 1e-4 for grade in MOODLE_GRADES)


@pytest.mark.parametrize("make", [paper, hostile_paper], ids=["plain", "hostile"])
def test_every_question_follows_moodles_rules_for_its_type(make):
    p = make()
    found, _ = parsed(p)
    assert len(found) == len(p.questions)
    for (category, question), q in zip(found, p.questions, strict=True):
        assert question.get("type") == MOODLE_TYPES[q.type]
        assert category == f"$course$/Cloud notes/{q.section[1]}"
        assert shown(question, "questiontext/text") == q.prompt
        assert question.findtext("generalfeedback/text") == q.source
        assert float(question.findtext("defaultgrade")) == q.points
        grades = fractions(question)
        if question.get("type") == "multichoice":
            single = q.type == "single_choice"
            assert question.findtext("single") == ("true" if single else "false")
            assert question.findtext("shuffleanswers") == "false"
            assert all(on_moodles_list(f) for f in grades)
            assert [shown(a) for a in question.findall("answer")] == [o.text for o in q.options]
            positive = [f for f in grades if f > 0]
            if single:
                assert grades.count(100) == 1
            else:  # the right ones share 100 exactly, as Moodle's form requires
                assert abs(sum(positive) - 100) < 1e-3
            assert [i for i, f in enumerate(grades) if f > 0] == list(q.correct)
        elif q.type == "true_false":
            answers = {
                a.findtext("text"): float(a.get("fraction")) for a in question.iter("answer")
            }
            assert answers == {"true": 100 if q.truth else 0, "false": 0 if q.truth else 100}
        elif q.type == "fill_blank":
            assert question.findtext("usecase") == "0"
            assert question.findall("answer")[0].findtext("text") == q.answers[0]
            assert set(grades) == {100}
        elif q.type == "matching":
            subs = question.findall("subquestion")
            assert len([s for s in subs if shown(s)]) >= 2 and len(subs) >= 3
            pairs = {shown(s): shown(s, "answer/text") for s in subs if shown(s)}
            assert pairs == {
                stem: q.options[i].text for stem, i in zip(q.stems, q.key, strict=True)
            }
        elif q.type == "ordering":
            steps = [shown(a) for a in question.findall("answer")]
            assert steps == [q.options[i].text for i in q.key]
            assert question.findtext("gradingtype") and question.findtext("layouttype")
        elif q.type == "short_answer":
            key = shown(question, "graderinfo/text")
            assert all(line in key for line in q.key_lines)
            assert question.findtext("responseformat") == "editor"


def test_question_names_are_the_fact_and_type_and_the_same_in_every_version():
    names_a = [q.findtext("name/text") for _, q in parsed(paper("A"))[0]]
    names_b = [q.findtext("name/text") for _, q in parsed(paper("B"))[0]]
    assert names_a == names_b
    assert len(set(names_a)) == len(names_a)
    assert names_a[0] == "single_choice-fact0003"


def test_the_same_paper_gives_the_same_bytes():
    assert moodle_xml(paper()).data == moodle_xml(paper()).data


def structure(question: ET.Element) -> list[str]:
    """The fields of a question in order; a short answer's accepted spellings count once
    (how many there are depends on the text's spaces and punctuation)."""
    tags = [e.tag for e in question]
    if question.get("type") == "shortanswer":
        return [t for i, t in enumerate(tags) if t != "answer" or "answer" not in tags[:i]]
    return tags


@pytest.mark.parametrize("index", range(8))
def test_hostile_note_text_changes_nothing_but_the_text_shown(index):
    plain, _ = parsed(paper())
    nasty, _ = parsed(hostile_paper())
    (_, a), (_, b) = plain[index], nasty[index]
    assert structure(a) == structure(b)
    assert set(fractions(a)) == set(fractions(b))
    if a.get("type") == "shortanswer":  # the answer itself is the first accepted spelling
        assert b.findtext("answer/text") == a.findtext("answer/text") + HOSTILE.replace("*", "\\*")
    assert shown(b, "questiontext/text") == shown(a, "questiontext/text") + HOSTILE
