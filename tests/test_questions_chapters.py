"""A heading's subheadings, each a chapter with an outline of its own, are topics, not a list of
the heading (rv71 O)."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.rules import ITEM_RULES

pests = facts_under(("Garden", "Garden pests"))
PESTS = pests("l1", "list", "Garden pests", "aphids", "slugs", "mites", line=3, lang="en")
CHAPTERS = [
    PESTS,
    pests("l2", "list", "signs of aphids", "curled leaves", "sticky sap", line=6, lang="en",
          section=("Garden", "Garden pests", "aphids")),
    pests("d1", "definition", "Aphid colony", text="a cluster of aphids feeding on one shoot",
          line=8, lang="en", section=("Garden", "Garden pests", "aphids")),
    pests("l3", "list", "slug barriers", "copper tape", "crushed shells", line=12, lang="en",
          section=("Garden", "Garden pests", "slugs")),
    pests("l4", "list", "mite controls", "predatory mites", "soap spray", line=17, lang="en",
          section=("Garden", "Garden pests", "mites")),
]  # fmt: skip


def test_a_list_of_its_headings_chapters_each_with_an_outline_of_its_own_is_not_asked():
    offered = offers(index_notes(CHAPTERS), PESTS)
    assert "short_answer" not in offered.forms
    assert "chapters" in offered.reasons["short_answer"]


def test_a_list_of_its_headings_sections_each_holding_only_its_own_definition_is_asked():
    plain = [
        PESTS,
        *(
            pests(f"d{i}", "definition", name, text=f"a small pest {text}", line=5 + 3 * i,
                  lang="en", section=("Garden", "Garden pests", name))
            for i, (name, text) in enumerate(
                [("aphids", "that sucks sap"), ("slugs", "that eats leaves at night"),
                 ("mites", "that spins fine webs")]
            )
        ),
    ]  # fmt: skip
    built = drafts(plain, PESTS, "enumerate")
    assert built
    notes = index_notes(plain)
    assert [ITEM_RULES["category"](d, notes) for d in built] == [None] * len(built)
