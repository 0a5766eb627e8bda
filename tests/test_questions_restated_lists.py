"""One fact stated twice is asked once (rv63 N): two lists whose members are one another's
less the kind word every member of one ends in ("本地缓存、分布式缓存、多级缓存" and "本地、
分布式"), or with a short word more ("hash" of "hash表"), are one fact for the draw, and a
paper asks at most one of them. Lists sharing a member or two among many stay apart."""

from __future__ import annotations

from question_facts import facts_under

from examgen.config import BlueprintEntry
from examgen.questions.index import index_notes
from examgen.questions.selection import select

cache = facts_under(("缓存复习", "缓存"))

KINDS = cache(
    "l1", "list", "缓存类型（从存放位置角度）", "本地缓存", "分布式缓存", "多级缓存", line=3
)
PLACES = cache("l2", "list", "缓存的存放方式", "本地", "分布式", line=9)
TOOLS = cache("l3", "list", "常用缓存组件", "本地", "Redis", "Memcached", "Caffeine", line=12)


def test_two_lists_of_the_same_members_less_their_kind_word_are_one_fact():
    notes = index_notes([KINDS, PLACES, TOOLS])
    assert "l2" in notes.related["l1"]


def test_lists_sharing_one_member_among_many_are_two_facts():
    notes = index_notes([KINDS, PLACES, TOOLS])
    assert "l3" not in notes.related.get("l1", ())
    assert "l3" not in notes.related.get("l2", ())


def test_a_paper_asks_one_of_two_lists_stating_one_thing():
    facts = [KINDS, PLACES]
    notes = index_notes(facts)
    for seed in range(4):
        made = select(seed, notes, facts, [BlueprintEntry("short_answer", 2, 4)], "zh")
        asked = [f for d in made.drafts["short_answer"] for f in d.question.facts]
        assert len(asked) == 1, seed
