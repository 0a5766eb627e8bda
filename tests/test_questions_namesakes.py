"""An option naming a member of the asked list in other words ("Data link" beside the member
"Link") breaks `member_restated`; a plain wrong option, an opposite or a Chinese name
sharing a head character does not."""

from __future__ import annotations

from question_facts import facts_under

from examgen.model import Option, Question
from examgen.questions.form import Draft, Origin
from examgen.questions.index import index_notes
from examgen.questions.namesakes import member_restated

fact = facts_under(("Networks", "Layers"))
TCPIP = fact("t", "list", "TCP/IP layers", "Link", "Internet", "Transport", "Application",
             lang="en")  # fmt: skip
OSI = fact("o", "list", "OSI layers", "Physical", "Data link", "Network", "Session", lang="en")
PORTS = fact("p", "list", "Port kinds", "Edge", "Point-to-point", "Shared", lang="en")
LOCKS = fact("l", "list", "锁类型", "共享锁", "排他锁")
INTENT = fact("i", "list", "意向锁类型", "意向共享锁", "意向排他锁")


def _belongs(home, options: list[tuple[str, str, bool]]) -> Draft:
    question = Question(
        type="single_choice",
        prompt=f"Which belongs to “{home.subject}”?",
        points=2,
        facts=(home.id,),
        source="notes.md:1",
        options=tuple(Option(text, correct) for _, text, correct in options),
    )
    origins = tuple(
        Origin(text, "answer" if correct else "other list", fact_id, 1, correct)
        for fact_id, text, correct in options
    )
    return Draft(question, "belongs", subject=home.subject, origins=origins)


def test_an_option_naming_a_member_in_more_words_restates_it():
    notes = index_notes([TCPIP, OSI])
    draft = _belongs(
        TCPIP, [("t", "Transport", True), ("o", "Data link", False), ("o", "Session", False)]
    )
    assert "Data link" in (member_restated(draft, notes) or "")


def test_plain_wrong_options_restate_no_member():
    notes = index_notes([TCPIP, OSI])
    draft = _belongs(
        TCPIP, [("t", "Transport", True), ("o", "Physical", False), ("o", "Session", False)]
    )
    assert member_restated(draft, notes) is None


def test_an_opposite_and_a_chinese_name_sharing_characters_are_no_restatement():
    notes = index_notes([PORTS, TCPIP, LOCKS, INTENT])
    opposite = _belongs(PORTS, [("p", "Shared", True), ("t", "Non-Edge", False)])
    assert member_restated(opposite, notes) is None
    chinese = _belongs(LOCKS, [("l", "排他锁", True), ("i", "意向共享锁", False)])
    assert member_restated(chinese, notes) is None
