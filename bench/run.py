"""``make bench``: examgen's speed and memory against floors measured in the same run.

Corpora of about 100, 1,000 and 10,000 facts are made from the sample notes (chapters
copied with unique subjects, one file per copy). Each figure is the process's CPU time (the
machine is shared: others' work then does not count), each measurement in its own process so
that its peak memory (max RSS) is its own. A stage and its floor are measured in turns, three
processes each of several runs, and each side's figure is its least run (``measure_pair``;
the ratio of medians is printed beside it): measured one after the other, a change of load
between the two blocks moved the ratio by a fifth.

* parse: ``parse_paths`` vs markdown-it-py alone parsing the same files;
* deck:  ``build_deck`` vs genanki alone writing the same notes (read back from examgen's
  package), both also on 10,000 facts in 2,500 chapters (made by ``scaling.py``);
* memory: the peak of parse + store + deck in one process at 10,000 facts;
* exam:  one 4-page version (``render_exams``) vs WeasyPrint alone rendering the same HTML;
* math exam: ``bench/math_page.py``'s exam, 20 formulas printed 55 times on paper and key,
  drawn vs printed as their TeX;
* build: a full build of the sample, a no-change rebuild, and a one-file edit at 10,000
  facts vs a full build at 10,000 facts.

* scaling: each input dimension grown 10x on its own (``bench/scaling.py``).

It prints a table of seconds, MB and ratios (tool / floor), then the scaling table, and
writes both as JSON to ``build/bench.json``. ``--quick`` uses fewer runs and skips the
10,000-fact corpus; ``--scaling-only [--dimension NAME]`` prints the scaling table alone.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scaling  # bench/ is not a package: its own folder is on the import path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sources"
ITEM = re.compile(r"^(\s*)(\d+\.|[-*+])(\s+)(?=\S)")
HEADING = re.compile(r"^(#{2,6}\s+)(.*?)\s*$")

# Targets from the issue (tool / floor, or share of a full build).
TARGETS = {
    "parse": 1.3,
    "deck": 1.5,
    "exam": 1.2,
    "math_exam": 1.3,
    "rebuild_share": 0.05,
    "edit_share": 0.15,
    "peak_mb": 300,
    "pipeline_mb": 150,
}


# --------------------------------------------------------------------------- corpora
#: What the bench's one-file edit adds to a definition, one per round (words, no digits: a
#: number in a fact's text changes the questions it may give, and so the paper).
_EDIT_WORDS = ("秒级", "很快", "极快", "迅速", "飞快")


def make_corpus(folder: Path, copies: int) -> Path:
    """``copies`` of the sample's chapters, each copy a file with unique subjects."""
    sources = folder / "sources"
    sources.mkdir(parents=True)
    sample = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.md")))
    body = sample.split("\n", 1)[1]  # the title line stays once, in the first file
    title = sample.split("\n", 1)[0]
    for copy in range(copies):
        lines = []
        for line in body.splitlines():
            heading = HEADING.match(line)
            if heading:
                line = f"{heading.group(1)}{heading.group(2)} {copy}"
            else:
                line = ITEM.sub(
                    lambda m, c=copy: f"{m.group(1)}{m.group(2)}{m.group(3)}c{c}·", line
                )
            lines.append(line)
        text = (title + "\n" if copy == 0 else "") + "\n".join(lines) + "\n"
        (sources / f"part-{copy:03d}.md").write_text(text, encoding="utf-8")
    # A fixed seed: every run draws the same paper, so runs are comparable.
    (folder / "examgen.toml").write_text("[exam]\nseed = 2024\n", encoding="utf-8")
    return folder


def facts_per_copy() -> int:
    from examgen.notes import parse_paths

    return len(parse_paths([SAMPLE]).facts)


# --------------------------------------------------------------------------- one measurement
def measure(kind: str, workspace: str, repeat: int) -> dict:
    """Run one measurement ``repeat`` times in this process; return times and peak memory."""
    sys.path.insert(0, str(REPO))
    ws = Path(workspace)
    os.chdir(ws)
    times: list[float] = []
    extra: dict = {}

    def timed(fn, *args, **kwargs):
        start = time.process_time()
        value = fn(*args, **kwargs)
        times.append(time.process_time() - start)
        return value

    if kind in {"parse", "parse_floor"}:
        files = sorted((ws / "sources").glob("*.md"))
        if kind == "parse":
            from examgen.notes import parse_paths

            for _ in range(repeat):
                result = timed(parse_paths, [ws / "sources"], root=ws)
            extra["facts"] = len(result.facts)
        else:
            from markdown_it import MarkdownIt

            md = MarkdownIt("commonmark")

            def floor() -> int:
                # With the cyclic collector paused, as examgen's parse runs it
                # (examgen/collector.py): the same work on both sides, so the ratio is not
                # flattered by the ~7 % the collector costs markdown-it-py alone.
                gc.disable()
                try:
                    return sum(len(md.parse(f.read_text(encoding="utf-8"))) for f in files)
                finally:
                    gc.enable()

            for _ in range(repeat):
                timed(floor)
    elif kind in {"deck", "deck_floor"}:
        from examgen.config import DeckConfig
        from examgen.deck import build_deck
        from examgen.notes import parse_paths
        from examgen.store import FactStore

        result = parse_paths([ws / "sources"], root=ws)
        store = FactStore.open(":memory:")
        store.sync(result)
        stored = store.facts()
        out = ws / "bench.apkg"
        if kind == "deck":
            for _ in range(repeat):
                report = timed(
                    build_deck,
                    stored,
                    config=DeckConfig(),
                    title=result.title,
                    output=out,
                    source_root=ws,
                )
            extra["notes"] = report.notes
        else:
            # The floor: genanki alone writing the very same notes (fields, tags, note
            # types), read back, untimed, from the package examgen writes; like any genanki
            # program it makes each note's GUID with genanki.guid_for. They all go into one
            # deck: genanki rewrites its decks JSON per deck, so on notes with 2,500
            # chapters a floor with their subdecks would be genanki's quadratic cost, not a
            # floor. What is left in examgen's time is its own work (turning facts into
            # notes, keeping modification times).
            import genanki

            build_deck(stored, config=DeckConfig(), title=result.title, output=out)
            rows = _package_notes(out)

            def floor() -> None:
                models = {
                    mid: genanki.Model(
                        int(mid),
                        model["name"],
                        fields=[{"name": f["name"]} for f in model["flds"]],
                        templates=[
                            {"name": t["name"], "qfmt": t["qfmt"], "afmt": t["afmt"]}
                            for t in model["tmpls"]
                        ],
                        css=model["css"],
                        model_type=model["type"],
                    )
                    for mid, model in rows["models"].items()
                }
                deck = genanki.Deck(1, result.title)
                for mid, guid, fields, tags in rows["notes"]:
                    deck.add_note(
                        genanki.Note(
                            model=models[str(mid)],
                            fields=fields.split("\x1f"),
                            tags=tags.split(),
                            guid=genanki.guid_for(guid),
                        )
                    )
                genanki.Package([deck]).write_to_file(str(out))

            for _ in range(repeat):
                timed(floor)
            extra["notes"] = len(rows["notes"])
    elif kind == "pipeline":
        # Peak memory of parse + store + deck at once, as `examgen deck` does them.
        from examgen.config import DeckConfig
        from examgen.deck import build_deck
        from examgen.notes import parse_paths
        from examgen.store import FactStore

        for _ in range(repeat):

            def pipeline() -> int:
                result = parse_paths([ws / "sources"], root=ws)
                db = ws / "bench-facts.sqlite"
                db.unlink(missing_ok=True)
                with FactStore.open(db) as store:
                    store.sync(result)
                    stored = store.facts()
                report = build_deck(
                    stored, config=DeckConfig(), title=result.title, output=ws / "p.apkg"
                )
                return report.notes

            extra["notes"] = timed(pipeline)
    elif kind in {"exam", "exam_floor"}:
        from examgen.config import ExamConfig
        from examgen.exam import render_exams, render_html
        from examgen.notes import parse_paths
        from examgen.questions import make_exam

        result = parse_paths([ws / "sources"], root=ws)
        papers = make_exam(result.facts, ExamConfig(seed=1), seed=1, title=result.title)
        out = ws / "exam-out"
        if kind == "exam":
            render_exams(papers[:1], out)  # warm: fonts, WeasyPrint import
            for _ in range(repeat):
                report = timed(render_exams, papers[:1], out)
            extra["pages"] = getattr(report, "pages", None)
        else:
            import weasyprint

            html = render_html(papers[0])
            key_html = render_html(papers[0], answers=True)
            from examgen.templating import builtin_templates_dir

            base = str(builtin_templates_dir())
            fonts = weasyprint.text.fonts.FontConfiguration()
            weasyprint.HTML(string=html, base_url=base).write_pdf(font_config=fonts)

            def floor() -> None:
                weasyprint.HTML(string=html, base_url=base).write_pdf(
                    out / "f1.pdf", font_config=fonts
                )
                weasyprint.HTML(string=key_html, base_url=base).write_pdf(
                    out / "f2.pdf", font_config=fonts
                )

            out.mkdir(exist_ok=True)
            for _ in range(repeat):
                timed(floor)
    elif kind in {"math_exam", "math_exam_floor"}:
        # The exam of bench/math_page.py: 20 formulas printed 55 times on paper and key,
        # drawn (laid out beforehand, as a rebuild takes them from build/.cache/math.json)
        # vs printed as their TeX (WeasyPrint alone).
        import math_page

        from examgen import svgforms
        from examgen.exam import render_exams

        papers = math_page.exam_papers()
        if kind == "math_exam_floor":
            math_page.print_as_source(papers)
        render_exams(papers, ws / "math-exam")  # warm: fonts, WeasyPrint, the layouts
        for _ in range(repeat):
            svgforms._DRAWN.clear()  # every picture drawn anew, as in a new process
            timed(render_exams, papers, ws / "math-exam")
    elif kind in {"build", "rebuild", "edit"}:
        from examgen.build import build_all
        from examgen.config import load_config

        if kind == "build":
            # Warm, like the edit and rebuild builds it is compared with: imports (genanki,
            # WeasyPrint) and font loading are not the build's.
            build_all(load_config(ws))
        for round_ in range(repeat):
            shutil.rmtree(ws / "build", ignore_errors=True)
            config = load_config(ws)
            if kind == "build":
                timed(build_all, config)
                continue
            build_all(config)
            if kind == "rebuild":
                report = timed(build_all, config)
                extra["nothing_changed"] = report.nothing_changed
            else:
                part = sorted((ws / "sources").glob("*.md"))[-1]
                original = part.read_text(encoding="utf-8")
                # An edit of one definition's text, as a user would make; another text in
                # each round, so that no memo of an earlier round's build (a typo check
                # keyed by the notes' facts) serves it, as none would serve a user's.
                said = _EDIT_WORDS[round_ % len(_EDIT_WORDS)]
                part.write_text(
                    original.replace("更快的启动速度", f"更快的启动速度（{said}）", 1),
                    encoding="utf-8",
                )
                try:
                    report = timed(build_all, config)
                finally:
                    part.write_text(original, encoding="utf-8")
                extra["parsed"] = report.parsed
                # Facts whose cards were worded again (the others' kept from the last build).
                extra["worded"] = report.deck.report.worded if report.deck.report else 0
                # Whether the edit changed what the paper prints (then it is rendered again).
                extra["exams_rendered"] = report.exams is not None and not report.exams.skipped
    else:
        raise SystemExit(f"unknown measurement {kind}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": statistics.median(times), "runs": times, "peak_mb": round(peak, 1), **extra}


def _package_notes(package: Path) -> dict:
    """Note types and ``(type id, guid, fields, tags)`` of every note of a package."""
    import sqlite3
    import zipfile

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "c.anki2"
        with zipfile.ZipFile(package) as archive:
            db.write_bytes(archive.read("collection.anki2"))
        conn = sqlite3.connect(db)
        models = json.loads(conn.execute("select models from col").fetchone()[0])
        notes = conn.execute("select mid, guid, flds, tags from notes order by id").fetchall()
        conn.close()
    return {"models": models, "notes": notes}


def run_measure(kind: str, workspace: Path, repeat: int) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--measure",
            kind,
            "--workspace",
            str(workspace),
            "--repeat",
            str(repeat),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"measurement {kind} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_pair(kind: str, workspace: Path, repeat: int, rounds: int) -> tuple[dict, dict]:
    """examgen's measurement and its floor's, in turns: ``rounds`` processes each, tool then
    floor, so both see the same load (the machine is shared), and each side's time is the
    least of all its runs (as ``timeit`` advises: a longer run is other processes' work, not
    the code's); the medians are kept beside it (``median_seconds``)."""
    sides: dict[str, list[dict]] = {"tool": [], "floor": []}
    for _ in range(rounds):
        sides["tool"].append(run_measure(kind, workspace, repeat))
        sides["floor"].append(run_measure(f"{kind}_floor", workspace, repeat))
    return _best(sides["tool"]), _best(sides["floor"])


def _best(results: list[dict]) -> dict:
    """One side's processes as one measurement: its least time, its median, its peak."""
    runs = [seconds for result in results for seconds in result["runs"]]
    merged = {**results[0], "runs": runs}
    merged["seconds"] = min(runs)
    merged["median_seconds"] = statistics.median(runs)
    merged["peak_mb"] = max(result["peak_mb"] for result in results)
    return merged


# --------------------------------------------------------------------------- the table
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 10,000 corpus")
    parser.add_argument("--repeat", type=int, default=None)
    parser.add_argument(
        "--scaling-only", action="store_true", help="only the table of each dimension x10"
    )
    parser.add_argument(
        "--dimension",
        action="append",
        choices=tuple(scaling.DIMENSIONS),
        help="with --scaling-only: this dimension only (repeatable)",
    )
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    parser.add_argument("--workspace", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.workspace, args.repeat or 3)))
        return

    repeat = args.repeat or (3 if args.quick else 5)
    rounds = 1 if args.quick else 3  # processes per side, in turns (measure_pair)
    if args.scaling_only:
        with tempfile.TemporaryDirectory(prefix="examgen-scaling-") as tmp:
            rows = scaling.run_all(Path(tmp), 2 if args.quick else 3, tuple(args.dimension or ()))
        over = scaling.print_table(rows)
        _save({"scaling": rows}, "bench-scaling.json")
        print("superlinear: " + (", ".join(over) if over else "none"))
        return
    per_copy = facts_per_copy()
    targets = [100, 1000] if args.quick else [100, 1000, 10000]
    rows: list[dict] = []
    results: dict = {"facts_per_copy": per_copy, "targets": TARGETS, "corpora": {}}
    with tempfile.TemporaryDirectory(prefix="examgen-bench-") as tmp:
        sample_ws = Path(tmp) / "sample"
        sample_ws.mkdir()
        shutil.copytree(SAMPLE, sample_ws / "sources")
        (sample_ws / "examgen.toml").write_text("[exam]\nseed = 2024\n", encoding="utf-8")
        corpora = [
            (size, make_corpus(Path(tmp) / f"c{size}", max(1, round(size / per_copy))))
            for size in targets
        ]
        # The same number of facts in very many short chapters (four facts each).
        many = 1000 if args.quick else 10000
        chapters_ws = scaling.make_workspace(
            Path(tmp) / "chapters",
            scaling.Shape(facts=many, files=10, chapters=many // 4, sections=1),
        )
        corpora.append((f"{many // 4} chapters", chapters_ws))
        for size, ws in corpora:
            entry: dict = {}
            for stage in ("parse", "deck"):
                tool, floor = measure_pair(stage, ws, repeat, rounds)
                entry[stage] = {
                    "tool": tool,
                    "floor": floor,
                    "ratio": tool["seconds"] / floor["seconds"],
                }
                where = f" in {size}" if isinstance(size, str) else ""
                rows.append(
                    {
                        "what": f"{stage} {tool.get('facts')} facts{where}"
                        if stage == "parse"
                        else f"{stage} {tool.get('notes')} notes{where}",
                        "tool": tool,
                        "floor": floor,
                        "target": TARGETS[stage],
                    }
                )
            if isinstance(size, str):
                results["corpora"][size] = entry
                continue
            if size == targets[-1]:
                full = run_measure("build", ws, max(2, repeat // 2))
                edit = run_measure("edit", ws, max(2, repeat // 2))
                entry["build"] = full
                entry["edit"] = edit
                entry["pipeline"] = pipeline = run_measure("pipeline", ws, 1)
                results["memory"] = {"facts": size, "peak_mb": pipeline["peak_mb"]}
                rows.append(
                    {
                        "what": f"one-file edit at {size} facts (share of full build)",
                        "tool": edit,
                        "floor": full,
                        "target": TARGETS["edit_share"],
                    }
                )
            results["corpora"][size] = entry
        exam, exam_floor = measure_pair("exam", sample_ws, repeat, rounds)
        rows.append(
            {
                "what": "exam, one version (paper + key)",
                "tool": exam,
                "floor": exam_floor,
                "target": TARGETS["exam"],
            }
        )
        math_exam, math_floor = measure_pair("math_exam", sample_ws, repeat, rounds)
        rows.append(
            {
                "what": "exam printing 20 formulas 55 times (paper + key)",
                "tool": math_exam,
                "floor": math_floor,
                "target": TARGETS["math_exam"],
            }
        )
        full = run_measure("build", sample_ws, repeat)
        rebuild = run_measure("rebuild", sample_ws, repeat)
        rows.append(
            {
                "what": "no-change rebuild of the sample (share of full build)",
                "tool": rebuild,
                "floor": full,
                "target": TARGETS["rebuild_share"],
            }
        )
        results["sample"] = {
            "exam": exam,
            "exam_floor": exam_floor,
            "build": full,
            "rebuild": rebuild,
        }

    print(
        f"{'measurement':<58} {'tool s':>8} {'floor s':>8} {'ratio':>6} {'target':>7}"
        f" {'tool MB':>8} {'floor MB':>8} {'median ratio':>13}"
    )
    failed = []
    for row in rows:
        ratio = row["tool"]["seconds"] / row["floor"]["seconds"]
        # The memory target is examgen's own (parsing, the deck): anything that renders a
        # PDF starts at WeasyPrint's own peak, shown in the floor column.
        own_memory = row["what"].startswith(("parse", "deck"))
        ok = ratio <= row["target"] and (
            not own_memory or row["tool"]["peak_mb"] <= TARGETS["peak_mb"]
        )
        if not ok:
            failed.append(row["what"])
        row["ratio"] = ratio
        row["ok"] = ok
        print(
            f"{row['what']:<58} {row['tool']['seconds']:>8.3f} {row['floor']['seconds']:>8.3f}"
            f" {ratio:>6.2f} {row['target']:>7} {row['tool']['peak_mb']:>8.0f}"
            f" {row['floor']['peak_mb']:>8.0f} {_median_ratio(row):>13}{'' if ok else ' MISSED'}"
        )
    results["rows"] = rows
    with tempfile.TemporaryDirectory(prefix="examgen-scaling-") as tmp:
        results["scaling"] = scaling.run_all(Path(tmp), 2 if args.quick else 3)
    memory = results["memory"]
    print(
        f"\npeak memory of parse + store + deck at {memory['facts']} facts: "
        f"{memory['peak_mb']:.0f} MB (target {TARGETS['pipeline_mb']})"
    )
    if memory["peak_mb"] > TARGETS["pipeline_mb"]:
        failed.append("memory of parse + store + deck")
    failed += scaling.print_table(results["scaling"])
    out = _save(results, "bench.json")
    print(
        f"\nwritten {out}" + (f"; missed: {', '.join(failed)}" if failed else "; all targets met")
    )


def _median_ratio(row: dict) -> str:
    """The ratio of the two sides' medians, for rows measured in turns (else blank)."""
    tool, floor = row["tool"].get("median_seconds"), row["floor"].get("median_seconds")
    return f"{tool / floor:.2f}" if tool and floor else ""


def _save(results: dict, name: str) -> Path:
    out = REPO / "build" / name
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return out


if __name__ == "__main__":
    main()
