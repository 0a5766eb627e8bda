"""A matching is not made by translation (rv63 A2): a member whose gloss spells its acronym
out in Chinese words ("域名系统" for DNS, "光学字符识别" for OCR), or translates its name,
is matched by a reader who knows the words, not the notes. The other members are offered
and at most one such pair beside them; when too few others remain, no matching is asked."""

from __future__ import annotations

import random

from question_facts import drafts, facts_under

from examgen.questions.definitions import group_matching_forms
from examgen.questions.form import Ask
from examgen.questions.glosscues import said_in
from examgen.questions.index import index_notes
from examgen.questions.rules import broken

net = facts_under(("站点运维复习", "组件"))

TOLD = ("DNS=域名系统,把主机名解析成地址", "OCR=光学字符识别,读出扫描件里的字")
FAIR = (
    "Orca=定期清理过期的记录",
    "Tide=把请求分给空闲的节点",
    "Lumen=负责展示页面的前端",
)


def test_a_gloss_spelling_its_acronym_in_chinese_words_says_the_acronym():
    notes = index_notes([net("l1", "list", "站点的组件", *TOLD, *FAIR)])
    assert said_in("DNS", "域名系统,把主机名解析成地址", notes)
    assert said_in("OCR", "光学字符识别,读出扫描件里的字", notes)
    assert not said_in("Orca", "定期清理过期的记录", notes)


def test_a_matching_offers_at_most_one_member_told_by_its_gloss():
    fact = net("l1", "list", "站点的组件", *TOLD, *FAIR)
    built = drafts([fact], fact, "match_members")
    assert built
    assert all(not {"DNS", "OCR"} <= {t for t, _ in d.reveals} for d in built)
    assert all({"Orca", "Tide", "Lumen"} <= {t for t, _ in d.reveals} for d in built)


def test_a_list_whose_members_are_mostly_told_by_their_glosses_is_not_matched():
    fact = net("l1", "list", "站点的组件", *TOLD, "Mount=挂载外部磁盘到目录", *FAIR[:2])
    notes = index_notes([fact])
    built = drafts([fact], fact, "match_members")
    assert built
    assert all(broken(d, notes)[0] in ("no_shared_word_cue", "no_gloss_cue") for d in built)


def test_a_matching_of_a_sections_definitions_offers_at_most_one_told_pair():
    terms = [
        net(f"d{i}", "definition", term, text=gloss, line=10 + i)
        for i, (term, gloss) in enumerate(p.split("=", 1) for p in (*TOLD, *FAIR))
    ]
    notes = index_notes(terms)
    forms = group_matching_forms(notes, terms)
    assert forms
    for seed in range(8):
        built = forms[0].build(random.Random(seed), tuple(terms), Ask("zh", 5))
        assert not {"DNS", "OCR"} <= {t for t, _ in built.reveals}
