"""Cards of session 30 (issue 9): the final reader's flaws, read off cards the real Anki
backend renders from small notes and decks written here.
"""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki_import import import_package
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import card_fronts as _fronts
from card_facts import zh_card_fact as _zh

from examgen.notes import parse_paths

# ------------------------------------------------ 1. an open list gets no one-blank cloze


def test_an_open_list_gets_no_cloze_note_of_its_members(tmp_path, col):
    fact = _fact("o1", "list", "Tea snacks", items=("scones", "biscuits", "shortbread"), open=True)
    import_package(col, _build(tmp_path, [fact]).output)
    assert _fronts(col, "o1", "list-cloze") == []
    assert len(_fronts(col, "o1", "list")) == 1  # still asked for the examples, once


def test_a_closed_list_of_the_same_members_keeps_its_cloze_note(tmp_path, col):
    fact = _fact("o2", "list", "Tea snacks", items=("scones", "biscuits", "shortbread"))
    import_package(col, _build(tmp_path, [fact]).output)
    assert len(_fronts(col, "o2", "list-cloze")) == 3


# ------------------------------------------------ 2. "(e.g. …)" in a callout marks the list open

_CALLOUT = (
    "# Health\n\n>[!aside] Aside: Wheezing\n>Wheezing is a whistling sound made while breathing. "
    "It is typically triggered by irritants (e.g. smoke, dust, pollen, perfume).\n"
)


def test_an_eg_list_in_brackets_in_a_callout_is_open_and_counted_nowhere(tmp_path, col):
    notes = tmp_path / "health.md"
    notes.write_text(_CALLOUT, encoding="utf-8")
    facts = parse_paths([notes]).facts
    (listed,) = [f for f in facts if f.kind == "list"]
    assert [i.text for i in listed.items] == ["smoke", "dust", "pollen", "perfume"]
    assert listed.open
    import_package(col, _build(tmp_path, [listed]).output)
    assert _fronts(col, listed.id, "list-cloze") == []
    assert all("4 items" not in front for front in _fronts(col, listed.id, "list"))


# ------------------------------------------------ 3. no numbered slice of an unnamed list


def test_a_long_list_naming_no_relation_gets_no_slice_cards(tmp_path, col):
    items = [f"第{n}号水渠引水灌溉下游的稻田" for n in range(1, 9)]
    fact = _zh("s1", "list", "水车", items=items)
    other = _zh("s2", "definition", "风车", text="借风力转动的机械", line=20)
    import_package(col, _build(tmp_path, [fact, other]).output)
    fronts = _fronts(col, "s1", "list") + _fronts(col, "s1", "list#2")
    assert not any("共8点" in front for front in fronts)
    assert fronts == []


# ------------------------------------------------ 4. one instruction on a blanked card


def test_a_blanked_card_shows_the_lists_title_not_its_question(tmp_path, col):
    rule = "每一个函数依赖 X→Y 中，X 都必须是该数据表的超键，否则就要再把数据表拆成更小的表"
    fact = _zh("q1", "list", "第五范式的条件", items=("符合4NF", rule))
    import_package(col, _build(tmp_path, [fact]).output)
    (front,) = _fronts(col, "q1", "list")
    assert front.startswith("写出空缺的1项 第五范式的条件 ＿＿")  # no "…有哪些？" under it
    assert "有哪些" not in front
