"""Cue rules of form, not words: the one option much longer or shorter than the others, a
select-all's answers set apart by their length, the answers alone in another case. Each rule
is registered in :data:`~examgen.questions.rules.ITEM_RULES`; :func:`even_lengths` lets the
distractor picker avoid the length cue before the rule has to turn a question down.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from examgen.questions.form import Draft
from examgen.questions.index import Entry, Notes
from examgen.questions.text import script_of
from examgen.questions.wording import display_width

_CHOICES = ("single_choice", "multiple_choice")

#: An answer this many times longer (or shorter) than every other option stands out...
LENGTH_RATIO = 1.6
#: ...when it is also at least this many columns longer (short options vary a lot).
LENGTH_MARGIN = 8
#: The longest option is the classic give-away (test-wise students pick it), so a key longer
#: than every other option stands out sooner: this many times the longest other one (a key
#: 62 columns beside 44 and 12 is the one long option; 49 beside 37 and 17 is within the
#: spread of honest definitions)...
LONGER_RATIO = 1.4
#: ...and at least this many columns (six CJK characters) past it.
LONGER_MARGIN = 12


def no_length_cue(draft: Draft, notes: Notes) -> str | None:
    """The answer is not the one option much longer, or much shorter, than the others; nor
    are a select-all's answers the only short (or long) options."""
    q = draft.question
    if q.type not in _CHOICES:
        return None
    right = [display_width(o.text) for o in q.options if o.correct]
    others = [display_width(o.text) for o in q.options if not o.correct]
    if not right or not others:
        return None
    if q.type == "multiple_choice":
        return _set_apart(right, others)
    answer = next(o.text for o in q.options if o.correct)
    apart = name_length_apart(answer, [o.text for o in q.options if not o.correct])
    if apart:
        return apart
    width = right[0]
    if width > LONGER_RATIO * max(others) and width - max(others) >= LONGER_MARGIN:
        return "the answer is much longer than every other option"
    if width * LENGTH_RATIO < min(others) and min(others) - width >= LENGTH_MARGIN:
        return "the answer is much shorter than every other option"
    return None


#: A select-all's keys all shorter (or all longer) than every wrong option by this ratio
#: stand out as a set ("标准", "封装" beside "多语言", "路由寻址", "服务通信")...
SET_RATIO = 1.25
#: ...when the gap is also at least this many columns (one CJK character).
SET_MARGIN = 2


def _set_apart(right: list[int], others: list[int]) -> str | None:
    """Whether a select-all's keys (their display widths ``right``) are set apart from the
    wrong options (``others``) by their length: all at one end, past a gap."""
    if min(others) >= SET_RATIO * max(right) and min(others) - max(right) >= SET_MARGIN:
        return "the answers are all much shorter than every wrong option"
    if min(right) >= SET_RATIO * max(others) and min(right) - max(others) >= SET_MARGIN:
        return "the answers are all much longer than every wrong option"
    return None


#: Of short Chinese names, the answer alone this many times shorter (or longer) than every
#: other option stands out ("标准" among "多语言", "路由寻址", "服务通信"): names are read by
#: their count of characters at a glance, 2 against 3 or 4 against 6.
NAME_SET_RATIO = 1.5
#: Options at most this wide (six Han characters) are names, read by their length at a glance.
MAX_NAME_WIDTH = 12


def name_length_apart(answer: str, others: Sequence[str]) -> str | None:
    """Whether a single choice of short Chinese names sets its answer apart by its length:
    the answer the only shortest (or longest) option, by :data:`NAME_SET_RATIO` and one
    character. Latin names vary in length too much for one to stand out this way."""
    texts = [answer, *others]
    if not others or any(script_of(t) != "han" for t in texts):
        return None
    widths = [display_width(t) for t in texts]
    if max(widths) > MAX_NAME_WIDTH:
        return None
    width, rest = widths[0], widths[1:]
    if min(rest) >= NAME_SET_RATIO * width and min(rest) - width >= SET_MARGIN:
        return "the answer is the only short name among longer ones"
    if width >= NAME_SET_RATIO * max(rest) and width - max(rest) >= SET_MARGIN:
        return "the answer is the only long name among shorter ones"
    return None


def even_lengths(answer: str, ranked: Sequence[Entry], count: int) -> list[Entry]:
    """``count`` of the ``ranked`` distractor candidates (best first) among which the answer
    is not set apart by its length (:func:`name_length_apart`): the best ``count`` when they
    do, else the best-ranked set that does (a set of near lengths is a better question than
    none), else the best ``count`` (which the rule then turns down)."""
    first = list(ranked[:count])
    if not name_length_apart(answer, [e.text for e in first]):
        return first
    for chosen in itertools.combinations(ranked, count):
        if not name_length_apart(answer, [e.text for e in chosen]):
            return list(chosen)
    return first


def no_case_cue(draft: Draft, notes: Notes) -> str | None:
    """The answers are not the only options whose first letter is in another case than the
    others' ("amygdala" among "Brainstem", "Thalamus", "Hippocampus")."""
    q = draft.question
    if q.type not in _CHOICES:
        return None
    firsts = [re.match(r"\W*([A-Za-z])", o.text) for o in q.options]
    if not all(firsts):
        return None
    lower = {o.text for o, m in zip(q.options, firsts, strict=True) if m and m.group(1).islower()}
    keys = {o.text for o in q.options if o.correct}
    if (
        lower
        and len(lower) < len(q.options)
        and keys in (lower, {o.text for o in q.options} - lower)
    ):
        return "only the answers begin in their own letter case"
    return None
