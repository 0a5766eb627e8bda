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
