"""Score extraction on the corpus of real notes, and hold the line: ``make eval``.

Runs the corpus scorer (``score_facts.py --corpus DIR --examgen EXE``, as a subprocess; it is
not part of this repository) and prints its table. Fails (exit 1) when the TOTAL precision,
recall or content fall below, or the facts on noise lines rise above, the figures recorded in
``eval/ratchet.json``. With ``--raise`` the ratchet file is set to today's figures where they
are better (never lower).

    python bench/eval.py [--corpus DIR] [--scorer PATH] [--examgen EXE] [--show] [--raise]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RATCHET = REPO / "eval" / "ratchet.json"
_TOTAL = re.compile(
    r"^TOTAL\s+precision\s+(?P<precision>[\d.]+)%\s+recall\s+(?P<recall>[\d.]+)%\s+"
    r"content\s+(?P<content>[\d.]+)%\s+noise\s+(?P<noise>\d+)",
    re.MULTILINE,
)
HIGHER_IS_BETTER = ("precision", "recall", "content")


def main(argv: list[str] | None = None) -> int:
    """Run the scorer, print its table, compare the totals with the ratchet."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument(
        "--scorer", default=str(REPO.parent / "shared" / "tools" / "score_facts.py")
    )
    parser.add_argument("--examgen", default=str(Path(sys.executable).parent / "examgen"))
    parser.add_argument("--show", action="store_true", help="list every extra and missed fact")
    parser.add_argument("--raise", dest="raise_", action="store_true", help="raise the ratchet")
    args = parser.parse_args(argv)
    for what, path in (("corpus", args.corpus), ("scorer", args.scorer)):
        if not Path(path).exists():
            print(f"eval: no {what} at {path} (give --{what})", file=sys.stderr)
            return 2
    command = [sys.executable, args.scorer, "--corpus", args.corpus, "--examgen", args.examgen]
    if args.show:
        command.append("--show")
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    print(run.stdout, end="")
    match = _TOTAL.search(run.stdout)
    if run.returncode != 0 or not match:
        print(f"eval: the scorer failed: {run.stderr.strip()[-500:]}", file=sys.stderr)
        return 2
    today = {key: float(value) for key, value in match.groupdict().items()}
    floor = json.loads(RATCHET.read_text(encoding="utf-8"))
    worse = [
        f"{key} {today[key]:.1f} < {floor[key]:.1f}"
        for key in HIGHER_IS_BETTER
        if today[key] < floor[key]
    ]
    if today["noise"] > floor["noise"]:
        worse.append(f"noise {today['noise']:.0f} > {floor['noise']:.0f}")
    if worse:
        print("eval: below the ratchet (eval/ratchet.json): " + "; ".join(worse), file=sys.stderr)
        return 1
    if args.raise_:
        raised = {key: max(today[key], floor[key]) for key in HIGHER_IS_BETTER}
        raised["noise"] = min(today["noise"], floor["noise"])
        RATCHET.write_text(json.dumps(raised, indent=2) + "\n", encoding="utf-8")
        print(f"eval: ratchet now {raised}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
