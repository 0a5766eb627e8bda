"""Memory a build need not hold (issue 10: a full build below 400 MB)."""

from __future__ import annotations

import subprocess
import sys

_COUNT_CONVERTERS = (
    "import gc, opencc, examgen.notes; "
    "print(sum(isinstance(o, opencc.OpenCC) for o in gc.get_objects()))"
)


def test_the_notes_reader_holds_no_opencc_dictionary_once_imported():
    # Its word lists are built in both scripts at import; the four converters behind them
    # (~30 MB of dictionaries) are dropped then, not kept to the end of a build.
    out = subprocess.run(
        [sys.executable, "-c", _COUNT_CONVERTERS], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0"


def test_a_traditional_word_list_still_has_its_variants_after_the_release():
    from examgen.notes.shapes import script_variants

    assert script_variants(("区别",)) == ("区别", "區別")


_TYPO_TABLES = """
import resource
from examgen import spelling, spelling_zh
from examgen.dictionary import is_word
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
found = spelling.find_typos(["A recieve of the namesapce", "Namespace", "namespace"] * 3)
is_word("进程"), spelling_zh._is_word("一个"), spelling_zh.chinese_typos(["进程"] * 9 + ["进成"])
grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024
print(dict(found.english), grown)
"""


def test_the_typo_check_reads_its_word_tables_in_a_few_megabytes():
    # Whole, wordfreq's large table (36 MB), CC-CEDICT's index with senses (27 MB) and
    # pypinyin's phrase JSON (44 MB) had a 10,000-fact deck at 230 MB; the check reads only
    # the entries its words can look up, and headwords as fixed-width records.
    out = subprocess.run(
        [sys.executable, "-c", _TYPO_TABLES], capture_output=True, text=True, check=True
    )
    found, grown = out.stdout.strip().rsplit(" ", 1)
    assert found == "{'namesapce': 'namespace'}"
    assert int(grown) < 30
