"""Extraction speed (e81): each shortcut gives what the slower way gave.

A bullet too short to be a passage and written in Chinese states nothing of its own without
its sentences being found; a term's tests are asked with one search for punctuation or a
negated verb, and the one-word tests skipped for a text of one word. These tests hold the
shortcut and the slower way side by side.
"""

from __future__ import annotations

import pytest

from examgen.notes import clauses, item_shapes, terms
from examgen.notes.sentences import has_cjk, sentence_stops

TEXTS = [
    "",
    "c1·即时升级",
    "资源限制",
    "更低的资源损耗",
    "在服务环境中部署和调整数据库和其他后台应用",
    "c1·Google Cloud Engine",
    "UTS(系统标识,让一个容器拥有属于自己的独立于宿主机的hostname)",
    "基于属性的访问控制（Attribute Based Access Control, ABAC）",
    "Root Port",
    "All non-RP ports will be Blocking Ports (BP)",
    "Detect altering of files",
    "To find β, minimize the loss",
    "Manually",
    "Set $\\{x, y\\}$",
    "$a = b$",
    "2024",
    "X 没有默认值",
    "不存在部分相依",
    "不可重复读",
    "非关系型",
    "它不是(没有)名字",
    "读已提交，读未提交",
    "Kafka, Redis",
    "Ｋelvin scale",
    "It uses one BPDU",
    "Logistic regression is a linear classifier. It predicts classes.",
    "Logistic regression is a linear classifier",
    "①协议是通信双方必须遵守的规则。它规定了格式。还规定了时序。",
    "命名空间建立系统的不同视图，对每一个命名空间来说，从用户看来，就跟一台单独的Linux一样",
    "e.g. link, internet, transport",
    "a\u3000b c",
    "term (a remark, with commas)",
]


def _is_term_as_before(text: str) -> bool:
    """``terms.is_term`` as it was: every helper asked in turn."""
    if not text or text.isdigit() or "=" in text:
        return False
    plain = terms._unbracketed(terms._masked(text))
    return (
        terms._SENTENCE_PUNCTUATION.search(plain) is None
        and terms._weighs_as_term(text)
        and (text.isascii() or terms._NEGATED_VERB.search(text) is None)
        and not clauses.is_clause(plain)
        and not terms._instruction(plain)
        and not (plain.endswith(terms._ADVERB_ENDS) and terms._ADVERB.match(plain))
    )


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_is_a_term_exactly_when_every_helper_asked_in_turn_says_so(text):
    assert terms.is_term(text) == _is_term_as_before(text)


@pytest.mark.parametrize("text", TEXTS)
def test_one_search_finds_punctuation_or_a_negated_verb_where_either_pattern_does(text):
    either = terms._SENTENCE_PUNCTUATION.search(text) or terms._NEGATED_VERB.search(text)
    assert (terms._PUNCTUATION_OR_NEGATED.search(text) is not None) == (either is not None)


def _states_as_before(text: str) -> bool:
    """``item_shapes._states`` as it was: a passage, or few sentences of an English clause."""
    if clauses.is_passage(text):
        return True
    sentences = len(sentence_stops(text.rstrip("。！？!?. "), semicolons=False)) + 1
    return sentences <= 2 and not has_cjk(text) and clauses.is_clause(text)


@pytest.mark.parametrize("text", TEXTS)
def test_a_bullet_states_sentences_exactly_when_it_did_with_its_stops_found_twice(text):
    assert item_shapes._states(text) == _states_as_before(text)


def test_a_short_chinese_bullet_is_told_without_finding_its_sentences(monkeypatch):
    asked = []

    def counted(text: str, semicolons: bool = True) -> list[tuple[int, int]]:
        asked.append(text)
        return sentence_stops(text, semicolons)

    monkeypatch.setattr(item_shapes, "sentence_stops", counted)
    assert not item_shapes._states("c1·更低的资源损耗。更快。")
    assert asked == []
    # A long one may be a passage: its sentences are found, once.
    assert item_shapes._states(
        "命名空间建立系统的不同视图。对每一个命名空间来说，就跟一台单独的Linux一样。"
    )
    assert len(asked) == 1
