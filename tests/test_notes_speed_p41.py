"""Parse speed (p41): each shortcut gives what the slower way gave.

The shortcuts skip a regex where a cheap test shows it cannot match (an ASCII text has no
Chinese character, an adverb ends in ``ly``), and a fact is made by setting its fields at once
(:mod:`examgen.frozen`); these tests hold the shortcut and the slower way side by side."""

from __future__ import annotations

import dataclasses
import inspect
import re

import pytest

from examgen.frozen import set_at_once
from examgen.model import Fact, Item
from examgen.notes import (
    clauses,
    facts,
    heading_runs,
    item_shapes,
    member_runs,
    sentences,
    shapes,
    terms,
    values,
)

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


def _one_order_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The order words as one pattern, as they were searched before the two searches."""
    chinese = [re.escape(word) for word in words if terms._CJK_IDEOGRAPH.search(word)]
    english = [re.escape(word) for word in words if not terms._CJK_IDEOGRAPH.search(word)]
    return re.compile("|".join([*chinese, *([rf"\b(?:{'|'.join(english)})\b"] if english else [])]))


@pytest.mark.parametrize("words", [terms.ORDER_WORDS, terms.CHAIN_WORDS, ("流程",), ("steps",)])
@pytest.mark.parametrize("text", [*TEXTS, "Border states", "Linux processes", "6-step process"])
def test_a_subject_says_order_exactly_when_one_pattern_of_its_words_finds_one(text, words):
    found = _one_order_pattern(words).search(text.casefold()) is not None
    assert terms.says_order(text, words) == found


def _field_by_field(cls, *args, **kwargs):
    """What the dataclass's own __init__ would set: each field from the call, else its
    default."""
    fields = dataclasses.fields(cls)
    values = dict(zip([f.name for f in fields][: len(args)], args, strict=True))
    values.update(kwargs)
    return {f.name: values.get(f.name, f.default) for f in fields}


def test_a_fact_made_at_once_has_every_field_the_dataclass_would_set():
    fact = Fact("abc", "list", "TCP", items=(Item("SYN"),), line=3, open=True)
    assert vars(fact) == _field_by_field(
        Fact, "abc", "list", "TCP", items=(Item("SYN"),), line=3, open=True
    )
    assert list(vars(fact)) == [f.name for f in dataclasses.fields(Fact)]


def test_a_fact_made_at_once_takes_the_dataclass_parameters_and_defaults():
    parameters = list(inspect.signature(Fact).parameters.values())
    assert [(p.name, p.default) for p in parameters] == [
        (f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default)
        for f in dataclasses.fields(Fact)
    ]


def test_a_fact_made_at_once_is_still_frozen_and_hashed_by_its_fields():
    fact = Fact("abc", "definition", "TCP", text="a protocol")
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.text = "changed"  # type: ignore[misc]
    same = Fact(id="abc", kind="definition", subject="TCP", text="a protocol")
    assert fact == same and hash(fact) == hash(same)
    assert dataclasses.replace(fact, text="other").text == "other"


def test_a_class_with_a_post_init_keeps_the_dataclass_init():
    @dataclasses.dataclass(frozen=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:
            if self.value < 0:
                raise ValueError("negative")

    generated = Checked.__init__
    assert set_at_once(Checked).__init__ is generated
    with pytest.raises(ValueError):
        Checked(-1)


ARROWED = [
    "并行计算->集群计算->云计算",
    "A => B",
    "A ==> B",
    "A --> B",
    "A ---> 得到B",
    "输入 → 处理 ⟶ 输出",
    "A ➔ B ➜ C",
    "a > b",
    "kube-proxy",
    "A - B",
    "",
]


@pytest.mark.parametrize("text", [*TEXTS, *ARROWED])
def test_a_text_has_an_arrow_exactly_when_the_arrow_pattern_finds_one(text):
    assert terms._has_arrow(text) == (terms._ARROW.search(text) is not None)


CUT = [
    "drugs such as e.g.",
    "drugs (e.g",
    "a vs.",
    "A VS",
    "compare cf. ",
    "roughly approx.",
    "namely viz.",
    "that is i.e",
    "that is ie.\n",
    "a long ſ vſ",
    "e.g..",
    "a complete sentence.",
    "没有括号的句子",
    ".",
    "",
]


def _cut_as_before(text: str) -> bool:
    """``is_cut`` with its pattern asked of every text."""
    if sentences._CUT_END.search(text):
        return True
    depth = 0
    for char in text:
        if char in sentences.OPEN:
            depth += 1
        elif char in sentences.CLOSE:
            depth = max(0, depth - 1)
    return depth > 0


@pytest.mark.parametrize("text", [*TEXTS, *CUT])
def test_a_text_is_cut_exactly_when_it_was_with_the_pattern_asked_of_every_text(text):
    assert sentences.is_cut(text) == _cut_as_before(text)


@pytest.mark.parametrize(
    "text",
    [
        "Go to step 2",
        "回到第2步",
        "第 3 步",
        "STEP1",
        "ſtep 4",
        "steps",
        "Stepwise 5",
        "第一章",
        "",
    ],
)
def test_members_point_at_steps_exactly_when_the_step_pattern_finds_one(text):
    assert facts._points_at_steps(text) == (facts._STEP.search(text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "加密块为128-bit，key size为128/192/256-bit",
        "每个加密块为 64 bit的",
        "作为服务提供",
        "长度為２５６位",
        "为 十六 位",
        "key size 为128 bytes",
        *TEXTS,
    ],
)
def test_a_definition_states_sizes_exactly_when_the_size_pattern_finds_them(text):
    found = [
        ("X的" + m["name"].strip(), m["value"].strip())
        for m in values._STATED.finditer(text)
        if not values._VERB.search(m["name"].strip()) and len(m["name"].strip()) >= 2
    ]
    assert values.stated_values("X", text) == (found if sentences.has_cjk(text) else [])


@pytest.mark.parametrize(
    "term", ["TCP和UDP", "A/B", "概念", "Concepts of IPsec", "Comparison", "X AND Y", "Sand", "TCP"]
)
def test_a_title_names_topics_exactly_when_the_one_pattern_of_topics_finds_one(term):
    one = re.compile(
        r"[和与與及，,、/]|概念|对比|對比|比较|比較|\b(?:concepts?|comparison|and)\b", re.IGNORECASE
    )
    split = member_runs._TOPICS.search(term) or member_runs._TOPICS_EN.search(term)
    assert (split is not None) == (one.search(term) is not None)


SENTENCES = [
    "第一句。第二句！第三句？",
    "One. Two! Three? Four",
    "e.g. a list",
    "v1.2 is out",
    "没有句号",
    "",
    "问题?答案？",
]


@pytest.mark.parametrize("text", [*TEXTS, *SENTENCES])
def test_sentence_stops_as_literals_are_found_where_the_class_found_them(text):
    as_class = re.compile(r"[。！？!?；;]|\.(?=\s|$)")
    full_as_class = re.compile(r"[。！？!?]|\.(?=\s|$)")
    assert [m.span() for m in sentences._STOPS.finditer(text)] == [
        m.span() for m in as_class.finditer(text)
    ]
    assert [m.span() for m in sentences._FULL_STOPS.finditer(text)] == [
        m.span() for m in full_as_class.finditer(text)
    ]


@pytest.mark.parametrize("text", [*TEXTS, *SENTENCES, "如何避免", "为什么需要三次握手"])
def test_a_question_is_found_where_the_pattern_with_a_class_found_one(text):
    as_class = re.compile(r"如何|怎样|怎么|为什么|為什麼|为何|為何|哪些|什么|什麼|[?？]")
    assert (item_shapes._QUESTION.search(text) is None) == (as_class.search(text) is None)


@pytest.mark.parametrize("term", ["Concepts", "and", "CAND", "Comparison of X", "TCP", "ı", ""])
def test_english_topics_are_found_exactly_where_the_topics_pattern_finds_them(term):
    assert member_runs._english_topics(term) == (member_runs._TOPICS_EN.search(term) is not None)


@pytest.mark.parametrize(
    "heading",
    [
        "Port roles",
        "Basic rules of probability",
        "Bus",
        "Analysis",
        "Ports\n",
        "状态s",
        "",
        "Roles?",
    ],
)
def test_a_heading_is_plural_exactly_when_the_plural_pattern_finds_its_noun(heading):
    noun = heading_runs._HEAD_NOUN_END.split(heading.strip(), maxsplit=1)[0]
    assert heading_runs.is_plural(heading) == (heading_runs._PLURAL.search(noun) is not None)


@pytest.mark.parametrize("text", ["为什么要分层?", "TCP？？", "1.2 Ports", "状态", "  Why? ", "?"])
def test_a_heading_term_loses_its_question_marks_as_before(text):
    split_tags, strip_numbering = shapes.split_tags, shapes.strip_numbering

    term, _tags = split_tags(strip_numbering(text.strip()))
    assert shapes.heading_term(text) == (shapes._QUESTION_END.sub("", term).strip() or text.strip())


INSTRUCTIONS = [
    "Detect altering of files",
    "Setting derivative to zero",
    "To find β, minimize the loss",
    "TAKE the first bus",
    "ma\u212ae a plan now",
    "f\u0130nd the root fast",
    "f\u0131nd the root fast",
    "\u017folve it now",
    "Analyse the data set",
    " take a b",
    "Map x to y",
    "take it",
    "Root Port",
    "to be",
    "keep",
]


# The pattern as it was written before the verbs were listed once for it and the lookup.
_INSTRUCTION_AS_WRITTEN = re.compile(
    r"^(?:to\s+\w+|(?:assume|assuming|setting|find|finding|define|defining|hide|detect|analy[sz]e|"
    r"inhibit|minimi[sz]e|maximi[sz]e|compute|computing|calculate|calculating|apply|applying|"
    r"choose|select|take|make|add|remove|avoid|prevent|ensure|check|solve|solving|"
    r"replace|compare|consider|create|enable|disable|run|send|store|keep)\s+\S+\s+\S+)",
    re.IGNORECASE,
)


@pytest.mark.parametrize("text", [*TEXTS, *INSTRUCTIONS, "Minimise the loss now", "analyze it all"])
def test_a_text_is_an_instruction_exactly_when_the_instruction_pattern_matches(text):
    matched = _INSTRUCTION_AS_WRITTEN.match(text) is not None
    assert terms._instruction(text) == (matched and len(text.split(None, 1)) > 1)
