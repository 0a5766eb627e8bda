"""Parse speed (n103): each shortcut gives what the longer way gave.

An item with nothing under it whose head is ``term:gloss`` or ``term(gloss)`` is read by
the shapes such an item can have (:meth:`LeafItems.glossed_leaf`), not by the general
cascade (:meth:`ItemReader.read_item`). These tests hold the shortcut and the longer way
side by side: same facts, same diagnostics, same member given back to the list.
"""

from __future__ import annotations

import pytest

from examgen.notes import facts
from examgen.notes.draft import Place
from examgen.notes.markdown import read_markdown
from examgen.notes.terms import parse_head
from examgen.notes.tree import Node

GLOSSED_LEAVES = [
    "云计算：按需付费的计算模式",
    "One limitation: it must be fixed beforehand",
    "One idea: learn the map from data",
    "读已提交：避免脏读(Oracle默认隔离级别)",
    "早期：单机部署",
    "Sleep loss caused severe moods: anger, fear, worry. It passes.",
    "In GLM: the mean is linked to the predictors",
    "缺点：贵",
    "Informal definition: a set holding every segment between its points",
    "从数据结构角度：线性表和树",
    "发展路线：并行计算->集群计算->云计算",
    "OSI model: physical-link-network-transport",
    "三要素：镜像、容器、仓库",
    "Root Port - no changes",
    "UDP - connectionless datagrams",
    "人员：2人",
    "完全功能相依 (Full Functional Dependency)",
    "Iterative solution (e.g. IRWLS)",
    "If separable (linear data)",
    "$L_2$ norm (aka. Euclidean distance)",
    "嗅探(Sniff)",
    "Docker(一种容器引擎)",
    "Pros: cheap",
]
PARENTS = ["", "硬盘", "Cons", "Logistic regression"]


def _read_both(text: str, parent: str, member: bool, strong: tuple[str, ...] = ()):
    node = Node("item", text, 3, images=("a.png",), strong=strong, tags=("t",), anchor=None)
    head = parse_head(text)
    place = Place("notes.md", ("Chapter", parent or "Section"), ("chapter", "section"))
    short, long_way = facts._Extractor("notes.md"), facts._Extractor("notes.md")
    given_short = short.glossed_leaf(node, head, place, parent, member)
    given_long = long_way.read_item(node, head, place, parent, member=member, category=False)
    return (given_short, short.drafts, short.diagnostics), (
        given_long,
        long_way.drafts,
        long_way.diagnostics,
    )


@pytest.mark.parametrize("text", GLOSSED_LEAVES)
@pytest.mark.parametrize("parent", PARENTS)
@pytest.mark.parametrize("member", [False, True])
def test_a_glossed_item_with_nothing_under_it_reads_as_the_general_reader_reads_it(
    text, parent, member
):
    assert parse_head(text).how in ("colon", "paren")
    short, long_way = _read_both(text, parent, member)
    assert short == long_way


def test_a_glossed_item_with_math_in_bold_reads_its_symbols_as_the_general_reader_does():
    text = "**Momentum**: $v = \\beta v + g$ where $\\beta$ is the **decay factor**"
    short, long_way = _read_both(text, "Optimizers", True, strong=("Momentum", "decay factor"))
    assert short == long_way


def test_a_glossed_item_with_nothing_under_it_is_not_read_by_the_general_reader(monkeypatch):
    def general_reader(*args: object, **kwargs: object) -> None:
        raise AssertionError("the general reader asked of a glossed leaf")

    document = read_markdown("# 云\n\n- 云计算：按需付费\n- Docker(一种容器引擎)\n", "notes.md")
    expected = facts.extract(document)
    monkeypatch.setattr(facts._Extractor, "read_item", general_reader)
    assert facts.extract(document) == expected
    assert [draft.subject for draft in expected[0]] == ["云计算", "Docker"]


def test_a_list_over_group_headers_lists_the_members_left_once_the_headers_are_taken_out():
    notes = (
        "# 数据库\n\n"
        "- Normalization類型\n"
        "  - 低階Normalization\n  - 第一正規化型式\n  - 第二正規化型式\n"
        "  - 高階Normalization\n  - 第四正規化型式\n  - 第五正規化型式\n"
    )
    drafts, _ = facts.extract(read_markdown(notes, "notes.md"))
    lists = {draft.subject: [item.text for item in draft.items] for draft in drafts}
    assert lists == {
        "低階Normalization": ["第一正規化型式", "第二正規化型式"],
        "高階Normalization": ["第四正規化型式", "第五正規化型式"],
        "Normalization類型": [
            "第一正規化型式",
            "第二正規化型式",
            "第四正規化型式",
            "第五正規化型式",
        ],
    }


def _refuse(name: str):
    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"{name} asked")

    return refused


def test_an_item_without_a_closing_bracket_and_a_colon_is_not_asked_for_a_bracketed_aspect(
    monkeypatch,
):
    from examgen.notes import items

    document = read_markdown("# 密码\n\n- Enigma(齿轮构成的密码机)\n- 凯撒密码：移位\n", "notes.md")
    expected = facts.extract(document)
    monkeypatch.setattr(items, "_bracket_aspect", _refuse("_bracket_aspect"))
    assert facts.extract(document) == expected


def test_an_item_with_a_bracketed_aspect_is_read_as_its_thing_and_that_aspect_of_it():
    document = read_markdown("# 密码\n\n- Enigma(齿轮构成的密码机)(破解方法：图灵机)\n", "notes.md")
    drafts, _ = facts.extract(document)
    assert [(draft.subject, draft.text) for draft in drafts] == [
        ("Enigma", "齿轮构成的密码机"),
        ("Enigma 破解方法", "图灵机"),
    ]


def test_a_member_without_a_comma_is_not_asked_for_names_run_together(monkeypatch):
    notes = "# 密码\n\n- 古典密码\n  - 凯撒密码\n  - 维吉尼亚密码\n"
    document = read_markdown(notes, "notes.md")
    expected = facts.extract(document)
    monkeypatch.setattr(facts, "comma_names", _refuse("comma_names"))
    assert facts.extract(document) == expected
    assert [item.text for item in expected[0][0].items] == ["凯撒密码", "维吉尼亚密码"]


def test_a_member_naming_things_run_together_by_commas_gives_each_name():
    notes = "# 密码\n\n- 古典密码\n  - 凯撒密码，维吉尼亚密码，Book Cipher\n  - 恩尼格玛\n"
    drafts, _ = facts.extract(read_markdown(notes, "notes.md"))
    assert [item.text for item in drafts[0].items] == [
        "凯撒密码",
        "维吉尼亚密码",
        "Book Cipher",
        "恩尼格玛",
    ]


TERM_TEXTS = [
    "Docker",
    "Root Port",
    "Detect altering",
    "Detect altering of files",
    "To find",
    "to  scale",
    "It uses one BPDU",
    "They receive BPDUs",
    "All ports will be Blocking Ports (BP)",
    "Ports are blocked",
    "Manually",
    "Port Fast",
    "TAKE  the  rest",
    "İmport data files",
    "云计算",
    "云计算 是 一种模式",
]


def _is_term_the_long_way(text: str) -> bool:
    """:func:`terms.is_term` as it was before its two word tests shared one split."""
    from examgen.notes import clauses, terms

    plain = terms._unbracketed(terms._masked(text))
    if len(plain.split(None, 1)) > 1 and (clauses.is_clause(plain) or terms._instruction(plain)):
        return False
    return terms.is_term(text)


@pytest.mark.parametrize("text", TERM_TEXTS)
def test_a_text_is_told_a_term_as_the_clause_and_instruction_tests_each_tell_it(text):
    from examgen.notes.terms import is_term

    assert is_term(text) == _is_term_the_long_way(text)


def test_a_text_of_two_words_is_not_asked_whether_it_is_a_clause(monkeypatch):
    from examgen.notes import terms

    monkeypatch.setattr(terms, "is_clause", _refuse("is_clause"))
    assert terms.is_term("Root Port")
    assert not terms.is_term("to scale")


MAY_SAY_TEXTS = [
    "Gradient denoted as x",
    "The mean is DENOTED BY mu",
    "Pronounced as gif",
    "Sleep drunkenness A.K.A. confusional arousals",
    "Port Fast, Also known as edge port",
    "plain words only",
    "a.k",
    "symbolised",
    "Entropy ſymbolised by H",
    "云计算",
    "",
]
KEYWORD_SETS = [
    ("denoted", "written", "represented", "symboli", "read", "pronounced"),
    ("aka", "a.k.a", "also"),
]


@pytest.mark.parametrize("text", MAY_SAY_TEXTS)
@pytest.mark.parametrize("words", KEYWORD_SETS)
def test_one_search_for_keywords_tells_what_a_test_per_keyword_tells(text, words):
    from examgen.notes.sentences import keywords, may_say

    long_way = not text.isascii() or any(word in text.lower() for word in words)
    assert may_say(text, keywords(words)) == long_way


PLAIN_LEAVES = [
    ("即时升级", ()),
    ("Regulated by adenosine, which builds up", ()),
    ("Gradient denoted as $\\nabla L$", ()),
    ("Confusional arousals, aka sleep drunkenness", ()),
    ("Training = Fitting = Parameter estimation", ()),
    (
        "Discounting weighs rewards where $0 < \\beta \\leq 1$ is the short-term factor",
        ("Discounting", "short-term factor"),
    ),
    ("Statins lower the LDL level in blood and more", ("Statins",)),
    ("从数据结构角度", ()),
    ("①协议是通信双方必须遵守的规则。它规定了格式。", ()),
]


@pytest.mark.parametrize(("text", "strong"), PLAIN_LEAVES)
@pytest.mark.parametrize("parent", ["", "Process S"])
def test_a_plain_member_with_nothing_under_it_reads_as_the_general_reader_reads_it(
    text, strong, parent
):
    node = Node("item", text, 3, strong=strong, tags=("t",))
    head = parse_head(text)
    assert head.how == "plain"
    place = Place("notes.md", ("Chapter", "Section"), ("chapter", "section"))
    short, long_way = facts._Extractor("notes.md"), facts._Extractor("notes.md")
    given_short = short.leaf_member(node, head, place, parent)
    given_long = long_way.read_item(node, head, place, parent, member=True, category=False)
    assert (given_short, short.drafts, short.diagnostics) == (
        given_long,
        long_way.drafts,
        long_way.diagnostics,
    )


def test_an_item_over_a_paragraph_is_defined_by_it_and_an_item_over_bullets_lists_them():
    notes = (
        "# Net\n\n- UDP\n\n  A connectionless protocol: no handshake\n- TCP\n\n"
        "# 云\n\n- 协议\n  - 云计算：按需付费\n  - Docker\n"
    )
    drafts, _ = facts.extract(read_markdown(notes, "notes.md"))
    assert [(d.kind, d.subject, d.text, [i.text for i in d.items]) for d in drafts] == [
        ("definition", "UDP", "A connectionless protocol: no handshake", []),
        ("list", "协议", "", ["云计算", "Docker"]),
        ("definition", "云计算", "按需付费", []),
    ]


def test_a_gloss_without_a_hyphen_does_not_ask_whether_its_term_says_order(monkeypatch):
    from examgen.notes import terms

    assert terms.hyphen_steps("OSI model", "physical-link-network") == [
        "physical",
        "link",
        "network",
    ]
    monkeypatch.setattr(terms, "says_order", _refuse("says_order"))
    assert terms.hyphen_steps("OSI model", "physical, link, network") is None
