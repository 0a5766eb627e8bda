"""Facts read from an example, quote or exercise box are not asked.

Notes put cases in boxes of their own: Obsidian's ``> [!example] Dr. Reyes's Blank Hour``,
mkdocs' ``!!! example "…"``, a ``[!quote]``, a worked ``!!! practice``. The reader still
makes facts of them (a titled box reads as ``term: text``), but its title names the case and
its body tells it: asked as a definition ("Which term is defined as: …a nurse forgot…?")
the anecdote has as many defensible answers as things it mentions, and a list in the box is
the case's details (the patient's symptoms, one problem's steps), not a category the notes
teach. So such a fact (``Fact.illustration``, from ``Fact.container``) offers no question
of any kind, and the index files none of its texts, so none is a wrong option or a matching
pair either; the deck makes no card of it (``examgen.cards``). A note, tip, warning or a
box of the author's own kind (``[!aside]``, ``[!fact]``) states the notes' own knowledge
and is asked as before.
"""

from __future__ import annotations

from examgen.model import Fact


def illustration_reason(fact: Fact) -> str:
    """Why ``fact`` is asked in no form ("" when it may be): it tells a case, in the kind of
    box its ``container`` names."""
    if not fact.illustration:
        return ""
    return f"read from a box of kind `{fact.container}`: it tells a case, not what a term means"
