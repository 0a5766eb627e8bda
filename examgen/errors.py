"""The one error type examgen raises for anything the user can fix.

It is a ``click.ClickException``, so the CLI prints ``Error: <message>`` to stderr and exits
with ``exit_code`` (2 for unreadable input or bad usage, 1 otherwise), never a traceback.
Library code raises it with the file and line the problem is at. Its message is printed
through :func:`printable`, like everything else examgen prints.
"""

from __future__ import annotations

import re

import click

# C0 and C1 control characters (but tab and newline), DEL, and lone surrogates (bytes of
# a file name that are not UTF-8): none may reach a terminal as they are.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` safe to print to a terminal: control characters (an escape sequence in the
    notes, a file name with ``\\r``) are shown as ``\\x1b``, a byte of a file name that is
    not UTF-8 as ``\\xff``."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that os.fsdecode could not decode
        code -= 0xDC00
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


class ExamgenError(click.ClickException):
    """A problem the user can fix: bad input, bad config, a missing file."""

    exit_code = 1

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        exit_code: int | None = None,
    ) -> None:
        if source is not None:
            where = f"{source}:{line}" if line is not None else source
            message = f"{where}: {message}"
        super().__init__(message)
        self.source = source
        self.line = line
        if exit_code is not None:
            self.exit_code = exit_code

    def format_message(self) -> str:
        return printable(self.message)
