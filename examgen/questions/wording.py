"""The words of a paper in Chinese and English, and the helpers that print numbers and letters:
display width, option letters, points. Every phrase a question or section prints is here."""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from examgen.questions.script import traditional_mapping
from examgen.script import HANT, to_traditional

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


BLANK = "______"


TEXTS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "zh": MappingProxyType(
            {
                "term_to_definition": "下列对“{term}”的描述，正确的是哪一项？",
                "term_to_definition_in": "在“{list}”中，对“{term}”的描述正确的是哪一项？",
                "definition_to_term": "“{definition}”描述的是下列哪一项？",
                "definition_to_term_in": "在“{list}”中，“{definition}”描述的是下列哪一项？",
                "belongs": "下列选项中，属于“{list}”的是哪一项？",
                "not_belongs": "下列选项中，不属于“{list}”的是哪一项？",
                "select_members": "下列选项中，属于“{list}”的有哪些？",
                "claim_definition": "“{term}”指的是：{definition}。",
                "claim_definition_in": "在“{list}”中，“{term}”指的是：{definition}。",
                "claim_member": "“{member}”属于“{list}”。",
                "blank_term": "{blank}：{definition}。",
                "blank_term_in": "“{list}”中，{blank}：{definition}。",
                "blank_step": "“{sequence}”：{steps}。",
                "blank_member": "“{list}”是：{members}。",
                "match_members": "请将“{list}”中的各项与对应的说明配对。",
                "table_cell": "在“{table}”中，“{row}”的“{column}”是下列哪一项？",
                "match_table": "请将“{table}”中的各项与其“{column}”配对。",
                "match_terms": "请将下列术语与对应的说明配对。",
                "order_steps": "请将“{sequence}”的各环节按正确顺序排列。",
                "order_named": "请按“{sequence}”排列下列各项。",
                "list_all": "请列出“{list}”的全部{n}项。",
                "list_counted": "请列出“{list}”的各项。",
                "list_both": "请列出“{list}”的全部{n}项。",
                "list_some": "请列出“{list}”中的任意{k}项（共{n}项）。",
                "belongs_in": "在“{owner}”中，属于“{list}”的是下列哪一项？",
                "not_belongs_in": "在“{owner}”中，不属于“{list}”的是下列哪一项？",
                "select_members_in": "在“{owner}”中，属于“{list}”的有下列哪些？",
                "claim_member_in": "在“{owner}”中，“{member}”属于“{list}”。",
                "list_all_in": "在“{owner}”中，请列出“{list}”的全部{n}项。",
                "list_counted_in": "在“{owner}”中，请列出“{list}”的各项。",
                "list_both_in": "在“{owner}”中，请列出“{list}”的全部{n}项。",
                "list_some_in": "在“{owner}”中，请列出“{list}”中的任意{k}项（共{n}项）。",
                "true": "正确",
                "false": "错误",
                "false_definition": "错误（“{term}”指的是：{definition}）",
                "false_member": "错误（“{member}”属于“{other}”）",
                "any_k": "（任答{k}项即可）",
                "arrow": " → ",
                "join": "；",
                "letters_join": "、",
                "pair": "{stem}—{letter}",
                "choice": "{letter}．{text}",
                "gloss": "{text}（{gloss}）",
                "qualified": "{subject}（{context}）",
                "in_setting": "{term}（{setting}）",
                "compared": "{subject}（与{other}相比）",
                "definition_to_term_setting": "{setting}，“{definition}”描述的是下列哪一项？",
                "blank_term_setting": "{setting}，{blank}：{definition}。",
            }
        ),
        "en": MappingProxyType(
            {
                "term_to_definition": "Which of the following best describes “{term}”?",
                "term_to_definition_in": "In “{list}”, which of the following describes “{term}”?",
                "definition_to_term": "Which of the following is described as “{definition}”?",
                "definition_to_term_in": (
                    "In “{list}”, which of the following is described as “{definition}”?"
                ),
                "belongs": "Which of the following belongs to “{list}”?",
                "not_belongs": "Which of the following does NOT belong to “{list}”?",
                "select_members": (
                    "Which of the following belong to “{list}”? (Select all that apply.)"
                ),
                "claim_definition": "“{term}” means: {definition}.",
                "claim_definition_in": "In “{list}”, “{term}” means: {definition}.",
                "claim_member": "“{member}” is one of “{list}”.",
                "blank_term": "{blank}: {definition}.",
                "blank_term_in": "In “{list}”, {blank}: {definition}.",
                "blank_step": "“{sequence}”: {steps}.",
                "blank_member": "“{list}” are: {members}.",
                "match_members": "Match each item of “{list}” with its description.",
                "table_cell": "In “{table}”, what is the “{column}” of “{row}”?",
                "match_table": "Match each item of “{table}” with its “{column}”.",
                "match_terms": "Match each term with its description.",
                "order_steps": "Put the steps of “{sequence}” in the correct order.",
                "order_named": "Put these in {sequence}.",
                "list_all": "List all {n} items of “{list}”.",
                "list_counted": "List the items of “{list}”.",
                "list_both": "List both items of “{list}”.",
                "list_some": "List any {k} of the {n} items of “{list}”.",
                "belongs_in": "In “{owner}”, which of the following belongs to “{list}”?",
                "not_belongs_in": (
                    "In “{owner}”, which of the following does NOT belong to “{list}”?"
                ),
                "select_members_in": (
                    "In “{owner}”, which of the following belong to “{list}”?"
                    " (Select all that apply.)"
                ),
                "claim_member_in": "In “{owner}”, “{member}” is one of “{list}”.",
                "list_all_in": "In “{owner}”, list all {n} items of “{list}”.",
                "list_counted_in": "In “{owner}”, list the items of “{list}”.",
                "list_both_in": "In “{owner}”, list both items of “{list}”.",
                "list_some_in": "In “{owner}”, list any {k} of the {n} items of “{list}”.",
                "true": "True",
                "false": "False",
                "false_definition": "False (“{term}” means: {definition})",
                "false_member": "False (“{member}” belongs to “{other}”)",
                "any_k": " (any {k} of them)",
                "arrow": " → ",
                "join": "; ",
                "letters_join": ", ",
                "pair": "{stem}–{letter}",
                "choice": "{letter}. {text}",
                "gloss": "{text} ({gloss})",
                "qualified": "{subject} ({context})",
                "in_setting": "{term} ({setting})",
                "compared": "{subject} (compared with {other})",
                "definition_to_term_setting": (
                    "{setting}, which of the following is described as “{definition}”?"
                ),
                "blank_term_setting": "{setting}, {blank}: {definition}.",
            }
        ),
    }
)


SECTION_NAMES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "zh": MappingProxyType(
            {
                "single_choice": "单项选择题",
                "multiple_choice": "多项选择题",
                "true_false": "判断题",
                "fill_blank": "填空题",
                "matching": "匹配题",
                "ordering": "排序题",
                "short_answer": "简答题",
            }
        ),
        "en": MappingProxyType(
            {
                "single_choice": "Single choice",
                "multiple_choice": "Multiple choice",
                "true_false": "True or false",
                "fill_blank": "Fill in the blanks",
                "matching": "Matching",
                "ordering": "Ordering",
                "short_answer": "Short answer",
            }
        ),
    }
)


SECTION_INSTRUCTIONS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "zh": MappingProxyType(
            {
                "single_choice": "每题只有一个正确答案，请将其字母填在括号内。",
                "multiple_choice": "每题有两个或两个以上正确答案，多选、少选或错选均不得分。",
                "true_false": "正确的打“√”，错误的打“×”。",
                "fill_blank": "请在横线上填写正确的内容。",
                "matching": "请为左侧每一项选出对应的说明，将字母填在横线上。",
                "ordering": "请按正确顺序写出各选项的字母。",
                "short_answer": "请简要作答，按答出的要点给分。",
            }
        ),
        "en": MappingProxyType(
            {
                "single_choice": "Choose the one correct answer and write its letter.",
                "multiple_choice": (
                    "Each question has two or more correct answers; choose all of them. "
                    "No credit for a partly correct selection."
                ),
                "true_false": "Mark each statement T (true) or F (false).",
                "fill_blank": "Write the missing text on the line.",
                "matching": "Write the letter of the matching description next to each item.",
                "ordering": "Write the letters in the correct order.",
                "short_answer": "Answer briefly; each point is marked separately.",
            }
        ),
    }
)


_ZH_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十")


_ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _with_traditional(
    tables: Mapping[str, Mapping[str, str]],
) -> Mapping[str, Mapping[str, str]]:
    """``tables`` with a traditional-Chinese table (:data:`HANT`) made from the simplified one."""
    return MappingProxyType(
        {**tables, HANT: MappingProxyType(traditional_mapping(dict(tables["zh"])))}
    )


TEXTS = _with_traditional(TEXTS)
SECTION_NAMES = _with_traditional(SECTION_NAMES)
SECTION_INSTRUCTIONS = _with_traditional(SECTION_INSTRUCTIONS)


#: The values of a phrase that name a list, table, term or sequence: printed as one name.
_NAME_VALUES = ("list", "table", "term", "sequence", "owner")
#: A space between two CJK characters: a heading and a label glued ("全链路监控 机制").
_GLUED = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
#: A label that states a viewpoint ("从数据结构角度") qualifies its name in brackets.
_VIEWPOINT = re.compile(r"^(从|從|按|按照|根据|根據|依|以)")


#: A heading's mark that a part is optional reading ("Information divergence (extra)").
_OPTIONAL = re.compile(
    r"\s*[(（\[]\s*(?:extra|optional|bonus|advanced|not examined|选学|选读|了解|补充|拓展|扩展)"
    r"\s*[)）\]]\s*$",
    re.I,
)
#: Quotes around a whole name ("\"Log trick\""): the paper puts its own around it.
_QUOTED = re.compile(r"^([\"“「『'])(.+)([\"”」』'])$")
_QUOTES = '"“”「」『』'


def bare_name(name: str) -> str:
    """A name without the author's marks around it: "Information divergence (extra)" is
    "Information divergence", "\"Log trick\"" is "Log trick" (the paper quotes it itself)."""
    name = _OPTIONAL.sub("", name)
    quoted = _QUOTED.match(name)
    inner = quoted.group(2).strip() if quoted else ""
    if len(inner) >= 2 and not any(c in inner for c in _QUOTES):
        return inner
    return name


def one_name(name: str) -> str:
    """A name the notes glued from a heading and a label with a space, as the notes mean it:
    one word ("全链路监控 机制" -> "全链路监控机制"), or the label in brackets when it states a
    viewpoint ("索引类型 从数据结构角度" -> "索引类型（从数据结构角度）"). A space beside a
    Latin word ("CGroups 作用") is how such names are written and stays. The author's marks
    around a name go (:func:`bare_name`)."""
    parts = _GLUED.split(bare_name(name))
    joined = parts[0]
    for part in parts[1:]:
        joined += f"（{part}）" if _VIEWPOINT.match(part) else part
    return joined


def phrase(lang: str, key: str, **values: object) -> str:
    """The text ``key`` in ``lang`` with ``values`` in it; names of lists and tables printed
    as one name (see :func:`one_name`)."""
    named = {
        k: one_name(v) if k in _NAME_VALUES and isinstance(v, str) else v for k, v in values.items()
    }
    return _DOUBLE_STOP.sub(r"\1", TEXTS[lang][key].format(**named))


#: A text ending in its own stop ("… her plans!") takes no second one from the template.
_DOUBLE_STOP = re.compile(r"([!?！？。]|(?<!\.)\.)[.。]$")


class _CharWidths(dict):
    """Display width per character, filled in as characters are met (see :func:`display_width`)."""

    def __missing__(self, char: str) -> int:
        if unicodedata.combining(char):
            self[char] = 0
        else:
            self[char] = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        return self[char]


_CHAR_WIDTHS = _CharWidths()


def display_width(text: str) -> int:
    """Width of ``text`` in half-width columns: wide and full-width characters count 2,
    combining marks 0."""
    if text.isascii():
        return len(text)
    return sum(map(_CHAR_WIDTHS.__getitem__, text))


def format_points(points: float) -> str:
    """``2.0`` -> ``2``, ``1.5`` -> ``1.5``, ``1.25`` -> ``1.25``."""
    if float(points).is_integer():
        return str(int(points))
    return f"{points:.2f}".rstrip("0").rstrip(".")


def letter(index: int) -> str:
    """The letter of the option at ``index``: ``A``, ``B``, … (``AA``… past ``Z``); also the
    name of a paper's version."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = LETTERS[rest] + name
    return name


def letters(n: int) -> tuple[str, ...]:
    """The letters of ``n`` options."""
    return tuple(letter(i) for i in range(n))


#: The shortest time a scaled paper allows, in minutes.
MIN_MINUTES = 10


def scaled_duration(duration: str, total: float, planned: float) -> str:
    """A time in minutes ("90分钟") scaled to a paper shorter than its blueprint planned
    (2 questions worth 3 of 46 planned points are no "90 minutes" paper): in proportion to
    the points, rounded up to 5 minutes, never under :data:`MIN_MINUTES`. A full paper, or a
    time written otherwise ("1.5 hours"), keeps it as written."""
    match = re.fullmatch(r"\s*(\d+)\s*分钟\s*", duration)
    if not match or planned <= 0 or total >= planned:
        return duration
    minutes = math.ceil(int(match.group(1)) * total / planned / 5) * 5
    return f"{max(minutes, MIN_MINUTES)}分钟"


def duration_text(lang: str, duration: str) -> str:
    # The default "90分钟" reads "90 minutes" on an English paper.
    match = re.fullmatch(r"\s*(\d+)\s*分钟\s*", duration)
    if lang == "en" and match:
        return f"{match.group(1)} minutes"
    return duration


def paper_instructions(lang: str, total: float, count: int, duration: str) -> str:
    if lang in ("zh", HANT):
        time = f"，考试时间{duration}" if duration else ""
        text = f"本试卷共{count}题，满分{format_points(total)}分{time}。请将答案写在指定位置。"
        return to_traditional(text) if lang == HANT else text
    time = f" Time allowed: {duration}." if duration else ""
    # A paper the notes could fill with one question says so in the singular.
    questions = "question" if count == 1 else "questions"
    points = "point" if total == 1 else "points"
    return (
        f"This paper has {count} {questions} worth {format_points(total)} {points}.{time} "
        "Write your answers in the spaces provided."
    )


TYPE_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "single_choice": "single choice",
        "multiple_choice": "multiple choice",
        "true_false": "true/false",
        "fill_blank": "fill-in",
        "matching": "matching",
        "ordering": "ordering",
        "short_answer": "short answer",
    }
)


def list_all_key(n: int, counted: bool) -> str:
    """The phrase asking for every member of a list of ``n``: a name that counts its members
    ("SSL/TLS protocol的两层") is not counted again ("…的两层”的全部2项" says it twice), and
    two are "both" in English ("List all 2 items" is not English)."""
    if counted:
        return "list_counted"
    return "list_both" if n == 2 else "list_all"


_ORDER_NAME_EN = re.compile(r"^(?:the\s+)?(?:order|sequence)\s+(?:in\s+which|of|that)\s", re.I)
_ORDER_NAME_ZH = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:顺序|順序|次序)$")


def order_steps_phrase(lang: str, name: str) -> str:
    """The ordering stem for the sequence ``name``. A name that is itself an order ("order in
    which any two frames are compared", "比较顺序") is the order to put the items in: "Put the
    steps of “order in which …”" is not English, and the items are not always steps."""
    name = one_name(name)
    if lang == "en" and _ORDER_NAME_EN.match(name):
        order = re.sub(r"^the\s+", "", name, flags=re.I)
        return TEXTS[lang]["order_named"].format(sequence="the " + order[0].lower() + order[1:])
    if lang != "en" and _ORDER_NAME_ZH.match(name):
        return TEXTS[lang]["order_named"].format(sequence=name)
    return phrase(lang, "order_steps", sequence=name)


#: Generic names of a procedure's steps, casefolded, in both scripts. A step so labelled is
#: named by its role, and its description says that role in other words ("choose a starting
#: guess" is what "Initialisation" means; "decide whether to stop" what "Termination"
#: means): asking which label a description has tests English, not the notes. The words
#: are few and closed (the roles every procedure has), and no other test tells a role from
#: a name: the labels are kept here, with the other words of the paper.
STEP_ROLES: frozenset[str] = frozenset(
    (
        "initialisation",
        "initialization",
        "initialise",
        "initialize",
        "init",
        "setup",
        "set-up",
        "start",
        "update",
        "iteration",
        "repeat",
        "termination",
        "terminate",
        "stop",
        "end",
        "finish",
        "return",
        "初始化",
        "更新",
        "迭代",
        "重复",
        "重複",
        "终止",
        "終止",
        "停止",
        "结束",
        "結束",
        "开始",
        "開始",
        "返回",
    )
)
