"""Questions: the lead's fixes after the session's last fresh reading (issue 9), each on a
small note of our own."""

from __future__ import annotations

from examgen.notes import parse_text
from examgen.questions.categories import category_problem
from examgen.questions.index import index_notes

MEMBERS = "- Hidden dependencies\n- Candidate keys\n- Minimal covers\n"


def _problem(lead_in: str) -> str | None:
    facts = list(
        parse_text(f"# 笔记\n\n## Closure Axioms\n{lead_in}\n{MEMBERS}", source="n.md").facts
    )
    listed = next(f for f in facts if f.kind == "list" and f.subject == "Closure Axioms")
    return category_problem(index_notes(facts), listed)


def test_a_list_that_is_the_object_of_its_lead_ins_verb_is_no_category_of_the_heading():
    # The bullets are what the axioms yield ("推导出"), not axioms the heading holds.
    problem = _problem("利用已知的相依关系,透过一些规则,推导出")
    assert problem and "推导出" in problem


def test_a_list_under_a_closed_lead_in_is_still_a_category():
    assert _problem("下面是常用的公理。") is None
