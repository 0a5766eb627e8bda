"""Touching the file system safely: atomic outputs, bounded reads, one build at a time.

Every output (deck, PDF, key, database export) is written to a temporary file in the same
folder and renamed over the target: a rename is atomic on POSIX, so readers see either the
old complete file or the new complete one. A failure to write (disk full, a read-only
folder, a name too long) is an :class:`~examgen.errors.ExamgenError` naming the file.

Inputs named by the notes (notes files found in a folder, images) are read with
:func:`read_regular_file`: only regular files, never more than a cap, so a FIFO, a device
or a symlink to ``/dev/zero`` is a clear error instead of a hang or a full memory.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from examgen.errors import ExamgenError

#: The most a notes file may hold (a whole textbook in Markdown is a few MB).
MAX_NOTES_BYTES = 64 * 1024 * 1024
#: The most an image may hold (Anki syncs media; bigger pictures belong elsewhere).
MAX_IMAGE_BYTES = 32 * 1024 * 1024


def write_error(error: OSError, target: Path) -> ExamgenError:
    """The user's words for a failed write: what went wrong and where (exit 1)."""
    if error.errno == errno.ENOSPC:
        reason = "disk full (no space left on device)"
    elif error.errno == errno.EDQUOT:
        reason = "disk quota exceeded"
    elif error.errno == errno.EFBIG:
        reason = "file too large for this file system or limit"
    elif error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        reason = "the folder is read-only or not writable by you"
    elif error.errno == errno.ENAMETOOLONG:
        reason = "file name too long"
    elif error.errno in (errno.EEXIST, errno.ENOTDIR):
        reason = "a file is in the way where a folder should be"
    else:
        reason = error.strerror or str(error)
    return ExamgenError(f"cannot write: {reason}; nothing was replaced", source=str(target))


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it over ``target`` on success.

    For libraries that want a file name to write to (genanki, WeasyPrint). On any exception
    the temporary file is removed and ``target`` is left as it was; an ``OSError`` becomes an
    ExamgenError naming ``target``.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as error:
        raise write_error(error, target) from None
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        # mkstemp makes the file private (0600); give it the usual permissions instead.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)
        os.replace(tmp_path, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        if isinstance(error, OSError):
            raise write_error(error, target) from None
        raise


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(target: Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``target`` atomically."""
    atomic_write_bytes(target, text.encode("utf-8"))


def read_regular_file(path: Path, *, limit: int, display: str | None = None) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Opened without blocking (a FIFO would wait for a writer forever), then checked on the
    open file itself, so what is read is what was checked. Anything else is an ExamgenError
    (exit 2) naming ``display`` (default: the path).
    """
    where = display if display is not None else str(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise ExamgenError("no such file", source=where, exit_code=2) from None
    except OSError as error:
        raise ExamgenError(
            f"cannot read: {error.strerror or error}", source=where, exit_code=2
        ) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise ExamgenError(
            f"not a regular file ({_file_kind(info.st_mode)}); refused", source=where, exit_code=2
        )
    # Sized by what fstat says, not by the limit: read(n) allocates n bytes before reading,
    # and a 64 MB buffer per notes file cost a fresh mapping and its page faults each time.
    # The byte beyond notices a file that is longer than it said (grown since, or /proc's
    # size 0): the rest is then read, still only up to the limit.
    expected = min(info.st_size, limit) + 1
    with os.fdopen(fd, "rb") as handle:
        try:
            data = handle.read(expected)
            if len(data) == expected:
                data += handle.read(limit + 1 - expected)
        except OSError as error:
            raise ExamgenError(
                f"cannot read: {error.strerror or error}", source=where, exit_code=2
            ) from None
    if len(data) > limit:
        raise ExamgenError(
            f"larger than {limit // (1024 * 1024)} MB; refused", source=where, exit_code=2
        )
    return data


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


@contextlib.contextmanager
def build_lock(folder: Path) -> Iterator[None]:
    """Hold the build folder's lock, or fail at once: "another build is running".

    An advisory ``flock`` on the folder itself (no lock file to leave behind): the kernel
    drops it when the process ends, however it ends, so a killed build never leaves a
    stale lock.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as error:
        raise write_error(error, folder) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ExamgenError(
                "another build is running on this build folder; wait for it to finish",
                source=str(folder),
            ) from None
        yield
    finally:
        os.close(fd)
