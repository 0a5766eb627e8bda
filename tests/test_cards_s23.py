"""Cards: the lead's fixes after the session's last fresh reading (issue 9), through the anki
backend."""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki_import import import_package
from card_facts import build, card_fronts, zh_card_fact


def test_a_reverse_card_hides_the_name_the_text_gives_its_term_in_brackets(tmp_path, col):
    fact = zh_card_fact(
        "r1",
        "definition",
        "Shelving",
        text="上架(Shelving)主要是把到货的书按类别放到对应的书架上,再登记位置",
    )
    import_package(col, build(tmp_path, [fact]).output)
    (reverse,) = [f for f in card_fronts(col, "r1", "definition") if "主要是" in f]
    assert "Shelving" not in reverse and "上架" not in reverse


def test_a_list_card_leaves_out_a_heading_that_names_its_members(tmp_path, col):
    fact = zh_card_fact(
        "l1",
        "list",
        "防止漏水的方法",
        items=("双层密封", "定期巡检"),
        section=("Notes", "水管维护", "双层密封和定期巡检"),
    )
    import_package(col, build(tmp_path, [fact]).output)
    (front,) = [f for f in card_fronts(col, "l1", "list") if "有哪些" in f]
    assert "水管维护" in front and "双层密封" not in front and "定期巡检" not in front
