"""The watch: a build again after every change to the sources, templates or config."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from examgen.config import Config
from examgen.errors import ExamgenError

if TYPE_CHECKING:  # examgen.build imports this module: the report only for annotations
    from examgen.build import BuildReport


#: How long (ms) the watcher waits before its first build: long enough to be set up, so a
#: change made while that build runs is not missed.
_WATCH_READY_MS = 100


def watch(
    config: Config,
    *,
    on_build: Callable[[BuildReport], None],
    on_error: Callable[[ExamgenError], None],
    on_start: Callable[[tuple[Path, ...]], None] | None = None,
    stop_event: object | None = None,
    debounce_ms: int = 300,
) -> None:
    """Build, then rebuild after every change to the sources, templates or config.

    Changes arriving within ``debounce_ms`` of each other make one rebuild. A build error
    (a notes file that cannot be read, a bad config) is reported and the watch goes on;
    outputs are written atomically, so the last good ones stay. ``stop_event`` (a
    ``threading.Event``) ends the watch, for tests.
    """
    from watchfiles import watch as watch_changes

    watched = _watched_roots(config)
    if on_start is not None:
        on_start(watched)
    relevant = _relevant_change(config)
    # The first build runs once the watcher is watching (its first, empty, yield), so
    # changes made during that build are seen; later empty yields are timeouts to ignore.
    first = True
    for changes in watch_changes(
        *watched,
        watch_filter=lambda _change, path: relevant(Path(path)),
        debounce=debounce_ms,
        stop_event=stop_event,
        rust_timeout=_WATCH_READY_MS,
        yield_on_timeout=True,
        raise_interrupt=False,
    ):
        if first or changes:
            first = False
            _build_reporting(config, on_build, on_error)


def _watched_roots(config: Config) -> tuple[Path, ...]:
    """The workspace, and any source or template folder outside it.

    Folders, not single files: an editor that saves by replacing a file would otherwise
    end the watch on it.
    """
    roots = [config.root]
    extra = [*config.source_paths, *config.template_dirs]
    if config.config_file is not None:
        extra.append(config.config_file)
    for path in extra:
        folder = path if path.is_dir() else path.parent
        if folder.exists() and not any(_inside(folder, root) for root in roots):
            roots.append(folder)
    return tuple(roots)


def _relevant_change(config: Config) -> Callable[[Path], bool]:
    """Whether a changed path is an input: a notes file, a template or the config file.

    Outputs (build/), temporary files and editors' swap files are not.
    """
    sources = [p.resolve() for p in config.source_paths]
    templates = [p.resolve() for p in config.template_dirs]
    config_file = config.config_file.resolve() if config.config_file else None
    default_config = (config.root / "examgen.toml").resolve()

    def relevant(path: Path) -> bool:
        path = path.resolve()
        if path.name.startswith(".") or path.name.endswith(("~", ".swp", ".tmp")):
            return False
        if path in (config_file, default_config):
            return True
        return any(_inside(path, folder) for folder in (*sources, *templates))

    return relevant


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _build_reporting(
    config: Config,
    on_build: Callable[[BuildReport], None],
    on_error: Callable[[ExamgenError], None],
) -> None:
    from examgen.build import build_all
    from examgen.config import load_config

    try:
        # The config file itself may have changed: read it again (the same file it came
        # from), keeping the CLI's template override.
        fresh = load_config(config.root, config.config_file)
        on_build(build_all(_keep_overrides(fresh, config)))
    except ExamgenError as exc:
        on_error(exc)


def _keep_overrides(fresh: Config, given: Config) -> Config:
    """The given config's template override wins over the file's (it came from the CLI)."""
    return replace(fresh, templates=given.templates or fresh.templates)
