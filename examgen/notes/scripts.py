"""Subscripts and superscripts written as HTML (``P<sub>1</sub>``, ``2<sup>n</sup>``) as text.

Dropping the tags would change the meaning (``2<sup>n</sup>`` is not "2n", ``C<sub>k</sub>``
is not the word "Ck"), so the text inside a tag is written with Unicode's subscript or
superscript characters when every character has one (``P₁``, ``2ⁿ``, ``Eₖ₃``). Those are
plain characters: they reach facts, cards and papers with no markup, and texts compared in
NFKC (questions' duplicate checks, the spellings an exported fill-in accepts) still read
``Cₖ`` as ``Ck``.

When one character has no such form (Unicode has no subscript ``b`` or ``c``, no superscript
``X``), the text is written in the plain-text math notation of AsciiMath and calculators:
``SYN_c``, ``X_(ab)``, ``g^(x_a)``: a ``_`` or ``^`` before the script, in parentheses when it
is more than one character so that its end is unambiguous. One text writes all its scripts
the same way (the reader compares ``SYN_c`` with ``SYN_s``, not with ``SYNₛ``), and a script
inside a script always the plain way, since Unicode's script characters do not nest.

It is not made ``$…$`` math: a note's math is a formula to the extractor (asked as one,
never split), and a subscripted name in a sentence is a name, not a formula.
"""

from __future__ import annotations

from typing import Literal

Script = Literal["sub", "sup"]

_SUBSCRIPT = dict(
    zip(
        "0123456789+-=()aehijklmnoprstuvx",
        "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ",
        strict=True,
    )
)
# Lowercase modifier letters exist for every letter but q; capitals for about two-thirds.
_SUPERSCRIPT = dict(
    zip(
        "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW",
        "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ",
        strict=True,
    )
)
_TABLES = {"sub": _SUBSCRIPT, "sup": _SUPERSCRIPT}
_MARKS = {"sub": "_", "sup": "^"}


def fits(script: Script, text: str) -> bool:
    """Whether every character of ``text`` has a Unicode subscript (superscript) form."""
    table = _TABLES[script]
    return all(char in table for char in text.strip())


def scripted(script: Script, text: str, unicode: bool = True) -> str:
    """``text`` written as a subscript or superscript: Unicode script characters when
    ``unicode`` and every character has one, else ``_x`` / ``^x`` (``_(xy)`` / ``^(xy)``
    when longer)."""
    text = text.strip()
    if not text:
        return ""
    if unicode and fits(script, text):
        table = _TABLES[script]
        return "".join(table[char] for char in text)
    return _MARKS[script] + (text if len(text) == 1 else f"({text})")
