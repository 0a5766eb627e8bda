"""Step labels that describe themselves (rv63 H): the steps of a procedure labelled by their
roles ("Initialisation", "Update", "Termination", "Stop"; "初始化", "更新", "终止").

Each step's description says its label's sense in other words ("choose starting guess" for
Initialisation), so a question that shows the description and asks the label ("which of
these is described as …", its fill-in, a matching, a claim pairing a label with a step's
description, true or false) is answered by
knowing English, not the notes. What the step does, asked from its label, and the order of
the steps, are fair: those forms are left alone. Registered as ``step_roles`` in
:data:`~examgen.questions.rules.ITEM_RULES`.
"""

from __future__ import annotations

from collections.abc import Sequence

from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.reads import note_whole, plain
from examgen.questions.text import normalize
from examgen.questions.wording import STEP_ROLES

#: The forms that show a step's description and ask its label (or judge the two together).
_LABEL_FORMS = ("definition_to_term", "blank_term", "claim_definition", "match_terms",
                "match_members")  # fmt: skip


def is_role(label: str) -> bool:
    """Whether ``label`` names a step by its role (see
    :data:`~examgen.questions.wording.STEP_ROLES`): "Initialisation", "终止"."""
    return label.strip().casefold() in STEP_ROLES


def _role_steps(notes: Notes) -> frozenset[str]:
    """The normalized labels of the glossed members of a sequence or list whose labels are
    mostly roles: a procedure named by its steps' roles. Worked out once per notes."""
    key = ("role_steps", "")
    if key not in notes.memo:
        note_whole("role_steps")  # any sequence may be such a procedure
        found: set[str] = set()
        for fact in plain(notes.facts):
            labels = [i.text for i in fact.items if i.gloss]
            if fact.kind in ("sequence", "list") and labels and _mostly_roles(labels):
                found |= {normalize(t) for t in labels if is_role(t)}
        notes.memo[key] = frozenset(found)
    return notes.memo[key]  # type: ignore[return-value]


def _mostly_roles(labels: Sequence[str]) -> bool:
    """Whether at least half of ``labels`` are roles."""
    return 2 * sum(map(is_role, labels)) >= len(labels)


def step_roles(draft: Draft, notes: Notes) -> str | None:
    """No question shows a procedure step's description and asks its role label: the
    description says the label's sense ("choose starting guess", Initialisation)."""
    if draft.variety not in _LABEL_FORMS:
        return None
    # A claim shows its term with its own description or another step's: either way the
    # role is judged by its sense ("Termination" means "choose starting guess": false).
    labels = (
        [draft.subject] if draft.variety == "claim_definition" else [t for t, _ in draft.reveals]
    )
    asked = [t for t in labels if is_role(t)]
    if not asked:
        return None
    if draft.variety.startswith("match") and not _mostly_roles(labels):
        return None
    steps = _role_steps(notes)
    told = [t for t in asked if normalize(t) in steps]
    if not told:
        return None
    return f"“{told[0]}” names a procedure step by its role: its description says the role"
