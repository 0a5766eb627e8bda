"""One character, or one word said in other words, that ties the key alone to its stem is a
cue (rv61 management #1, #3, #6): an agent suffix a wrong option shares with the stem
("员" of 联络员 and 人员) hides nothing, nor does the kind word every fellow member holds
("技" of 技能), and a clue saying the key's word by a synonym ("运用到实践中" for 应用性)
points at it."""

from __future__ import annotations

from dataclasses import replace

from examgen.model import Option, Question
from examgen.questions.form import Draft
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES


def choice(variety: str, stem_texts: tuple[str, ...], *options: str) -> Draft:
    """A single choice showing ``stem_texts``; an option "*x" is the right one."""
    shown = tuple(Option(o.lstrip("*"), o.startswith("*")) for o in options)
    question = Question("single_choice", "stem", 2, ("d1",), "notes.md:3", options=shown)  # type: ignore[arg-type]
    return Draft(question, variety, subject=stem_texts[0], stem_texts=stem_texts)


def cue(draft: Draft) -> str | None:
    return ITEM_RULES["no_shared_word_cue"](draft, index_notes([]))


def test_a_wrong_option_sharing_only_an_agent_suffix_hides_no_cue():
    draft = choice(
        "definition_to_term",
        ("负责招募和培训人员，并指导和激励他们",),
        "*领导者", "联络员", "谈判者", "传播者",
    )  # fmt: skip
    assert "导" in (cue(draft) or "")


def test_a_kind_word_every_fellow_member_holds_hides_no_cue():
    draft = choice(
        "term_to_definition",
        ("人事技能", "管理者的三种技能"),
        "*与人打交道并共事的能力", "完成工作所需的技术和方法", "洞察环境复杂性的能力",
    )  # fmt: skip
    kin = replace(draft, context_members=("技术技能", "人事技能", "概念技能"))
    assert "人" in (cue(kin) or "")
    # Without the fellow members, the wrong option's "技" still hides the answer's "人".
    assert cue(draft) is None


def test_a_clue_saying_the_keys_word_by_a_synonym_alone_is_a_cue():
    draft = choice(
        "definition_to_term",
        ("理论来自活动的实践，可以带来巨大的经济效益",),
        "*应用性", "科学性", "综合性", "艺术性",
    )  # fmt: skip
    assert "other words" in (cue(draft) or "")


def test_a_wrong_description_saying_the_term_translated_reads_as_a_second_answer():
    # rv62 sample #7: "…绑定对应子系统…" offered for "subsystem".
    draft = choice(
        "term_to_definition",
        ("subsystem", "CGroups 相关术语"),
        "*资源调度控制器", "系统的一个进程或线程", "以树状结构排列，每层绑定对应子系统",
    )  # fmt: skip
    assert "translated" in (ITEM_RULES["no_stem_words"](draft, index_notes([])) or "")


def test_descriptions_none_of_which_says_the_term_translated_are_fair():
    draft = choice(
        "term_to_definition",
        ("subsystem", "CGroups 相关术语"),
        "*资源调度控制器", "系统的一个进程或线程", "以树状结构排列的任务组",
    )  # fmt: skip
    assert ITEM_RULES["no_stem_words"](draft, index_notes([])) is None
