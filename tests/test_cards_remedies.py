"""A list named by a problem whose members say what they prevent or solve is asked for its
solutions, not as the problems themselves (cards read through the real Anki backend)."""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection  # noqa: F401
from anki_import import import_package
from card_facts import build as _build
from card_facts import card_fact as _fact
from card_facts import card_fronts as _fronts
from card_facts import zh_card_fact as _zh


def test_remedies_under_a_problem_heading_are_asked_as_its_solutions(tmp_path, col):
    fact = _fact(
        "r1",
        "list",
        "Mooring Line Issues",
        items=(
            ("Chafe Guard", "prevents the line from wearing through on the fairlead"),
            ("Snubber", "absorbs shock loads in a swell"),
        ),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = " ".join(_fronts(col, "r1", "list"))
    assert "solutions for Mooring Line Issues" in fronts


def test_problems_under_a_problem_heading_are_still_asked_as_the_problems(tmp_path, col):
    fact = _fact(
        "r2",
        "list",
        "Mooring Line Issues",
        items=(
            ("Chafe", "the line wears through where it rubs"),
            ("Snatch loads", "sudden jerks in a swell"),
        ),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = " ".join(_fronts(col, "r2", "list"))
    assert "solutions" not in fronts


def test_chinese_remedies_under_a_problem_heading_are_asked_as_its_solutions(tmp_path, col):
    fact = _zh(
        "r3",
        "list",
        "缆绳磨损问题",
        items=(("护缆套", "防止缆绳在导缆孔处磨断"), ("减震器", "用于防止涌浪冲击")),
    )
    import_package(col, _build(tmp_path, [fact]).output)
    fronts = " ".join(_fronts(col, "r3", "list"))
    assert "缆绳磨损问题的解决办法" in fronts
