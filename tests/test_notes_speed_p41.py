"""Parse speed (p41): each shortcut taken before a pattern gives the pattern's own answer.

The shortcuts skip a regex where a cheap test shows it cannot match (an ASCII text has no
Chinese character, an adverb ends in ``ly``); these tests hold the shortcut and the pattern
side by side on small texts of each shape."""

from __future__ import annotations

import pytest

from examgen.notes import clauses, sentences, terms

TEXTS = [
    "",
    "Manually",
    "Manually\n",
    "Automatically - the bridge decides",
    "Early",
    "Root Port",
    "It uses one BPDU per hello time",
    "The switch is the root bridge",
    "café is served",
    "根桥选举过程",
    "c5·云计算发展路线",
    "不存在部分相依",
    "X 没有默认值",
    "STP convergence process",
    "Life cycle of a pod",
    "Ω notation",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_is_a_term_exactly_when_each_pattern_says_so(text):
    plain = terms._unbracketed(terms._masked(text)) if text else text
    slow = (
        bool(text)
        and not text.isdigit()
        and "=" not in text
        and terms._SENTENCE_PUNCTUATION.search(plain) is None
        and terms._weighs_as_term(text)
        and terms._NEGATED_VERB.search(text) is None
        and not clauses.is_clause(plain)
        and not (len(plain.split(None, 1)) > 1 and terms._INSTRUCTION.match(plain))
        and not terms._ADVERB.match(plain)
    )
    assert terms.is_term(text) == slow


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_has_a_chinese_character_exactly_when_the_pattern_finds_one(text):
    assert sentences.has_cjk(text) == (sentences._CJK.search(text) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_is_a_clause_only_when_it_has_no_wide_character(text):
    wide = clauses._WIDE.search(text) is not None
    assert not (wide and clauses.is_clause(text))


@pytest.mark.parametrize("text", TEXTS)
def test_a_subject_says_order_exactly_when_the_order_words_pattern_finds_one(text):
    pattern = terms._order_pattern(terms.ORDER_WORDS)
    assert terms.says_order(text) == (pattern.search(text.casefold()) is not None)
