"""The layout of an Anki collection: its schema-11 tables, settings, deck and note-type JSON."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # examgen.apkg imports this module: the note type only for annotations
    from examgen.apkg import NoteType

#: A fixed date for zip entries and collection times (2026-01-01): never the build time,
#: so the same notes give the same bytes.
_FIXED_SECONDS = 1767225600

_SCHEMA = """
create table col (
    id integer primary key, crt integer not null, mod integer not null,
    scm integer not null, ver integer not null, dty integer not null,
    usn integer not null, ls integer not null, conf text not null,
    models text not null, decks text not null, dconf text not null, tags text not null
);
create table notes (
    id integer primary key, guid text not null, mid integer not null,
    mod integer not null, usn integer not null, tags text not null, flds text not null,
    sfld integer not null, csum integer not null, flags integer not null, data text not null
);
create table cards (
    id integer primary key, nid integer not null, did integer not null,
    ord integer not null, mod integer not null, usn integer not null,
    type integer not null, queue integer not null, due integer not null,
    ivl integer not null, factor integer not null, reps integer not null,
    lapses integer not null, left integer not null, odue integer not null,
    odid integer not null, flags integer not null, data text not null
);
create table revlog (
    id integer primary key, cid integer not null, usn integer not null,
    ease integer not null, ivl integer not null, lastIvl integer not null,
    factor integer not null, time integer not null, type integer not null
);
create table graves (usn integer not null, oid integer not null, type integer not null);
"""

# Made after a fresh collection's rows are in: one sort per index instead of a b-tree
# insert per row.
_INDEXES = """
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
"""

_DEFAULT_DECK_ID = 1
_SCHEMA_VERSION = 11

# Collection settings Anki reads from a schema-11 collection; an import ignores most of
# them, but they must be there and well-formed.
_CONF = {
    "activeDecks": [_DEFAULT_DECK_ID],
    "curDeck": _DEFAULT_DECK_ID,
    "newSpread": 0,
    "collapseTime": 1200,
    "timeLim": 0,
    "estTimes": True,
    "dueCounts": True,
    "curModel": None,
    "nextPos": 1,
    "sortType": "noteFld",
    "sortBackwards": False,
    "addToCur": True,
}

_DECK_OPTIONS = {
    "1": {
        "id": 1,
        "name": "Default",
        "mod": 0,
        "usn": 0,
        "maxTaken": 60,
        "autoplay": True,
        "timer": 0,
        "replayq": True,
        "new": {
            "bury": True,
            "delays": [1, 10],
            "initialFactor": 2500,
            "ints": [1, 4, 7],
            "order": 1,
            "perDay": 20,
            "separate": True,
        },
        "lapse": {"delays": [10], "leechAction": 0, "leechFails": 8, "minInt": 1, "mult": 0},
        "rev": {
            "bury": True,
            "ease4": 1.3,
            "fuzz": 0.05,
            "ivlFct": 1,
            "maxIvl": 36500,
            "minSpace": 1,
            "perDay": 100,
        },
    }
}

_LATEX_PRE = (
    "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n"
    "\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n"
    "\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n"
)
_LATEX_POST = "\\end{document}"


def _deck_json(deck_id: int, name: str) -> dict:
    return {
        "id": deck_id,
        "name": name,
        "desc": "",
        "conf": 1,
        "dyn": 0,
        "collapsed": False,
        "extendNew": 0,
        "extendRev": 50,
        "mod": _FIXED_SECONDS,
        "usn": -1,
        "newToday": [0, 0],
        "revToday": [0, 0],
        "lrnToday": [0, 0],
        "timeToday": [0, 0],
    }


_FIELD_REF = re.compile(r"\{\{[#^/]?(?:[\w-]+:)*([^}#^/:][^}]*)\}\}")
_WHOLE_CONDITIONAL = re.compile(r"\A\{\{#([^}]+)\}\}.*\{\{/\1\}\}\Z", re.DOTALL)


def _requirements(note_type: NoteType) -> list:
    """Anki's legacy ``req`` (which fields a card needs): current Anki computes its own,
    older ones read this. A question wholly inside ``{{#F}}`` needs F; else any field
    it shows."""
    ords = {name: i for i, name in enumerate(note_type.fields)}
    req = []
    for ord_, (_name, question, _answer) in enumerate(note_type.templates):
        whole = _WHOLE_CONDITIONAL.match(question)
        if whole and whole.group(1) in ords:
            req.append([ord_, "all", [ords[whole.group(1)]]])
        else:
            shown = {ords[m] for m in _FIELD_REF.findall(question) if m in ords}
            req.append([ord_, "any", sorted(shown)])
    return req


def _model_json(note_type: NoteType, deck_id: int) -> dict:
    return {
        "id": note_type.id,
        "name": note_type.name,
        "type": 1 if note_type.cloze else 0,
        "mod": note_type.mtime,
        "usn": -1,
        "sortf": 0,
        "did": deck_id,
        "tags": [],
        "vers": [],
        "css": note_type.css,
        "latexPre": _LATEX_PRE,
        "latexPost": _LATEX_POST,
        "latexsvg": False,
        "req": _requirements(note_type),
        "flds": [
            {
                "name": name,
                "ord": i,
                "sticky": False,
                "rtl": False,
                "font": "Arial",
                "size": 20,
                "media": [],
            }
            for i, name in enumerate(note_type.fields)
        ],
        "tmpls": [
            {
                "name": name,
                "ord": i,
                "qfmt": question,
                "afmt": answer,
                "did": None,
                "bqfmt": "",
                "bafmt": "",
                "bfont": "",
                "bsize": 0,
            }
            for i, (name, question, answer) in enumerate(note_type.templates)
        ],
    }
