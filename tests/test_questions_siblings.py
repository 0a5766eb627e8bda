"""Definition questions take their wrong options from the answer's siblings first: the other
members of its list, then its heading, then the rest."""

from __future__ import annotations

import random

from question_facts import facts_under

from examgen.model import Fact
from examgen.questions.cues import no_shared_word_cue
from examgen.questions.form import Ask
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers

SECTION = ("快递复习", "包裹追踪")


fact = facts_under(SECTION)


# Three numbers of one list, glossed briefly and unevenly, among machines of the same heading
# described (and named) at just the length of the one number asked about: by reading alone the
# machines fit better than the numbers.
NUMBERS = fact(
    "l1",
    "list",
    "包裹编号",
    "全程运单号码=整趟旅程的编号",
    "中转分段号码=一次中转的编号",
    "上段号=记下当前这次中转之前那一次中转的分段号，用来把各段连成整趟旅程",
    line=10,
)
MACHINES = [
    fact(
        f"d{i}",
        "definition",
        term,
        text=gloss,
        line=20 + i,
    )
    for i, (term, gloss) in enumerate(
        [
            ("分拣机", "按照面单上的目的地把包裹自动送到不同出口的一台大型机器设备"),
            ("叉车", "在仓库里把一整板包裹抬起来再运到货架上的一种小型搬运车辆"),
            ("传送带", "在分拣中心里不停转动、把包裹从卸货口送到分拣机的一条长带子"),
            ("扫码枪", "读取面单上的条码并把包裹的到达时间记进系统里的一种手持设备"),
        ]
    )
]


def single_choice(asked: str, variety: str, seed: int) -> tuple[str, ...]:
    notes = index_notes((NUMBERS, *MACHINES))
    forms = offers(notes, NUMBERS).forms["single_choice"]
    for form in forms:
        if form.variety != variety:
            continue
        built = form.build(random.Random(seed), (NUMBERS,), Ask("zh", 2))
        if asked in built.question.prompt:
            return tuple(o.text for o in built.question.options)
    raise AssertionError(f"no {variety} question asks about {asked}")


def test_a_member_s_description_question_offers_its_list_siblings_first():
    for seed in range(5):
        options = single_choice("上段号", "term_to_definition", seed)
        assert "整趟旅程的编号" in options
        assert "一次中转的编号" in options


def test_a_term_question_on_a_member_s_description_offers_its_list_siblings_first():
    for seed in range(5):
        options = single_choice("把各段连成整趟旅程", "definition_to_term", seed)
        assert {"全程运单号码", "中转分段号码", "上段号"} <= set(options)


TOOLS = fact(
    "l2",
    "list",
    "仓库工具",
    "托盘=承载货物的一块木板",
    "货架=存放整板货物的铁架",
    "叉车=搬运整板货物的车辆",
    "电子秤=用电子元件称出重量",
    line=40,
)


def matching(*members: Fact) -> str | None:
    notes = index_notes(members)
    (match,) = offers(notes, members[0]).forms["matching"]
    built = match.build(random.Random(3), members, Ask("zh", 4))
    return no_shared_word_cue(built, notes)


def test_a_matching_term_sharing_a_word_with_its_own_gloss_only_is_a_cue():
    reason = matching(TOOLS)
    assert reason is not None and "电子" in reason


def test_a_matching_question_whose_terms_share_no_word_with_their_glosses_has_no_cue():
    plain = fact(
        "l3",
        "list",
        "仓库工具",
        "托盘=承载货物的一块木板",
        "货架=存放整板货物的铁架",
        "叉车=搬运整板货物的车辆",
        "地磅=称量整车重量的设备",
        line=40,
    )
    assert matching(plain) is None
