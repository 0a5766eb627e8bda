"""What a definition's subject and text are, beyond a term and its meaning: a value, a
description, a sentence continued from the one before, a text naming another term, a
reference to something the card does not show (README "The cards").

:mod:`examgen.cards` asks these before it words a definition: a value is asked as a value
("Give its value": ``Forward Delay`` -> ``15s`` is no definition), a description or a
continued sentence is explained, not defined, and none of them, nor a text naming another
term in brackets, gets a reverse card ("Which term is this?" would have another answer).
A figure the notes point to ("如下图所示") is not on the card: the phrase is dropped; "以上两
者" is said by its referents when the notes' list gives them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.card_giveaways import is_abbreviation, is_expansion
from examgen.card_phrases import Phrases
from examgen.card_rewrites import LEAD_IN_ENDS, TRAIT_PREDICATE

# "15s", "2 seconds", "20 秒", "~1%": a number with at most a unit, nothing else.
_VALUE = re.compile(
    r"[~≈约約]?\s*\d+(?:\.\d+)?\s*(?:s|ms|sec|secs|seconds?|min|mins|minutes?|h|hours?|"
    r"days?|%|秒|毫秒|分钟|分鐘|小时|小時|天|KB|MB|GB|TB|bytes?)?\s*[.。]?",
    re.IGNORECASE,
)


def is_value(text: str) -> bool:
    """Whether a definition's text is a value alone (``15s``): its card asks for the value."""
    return bool(_VALUE.fullmatch(text.strip()))


_NUMBER = r"[-+]?\d+(?:[.,]\d+)?\s*(?:s|ms|secs?|seconds?|%|秒|KB|MB|GB|bytes?)?"
# "0 - 4095 (for VLANs)", "1~10", "0 到 255": two numbers and a dash or "to", then at most
# remarks in brackets or a default ("- default 32768", "，默认 100").
_RANGE = re.compile(
    rf"{_NUMBER}\s*(?:-|–|—|~|～|to|至|到)\s*{_NUMBER}"
    r"(?:\s*[（(][^()（）]*[)）]|\s*[-,;，；]?\s*(?:default|默认|默認)\s*[:：]?\s*\S+)*\s*[.。]?",
    re.IGNORECASE,
)


def is_range(text: str) -> bool:
    """Whether a definition's text is a range of values (``0 - 4095 (for VLANs)``): its card
    asks for the range ("Give its range"), not for a definition the text does not hold."""
    return bool(_RANGE.fullmatch(text.strip()))


# "有利于快速交付和排查", "useful for …", "helps …": what the term is good for.
_BENEFIT = re.compile(
    r"^(?:有利于|有利於|有助于|有助於|利于|利於|便于|便於|益于|益於"
    r"|(?:(?:is|are|very|especially|particularly)\s+)*"
    # "particularly important for enabling learning": what it matters for, not what it is
    r"(?:useful|helpful|beneficial|good|important|crucial|essential|vital)"
    r"\s+(?:for|to|in)\b|helps?\b)",
    re.IGNORECASE,
)


def is_benefit(text: str) -> bool:
    """Whether a definition's text says only what its term is good for ("有利于快速交付和
    排查" for 全链路监控): its card asks for the benefit, not for a definition."""
    return bool(_BENEFIT.match(text.strip()))


_BRACKETED = re.compile(r"[（(][^()（）]*[)）]")
_EN_ARTICLE = re.compile(r"\s(?:a|an|the)\s")


# "Onset of narcolepsy", "Symptoms of X": an aspect of something, whatever its length.
_EN_ASPECTS = frozenset(
    {"onset", "cause", "causes", "effect", "effects", "symptom", "symptoms", "treatment"}
    | {"treatments", "role", "function", "purpose", "prevalence", "duration", "diagnosis"}
    | {"risk", "risks"}
)
# "Use root bridge macro", "Configure the priority": a way of doing something, led by its
# verb (not "Set Theory", "Run Length Encoding": verbs that lead names too are left out).
_EN_IMPERATIVES = frozenset(
    {"use", "change", "configure", "enable", "disable", "apply", "remove", "increase"}
    | {"decrease", "lower", "raise"}
)


def _names_no_term(words: Sequence[str]) -> bool:
    """An English subject that names no term: an aspect ("Onset of narcolepsy"), a way of
    doing something led by its verb ("Use root bridge macro") or a thing in a state
    ("brainstem during REM")."""
    first = words[0].lower()
    aspect = first in _EN_ASPECTS and len(words) >= 3 and words[1].lower() == "of"
    # "Use root bridge macro", not "Use Case": the verb's object in lower case, two words.
    way = first in _EN_IMPERATIVES and len(words) >= 3 and words[1].islower()
    return aspect or way or "during" in (w.lower() for w in words[1:-1])


# "most prevalent explanation for why people experience insomnia": a clause inside.
_EN_CLAUSE_WORD = re.compile(r"\s(?:why|how|what|which|who|whose|whom|where)\s", re.IGNORECASE)
# "NREM:REM Ratio", "Error rate", "命中比例": a subject naming a quantity, and a number in
# its text ("about 4:1", "~5%"): the card asks for the value, not a definition.
# A statistic ("prevalence of insomnia": "About 10% …", "1 in every 2,000") is asked so too.
_EN_QUANTITY = re.compile(
    r"\b(?:ratio|rate|percentage|proportion)$|^(?:prevalence|incidence)\b", re.IGNORECASE
)
_ZH_QUANTITY = re.compile(r"(?:比例|比率|占比|佔比|患病率|發病率|发病率)$")
# The last characters of ``_EN_QUANTITY``'s and ``_ZH_QUANTITY``'s ending words, the first of
# its opening words, each in every case the ignoring-case pattern matches (ı and İ are i's).
_QUANTITY_LAST = frozenset("oOeEnN例率比")
_QUANTITY_FIRST = frozenset("pPiIıİ")
_NUMBER_GIVEN = re.compile(r"\d+\s*:\s*\d+|\d+(?:\.\d+)?\s*%|\b\d+ in (?:every )?\d", re.IGNORECASE)


def names_a_quantity(subject: str, text: str) -> bool:
    """Whether a definition's subject names a quantity (a ratio, a rate) and its text gives
    one (``NREM:REM Ratio``: "…is about 4:1…"): its card asks for the value."""
    bare = _BRACKETED.sub(" ", subject).strip()
    # A quantity's word ends the subject (ratio, rate, 比例, …) or a statistic's opens it
    # (prevalence, incidence): most subjects are told by those two characters, before
    # either pattern is searched for at every position.
    if bare[-1:] not in _QUANTITY_LAST and bare[:1] not in _QUANTITY_FIRST:
        return False
    quantity = _EN_QUANTITY.search(bare) or _ZH_QUANTITY.search(bare)
    return bool(quantity and _NUMBER_GIVEN.search(text))


def is_description(subject: str, lang: str) -> bool:
    """Whether a definition's subject describes something rather than names it: an English
    phrase of five words or more with an article inside ("Recovery from a lost connectivity
    to the root bridge") or opening with a lower-case noun and "of" ("cause of severe
    emotional responses caused by …"), an aspect, a way or a state (:func:`_names_no_term`:
    "Onset of narcolepsy", "Use root bridge macro", "brainstem during REM"), or a Chinese
    phrase of six characters or more built on 的 ("间隙锁锁定的对象"). Its card asks to explain
    it, and no reverse card asks for it back."""
    bare = " ".join(_BRACKETED.sub(" ", subject).split()).removesuffix(" …")
    if bare.isascii():
        words = bare.split()
        if len(words) >= 2 and words[-1].lower() in LEAD_IN_ENDS:
            return True  # "Estimate true distribution as": a lead-in its text completes
        if len(words) >= 2 and _names_no_term(words):
            return True
        if len(words) >= 4 and _EN_CLAUSE_WORD.search(f" {bare} "):
            return True  # "explanation for why …", "the way how …": a clause, no term
        if len(words) < 5:
            return False
        # "cause of severe emotional responses caused by REM sleep deprivation"
        owned = words[0].isalpha() and words[0].islower() and words[1] == "of"
        return owned or bool(_EN_ARTICLE.search(bare + " "))
    if not lang.startswith("zh"):
        return False
    at = bare.find("的")
    return len(bare) >= 6 and 0 < at < len(bare) - 1


# "因此需要…", "因為…", "However, …": the text goes on from (or gives the reason of) a
# sentence the card does not show.
_CONNECTIVE = re.compile(
    r"^(?:因此|所以|因而|于是|於是|但是|然而|此外|另外|而且|并且|並且|因为|因為|"
    r"(?:therefore|thus|hence|however|so|but|because)\b)",
    re.IGNORECASE,
)


def continues(text: str) -> bool:
    """Whether a definition's text opens with a connective (``因此``, ``因為``, "However"):
    it goes on from a sentence before it (or is only the reason of a claim the card does not
    show) and says nothing that tells its subject apart."""
    return bool(_CONNECTIVE.match(text.strip()))


# "always follows through on her plans", "总是…": how often the subject does something.
_FREQUENCY = re.compile(
    r"^(?:总是|總是|从不|從不|(?:always|never|usually|often|rarely|seldom|sometimes)\b)",
    re.IGNORECASE,
)


def is_a_claim(text: str) -> bool:
    """Whether a definition's text is a claim about its subject, not what it is: it goes on
    from a sentence before it (:func:`continues`) or says how often the subject does
    something ("An exponential discounter always follows through on her plans!" gives
    exponential discounter "always follows through…"): the card asks to explain it, with
    no reverse card and no "define"."""
    return continues(text) or bool(_FREQUENCY.match(text.strip()))


# Two names joined ("RBD and Parkinson's disease", "命名空间和PID"): a pair, not a term.
_JOINED = re.compile(r"\s+(?:and|&)\s+|\s*[和与與及]\s*")
#: What every match of ``_JOINED`` holds (case as written), found in one search.
_JOINING_MARK = re.compile(r"and|&|[和与與及]")
#: Each side of a pair is a name of at most this many words.
PAIR_SIDE_WORDS = 4


def names_a_pair(subject: str, text: str) -> bool:
    """Whether a definition's subject joins two names that its text speaks of both ("RBD
    and Parkinson's disease": "RBD is a strong risk factor in predicting Parkinson's
    disease …"): what the notes say is how the two relate, which "Define this term" does
    not ask (neither is defined, and a pair has no definition). It is explained, with no
    reverse card. A side of one Chinese character is part of a word (调和平均数), no name."""
    if _JOINING_MARK.search(subject) is None:  # most subjects: nothing joins
        return False
    bare = " ".join(_BRACKETED.sub(" ", subject).split())
    sides = _JOINED.split(bare)
    if len(sides) != 2:
        return False
    said = text.casefold()
    return all(
        len(side) >= 2 and len(side.split()) <= PAIR_SIDE_WORDS and side.casefold() in said
        for side in sides
    )


# "因此需要…", "Thus …": a consequence of a premise the text does not say.
_CONSEQUENCE = re.compile(r"^(?:因此|所以|因而|于是|於是|(?:therefore|thus|hence|so)\b)", re.I)


def lacks_its_premise(text: str) -> bool:
    """Whether a definition's text is only a consequence ("因此需要Denormalization合併多個
    Tables" under 資料查詢, whose premise "…愈不利於資料查詢" the card does not hold): no
    card can ask it, "說明這一點 資料查詢" has no answer the learner could reason to."""
    return bool(_CONSEQUENCE.match(text.strip()))


# "(例如：Unix OS)", "(e.g. ext4)": an example in brackets, opening with its marker.
_EXAMPLE = re.compile(r"^(?:例如|比如|譬如|例|如|e\.?g\.?|for example|for instance|such as)", re.I)
_OPEN, _CLOSE = "(（", ")）"


def only_an_example(text: str) -> bool:
    """Whether a definition's text is nothing but an example in brackets ("自主访问控制
    (DAC)" over "(例如：Unix OS)"): it says what one instance is, not what the term is, so
    "explain X" would have an example for its whole answer."""
    text = text.strip().rstrip("。.")
    if len(text) < 2 or text[0] not in _OPEN or text[-1] not in _CLOSE:
        return False
    depth = 0
    for position, ch in enumerate(text):
        depth += (ch in _OPEN) - (ch in _CLOSE)
        if depth == 0 and position < len(text) - 1:
            return False  # "(a)(b)": the first bracket closes before the end
    return bool(_EXAMPLE.match(text[1:-1].strip()))


# A text ending on a copula, article or conjunction ("a LAN segment is", "由…组成的是"): the
# head of a sentence whose term came after it, cut off by the extraction. Lower case only:
# "event A" ends on a name; not a preposition: "the model docker ships with" is English.
# A Chinese 的 ends a 是…的 claim ("影响是永久的"), not a fragment.
_FRAGMENT_END = re.compile(
    r"(?:(?<![A-Za-z])(?:is|are|was|were|the|a|an|and|or)"
    r"|是|^[^是]*的)\s*[,，:：;；]?\s*$"
)


# The last character of each word ``_FRAGMENT_END`` ends on, and the marks it allows after.
_FRAGMENT_LAST = frozenset("sedanr是的")
_FRAGMENT_MARKS = frozenset(",，:：;；")


def is_fragment(text: str) -> bool:
    """Whether a definition's text is a sentence fragment (see ``_FRAGMENT_END``)."""
    text = text.strip()
    # The pattern ends the text: its word (is … or, 是, 的), then at most one mark and
    # spaces. Most texts end otherwise, told by their last character before any search
    # (a search tries the pattern at every position of the text).
    last = text[-1:]
    if last and last in _FRAGMENT_MARKS:
        last = text[:-1].rstrip()[-1:]
    if not last or last not in _FRAGMENT_LAST:
        return False
    return _FRAGMENT_END.search(text) is not None


# "in a default switch group the lowest MAC becomes root": a setting, then a clause with a
# subject and verb of its own; it says what happens to the term there (its role), not what
# the term is.
_SET_CLAUSE = re.compile(
    r"^(?:in|on|at|during|within|under)\s(?!which\b|whom\b)[^,;]*?\S\s+(?:is|are|was|were|becomes?|gets?)\s+\S",
    re.IGNORECASE,
)


def is_a_setting(text: str) -> bool:
    """Whether a definition's text is a statement set in a circumstance ("in a default switch
    group the lowest MAC becomes root" for MAC Address): a role, no definition to ask."""
    return bool(_SET_CLAUSE.match(text.strip()))


def unaskable(text: str) -> str:
    """Why no card can ask a definition with this text (a consequence without its premise,
    only an example, a sentence fragment, a statement set in a circumstance), or "" when
    one can."""
    if lacks_its_premise(text):
        return "a consequence without its premise"
    if is_a_setting(text):
        return "a statement set in a circumstance (a role, not what the term is)"
    if is_fragment(text):
        return "a sentence fragment (it ends on a function word)"
    if _VAGUE.match(text.strip()):
        return "only a vague quantity (it says there are many, not what they are)"
    return "only an example" if only_an_example(text) else ""


# "DAC: 很多种", "various": a text saying there are many of something and nothing else.
_VAGUE = re.compile(
    r"^(?:很多|许多|許多|多种|多種|各种|各種|若干|(?:many|various|several|lots)\b)(?:种|種)?[。.]?$",
    re.IGNORECASE,
)
# "plaintext: P", "encryption method: E()": the letter the notes write the term as.
_SYMBOL = re.compile(r"^[A-Za-z](?:_?\d)?'?(?:\(\))?$")


def is_symbol(text: str) -> bool:
    """Whether a definition's text is only the symbol the notes write the term as ("key":
    "K", "encryption method": "E()"): no definition, asked as its symbol, with no reverse
    card (a letter names no one term)."""
    return bool(_SYMBOL.match(text.strip()))


# "…原来未分解时的资讯（Lossless Decomposition）": a Title Case name of two words or more in
# brackets at the end of the text.
_NAMED_AT_END = re.compile(r"[（(](?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+)[)）]\s*[。.]?\s*$")


def names_another(subject: str, text: str) -> bool:
    """Whether a definition's text ends by naming a term in brackets that its subject does
    not hold (``Normalization`` defined as "… (Lossless Decomposition)"): that name is the
    answer a learner gives to "Which term is this?", so the text gets no reverse card."""
    if ")" not in text and "）" not in text:  # most texts: no bracket to end on
        return False
    found = _NAMED_AT_END.search(text)
    return bool(found) and found["name"].casefold() not in subject.casefold()


def defines_another(subject: str, text: str) -> bool:
    """Whether a definition's text is another term's (:func:`names_another`), not a
    contrast that names the subject's opposite (``Key Attribute``: "…反之,則稱為非鍵值屬性
    (Non-Key Attribute)", its own definition first): such a text gets no card at all."""
    found = _NAMED_AT_END.search(text)
    return names_another(subject, text) and subject.casefold() not in found["name"].casefold()


# A noun phrase headed by an explanation, a cause or a reason ("most prevalent explanation for
# why people experience insomnia", "main cause of X", 失眠的主要原因): what the notes name is
# the answer to a "what" question, not a concept to explain.
_EN_WHAT = re.compile(
    r"^(?:the\s+)?(?:[A-Za-z-]+\s+){0,3}(?:explanation|cause|reason|origin)"
    r"(?:\s+(?:for|of|why|behind)\b.*)?$",
    re.IGNORECASE,
)
_ZH_WHAT = re.compile(r"^[^，,。；;：:？?]{1,24}(?:原因|缘由|緣由|理由|起因)$")


def what_question(subject: str, words: Phrases) -> str:
    """The question a description headed by an explanation, a cause or a reason hides
    ("What is the most prevalent explanation for …?", "失眠的主要原因是什么？"); '' for any
    other subject."""
    subject = " ".join(subject.split()).rstrip("。.:：")
    if not (_EN_WHAT.match(subject) or _ZH_WHAT.match(subject)):
        return ""
    if _EN_WHAT.match(subject):
        subject = subject.removeprefix("the ").removeprefix("The ")
    return words.what_is.format(subject=subject)


# A study named by who made it or what it looked at ("Barrett Klein's study on honey bees",
# "the marshmallow experiment", 双盲实验): its text is what it found, not what it is.
_EN_STUDY = re.compile(
    r"^(?:[^,;:]+\s)?(?:study|experiment|survey|trial)"
    r"(?:\s+(?:on|of|into|in|with|by|about|among)\s[^,;:]+)?$",
    re.IGNORECASE,
)
_ZH_STUDY = re.compile(r"^[^，,。；;：:？?]{1,24}(?:研究|实验|實驗|调查|調查|试验|試驗)$")
# A text that says what the study is ("a common method for researching …", "是一种…"), not
# what it found: defined as any term is.
_SAYS_WHAT_IT_IS = re.compile(
    r"^(?:(?:a|an|one|any)\s|(?:是|指|一种|一種|一项|一項|一个|一個))", re.I
)
# A finding is a clause: a verb after its subject ("bees also have observed …").
_EN_VERB = re.compile(
    r"\b(?:is|are|was|were|have|has|had|do|does|did|can|could|will|would|may|might|must"
    r"|shows?|showed|found|finds?|suggests?|suggested|reveals?|revealed|[a-z]{3,}ed)\b",
    re.IGNORECASE,
)


def finding_question(subject: str, text: str, words: Phrases) -> str:
    """The question a study's definition hides when its text is what the study found
    ("Barrett Klein's study on honey bees": "bees also have observed sleep behavior …"):
    "What did Barrett Klein's study on honey bees find?", "双盲实验发现了什么？" — neither
    "Define this term" nor "What is …?" fits a finding. '' for any other subject, or a text
    saying what the study is ("a common method for researching …": defined)."""
    subject = " ".join(subject.split()).rstrip("。.:：")
    text = " ".join(text.split())
    if _SAYS_WHAT_IT_IS.match(text):
        return ""
    named = len(subject.split()) > 1  # "Study" alone names no study
    if named and _EN_STUDY.match(subject) and subject.isascii() and _EN_VERB.search(text):
        subject = subject.removeprefix("The ").removeprefix("the ")
        owned = re.search(r"\w['’]s?\s", subject)  # "Barrett Klein's study": no "the"
        return (words.finding_owned if owned else words.finding).format(subject=subject)
    if _ZH_STUDY.match(subject):
        return words.finding.format(subject=subject)
    return ""


def definition_prompt(subject: str, text: str, lang: str, words: Phrases, *, named: bool) -> str:
    """The prompt of a definition's card, from what its text is: its abbreviation, a value
    ("Forward Delay": 15s), a range ("System ID Extension": 0 - 4095), what the term is good
    for ("全链路监控": 有利于…), its acronym's full name, else "define" — or "explain" for a
    description, a claim or an aspect (``named``: ``aspects.aspect_wording`` named it)."""
    # Traits ("Becomes DP immediately；Sends BPDUs…"; ``trait_lines``) say what the term
    # does, not what it is: the card asks to explain it, and has no reverse card.
    traits = "；" in text and bool(TRAIT_PREDICATE.match(text))
    described = (
        named
        or is_description(subject, lang)
        or is_a_claim(text)
        or traits
        or names_a_pair(subject, text)
    )
    if is_abbreviation(text, subject):
        return words.abbreviation  # "Serotonin (5-HT)": the term's short form, no definition
    if is_symbol(text):
        return words.symbol  # "ciphertext": "C", the letter formulas write it as
    if is_value(text) or names_a_quantity(subject, text):
        return words.value
    if is_range(text):
        return words.value_range
    if is_benefit(text) and not named:
        return words.benefit
    if is_expansion(subject, text):
        return words.expansion  # "BPDUs": Bridge Protocol Data Units, its full name
    return words.explain if described else words.define
