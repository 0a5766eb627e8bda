"""A comma clause opened by a turn or addition word (但是, however, yet…) with a verb of its own
is a second claim: such a definition is not stated as one true/false claim (rv71 B)."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES

garden = facts_under(("园艺复习", "繁殖"))
orchard = facts_under(("Orchard", "Propagation"))


def _claims(facts, asked):
    """The true "X指的是：…" claims of ``asked`` and the notes they are judged against."""
    built = [d for d in drafts(list(facts), asked, "claim_definition") if d.question.truth]
    return built, index_notes(list(facts))


LAYERING = (
    garden("d1", "definition", "压条", text="把枝条埋土生根，但是耗时较长", line=3),
    garden("d2", "definition", "扦插", text="剪下枝条插入基质生根", line=4),
    garden("d3", "definition", "嫁接", text="把接穗接到砧木上长成一体", line=5),
)  # fmt: skip


def test_a_true_false_statement_whose_comma_clause_opens_with_but_is_not_asked():
    built, notes = _claims(LAYERING, LAYERING[0])
    assert built
    assert all("second claim" in (ITEM_RULES["one_claim"](d, notes) or "") for d in built)


def test_a_true_false_statement_whose_comma_clause_only_rules_out_an_alternative_is_asked():
    facts = (garden("d1", "definition", "压条", text="把枝条埋土生根，而非剪下", line=3),
             *LAYERING[1:])  # fmt: skip
    built, notes = _claims(facts, facts[0])
    assert built
    assert [ITEM_RULES["one_claim"](d, notes) for d in built] == [None] * len(built)


GRAFTING = (
    orchard("d1", "definition", "Whip grafting", lang="en", line=3,
            text="joins scion and stock cut at one slant, yet wastes wood"),
    orchard("d2", "definition", "Budding", lang="en", line=4,
            text="inserts a single bud under the bark of the stock"),
    orchard("d3", "definition", "Layering", lang="en", line=5,
            text="roots a branch while it is still on the parent plant"),
)  # fmt: skip


def test_an_english_true_false_statement_whose_comma_clause_opens_with_yet_is_not_asked():
    built, notes = _claims(GRAFTING, GRAFTING[0])
    assert built
    assert all("second claim" in (ITEM_RULES["one_claim"](d, notes) or "") for d in built)
