"""The labels of an exam: every word its templates print, in each language."""

from __future__ import annotations

from dataclasses import dataclass

from examgen.questions.wording import format_points


@dataclass(frozen=True)
class Labels:
    """Every word the templates print, in the paper's language.

    Strings with ``{placeholders}`` are ``str.format`` patterns; the templates fill them with
    Jinja's ``format`` filter or :class:`ExamPageContext` does it beforehand.
    """

    #: The ``lang`` attribute of ``<html>`` (also picks the CJK glyph variant).
    html_lang: str
    #: Section numerals: 一二三… or I II III….
    numerals: tuple[str, ...]
    #: Separator after a section numeral (``、`` or ``. ``).
    numeral_sep: str
    #: The version as printed, ``{version}`` -> ``A卷`` / ``Version A``.
    version: str
    date: str
    duration: str
    seed: str
    total_points: str
    name: str
    student_id: str
    class_: str
    #: Score table: header cell of the first column, the points row, the score row, "total".
    score_section: str
    score_points: str
    score_score: str
    score_total: str
    #: Heading of the paper's instructions.
    notice: str
    #: Used when the paper has no instructions of its own (one line each).
    default_instructions: tuple[str, ...]
    #: Section heading suffix when every question is worth the same: ``{count}``, ``{each}``,
    #: ``{total}`` (points already with their unit); ``section_total`` when they differ,
    #: ``section_one`` for a single question (``{total}``).
    section_each: str
    section_total: str
    section_one: str
    #: ``{points}`` -> ``2分`` / ``2 points``; ``point_one`` for exactly one point.
    points: str
    point_one: str
    #: Punctuation: after a label (``：`` / ``: ``) and the answer brackets of choice and
    #: true/false questions (``（`` ``）`` / ``(`` ``)``).
    colon: str
    bracket_open: str
    bracket_close: str
    #: Ordering: the label before the row of boxes.
    ordering_answer: str
    #: Short answer: the label above the answer lines.
    short_answer: str
    #: Footer: ``{version}``, ``{page}``, ``{pages}`` (page numbers come from CSS counters).
    footer: str
    key_footer: str
    #: Answer key.
    key_title: str
    key_answer: str
    key_source: str
    #: True/false: the words, and the marks a student writes (``√``/``×``, ``T``/``F``).
    true: str
    false: str
    true_mark: str
    false_mark: str
    #: Short answer asking for any ``{k}`` members: ``{each}`` points each, or ``{total}``.
    short_any: str
    short_any_total: str
    #: Printed on the padding page of the combined PDF.
    blank_page: str

    def pts(self, points: float) -> str:
        """``points`` with its unit: ``2分``, ``1 point``, ``2.5 points``."""
        pattern = self.point_one if points == 1 else self.points
        return pattern.format(points=format_points(points))


ZH_LABELS = Labels(
    html_lang="zh-CN",
    numerals=(*"一二三四五六七八九十", "十一", "十二", "十三", "十四", "十五"),
    numeral_sep="、",
    version="{version}卷",
    date="考试日期",
    duration="考试时长",
    seed="试卷编号",
    total_points="满分",
    name="姓名",
    student_id="学号",
    class_="班级",
    score_section="题号",
    score_points="分值",
    score_score="得分",
    score_total="总分",
    notice="注意事项",
    default_instructions=(
        "答题前请将姓名、学号、班级填写清楚。",
        "请用黑色或蓝色钢笔、签字笔作答，字迹工整。",
        "选择题请将所选选项的字母填在题后括号内。",
    ),
    section_each="（共{count}题，每题{each}，共{total}）",
    section_total="（共{count}题，共{total}）",
    section_one="（共1题，共{total}）",
    points="{points}分",
    point_one="{points}分",
    colon="：",
    bracket_open="（",
    bracket_close="）",
    ordering_answer="正确顺序：",
    short_answer="答：",
    footer="{version}卷 · 第 {page} 页 / 共 {pages} 页",
    key_footer="{version}卷 参考答案 · 第 {page} 页 / 共 {pages} 页",
    key_title="参考答案及评分标准",
    key_answer="答案",
    key_source="出处",
    true="正确",
    false="错误",
    true_mark="√",
    false_mark="×",
    short_any="任答{k}项，每项{each}",
    short_any_total="任答{k}项，共{total}",
    blank_page="（本页无试题）",
)

EN_LABELS = Labels(
    html_lang="en",
    numerals=(
        "I",
        "II",
        "III",
        "IV",
        "V",
        "VI",
        "VII",
        "VIII",
        "IX",
        "X",
        "XI",
        "XII",
        "XIII",
        "XIV",
        "XV",
    ),
    numeral_sep=". ",
    version="Version {version}",
    date="Date",
    duration="Time allowed",
    seed="Paper no.",
    total_points="Total",
    name="Name",
    student_id="Student ID",
    class_="Class",
    score_section="Section",
    score_points="Points",
    score_score="Score",
    score_total="Total",
    notice="Instructions",
    default_instructions=(
        "Write your name, student ID and class in the spaces above.",
        "Answer in black or blue ink; write legibly.",
        "For choice questions write the letter of your answer in the brackets.",
    ),
    section_each=" ({count} questions, {each} each, {total})",
    section_total=" ({count} questions, {total})",
    section_one=" (1 question, {total})",
    points="{points} points",
    point_one="{points} point",
    colon=": ",
    bracket_open="(",
    bracket_close=")",
    ordering_answer="Correct order:",
    short_answer="Answer:",
    footer="Version {version} · page {page} of {pages}",
    key_footer="Version {version} answer key · page {page} of {pages}",
    key_title="Answer Key and Marking Scheme",
    key_answer="Answer",
    key_source="Source",
    true="True",
    false="False",
    true_mark="T",
    false_mark="F",
    short_any="any {k} of them, {each} each",
    short_any_total="any {k} of them, {total} in all",
    blank_page="This page is intentionally left blank.",
)

LABELS: dict[str, Labels] = {"zh": ZH_LABELS, "en": EN_LABELS}
