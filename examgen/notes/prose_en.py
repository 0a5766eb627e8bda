"""Facts stated in English prose, read sentence by sentence (see :mod:`examgen.notes.prose`)."""

from __future__ import annotations

import re

from examgen.notes.clauses import defining_sentence, is_clause
from examgen.notes.labels import generic_label
from examgen.notes.notation import notation
from examgen.notes.qualify import qualify
from examgen.notes.relations_en import relations
from examgen.notes.sentences import Said, split_sentences
from examgen.notes.shapes import is_bare
from examgen.notes.terms import is_term

_EN_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z*\"“(_])")
_EN_AND = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_COMPOSED = re.compile(
    r"^(?:the\s+)?(?P<subject>[^,]{2,60}?)\s*,?\s+(?:is\s+|are\s+)?"
    r"(?:composed|comprised|made\s+up)\s+of\s+(?P<items>[^.;:]+)$"
    r"|^(?:the\s+)?(?P<subject2>[^,]{2,60}?)\s+consists?\s+of\s+(?P<items2>[^.;:]+)$",
    re.IGNORECASE,
)


_EN_PRONOUN = frozenset(("it", "this", "they", "these", "this process", "this method"))
# `The main drawback of X is …`: an aspect of X.
_EN_ASPECT = re.compile(
    r"^(?:the\s+)?(?:(?:main|major|key|biggest|chief|primary)\s+)?"
    r"(?P<aspect>advantage|disadvantage|drawback|benefit|limitation|downside|weakness|strength"
    r"|purpose|function|role|goal|cause)s?\s+of\s+(?P<thing>[^,]{2,40}?)\s+(?:is|are|was)\s+"
    r"(?P<rest>.{3,})$",
    re.IGNORECASE,
)

# `The most common form of X is Y`, `The most prevalent explanation for why X is due to Y`:
# the superlative and its noun name what the rest gives (the superlative stays: the most
# common form is not every form).
_SUPERLATIVE = re.compile(
    r"^the\s+(?P<subject>most\s+[a-z]+\s+[a-z]+(?:\s+[a-z]+)?\s+(?:of|for)\s+[^,]{2,60}?)\s+"
    r"(?:is|are|was|were)\s+(?:due\s+to\s+|caused\s+by\s+)?(?P<rest>.{3,})$",
    re.IGNORECASE,
)
# `Onset of narcolepsy can happen at any age`: an aspect of a thing and what may hold of it.
_ASPECT_MAY = re.compile(
    r"^(?P<subject>[A-Z][a-z]+\s+of\s+(?:the\s+)?[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,2}?)\s+"
    r"(?P<rest>(?:can|may|might|could|usually|typically|often|tends?\s+to)\s.{3,})$"
)
# `… looking into "dry drowning" as a third kind, which is a delayed …`: a quoted name the
# sentence sets up as something, and what it then says that is.
_QUOTED_AS = re.compile(
    r"[\"“](?P<term>[A-Za-z][\w\- ]{1,40})[\"”]\s+as\s+(?P<what>(?:a|an|the)\s[^,;.]{3,60}),\s+"
    r"which\s+(?:is|are)\s+(?P<which>[^.;]{8,})"
)

# `A cache, also called a buffer, is …`: a definition of the first name.
_ALSO_CALLED = re.compile(
    r"^(?:the\s+|an?\s+)?(?P<term>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,4}),\s+(?:also\s+)?"
    r"(?:called|known\s+as|termed)\s+[^,]{2,40},\s+(?:is|are)\s+(?P<rest>.{3,})$",
    re.IGNORECASE,
)
# `Symptoms include fever, cough, and fatigue.`: a list of what the subject includes.
_INCLUDES = re.compile(
    r"^(?:[A-Z][a-z]+ly,\s+)?(?:the\s+)?(?P<subject>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)\s+"
    r"(?:include|includes)\s*:?\s+(?P<items>[^;:.]+,[^;:.]+(?:and|or)\s[^;:.]+)$",
    re.IGNORECASE,
)


# `Smokers often show inflammation in the throat, lungs, and stomach.`: the places where a
# group shows something are a list of that finding in that group.
_SHOWS = re.compile(
    r"^(?:the\s+)?(?P<who>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)\s+"
    r"(?:(?:also|often|typically|usually|commonly)\s+)?(?:exhibit|show|display)s?\s+"
    r"(?P<what>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)\s+in\s+(?:the\s+)?"
    r"(?P<items>[^;:.]+,[^;:.]+(?:and|or)\s[^;:.]+)$",
    re.IGNORECASE,
)
# `During winter, heating costs are highest in the north, and …`: what a noun phrase is
# during a period (its first clause); `we`/`it` after the comma is no subject.
_DURING = re.compile(
    r"^(?:During\s+(?P<when>[^,]{2,40})|When\s+(?P<begins>[^,]{2,30}?)\s+(?:begins|starts)),\s+"
    r"(?:the\s+)?(?P<subject>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)\s+"
    r"(?P<verb>is|are|was|were)\s+(?P<rest>[^,;]{3,}?)(?:,\s*(?:and|but|while|whereas)\s.*|,\s*(?P<doing>\w+ing\s.*))?$",
    re.IGNORECASE,
)
# `The lateral cortex is *deactivated* during REM.`: the setting closes the sentence.
_DURING_AFTER = re.compile(
    r"^(?:the\s+)?(?P<subject>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)\s+(?P<verb>is|are|was|were)\s+"
    r"(?P<rest>[^,;]{3,40}?)\s+during\s+(?P<when>[^,;]{2,40})$",
    re.IGNORECASE,
)
# `Currently, X is …`: a sentence adverb before the subject says nothing about it.
_LEADING_ADVERB = re.compile(
    r"^(?:[A-Z][a-z]+ly|However|Thus|Therefore|Today|Nowadays|In\s+general|In\s+practice),\s+"
)
# `Garden soil is usually acidic.` under `## Soil`: a short noun phrase naming the section's
# subject (more fully) and what it is.
_ABOUT = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?P<term>[A-Za-z][\w\-]*(?:\s+[\w\-]+){1,3}?)\s+"
    r"(?P<verb>is|are)\s+(?P<rest>.{3,})$",
    re.IGNORECASE,
)
# `It is usually caused by fungi (e.g. mildew, rust, blight).` / `… caused by A, B, and C`:
# the causes of what the sentence is about.
_CAUSED = re.compile(
    r"^(?:the\s+)?(?P<thing>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)\s+(?:is|are)\s+"
    r"(?:(?P<adverb>[a-z]+ly|often|sometimes|mostly)\s+)?(?:also\s+)?"
    r"(?P<verb>triggered|caused|brought\s+on|accompanied)\s+by\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_EXAMPLES = re.compile(r"\((?:e\.g\.|eg\.|such\s+as|like)\s*,?\s*(?P<items>[^()]+)\)")
# `Mulch helps with water retention.`: what a thing is for.
_HELPS = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?P<term>[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,3}?)\s+"
    r"(?:(?:can|may|also|often|greatly)\s+)*(?P<rest>helps?\s+(?:with|in)\s+.{3,})$",
    re.IGNORECASE,
)
_NOT_A_NOUN = frozenset(
    (
        *("we", "you", "they", "it", "this", "there", "one", "he", "she", "people"),
        # a condition or a quantifier opens a statement, not a name
        *("if", "when", "while", "although", "because", "since", "unless", "once", "as"),
        *("any", "every", "each", "all", "no", "some", "only", "most", "many"),
    )
)
# Inside a name: an article or a relative word (`Any frame whose …`), or a preposition
# other than `of` (`Rain within a day …`) makes it a clause.
_NOT_IN_A_NAME = re.compile(
    r"\b(?:a|an|the|whose|which|that|who|within|without|after|before|during|for|from|with)\b",
    re.IGNORECASE,
)
# `X is no longer used`, `X is moderated by Y`, `X are used to …`: what is done to X or a
# verdict on it, not what X is.
_NOT_WHAT_IT_IS = re.compile(
    r"^(?:no|never|\w+ed\s+(?:by|to|with|for|in|on|as|from)\b|used\b)", re.IGNORECASE
)


def read_english(text: str, topic: str, strong: tuple[str, ...]) -> list[Said]:
    """What the English sentences of ``text`` state (see :mod:`examgen.notes.prose`)."""
    said: list[Said] = []
    owner = topic

    def subject_of(term: str) -> str:
        """A bare word takes the topic; a pronoun is what was just defined."""
        if term.casefold() in _EN_PRONOUN:
            return owner
        return qualify(term, topic) if is_bare(term) and topic else term

    for raw in split_sentences(_EN_SENTENCE, text):
        sentence = _LEADING_ADVERB.sub("", raw.strip())
        aspect = _EN_ASPECT.match(sentence)
        term, rest = defining_sentence(sentence)
        if not term:
            term, rest = _about(sentence, topic)
        if aspect:
            subject = f"{aspect['aspect'].lower()} of {aspect['thing'].strip()}"
            said.append(Said("definition", subject, aspect["rest"]))
        elif (may := _ASPECT_MAY.match(sentence.rstrip("."))) and is_term(may["subject"]):
            said.append(Said("definition", may["subject"], may["rest"]))
        elif superlative := _superlative(sentence):
            said.append(superlative)
        elif term and rest and generic_label(term):
            # `The critical measure is …` in a paragraph about the PVT: the PVT's; no card
            # or question can ask it without saying whose, so with no owner it is not said.
            if owner:
                said.append(Said("definition", term, rest, owner=owner))
        elif term and rest and is_term(term):
            said.append(Said("definition", subject_of(term), rest))
            owner = term if term.casefold() not in _EN_PRONOUN else owner
        elif notation(sentence)[0]:  # `The bar in $\bar{A}$ is read "not"`
            said.append(Said("definition", *notation(sentence)))
        for phrase in strong:
            for named in _named(sentence, phrase.strip(" ,.:;")):
                said.append(named)
                owner = named.subject
        counted = _counted(sentence)
        if counted:
            said.append(Said("list", subject_of(counted.subject), items=counted.items))
        aside = _CALLED_ASIDE.search(sentence)
        if aside and is_term(aside["term"]) and not is_clause(aside["term"]):
            # `…, it moves its ports to Discarding (the process is called Sync) and …`: the
            # sentence, without its aside, says what the name in the aside is.
            told = f"{sentence[: aside.start()]}{sentence[aside.end() :]}".strip().rstrip(".")
            said.append(Said("definition", aside["term"].strip(), told))
        alias = _ALSO_CALLED.match(sentence)
        if alias and is_term(alias["term"]):
            said.append(Said("definition", alias["term"], alias["rest"]))
            owner = alias["term"]
        included = _INCLUDES.match(sentence.rstrip("."))
        if included:
            subject = subject_of(included["subject"].strip())
            members = _en_members(included["items"])
            short = all(0 < len(member.split()) <= 4 for member in members)
            if len(members) >= 2 and short and subject and is_term(subject):
                said.append(Said("list", subject, items=tuple(members)))
        said.extend(_shown(sentence, subject_of))
        said.extend(_during(sentence))
        said.extend(relations(sentence))
        quoted = _QUOTED_AS.search(sentence)
        if quoted and is_term(quoted["term"]):
            text = f"{quoted['what'].strip()}; {quoted['which'].strip()}"
            said.append(Said("definition", quoted["term"].strip(), text))
        said.extend(_caused(sentence, subject_of))
        said.extend(_helps(sentence, subject_of))
        said.extend(_in_order(sentence, strong))
        composed = _COMPOSED.match(sentence.rstrip("."))
        if composed:
            subject = (composed["subject"] or composed["subject2"] or "").strip()
            subject = re.sub(r"^.*\bby\s+the\s+", "", subject)
            members = _en_members(composed["items"] or composed["items2"] or "")
            short = all(len(member.split()) <= 4 for member in members)
            subject = subject_of(subject)
            if len(members) >= 2 and short and subject and is_term(subject):
                said.append(Said("list", subject, items=tuple(members)))
    return [_spelled_out(one, text) for one in said]


# `(the process is called Sync)`, `(this is known as thrashing)`, `(called paging)`: a name
# given in brackets to what the sentence around it tells.
_CALLED_ASIDE = re.compile(
    r"\s*\((?:(?:the|this|that|which)\s+(?:[a-z]+\s+)?(?:is|are)\s+)?(?:also\s+)?"
    r"(?:called|known\s+as|termed|named)\s+(?:an?\s+|the\s+)?(?P<term>[^()]{1,40}?)\s*\)",
    re.IGNORECASE,
)


def _superlative(sentence: str) -> Said | None:
    """``The most common cause of X is Y`` → the definition of ``most common cause of X``."""
    match = _SUPERLATIVE.match(sentence.rstrip("."))
    if not match or not is_term(match["subject"]):
        return None
    return Said("definition", match["subject"], match["rest"])


_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*(?:-[A-Z0-9]+)?")
_MINOR_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "a", "an", "&"})


def _spelled_out(said: Said, text: str) -> Said:
    """``… one exception is **renal tubular acidosis (RTA)**. RTA is the failure …``: an
    acronym the text spells out just before naming it is defined under its full name
    (``renal tubular acidosis (RTA)``), the name a reader asks for."""
    if said.kind != "definition" or not _ACRONYM.fullmatch(said.subject):
        return said
    acronym = said.subject
    for found in re.finditer(r"\(\s*" + re.escape(acronym) + r"\s*\)", text):
        words = re.findall(r"[A-Za-z][\w'-]*|&", text[: found.start()])
        letters = [char.casefold() for char in acronym.split("-")[0] if char.isalpha()]
        named: list[str] = []
        for word in reversed(words):
            named.insert(0, word)
            initials = [w[0].casefold() for w in named if w.casefold() not in _MINOR_WORDS]
            if len(initials) >= len(letters):
                if initials == letters and named[0].casefold() not in _MINOR_WORDS:
                    return Said(said.kind, f"{' '.join(named)} ({acronym})", said.text, said.items)
                break
    return said


# `These waves are detected in sequential order in the pons, followed by the thalamus, and
# finally the occipital lobe`: three places, in the order the sentence says.
_IN_ORDER = re.compile(
    r"^(?P<subject>[A-Za-z][\w\s'-]{1,60}?)\s+(?:is|are|was|were)\s+(?P<verb>[a-z]+ed)\s+"
    r"(?:in\s+(?:a\s+)?(?:sequential\s+|this\s+|that\s+)?order\s+)?(?:(?:in|at|by|through|from)\s+)?"
    r"(?:the\s+)?(?P<first>[^,;]{2,60}),\s+(?:then|followed\s+by)\s+(?:the\s+)?(?P<second>[^,;]{2,60}?),?"
    r"\s+(?:and\s+)?(?:then|finally|lastly)\s+(?:by\s+)?(?:the\s+)?(?P<last>[^,;]{2,60}?)\.?$",
    re.IGNORECASE,
)
_DEMONSTRATIVE = re.compile(r"^(?:these|this|those|that|they|it)\b", re.IGNORECASE)


def _in_order(sentence: str, strong: tuple[str, ...]) -> list[Said]:
    """``X are detected in order in A, followed by B, and finally C``: the **sequence**
    ``order in which X are detected`` of A, B and C (``These brain waves`` is the bold name
    of the same kind, ``**PGO waves**``, that the text gave before)."""
    match = _IN_ORDER.match(sentence.strip())
    if not match:
        return []
    subject = re.sub(r"^(?:the|a|an)\s+", "", match["subject"].strip(), flags=re.IGNORECASE)
    if _DEMONSTRATIVE.match(subject):
        kind = subject.split()[-1].casefold()
        named = [phrase for phrase in strong if phrase.split()[-1].casefold() == kind]
        if len(subject.split()) < 2 or not named:
            return []
        subject = named[-1].strip(" ,.:;")
    if not is_term(subject):
        return []
    steps = tuple(match[name].strip() for name in ("first", "second", "last"))
    verb = f"{match[0].split()[len(match['subject'].split())]} {match['verb']}"
    return [Said("sequence", f"order in which {subject} {verb}", items=steps)]


def _about(sentence: str, topic: str) -> tuple[str, str]:
    """``Garden soil is usually acidic`` under ``Soil``: (``Garden soil``, ``usually acidic``)
    when the phrase names more of the topic than the topic itself; ('', '') otherwise."""
    match = _ABOUT.match(sentence.rstrip(". "))
    if not match or not topic:
        return "", ""
    term = match["term"].strip()
    words = [word.casefold() for word in term.split()]
    named = {word.casefold().rstrip("s") for word in re.findall(r"[A-Za-z]{4,}", topic)}
    if words[0] in _NOT_A_NOUN or not named or not is_term(term) or is_clause(term):
        return "", ""
    if _NOT_IN_A_NAME.search(term) or _NOT_WHAT_IT_IS.match(match["rest"]):
        return "", ""
    if not any(word.rstrip("s") in named for word in words):
        return "", ""
    if term.casefold() == topic.casefold():
        return "", ""
    return term, match["rest"].strip()


def _shown(sentence: str, subject_of) -> list[Said]:
    """``Smokers show inflammation in the throat, lungs, and stomach`` → a list
    ``inflammation in Smokers`` of the three places."""
    match = _SHOWS.match(sentence.rstrip(". "))
    if not match:
        return []
    who = subject_of(match["who"].strip())
    what = match["what"].strip()
    members = _en_members(match["items"])
    short = all(0 < len(member.split()) <= 4 for member in members)
    subject = f"{what} in {who}"
    if len(members) < 3 or not short or not who or not is_term(what) or is_clause(subject):
        return []
    return [Said("list", subject, items=tuple(members))]


def _caused(sentence: str, subject_of) -> list[Said]:
    """``Blight is caused by fungi (e.g. mildew, rust, and smut)`` → a list ``causes of
    Blight`` of the three examples; ``… triggered by A, B, and C`` lists A, B and C."""
    match = _CAUSED.match(sentence.rstrip(". "))
    if not match:
        return []
    thing = subject_of(match["thing"].strip())
    examples = _EXAMPLES.search(match["rest"])
    if examples:
        members = _en_members(re.sub(r",?\s*(?:etc\.?|\.\.\.|…)$", "", examples["items"]))
    elif re.search(r",.*\b(?:and|or)\s", match["rest"]):
        members = _en_members(match["rest"])
    else:
        return []
    short = all(0 < len(member.split()) <= 4 for member in members)
    if len(members) < 2 or not short or not thing or not is_term(thing):
        return []
    verb = match["verb"].casefold()
    if verb == "accompanied":
        # `It is typically also accompanied by A, B, and C`: how often is part of the fact.
        adverb = f"{match['adverb'].casefold()} " if match["adverb"] else ""
        return [Said("list", f"what {adverb}accompanies {thing}", items=tuple(members))]
    noun = "causes" if verb == "caused" else "triggers"
    return [Said("list", f"{noun} of {thing}", items=tuple(members))]


def _helps(sentence: str, subject_of) -> list[Said]:
    """``Mulch helps with water retention`` → a definition of ``Mulch`` by what it helps
    with; a clause before ``helps`` (``Watering after dark helps …``) is no name."""
    match = _HELPS.match(sentence.rstrip(". "))
    if not match:
        return []
    term = match["term"].strip()
    if term.casefold().split()[0] in _NOT_A_NOUN - _EN_PRONOUN or _NOT_IN_A_NAME.search(term):
        return []
    if re.search(r"\w+ing\b", term) and not re.search(r"\w+ings?$", term.split()[-1]):
        return []
    subject = subject_of(term)
    if not subject or not is_term(subject) or is_clause(subject):
        return []
    return [Said("definition", subject, match["rest"].strip())]


def _during(sentence: str) -> list[Said]:
    """``During winter, heating costs are highest in the north`` → a definition of
    ``heating costs during winter`` by that first clause."""
    match = _DURING.match(sentence.rstrip(". ")) or _DURING_AFTER.match(sentence.rstrip(". "))
    if not match:
        return []
    subject = match["subject"].strip()
    when = (match["when"] or match["begins"]).strip()  # `When REM begins,` is during REM
    if subject.casefold().split()[0] in _NOT_A_NOUN or not is_term(subject):
        return []
    text = f"{subject} {match['verb']} {match['rest'].strip()}"
    if "doing" in match.re.groupindex and match["doing"]:
        text += f", {match['doing'].strip()}"  # `…, feeding stimuli to the cortex`: what it does
    return [Said("definition", f"{subject} during {when}", text)]


def _en_members(text: str) -> list[str]:
    """``the moon, the sun and a comet`` → ``moon``, ``sun``, ``comet``."""
    return [
        re.sub(r"^(?:the|a|an)\s+", "", part.strip(), flags=re.IGNORECASE)
        for part in _EN_AND.split(text)
        if part.strip()
    ]


_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNTED = re.compile(
    r"\b(?P<count>two|three|four|five|six|seven|[2-7])\s+"
    r"(?:(?:distinct|main|major|different|key|basic|primary|types\s+of|kinds\s+of)\s+)*"
    # `three modes, namely A, B and C`: the word that announces the members is none of them.
    r"(?P<noun>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?)\s*[,:—]\s*"
    r"(?:(?:namely|i\.e\.|viz\.?|that\s+is)[,:]?\s+)?(?P<items>[^;:]+)$",
    re.IGNORECASE,
)


def _counted(sentence: str) -> Said | None:
    """``… driven by two main bodies, the moon and the sun``: a list of as many
    members as the sentence counts."""
    match = _COUNTED.search(sentence.rstrip(". "))
    if not match:
        return None
    count = match["count"].lower()
    wanted = _COUNT.get(count) or int(count)
    members = _en_members(match["items"])
    if len(members) != wanted or not all(0 < len(m.split()) <= 4 for m in members):
        return None
    noun = match["noun"].strip()
    if not is_term(noun) or is_clause(noun):
        return None
    return Said("list", noun, items=tuple(members))


# `**amygdala**, which is the brain area …`, `**melatonin**, the hormone produced in …`: the
# bold name and the noun phrase set beside it, which says what the name is.
_APPOSITIVE_NOUN = (
    r"(?:the|an?)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:that|which|who|produced|made|used|responsible)\b"
)


def _appositive(sentence: str, quoted: str) -> str:
    """What the noun phrase beside a bold name says it is; '' when none is set beside it."""
    found = re.search(
        rf"{quoted},\s+(?:which\s+(?:is|are)\s+(?P<which>[^.;]+)|(?P<noun>{_APPOSITIVE_NOUN}[^.;]*))",
        sentence,
    )
    if not found:
        return ""
    text = (found["which"] or found["noun"] or "").strip(" ,")
    return text if len(text.split()) >= 3 else ""


def _named(sentence: str, phrase: str) -> list[Said]:
    """``**X**, aka the …``, ``**X**, which is …`` / ``**X**, the hormone made …`` and
    ``… known as **X**`` / ``… called a **X**``."""
    if not phrase or not is_term(phrase):
        return []
    quoted = re.escape(phrase)
    aka = re.search(
        rf"{quoted}\s*(?:\([^)]{{1,30}}\))?,?\s+(?:aka|a\.k\.a\.)\s+(?P<text>[^.;]+)", sentence
    )
    if aka:
        return [Said("definition", phrase, aka["text"].strip(" ,"))]
    appositive = _appositive(sentence, quoted)
    if appositive:
        return [Said("definition", phrase, appositive)]
    known = re.search(
        rf"(?P<what>[^,.;]{{6,120}}?)\s+(?:(?:also\s+)?known\s+as|called)\s+(?:an?\s+|the\s+)?"
        rf"{quoted}\b",
        sentence,
    )
    if known:
        # What is named is the noun phrase before `called`: from its indefinite article, or
        # after the sentence's verb.
        article = re.search(r"\b(?:a|an)\s", known["what"])
        what = known["what"][article.start() :] if article else known["what"]
        if not article:
            what = re.sub(r"^.*\b(?:includes?|measure|observe|has|have|is|are)\s+", "", what)
        if len(what.split()) >= 3:
            return [Said("definition", phrase, what.strip())]
    return []
