"""Reading a notes or image file whole, at most up to a limit, sized by what the file says."""

from __future__ import annotations

from pathlib import Path

import pytest

from examgen.errors import ExamgenError
from examgen.fsutil import read_regular_file


def test_a_file_at_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"# T\n- a\n")
    assert read_regular_file(path, limit=8) == b"# T\n- a\n"


def test_a_file_one_byte_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"# T\n- ab\n")
    with pytest.raises(ExamgenError, match="larger than"):
        read_regular_file(path, limit=8)


def test_a_file_longer_than_its_stated_size_is_read_to_its_end() -> None:
    # procfs states size 0 for a file that has text: the stated size only sizes the first read.
    data = read_regular_file(Path("/proc/self/status"), limit=1 << 20)
    assert data.startswith(b"Name:")
    assert b"\nPid:" in data
