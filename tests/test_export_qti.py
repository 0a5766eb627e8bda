"""QTI 1.2 for Canvas: the zip opened, the manifest and the assessment parsed with an XML
parser, and each item's Canvas type, choices and scoring checked against the paper. (No
package on PyPI ships the QTI 1.2 schema, so the structure Canvas reads is checked here.)"""

from __future__ import annotations

import html
import io
import xml.etree.ElementTree as ET
import zipfile

import pytest
from export_papers import HOSTILE, hostile_paper, paper

from examgen.export.qti import qti_zip
from examgen.model import ExamPaper

QTI = "{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}"
CP = "{http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1}"

CANVAS_TYPES = {
    "single_choice": "multiple_choice_question",
    "multiple_choice": "multiple_answers_question",
    "true_false": "true_false_question",
    "fill_blank": "short_answer_question",
    "matching": "matching_question",
    "ordering": "matching_question",
    "short_answer": "essay_question",
}


def opened(p: ExamPaper) -> tuple[ET.Element, list[ET.Element]]:
    """The manifest and the items of the assessment it points to."""
    with zipfile.ZipFile(io.BytesIO(qti_zip(p).data)) as archive:
        manifest = ET.fromstring(archive.read("imsmanifest.xml"))
        resource = manifest.find(f"{CP}resources/{CP}resource")
        assert resource.get("type") == "imsqti_xmlv1p2"
        href = resource.find(f"{CP}file").get("href")
        assert sorted(archive.namelist()) == sorted(["imsmanifest.xml", href])
        root = ET.fromstring(archive.read(href))
    assert root.tag == f"{QTI}questestinterop"
    assessment = root.find(f"{QTI}assessment")
    assert assessment.get("ident") == resource.get("identifier")
    return manifest, assessment.findall(f"{QTI}section/{QTI}item")


def meta(item: ET.Element) -> dict[str, str]:
    fields = item.iter(f"{QTI}qtimetadatafield")
    return {f.findtext(f"{QTI}fieldlabel"): f.findtext(f"{QTI}fieldentry") for f in fields}


def shown(node: ET.Element) -> str:
    return html.unescape(node.findtext(f"{QTI}material/{QTI}mattext") or "")


def scored(item: ET.Element) -> list[tuple[str, str, str]]:
    """(response, value, score) of every scoring condition, "not" marked with a "!"."""
    out = []
    for cond in item.iter(f"{QTI}respcondition"):
        setvar = cond.find(f"{QTI}setvar")
        if setvar is None:
            continue
        negated = {id(v) for n in cond.iter(f"{QTI}not") for v in n}
        for var in cond.iter(f"{QTI}varequal"):
            mark = "!" if id(var) in negated else ""
            out.append((var.get("respident"), mark + var.text, setvar.text))
    return out


@pytest.mark.parametrize("make", [paper, hostile_paper], ids=["plain", "hostile"])
def test_every_item_has_its_canvas_type_choices_and_scoring(make):
    p = make()
    _, items = opened(p)
    assert len(items) == len(p.questions)
    for item, q in zip(items, p.questions, strict=True):
        info = meta(item)
        assert info["question_type"] == CANVAS_TYPES[q.type]
        assert float(info["points_possible"]) == q.points
        presentation = item.find(f"{QTI}presentation")
        assert shown(presentation) == q.prompt
        feedback = item.find(f"{QTI}itemfeedback[@ident='general_fb']/{QTI}flow_mat")
        assert shown(feedback).endswith(q.source)
        lids = presentation.findall(f"{QTI}response_lid")
        labels = {
            label.get("ident"): shown(label)
            for lid in lids
            for label in lid.iter(f"{QTI}response_label")
        }
        conditions = scored(item)
        # Every condition refers to a response and a label the item has.
        for response, value, _ in conditions:
            assert response in {lid.get("ident") for lid in lids} | {"response1"}
            if lids:
                assert value.lstrip("!") in labels
        if q.type in ("single_choice", "multiple_choice"):
            assert list(labels.values()) == [o.text for o in q.options]
            right = [labels[v] for _, v, _ in conditions if not v.startswith("!")]
            assert right == [q.options[i].text for i in q.correct]
            cardinality = lids[0].get("rcardinality")
            assert cardinality == ("Single" if q.type == "single_choice" else "Multiple")
        elif q.type == "true_false":
            assert [labels[v] for _, v, _ in conditions] == ["True" if q.truth else "False"]
        elif q.type == "fill_blank":
            assert conditions[0][1] == q.answers[0]
            assert presentation.find(f"{QTI}response_str/{QTI}render_fib") is not None
        elif q.type in ("matching", "ordering"):
            lefts = [shown(lid) for lid in lids]
            matched = {shown(lid): labels[v] for lid in lids for r, v, _ in conditions
                       if r == lid.get("ident")}  # fmt: skip
            if q.type == "matching":
                assert lefts == list(q.stems)
                assert matched == {
                    s: q.options[i].text for s, i in zip(q.stems, q.key, strict=True)
                }
            else:  # positions 1, 2, … matched with the steps in the right order
                assert [matched[str(n)] for n in range(1, len(q.key) + 1)] == [
                    q.options[i].text for i in q.key
                ]
            assert abs(sum(float(s) for *_, s in conditions) - 100) < 0.1
        else:
            assert conditions == []
            assert all(line in shown(feedback) for line in q.key_lines)


def test_the_same_paper_gives_the_same_zip():
    assert qti_zip(paper()).data == qti_zip(paper()).data


def test_hostile_text_is_only_text_in_the_assessment():
    _, items = opened(hostile_paper())
    prompts = [shown(i.find(f"{QTI}presentation")) for i in items]
    assert all(prompt.endswith(HOSTILE) for prompt in prompts)
    # The HTML Canvas renders holds no tag from the notes: every "<" is "&lt;".
    texts = [m.text or "" for i in items for m in i.iter(f"{QTI}mattext")]
    assert texts and not any("<" in t for t in texts)
