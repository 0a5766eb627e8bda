"""Rules on what a definition question states: a definition, not a sentence about what the
term does, and a clue that says enough to name one term.

"“Caffeine” means: blocks the signal of adenosine" asks a statement of effect as a meaning,
and "______: information processing" fits half the brain. Both are registered in
:data:`~examgen.questions.rules.ITEM_RULES`.
"""

from __future__ import annotations

import re

from examgen.questions.form import Draft
from examgen.questions.index import Notes, pair_defined_as
from examgen.questions.text import mentions, script_of
from examgen.questions.translations import lead, translated
from examgen.questions.wording import display_width

_WORD = re.compile(r"[A-Za-z][\w'-]*")
#: Words that open a noun phrase: a text starting with one is a thing, never a predicate.
_DETERMINERS = frozenset(
    ("the", "a", "an", "any", "each", "every", "its", "their", "this", "these", "those", "one")
)
#: Finite verbs: one among a text's first words makes it a clause ("lateral prefrontal cortex
#: is deactivated", "Stage 2 is characterized by …"), not a meaning.
_FINITE = frozenset(("is", "are", "was", "were", "can", "will", "may", "does", "do", "has"))
#: How far into a text a finite verb makes it a clause (past it, a noun phrase's own relative
#: clause: "adenosine, which accumulates during the day, and is cleared …").
CLAUSE_REACH = 5
#: Common verbs whose bare form opens a predicate ("help with jet lag", "take measurements").
#: A small general table; a word the notes use otherwise still reads as a verb here.
_BARE_VERBS = frozenset(
    (
        "help", "take", "make", "allow", "cause", "block", "release", "produce", "provide",
        "prevent", "control", "regulate", "increase", "decrease", "reduce", "keep", "stop",
        "enable", "ensure", "store", "send", "receive", "convert", "measure", "track",
    )
)  # fmt: skip

#: Adverbs of frequency and degree without "-ly" that open a predicate ("always follows
#: through on her plans", "never returns").
_BARE_ADVERBS = frozenset(
    ("always", "never", "often", "seldom", "sometimes", "usually", "also", "still", "rarely")
)
#: Verb prefixes joined by a hyphen: "under-consume", "over-estimate" are verbs.
_VERB_PREFIX = re.compile(r"^(?:under|over|re|pre|co)-[a-z]+$")

#: Words ending in "ly" that are nouns, not adverbs.
_LY_NOUNS = frozenset(("family", "assembly", "anomaly", "monopoly", "butterfly", "supply"))


#: Chinese verbs that open a statement of what a thing does ("控制写入时机", "用于文本检索").
_ZH_EFFECT = re.compile(r"^(控制|用于|用来|通过|实现|负责|保证|确保|防止|可以|能够)")


#: A phrase ending "…的<kind>" names a thing however it opens ("用于文本检索的索引").
_ZH_THING = re.compile(
    r"的(方式|方法|机制|工具|索引|结构|过程|技术|策略|协议|文件|日志|参数|字段|组件|模块|系统|"
    r"设备|装置|手段|措施|程序|算法|数据|记录|操作)$"
)


def _zh_effect(text: str) -> bool:
    """Whether a Chinese ``text`` opens with a verb of effect and names no thing."""
    head = re.split(r"[，,。；;]", text.strip(), maxsplit=1)[0]
    return bool(_ZH_EFFECT.match(head)) and not _ZH_THING.search(head)


def statement_of_effect(text: str) -> bool:
    """Whether an English ``text`` is a predicate about what a thing does or is like (a
    sentence with its subject left off, or a clause of its own), not a noun phrase naming
    what a term means. Opening words decide: an adverb ("particularly important for"), a
    participle ("associated with"), a verb ("blocks the signal", "help with"), or a finite
    verb among the first words ("lateral prefrontal cortex is deactivated")."""
    if script_of(text) == "han":
        return _zh_effect(text)
    if script_of(text) != "latin":
        return False
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words or words[0] in _DETERMINERS:
        return False
    first = words[0]
    if text.lstrip()[:1].isupper() and first not in _BARE_VERBS:
        # A capital opens a name ("Confusional arousals") or a clause of its own.
        return any(w in _FINITE for w in words[1:CLAUSE_REACH])
    if first in _BARE_ADVERBS or first in _FINITE or _VERB_PREFIX.match(first):
        # "always follows …", "is deactivated", "under-consume investment goods".
        return True
    adverb = first.endswith("ly") and len(first) >= 6 and first not in _LY_NOUNS
    participle = first.endswith("ed") and len(first) >= 5 and not first.endswith("eed")
    if adverb or participle or first in _BARE_VERBS:
        return True
    # "blocks the …", "releases orexin": a bare verb with a third-person "s".
    if first.endswith("s") and first[:-1] in _BARE_VERBS | {"trick", "activate", "inhibit"}:
        return True
    if first.endswith("es") and first[:-2] in _BARE_VERBS:
        return True
    head = text.split(",", 1)[0]
    head_words = [w.casefold() for w in _WORD.findall(head)]
    return any(w in _FINITE for w in head_words[1:CLAUSE_REACH])


def means_a_definition(draft: Draft, notes: Notes) -> str | None:
    """ "X means: …" states a definition: neither the term's own text nor an offered one is a
    sentence about what X does ("“Caffeine” means: blocks the signal of adenosine")."""
    # Only the claim prints a text as what a term means; "which describes X" takes a
    # statement of what X does as well as a definition.
    if draft.variety != "claim_definition":
        return None
    for text in draft.asks[1:3]:
        if statement_of_effect(text):
            return f"“{text}” says what a thing does, not what a term means"
        if a_name(text):
            # "Linear Regression optimization: Least Square Method" is a heading and the
            # method it is done by: "X means: Least Square Method" pairs two names.
            return f"“{text}” is a name of its own, not what a term means"
    return None


#: The most words a capitalized name has ("Least Square Method", "Maximum Likelihood").
MAX_NAME_WORDS = 4


def a_name(text: str) -> bool:
    """Whether an English ``text`` is a name (two to four words, each capitalized, no math
    nor digits: "Least Square Method"), not a definition."""
    words = text.strip().rstrip(".").split()
    if script_of(text) != "latin" or not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    return all(re.fullmatch(r"[A-Z][A-Za-z'-]*", w) for w in words)


#: Forms whose clue alone must name the term asked.
_CLUES = ("blank_term", "definition_to_term")
#: A Latin clue of fewer words than this fits many terms ("information processing" for the
#: cortex, "sensory gate" for the thalamus).
MIN_CLUE_WORDS = 3


def clue_says_enough(draft: Draft, notes: Notes) -> str | None:
    """A fill-in or "which term is …" clue says enough to name one term: an English clue of
    one or two words ("information processing") fits half a chapter."""
    if draft.variety not in _CLUES or not draft.stem_texts:
        return None
    clue = draft.stem_texts[0]
    if script_of(clue) == "latin" and len(_WORD.findall(clue)) < MIN_CLUE_WORDS:
        return f"the clue “{clue}” is too vague to name one term"
    return None


#: Words that bring tools into a text ("工具比如Wireshark", "tools like"), and those that
#: bring examples ("例如", "such as"): a text carrying them explains a thing, it does not
#: say what the thing is, once it is long.
_TOOLS = re.compile(r"工具|\btools?\b", re.I)
_EXAMPLES = re.compile(r"比如|例如|譬如|诸如|such as|e\.g\.|for example", re.I)
#: A text this wide with tools in it is an explanation, not a definition.
MIN_EXPLANATION_WIDTH = 40
#: A text this wide with examples in it is one too (a definition may give a short example:
#: "主体可以使用对象的方法，例如读取，写入，…" is 60 columns).
MIN_EXAMPLES_WIDTH = 72
#: Sentences in a text past which it is an explanation, whatever it holds.
MAX_DEFINITION_SENTENCES = 2
_SENTENCE_END = re.compile(r"[。！？!?]|\.(?:\s|$)")


def explanation(text: str) -> bool:
    """Whether ``text`` explains rather than defines: three sentences or more, or long and
    naming tools or examples ("很多在网上传输到东西都没有加密，…(工具比如Wireshark,
    Tcpdump …)")."""
    sentences = [s for s in _SENTENCE_END.split(text.strip()) if s.strip()]
    if len(sentences) > MAX_DEFINITION_SENTENCES:
        return True
    width = display_width(text)
    return (width >= MIN_EXPLANATION_WIDTH and bool(_TOOLS.search(text))) or (
        width >= MIN_EXAMPLES_WIDTH and bool(_EXAMPLES.search(text))
    )


def states_a_definition(draft: Draft, notes: Notes) -> str | None:
    """ "X means: …" prints a definition, not an explanation of X (a paragraph with the tools
    it names): such a text is no meaning to judge true or false."""
    if draft.variety != "claim_definition" or len(draft.stem_texts) < 2:
        return None
    shown = draft.stem_texts[1]
    if explanation(shown):
        return f"“{shown[:24]}…” explains, it does not define: no statement of what X means"
    return None


_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'-]*")
#: A definition's opening name this wide at most ("SSL连接") restates whose definition it is.
MAX_LEAD_NAME_WIDTH = 12


def gloss_names_owner(draft: Draft, notes: Notes) -> str | None:
    """A false "X means: <another term's definition>" is false by its meaning, not by a
    name: the definition shown must not name the term it belongs to, in its script or the
    other ("update undo log" with "插入一条记录时…", the definition of insert undo log;
    "SSL Session" with "SSL连接，…", that of SSL Connection)."""
    if draft.variety != "claim_definition" or draft.question.truth or len(draft.asks) != 3:
        return None
    term, _, shown = draft.asks
    wrong = [o for o in draft.origins if not o.correct]
    defined = pair_defined_as(notes, wrong[0].fact, shown) if wrong else None
    return None if defined is None else names_owner(notes, term, defined.term.text, shown)


def names_owner(notes: Notes, term: str, owner: str, shown: str) -> str | None:
    """Why ``shown``, the definition of ``owner``, said of ``term`` names ``owner`` (by
    name, by a word in the other script, or by an opening name holding the owner's Latin
    word: "SSL连接，…" of SSL Connection), or None."""
    if mentions(shown, owner) and not mentions(shown, term):
        return f"“{shown}” names “{owner}”, whose definition it is"
    # "每N个事务…" said of "sync_binlog = 1": the N is the owner's ("sync_binlog = N").
    mine = {w.casefold() for w in _LATIN_RUN.findall(term)}
    theirs = [w for w in _LATIN_RUN.findall(owner) if w.casefold() not in mine]
    said = _LATIN_RUN.findall(shown)
    for word in theirs:
        if word in said or (len(word) > 1 and word.casefold() in {w.casefold() for w in said}):
            return f"“{shown}” says “{word}”, a word of “{owner}”, whose definition it is"
    told = translated(owner, shown, notes)
    if told and told != translated(term, shown, notes):
        return f"“{shown}” names “{owner}” in the other script ({told})"
    name = lead(shown)
    latin = {w.casefold() for w in _LATIN_RUN.findall(name)}
    owner_words = {w.casefold() for w in _LATIN_RUN.findall(owner)}
    if (
        latin
        and latin <= owner_words
        and re.search(r"[\u4e00-\u9fff]", name)
        and display_width(name) <= MAX_LEAD_NAME_WIDTH
    ):
        return f"“{shown}” opens by naming “{owner}” (“{name}”), whose definition it is"
    return None
