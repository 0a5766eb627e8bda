"""A parsed fact is an ordinary frozen `Fact`: equal, hashed, printed and pickled as one made by
its own constructor (the guard for any faster way of making facts in the parser)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
from note_facts import facts

from examgen.model import Fact

_NOTE = "# Garden\n\n## Tools\n\n- spade: digs\n- rake\n\nCompost: rotted leaves\n"


def _rebuilt(fact: Fact) -> Fact:
    """The same fact made by the dataclass's own ``__init__``."""
    return Fact(**{field.name: getattr(fact, field.name) for field in dataclasses.fields(Fact)})


def test_a_parsed_fact_equals_and_hashes_as_one_made_by_its_constructor() -> None:
    for fact in facts(_NOTE):
        assert fact == _rebuilt(fact)
        assert hash(fact) == hash(_rebuilt(fact))
        assert repr(fact) == repr(_rebuilt(fact))


def test_a_parsed_fact_pickles_to_the_same_bytes_as_one_made_by_its_constructor() -> None:
    for fact in facts(_NOTE):
        assert pickle.dumps(fact) == pickle.dumps(_rebuilt(fact))
        assert pickle.loads(pickle.dumps(fact)) == fact


def test_a_parsed_fact_stays_frozen() -> None:
    fact = facts(_NOTE)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fact.subject = "changed"  # type: ignore[misc]
