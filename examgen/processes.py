"""Whether a chain the notes wrote is a process: steps that follow one another, asked in
order. "容器化改造过程" or "stages of …" names one, and so do steps that are actions; a chain
of names under a name of none ("设计模型: kubelet-shim-runtime") is a structure, read from
either end. The put-in-order question (``questions.rules.ordered_process``) and the
sequence card (``examgen.cards``) both ask it here."""

from __future__ import annotations

import re
from collections.abc import Sequence

from examgen.questions.text import script_of
from examgen.questions.wording import display_width

_WORDS = re.compile(r"[A-Za-z0-9][\w'-]*")

#: Words that make a sequence's name a process or an order: its steps follow one another.
_PROCESS_ZH = ("过程", "過程", "流程", "步骤", "步驟", "阶段", "階段", "路线", "路線", "发展",
               "發展", "演进", "演進", "历程", "歷程", "顺序", "順序", "周期", "週期", "算法",
               "方法")  # fmt: skip
_PROCESS_EN = re.compile(
    r"(?<![a-z])(order|sequence|stages?|steps?|phases?|process|procedure|algorithm|workflow|"
    r"pipeline|lifecycle|life cycle|evolution|history|timeline|reaction|iterative|"
    r"does|happens|works|flows?|routes?)(?![a-z])",
    re.I,
)
#: A step this short names a thing ("kubelet", "shim"), not an action or an event.
MAX_NAME_STEP_WORDS = 2
MAX_NAME_STEP_HAN = 4


def _names_a_thing(step: str) -> bool:
    """Whether a step reads as a name, not an action: at most two Latin words, or at most
    four Han characters and no comma (a clause: "简单容器化,应用无改造")."""
    if script_of(step) == "latin":
        return len(_WORDS.findall(step)) <= MAX_NAME_STEP_WORDS
    return display_width(step) <= 2 * MAX_NAME_STEP_HAN and not re.search(r"[,，、]", step)


def names_no_process(name: str, steps: Sequence[str]) -> bool:
    """Whether a chain called ``name`` is no process: its name says no order or steps and
    every step is a name, not an action (the chain has no direction)."""
    if not steps or any(w in name for w in _PROCESS_ZH) or _PROCESS_EN.search(name):
        return False
    return all(_names_a_thing(step) for step in steps)
