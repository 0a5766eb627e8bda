"""The exam draw across edits: it makes forms only for the candidates it tries, in an order
keyed by (seed, type, fact), and an edit build prints what a build from nothing prints,
whether the edit is on the paper, off it, or in a wrong option's source."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from test_incremental import full_build, outputs

from examgen.build import build_all
from examgen.config import ExamConfig, load_config
from examgen.model import Fact
from examgen.notes import parse_paths
from examgen.questions import make_exam
from examgen.questions import selection as selection_module
from examgen.questions.index import index_notes
from examgen.questions.kinds import TYPES, offers
from examgen.questions.paper import draw
from examgen.questions.selection import MAX_EXAMINED, draw_rank

SAMPLE = Path(__file__).resolve().parent.parent / "sources"

WORDS = [
    "alpha",
    "beta",
    "gamma",
    "delta",
    "epsilon",
    "zeta",
    "theta",
    "kappa",
    "lambda",
    "sigma",
    "omega",
    "vector",
    "matrix",
    "kernel",
    "cluster",
    "node",
    "pod",
    "volume",
    "image",
    "layer",
    "network",
    "bridge",
    "socket",
    "thread",
    "process",
    "memory",
    "cache",
    "queue",
    "stream",
    "buffer",
    "packet",
    "header",
    "router",
    "switch",
    "signal",
]


def generated_notes(rng: random.Random, chapters: int, per_chapter: int) -> dict[str, str]:
    """Notes files of ``chapters`` chapters, each with definitions and lists made of
    ``rng``'s words (English, so every fact kind and question type comes up)."""
    files: dict[str, str] = {}
    for c in range(chapters):
        lines = ["# Generated notes", "", f"## Chapter {c}", ""]
        for s in range(per_chapter):
            lines += [f"### Topic {c}.{s}", ""]
            for d in range(3):
                term = f"{rng.choice(WORDS).title()} {c}{s}{d}"
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 9)))
                lines.append(f"{d + 1}. {term}: a {text}")
            lines += ["", f"- {rng.choice(WORDS).title()} {c}{s} parts"]
            lines += [f"  - {rng.choice(WORDS)} {rng.choice(WORDS)} {m}" for m in range(4)]
            lines += ["", f"Steps of {rng.choice(WORDS)} {c}{s}:", ""]
            lines += [f"{m + 1}. {rng.choice(WORDS)} the {rng.choice(WORDS)}" for m in range(4)]
            lines.append("")
        files[f"chapter-{c:02d}.md"] = "\n".join(lines)
    return files


def workspace(tmp_path: Path, files: dict[str, str], seed: int = 5) -> Path:
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    for name, text in files.items():
        (root / "sources" / name).write_text(text, encoding="utf-8")
    (root / "examgen.toml").write_text(f"[exam]\nseed = {seed}\n", encoding="utf-8")
    return root


def facts_of(root: Path) -> tuple[Fact, ...]:
    return parse_paths([root / "sources"], root=root).facts


def replace_in_notes(root: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in the notes (the file that has it)."""
    for path in sorted((root / "sources").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if old in text:
            path.write_text(text.replace(old, new, 1), encoding="utf-8")
            return
    raise AssertionError(f"{old!r} is in no notes file")


def assert_edit_build_is_a_full_build(root: Path) -> None:
    build_all(load_config(root))
    incremental = outputs(root)
    full_build(root)
    assert outputs(root) == incremental


# --------------------------------------------------------------------------- the draw
@pytest.mark.parametrize("notes", ["sample", "generated"])
def test_every_form_a_fact_offers_is_of_a_type_its_kind_declares(notes):
    if notes == "sample":
        facts = parse_paths([SAMPLE]).facts
    else:
        folder = generated_notes(random.Random(3), 4, 3)
        facts = tuple(
            f
            for name, text in folder.items()
            for f in _parse_text(name, text)  # every kind the generator writes
        )
    indexed = index_notes(facts)
    kinds = Counter()
    for fact in indexed.facts:
        for qtype in offers(indexed, fact).forms:
            assert qtype in TYPES[fact.kind], (fact.kind, qtype)
            kinds[fact.kind] += 1
    assert {"definition", "list", "sequence"} <= set(kinds)


def _parse_text(name: str, text: str) -> tuple[Fact, ...]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_text(text, encoding="utf-8")
        return parse_paths([path]).facts


def test_the_draw_makes_forms_only_for_the_candidates_it_tries(monkeypatch):
    folder = generated_notes(random.Random(7), 12, 6)
    facts = tuple(f for name, text in folder.items() for f in _parse_text(name, text))
    made: list[str] = []

    def counted(notes, fact):
        made.append(fact.id)
        return offers(notes, fact)

    monkeypatch.setattr(selection_module, "offers", counted)
    config = ExamConfig()
    paper = make_exam(facts, config, seed=1)[0]
    asked = sum(e.count for e in config.blueprint)
    assert paper.questions
    assert len(set(made)) <= MAX_EXAMINED * asked
    # Far fewer than the facts: the draw did not look at every fact to pick a few.
    assert len(set(made)) < len(facts) / 2


def test_a_candidates_place_in_the_draw_order_depends_only_on_seed_type_and_fact():
    assert draw_rank(4, "true_false", "abc") == draw_rank(4, "true_false", "abc")
    assert draw_rank(4, "true_false", "abc") != draw_rank(5, "true_false", "abc")
    assert draw_rank(4, "true_false", "abc") != draw_rank(4, "single_choice", "abc")


def test_facts_of_another_chapter_added_later_leave_a_chapters_draw_order():
    rng = random.Random(11)
    one = generated_notes(rng, 1, 4)
    facts = tuple(f for name, text in one.items() for f in _parse_text(name, text))
    chapter = facts[0].chapter
    more = generated_notes(random.Random(12), 3, 4)
    others = tuple(
        f
        for name, text in more.items()
        for f in _parse_text(f"x-{name}", text)
        if f.chapter != chapter
    )

    def order(of: tuple[Fact, ...]) -> list[str]:
        mine = [f for f in of if f.chapter == chapter and "true_false" in TYPES[f.kind]]
        return [f.id for f in sorted(mine, key=lambda f: draw_rank(9, "true_false", f.id))]

    assert order(facts) == order(facts + others)


def test_rejected_counts_rules_over_the_candidates_tried_only():
    folder = generated_notes(random.Random(5), 10, 6)
    facts = tuple(f for name, text in folder.items() for f in _parse_text(name, text))
    drawn = draw(facts, ExamConfig(), seed=3)
    asked = sum(e.count for e in ExamConfig().blueprint)
    rejected = sum(n for _, _, n in drawn.papers[0].rejected)
    # Each tried candidate breaks at most one rule per form it has (four at most).
    assert rejected <= 4 * MAX_EXAMINED * asked
    assert rejected < len(facts)


# --------------------------------------------------------------------------- edit builds
@pytest.fixture
def generated(tmp_path: Path) -> Path:
    return workspace(tmp_path, generated_notes(random.Random(1), 3, 3))


def test_an_edit_of_a_fact_on_the_paper_gives_the_bytes_of_a_full_build(generated):
    build_all(load_config(generated))
    drawn = draw(facts_of(generated), load_config(generated).exam, seed=5)
    asked = {f for q in drawn.papers[0].questions for f in q.facts}
    target = next(f for f in facts_of(generated) if f.id in asked and f.kind == "definition")
    replace_in_notes(generated, target.text, target.text + " indeed")
    assert_edit_build_is_a_full_build(generated)


@pytest.fixture
def roomy(tmp_path: Path) -> Path:
    """Notes with more definitions than one paper shows (its questions and their options)."""
    return workspace(tmp_path, generated_notes(random.Random(1), 4, 6))


def test_an_edit_of_a_fact_off_the_paper_gives_the_bytes_of_a_full_build(roomy):
    generated = roomy
    build_all(load_config(generated))
    drawn = draw(facts_of(generated), load_config(generated).exam, seed=5)
    shown = {o.fact for d in drawn.drafts for o in d.origins}
    shown |= {f for q in drawn.papers[0].questions for f in q.facts}
    target = next(f for f in facts_of(generated) if f.id not in shown and f.kind == "definition")
    replace_in_notes(generated, target.text, target.text + " indeed")
    assert_edit_build_is_a_full_build(generated)


def test_an_edit_of_a_wrong_options_source_gives_the_bytes_of_a_full_build(generated):
    build_all(load_config(generated))
    facts = {f.id: f for f in facts_of(generated)}
    drawn = draw(tuple(facts.values()), load_config(generated).exam, seed=5)
    asked = {f for q in drawn.papers[0].questions for f in q.facts}
    source = next(
        facts[o.fact]
        for d in drawn.drafts
        for o in d.origins
        if not o.correct and o.fact not in asked and facts[o.fact].kind == "definition"
    )
    replace_in_notes(generated, source.text, source.text + " indeed")
    assert_edit_build_is_a_full_build(generated)


def test_a_new_list_member_that_joins_a_rules_pool_gives_the_bytes_of_a_full_build(
    generated,
):
    build_all(load_config(generated))
    # A member every list may now be compared with (the pool of other lists' members).
    replace_in_notes(generated, "  - ", "  - kernel thread\n  - ")
    assert_edit_build_is_a_full_build(generated)


def test_random_edits_of_generated_notes_give_the_bytes_of_a_full_build(tmp_path):
    rng = random.Random(2026)
    root = workspace(tmp_path, generated_notes(rng, 3, 3), seed=8)
    build_all(load_config(root))
    for _ in range(3):
        path = rng.choice(sorted((root / "sources").glob("*.md")))
        lines = path.read_text(encoding="utf-8").split("\n")
        at = rng.choice([i for i, line in enumerate(lines) if line.strip()[:2] in ("1.", "- ")])
        how = rng.choice(("reword", "add", "remove"))
        if how == "reword":
            lines[at] += f" {rng.choice(WORDS)}"
        elif how == "add":
            lines.insert(at + 1, lines[at].replace(lines[at].strip()[2:], rng.choice(WORDS), 1))
        else:
            del lines[at]
        path.write_text("\n".join(lines), encoding="utf-8")
        assert_edit_build_is_a_full_build(root)
