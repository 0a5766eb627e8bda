"""The scaling part of ``make bench``: each input dimension grown 10x on its own.

For every dimension (facts, files, chapters, sections per chapter, list length, nesting
depth, line length, exam versions) two synthetic workspaces are made that differ in that
dimension only, by a factor of 10. Each stage (parse, store, deck, exam draw, exam render)
is timed on both, and so is markdown-it-py alone on the same files (the floor of parsing).
The table shows each stage's time ratio and its exponent ``log(time ratio) / log(size
ratio)``. The size is the input's bytes for the dimensions that grow the notes (facts, list
length, nesting depth, line length: ten times deeper lists are more than ten times the
bytes, their indentation grows too) and the dimension itself for those that only rearrange
the same notes (files, chapters, sections) or ask for more output (exam versions): a linear
stage has an exponent of about 1 in the first kind, 0 to 1 in the second. An exponent above
1.15 is superlinear and marked ``!``.

Each dimension runs in its own process; the two sizes alternate, round after round, each
stage three times a round (rendering once), and each time is the fastest of its runs (the
machine is shared: the minimum is the least disturbed run). Times are the process's CPU
time, not the wall clock: other programs on the machine then slow a stage without counting
in its time (each stage here runs on one core).
"""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
STAGES = ("markdown-it", "parse", "store", "deck", "exam draw", "exam render")
LIMIT = 1.15
FACTOR = 10


@dataclass(frozen=True)
class Shape:
    """A synthetic workspace. ``facts`` counts the top-level items (definitions and lists);
    a list nested ``depth`` levels deep gives ``depth - 1`` list facts."""

    facts: int = 1000
    files: int = 2
    chapters: int = 4
    sections: int = 2  # per chapter
    list_len: int = 4
    depth: int = 2
    line_len: int = 40
    versions: int = 1


BASE = Shape()
#: The dimension -> its base value is BASE's; the large size is FACTOR times it.
DIMENSIONS = {
    "facts": "facts",
    "files": "files",
    "chapters": "chapters",
    "sections per chapter": "sections",
    "list length": "list_len",
    "nesting depth": "depth",
    "line length": "line_len",
    "exam versions": "versions",
}
#: Runs of each stage but rendering per round (a round renders once: it is the slow one).
INNER_RUNS = 3
#: Dimensions whose growth grows the notes themselves: their size is the notes' bytes.
GROWS_INPUT = {"facts", "list length", "nesting depth", "line length"}
#: A short paper: rendering cost is about the paper, not the notes.
BLUEPRINT = (("single_choice", 6, 2.0), ("true_false", 4, 1.0), ("fill_blank", 4, 2.0))

_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "ti",
    "vo",
    "ze",
    "pa",
    "qui",
    "dor",
    "fen",
    "gal",
    "hum",
    "jor",
    "lis",
    "mon",
]


def _words(rng: random.Random, n: int) -> list[str]:
    return ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(n)]


def _text(rng: random.Random, length: int) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        words += _words(rng, 1)
    return " ".join(words)[:length].rstrip()


def _fact_lines(rng: random.Random, shape: Shape, number: int, index: int) -> list[str]:
    """One top-level item: two definitions out of three, else a list (nested ``depth``)."""
    term = f"{_words(rng, 1)[0].capitalize()} {index}"
    if index % 3 != 2:
        return [f"{number}. {term}: {_text(rng, shape.line_len)}"]
    lines = [f"{number}. {term} parts"]
    indent = len(f"{number}. ")  # members align with the item's text
    for level in range(1, shape.depth):
        members = [f"m{index}x{level}x{j} {_words(rng, 1)[0]}" for j in range(shape.list_len)]
        lines += [f"{' ' * indent}- {m}" for m in members]
        if level < shape.depth - 1:
            # The last member gets a list of its own: one level deeper.
            lines[-1] = f"{' ' * indent}- sub{index}x{level} group"
            indent += 2
    return lines


def make_workspace(folder: Path, shape: Shape) -> Path:
    """Notes of ``shape`` in ``folder/sources`` and a seeded ``examgen.toml``."""
    rng = random.Random(7)
    sources = folder / "sources"
    sources.mkdir(parents=True)
    places = [(c, s) for c in range(shape.chapters) for s in range(shape.sections)]
    per_place = [shape.facts // len(places)] * len(places)
    for i in range(shape.facts % len(places)):
        per_place[i] += 1
    # Facts in notes order, with their chapter and section.
    facts = [(c, s) for (c, s), n in zip(places, per_place, strict=True) for _ in range(n)]
    per_file = math.ceil(len(facts) / shape.files)
    index = 0
    for f in range(shape.files):
        part = facts[f * per_file : (f + 1) * per_file]
        lines = ["# Scaling notes", ""]
        where = None
        number = 0
        for c, s in part:
            if (c, s) != where:
                # A file that starts inside a chapter names it again.
                if where is None or where[0] != c:
                    lines += [f"## Chapter {c}", ""]
                lines += [f"### Section {c}.{s}", ""]
                where, number = (c, s), 0
            number += 1
            lines += [*_fact_lines(rng, shape, number, index), ""]
            index += 1
        (sources / f"part-{f:03d}.md").write_text("\n".join(lines), encoding="utf-8")
    return folder


# --------------------------------------------------------------------------- one dimension
def _stages(ws: Path, shape: Shape) -> dict[str, float]:
    from markdown_it import MarkdownIt

    from examgen.config import BlueprintEntry, DeckConfig, ExamConfig
    from examgen.deck import build_deck
    from examgen.exam import render_exams
    from examgen.notes import parse_paths
    from examgen.questions import make_exam
    from examgen.store import FactStore

    times: dict[str, float] = {}
    # The floor: CommonMark with tables, nesting as deep as the notes go.
    markdown = MarkdownIt("commonmark", {"maxNesting": 100}).enable("table")
    files = sorted((ws / "sources").glob("*.md"))

    def timed(stage: str, fn, *args, runs: int = INNER_RUNS, **kwargs):
        for _ in range(runs):
            start = time.process_time()
            value = fn(*args, **kwargs)
            times[stage] = min(times.get(stage, math.inf), time.process_time() - start)
        return value

    def floor() -> int:
        # One file's tokens at a time, as the reader holds them.
        return sum(len(markdown.parse(f.read_text(encoding="utf-8"))) for f in files)

    timed("markdown-it", floor)
    result = timed("parse", parse_paths, [ws / "sources"], root=ws)

    def store_stage():
        with FactStore.open(":memory:") as store:
            store.sync(result)
            return store.facts()

    stored = timed("store", store_stage)
    timed(
        "deck",
        build_deck,
        stored,
        config=DeckConfig(),
        title=result.title,
        output=ws / "deck.apkg",
        source_root=ws,
    )
    config = ExamConfig(
        seed=1,
        variants=shape.versions,
        blueprint=tuple(BlueprintEntry(*entry) for entry in BLUEPRINT),
    )
    papers = timed("exam draw", make_exam, result.facts, config, seed=1, title=result.title)
    timed("exam render", render_exams, papers, ws / "out", runs=1)
    times["facts"] = len(result.facts)
    return times


def measure_dimension(dimension: str, folder: Path, repeat: int) -> dict:
    """Both sizes of one dimension, ``repeat`` alternating runs; the fastest of each."""
    field = DIMENSIONS[dimension]
    small = BASE
    large = replace(BASE, **{field: getattr(BASE, field) * FACTOR})
    spaces = [
        make_workspace(folder / f"{field}-{getattr(shape, field)}", shape)
        for shape in (small, large)
    ]
    # Warm-up: imports, fonts, WeasyPrint's first layout.
    _stages(spaces[0], small)
    best: list[dict[str, float]] = [{}, {}]
    for _ in range(repeat):
        for i, (ws, shape) in enumerate(zip(spaces, (small, large), strict=True)):
            for stage, seconds in _stages(ws, shape).items():
                best[i][stage] = min(best[i].get(stage, math.inf), seconds)
    return {
        "dimension": dimension,
        "sizes": [getattr(small, field), getattr(large, field)],
        "bytes": [sum(f.stat().st_size for f in (ws / "sources").glob("*.md")) for ws in spaces],
        "facts": [best[0].pop("facts"), best[1].pop("facts")],
        "small": best[0],
        "large": best[1],
    }


def run_all(folder: Path, repeat: int, only: tuple[str, ...] = ()) -> list[dict]:
    """Every dimension (or those in ``only``), each in its own process."""
    rows = []
    for dimension in only or DIMENSIONS:
        out = subprocess.run(
            [sys.executable, __file__, dimension, str(folder), str(repeat)],
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            raise SystemExit(f"scaling of {dimension} failed:\n{out.stderr}")
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return rows


def exponents(row: dict) -> dict[str, tuple[float, float]]:
    """Per stage: (time ratio, exponent) between the two sizes."""
    out = {}
    size = FACTOR
    if row["dimension"] in GROWS_INPUT:
        size = row["bytes"][1] / row["bytes"][0]
    for stage in STAGES:
        ratio = row["large"][stage] / row["small"][stage]
        out[stage] = (ratio, math.log(ratio) / math.log(size))
    return out


def print_table(rows: list[dict]) -> list[str]:
    """Print the table; return the (dimension, stage) pairs above the limit."""
    print(f"\nscaling: each dimension x{FACTOR} alone; time ratio, exponent (! above {LIMIT})")
    print(
        f"{'dimension':<20} {'sizes':>10} {'facts':>11} {'bytes x':>7} "
        + " ".join(f"{s:>15}" for s in STAGES)
    )
    over = []
    for row in rows:
        cells = []
        for stage, (ratio, exponent) in exponents(row).items():
            mark = "!" if exponent > LIMIT else " "
            if exponent > LIMIT:
                over.append(f"{row['dimension']}/{stage}")
            cells.append(f"{ratio:>7.2f} {exponent:>5.2f}{mark}")
        sizes = f"{row['sizes'][0]}→{row['sizes'][1]}"
        facts = f"{row['facts'][0]}→{row['facts'][1]}"
        grown = row["bytes"][1] / row["bytes"][0]
        print(f"{row['dimension']:<20} {sizes:>10} {facts:>11} {grown:>7.1f} " + " ".join(cells))
    return over


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    name, where, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    print(json.dumps(measure_dimension(name, where, runs)))
