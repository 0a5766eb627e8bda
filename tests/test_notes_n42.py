"""Sentence ends, lead-ins and other names (session 24, n42): an ellipsis inside code is no
sentence end, one sentence-end rule for every reader that cuts at stops. One small note of our
own per behaviour."""

from __future__ import annotations

import re

from notes_text import one

from examgen.notes.clauses import is_passage, split_last_sentence
from examgen.notes.sentences import sentence_stops, split_sentences

# ----------------------------------------------------------------------------- sentence ends


def test_an_ellipsis_inside_inline_code_does_not_end_the_definition():
    text = (
        "# 锁\n\n## 行锁\n\n行锁对表中的一行记录加锁。使用`select .... for update`开启，"
        "并且有如下要求：\n\n1. 必须使用精准匹配；\n2. 过滤的列必须有唯一索引。\n"
    )
    assert one(text, "行锁", "definition").text == "行锁对表中的一行记录加锁。"


def test_a_list_label_keeps_the_start_of_a_sentence_with_an_ellipsis_in_code():
    text = (
        "# 锁\n\n## 临键锁\n\n临键锁同时对记录和间隙加锁。使用`select ... for update`下以下情况"
        "开启锁：\n\n1. 范围查询有返回值；\n2. 等值查询匹配列有索引。\n"
    )
    assert one(text, "临键锁", "list").label.startswith("使用select ... for update")


def test_an_ellipsis_is_no_sentence_end_but_the_full_stop_after_it_is():
    assert split_last_sentence("Count 1, 2, ... n in turn. Add 1, ... n:") == (
        "Count 1, 2, ... n in turn.",
        "Add 1, ... n:",
    )


def test_an_abbreviation_is_no_sentence_end_for_the_last_sentence_either():
    assert split_last_sentence("Drugs help, e.g. Modafinil helps:") == (
        "",
        "Drugs help, e.g. Modafinil helps:",
    )


def test_etc_ends_a_sentence_only_before_a_capital():
    assert len(sentence_stops("A, B, etc. are kinds. More follow")) == 1
    assert len(sentence_stops("A, B, etc. More follow")) == 1


def test_one_sentence_with_an_abbreviation_is_no_passage():
    assert not is_passage("Stimulants keep people awake, e.g. caffeine and modafinil do")
    assert is_passage("Stimulants keep people awake. Caffeine and modafinil both do")


# ----------------------------------------------------------------------------- lead-in colons


def test_a_definition_ending_in_a_colon_over_a_list_named_by_its_term_carries_the_members():
    text = (
        "# Switching\n\n## MST\n\n* A region is a group of MST switches that agree this way:\n"
        "    * same number of instances\n    * same VLAN mappings\n"
    )
    assert one(text, "region", "definition").text == (
        "a group of MST switches that agree this way: same number of instances, same VLAN mappings"
    )


def test_a_definition_over_a_list_named_otherwise_keeps_its_own_text():
    text = (
        "# Locks\n\n## Kinds\n\n* A lock is a guard that has two modes:\n"
        "    * shared mode\n    * exclusive mode\n"
    )
    assert one(text, "lock", "definition").text == "a guard that has two modes"


def test_an_ellipsis_before_a_capital_does_not_cut_a_paragraph_into_sentences():
    between = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
    assert split_sentences(between, "Count x_1, ... X_n in turn. Then stop.") == [
        "Count x_1, ... X_n in turn.",
        "Then stop.",
    ]
