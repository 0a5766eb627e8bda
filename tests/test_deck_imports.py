"""What the deck loads: the helpers it reads of ``examgen.questions``, not the paper's draw
and checks (half a second of a cold ``examgen deck``). Each check runs in a new process,
where nothing else has imported the package yet."""

from __future__ import annotations

import json
import subprocess
import sys

# The modules of the draw and the checks that a deck build has no use for.
_EXAM_ONLY = (
    "examgen.questions.paper",
    "examgen.questions.check",
    "examgen.questions.rules",
    "examgen.questions.distractors",
    "examgen.questions.defects",
)


def _loaded_after(code: str) -> set[str]:
    """The examgen modules a new interpreter holds after running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return {name for name in json.loads(out.splitlines()[-1]) if name.startswith("examgen")}


def test_the_deck_loads_none_of_the_papers_draw_nor_checks():
    loaded = _loaded_after("import examgen.deck, examgen.cards")
    assert "examgen.questions.vocabulary" in loaded  # what it does read is there
    assert not loaded & set(_EXAM_ONLY)


def test_the_questions_package_still_gives_its_public_names_on_first_use():
    code = (
        "from examgen.questions import LETTERS, explain_rejected, explain_unusable, "
        "make_exam, normalize, pick_seed\n"
        "import examgen.questions as q\n"
        "assert q.make_exam is make_exam and callable(pick_seed) and LETTERS[0] == 'A'\n"
        "assert set(q.__all__) <= set(dir(q))"
    )
    assert "examgen.questions.paper" in _loaded_after(code)


def test_the_cut_word_of_the_paper_checks_is_the_decks():
    from examgen.questions import defects, vocabulary

    assert defects.cut_word is vocabulary.cut_word
