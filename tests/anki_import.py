"""Importing a package into a real Anki collection, as the desktop app does."""

from __future__ import annotations

from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest


def import_package(col: Collection, path: Path):
    """Import ``path`` with the desktop defaults and return the import log.

    The defaults: notes and note types are updated only when newer, note types are never
    merged, and no scheduling comes with the package.
    """
    request = ImportAnkiPackageRequest(
        package_path=str(path),
        options=ImportAnkiPackageOptions(with_scheduling=False, merge_notetypes=False),
    )
    return col.import_anki_package(request).log
