"""A list's member left blank among the others: "“Docker三要素”是：Docker Images、______、
DockerFile。", asked where the list's name states how many it has."""

from __future__ import annotations

import random
from collections.abc import Sequence

from examgen.model import Fact
from examgen.questions.categories import stated_count
from examgen.questions.form import Ask, Draft, Form, make_question
from examgen.questions.index import Entry, Notes
from examgen.questions.limits import MATCHING_MIN, MAX_TERM_WIDTH, SHORT_ANSWER_MAX
from examgen.questions.text import mentions
from examgen.questions.wording import BLANK, phrase


def blank_member_form(notes: Notes, fact: Fact, name: str, entries: Sequence[Entry]) -> Form | str:
    """The form "“Docker三要素”是：Docker Images、______、DockerFile。", or why there is none."""
    count = stated_count(fact.subject)
    if count is None or count != len(entries):
        return "the list's name does not state how many members it has (no closed set)"
    if not MATCHING_MIN - 1 <= len(entries) <= SHORT_ANSWER_MAX:
        return f"{len(entries)} members: too few or too many to show all but one"
    # A member another member or the name spells out ("Docker" in "Docker Images") is no blank.
    blankable = [
        e
        for e in entries
        if e.width <= MAX_TERM_WIDTH
        and not mentions(name, e.text)
        and not any(mentions(o.text, e.text) for o in entries if o is not e)
    ]
    if not blankable or max(e.width for e in entries) > MAX_TERM_WIDTH:
        return "members too long to write in a blank"

    def blank_member(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
        hidden = rng.choice(blankable)
        join = phrase(ask.lang, "letters_join")
        shown = join.join(BLANK if e is hidden else e.text for e in entries)
        prompt = phrase(ask.lang, "blank_member", list=name, members=shown)
        question = make_question("fill_blank", prompt, ask, facts, answers=(hidden.text,))
        others = [e.text for e in entries if e is not hidden]
        return Draft(
            question,
            "blank_member",
            subject=name,
            stem_texts=(name, *others),
            reveals=tuple((name, t) for t in others),
            asks=(hidden.text,),
        )

    return Form("fill_blank", "blank_member", (fact,), blank_member)
