"""The version badge and a long paper title share the header's first band without overlapping.

The title is centred with the same margin on both sides and the badge sits at the right; an
English badge ("Version A") is twice as wide as a Chinese one ("A 卷"), so a long English
title that wrapped under a margin sized for the Chinese badge ran into it. Read from the PDF:
``pdftotext -bbox`` gives every printed word's box.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from html import unescape

from test_exam import en_paper, zh_paper

from examgen.exam import render_exams

# Short words fill the first line up to its margin, whatever the font's exact widths.
LONG_EN = "Lecture " + " ".join(["on", "time", "and", "risk"] * 8)
LONG_ZH = "操作系统原理与容器技术期末复习练习题第四讲进程调度与内存管理和文件系统"
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def first_page_words(pdf):
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [
        (float(a), float(b), float(c), float(d), unescape(w)) for a, b, c, d, w in WORD.findall(out)
    ]


def overlaps(box, other):
    return box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]


def badge_and_title_boxes(pdf, badge_words, title):
    words = first_page_words(pdf)
    badge = [w for w in words if w[4] in badge_words and w[1] < 120]
    title_words = [w for w in words if w[4] and w[4] in title and w[1] < 120 and w not in badge]
    return badge, title_words


def test_a_long_english_title_does_not_run_into_the_version_badge(tmp_path):
    paper = replace(en_paper(), title=LONG_EN)
    report = render_exams([paper], tmp_path)
    badge, title = badge_and_title_boxes(report.versions[0].exam_pdf, {"Version", "A"}, LONG_EN)
    assert len(badge) == 2 and len(title) >= 20
    assert not [(t, b) for t in title for b in badge if overlaps(t, b)]


def test_a_long_chinese_title_does_not_run_into_the_version_badge(tmp_path):
    paper = replace(zh_paper(), title=LONG_ZH)
    report = render_exams([paper], tmp_path)
    badge, title = badge_and_title_boxes(report.versions[0].exam_pdf, {"A", "卷", "A卷"}, LONG_ZH)
    assert badge and title
    assert not [(t, b) for t in title for b in badge if overlaps(t, b)]
