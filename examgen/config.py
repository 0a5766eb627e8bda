"""Configuration in three layers: typed defaults, then ``examgen.toml``, then CLI flags.

CLI flags default to ``None`` and :func:`Config.override` skips ``None``, so a flag the user
did not give never overrides the file. Every key of ``examgen.toml`` is a field below; the
README lists them all and ``examgen init`` writes a commented example.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from examgen.errors import ExamgenError
from examgen.model import QUESTION_TYPES

CONFIG_NAME = "examgen.toml"

#: Exam formats (``--format``, ``[exam] formats``), in the order written: the printed papers
#: and keys, Moodle XML, GIFT, QTI 1.2 for Canvas, the self-marking practice page.
EXAM_FORMATS: tuple[str, ...] = ("pdf", "moodle", "gift", "qti", "html")


def parse_formats(value: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``"pdf,html"`` or ``["pdf", "html"]`` -> ``("pdf", "html")``, in :data:`EXAM_FORMATS`
    order; an unknown or missing format is an error naming the known ones."""
    items = [value] if isinstance(value, str) else list(value)
    if not all(isinstance(item, str) for item in items):
        raise ExamgenError("[exam] formats should be a list of strings")
    names = [n.strip().lower() for item in items for n in item.split(",") if n.strip()]
    unknown = [n for n in names if n not in EXAM_FORMATS]
    if unknown or not names:
        raise ExamgenError(
            f"unknown exam format(s): {', '.join(unknown) or '(none given)'} "
            f"(known: {', '.join(EXAM_FORMATS)})",
            exit_code=2,
        )
    return tuple(n for n in EXAM_FORMATS if n in names)


@dataclass(frozen=True)
class DeckConfig:
    """``[deck]``: how facts become an Anki deck."""

    #: Top deck name; empty means the notes' title (``PaaS复习``).
    name: str = ""
    #: ``chapter``: a subdeck per chapter; ``none``: one flat deck.
    subdecks: str = "chapter"
    #: Reverse cards for definitions: ``short`` (short terms and acronyms), ``always``, ``never``.
    reverse: str = "short"
    #: Tag prefix: section tags are ``<prefix>::<section path>``.
    tag_prefix: str = "examgen"
    #: Output file; empty means ``<build_dir>/<deck name>.apkg``.
    output: str = ""
    #: A folder (relative to the workspace) any notes file's images may also come from;
    #: empty means each image must lie in the folder of the notes file that names it.
    media: str = ""


@dataclass(frozen=True)
class BlueprintEntry:
    """How many questions of one type an exam asks, and the points each is worth."""

    type: str
    count: int
    points: float


DEFAULT_BLUEPRINT: tuple[BlueprintEntry, ...] = (
    BlueprintEntry("single_choice", 10, 2),
    BlueprintEntry("multiple_choice", 4, 3),
    BlueprintEntry("true_false", 8, 1),
    BlueprintEntry("fill_blank", 6, 2),
    BlueprintEntry("matching", 2, 5),
    BlueprintEntry("ordering", 2, 4),
    BlueprintEntry("short_answer", 2, 7),
)


@dataclass(frozen=True)
class ExamConfig:
    """``[exam]``: the blueprint and the paper's header."""

    #: Paper title; empty means the notes' title.
    title: str = ""
    subtitle: str = ""
    #: Printed date; empty prints a blank to fill in.
    date: str = ""
    duration: str = "90分钟"
    #: Instructions under the header; empty uses the language's default.
    instructions: str = ""
    #: ``auto`` (from the facts' script), ``zh`` or ``en``.
    language: str = "auto"
    #: Seed; ``None`` picks one, prints it and writes it on the paper.
    seed: int | None = None
    #: Number of versions (A, B, …) with the same questions in shuffled order.
    variants: int = 1
    #: Chapters to draw from; empty means all.
    chapters: tuple[str, ...] = ()
    #: Per question type: count and points. Set in the file as ``[exam.blueprint.<type>]``.
    blueprint: tuple[BlueprintEntry, ...] = DEFAULT_BLUEPRINT
    #: Also write all versions in one print-ready PDF, each padded to an even page count.
    combined: bool = False
    #: Where exam files go; empty means ``<build_dir>``.
    output: str = ""
    #: What to write (see :data:`EXAM_FORMATS`); ``pdf`` is the papers and keys.
    formats: tuple[str, ...] = ("pdf",)


@dataclass(frozen=True)
class Config:
    """The whole configuration of one workspace."""

    #: The workspace folder (where ``examgen.toml`` is); other paths are relative to it.
    root: Path = field(default_factory=Path.cwd)
    #: Notes files or folders.
    sources: tuple[str, ...] = ("sources",)
    build_dir: str = "build"
    #: Fact store; empty means ``<build_dir>/facts.sqlite``.
    db: str = ""
    #: Force a reader (``markdown`` or ``text``) instead of choosing by file suffix.
    reader: str = ""
    #: Folder of template overrides; empty means ``<root>/templates`` when it exists.
    templates: str = ""
    deck: DeckConfig = field(default_factory=DeckConfig)
    exam: ExamConfig = field(default_factory=ExamConfig)
    #: The file these settings were read from (None: defaults only). Not a TOML key.
    config_file: Path | None = None

    # ------------------------------------------------------------------ paths
    def path(self, value: str | Path) -> Path:
        """A configured path, resolved against the workspace root."""
        p = Path(value)
        return p if p.is_absolute() else self.root / p

    @property
    def build_path(self) -> Path:
        return self.path(self.build_dir)

    @property
    def db_path(self) -> Path:
        return self.path(self.db) if self.db else self.build_path / "facts.sqlite"

    @property
    def source_paths(self) -> tuple[Path, ...]:
        return tuple(self.path(s) for s in self.sources)

    @property
    def template_dirs(self) -> tuple[Path, ...]:
        """Override folders, most specific first: ``--templates``, then workspace ``templates/``."""
        dirs = []
        if self.templates:
            dirs.append(self.path(self.templates))
        workspace = self.root / "templates"
        if workspace.is_dir() and workspace not in dirs:
            dirs.append(workspace)
        return tuple(dirs)

    # ------------------------------------------------------------------ layers
    def override(self, **values: Any) -> Config:
        """A copy with the given values set, skipping ``None``.

        Keys name a top-level field (``db``) or a nested one with a double underscore
        (``exam__seed``, ``deck__output``).
        """
        top: dict[str, Any] = {}
        nested: dict[str, dict[str, Any]] = {}
        for key, value in values.items():
            if value is None:
                continue
            if "__" in key:
                group, name = key.split("__", 1)
                nested.setdefault(group, {})[name] = value
            else:
                top[key] = value
        for group, changes in nested.items():
            top[group] = replace(getattr(self, group), **changes)
        return replace(self, **top) if top else self


_TYPE_NAMES = {bool: "true or false", int: "a whole number", str: "a string", tuple: "a list"}


def _expected_type(f: dataclasses.Field) -> type | None:
    """The TOML type a field takes, from its default (``None`` defaults take ints: the seed)."""
    default = f.default if f.default is not dataclasses.MISSING else None
    if default is None:
        return int if f.name == "seed" else None
    return type(default) if type(default) in _TYPE_NAMES else None


def _coerce(cls: type, data: dict[str, Any], where: str) -> dict[str, Any]:
    """Check a TOML table against a dataclass's fields and convert lists to tuples."""
    known = {f.name: f for f in fields(cls) if f.name not in ("root", "config_file")}
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            names = ", ".join(sorted(known))
            raise ExamgenError(f"unknown key {where}{key!r} (known: {names})")
        if isinstance(value, list):
            value = tuple(value)
        expected = _expected_type(known[key])
        if expected is not None and not isinstance(value, expected):
            raise ExamgenError(
                f"{where}{key} should be {_TYPE_NAMES[expected]}, not {type(value).__name__}"
            )
        out[key] = value
    return out


def _blueprint(table: dict[str, Any]) -> tuple[BlueprintEntry, ...]:
    defaults = {entry.type: entry for entry in DEFAULT_BLUEPRINT}
    entries = []
    for qtype in QUESTION_TYPES:
        entry = defaults[qtype]
        given = table.get(qtype, {})
        if not isinstance(given, dict):
            raise ExamgenError(f"[exam.blueprint.{qtype}] must be a table")
        try:
            count = int(given.get("count", entry.count))
            points = float(given.get("points", entry.points))
        except (TypeError, ValueError) as exc:
            raise ExamgenError(f"[exam.blueprint.{qtype}]: {exc}") from None
        if count < 0 or points < 0:
            raise ExamgenError(f"[exam.blueprint.{qtype}]: negative count or points")
        entries.append(BlueprintEntry(qtype, count, points))
    unknown = set(table) - set(QUESTION_TYPES)
    if unknown:
        raise ExamgenError(
            f"unknown question type(s) in [exam.blueprint]: {', '.join(sorted(unknown))} "
            f"(known: {', '.join(QUESTION_TYPES)})",
        )
    return tuple(entries)


def load_config(root: Path | None = None, config_file: Path | None = None) -> Config:
    """Defaults, then ``examgen.toml`` from ``root`` (or ``config_file``) when it exists."""
    root = (root or Path.cwd()).resolve()
    path = config_file or root / CONFIG_NAME
    if config_file is not None:
        root = config_file.resolve().parent
    config = Config(root=root, config_file=path.resolve() if path.exists() else None)
    if not path.exists():
        if config_file is not None:
            raise ExamgenError("config file not found", source=str(path), exit_code=2)
        return config
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ExamgenError(f"not valid TOML: {exc}", source=str(path), exit_code=2) from None
    deck = data.pop("deck", {})
    exam = data.pop("exam", {})
    try:
        top = _coerce(Config, data, "")
        deck_values = _coerce(DeckConfig, deck, "[deck] ")
        blueprint = exam.pop("blueprint", None)
        exam_values = _coerce(ExamConfig, exam, "[exam] ")
        if blueprint is not None:
            exam_values["blueprint"] = _blueprint(blueprint)
        if "formats" in exam:
            exam_values["formats"] = parse_formats(exam["formats"])
        if isinstance(top.get("sources"), str):
            top["sources"] = (top["sources"],)
        return dataclasses.replace(
            config,
            **top,
            deck=DeckConfig(**deck_values),
            exam=ExamConfig(**exam_values),
        )
    except ExamgenError as exc:
        raise ExamgenError(exc.message, source=str(path), exit_code=2) from None
    except TypeError as exc:
        raise ExamgenError(str(exc), source=str(path), exit_code=2) from None
