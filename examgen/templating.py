"""Where templates come from: the built-in ``templates/`` folder, overridden by file name.

The built-in templates live in the repository's top-level ``templates/`` folder, which the
wheel carries as ``examgen/templates``. A workspace ``templates/`` folder, or ``--templates
DIR``, overrides any of them by putting a file of the same name there.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def builtin_templates_dir() -> Path:
    """The built-in templates: inside the installed package, or beside it in a checkout."""
    installed = _PACKAGE / "templates"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "templates"


def search_path(overrides: Sequence[Path] = ()) -> tuple[Path, ...]:
    """Folders to look in, most specific first, ending with the built-in one."""
    builtin = builtin_templates_dir()
    dirs = [Path(d) for d in overrides if Path(d).is_dir()]
    return (*(d for d in dirs if d.resolve() != builtin.resolve()), builtin)


def find_template(name: str, overrides: Sequence[Path] = ()) -> Path:
    """The file that provides template ``name``: the first override that has it, else the
    built-in one."""
    for folder in search_path(overrides):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return builtin_templates_dir() / name


def template_files(overrides: Sequence[Path] = ()) -> dict[str, Path]:
    """Every template name in effect and the file that provides it."""
    files: dict[str, Path] = {}
    for folder in reversed(search_path(overrides)):
        for path in sorted(folder.iterdir()):
            if path.is_file() and not path.name.startswith("."):
                files[path.name] = path
    return files
