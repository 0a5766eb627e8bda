"""``make bench`` measures a stage and its floor in turns and keeps each side's least run."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

_RUN = Path(__file__).resolve().parent.parent / "bench" / "run.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_run", _RUN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_side_of_a_pair_is_its_least_run_over_all_its_processes(tmp_path):
    bench = _bench()
    workspace = tmp_path / "ws"
    shutil.copytree(bench.SAMPLE, workspace / "sources")
    tool, floor = bench.measure_pair("parse", workspace, repeat=2, rounds=2)
    for side in (tool, floor):
        assert len(side["runs"]) == 4  # two processes of two runs each
        assert side["seconds"] == min(side["runs"])
        assert min(side["runs"]) <= side["median_seconds"] <= max(side["runs"])
    assert tool["facts"] > 0  # the tool's side is examgen's parse, the floor markdown-it's


def test_a_measurement_of_several_processes_keeps_the_highest_peak():
    bench = _bench()
    merged = bench._best(
        [{"runs": [0.5, 0.4], "peak_mb": 60.0}, {"runs": [0.3, 0.6], "peak_mb": 72.5}]
    )
    assert merged["seconds"] == 0.3
    assert merged["median_seconds"] == 0.45
    assert merged["peak_mb"] == 72.5
