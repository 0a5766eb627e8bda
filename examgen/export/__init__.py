"""The drawn paper in other formats than print: Moodle XML, GIFT, QTI 1.2 (Canvas) and a
self-marking practice page. One module per format, each taking an
:class:`~examgen.model.ExamPaper` and returning an :class:`Exported` (file name, bytes,
warnings); the wording and escaping of each format are in its module.

Formats are named as in ``--format`` and ``[exam] formats``
(:data:`examgen.config.EXAM_FORMATS`): ``pdf`` (the papers and keys of :mod:`examgen.exam`,
written there) and the ones here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from examgen.config import EXAM_FORMATS
from examgen.export.common import Exported
from examgen.export.gift import gift
from examgen.export.moodle import moodle_xml
from examgen.export.practice import practice_page
from examgen.export.qti import qti_zip
from examgen.fsutil import atomic_write_bytes
from examgen.model import ExamPaper

_EXPORTERS: dict[str, Callable[[ExamPaper, Sequence[Path]], Exported]] = {
    "moodle": lambda paper, _dirs: moodle_xml(paper),
    "gift": lambda paper, _dirs: gift(paper),
    "qti": lambda paper, _dirs: qti_zip(paper),
    "html": practice_page,
}


@dataclass(frozen=True)
class ExportReport:
    """The files :func:`export_papers` wrote, in order, and what the formats left out."""

    paths: tuple[Path, ...]
    warnings: tuple[str, ...]


def export_papers(
    papers: Sequence[ExamPaper],
    out_dir: Path,
    formats: Sequence[str],
    *,
    template_dirs: Sequence[Path] = (),
    progress: Callable[[str], None] | None = None,
) -> ExportReport:
    """Write every paper in every non-PDF format of ``formats`` into ``out_dir``.

    All files are made before the first is written, so an error leaves nothing half done;
    each is written atomically. A warning is reported once per question, not per version.
    """
    wanted = [f for f in EXAM_FORMATS if f in formats and f in _EXPORTERS]
    made = [_EXPORTERS[f](paper, template_dirs) for paper in papers for f in wanted]
    paths: list[Path] = []
    for exported in made:
        target = Path(out_dir) / exported.name
        atomic_write_bytes(target, exported.data)
        paths.append(target)
        if progress is not None:
            progress(exported.name)
    warnings = tuple(dict.fromkeys(w for exported in made for w in exported.warnings))
    return ExportReport(tuple(paths), warnings)


__all__ = ["ExportReport", "Exported", "export_papers"]
