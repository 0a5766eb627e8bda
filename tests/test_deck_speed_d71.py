"""What the deck no longer does for every fact (d71): the typo correction looks at a fact
whose texts hold none of the notes' typos only once, and hands the fact back as it is. The
notes and cards are the same (``test_deck_golden.py``); these say the work."""

from __future__ import annotations

from examgen import spelling
from examgen.model import Fact, Item
from examgen.spelling import Spelling, spelled_fact

TYPOS = Spelling({"environmnet": "environment"}, {"符和": "符合"})


class _NoWordByWord:
    def sub(self, *args):
        raise AssertionError("corrected a text holding no typo word by word")

    def finditer(self, *args):
        raise AssertionError("looked word by word at a text holding no typo")


def test_a_fact_holding_no_typo_is_handed_back_as_it_is(monkeypatch):
    fact = Fact(
        id="sandbox",
        kind="list",
        subject="Sandbox traits",
        items=(Item("isolated", "隔离"), Item("disposable")),
        section=("Runtime",),
        label="traits",
    )
    monkeypatch.setattr(spelling, "_WORD", _NoWordByWord())
    assert spelled_fact(fact, TYPOS) is fact


def test_a_text_holding_no_typo_is_handed_back_without_a_word_by_word_pass(monkeypatch):
    monkeypatch.setattr(spelling, "_WORD", _NoWordByWord())
    assert TYPOS.correct("an isolated environment where code runs") == (
        "an isolated environment where code runs"
    )


def test_a_fact_holding_a_typo_in_any_case_or_script_is_still_corrected():
    fact = Fact(
        id="sandbox",
        kind="definition",
        subject="Sandbox",
        text="An isolated Environmnet, 符和 the policy; `environmnet` in code stays",
        section=("Runtime",),
    )
    assert spelled_fact(fact, TYPOS).text == (
        "An isolated Environment, 符合 the policy; `environmnet` in code stays"
    )


class _Unused:
    def __init__(self, name: str) -> None:
        self.name = name

    def sub(self, *args, **kwargs):
        raise AssertionError(f"ran {self.name} over a text it cannot match")


def test_a_list_whose_members_hold_no_numeral_is_no_series_without_a_pass_per_member(
    monkeypatch,
):
    from examgen import card_budget

    monkeypatch.setattr(card_budget, "_ORDINAL", _Unused("the ordinal pattern"))
    assert card_budget.ordinal_series(["Root port", "根端口", "Blocked port"]) == [False] * 3
    monkeypatch.undo()
    assert card_budget.ordinal_series(["第一范式", "第二范式", "第三范式", "BCNF"]) == [
        True,
        True,
        True,
        False,
    ]


def test_a_lists_subject_is_folded_once_for_all_its_members_when_looking_for_headers():
    from examgen.card_budget import group_headers

    folded = []

    class Subject(str):
        def casefold(self):
            folded.append(self)
            return super().casefold()

    members = [Item(f"Port {n}") for n in range(12)]
    assert group_headers(members, Subject("Ports"), "ports") == [False] * 12
    assert len(folded) == 1
    assert group_headers(
        [Item("UTS 命名空间"), Item("IPC"), Item("PID"), Item("Mount")], "隔离", "命名空间"
    ) == [True, False, False, False]


def test_a_text_pointing_to_no_figure_is_kept_without_the_figure_pattern(monkeypatch):
    from examgen import card_rewrites

    monkeypatch.setattr(card_rewrites, "_FIGURE", _Unused("the figure pattern"))
    text = "a port that forwards frames towards the root bridge"
    assert card_rewrites.without_figure("间隙锁对范围加锁。") == "间隙锁对范围加锁。"
    monkeypatch.undo()
    assert card_rewrites.without_figure(text) == text
    assert card_rewrites.without_figure("间隙锁对范围加锁，如下图所示。") == "间隙锁对范围加锁。"
    assert card_rewrites.without_figure("Root port (see THE FIGURE below)") == "Root port"


def test_a_member_without_closing_stop_or_joining_word_is_cleaned_without_either_pattern(
    monkeypatch,
):
    from examgen import cardtext

    monkeypatch.setattr(cardtext, "_MEMBER_END", _Unused("the closing-stop pattern"))
    monkeypatch.setattr(cardtext, "_MEMBER_LEAD", _Unused("the joining-word pattern"))
    assert cardtext.member_text(" **Root** port ") == "Root port"
    monkeypatch.undo()
    assert cardtext.member_text("且无多值相依存在；") == "无多值相依存在"
    assert cardtext.member_text("并且可以恢复。") == "可以恢复"


def test_each_member_is_judged_a_statement_once_when_choosing_what_to_ask(monkeypatch):
    from examgen import card_budget

    judged = []

    def counting(text):
        judged.append(text)
        return len(text.split()) > 4

    monkeypatch.setattr(card_budget, "is_sentence", counting)
    members = [Item("Root port"), Item("Kubernetes/Mesos/Swarm"), Item("Active/Passive")]
    assert card_budget.asked_members(members) == [True, False, True]
    assert sorted(judged) == sorted(item.text for item in members)
    judged.clear()
    stated = [
        Item("a port that forwards frames to the root"),
        Item("a port that blocks frames to stop loops"),
        Item("Root port"),
        Item("备份端口，替代"),
    ]
    assert card_budget.asked_members(stated) == [False, False, True, False]
    assert len(judged) == len(stated)


def test_a_term_with_no_latin_word_nor_numeronym_is_looked_for_in_no_other_form(monkeypatch):
    from examgen import card_forms

    def no_search(term, text):
        raise AssertionError(f"looked for {term!r} as a numeronym in {text!r}")

    monkeypatch.setattr(card_forms, "_numeronym_forms", no_search)
    assert card_forms.other_forms("命名空间", "Linux 命名空间 namespaces") == ()
    assert card_forms.other_forms("$x^2$", "the square x2") == ()
    monkeypatch.undo()
    assert card_forms.other_forms("Kubernetes", "K8s 集群") == ("K8s",)
    assert card_forms.other_forms("cgroup", "CGroups 控制组") == ("CGroups",)


def test_a_member_without_a_gloss_is_not_read_for_a_cut_word(monkeypatch):
    from examgen import cards
    from examgen.card_survey import survey

    fact = Fact(
        id="roles",
        kind="list",
        subject="Port roles",
        items=(Item("Root port"), Item("Designated port"), Item("Alternate port", "备份")),
        section=("STP",),
        source="sources/stp.md",
        line=3,
    )
    plan = survey([fact])
    read = []

    def cut_word(text, notes):
        read.append(text)
        return None

    monkeypatch.setattr(cards, "cut_word", cut_word)
    made = cards.fact_notes(fact, plan, reverse=False, images="", context="", source="stp.md")
    assert made.notes
    assert "" not in read
    assert "备份" in read


def test_a_hiders_needles_come_longest_first_and_ties_in_the_order_given():
    from examgen.cardtext import Hider

    hider = Hider({1: "ab", 2: "cd", 3: "abc", 4: "x y"}, {1: ["zz", "abcd"]})
    assert hider.needles == (
        ("abcd", (1,)),
        ("abc", (3,)),
        ("x y", (4,)),
        ("ab", (1,)),
        ("cd", (2,)),
        ("zz", (1,)),
    )


def test_a_subject_joining_nothing_or_pointing_nowhere_skips_those_patterns(monkeypatch):
    from examgen import card_definitions as defs
    from examgen import card_rewrites

    class Unused:
        def split(self, *args):
            raise AssertionError("split a subject that joins nothing")

        def sub(self, *args):
            raise AssertionError("cut a pointer from a subject that has none")

    monkeypatch.setattr(defs, "_JOINED", Unused())
    monkeypatch.setattr(card_rewrites, "_DANGLING", Unused())
    assert not defs.names_a_pair("Root port (RP)", "the port nearest the root bridge")
    assert card_rewrites.without_dangling("幻读问题的解决方法") == "幻读问题的解决方法"
    monkeypatch.undo()
    assert defs.names_a_pair("RBD and Parkinson's disease", "RBD predicts Parkinson's disease")
    assert defs.names_a_pair("命名空间和PID", "命名空间隔离PID")
    assert not defs.names_a_pair("Random forest", "RBD and Parkinson's disease")
    assert (
        card_rewrites.without_dangling("解决该级别下出现的幻读问题的方法") == "解决幻读问题的方法"
    )


def test_a_typo_is_searched_for_case_sensitively_in_the_text_lower_cased():
    import re

    assert not TYPOS._needle.flags & re.IGNORECASE  # IGNORECASE tries every position
    assert TYPOS.holds_typo("An ENVIRONMNET, 符和")
    assert not TYPOS.holds_typo("an environment, 符合")
    assert TYPOS.correct("An Environmnet here") == "An Environment here"
