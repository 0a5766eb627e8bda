"""Config layers: typed defaults, then examgen.toml, then CLI flags (None never overrides)."""

from __future__ import annotations

from pathlib import Path

import pytest

from examgen.config import DEFAULT_BLUEPRINT, Config, load_config
from examgen.errors import ExamgenError


def write(root: Path, text: str) -> None:
    (root / "examgen.toml").write_text(text, encoding="utf-8")


def test_defaults_without_a_file(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config == Config(root=tmp_path.resolve())
    assert config.db_path == tmp_path.resolve() / "build" / "facts.sqlite"
    assert config.exam.blueprint == DEFAULT_BLUEPRINT


def test_file_overrides_defaults_and_flags_override_file(tmp_path: Path) -> None:
    write(
        tmp_path,
        """
sources = ["notes", "more.md"]
[deck]
name = "My deck"
[exam]
seed = 7
variants = 2
chapters = ["Docker"]
[exam.blueprint.matching]
count = 0
""",
    )
    config = load_config(tmp_path)
    assert config.sources == ("notes", "more.md")
    assert config.deck.name == "My deck"
    assert (config.exam.seed, config.exam.variants, config.exam.chapters) == (7, 2, ("Docker",))
    matching = next(e for e in config.exam.blueprint if e.type == "matching")
    assert matching.count == 0 and matching.points == 5

    flagged = config.override(exam__seed=None, exam__variants=3, db=None, deck__output="x.apkg")
    assert flagged.exam.seed == 7, "an unset flag must not override the file"
    assert flagged.exam.variants == 3
    assert flagged.deck.output == "x.apkg"
    assert flagged.deck.name == "My deck"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour = 1", "unknown key 'colour'"),
        ("[exam]\nseeed = 1", "unknown key [exam] 'seeed'"),
        ("[exam.blueprint.essay]\ncount = 1", "unknown question type"),
        ("[exam.blueprint.matching]\ncount = -1", "negative"),
        ("sources = [", "not valid TOML"),
    ],
)
def test_bad_config_is_a_clear_error_naming_the_file(tmp_path: Path, text: str, message: str):
    write(tmp_path, text)
    with pytest.raises(ExamgenError) as caught:
        load_config(tmp_path)
    assert message in caught.value.message
    assert "examgen.toml" in caught.value.message
    assert caught.value.exit_code == 2


def test_scaffold_config_is_valid_and_all_default(tmp_path: Path) -> None:
    scaffold = Path(__file__).resolve().parent.parent / "examgen" / "scaffold" / "examgen.toml"
    write(tmp_path, scaffold.read_text(encoding="utf-8"))
    root = tmp_path.resolve()
    assert load_config(tmp_path) == Config(root=root, config_file=root / "examgen.toml")


def test_a_value_of_the_wrong_type_is_named(tmp_path: Path) -> None:
    write(tmp_path, '[exam]\nvariants = "two"')
    with pytest.raises(ExamgenError, match="variants should be a whole number"):
        load_config(tmp_path)
