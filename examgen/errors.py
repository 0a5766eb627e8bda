"""The one error type examgen raises for anything the user can fix.

It is a ``click.ClickException``, so the CLI prints ``Error: <message>`` to stderr and exits
with ``exit_code`` (2 for unreadable input or bad usage, 1 otherwise), never a traceback.
Library code raises it with the file and line the problem is at.
"""

from __future__ import annotations

import click


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
