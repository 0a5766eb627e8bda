"""Printable exams: :class:`ExamPaper` -> HTML (Jinja) -> PDF (WeasyPrint).

For each version ``V`` of an exam, :func:`render_exams` writes into the output folder

* ``exam-<seed>-<V>.pdf``: the student's paper (no answers anywhere on it);
* ``key-<seed>-<V>.pdf``: the answer key, with points and where each answer is in the notes;
* ``key-<seed>-<V>.json``: the machine-readable key, :meth:`ExamPaper.key_json`;
* with ``html=True`` also ``exam-<seed>-<V>.html`` and ``key-<seed>-<V>.html``, exactly the
  HTML handed to WeasyPrint, for previewing templates in a browser;
* with ``combined=True`` also ``exams-<seed>.pdf``: every version's paper in one print-ready
  file, each padded with a blank page to an even page count so duplex printing starts every
  version on a fresh sheet.

Every file is written to a temporary file and renamed over the target
(:func:`examgen.fsutil.atomic_path`), so a failure never leaves a half-written output.

Templates
---------
The built-in templates are in the repository's top-level ``templates/`` folder (packaged into
the wheel as ``examgen/templates``): ``exam.html`` (the paper), ``key.html`` (the answer key),
``_blank.html`` (the padding page of the combined PDF), the partials ``_header.html`` and
``_question.html``, and the stylesheet ``exam.css``. Folders passed as ``template_dirs`` are
searched first, so a file of the same name there replaces the built-in one (for instance only
``exam.css``). The stylesheet is inlined into each page (the ``css`` field of the contexts),
and WeasyPrint's base URL is the folder the page template came from, so a template may link
images or other files next to it.

Each template is rendered with the fields of one frozen dataclass as its variables:
:class:`ExamPageContext` for ``exam.html`` and ``key.html``, :class:`BlankPageContext` for
``_blank.html``. Autoescaping is on; the only pre-escaped values are the stylesheet and the
CSS ``content`` value of the page footer (:attr:`ExamPageContext.footer_content`). Note text
(prompts, options, stems, answers) is printed through the ``math`` filter
(:func:`examgen.mathrender.math_markup`): its ``$…$`` formulas are drawn as SVG pictures and
the rest is escaped; a template of one's own should do the same.

WeasyPrint is imported lazily (importing it takes over half a second) and all documents of one
call are laid out in one process with one shared ``FontConfiguration``.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from examgen.errors import ExamgenError
from examgen.exam_context import (
    BLANK_EM,
    BLANK_RE,
    BRACKET_RE,
    FOUR_PER_ROW_MAX,
    LINE_UNITS,
    TWO_PER_ROW_MAX,
    BlankPageContext,
    ExamPageContext,
    KeyEntry,
    Lettered,
    PromptPart,
    QuestionView,
    SectionView,
    answer_lines,
    css_string,
    footer_content,
    option_columns,
    page_context,
)
from examgen.exam_labels import EN_LABELS, LABELS, ZH_LABELS, Labels
from examgen.fsutil import atomic_path, atomic_write_text
from examgen.mathrender import math_markup
from examgen.model import ExamPaper
from examgen.questions.wording import display_width, format_points, letters
from examgen.templating import builtin_templates_dir

if TYPE_CHECKING:  # pragma: no cover
    from weasyprint import Document
    from weasyprint.text.fonts import FontConfiguration

__all__ = [
    "BLANK_EM",
    "BLANK_RE",
    "BRACKET_RE",
    "EN_LABELS",
    "FOUR_PER_ROW_MAX",
    "LABELS",
    "LINE_UNITS",
    "TWO_PER_ROW_MAX",
    "ZH_LABELS",
    "BlankPageContext",
    "ExamPageContext",
    "KeyEntry",
    "Labels",
    "Lettered",
    "PromptPart",
    "QuestionView",
    "RenderReport",
    "RenderedVersion",
    "SectionView",
    "answer_lines",
    "css_string",
    "display_width",
    "footer_content",
    "format_points",
    "letters",
    "option_columns",
    "page_context",
    "render_exams",
    "render_html",
]

EXAM_TEMPLATE = "exam.html"
KEY_TEMPLATE = "key.html"
BLANK_TEMPLATE = "_blank.html"
STYLESHEET = "exam.css"


# --------------------------------------------------------------------------- templates


@functools.lru_cache(maxsize=8)
def _environment(template_dirs: tuple[str, ...], _listings: tuple = ()) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    for d in template_dirs:
        if not Path(d).is_dir():
            raise ExamgenError(f"template folder not found: {d}", exit_code=2)
        loaders.append(jinja2.FileSystemLoader(d))
    loaders.append(jinja2.FileSystemLoader(str(builtin_templates_dir())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["format_points"] = format_points
    # Note text is printed through ``| math``: formulas drawn as SVG, other text escaped.
    env.filters["math"] = math_markup
    return env


def _env(template_dirs: Sequence[Path]) -> jinja2.Environment:
    """The Jinja environment for these override folders, reused while their listing (names and
    modification times) stays the same: an override file added later is picked up (Jinja's
    own reload check only notices changes to files it has already loaded)."""
    dirs = tuple(str(Path(d).resolve()) for d in template_dirs)
    return _environment(dirs, tuple(_listing(d) for d in dirs))


def _listing(folder: str) -> tuple[tuple[str, int], ...]:
    try:
        return tuple(sorted((e.name, e.stat().st_mtime_ns) for e in os.scandir(folder)))
    except OSError:
        return ()


def _template(env: jinja2.Environment, name: str) -> jinja2.Template:
    try:
        return env.get_template(name)
    except jinja2.TemplateSyntaxError as exc:
        raise ExamgenError(
            f"template error: {exc.message}", source=exc.filename or name, line=exc.lineno
        ) from exc
    except jinja2.TemplateNotFound as exc:
        raise ExamgenError(f"template not found: {exc.name}") from exc


def _stylesheet(env: jinja2.Environment) -> Markup:
    try:
        source, _, _ = env.loader.get_source(env, STYLESHEET)  # type: ignore[union-attr]
    except jinja2.TemplateNotFound as exc:
        raise ExamgenError(f"template not found: {STYLESHEET}") from exc
    # The stylesheet goes inside <style>: it must not close the element.
    return Markup(source.replace("</", "<\\/"))


def _render(template: jinja2.Template, context: object) -> str:
    values = {f.name: getattr(context, f.name) for f in fields(context)}  # type: ignore[arg-type]
    try:
        return template.render(values)
    except jinja2.TemplateSyntaxError as exc:
        raise ExamgenError(
            f"template error: {exc.message}", source=exc.filename, line=exc.lineno
        ) from exc
    except jinja2.UndefinedError as exc:
        raise ExamgenError(f"template error in {template.name}: {exc.message}") from exc


def _html_for(env: jinja2.Environment, paper: ExamPaper, answers: bool) -> tuple[str, Path]:
    """The HTML of ``paper`` (or its key) and the folder its page template came from."""
    template = _template(env, KEY_TEMPLATE if answers else EXAM_TEMPLATE)
    context = page_context(paper, css=_stylesheet(env), answers=answers)
    base = Path(template.filename).parent if template.filename else builtin_templates_dir()
    return _render(template, context), base


def render_html(
    paper: ExamPaper, *, template_dirs: Sequence[Path] = (), answers: bool = False
) -> str:
    """The HTML of ``paper`` as handed to WeasyPrint: the student's paper, or with
    ``answers=True`` its answer key. ``template_dirs`` are searched before the built-in
    templates."""
    html, _ = _html_for(_env(template_dirs), paper, answers)
    return html


# --------------------------------------------------------------------------- PDF


@dataclass(frozen=True)
class RenderedVersion:
    """The files written for one version and their page counts (``*_html`` only with
    ``html=True``)."""

    version: str
    exam_pdf: Path
    exam_pages: int
    key_pdf: Path
    key_pages: int
    key_json: Path
    exam_html: Path | None = None
    key_html: Path | None = None

    @property
    def paths(self) -> tuple[Path, ...]:
        return tuple(
            p
            for p in (self.exam_pdf, self.key_pdf, self.key_json, self.exam_html, self.key_html)
            if p is not None
        )


@dataclass(frozen=True)
class RenderReport:
    """What :func:`render_exams` wrote: per version, and the combined PDF if asked for
    (``combined_pages`` includes the blank padding pages)."""

    versions: tuple[RenderedVersion, ...]
    combined_pdf: Path | None = None
    combined_pages: int = 0

    @property
    def pages(self) -> int:
        """Pages of the student papers, all versions together (keys and padding not counted)."""
        return sum(v.exam_pages for v in self.versions)

    @property
    def paths(self) -> tuple[Path, ...]:
        """Every file written, in the order written."""
        out = [p for v in self.versions for p in v.paths]
        if self.combined_pdf is not None:
            out.append(self.combined_pdf)
        return tuple(out)


class _Renderer:
    """One WeasyPrint session: imported once, one font configuration for all documents."""

    def __init__(self) -> None:
        import weasyprint  # lazy: the import alone takes ~0.6 s
        from weasyprint.text.fonts import FontConfiguration

        from examgen import svgforms

        # A formula on the paper, its key and each version: drawn once, placed as a PDF form.
        svgforms.install()

        self.weasyprint = weasyprint
        self.font_config: FontConfiguration = FontConfiguration()
        # Pictures by URL, shared by the documents: a formula's SVG is read once, not once
        # per paper and key.
        self.images: dict[str, Any] = {}

    def layout(self, html: str, base_url: Path) -> Document:
        return self.weasyprint.HTML(string=html, base_url=str(base_url) + "/").render(
            font_config=self.font_config, cache=self.images
        )

    @staticmethod
    def write(document: Document, target: Path) -> None:
        with atomic_path(target) as tmp:
            document.write_pdf(tmp)


def render_exams(
    papers: Sequence[ExamPaper],
    out_dir: Path,
    *,
    template_dirs: Sequence[Path] = (),
    html: bool = False,
    combined: bool = False,
    progress: Callable[[str], None] | None = None,
) -> RenderReport:
    """Write the PDFs, keys (PDF and JSON) and optionally HTML of every version into
    ``out_dir``; with ``combined`` also ``exams-<seed>.pdf`` (see the module docstring).

    ``progress`` is called with a short message for each file written.
    """
    if not papers:
        raise ExamgenError("no exam papers to render")
    names = [(p.seed, p.version) for p in papers]
    if len(set(names)) != len(names):
        raise ExamgenError("two exam papers have the same seed and version")
    out_dir = Path(out_dir)
    env = _env(template_dirs)
    say = progress or (lambda _msg: None)

    # Build all HTML first: a template error fails before any file is touched.
    pages_html = [(p, _html_for(env, p, False), _html_for(env, p, True)) for p in papers]

    renderer = _Renderer()
    versions: list[RenderedVersion] = []
    exam_documents: list[tuple[ExamPaper, Document]] = []
    for paper, (exam_html, exam_base), (key_html, key_base) in pages_html:
        stem = f"{paper.seed}-{paper.version}"
        exam_doc = renderer.layout(exam_html, exam_base)
        key_doc = renderer.layout(key_html, key_base)
        exam_pdf = out_dir / f"exam-{stem}.pdf"
        key_pdf = out_dir / f"key-{stem}.pdf"
        key_json = out_dir / f"key-{stem}.json"
        renderer.write(exam_doc, exam_pdf)
        say(f"{exam_pdf.name} ({len(exam_doc.pages)} pages)")
        renderer.write(key_doc, key_pdf)
        say(f"{key_pdf.name} ({len(key_doc.pages)} pages)")
        atomic_write_text(
            key_json, json.dumps(paper.key_json(), ensure_ascii=False, indent=2) + "\n"
        )
        say(key_json.name)
        exam_html_path = key_html_path = None
        if html:
            exam_html_path = out_dir / f"exam-{stem}.html"
            key_html_path = out_dir / f"key-{stem}.html"
            atomic_write_text(exam_html_path, exam_html)
            atomic_write_text(key_html_path, key_html)
            say(f"{exam_html_path.name}, {key_html_path.name}")
        versions.append(
            RenderedVersion(
                version=paper.version,
                exam_pdf=exam_pdf,
                exam_pages=len(exam_doc.pages),
                key_pdf=key_pdf,
                key_pages=len(key_doc.pages),
                key_json=key_json,
                exam_html=exam_html_path,
                key_html=key_html_path,
            )
        )
        exam_documents.append((paper, exam_doc))

    combined_pdf = None
    combined_pages = 0
    if combined:
        blanks: dict[str, Any] = {}
        all_pages = []
        for paper, doc in exam_documents:
            all_pages.extend(doc.pages)
            if len(doc.pages) % 2:
                if paper.lang not in blanks:
                    blanks[paper.lang] = _blank_page(env, renderer, paper)
                all_pages.append(blanks[paper.lang])
        combined_pdf = out_dir / f"exams-{papers[0].seed}.pdf"
        renderer.write(exam_documents[0][1].copy(all_pages), combined_pdf)
        combined_pages = len(all_pages)
        say(f"{combined_pdf.name} ({combined_pages} pages)")

    return RenderReport(
        versions=tuple(versions), combined_pdf=combined_pdf, combined_pages=combined_pages
    )


def _blank_page(env: jinja2.Environment, renderer: _Renderer, paper: ExamPaper) -> Any:
    """The padding page for duplex printing, in the paper's language (no footer)."""
    template = _template(env, BLANK_TEMPLATE)
    context = BlankPageContext(labels=LABELS.get(paper.lang, ZH_LABELS), css=_stylesheet(env))
    base = Path(template.filename).parent if template.filename else builtin_templates_dir()
    return renderer.layout(_render(template, context), base).pages[0]
