"""The checks of a formula's TeX: what latex2mathml or the math font cannot draw right."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

_NO_GLYPH = "the math font has no glyph for"
_MACRO_TOKEN = re.compile(r"\\[A-Za-z]+\*?")
_BEGIN = re.compile(r"\\begin\{([^}]*)\}")

# amsmath environments that notes use inside $$…$$ but latex2mathml does not know, written
# as ones it does that look the same: the inner "aligned" as "align*", "gathered" as a
# centred one-column array, and "equation" (a numbered display, numbers are meaningless on a
# card or paper) as nothing.
_ENVIRONMENT_ALIASES = (
    (re.compile(r"\\(begin|end)\{aligned\}"), r"\\\1{align*}"),
    (re.compile(r"\\begin\{gather(?:ed|\*)?\}"), r"\\begin{array}{c}"),
    (re.compile(r"\\end\{gather(?:ed|\*)?\}"), r"\\end{array}"),
    (re.compile(r"\\(?:begin|end)\{equation\*?\}"), ""),
)


# The number-set shorthands that MathJax and KaTeX (so Obsidian, Typora, Jupyter) define out
# of the box and notes use freely: \R^n is ℝⁿ there, so it is here.
_NUMBER_SETS = re.compile(r"\\(R|N|Z|Q|C|Reals|reals)(?![A-Za-z])")
_NUMBER_SET_LETTER = {"Reals": "R", "reals": "R"}


def _number_sets(tex: str) -> str:
    if "\\" not in tex:
        return tex
    return _NUMBER_SETS.sub(
        lambda m: "\\mathbb{" + _NUMBER_SET_LETTER.get(m.group(1), m.group(1)) + "}", tex
    )


def _known_environments(tex: str) -> str:
    if "\\begin" not in tex:
        return tex
    for pattern, replacement in _ENVIRONMENT_ALIASES:
        tex = pattern.sub(replacement, tex)
    return tex


def _source_problem(tex: str) -> str | None:
    """What is wrong with the TeX before any layout: braces and environments."""
    depth = 0
    for found in re.finditer(r"\\.|[{}]", tex, flags=re.DOTALL):
        token = found.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth < 0:
                return "unbalanced braces: a '}' closes nothing"
    if depth:
        return "unbalanced braces: a '{' is never closed"
    for found in _BEGIN.finditer(_known_environments(tex)):
        if found.group(1) not in _environments():
            return f"unsupported environment {found.group(1)}"
    return None


@cache
def _environments() -> frozenset[str]:
    """The environments latex2mathml lays out (its own table, not a copy of it)."""
    from latex2mathml import commands

    return frozenset(name.lstrip("\\") for name in commands.MATRICES)


def _layout_problem(mathml: ET.Element, font) -> str | None:
    """What latex2mathml let through but cannot look right: unknown macros (printed as
    their own name), stray alignment tabs, characters without a glyph in the math font."""
    for node in mathml.iter():
        text = (node.text or "").strip()
        if not text:
            continue
        if _MACRO_TOKEN.fullmatch(text):
            return f"unsupported macro {text}"
        if text == "&" and node.tag.endswith("mi"):
            return "'&' outside a matrix or aligned environment"
        for char in text:
            if not char.isspace() and font.glyphindex(char) == 0:
                return f"{_NO_GLYPH} {char!r}"
    return None


def _error_message(error: Exception) -> str:
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", type(error).__name__).lower()
    detail = str(error).strip()
    words = words.removesuffix(" error")
    return f"TeX error: {words}" + (f" ({detail})" if detail else "")
