"""The workspace scaffold that ``examgen init`` makes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class InitReport:
    """``examgen init``: the files made, and those left alone because they existed;
    ``example`` the example note when this init made it (the user is to replace it)."""

    created: tuple[Path, ...]
    kept: tuple[Path, ...]
    example: Path | None = None


def init_workspace(root: Path) -> InitReport:
    """Make a workspace: ``sources/`` with an example note, a commented ``examgen.toml``
    and an empty ``templates/`` with a README on overriding. Existing files are kept."""
    scaffold = Path(__file__).resolve().parent / "scaffold"
    example = root / "sources" / "example.md"
    plan = {
        root / "examgen.toml": scaffold / "examgen.toml",
        example: scaffold / "example.md",
        root / "templates" / "README.md": scaffold / "templates-README.md",
    }
    created, kept = [], []
    for target, origin in plan.items():
        if target.exists():
            kept.append(target)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(origin.read_bytes())
        created.append(target)
    return InitReport(tuple(created), tuple(kept), example if example in created else None)
