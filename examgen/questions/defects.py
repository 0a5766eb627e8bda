"""Text defects on the paper: markup the readers left, texts glued from two places, texts
and words cut off where the notes went on.

:func:`no_markup_or_glue` is an item rule, registered in
:data:`~examgen.questions.rules.ITEM_RULES`; :func:`cut_word` is also asked by
``examgen check --questions`` and by the deck, which imports it from
:mod:`examgen.questions.vocabulary`, where it lives beside the words it reads (importable
from here too): the deck does not load the paper's rules.
"""

from __future__ import annotations

import re

from examgen.mathtext import mask_math
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.text import EMPHASIS
from examgen.questions.vocabulary import INFLECTIONS, MIN_CUT_WORD, cut_word  # noqa: F401
from examgen.questions.wording import BLANK

#: The forms whose stem shows a term first, and those asking a term.
_TERM_STEMS = ("claim_definition", "term_to_definition")
_TERM_ASKED = ("definition_to_term", "blank_term")
#: Markup the readers should have removed, and text glued from two places.
_MARKUP = re.compile(r"\*\*|__|`|\]\(|<[A-Za-z/][^>]*>|^\s*#|\[\[|\$\$|\|\s*-{3}")
_GLUE = re.compile(r"[；;]")
#: TeX the paper would print raw: math between dollars, commands.
_LATEX = re.compile(r"\$[^$]+\$|\\[A-Za-z]{2,}")
_PAIRS = ("()", "[]", "{}", "（）", "【】", "“”")


#: Chinese words that cannot end a phrase: a text ending in one ("undo log并不") was cut off
#: before what it goes on to say.
DANGLING_ZH = (
    "并不", "不是", "而是", "以及", "并且", "如果", "因为", "由于", "但是", "或者", "然而", "除了",
    # Verbs left hanging without their object ("…由公理推导出", "…可以得出").
    "推导出", "得出", "导致", "包括", "称为", "叫做", "用于", "通过", "使得",
)  # fmt: skip
#: English words that cannot end a phrase ("This also means that", "… given event B is").
DANGLING_EN = (
    "that", "which", "is", "are", "the", "of", "to", "and", "or", "as", "by", "a",
    # A verb or preposition left hanging ("… it was", "… such as", "… derived from").
    "an", "was", "were", "be", "been", "from", "into", "than", "with", "for",
)  # fmt: skip
_DANGLING = re.compile(
    "((" + "|".join(DANGLING_ZH) + r")|(?<![A-Za-z])(" + "|".join(DANGLING_EN) + r"))\s*$"
)


#: A name ending in "的" ("间隙锁锁定的") was cut from its phrase before the thing it
#: qualifies: no name ends so ("目的", purpose, is a word).
_CUT_NAME = re.compile(r"[\u4e00-\u9fff](?<!目)的\s*$")


def _cut(text: str) -> bool:
    """Whether a text was cut off where the notes went on: unbalanced brackets, quotes or
    dollar signs ("z||)$, where $z$ is a constant"), a dangling conjunction ("undo log并不")."""
    unbalanced = any(text.count(a) != text.count(b) for a, b in _PAIRS)
    return text.count("$") % 2 == 1 or unbalanced or bool(_DANGLING.search(text))


def no_markup_or_glue(draft: Draft, notes: Notes) -> str | None:
    """No markup left from the notes, no texts glued together, in anything printed."""
    q = draft.question
    printed = [q.prompt.replace(BLANK, " "), *q.stems, *(o.text for o in q.options), *q.answers]
    for text in printed:
        bare = mask_math(text)  # math is drawn on papers (examgen.mathrender): not markup
        if _MARKUP.search(bare) or _LATEX.search(bare) or EMPHASIS.search(bare):
            return f"markup in “{text}”"
        if _cut(bare):
            return f"a text cut off in the notes: “{text}”"

    printed_texts = (*draft.stem_texts, *q.stems, *(o.text for o in q.options), *q.answers)
    if draft.variety == "claim_definition":
        # A false claim's key prints the term's own definition.
        printed_texts += draft.asks[1:2]
    for text in printed_texts:
        bare = mask_math(text)
        if _cut(bare):
            return f"a text cut off in the notes: “{text}”"
        word = cut_word(bare, notes)
        if word:
            return f"“{word}” is a word cut off in the notes: “{text}”"
    terms = [t for t, _ in draft.reveals]
    if draft.variety in _TERM_STEMS and draft.stem_texts:
        terms.append(draft.stem_texts[0])
    if draft.variety in _TERM_ASKED and draft.asks:
        terms.append(draft.asks[0])
    for term in terms:
        if _CUT_NAME.search(term):
            return f"a name cut from its phrase: “{term}”"
    for text in (*printed_texts, q.answer_text):
        if _GLUE.search(text):
            return f"two texts glued with “；” in “{text}”"
    return None
