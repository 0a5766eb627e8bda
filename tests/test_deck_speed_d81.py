"""What the deck no longer does for every fact (d81). The notes and cards are the same
(``test_deck_golden.py``); these say the work left out, and that the answer still comes
when the shape is there."""

from __future__ import annotations

from examgen import card_budget


class _Unused:
    def __init__(self, name: str) -> None:
        self.name = name

    def sub(self, *args, **kwargs):
        raise AssertionError(f"ran {self.name} over a text it cannot match")

    def __call__(self, *args, **kwargs):
        raise AssertionError(f"used {self.name} where nothing is to be found")


def test_a_list_whose_members_begin_with_no_negation_is_no_pair_without_a_pass_per_member(
    monkeypatch,
):
    monkeypatch.setattr(card_budget, "_NEGATION", _Unused("the negation pattern"))
    assert card_budget.negated_pairs(["Root port", "Designated port", "根端口"]) == [False] * 3
    monkeypatch.undo()
    assert card_budget.negated_pairs(["Trivial", "Non-trivial", "Partial"]) == [
        True,
        True,
        False,
    ]
    assert card_budget.negated_pairs(["主键", "外键", "非主键"]) == [True, False, True]


def test_numbered_members_that_frame_different_words_are_no_series_without_counting(
    monkeypatch,
):
    monkeypatch.setattr(card_budget, "Counter", _Unused("a count of frames"))
    assert card_budget.ordinal_series(["Port 1 cost", "Stage 2 delay", "3NF"]) == [False] * 3
    monkeypatch.undo()
    assert card_budget.ordinal_series(["Stage 1", "Stage 2", "Root"]) == [True, True, False]
    assert card_budget.ordinal_series(["第一范式", "第二范式", "第三范式", "BCNF"]) == [
        True,
        True,
        True,
        False,
    ]
