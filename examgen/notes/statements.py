"""Statements about a kind of thing, and the examples a sentence names.

``A discarding port continues to process BPDUs; …`` says what any discarding port does: a
definition of ``discarding port`` by the rest. ``… frames of signalling protocols such as
DTP, VTP, CDP or LLDP`` names members of ``signalling protocols``.
"""

from __future__ import annotations

import re

from examgen.notes.clauses import is_clause, is_sentence
from examgen.notes.enumerations import comma_members
from examgen.notes.sentences import keywords, may_say
from examgen.notes.terms import is_term

# `A discarding port continues to …`: an indefinite subject of two or three words (one noun
# alone, `A switch becomes root`, is an event) and a verb
# in the present tense (`is` sentences are read by `defining_sentence`); a verb may be
# hyphenated (`over-winters`), and one led by `over-`/`under-`/`out-` is a verb even when
# its `s` was left off (`An eager buyer over-spend on sales`).
_GENERIC = re.compile(
    r"^(?:A|An)\s+(?P<term>[A-Za-z][\w\-/]*(?:\s+[A-Za-z][\w\-/]*){1,2}?)\s+"
    r"(?P<rest>(?:(?:still|also|only|always|never|often|usually|typically|generally)\s+)?"
    r"(?!is\b|was\b|has\b|does\b)(?:(?:[a-z]+-)?[a-z]+s|(?:over|under|out)-[a-z]+)\b.{8,})$"
)
# `… protocols such as DTP, VTP, CDP, or LOOP`: up to four words before `such as`.
_SUCH_AS = re.compile(
    r"(?P<noun>(?:[A-Za-z][\w\-]*\s+){0,3}[A-Za-z][\w\-]*s)\s*,?\s+such\s+as\s+(?P<members>[^.;:()]+)"
)
_PRONOUNS = frozenset(("it", "this", "that", "they", "these", "those", "he", "she", "which"))
_PREPOSITION = re.compile(r"^.*\b(?:of|for|in|on|to|with|from|by|and|or|the|a|an)\s+", re.I)


def generic_statement(sentence: str) -> tuple[str, str]:
    """``A discarding port continues to process BPDUs`` → (``discarding port``, ``continues
    to process BPDUs``); ('', '') for other sentences."""
    match = _GENERIC.match(sentence.strip())
    if not match:
        return "", ""
    term = match["term"]
    if not is_term(term) or is_clause(term):
        return "", ""
    return term, match["rest"]


def is_statement(text: str) -> bool:
    """A whole sentence (:func:`~examgen.notes.clauses.is_sentence`), or a statement about a
    kind of thing whose verb no list of finite verbs holds (``An eager buyer over-spends``)."""
    return is_sentence(text) or bool(generic_statement(text)[0])


def such_as(sentence: str) -> tuple[str, list[str]]:
    """``… frames of signalling protocols such as DTP, VTP, or CDP`` → (``signalling
    protocols``, [``DTP``, ``VTP``, ``CDP``]); ('', []) when the sentence names no such run of
    three or more short names."""
    match = _SUCH_AS.search(sentence)
    if not match:
        return "", []
    members = comma_members(match["members"].strip())
    noun = _PREPOSITION.sub("", match["noun"]).strip()
    if len(members) < 3 or not noun or not is_term(noun):
        return "", []
    return noun, members


# `A LAG can be access, trunk, tunnel, L3 etc as long as …`: the forms a thing can take.
_CAN_BE = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?P<thing>[A-Za-z][\w\-/]*(?:\s+[\w\-/]+){0,2}?)\s+can\s+be\s+"
    r"(?:either\s+|one\s+of\s+)?(?P<forms>[^.;:()]+?)"
    r"(?:,?\s+etc\b.*|\s+(?:as\s+long\s+as|if|when|provided|depending)\b.*|[.;]?)$",
    re.IGNORECASE,
)


def can_be(sentence: str) -> tuple[str, list[str]]:
    """``A LAG can be access, trunk, tunnel, L3 etc`` → (``what a LAG can be``, the four
    forms); ('', []) unless three or more short names follow ``can be``."""
    match = _CAN_BE.match(sentence.strip())
    if not match:
        return "", []
    thing = match["thing"].strip()
    forms = comma_members(match["forms"].strip())
    if len(forms) < 3 or thing.casefold() in _PRONOUNS or not is_term(thing) or is_clause(thing):
        return "", []
    article = re.match(r"^(?:a|an|the)\s", sentence.strip(), re.IGNORECASE)
    return f"what {article.group(0).lower() if article else ''}{thing} can be", forms


def equated(text: str) -> tuple[str, str]:
    """``Training = Fitting = Parameter estimation`` → (``Training``, ``Fitting = Parameter
    estimation``): names made equal outside math, the first defined by the others; ('', '')
    for any other text (a formula, a sentence)."""
    if "$" in text or " = " not in text or _WIDE.search(text):
        return "", ""
    parts = [part.strip() for part in text.strip().rstrip(".").split(" = ")]
    if any(
        not _NAME.fullmatch(part) or len(part.split()) > 4 or not is_term(part) or is_clause(part)
        for part in parts
    ):
        return "", ""
    return parts[0], " = ".join(parts[1:])


# `Confusional arousals, aka sleep drunkenness`: a name and the other name it goes by.
_ALIASED = re.compile(
    r"^(?P<name>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,4}),?\s+"
    r"(?:aka\.?|a\.k\.a\.?|also\s+known\s+as|also\s+called)\s+"
    r"(?P<alias>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,4})\.?$",
    re.IGNORECASE,
)
_ALIASED_WORDS = keywords(("aka", "a.k.a", "also"))  # every match of ``_ALIASED`` holds one


def aliased(text: str) -> tuple[str, str]:
    """``Confusional arousals, aka sleep drunkenness`` → (``sleep drunkenness``,
    ``Confusional arousals``): the other name, defined by the name; ('', '') for any other
    text (a sentence that goes on after the alias, a formula)."""
    if not may_say(text, _ALIASED_WORDS):
        return "", ""
    match = _ALIASED.match(text.strip())
    if not match or "$" in text:
        return "", ""
    name, alias = match["name"].strip(), match["alias"].strip()
    if any(not is_term(part) or is_clause(part) for part in (name, alias)):
        return "", ""
    return alias, name


_WIDE = re.compile("[\u2e80-\U0010ffff]")
# A name in words (`Parameter estimation`), not a formula written in text (`E<sub>k</sub>(P)`).
_NAME = re.compile(r"(?:[A-Za-z][a-z]{2,}|[A-Z]{2,})[\w\-]*(?:\s+[A-Za-z][\w\-]*)*")


# `Sleep loss caused more severe moods: anger, fear, worry.`: what a cause brought about,
# named by the clause before the colon, its members the names after it.
_CAUSED = re.compile(
    r"^(?P<cause>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,5}?)\s+(?P<verb>caus|produc|trigger)(?:es|e|ed|s)\s+"
    r"(?:(?:more|less|much|many|a|an|the|some)\s+)*(?P<effect>[a-z][\w\-]*(?:\s+[\w\-]+){0,4})$"
)
# The verb stems `_CAUSED` needs (its case matters): a label without one is not matched.
_CAUSED_VERBS = ("caus", "produc", "trigger")
_FIRST_SENTENCE = re.compile(r"^(?P<first>[^.;]+)[.;]?(?:\s+(?P<rest>.*))?$", re.DOTALL)


def caused_effects(term: str, gloss: str) -> tuple[str, list[str], str]:
    """``REM loss caused severe responses`` and ``anger, fear, worry. More said.`` →
    (``severe responses caused by REM loss``, [``anger``, ``fear``, ``worry``], ``More
    said.``); ('', [], '') unless the label says what a cause brought about and the gloss
    opens with three or more names."""
    if not any(verb in term for verb in _CAUSED_VERBS):
        return "", [], ""  # most labels: three substring tests instead of two patterns
    match = _CAUSED.match(term.strip())
    opened = _FIRST_SENTENCE.match(gloss.strip())
    if not match or not opened or match["cause"].casefold() in _PRONOUNS:
        return "", [], ""
    members = comma_members(opened["first"])
    if not members:
        return "", [], ""
    verb = {"caus": "caused", "produc": "produced", "trigger": "triggered"}[match["verb"]]
    cause = match["cause"]
    if cause[1:2].islower():  # `Smoking` opening the sentence, not an acronym or a name
        cause = cause[:1].lower() + cause[1:]
    subject = f"{match['effect']} {verb} by {cause}"
    return subject, members, (opened["rest"] or "").strip()


# `Regulated by adenosine, which …`, `Treated by A and B`: a bullet under a term that says
# what acts on it; the participle names the role (`regulator of X`, `treatments of X`).
_AGENT = re.compile(
    r"^(?:(?P<adverb>typically|usually|mainly|mostly|often|primarily|commonly)\s+)?"
    r"(?:(?P<verb>caused|regulated|treated|triggered|driven)\s+by|(?P<used>used)\s+(?:for|in))"
    r"\s+(?P<rest>[A-Za-z].{2,})$",
    re.IGNORECASE,
)
# `Typically used for X`: how often is part of the use (`typical use of …`).
_USUAL = {"typically": "typical", "usually": "usual", "mainly": "main", "commonly": "common"}
_ROLE = {
    "caused": ("cause", "causes"),
    "regulated": ("regulator", "regulators"),
    "treated": ("treatment", "treatments"),
    "triggered": ("trigger", "triggers"),
    "driven": ("driver", "drivers"),
    "used": ("use", "uses"),
}
# `Clonazepam (90% effective) and anti-depressants`: two short names (asides aside).
_TWO_NAMES = re.compile(r"^(?P<first>[^,;]+?)\s+and\s+(?P<second>[^,;]+?)\.?$")


def agent_role(text: str) -> tuple[str, str, list[str]]:
    """``Regulated by adenosine, which …`` → (``regulator``, ``adenosine, which …``, []);
    ``Treated by A and B`` → (``treatments``, '', [``A``, ``B``]); ``Causes A, B, and …`` →
    (``effects``, '', [``A``, ``B``]); ('', '', []) for other text."""
    text = text.strip()
    if not _ROLE_OPENING.match(text):
        return "", "", []  # most bullets: one test instead of the three patterns below
    if _AFFECTS.match(text):
        return "prevalence", text.rstrip("."), []  # `Affects 1 in every 2,000 people`
    effects = _CAUSES.match(text)
    if effects:
        names, clause = _effect_names(effects["rest"])
        if names and clause:
            # `Causes A, B, and does not treat …`: what it fails to do is a drawback, no
            # effect; a list without the clause would lose a third of the sentence.
            return ("drawbacks", "", [*names, clause]) if _NEGATED.match(clause) else ("", "", [])
        return ("effects", "", names) if names else ("", "", [])
    match = _AGENT.match(text)
    if not match:
        return "", "", []
    one, many = _ROLE[(match["verb"] or match["used"]).casefold()]
    usual = _USUAL.get((match["adverb"] or "").casefold()) if match["used"] else None
    if usual:
        one, many = f"{usual} {one}", f"{usual} {many}"
    rest = match["rest"].strip()
    names = comma_members(rest)
    two = _TWO_NAMES.match(rest) if not names else None
    if two:
        names = [two["first"].strip(), two["second"].strip()]
    plain = [re.sub(r"\s*\([^)]*\)", "", name) for name in names]
    if names and all(0 < len(name.split()) <= 4 and is_term(name) for name in plain):
        return many, "", names
    return one, rest, []


# Every word the three patterns here (`_AFFECTS`, `_CAUSES`, `_AGENT`) may open with.
_ROLE_OPENING = re.compile(
    r"(?:affects|causes|leads|results|typically|usually|mainly|mostly|often|primarily|commonly"
    r"|caused|regulated|treated|triggered|driven|used)\b",
    re.IGNORECASE,
)
# `Affects 1 in every 2,000 adults`, `Affects about 3% of children`: how common the term is.
_AFFECTS = re.compile(
    r"^affects\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+|up\s+to\s+)?\d[\d,.]*"
    r"(?:\s*%|\s+(?:in|out\s+of)\s+(?:every\s+)?\d[\d,.]*|\s+(?:million|billion|thousand)\b)",
    re.IGNORECASE,
)
# `Causes daytime drowsiness, memory problems, and …` under a term: what the term brings on.
_CAUSES = re.compile(r"^(?:causes|leads\s+to|results\s+in)\s+(?P<rest>[a-z].{2,})$", re.IGNORECASE)
#: A clause saying what the thing fails to do (``does not treat …``): a drawback.
_NEGATED = re.compile(r"^(?:does|do|did|can|will|would)\s+not\b|^(?:cannot|not|no longer)\b", re.I)
# `…, and does not treat …`: a clause joined to the names, not one of them.
_CLAUSE_OPENING = re.compile(
    r"^(?:does|do|did|is|are|was|were|can|cannot|may|might|will|would|has|have|not|also)\b",
    re.IGNORECASE,
)


def _effect_names(text: str) -> tuple[list[str], str]:
    """The leading names of ``daytime drowsiness, memory problems, and does not …`` (two or
    more short noun phrases, up to the first clause) and the clause after them ('' when
    there is none); ([], '') when there are fewer names."""
    names = []
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+", text.strip().rstrip("."))
    for at, part in enumerate(parts):
        part = part.strip()
        if not part or _CLAUSE_OPENING.match(part):
            clause = ", ".join(p.strip() for p in parts[at:] if p.strip())
            return (names, clause) if len(names) >= 2 else ([], "")
        if len(part.split()) > 4 or not is_term(part):
            return [], ""
        names.append(part)
    return (names, "") if len(names) >= 2 else ([], "")
