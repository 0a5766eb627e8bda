"""Subscripts and superscripts written as HTML in notes (``P<sub>1</sub>``, ``2<sup>n</sup>``)
keep their meaning in the facts, the cards show them (read through the real Anki backend) and
the papers print them (read off the PDF).
"""

from __future__ import annotations

from dataclasses import replace

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from card_facts import build, learner_text
from note_facts import facts, one
from test_exam import pdf_text, squash, zh_paper

from examgen.deck import note_guid
from examgen.exam import render_exams


def _text(line: str) -> str:
    return one(f"# Crypto\n\n- Mode: {line}\n", "Mode", "definition").text


def test_a_subscript_unicode_has_is_printed_as_a_subscript_not_flat():
    assert _text("把P<sub>1</sub>加密成C<sub>k3</sub>") == "把P₁加密成Cₖ₃"


def test_a_superscript_is_printed_raised_so_a_power_is_not_a_product():
    assert _text("n things have 2<sup>n</sup> subsets") == "n things have 2ⁿ subsets"


def test_a_subscript_letter_unicode_lacks_is_written_after_an_underscore():
    assert _text("the client sends SYN<sub>c</sub> first") == "the client sends SYN_c first"


def test_a_script_of_several_characters_without_unicode_forms_is_bracketed():
    assert _text("the rate r<sub>bd</sub> of the bond") == "the rate r_(bd) of the bond"


def test_all_scripts_of_one_text_are_written_alike_when_one_has_no_unicode_form():
    assert _text("SYN<sub>c</sub> then SYN<sub>s</sub>") == "SYN_c then SYN_s"


def test_a_script_inside_a_script_stays_inside_it():
    assert _text("the key g<sup>x<sub>a</sub></sup> mod p") == "the key g^(x_a) mod p"


def test_an_unclosed_script_tag_leaves_its_text_as_written():
    assert _text("P<sub>1 is the plaintext") == "P1 is the plaintext"


def test_a_card_made_of_notes_with_subscripts_shows_them(tmp_path, col: Collection):
    (fact,) = facts("# Crypto\n\n- ECB: 把P<sub>1</sub>加密成C<sub>1</sub>\n")
    import_package(col, build(tmp_path, [fact]).output)
    nids = col.db.list("select id from notes where guid = ?", note_guid(fact.id, fact.kind))
    sides = [learner_text(c.answer()) for nid in nids for c in col.get_note(nid).cards()]
    assert sides and all("把P₁加密成C₁" in side for side in sides), sides


def test_a_paper_prints_the_subscripts_and_superscripts_of_the_notes(tmp_path):
    text = _text("把P<sub>1</sub>加密成C<sub>k</sub>, 共2<sup>n</sup>种")
    paper = zh_paper()
    first, *rest = paper.sections
    question = replace(first.questions[0], prompt=text)
    first = replace(first, questions=(question, *first.questions[1:]))
    (version,) = render_exams([replace(paper, sections=(first, *rest))], tmp_path).versions
    assert "把P₁加密成Cₖ,共2ⁿ种" in squash(pdf_text(version.exam_pdf))
