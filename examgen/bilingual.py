"""Names the notes give in both scripts: ``原子性(Atomicity)``, ``Atomicity（原子性）``.

A Chinese name with its English name in brackets (or the other way round) says the two are
one thing. A question or card that shows one while asking for the other gives its answer
away by translation; papers (``examgen.questions.translations``) and cards
(``examgen.card_survey``) both read the pairs here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_HAN_RUN = r"[\u4e00-\u9fff\u3400-\u4dbf]"
#: A name and its other-script name in brackets, either way round.
_HAN_LATIN = re.compile(rf"({_HAN_RUN}{{2,8}})\s*[(（]\s*([A-Za-z][A-Za-z '\-]{{2,40}}?)\s*[)）]")
_LATIN_HAN = re.compile(rf"([A-Za-z][A-Za-z '\-]{{2,40}}?)\s*[(（]\s*({_HAN_RUN}{{2,8}})\s*[)）]")


def bracket_pairs(texts: Iterable[str]) -> dict[tuple[str, str], None]:
    """(English phrase casefolded, Chinese name) pairs ``texts`` write in brackets, in the
    order first seen (a dict used as an ordered set). One pass over the texts."""
    found: dict[tuple[str, str], None] = {}
    for text in texts:
        if "(" not in text and "（" not in text:
            continue
        for han, latin in _HAN_LATIN.findall(text):
            found[(latin.strip().casefold(), han)] = None
        for latin, han in _LATIN_HAN.findall(text):
            found[(latin.strip().casefold(), han)] = None
    return found
