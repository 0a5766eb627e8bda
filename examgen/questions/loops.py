"""Sequences that loop: steps that say where to go next are control flow, not a place in an
order ("Go to step 2", "Repeat steps 2-3", "返回第2步", "否则…")."""

from __future__ import annotations

import re

from examgen.questions.form import Draft
from examgen.questions.index import Notes

# A step that sends the reader elsewhere: a jump back or ahead, a repeat, a branch. Read at the
# step's start (after a label such as "Step 4:"), so "Return $\hat\theta$" (the result) and
# "Update weights until convergence" (one step that iterates) stay steps.
_JUMP_EN = re.compile(
    r"^(?:step\s*\d+\s*[:.)]\s*)?"
    r"(?:(?:go|jump|loop|return|back|skip)\s+(?:back\s+)?(?:to|up)\b|goto\b|repeat\b|loop\b"
    r"|otherwise\b|else\b|if\b.*\b(?:go\s+to|goto|return\s+to|repeat|stop)\b)",
    re.I,
)
_JUMP_ZH = re.compile(
    r"^(?:第?\s*\d+\s*[步、.:：)]\s*)?"
    r"(?:(?:返回|回到|转到|轉到|转向|轉向|跳到|跳转到?|跳轉到?|转|轉)\s*(?:第|步骤|步驟)"
    r"|重复|重複|循环|循環|否则|否則|不然|如果.*(?:返回|转到|轉到|跳到|重复|重複))"
)
# A step naming another step by its number ("…, else step 2", "…返回步骤2"): the student sees no
# numbers, and a step that refers to another is a jump whatever its verb.
_STEP_NUMBER = re.compile(
    r"\bsteps?\s*\d+|第\s*[一二三四五六七八九十\d]{1,3}\s*步|步[骤驟]\s*\d", re.I
)


# A loop's header ("For $i$ from 1 to $T$", "While not converged", "对每个节点…"): a step that
# holds the steps under it. Its place in an order is fixed, but as a blank it asks for
# pseudo-code, not a step.
_LOOP_HEAD = re.compile(
    r"^(?:for\b.*\b(?:from|to|in|each)\b|for\s+(?:each|all|every)\b|while\b|until\b"
    r"|(?:对|對)(?:每个|每個|所有)|循环|循環)",
    re.I,
)


def loop_header(step: str) -> bool:
    """Whether a step heads a loop ("For $i$ from 1 to $T$", "While…", "对每个…"): never
    blanked."""
    return bool(_LOOP_HEAD.match(step.strip()))


def control_flow(step: str) -> bool:
    """Whether a step is control flow: a jump, a repeat or a branch, or a reference to another
    step by its number."""
    text = step.strip()
    return bool(_JUMP_EN.match(text) or _JUMP_ZH.match(text) or _STEP_NUMBER.search(text))


def chain_steps(draft: Draft) -> tuple[str, ...] | None:
    """Every step of the chain a put-in-order or fill-in-a-step draft shows (the blank's key
    among them); None for a draft of another variety."""
    if draft.variety == "order_steps":
        return tuple(draft.asks)
    if draft.variety == "blank_step":
        return (*draft.asks, *draft.stem_texts[1:])
    return None


def straight_order(draft: Draft, notes: Notes) -> str | None:
    """Put-in-order (and fill-in-a-step) is asked of steps that follow one another once: a
    sequence with a step of control flow ("Go to step 2", "Repeat", "否则…") is a loop, read in
    more than one order, and its jump has no place of its own."""
    steps = chain_steps(draft)
    if steps is None:
        return None
    flow = next((s for s in steps if control_flow(s)), None)
    if flow is not None:
        return f"“{flow}” is control flow: the steps loop or branch, they are no single order"
    return None


# Steps whose place any procedure's shape gives: an opening set-up ("Choose θ and T",
# "Initialise…", "初始化…") first, a loop's header next, the result ("Return θ", "输出…") last.
_OPENING = re.compile(
    r"^(?:choose|initiali[sz]e|init\b|set\s+up|start|begin|given|input|pick|select"
    r"|初始化|选择|選擇|输入|輸入|设定|設定|给定|給定)",
    re.I,
)
_CLOSING = re.compile(
    r"^(?:return|output|stop|terminate|end\b|finish|report|返回|输出|輸出|结束|結束|终止|終止)",
    re.I,
)
#: An ordering of this many steps or fewer is given away when each step's role fixes its place.
MAX_SHAPED_STEPS = 3


def _role(step: str) -> int | None:
    """A step's place by its opening word alone: 0 set-up, 1 loop header, 2 result."""
    text = step.strip()
    if _OPENING.match(text):
        return 0
    if loop_header(text):
        return 1
    if _CLOSING.match(text):
        return 2
    return None


def order_by_shape(draft: Draft, notes: Notes) -> str | None:
    """Put-in-order (and fill-in-a-step) is not asked of a few steps whose order their opening
    words give (Choose… → For… → Return…): any algorithm's shape orders them, the notes are
    not needed."""
    # The blank of such a chain asks the set-up or the result line back verbatim: the
    # shape gives its place, and the notes' wording is all that is left to recall.
    steps = chain_steps(draft)
    if steps is None or not 1 < len(steps) <= MAX_SHAPED_STEPS:
        return None
    roles = [_role(s) for s in steps]
    if None in roles or len(set(roles)) < len(roles):
        return None
    return "each step's opening word gives its place (set-up, loop, result): no knowledge asked"
