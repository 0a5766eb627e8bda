"""Lists restating one another are found among many lists whose members open alike, as
comparing every pair of lists finds them (issue 10: filed by their first two characters,
such lists were compared with nearly all others: 3 million comparisons, 20 s of a build at
10,000 facts)."""

from __future__ import annotations

import itertools
import random

from question_facts import facts_under

from examgen.questions.related import _member_keys, _one_list, restated_lists

fact = facts_under(("数据库复习", "索引"))


def _many_lists(seed: int) -> list:
    """Lists whose members all open with the same two characters, some restating others
    (the same members less or with a kind word), some sharing one member only."""
    rng = random.Random(seed)
    stems = [f"数据{a}{b}" for a in "甲乙丙丁戊己庚辛" for b in "子丑寅卯辰巳"]
    facts = []
    for number in range(60):
        members = rng.sample(stems, 3)
        if number % 7 == 3 and facts:  # a restatement of an earlier list
            earlier = facts[rng.randrange(len(facts))].items
            members = [item.text[:4] + rng.choice(("表", "树", "")) for item in earlier]
        facts.append(fact(f"l{number:02d}", "list", f"数据结构{number}", *members, line=number))
    return facts


def _every_pair(facts: list) -> list[tuple[str, str]]:
    keys = {
        f.id: _member_keys([item.text for item in f.items])
        for f in facts
        if len(_member_keys([item.text for item in f.items])) >= 2
    }
    return sorted((a, b) for a, b in itertools.combinations(keys, 2) if _one_list(keys[a], keys[b]))


def test_restated_lists_among_lists_opening_alike_are_those_every_pair_compared_finds():
    found_any = False
    for seed in range(12):
        facts = _many_lists(seed)
        expected = _every_pair(facts)
        found_any = found_any or bool(expected)
        assert restated_lists(facts) == expected
    assert found_any  # the generated notes do restate lists
