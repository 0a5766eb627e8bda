"""A term of edits, checked in Anki after every rebuild (Hypothesis draws the edits).

Notes change all term: definitions are reworded, facts are deleted and come back, new ones
are added, a definition grows into a list. After each rebuild the deck is imported into the
same collection, as a student would, and the invariants of the issue must hold: no
duplicate notes, no conflicts, every active fact's note shows the notes' current text, every
retired fact's note carries ``examgen::retired``, and a reviewed card keeps its schedule.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from examgen.build import make_deck
from examgen.config import load_config
from examgen.deck import note_guid
from examgen.store import FactStore

TERMS = ("Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta")
MEMBERS = ("one", "two", "three")

# One edit: (what, which term, a variant number for new wording).
EDITS = st.lists(
    st.tuples(
        st.sampled_from(("reword", "remove", "restore", "to_list", "to_definition")),
        st.sampled_from(TERMS),
        st.integers(min_value=0, max_value=3),
    ),
    min_size=1,
    max_size=5,
)


def render(state: dict[str, tuple[str, int] | None]) -> str:
    """The notes file for a state: term -> (kind, wording variant), or None when removed."""
    lines = ["# Course", "", "## Chapter", ""]
    for term in TERMS:
        entry = state[term]
        if entry is None:
            continue
        kind, variant = entry
        if kind == "definition":
            lines.append(f"- {term}: the {term.lower()} concept, wording {variant}")
        else:
            lines.append(f"- {term}")
            lines.extend(f"  - {term.lower()} {member} v{variant}" for member in MEMBERS)
    return "\n".join(lines) + "\n"


def apply(state: dict, edit: tuple[str, str, int]) -> None:
    what, term, variant = edit
    entry = state[term]
    if what == "remove":
        state[term] = None
    elif what == "restore" and entry is None:
        state[term] = ("definition", 0)
    elif entry is not None and what == "reword":
        state[term] = (entry[0], variant)
    elif entry is not None and what == "to_list":
        state[term] = ("list", variant)
    elif entry is not None and what == "to_definition":
        state[term] = ("definition", variant)


def check_collection(col: Collection, store: FactStore, log) -> None:
    assert not log.conflicting
    assert col.db.scalar("select count() - count(distinct guid) from notes") == 0
    guids = set(col.db.list("select guid from notes"))
    for stored in store.facts():
        fact = stored.fact
        kind = "definition" if fact.kind == "definition" else "list"
        guid = note_guid(fact.id, kind)
        assert guid in guids, (fact.subject, fact.kind)
        (nid,) = col.db.list("select id from notes where guid = ?", guid)
        note = col.get_note(nid)
        if stored.retired:
            assert "examgen::retired" in note.tags, fact.subject
            continue
        assert "examgen::retired" not in note.tags, fact.subject
        shown = " ".join(note.fields)
        if fact.kind == "definition":
            assert fact.text in shown
        else:
            assert all(item.text in shown for item in fact.items)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=EDITS)
def test_a_term_of_edits_keeps_anki_consistent(edits: list[tuple[str, str, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "sources").mkdir()
        notes = root / "sources" / "course.md"
        state: dict[str, tuple[str, int] | None] = {term: ("definition", 0) for term in TERMS}
        notes.write_text(render(state), encoding="utf-8")
        config = load_config(root)
        col = Collection(str(root / "collection.anki2"))
        try:
            first = make_deck(config).report
            import_package(col, first.output)
            # Study Alpha's card: its schedule must survive whatever happens to the notes.
            alpha = make_alpha_guid(config)
            (nid,) = col.db.list("select id from notes where guid = ?", alpha)
            card = col.get_note(nid).cards()[0]
            card.start_timer()
            col.sched.answerCard(card, 3)
            col.sched.set_due_date([card.id], "9!")
            studied = col.get_card(card.id)

            for edit in edits:
                apply(state, edit)
                if all(entry is None for entry in state.values()):
                    state["Zeta"] = ("definition", 1)  # notes without facts are an error
                notes.write_text(render(state), encoding="utf-8")
                report = make_deck(config).report
                log = import_package(col, report.output)
                with FactStore.open(config.db_path) as store:
                    check_collection(col, store, log)
                kept = col.get_card(studied.id)
                assert (kept.ivl, kept.due, kept.queue) == (
                    studied.ivl,
                    studied.due,
                    studied.queue,
                )
        finally:
            col.close()


def make_alpha_guid(config) -> str:
    with FactStore.open(config.db_path) as store:
        alpha = next(s.fact for s in store.facts() if s.fact.subject == "Alpha")
    return note_guid(alpha.id, "definition")
