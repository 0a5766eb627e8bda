"""What a definition's text loses or gains on its way to a card: a pointer to a figure the
card does not carry, a lead-in pointing back to a sentence it does not show, "以上两者" said by
its referents, another term's definition glued on after a semicolon, the notes' bullets of
traits joined by "; " (one line each); and the patterns telling a text that leads into its
list or ends a sentence (:mod:`examgen.card_survey`). :mod:`examgen.card_definitions` tells
what a definition is; this module changes what it shows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

# "如下图所示", "如圖", "see the figure below": a figure the card does not carry.
_FIGURE = re.compile(
    r"[，,]?\s*(?:如|见|見)(?:下|上)?(?:图|圖)(?:所示)?(?=[。.，,；;]|$)"
    r"|\s*\(?(?:see|as shown in) the (?:figure|image|diagram)(?: (?:below|above))?\)?",
    re.IGNORECASE,
)


def without_figure(text: str) -> str:
    """``text`` without the phrase pointing to a figure ("间隙锁对范围加锁，如下图所示。" ->
    "间隙锁对范围加锁。"); the figure is not on the card."""
    # Every match holds 图/圖 or an English "the" (in any case: IGNORECASE matches only
    # ASCII letters to t, h, e): most texts hold neither and skip the pattern.
    if "图" not in text and "圖" not in text and "the" not in text.lower():
        return text
    return _FIGURE.sub("", text)


# "解决该级别下出现的幻读问题的方法": "this level" points to a sentence the card does not show.
_DANGLING = re.compile(r"[该該此这這][^\s，,。的]{1,3}(?:下|中|里|裡)(?:出现|出現|产生|產生)?的")
#: The pointing words every match of ``_DANGLING`` starts with, found in one search.
_DANGLING_MARK = re.compile(r"[该該此这這]")


#: Words an English lead-in ends on when its text completes it ("Estimate true distribution
#: as:" over a formula, "Computed by:"): a statement cut before its object, no term.
LEAD_IN_ENDS = frozenset(
    ["as", "by", "of", "to", "for", "with", "from", "into", "in", "on", "at", "via", "than",
     "about"]
)  # fmt: skip


def without_dangling(subject: str) -> str:
    """A Chinese subject without a phrase pointing back to what the notes said before it
    ("该级别下出现的"): the card cannot show the referent, so it drops the pointer. An English
    lead-in left hanging ("Estimate true distribution as") is shown going on ("… as …"):
    the card's text completes it."""
    words = subject.split()
    if subject.isascii() and len(words) >= 2 and words[-1].lower() in LEAD_IN_ENDS:
        return f"{subject} …"
    if _DANGLING_MARK.search(subject) is None:  # most subjects point nowhere
        return subject
    cut = _DANGLING.sub("", subject)
    return cut if len(cut) >= 2 else subject


BOTH_ABOVE = re.compile(r"以上两者|以上兩者|上述两者|上述兩者")


def with_referents(text: str, before: Sequence[str]) -> str:
    """``text`` with "以上两者" (the two above) said by name when the notes' list gives the
    two members before the subject (``mixed``: statement和row); unchanged otherwise."""
    if len(before) < 2 or not BOTH_ABOVE.search(text):
        return text
    return BOTH_ABOVE.sub(f"{before[-2]}和{before[-1]}", text, count=1)


# "…；全文索引：用于文本搜索": a name and its colon after a semicolon, a new definition.
_GLUED = re.compile(r"[；;]\s*(?P<name>[^；;：:，,。.]{1,24}?)\s*[：:]")


def without_glued(text: str, defined: Mapping[str, str], subject: str) -> str:
    """``text`` up to another term's definition the notes glued on after a semicolon ("…使用
    其前n位为作为索引；全文索引：用于文本搜索" when 全文索引 is defined too): that term has
    its own card, and on this one it is an unrelated line. ``defined``: the deck's defined
    subjects, spaces dropped and casefolded."""
    if "；" not in text and ";" not in text:  # most texts: no semicolon, nothing glued on
        return text
    own = "".join(subject.split()).casefold()
    for found in _GLUED.finditer(text):
        key = "".join(found["name"].split()).casefold()
        if key in defined and key != own:
            return text[: found.start()].rstrip()
    return text


def glued_names(text: str) -> tuple[str, ...]:
    """Every name :func:`without_glued` may cut ``text`` at, as it looks them up (spaces
    dropped, casefolded): a deck build keeps a definition's notes only while which of them
    the notes define is unchanged (``examgen.card_inputs``)."""
    return tuple("".join(found["name"].split()).casefold() for found in _GLUED.finditer(text))


# "…透過一些性質,推導出", "The bridge includes": a text its list's members complete.
OPEN_END = re.compile(
    r"(?:推导出|推導出|导出|導出|得出|包括|包含|分为|分為|如下|有)\s*[：:]?$"
    r"|\b(?:derives?|includes?|contains?|consists? of|such as)\s*:?$",
    re.IGNORECASE,
)

# Where a sentence ends inside a text ("。", "；", ". ").
SENTENCE_END = re.compile(r"[。；;！？!?]|\.\s")


# A bullet opening with a verb ("Becomes DP immediately", "Sends BPDUs", "ignores superior
# BPDUs") or a participle ("Based on L2, L3 or L4 Headers", "Enabled per port"): a trait of
# the term, not what it is ("A backup for a DP", "Network Address Translation"); so does a
# negated one ("Doesn't have closed form solution", "Cannot be solved directly").
TRAIT_PREDICATE = re.compile(
    r"^(?:[A-Za-z][a-z]{2,}(?<![suiy])s\b|[A-Za-z][a-z]+ed\b"
    r"|(?:[Dd]oes|[Dd]o|[Ii]s|[Aa]re|[Hh]as|[Hh]ave|[Cc]an|[Ww]ill)(?:n['’]t|\s+not)\b|[Cc]annot\b)"
)


# Where the notes joined a definition's bullets of traits ("Becomes DP immediately; Sends…").
_TRAIT_SEPARATOR = re.compile(r";\s+")


def trait_lines(text: str) -> str:
    """A definition's text as the card shows it: when it is the notes' bullets of traits
    joined by "; " (:data:`TRAIT_PREDICATE` opens the first), each on its own line ("；", as
    ``cardtext.lines_html`` shows them); else the text as it is."""
    if ";" not in text:  # most texts: one part, nothing to split
        return text
    parts = [part.strip() for part in _TRAIT_SEPARATOR.split(text) if part.strip()]
    return "；".join(parts) if len(parts) >= 2 and TRAIT_PREDICATE.match(parts[0]) else text
