"""A drawn paper pinned: the sample's facts and seed 11 give ``golden/paper-seed-11.json``.

The facts are a snapshot (``tests/golden/paper-facts.json``, the sample notes as parsed when the
snapshot was taken), so a change to the parser does not move the paper; a change to the draw
does, and is then a visible, reviewed decision: refresh with ``make golden`` and read the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from examgen.config import ExamConfig
from examgen.model import Fact, Item
from examgen.questions import make_exam

GOLDEN = Path(__file__).parent / "golden"
FACTS = GOLDEN / "paper-facts.json"


def load_facts(path: Path) -> tuple[Fact, ...]:
    """Facts from the ``examgen facts --json`` objects in ``path``."""
    facts = []
    for data in json.loads(path.read_text(encoding="utf-8")):
        facts.append(
            Fact(
                id=data["id"],
                kind=data["kind"],
                subject=data["subject"],
                text=data["text"] or "",
                items=tuple(Item(i["text"], i["gloss"]) for i in data["items"]),
                section=tuple(data["section"]),
                source=data["source"],
                line=data["line"],
                lang=data["lang"],
                columns=tuple(data.get("columns", ())),
                rows=tuple(tuple(r) for r in data.get("rows", ())),
                tags=tuple(data.get("tags", ())),
            )
        )
    return tuple(facts)


def drawn(seed: int) -> dict:
    """Everything a paper prints, per version: sections, prompts, options, key."""
    papers = make_exam(load_facts(FACTS), ExamConfig(variants=2), seed=seed)
    return {
        paper.version: [
            {
                "type": section.type,
                "questions": [
                    {**q.to_json(), "stems": list(q.stems), "answer_text": q.answer_text}
                    for q in section.questions
                ],
            }
            for section in paper.sections
        ]
        for paper in papers
    }


def test_seed_11_draws_the_pinned_paper():
    path = GOLDEN / "paper-seed-11.json"
    got = drawn(11)
    if os.environ.get("EXAMGEN_UPDATE_GOLDEN") == "1":
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(path.read_text(encoding="utf-8")), (
        "the draw changed; if intended, run `make golden` and review the diff"
    )
