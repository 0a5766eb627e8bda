"""The deck's Anki note types: their ids, fields, card templates and stylesheet."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from examgen.apkg import NoteType
from examgen.errors import ExamgenError
from examgen.templating import builtin_templates_dir, find_template

# =============================================================================================
# NOTE TYPES: A CONTRACT WITH EVERY COLLECTION THAT EVER IMPORTED AN EXAMGEN DECK.
#
# Anki identifies a note type by its id. On import it compares the incoming note type's
# schema (field names and order, template names and order) with the one it has under that
# id: when they differ it adds a copy ("examgen Basic+"), every existing note then
# counts as a conflict and is no longer updated. Hence the rules:
#
# 1. Never change, for an existing id: the id, the kind (basic/cloze), the field names or
#    their order, the template names or their order. Such a change is a new note type
#    VERSION: a new id, the name suffixed " v2" (v3, ...), the old definition kept in the
#    CHANGELOG, and a "Note types" entry in CHANGELOG.md saying how users migrate
#    (Anki: Change Note Type). Note GUIDs stay the same across versions.
# 2. Template HTML and the CSS may change without a new version (Anki updates a note type
#    with the same schema in place), but only if NOTETYPE_MOD is raised to the time of
#    the change: Anki takes the incoming note type only when its modification time is
#    newer than the one it has. Note it in the CHANGELOG too.
# 3. The modification time of the note types is NOTETYPE_MOD (or a user's card.css's
#    mtime when newer), never the build time: otherwise every build would rewrite the
#    note types in the user's collection, undoing any tweak they made in Anki.
# =============================================================================================

#: When the templates or the built-in CSS last changed (Unix seconds). Raise it with them.
NOTETYPE_MOD = 1796169600  # 2026-12-02

BASIC_ID = 1901012135
BASIC_NAME = "examgen Basic"
BASIC_FIELDS = ("Front", "Back", "Prompt", "Reverse", "Context", "Source")
BASIC_TEMPLATE_NAMES = ("Forward", "Reverse")

CLOZE_ID = 1103586495
CLOZE_NAME = "examgen Cloze"
CLOZE_FIELDS = ("Text", "Extra", "Context", "Source")
CLOZE_TEMPLATE_NAMES = ("Cloze",)

_FOOTER = (
    '<div class="eg-footer"><div class="eg-context">{{Context}}</div>'
    '<div class="eg-source">{{Source}}</div></div>'
)
_FORWARD_Q = (
    '<div class="eg-card">{{#Prompt}}<div class="eg-prompt">{{Prompt}}</div>{{/Prompt}}'
    '<div class="eg-question">{{Front}}</div></div>' + _FOOTER
)
_FORWARD_A = (
    '<div class="eg-card">{{#Prompt}}<div class="eg-prompt">{{Prompt}}</div>{{/Prompt}}'
    '<div class="eg-question">{{Front}}</div>'
    '<hr id="answer"><div class="eg-answer">{{Back}}</div></div>' + _FOOTER
)
# The whole question is inside {{#Reverse}}: with an empty Reverse field the card is empty,
# so Anki does not make it. That switches the reverse card per note without a second type.
# The reverse question leaves the breadcrumb out: a heading is often the term itself
# ("CGroups" under "… › CGroups"), which would give the answer away.
_REVERSE_Q = (
    '{{#Reverse}}<div class="eg-card">{{Reverse}}</div>'
    '<div class="eg-footer"><div class="eg-source">{{Source}}</div></div>{{/Reverse}}'
)
_REVERSE_A = (
    '<div class="eg-card">{{Reverse}}<hr id="answer">'
    '<div class="eg-question">{{Front}}</div></div>' + _FOOTER
)
_CLOZE_Q = '<div class="eg-card">{{cloze:Text}}</div>' + _FOOTER
_CLOZE_A = (
    '<div class="eg-card">{{cloze:Text}}'
    '{{#Extra}}<div class="eg-extra">{{Extra}}</div>{{/Extra}}</div>' + _FOOTER
)


def _note_types(css: str, mtime: int) -> tuple[NoteType, NoteType]:
    """The two note types of the contract above, styled with ``css``."""
    basic = NoteType(
        id=BASIC_ID,
        name=BASIC_NAME,
        cloze=False,
        fields=BASIC_FIELDS,
        templates=(
            (BASIC_TEMPLATE_NAMES[0], _FORWARD_Q, _FORWARD_A),
            (BASIC_TEMPLATE_NAMES[1], _REVERSE_Q, _REVERSE_A),
        ),
        css=css,
        mtime=mtime,
    )
    cloze = NoteType(
        id=CLOZE_ID,
        name=CLOZE_NAME,
        cloze=True,
        fields=CLOZE_FIELDS,
        templates=((CLOZE_TEMPLATE_NAMES[0], _CLOZE_Q, _CLOZE_A),),
        css=css,
        mtime=mtime,
    )
    return basic, cloze


def _load_css(template_dirs: Sequence[Path]) -> tuple[str, int]:
    """The card CSS (a user's templates/card.css first) and the note types' mtime."""
    path = find_template("card.css", template_dirs)
    try:
        css = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ExamgenError(f"cannot read card CSS: {exc}", source=str(path)) from None
    if path.parent.resolve() == builtin_templates_dir().resolve():
        return css, NOTETYPE_MOD
    # A newer mtime makes Anki take the restyled note types on the next import.
    return css, max(NOTETYPE_MOD, int(path.stat().st_mtime))
