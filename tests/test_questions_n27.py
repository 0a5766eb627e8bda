"""Session 27 (wt-n27): a stem about a list or a definition that hangs under a list item
names that item where its own name does not say whose it is, each with a small note of our
own read by the notes reader."""

from __future__ import annotations

import random

from examgen.notes import parse_text
from examgen.questions.form import Ask
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers

GATE = (
    "# 门禁\n\n## 开门方式\n\n"
    "- 开门的凭据：\n"
    "  - 记住的东西: 密码, 口令\n"
    "  - 身体的特征:\n"
    "    - 外表特征：面容、身高\n"
    "    - 动作特征：步态、手势\n"
)
LONE = (
    "# 门禁\n\n## 开门方式\n\n"
    "- 开门的凭据：\n"
    "  - 身体的特征:\n"
    "    - 外表特征：人身上一眼就能看出的样子，如面容\n"
    "  - 随身的物件: 门卡, 钥匙\n"
)
LOCK = (
    "# Locks\n\n## Picking\n\n"
    "- Pin tumbler lock:\n"
    "  - Components\n    - cylinder\n    - driver pins\n    - springs\n"
    "  - Weak points\n    - loose tolerances\n    - worn pins\n"
)
OWN = (
    "# 门禁\n\n## 开门方式\n\n"
    "- 开门的凭据：\n"
    "  - 凭据的种类:\n    - 口令\n    - 门卡\n    - 指纹\n"
    "  - 随身的物件: 门卡, 钥匙\n"
)


def _prompts(text: str, subject: str, variety: str) -> set[str]:
    """The stems of form ``variety`` the fact ``subject`` of the note ``text`` offers."""
    facts = list(parse_text(text).facts)
    notes = index_notes(facts)
    (asked,) = [f for f in facts if f.subject == subject]
    found = set()
    for forms in offers(notes, asked).forms.values():
        for form in forms:
            if form.variety == variety:
                for seed in range(4):
                    ask = Ask(asked.lang, 2)
                    found.add(form.build(random.Random(seed), form.facts, ask).question.prompt)
    assert found, f"no {variety} of {subject}"
    return found


def test_a_list_whose_name_says_no_owner_is_listed_in_the_item_it_hangs_under():
    assert _prompts(GATE, "身体的特征", "enumerate") == {
        "在“开门的凭据”中，请列出“身体的特征”的全部2项。"
    }


def test_a_list_whose_name_says_no_owner_is_asked_which_belongs_in_its_parent_item():
    claims = _prompts(GATE, "身体的特征", "claim_member")
    assert all(p.startswith("在“开门的凭据”中，“") for p in claims)


def test_a_sub_list_sharing_only_the_kind_word_with_its_parent_names_the_parent():
    assert _prompts(GATE, "外表特征", "enumerate") == {
        "在“身体的特征”中，请列出“外表特征”的全部2项。"
    }


def test_an_english_kind_word_is_listed_in_the_item_it_hangs_under():
    assert _prompts(LOCK, "Components", "enumerate") == {
        "In “Pin tumbler lock”, list all 3 items of “Components”."
    }


def test_a_list_whose_name_already_names_its_parent_item_is_asked_alone():
    assert _prompts(OWN, "凭据的种类", "enumerate") == {"请列出“凭据的种类”的全部3项。"}


def test_a_list_directly_under_a_heading_names_no_item():
    text = "# 门禁\n\n## 开门方式\n\n- 身体的特征:\n  - 面容\n  - 步态\n  - 指纹\n"
    assert _prompts(text, "开门方式 身体的特征", "enumerate") == {
        "请列出“开门方式身体的特征”的全部3项。"
    }


def test_a_fill_in_of_a_definition_no_list_holds_names_the_item_it_hangs_under():
    assert _prompts(LONE, "外表特征", "blank_term") == {
        "“身体的特征”中，______：人身上一眼就能看出的样子，如面容。"
    }


def test_a_true_false_definition_no_list_holds_names_the_item_it_hangs_under():
    assert _prompts(LONE, "外表特征", "claim_definition") == {
        "在“身体的特征”中，“外表特征”指的是：人身上一眼就能看出的样子，如面容。"
    }


def test_a_definition_under_an_item_saying_when_is_not_asked_in_that_item():
    text = (
        "# Servers\n\n## Tuning\n\n- When the disk is full:\n"
        "  - Eviction: the oldest cached pages are dropped first\n"
        "  - Throttling: new writes wait for free pages\n"
    )
    assert _prompts(text, "Eviction", "blank_term") == {
        "In “Tuning”, ______: the oldest cached pages are dropped first."
    }


def test_a_matching_of_a_list_whose_name_says_no_owner_names_its_parent_item_beside_it():
    text = (
        "# 门禁\n\n## 开门方式\n\n- 开门的凭据：\n  - 身体的特征:\n"
        "    - 面容：脸部五官的样子\n    - 步态：走路时身体的姿势\n"
        "    - 手势：手指摆出的动作\n    - 声纹：说话声音的频谱\n"
        "  - 随身的物件: 门卡, 钥匙\n"
    )
    assert _prompts(text, "身体的特征", "match_members") == {
        "请将“身体的特征（开门的凭据）”中的各项与对应的说明配对。"
    }
