"""Note shapes of session 20 (issue 8, helper e20): facts the fresh readers found wrong.
One small note of our own per shape, and what it gives (or that it gives nothing)."""

from __future__ import annotations

from examgen.notes import parse_text


def facts(text: str) -> list:
    return list(parse_text(text).facts)


def subjects(text: str, kind: str = "definition") -> list[str]:
    return [f.subject for f in facts(text) if f.kind == kind]


DISORDER = """# Sleep

## Parasomnia

Also **Night binge disorder (NBD)**. NBD is the loss of appetite control, or satiety, during REM
- Caused by faulty hypothalamic mechanisms which normally inhibit hunger signals
- NBD is a strong risk factor in predicting diabetes, as 1 in 3 people with NBD develop diabetes
"""


def test_a_role_bullet_under_a_paragraph_belongs_to_its_term_not_to_a_name_it_mentions():
    found = subjects(DISORDER)
    assert "cause of NBD" in found
    assert "cause of satiety" not in found


def test_a_second_is_a_sentence_about_a_term_just_defined_is_no_definition_of_it():
    found = subjects(DISORDER)
    assert "NBD" not in found
    assert "NBD and diabetes" in found  # what it says, under both names
