"""A paper shorter than its blueprint is given time in proportion to its points (rv61–rv63:
an econ paper of 2 questions worth 3 points printed "90 minutes")."""

from __future__ import annotations

from examgen.config import ExamConfig
from examgen.model import Fact, Item
from examgen.questions import make_exam
from examgen.questions.wording import scaled_duration


def test_a_paper_of_a_third_of_its_planned_points_gets_a_third_of_the_time():
    assert scaled_duration("90分钟", 15, 45) == "30分钟"


def test_scaled_time_is_rounded_up_to_five_minutes_and_never_under_ten():
    assert scaled_duration("90分钟", 16, 45) == "35分钟"
    assert scaled_duration("90分钟", 1, 45) == "10分钟"


def test_a_full_paper_or_a_time_written_otherwise_keeps_it_as_written():
    assert scaled_duration("90分钟", 45, 45) == "90分钟"
    assert scaled_duration("1.5 hours", 3, 45) == "1.5 hours"


def test_a_thin_english_paper_prints_a_time_in_proportion_to_its_points():
    facts = [
        Fact("d1", "definition", "Rinse", "washing the grains in cold water", lang="en"),
        Fact("d2", "definition", "Soak", "leaving the grains in water for an hour", lang="en"),
        Fact(
            "l1", "list", "Rice kinds", items=(Item("jasmine"), Item("basmati"), Item("arborio")),
            lang="en",
        ),
    ]  # fmt: skip
    paper = make_exam(facts, ExamConfig(), seed=1)[0]
    total = sum(s.points for s in paper.sections)
    assert 0 < total < 30
    assert paper.duration != "90 minutes"
    assert paper.duration.endswith(" minutes")
    assert f"Time allowed: {paper.duration}." in paper.instructions


def test_an_english_paper_of_one_question_says_question_in_the_singular():
    from examgen.questions.wording import paper_instructions

    text = paper_instructions("en", 3, 1, "10 minutes")
    assert text.startswith("This paper has 1 question worth 3 points.")
    assert paper_instructions("en", 1, 1, "").startswith("This paper has 1 question worth 1 point.")
    assert paper_instructions("en", 6, 2, "").startswith(
        "This paper has 2 questions worth 6 points."
    )
