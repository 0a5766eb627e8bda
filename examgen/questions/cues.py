"""Cue rules: what in a question tells its answer to a student who does not know it.

An answer printed in its own stem or said there in another script or by its alias ("SSL会话"
for "SSL Session", "(SA)" for "Security Associations(SA)"), a clue sharing the answer's words
or saying one in other words, the one option sharing a word or a character of meaning with the
stem (cues of length and case are in :mod:`~examgen.questions.lengthcues`). Each rule is
registered in :data:`~examgen.questions.rules.ITEM_RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from examgen.dictionary import synonyms
from examgen.model import Question
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.opposites import opposite_in
from examgen.questions.text import normalize, script_of
from examgen.questions.translations import lead, translated, translations
from examgen.questions.wording import BLANK
from examgen.stems import latin_stems
from examgen.stems import stem as stem_of

_CHOICES = ("single_choice", "multiple_choice")


def _keys(texts: Iterable[str]) -> list[str]:
    return [k for k in map(normalize, texts) if len(k) >= 2]


def tokens(text: str) -> set[str]:
    """Words of a text: Latin words of three letters or more (a plural "s" dropped:
    "complements" is "complement"), pairs of CJK characters."""
    words = {singular(w.casefold()) for w in re.findall(r"[A-Za-z][A-Za-z0-9]{2,}", text)}
    words -= FUNCTION_WORDS
    for run in re.findall(r"[\u4e00-\u9fff\u3400-\u4dbf]{2,}", text):
        words |= {run[i : i + 2] for i in range(len(run) - 1)}
    return words


#: English words of three letters or more that carry grammar, not meaning: "The range of
#: values" and a clue saying "the" share no word a student could match.
FUNCTION_WORDS = frozenset(
    # A word list reads better as one string than as 27 quoted words (hence SIM905 off).
    "the and for with from that this these those are was were its their his her has have had "  # noqa: SIM905
    "but nor into onto than then also each".split()
)


def _short_names(text: str, capitals: bool = True) -> set[str]:
    """The two-letter Latin words of ``text``, casefolded: only those written in capitals
    ("IP", not "is") unless ``capitals`` is False."""
    found = _TWO_LETTERS.findall(text)
    return {w.casefold() for w in found if w.isupper() or not capitals}


_TWO_LETTERS = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}(?![A-Za-z0-9])")


def singular(word: str) -> str:
    """``word`` without a plural "s" ("complements" -> "complement"; not "class", "gas")."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def no_stem_words(draft: Draft, notes: Notes) -> str | None:
    """No option repeats the stem's words; no answer is printed in its own stem."""
    q = draft.question
    stem = normalize(q.prompt.replace(BLANK, " "))
    if q.type == "fill_blank":
        answer = normalize(q.answers[0]) if q.answers else ""
        if answer and answer in stem:
            return f"the answer “{q.answers[0]}” is in the stem"
        # A term's words in its own clue ("微服务拆分原则" for "…原则进行拆分", "SSL Session"
        # for "SSL会话…") fill half the blank: the clue is the definition, not the term.
        if draft.variety == "blank_term" and q.answers and draft.stem_texts:
            shared = tokens(q.answers[0]) & tokens(draft.stem_texts[0])
            # One character of meaning is a cue too ("云" of "资源云化" for "上云能力", "读" of
            # "不可读高密级" for "不向上读"): the blank is half filled by the clue.
            shared |= char_echoes(q.answers[0], draft.stem_texts[0])
            if shared:
                return f"the clue shares “{sorted(shared)[0]}” with the answer “{q.answers[0]}”"
            pair = translated(q.answers[0], draft.stem_texts[0], notes)
            if pair:
                return f"the clue translates the answer “{q.answers[0]}” ({pair})"
            pair = opposite_in(q.answers[0], draft.stem_texts[0])
            if pair:
                return f"the clue says the opposite of the answer “{q.answers[0]}” ({pair})"
        return None
    if draft.variety == "claim_definition" and q.truth and len(draft.stem_texts) >= 2:
        # "“SSL Session”指的是：SSL会话，…", "“握手层”指的是：…四次握手…" and "In “PAgP”,
        # “Desirable/Auto” means: … for PAgP" read true at once.
        term, shown, *context = draft.stem_texts
        shared = tokens(" ".join((term, *context))) & tokens(shown)
        # Another form of the term's word ("Deleting one row…" for "Delete Anomalies").
        shared |= latin_stems(" ".join((term, *context))) & latin_stems(shown)
        if shared:
            return f"the definition shares “{sorted(shared)[0]}” with the term “{term}”"
        pair = translated(term, shown, notes)
        if pair:
            # "“delete undo log”指的是：删除一条记录时…" reads true by its first word.
            return f"the definition translates the term “{term}” ({pair})"
        return given_across(term, shown)
    if q.type not in _CHOICES:
        return None
    if draft.variety == "definition_to_term" and draft.stem_texts:
        answer = next(o.text for o in q.options if o.correct)
        clue = draft.stem_texts[0]
        # A word every option holds ("索引" of 全文索引, 唯一索引, 普通索引 for "…的索引";
        # "Docker" of three Docker names) singles out none of them: no cue.
        everywhere = set.intersection(*(tokens(o.text) for o in q.options))
        given = given_across(answer, clue)
        if given and not all(given_across(o.text, clue) for o in q.options):
            return given
        # "握手层" for a clue about "…四次握手的过程…": the clue says half the answer.
        shared = (tokens(answer) & tokens(clue)) - everywhere
        # A two-letter name ("IP" of "IP欺骗") said in the clue ("伪造受害者ip…") too.
        shared |= _short_names(answer) & _short_names(draft.stem_texts[0], capitals=False)
        if shared:
            return f"the clue shares “{sorted(shared)[0]}” with the answer “{answer}”"
        pair = translated(answer, draft.stem_texts[0], notes)
        if pair:
            return f"the clue translates the answer “{answer}” ({pair})"
        pair = opposite_in(answer, draft.stem_texts[0])
        if pair:
            return f"the clue says the opposite of the answer “{answer}” ({pair})"
    if draft.variety == "term_to_definition" and draft.stem_texts:
        # The reverse: the right definition says the term's alias ("IPSec使用安全关联（SA）…"
        # for "安全相关Security Associations(SA)").
        given = given_across(draft.stem_texts[0], next(o.text for o in q.options if o.correct))
        if given:
            return given
        # The right description alone saying the term's translation ("插入一条记录时…" for
        # "insert undo log", "…文件大小" for "max_binlog_size") is picked by it.
        # Its first clause is read alone too: "…回滚时重新插入…" deep in a wrong option
        # does not hide the answer's opening "插入一条记录时".
        term = draft.stem_texts[0]
        right = next(o.text for o in q.options if o.correct)
        wrong = [o.text for o in q.options if not o.correct]
        # Pair by pair: "管理" in a wrong option does not hide "控制" of "Controller Manager"
        # in the answer alone.
        for cut in (lead, str):
            said = translations(term, cut(right), notes)
            if said:
                said = set(said).difference(*(translations(term, cut(t), notes) for t in wrong))
            if said:
                return f"the answer alone says the term “{term}” translated ({min(said)})"
        # The reverse: a wrong description saying the term translated ("…绑定对应子系统…"
        # offered for "subsystem") reads as describing it, a second answer.
        if not translations(term, right, notes):
            for text in wrong:
                said = translations(term, text, notes)
                if said:
                    return f"“{text}” says the term “{term}” translated ({min(said)})"
        # "没有绝对的安全" alone among the descriptions of "相对性" says its opposite.
        pair = opposite_in(term, right)
        if pair and not any(opposite_in(term, t) for t in wrong):
            return f"the answer alone says the opposite of the term “{term}” ({pair})"
    if BLANK in q.prompt:
        return "the clue names its own answer (blanked in the stem)"
    stem_keys = _keys(draft.stem_texts)
    for option in q.options:
        key = normalize(option.text)
        if len(key) >= 2 and (key in stem or any(s in key for s in stem_keys)):
            return f"option “{option.text}” repeats the stem"
    if draft.variety in _LIST_CHOICES and draft.subject:
        # "subsystem" offered for "属于“cgroup子系统”": the list's own name in the other
        # script, not a thing of its kind; a student rules it in or out by the words.
        for option in q.options:
            pair = None if option.correct else translated(option.text, draft.subject, notes)
            if pair:
                return f"option “{option.text}” is the stem's “{draft.subject}” translated ({pair})"
    return None


#: Choices that name a list in their stem and offer things that may belong to it.
_LIST_CHOICES = ("belongs", "not_belongs", "select_members")


_ALIAS = re.compile(r"^(.+?)\s*[(（]([^()（）]+)[)）]\s*$")


#: The names inside an alias's brackets ("Discretionary Access Control, DAC" holds "DAC").
_LATIN_NAMES = re.compile(r"[A-Za-z][A-Za-z0-9-]+")


def given_across(answer: str, clue: str) -> str | None:
    """Whether ``clue`` says ``answer`` in another script or by its alias: a Latin word of
    the answer in a CJK clue ("SSL" of "SSL Session" in "SSL会话，…"), or either name of an
    answer with an alias in brackets ("保密性(Confidentiality)")."""
    alias = _ALIAS.match(answer)
    if alias:
        for name in (*alias.groups(), *_LATIN_NAMES.findall(alias.group(2))):
            shared = tokens(name) & tokens(clue)
            if re.search(rf"(?<![A-Za-z0-9]){re.escape(name.strip())}(?![A-Za-z0-9])", clue):
                shared.add(name.strip())
            if shared:
                return f"the clue says “{sorted(shared)[0]}” of the answer “{answer}”"
        return None
    if script_of(answer) != script_of(clue):
        shared = tokens(answer) & tokens(clue)
        if shared:
            return f"the clue says “{sorted(shared)[0]}” of the answer “{answer}” in another script"
    return None


def no_shared_word_cue(draft: Draft, notes: Notes) -> str | None:
    """The answer is not the one option sharing a word with the stem (nor, of a select-all,
    the answers the only options sharing one: "Docker Images" for "Docker三要素")."""
    q = draft.question
    if q.type == "matching":
        return _matching_word_cue(draft, notes)
    if q.type not in _CHOICES:
        return None
    stem = set().union(*(tokens(t) for t in draft.stem_texts)) if draft.stem_texts else set()
    if not stem:
        return None
    # A word every option has ("索引" of 全文索引, 唯一索引, … under "用于文本搜索") tells no
    # option apart: only the others are cues.
    stem -= set.intersection(*(tokens(o.text) for o in q.options)) if q.options else set()
    if q.type == "multiple_choice":
        shared = [tokens(o.text) & stem for o in q.options if o.correct]
        # Each answer sharing a word of its own ("个人习惯", "生物特质" for "个人的特质") is a
        # cue as much as one word they all share.
        wrong = any(tokens(o.text) & stem for o in q.options if not o.correct)
        if shared and all(shared) and not wrong:
            return f"only the answers share “{sorted(shared[0])[0]}” with the stem"
        return None
    right = [o for o in q.options if o.correct]
    shared = echoes(right[0].text, stem) if right else set()
    if shared and not any(echoes(o.text, stem) for o in q.options if not o.correct):
        return f"only the answer shares “{sorted(shared)[0]}” with the stem"
    if right and not shared and draft.variety == "not_belongs":
        # The odd one out is the option that does not repeat the list's words: "MAC只能…"
        # among three options opening "数字签名…" under "不属于“数字签名的特点”".
        wrong = [o for o in q.options if not o.correct]
        if wrong and all(echoes(o.text, stem) for o in wrong):
            return "every option but the answer shares a word with the stem"
    if right and not shared:
        # One character is a cue too: "永久" for 持久性, "不向上读" for "不可读", "握手层" for
        # "两层", "全文索引" for "用于文本搜索", when no other option shares a character with
        # the stem (a character every option has tells none apart).
        stem_text = " ".join(draft.stem_texts)
        everywhere = set.intersection(*(set(_HAN_CHAR.findall(o.text)) for o in q.options))
        chars = char_echoes(right[0].text, stem_text) - everywhere
        wrong_chars = (
            char_echoes(o.text, stem_text) - everywhere for o in q.options if not o.correct
        )
        if chars and not any(wrong_chars):
            return f"only the answer shares “{sorted(chars)[0]}” with the stem"
    if right and len(draft.stem_texts) > 1:
        # The term alone: a context word a wrong option shares ("sleep" of "methods for
        # measuring sleep") does not hide the answer repeating the term itself
        # ("observing external behaviors" for "Behavior-based methods", "永久" for 持久性).
        told = _only_answer_echoes(q, draft.stem_texts[0], draft.context_members)
        if told:
            return f"{told} of “{draft.stem_texts[0]}”"
    if right and draft.variety == "term_to_definition" and draft.stem_texts:
        told = _said_in_other_words(q, draft.stem_texts[0])
        if told:
            return told
    if right and draft.variety == "term_to_definition" and draft.stem_texts:
        told = _wrong_echoes_term(q, draft.stem_texts[0])
        if told:
            return told
    if right and draft.variety == "definition_to_term" and draft.stem_texts:
        told = _clue_says_answer_in_other_words(q, draft.stem_texts[0])
        if told:
            return told
    if right and not shared and draft.variety == "definition_to_term":
        # The reverse: a wrong term that echoes the clue ("保密性" for "保证了机密性")
        # reads as a second answer.
        for option in q.options:
            echo = tokens(option.text) & stem
            if not option.correct and echo:
                return f"“{option.text}” shares “{sorted(echo)[0]}” with the clue, the answer none"
    return None


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
#: Characters that carry grammar, not meaning: sharing one is no cue. The suffixes that make
#: a quality or a process of a word ("持久性", "云化", "管理者", "联络员") are grammar too.
_COMMON_CHARS = frozenset("的是了在和与及或等中之为有个一不可以对由被将把于其所也就都而性化者员")


def _only_answer_echoes(q: Question, term: str, kin: Sequence[str] = ()) -> str | None:
    """Whether the key alone among the options shares a word ("behaviors" of "Behavior-based
    methods", another form of one word is the same word) or a character of meaning ("久" of
    持久性) with ``term``. What every option holds tells none apart, nor does the kind word
    every one of ``kin`` (the term's fellow members) holds: "技" of 人事技能 echoed by a
    wrong "技术…" says only that it is a 技能, as all three are."""
    own = tokens(term) - set.intersection(*(tokens(o.text) for o in q.options))
    right = next(o.text for o in q.options if o.correct)
    wrong = [o.text for o in q.options if not o.correct]
    shared = echoes(right, own)
    if shared and not any(echoes(t, own) for t in wrong):
        return f"only the answer shares “{sorted(shared)[0]}”"
    everywhere = set.intersection(*(set(_HAN_CHAR.findall(o.text)) for o in q.options))
    if len(kin) >= 2:
        everywhere |= set.intersection(*(set(_HAN_CHAR.findall(k)) for k in kin))
    chars = char_echoes(right, term) - everywhere
    if chars and not any(char_echoes(t, term) - everywhere for t in wrong):
        return f"only the answer shares “{sorted(chars)[0]}”"
    return None


def _clue_says_answer_in_other_words(q: Question, clue: str) -> str | None:
    """Whether the clue says a word of the key alone by a Chinese word of the same sense
    ("运用到实践中" for 应用性, by the dictionary), no wrong option's word being said so."""
    right = next(o.text for o in q.options if o.correct)
    said = synonyms(right, clue)
    if not said or any(synonyms(o.text, clue) for o in q.options if not o.correct):
        return None
    own, word = min(said)
    return f"the clue says “{own}” of the answer “{right}” in other words (“{word}”)"


def _wrong_echoes_term(q: Question, term: str) -> str | None:
    """Whether a wrong description says a word of the asked ``term`` that the key does not
    ("系统安全是一个过程，会不断变化", of 动态性, asked for 过程性): it reads as describing the
    term, a second answer. What every option holds tells none apart."""
    own = tokens(term) - set.intersection(*(tokens(o.text) for o in q.options))
    right = next(o.text for o in q.options if o.correct)
    # One English word in another form ("sounding", "sounds") is the same word said.
    said = {_root(w) for w in echoes(right, own)}
    for option in q.options:
        echo = {w for w in echoes(option.text, own) if _root(w) not in said}
        if not option.correct and echo:
            word = sorted(echo)[0]
            return f"“{option.text}” shares “{word}” with the term “{term}”, the answer none"
    return None


def _root(word: str) -> str:
    """The form two words are the same word in: an English word's stem, a CJK pair itself."""
    return stem_of(word) if word.isascii() else word


def _said_in_other_words(q: Question, term: str) -> str | None:
    """Whether the key alone says a word of ``term`` by a Chinese word of the same sense
    ("永久" for 持久性: both "lasting", "permanent", by the dictionary)."""
    right = next(o.text for o in q.options if o.correct)
    said = {own: word for own, word in synonyms(term, right)}
    for option in q.options:
        if not option.correct:
            for own, _ in synonyms(term, option.text):
                said.pop(own, None)
    if said:
        own = min(said)
        return f"only the answer says “{own}” of “{term}” in other words (“{said[own]}”)"
    return None


def char_echoes(text: str, stem: str) -> set[str]:
    """The CJK characters of meaning ``text`` shares with ``stem``."""
    return (set(_HAN_CHAR.findall(text)) & set(_HAN_CHAR.findall(stem))) - _COMMON_CHARS


def _matching_word_cue(draft: Draft, notes: Notes) -> str | None:
    """Of a matching question: no term is paired by a word it shares with its own gloss and
    with no other gloss ("文件大小" with "…的大小", a Latin name said inside a Chinese gloss).
    A matching question holds a handful of pairs: the pairs compared are bounded."""
    pairs = draft.reveals
    for term, gloss in pairs:
        words = tokens(term)
        shared = echoes(gloss, words)
        others = [g for t, g in pairs if g != gloss]
        if shared and not any(echoes(g, words) for g in others):
            return f"“{term}” shares “{sorted(shared)[0]}” with its own gloss only"
        across = given_across(term, gloss)
        if across and not any(given_across(term, g) for g in others):
            return across
    # Pairs made by a translation ("DB_TRX_ID" with "事务id…"): one of five leaves a fair
    # matching ("Network" with "…网络资源隔离"); half of them answer it.
    told = []
    for term, gloss in pairs:
        # Pair by pair: "调度" in another gloss (one of its senses is "to manage") does not
        # hide "控制" of "Controller Manager" in its own.
        said = translations(term, gloss, notes)
        if said:
            said = set(said).difference(
                *(translations(term, g, notes) for t, g in pairs if g != gloss)
            )
        if said:
            told.append(f"“{term}” ({min(said)})")
    # Two told pairs leave the rest to elimination ("Network"/网络 and "Mount"/挂载 of five).
    if len(told) >= MAX_TOLD_PAIRS or (told and len(told) * 2 >= len(pairs)):
        return f"{len(told)} of {len(pairs)} pairs are made by translation: {', '.join(told)}"
    return None


#: Pairs of a matching made by translation, at most, less one: two answer too much of it.
MAX_TOLD_PAIRS = 2
#: A Latin word this long inside another ("docker" in "dockerfile") is the same word.
MIN_INNER_WORD = 4


def echoes(text: str, stem: set[str]) -> set[str]:
    """The words of ``text`` the stem's words also say: the same words, and Latin words one
    holds the other ("Docker镜像" beside the term "DockerFile")."""
    mine = tokens(text)
    found = mine & stem
    # Another form of one English word ("behaviors", "behavioral" for "behavior").
    stems = {stem_of(w) for w in stem if w.isascii() and len(w) >= MIN_INNER_WORD}
    found |= {w for w in mine if w.isascii() and len(w) >= MIN_INNER_WORD and stem_of(w) in stems}
    for word in mine:
        if word.isascii() and len(word) >= MIN_INNER_WORD:
            found |= {
                word
                for other in stem
                if other.isascii()
                and len(other) >= MIN_INNER_WORD
                and (word in other or other in word)
            }
    return found
