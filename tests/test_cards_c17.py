"""Cards of session 16, round 2 (issue 9): no partial-word giveaways. Each read off cards
the real Anki backend renders from a small deck of facts written here.
"""

from __future__ import annotations

import re

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import learner_text as _text

from examgen.deck import note_guid


def _note(col: Collection, fact_id: str, kind: str):
    (nid,) = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return col.get_note(nid)


def _cloze_fronts(col: Collection, fact_id: str) -> list[str]:
    """The front of each cloze card of a list."""
    return [_text(card.question()) for card in _note(col, fact_id, "list-cloze").cards()]


def _front_asking(fronts: list[str], member: str) -> str:
    """The one front that hides ``member``."""
    (front,) = [q for q in fronts if member not in q]
    return front


BRIDGE = (
    ("Bridge priority", "0 - 61440, default 32768"),
    ("System ID Extension", "0 - 4095 (for VLANs)"),
    ("MAC Address", "in a default switch group the lowest MAC becomes root"),
)


def test_an_acronym_of_an_asked_member_is_hidden_in_its_gloss(tmp_path, col):
    fact = _fact("bid", "list", "Bridge ID contains", items=BRIDGE)
    import_package(col, _build(tmp_path, [fact]).output)
    front = _front_asking(_cloze_fronts(col, "bid"), "MAC Address")
    assert not re.search(r"\bMAC\b", front)
    assert "the lowest [...] becomes root" in front


def test_an_acronym_is_shown_on_the_cards_that_do_not_ask_its_member(tmp_path, col):
    fact = _fact("bid", "list", "Bridge ID contains", items=BRIDGE)
    import_package(col, _build(tmp_path, [fact]).output)
    front = _front_asking(_cloze_fronts(col, "bid"), "Bridge priority")
    assert "the lowest MAC becomes root" in front


def test_an_acronym_the_title_shows_is_not_hidden(tmp_path, col):
    fact = _fact("bid", "list", "Bridge ID contains", items=BRIDGE)
    import_package(col, _build(tmp_path, [fact]).output)
    front = _front_asking(_cloze_fronts(col, "bid"), "System ID Extension")
    assert "Bridge ID" in front  # the title names "ID": hiding it would not hide the answer


def test_an_acronym_two_members_share_is_not_hidden(tmp_path, col):
    items = (("STP root port", "towards the root"), ("STP edge port", "PortFast in STP"))
    fact = _fact("roles", "list", "Port kinds", items=items)
    import_package(col, _build(tmp_path, [fact]).output)
    front = _front_asking(_cloze_fronts(col, "roles"), "STP root port")
    assert "PortFast in STP" in front


def test_a_group_card_hides_an_acronym_of_its_blanks_in_the_members_it_shows(tmp_path, col):
    items = [("MAC Address", "")] + [
        (f"member{k:02d} word", "picked by the lowest MAC" if k == 6 else "") for k in range(2, 16)
    ]
    import_package(col, _build(tmp_path, [_fact("long", "list", "Long parts", items=items)]).output)
    first = _note(col, "long", "list")
    (card,) = first.cards()
    question = _text(card.question())
    assert "member06 word" in question and "picked by the lowest ___" in question


def test_an_acronym_of_a_term_is_hidden_on_its_reverse_card(tmp_path, col):
    text = "the MAC of a network card, burned in by the vendor, 48 bits long"
    import_package(
        col, _build(tmp_path, [_fact("mac", "definition", "MAC Address", text=text)]).output
    )
    note = _note(col, "mac", "definition")
    (card,) = [c for c in note.cards() if c.ord == 1]
    question = _text(card.question())
    assert not re.search(r"\bMAC\b", question) and "the ___ of a network card" in question


def test_a_formula_inside_an_asked_formula_is_hidden_on_its_card_and_so_is_the_reverse(
    tmp_path, col
):
    items = (
        ("$\\mathbf{x}$", "the original features"),
        ("$\\phi$", "the transformation"),
        ("$\\phi(\\mathbf{x})$", "the new features"),
    )
    import_package(
        col, _build(tmp_path, [_fact("phi", "list", "Basis components", items=items)]).output
    )
    cards = {c.ord + 1: c.question() for c in _note(col, "phi", "list-cloze").cards()}
    assert "\\phi" not in cards[3] and "\\mathbf{x}" not in cards[3]
    assert "\\phi(" not in cards[2] and "\\mathbf{x}" in cards[2]
    assert "\\phi" in cards[1] and "\\phi(" not in cards[1]


def test_a_list_over_the_recall_budget_is_asked_by_its_group_cards_only(tmp_path, col):
    members = tuple((f"member{k:02d} word",) for k in range(1, 16))
    import_package(col, _build(tmp_path, [_fact("long", "list", "Long", items=members)]).output)
    guids = set(col.db.list("select guid from notes"))
    assert note_guid("long", "list") in guids and note_guid("long", "list#3") in guids
    assert note_guid("long", "list-cloze") not in guids


def test_a_list_within_the_budget_keeps_its_recall_card_and_its_cloze_cards(tmp_path, col):
    import_package(
        col, _build(tmp_path, [_fact("bid", "list", "Bridge components", items=BRIDGE)]).output
    )
    assert len(_note(col, "bid", "list").cards()) == 1
    assert len(_note(col, "bid", "list-cloze").cards()) == 3


def _recall_front(col: Collection, fact_id: str) -> str:
    (card,) = _note(col, fact_id, "list").cards()
    return _text(card.question())


def test_a_list_headed_by_a_plural_noun_asks_for_its_instances(tmp_path, col):
    facts = [
        _fact("timers", "list", "STP Timers", items=(("Hello",), ("Forward Delay",), ("Max Age",))),
        _fact(
            "triggers", "list", "triggers of Cataplexy", items=(("laughter",), ("anger",)), line=9
        ),
        _fact("bayes", "list", "Naive Bayes", items=(("fast",), ("simple",)), line=15),
    ]
    import_package(col, _build(tmp_path, facts).output)
    assert "What are the STP Timers?" in _recall_front(col, "timers")
    assert "What are the triggers of Cataplexy?" in _recall_front(col, "triggers")
    assert "What are the Naive Bayes" not in _recall_front(col, "bayes")  # a name, no plural
