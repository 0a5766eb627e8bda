"""Extraction speed (e81): each shortcut gives what the slower way gave.

A bullet too short to be a passage and written in Chinese states nothing of its own without
its sentences being found; a term's tests are asked with one search for punctuation or a
negated verb, and the one-word tests skipped for a text of one word. The passes after
extraction find nodes by line in one walk, search a line for "many" only when it holds a
character or word of such a mark, and give a draft its parent without ``_replace``. These
tests hold the shortcut and the slower way side by side.
"""

from __future__ import annotations

import re

import pytest

from examgen.model import Item
from examgen.notes import (
    clauses,
    inclusions,
    item_shapes,
    node_lines,
    openness,
    settings,
    shapes,
    terms,
)
from examgen.notes import draft as draft_module
from examgen.notes.draft import Draft, Place, with_parent
from examgen.notes.readers import read_markdown
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


MANY = [
    "攻击手段有很多种，常见的有：",
    "种类繁多",
    "各種各樣的工具",
    "不胜枚举",
    "c1·Docker三要素",
    "There are many kinds of sleep disorders",
    "THERE ARE COUNTLESS tools",
    "a wide range of ports",
    "Many types",
    "many \u212ainds of tools",  # the Kelvin sign: a `k` to the caseless pattern
    "\u017feveral ways",  # a long s: an `s` to it
    "Root Port Designated Port",
    "多个容器共享",
    "",
]


@pytest.mark.parametrize("text", MANY)
def test_a_line_says_many_exactly_when_the_one_pattern_of_every_mark_finds_one(text):
    one = re.compile(f"{openness._MANY_ZH.pattern}|{openness._MANY_EN.pattern}", re.IGNORECASE)
    assert openness._says_many(text) == (one.search(text) is not None)


def _lines_as_before(nodes):
    """The two walks as they were: every node by line, and the item around each line."""
    at, around = {}, {}

    def nodes_at(nodes):
        for node in nodes:
            at.setdefault(node.line, []).append(node)
            if node.children:
                nodes_at(node.children)

    def enclosing(nodes, item):
        for node in nodes:
            if item is not None and node.line not in around:
                around[node.line] = item
            if node.children:
                enclosing(node.children, node if node_lines.holds(node) else item)

    nodes_at(nodes)
    enclosing(nodes, None)
    return at, around


OUTLINE = """# 标题

## 章

- 认证的实现方式：
  - 个人的特质
    - 指纹
    - 虹膜
  - 口令

密码学的史前时代:

* 凯撒密码：移位

> [!note] 提示
> - 例如：甲、乙
"""


def test_one_walk_finds_the_nodes_at_each_line_and_the_item_around_it_as_two_did():
    document = read_markdown(OUTLINE, "notes.md")
    lines = node_lines.node_lines(document.nodes)
    at, around = _lines_as_before(document.nodes)
    assert lines.at == at and lines.around == around
    assert around  # the outline has items holding others


def test_a_draft_given_a_parent_equals_the_draft_replaced_by_keyword():
    draft = Draft("list", "甲", "甲", Place("notes.md"), 3, items=(Item("乙"),), open=True)
    given = with_parent(draft, "丙")
    assert type(given) is Draft
    assert given == draft._replace(parent="丙")


LEADS = [
    "常见的协议有：",
    "例如：",
    "c1·Docker三要素",
    "Signalling protocols such as",
    "常见工具，such as：",
    "工具 e.g. 甲",
    "协议 (\u017fuch as)",  # a long s: an `s` to the caseless pattern
    "端口 li\u212ae:",  # the Kelvin sign: a `k` to it
    "\u0130nstance 甲 for \u0130NSTANCE",  # a dotted capital I: an `i` to it
    "多种工具",
    "不限于",
    "",
]


@pytest.mark.parametrize("text", LEADS)
def test_a_lead_in_marks_examples_exactly_when_either_pattern_finds_a_mark(text):
    either = openness._LEAD_ZH.search(text) or openness._LEAD_EN.search(text)
    assert openness._leads(text) == (either is not None)


def _is_clause_as_before(text: str) -> bool:
    """``clauses.is_clause`` as it was: the wide-character search first."""
    if not text.isascii() and clauses._WIDE.search(text):
        return False
    if len(text.split()) < 3:
        return False
    return (
        clauses._EN_FINITE.search(text) is not None
        or clauses._PRONOUN_SUBJECT.match(text) is not None
    )


@pytest.mark.parametrize("text", [*TEXTS, *LEADS, *MANY])
def test_a_text_is_a_clause_exactly_when_it_was_with_the_search_asked_first(text):
    assert clauses.is_clause(text) == _is_clause_as_before(text)


def test_a_text_of_one_word_is_no_clause_without_a_search(monkeypatch):
    class Refusing:
        def search(self, text):
            raise AssertionError(f"searched {text!r}")

    monkeypatch.setattr(clauses, "_WIDE", Refusing())
    assert not clauses.is_clause("c1·即时升级")
    assert not clauses.is_clause("命名空间 隔离")


def test_a_chinese_lead_in_without_an_english_mark_word_is_not_searched_for_one(monkeypatch):
    class Refusing:
        def search(self, text):
            raise AssertionError(f"searched {text!r}")

    monkeypatch.setattr(openness, "_LEAD_EN", Refusing())
    assert not openness._leads("c1·Docker三要素")
    assert openness._leads("常见的协议，例如：")


REMARKS = [
    "Note",
    "One idea",
    "another extension:",
    "A second limitation",
    "The other approach",
    "第二种方法",
    "另一种思路",
    "Equation 1",
    "(Eq. 3)",
    "Fig. 2",
    "table 4",
    "Tab. 1a",
    "c1·即时升级",
    "Docker Images",
    "ONE IDEA",
    "",
    "：",
]


@pytest.mark.parametrize("text", REMARKS)
def test_a_subject_is_a_remark_exactly_when_a_word_or_either_label_pattern_says_so(text):
    stripped = text.strip(" :：")
    before = (
        stripped.casefold() in shapes._REMARK
        or shapes._COUNTING_LABEL.match(stripped) is not None
        or shapes._REFERENCE_LABEL.match(stripped) is not None
    )
    assert shapes.is_remark(text) == before


def test_a_subject_opening_with_no_label_character_tries_no_label_pattern(monkeypatch):
    class Refusing:
        def match(self, text):
            raise AssertionError(f"matched {text!r}")

    monkeypatch.setattr(shapes, "_COUNTING_LABEL", Refusing())
    monkeypatch.setattr(shapes, "_REFERENCE_LABEL", Refusing())
    assert not shapes.is_remark("c1·即时升级")
    assert not shapes.is_remark("Docker Images")


@pytest.mark.parametrize("text", [*TEXTS, *MANY, "\u2e80", "\u2e7f", "é"])
def test_a_text_has_a_wide_character_exactly_when_its_largest_character_is_one(text):
    assert clauses.has_wide(text) == (max(text, default="") >= "\u2e80")


LABELS = [
    "作用:",
    "相关术语:",
    "通过`sync_binlog`控制：",
    "参数`max_binlog_size`控制大小，通过`sync_binlog`控制时机：",
    "innodb.flush-log 取值：",
    "x-y：",
    "",
]


@pytest.mark.parametrize("label", LABELS)
def test_a_label_names_a_setting_exactly_as_its_last_sentence_searched_says(label):
    names = settings._SETTING.findall(clauses.split_last_sentence(label)[1])
    assert settings.setting_name(label) == (names[-1] if names else "")


def test_a_label_with_no_joining_character_is_not_cut_into_sentences(monkeypatch):
    def refusing(text):
        raise AssertionError(f"split {text!r}")

    monkeypatch.setattr(settings, "split_last_sentence", refusing)
    assert settings.setting_name("作用:") == ""


def test_a_draft_made_as_a_tuple_equals_the_draft_its_fields_make_by_name():
    fields = ("list", "甲", "甲", Place("notes.md"), 3, "", (Item("乙"),), (), None)
    fields += ((), (), ("单选",), "有", "丙", False, "")
    made = draft_module.new_draft(Draft, fields)
    assert type(made) is Draft
    assert made == Draft(*fields[:14])  # open and container at their defaults
    assert draft_module.new_draft is tuple.__new__  # Draft has exactly the fields it is made with


INCLUDING = ("系统日志", ["访问日志", "错误日志", "审计日志"])


@pytest.mark.parametrize(
    ("clause", "previous", "expected"),
    [
        ("系统日志包括访问日志、错误日志和审计日志", "", INCLUDING),
        (
            "按照粒度分为行锁、表锁",
            "数据库锁分为共享锁和排他锁",
            ("数据库锁（按照粒度）", ["行锁", "表锁"]),
        ),
        ("c1·即时升级", "", ("", [])),
        ("【即时升级】", "", ("", [])),
        ("按需付费", "", ("", [])),
    ],
)
def test_a_clause_names_a_category_and_members_only_with_a_verb_or_an_angle(
    clause, previous, expected
):
    assert inclusions.inclusion(clause, previous) == expected


def test_a_lead_in_is_lowered_and_searched_once_for_a_word_of_the_english_marks():
    assert all(openness._LEAD_EN_WORD.search(word) for word in openness._LEAD_EN_WORDS)
    assert openness._LEAD_EN_WORD.search("eXg.") is None  # `e.g.` as written, not any letter


BARE = [
    "缺点",
    "其特点",
    "它的缺点",
    "Its drawbacks",
    "their pros",
    "Key features",
    "特点",
    "它们",
    "",
]


@pytest.mark.parametrize("term", [*BARE, *REMARKS, *TEXTS])
def test_a_subject_is_bare_exactly_as_when_every_one_had_its_possessive_taken_off(term):
    text = term.strip(" :：").casefold()
    words = term.strip(" :：").split()
    before = (
        text in shapes._BARE
        or shapes._POSSESSIVE.sub("", text) in shapes._BARE
        or (
            len(words) == 2
            and words[0].isascii()
            and not words[0].isupper()
            and words[1].casefold() in shapes._BARE
        )
    )
    assert shapes.is_bare(term) == before


def test_a_subject_opening_with_no_possessive_character_is_not_searched_for_one(monkeypatch):
    class Refusing:
        def sub(self, replacement, text):
            raise AssertionError(f"searched {text!r}")

    monkeypatch.setattr(shapes, "_POSSESSIVE", Refusing())
    assert not shapes.is_bare("c1·即时升级")
