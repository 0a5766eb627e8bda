"""Form cues among a choice's options: the answers are not the only options written in their
own form.

"政府机构" beside "政治因素P", "经济因素E", "技术因素T": the three wrong options carry a code
letter (the initials of a mnemonic, PEST) that the key lacks, so the key is the odd one out by
its look alone. Registered in :data:`~examgen.questions.rules.ITEM_RULES` as ``no_form_cue``.
"""

from __future__ import annotations

import re

from examgen.questions.form import Draft
from examgen.questions.index import Notes

_CHOICES = ("single_choice", "multiple_choice")
#: A code mark: capitals written straight after a CJK name ("政治因素P", "一般环境PEST").
_CODE = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf][A-Z]{1,4}\W*$")


def coded(text: str) -> bool:
    """Whether an option ends in a code mark of capitals after a CJK name ("政治因素P")."""
    return bool(_CODE.search(text.strip()))


def no_form_cue(draft: Draft, notes: Notes) -> str | None:
    """The answers are not the only options with (or without) a code mark: with every other
    option marked and the answers not (or the reverse), the look picks them."""
    q = draft.question
    if q.type not in _CHOICES or len(q.options) < 3:
        return None
    marked = {o.text for o in q.options if coded(o.text)}
    if not marked or len(marked) == len(q.options):
        return None
    keys = {o.text for o in q.options if o.correct}
    if keys == marked:
        return "only the answers end in a code letter"
    if keys == {o.text for o in q.options} - marked:
        return "only the answers lack the code letter every other option ends in"
    return None
