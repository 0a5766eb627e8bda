"""Forms of a table: the cell of a row in a column, and a column's cells matched to the rows.

A table compares things (its rows, named in the first column) on attributes (the other
columns). "In <table>, what is <column> of <row>?" takes its wrong options from the same
column's other cells: the same kind of answer about the table's other things.
"""

from __future__ import annotations

import random

from examgen.model import Fact
from examgen.questions.distractors import best
from examgen.questions.form import Ask, Draft, Form, choice, in_order, origin
from examgen.questions.index import Entry, Notes
from examgen.questions.limits import (
    MATCHING_MAX,
    MATCHING_MIN,
    MAX_GLOSS_WIDTH,
    MAX_OPTION_WIDTH,
    MAX_TERM_WIDTH,
    SINGLE_CHOICE_DISTRACTORS,
)
from examgen.questions.text import clean, normalize
from examgen.questions.wording import phrase


def _column(fact: Fact, position: int, index: int) -> list[tuple[Entry, Entry]]:
    """(row name, cell) entries of column ``index``: rows with a name and a cell, each row
    name and each cell once (a repeated cell cannot tell two rows apart)."""
    cells: list[tuple[Entry, Entry]] = []
    names: set[str] = set()
    values: dict[str, int] = {}
    for r, row in enumerate(fact.rows):
        if len(row) <= index:
            continue
        name, cell = clean(row[0]), clean(row[index])
        name_key, cell_key = normalize(name), normalize(cell)
        if not name_key or not cell_key or name_key in names:
            continue
        names.add(name_key)
        values[cell_key] = values.get(cell_key, 0) + 1
        rank = (position, r * len(fact.columns) + index)
        cells.append(
            (Entry(name, name_key, fact, (position, r)), Entry(cell, cell_key, fact, rank))
        )
    return cells


def table_forms(notes: Notes, fact: Fact) -> tuple[dict[str, list[Form]], dict[str, str]]:
    """The forms of a table fact, and why it gives none of some type."""
    forms: dict[str, list[Form]] = {}
    reasons: dict[str, str] = {}
    name = notes.names[fact.id]
    # The cells are only ever ranked against each other: the fact's position does not matter.
    position = 0
    if len(fact.columns) < 2 or len(fact.rows) < 2:
        reasons["single_choice"] = reasons["matching"] = "a table needs 2 rows and 2 columns"
        return forms, reasons
    columns = [(i, clean(c)) for i, c in enumerate(fact.columns) if i > 0 and normalize(c)]
    askable: list[tuple[str, Entry, list[Entry]]] = []
    matchable: list[tuple[str, list[tuple[Entry, Entry]]]] = []
    for index, column in columns:
        cells = _column(fact, position, index)
        distinct = {cell.key for _, cell in cells}
        short = [(row, cell) for row, cell in cells if cell.width <= MAX_OPTION_WIDTH]
        if len(distinct) >= SINGLE_CHOICE_DISTRACTORS + 1:
            for row, cell in short:
                # Its cell must be the only one of its value: else two rows have the answer.
                if sum(1 for _, c in cells if c.key == cell.key) == 1:
                    others = [c for _, c in short if c.key != cell.key]
                    askable.append((column, row, [cell, *others]))
        pairs = [
            (row, cell)
            for row, cell in cells
            if row.width <= MAX_TERM_WIDTH and cell.width <= MAX_GLOSS_WIDTH
        ]
        if len({c.key for _, c in pairs}) == len(pairs) >= MATCHING_MIN:
            matchable.append((column, pairs))

    if not askable:
        reasons["single_choice"] = (
            f"no column with {SINGLE_CHOICE_DISTRACTORS + 1} distinct short cells to choose from"
        )
    else:

        def cell_choice(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
            column, row, (cell, *others) = rng.choice(askable)
            wrong = best(rng, others, cell.text, fact, SINGLE_CHOICE_DISTRACTORS, {cell.key})
            prompt = phrase(ask.lang, "table_cell", table=name, row=row.text, column=column)
            origins = [
                origin(cell, "answer", fact, correct=True),
                *(origin(w, "cell", fact) for w in wrong),
            ]
            return choice(
                "single_choice",
                "table_cell",
                prompt,
                origins,
                ask,
                facts,
                subject=name,
                stem_texts=(name, row.text, column),
                reveals=((row.text, cell.text),),
                asks=(cell.text,),
            )

        forms["single_choice"] = [Form("single_choice", "table_cell", (fact,), cell_choice)]

    if not matchable:
        reasons["matching"] = f"no column with {MATCHING_MIN} rows of distinct short cells"
    else:

        def match_column(rng: random.Random, facts: tuple[Fact, ...], ask: Ask) -> Draft:
            column, pairs = rng.choice(matchable)
            if len(pairs) > MATCHING_MAX:
                pairs = sorted(rng.sample(pairs, MATCHING_MAX), key=lambda p: p[0].rank)
            prompt = phrase(ask.lang, "match_table", table=name, column=column)
            stems = [row.text for row, _ in pairs]
            question = in_order(
                "matching", prompt, ask, facts, options=[c.text for _, c in pairs], stems=stems
            )
            return Draft(
                question,
                "match_table",
                subject=name,
                stem_texts=(name, column),
                reveals=tuple((row.text, cell.text) for row, cell in pairs),
            )

        forms["matching"] = [Form("matching", "match_table", (fact,), match_column)]
    return forms, reasons
