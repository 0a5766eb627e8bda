"""The dictionary's index is kept between runs in the user's cache folder."""

from __future__ import annotations

import subprocess
import sys

SENSES_OF_CONTROL = "from examgen.dictionary import sense_stems; print(sorted(sense_stems('控制')))"


def _run(cache_home) -> str:
    env = {"XDG_CACHE_HOME": str(cache_home), "PATH": "/usr/bin:/bin", "HOME": str(cache_home)}
    done = subprocess.run(
        [sys.executable, "-c", SENSES_OF_CONTROL], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_second_run_reads_the_index_its_first_run_left_and_finds_the_same_senses(tmp_path):
    first = _run(tmp_path)
    kept = list((tmp_path / "examgen").glob("cedict-*.marshal"))
    assert len(kept) == 1 and kept[0].stat().st_size > 1_000_000
    assert _run(tmp_path) == first == "['control']"


def test_a_damaged_cache_file_is_built_again_not_trusted(tmp_path):
    _run(tmp_path)
    kept = next((tmp_path / "examgen").glob("cedict-*.marshal"))
    kept.write_bytes(b"not an index")
    assert _run(tmp_path) == "['control']"
    assert kept.stat().st_size > 1_000_000


def test_a_cache_folder_that_cannot_be_written_only_costs_the_rebuild(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert _run(blocked) == "['control']"


IS_WORD = (
    "from examgen.dictionary import is_word; "
    "print([is_word(w) for w in ('进程', '進程', '网络协议', '进成', '进')])"
)


def _run_is_word(cache_home) -> str:
    env = {"XDG_CACHE_HOME": str(cache_home), "PATH": "/usr/bin:/bin", "HOME": str(cache_home)}
    done = subprocess.run([sys.executable, "-c", IS_WORD], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_headword_is_a_word_in_either_script_and_a_slip_or_one_character_is_not(tmp_path):
    assert _run_is_word(tmp_path) == "[True, True, True, False, False]"


def test_the_word_list_is_kept_between_runs_and_a_damaged_one_is_built_again(tmp_path):
    first = _run_is_word(tmp_path)
    kept = next((tmp_path / "examgen").glob("cedict-*-words-*.bin"))
    kept.write_bytes(b"not a table")  # not a whole number of records
    assert _run_is_word(tmp_path) == first
    assert kept.stat().st_size > 1_000_000


def test_a_word_table_holds_its_words_and_no_others():
    from examgen.dictionary import WordTable

    table = WordTable.of(["一个", "这个", "进程", "網絡協議", "太长的一个短语"])
    assert all(w in table for w in ("一个", "这个", "进程", "網絡協議"))
    assert not any(w in table for w in ("一", "进成", "太长的一个短语", "", "ab"))
