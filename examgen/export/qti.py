"""QTI 1.2 (``qti-<seed>-<V>.zip``): the paper as a quiz Canvas imports.

The zip holds ``imsmanifest.xml`` (an IMS content package with one ``imsqti_xmlv1p2``
resource) and ``<id>/<id>.xml``, the assessment. Canvas reads each item's ``question_type``
from its metadata: ``multiple_choice_question``, ``multiple_answers_question``,
``true_false_question``, ``short_answer_question`` (Canvas calls it "fill in the blank"; it
takes every accepted spelling), ``matching_question``. Canvas has no ordering type: an
ordering question becomes a matching question that pairs each position ("1", "2", …) with
its step. Short answers become ``essay_question`` (marked by hand), the key in the item's
general feedback. Every item's general feedback gives its source ``file:line``.

Texts are ``text/html`` material: HTML-escaped, then escaped again for XML by the writer;
math as ``\\(…\\)``/``\\[…\\]`` for the player's MathJax (Canvas draws it).
"""

from __future__ import annotations

import hashlib
import io
import xml.etree.ElementTree as ET
import zipfile

from examgen.export.common import Exported, accepted_forms, question_names
from examgen.mathtext import to_mathjax_html
from examgen.model import ExamPaper, Question
from examgen.questions.wording import format_points, letter

QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CP_NS = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"

_CANVAS_TYPES = {
    "single_choice": "multiple_choice_question",
    "multiple_choice": "multiple_answers_question",
    "true_false": "true_false_question",
    "fill_blank": "short_answer_question",
    "matching": "matching_question",
    "ordering": "matching_question",
    "short_answer": "essay_question",
}

# A fixed time for the zip entries: the same paper gives the same bytes.
_ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def _ident(*parts: object) -> str:
    """An XML-safe identifier derived from stable parts (names start with a letter)."""
    return "g" + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:24]


def _material(parent: ET.Element, text: str) -> None:
    mat = ET.SubElement(parent, "material")
    ET.SubElement(mat, "mattext", {"texttype": "text/html"}).text = to_mathjax_html(text)


def _meta(parent: ET.Element, fields: list[tuple[str, str]]) -> None:
    meta = ET.SubElement(parent, "qtimetadata")
    for label, entry in fields:
        field = ET.SubElement(meta, "qtimetadatafield")
        ET.SubElement(field, "fieldlabel").text = label
        ET.SubElement(field, "fieldentry").text = entry


def _choices(parent: ET.Element, ident: str, labels: list[tuple[str, str]], many: bool) -> None:
    lid = ET.SubElement(
        parent, "response_lid", {"ident": ident, "rcardinality": "Multiple" if many else "Single"}
    )
    render = ET.SubElement(lid, "render_choice")
    for label_id, text in labels:
        _material(ET.SubElement(render, "response_label", {"ident": label_id}), text)


def _condition(parent: ET.Element, score: str, action: str = "Set") -> ET.Element:
    cond = ET.SubElement(parent, "respcondition", {"continue": "Yes" if action == "Add" else "No"})
    var = ET.SubElement(cond, "conditionvar")
    ET.SubElement(cond, "setvar", {"action": action, "varname": "SCORE"}).text = score
    return var


def _pairs(q: Question) -> tuple[list[str], list[int], list[str]]:
    """Matching: left items, the index of each one's choice, and the choices. An ordering
    question pairs each position with its step."""
    if q.type == "ordering":
        return [str(n) for n in range(1, len(q.key) + 1)], list(q.key), [o.text for o in q.options]
    return list(q.stems), list(q.key), [o.text for o in q.options]


def _item(section: ET.Element, q: Question, name: str) -> None:
    item = ET.SubElement(section, "item", {"ident": _ident(name), "title": name})
    _meta(
        ET.SubElement(item, "itemmetadata"),
        [
            ("question_type", _CANVAS_TYPES[q.type]),
            ("points_possible", format_points(q.points)),
            ("assessment_question_identifierref", _ident(name, "bank")),
        ],
    )
    presentation = ET.SubElement(item, "presentation")
    _material(presentation, q.prompt)
    processing = ET.SubElement(item, "resprocessing")
    outcomes = ET.SubElement(processing, "outcomes")
    ET.SubElement(
        outcomes,
        "decvar",
        {"maxvalue": "100", "minvalue": "0", "varname": "SCORE", "vartype": "Decimal"},
    )
    # Canvas shows the general feedback when this condition, first of all, is met.
    shown = ET.SubElement(processing, "respcondition", {"continue": "Yes"})
    ET.SubElement(ET.SubElement(shown, "conditionvar"), "other")
    ET.SubElement(shown, "displayfeedback", {"feedbacktype": "Response", "linkrefid": "general_fb"})
    response = "response1"
    if q.type in ("single_choice", "multiple_choice", "true_false"):
        if q.type == "true_false":
            labels = [(_ident(name, "true"), "True"), (_ident(name, "false"), "False")]
            right = {0} if q.truth else {1}
        else:
            labels = [(_ident(name, letter(i)), o.text) for i, o in enumerate(q.options)]
            right = set(q.correct)
        _choices(presentation, response, labels, q.type == "multiple_choice")
        var = _condition(processing, "100")
        if q.type == "multiple_choice":
            both = ET.SubElement(var, "and")
            for i, (label_id, _text) in enumerate(labels):
                target = both if i in right else ET.SubElement(both, "not")
                ET.SubElement(target, "varequal", {"respident": response}).text = label_id
        else:
            ET.SubElement(var, "varequal", {"respident": response}).text = labels[min(right)][0]
    elif q.type == "fill_blank":
        strs = ET.SubElement(
            presentation, "response_str", {"ident": response, "rcardinality": "Single"}
        )
        ET.SubElement(strs, "render_fib", {"fibtype": "String", "prompt": "Box"})
        var = _condition(processing, "100")
        for form in accepted_forms(q.answers[0]) if q.answers else ():
            ET.SubElement(var, "varequal", {"respident": response}).text = form
    elif q.type in ("matching", "ordering"):
        lefts, key, choices = _pairs(q)
        choice_ids = [_ident(name, "choice", i) for i in range(len(choices))]
        share = f"{100 / len(lefts):.2f}"
        for n, (left, index) in enumerate(zip(lefts, key, strict=True)):
            ident = f"response_{_ident(name, 'left', n)}"
            lid = ET.SubElement(presentation, "response_lid", {"ident": ident})
            _material(lid, left)
            render = ET.SubElement(lid, "render_choice")
            for choice_id, text in zip(choice_ids, choices, strict=True):
                _material(ET.SubElement(render, "response_label", {"ident": choice_id}), text)
            var = _condition(processing, share, "Add")
            ET.SubElement(var, "varequal", {"respident": ident}).text = choice_ids[index]
    else:  # essay
        strs = ET.SubElement(
            presentation, "response_str", {"ident": response, "rcardinality": "Single"}
        )
        ET.SubElement(strs, "render_fib", {"fibtype": "String", "prompt": "Box"})
    feedback = q.source
    if q.type == "short_answer":
        lines = q.key_lines if len(q.key_lines) == len(q.answers) else q.answers
        feedback = "\n".join([*lines, q.source])
    general = ET.SubElement(item, "itemfeedback", {"ident": "general_fb"})
    _material(ET.SubElement(general, "flow_mat"), feedback)


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        + ET.tostring(root, encoding="utf-8", xml_declaration=False)
        + b"\n"
    )


def assessment_xml(paper: ExamPaper, ident: str) -> bytes:
    """The QTI 1.2 assessment: one section, the items in printed order."""
    root = ET.Element("questestinterop", {"xmlns": QTI_NS})
    title = f"{paper.title} ({paper.seed}-{paper.version})"
    assessment = ET.SubElement(root, "assessment", {"ident": ident, "title": title})
    _meta(assessment, [("cc_maxattempts", "1")])
    section = ET.SubElement(assessment, "section", {"ident": "root_section"})
    for q, name in zip(paper.questions, question_names(paper), strict=True):
        _item(section, q, name)
    return _xml(root)


def manifest_xml(ident: str, href: str) -> bytes:
    """``imsmanifest.xml``: the package with the assessment as its one resource."""
    root = ET.Element("manifest", {"identifier": _ident(ident, "manifest"), "xmlns": CP_NS})
    meta = ET.SubElement(root, "metadata")
    ET.SubElement(meta, "schema").text = "IMS Content"
    ET.SubElement(meta, "schemaversion").text = "1.1.3"
    ET.SubElement(root, "organizations")
    resources = ET.SubElement(root, "resources")
    resource = ET.SubElement(
        resources, "resource", {"identifier": ident, "type": "imsqti_xmlv1p2", "href": href}
    )
    ET.SubElement(resource, "file", {"href": href})
    return _xml(root)


def qti_zip(paper: ExamPaper) -> Exported:
    """The QTI package as zip bytes, the same bytes for the same paper."""
    ident = _ident("assessment", paper.title, paper.seed, paper.version)
    href = f"{ident}/{ident}.xml"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (
            ("imsmanifest.xml", manifest_xml(ident, href)),
            (href, assessment_xml(paper, ident)),
        ):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return Exported(f"qti-{paper.seed}-{paper.version}.zip", buffer.getvalue())
