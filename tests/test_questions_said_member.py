"""A false "X is one of L" never takes an X that holds one of L's members or is named by
the same one Latin word (rv62 mysql #3, invalid: "“B+树索引”属于“索引的数据结构”" keyed false
beside the member B+树: true read one way)."""

from __future__ import annotations

import random

from question_facts import facts_under

from examgen.model import Fact
from examgen.questions.form import Ask, Draft
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.rules import ITEM_RULES
from examgen.questions.siblings import said_member

fact = facts_under(("数据库复习", "索引"))

STRUCTURES = fact("l1", "list", "索引的数据结构", "B+树", "hash表", "跳表", line=10)
KINDS = fact("l2", "list", "索引类型（从数据结构角度）", "B+树索引", "hash索引", "全文索引", line=5)


def false_claims(facts: list[Fact], asked: Fact) -> list[Draft]:
    """The false "X is one of L" claims ``asked`` offers among ``facts``, over 40 seeds."""
    notes = index_notes(facts)
    built = []
    for forms in offers(notes, asked).forms.values():
        for form in forms:
            if form.variety == "claim_member":
                for seed in range(40):
                    ask = Ask("zh", 1, truth=False)
                    built.append(form.build(random.Random(seed), form.facts, ask))
    return [d for d in built if not d.question.truth]


def test_a_name_holding_a_member_says_that_member():
    assert said_member("B+树索引", ["B+树", "hash表", "跳表"]) == "B+树"


def test_a_name_of_the_same_one_latin_word_says_that_member():
    assert said_member("hash索引", ["B+树", "hash表", "跳表"]) == "hash表"


def test_a_latin_word_two_phrases_share_in_passing_says_no_member():
    members = ["Cheap BW upgrade", "Redundancy on the link layer"]
    assert said_member("1 flow per link", members) is None


def test_a_false_member_claim_holding_a_true_member_is_turned_down():
    notes = [STRUCTURES, KINDS]
    told = [
        d for d in false_claims(notes, STRUCTURES) if d.origins[0].text in ("B+树索引", "hash索引")
    ]
    assert told
    index = index_notes(notes)
    for draft in told:
        assert "says the member" in (ITEM_RULES["false_member_sibling"](draft, index) or "")


def test_a_false_member_claim_from_a_list_restating_the_asked_one_is_turned_down():
    # The two lists state one thing (most members of each are in the other, less the kind
    # word): "全文索引" is true of "索引的数据结构" read by the other list (rv62, rv72 mysql,
    # invalid both times).
    notes = [STRUCTURES, KINDS]
    restated = [d for d in false_claims(notes, STRUCTURES) if d.origins[0].text == "全文索引"]
    assert restated
    index = index_notes(notes)
    for draft in restated:
        assert "states" in (ITEM_RULES["false_member_sibling"](draft, index) or "")


def test_a_false_member_claim_from_a_sibling_list_of_other_things_passes():
    other = fact("l3", "list", "索引的使用场景", "排序查询", "范围查询", "等值查询", line=20)
    notes = [STRUCTURES, other]
    fair = [d for d in false_claims(notes, STRUCTURES) if d.origins[0].text == "范围查询"]
    assert fair
    index = index_notes(notes)
    assert all(ITEM_RULES["false_member_sibling"](d, index) is None for d in fair)
