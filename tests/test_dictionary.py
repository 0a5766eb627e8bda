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
