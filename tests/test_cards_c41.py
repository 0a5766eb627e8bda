"""Cards: c41's fixes (session 24), read through the anki backend."""

from __future__ import annotations

import re

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki_import import import_package
from card_facts import build, card_fact, card_fronts, learner_text, zh_card_fact
from note_facts import facts

_EN_LABEL = """# Sleep

## Tests

Sleep deprivation harms cognition.

The **vigilance task (VT)** is a method for measuring sleepiness. It is a reaction time task.
The critical measure is the number of lapses, not the speed of the reaction time.
"""

_ZH_LABEL = """# 睡眠

## 测试

睡眠剥夺会损害认知。

**警觉任务（VT）**是测量困倦程度的方法。它是一种反应时任务。关键指标是失误的次数，而不是反应时的快慢。
"""


def test_a_label_defined_in_a_paragraph_about_a_term_is_that_terms(tmp_path):
    (en,) = [f for f in facts(_EN_LABEL) if f.subject == "critical measure"]
    (zh,) = [f for f in facts(_ZH_LABEL) if f.subject == "关键指标"]
    assert en.parent == "vigilance task (VT)" and zh.parent == "警觉任务（VT）"


def test_a_label_definition_card_names_whose_it_is_and_has_no_reverse(tmp_path, col):
    for notes, label, owner in (
        (_EN_LABEL, "critical measure", "vigilance task (VT)"),
        (_ZH_LABEL, "关键指标", "警觉任务（VT）"),
    ):
        (fact,) = [f for f in facts(notes) if f.subject == label]
        import_package(col, build(tmp_path, [fact], f"{fact.lang}.apkg").output)
        (front,) = card_fronts(col, fact.id, "definition")
        assert owner in front and label in front


def test_a_label_definition_whose_owner_is_not_known_gets_no_card(tmp_path, col):
    made = [
        card_fact("l1", "definition", "critical measure", text="the number of lapses"),
        zh_card_fact("l2", "definition", "关键指标", text="失误的次数"),
        card_fact("t1", "definition", "vigilance task", text="a method for measuring sleepiness"),
    ]
    report = build(tmp_path, made)
    import_package(col, report.output)
    assert card_fronts(col, "l1", "definition") == [] == card_fronts(col, "l2", "definition")


def test_a_source_file_named_after_the_answer_is_blanked_on_its_cards(tmp_path, col):
    fact = card_fact(
        "n1",
        "definition",
        "Normalization",
        text="splitting tables so that each fact is stored in one place only",
        source="sources/Normalization.md",
        line=5,
    )
    import_package(col, build(tmp_path, [fact]).output)
    fronts = card_fronts(col, "n1", "definition")
    assert len(fronts) == 2 and all("sources/___.md:5" in front for front in fronts), fronts


def test_a_source_file_named_after_a_list_member_is_blanked_on_its_cards(tmp_path, col):
    fact = card_fact(
        "m1",
        "list",
        "Port roles",
        items=("Root port", "Designated port", "Alternate port"),
        source="sources/Root-Port.md",
    )
    import_package(col, build(tmp_path, [fact]).output)
    fronts = card_fronts(col, "m1", "list")
    assert fronts and all("Root" not in f.split("sources/")[-1] for f in fronts), fronts


def test_a_source_file_naming_no_answer_is_shown_whole(tmp_path, col):
    fact = card_fact("s1", "definition", "Root port", text="the port nearest the root bridge")
    import_package(col, build(tmp_path, [fact]).output)
    assert all("sources/notes.md:3" in f for f in card_fronts(col, "s1", "definition"))


def _answers(col, fact_id: str, kind: str) -> list[str]:
    """The raw HTML of the answer side of every card of the fact's notes."""
    from examgen.deck import note_guid

    nids = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    answers = [c.answer() for nid in nids for c in col.get_note(nid).cards()]
    return [re.sub(r"(?s)<style>.*?</style>", "", answer) for answer in answers]


def test_a_definition_made_of_trait_bullets_asks_to_explain_them_line_by_line(tmp_path, col):
    text = (
        "Becomes designated immediately; Sends hello messages but expects none back; "
        "Goes back to its type when bounced"
    )
    fact = card_fact("e1", "definition", "Edge Port", text=text)
    import_package(col, build(tmp_path, [fact]).output)
    (front,) = card_fronts(col, "e1", "definition")  # no reverse card: traits fit many terms
    (back,) = _answers(col, "e1", "definition")
    assert front.startswith("Explain this Edge Port")
    assert "immediately<br>Sends hello messages" in back and ";" not in back


def test_a_definition_opening_with_what_the_term_is_is_still_defined(tmp_path, col):
    text = "A backup for the designated port; it receives hello messages from it"
    fact = card_fact("b1", "definition", "Backup Port", text=text)
    import_package(col, build(tmp_path, [fact]).output)
    fronts = card_fronts(col, "b1", "definition")
    assert any(f.startswith("Define this term Backup Port") for f in fronts), fronts


def _seen(tmp_path, html: str) -> str:
    """What a learner sees of a card's rendered HTML (with its note type's CSS) in Chromium:
    the page's visible text, as headless Chromium lays it out."""
    from practice_driver import chromium

    page = tmp_path / "card.html"
    page.write_text(f'<html><body class="card">{html}</body></html>', "utf-8")
    driver = chromium()
    try:
        driver.get(page.as_uri())
        return " ".join(driver.execute_script("return document.body.innerText").split())
    finally:
        driver.quit()


def test_a_reverse_cards_back_shows_its_breadcrumb_once(tmp_path, col):
    fact = card_fact(
        "r1",
        "definition",
        "Photosynthesis",
        text="the process by which green plants turn light, water and carbon dioxide into sugar",
        section=("Notes", "Biology", "Plants"),
    )
    import_package(col, build(tmp_path, [fact]).output)
    from examgen.deck import note_guid

    (nid,) = col.db.list("select id from notes where guid = ?", note_guid("r1", "definition"))
    (reverse,) = [c for c in col.get_note(nid).cards() if c.ord == 1]
    assert _seen(tmp_path, reverse.question()).count("Biology › Plants") == 1
    back = _seen(tmp_path, reverse.answer())
    assert back.count("Biology › Plants") == 1 and "Photosynthesis" in back


def test_a_group_cards_back_shows_its_answer_and_no_blank(tmp_path, col):
    members = [
        f"{name} store"
        for name in ["grain", "salt", "wool", "fish", "wine", "coal", "iron", "rope", "oil", "tea"]
    ]
    members.append("timber store")
    fact = card_fact("g1", "list", "Stores of the harbour", items=members)
    import_package(col, build(tmp_path, [fact]).output)
    from examgen.card_budget import grouped_kind
    from examgen.deck import note_guid

    guids = [note_guid("g1", grouped_kind("list", index)) for index in range(4)]
    nids = [n for guid in guids for n in col.db.list("select id from notes where guid = ?", guid)]
    cards = [c for nid in nids for c in col.get_note(nid).cards()]
    (one,) = [c for c in cards if "Part 3 of 3" in learner_text(c.question())]
    assert "___" in _seen(tmp_path, one.question())
    back = _seen(tmp_path, one.answer())
    assert "___" not in back and "timber store" in back


def test_a_lead_in_left_hanging_on_a_preposition_is_explained_going_on(tmp_path, col):
    text = "$g_{est}(1) = \\theta(x_i)$ and $g_{est}(0) = 1 - \\theta(x_i)$"
    fact = card_fact("a1", "definition", "Estimate true distribution as", text=text)
    import_package(col, build(tmp_path, [fact]).output)
    (front,) = card_fronts(col, "a1", "definition")
    assert front.startswith("Explain this Estimate true distribution as …"), front
