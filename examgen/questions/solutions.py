"""Solutions: a fact whose term is a generic solution label is asked only with its problem.

"解决方法:添加ACK nonces…" under the bullet "TCP拥堵控制" is the notes' answer to the line
above it (a peer that does not obey the protocol), not to congestion control: printed as
"“TCP拥堵控制 解决方法”指的是：添加ACK nonces…", a student who knows TCP may fairly call it
false. A term that is a bare label of that kind (解决方法, 对抗方式, solution, fix, approach,
method, …), alone or glued to the item or heading it stands under by the notes reader, says
what it answers only when that item or heading names a problem ("SYN洪泛攻击 对抗方式",
"Routing loop fix"); otherwise it is not asked (rule ``problem_named``).
"""

from __future__ import annotations

from examgen.model import Fact
from examgen.questions.form import Draft
from examgen.questions.index import Notes
from examgen.questions.text import clean, normalize

#: Chinese labels that name an answer to something said elsewhere.
_LABELS_ZH = (
    "解决方法", "解决办法", "解决方案", "解决方式", "解決方法", "解決辦法", "解決方案",
    "对抗方式", "对抗方法", "對抗方式", "對抗方法", "应对方法", "应对措施", "应对方式",
    "應對方法", "應對措施", "对策", "對策", "处理方法", "處理方法", "防范措施", "防御方法",
    "補救措施", "补救措施",
)  # fmt: skip
#: English ones (the last word of the term).
_LABELS_EN = frozenset(
    ("solution", "solutions", "fix", "fixes", "approach", "approaches", "method", "methods",
     "workaround", "workarounds", "remedy", "remedies", "countermeasure", "countermeasures")
)  # fmt: skip
#: Words that name a problem: an owner holding one says what the solution answers.
_PROBLEMS = (
    "问题", "問題", "攻击", "攻擊", "漏洞", "缺陷", "风险", "風險", "威胁", "威脅", "故障",
    "错误", "錯誤", "冲突", "衝突", "瓶颈", "瓶頸", "隐患", "隱患", "problem", "issue", "attack",
    "threat", "risk", "vulnerabilit", "failure", "fault", "error", "bug", "conflict",
    "bottleneck", "loop",
)  # fmt: skip


def _owner(subject: str) -> str | None:
    """The words of ``subject`` before its generic solution label ('' for the bare label), or
    None when it ends in none."""
    for label in _LABELS_ZH:
        if subject.endswith(label):
            return subject[: -len(label)].rstrip(" 的之")
    words = subject.split()
    if words and words[-1].casefold() in _LABELS_EN:
        return " ".join(words[:-1]).rstrip(" -–—:")
    return None


def _problem(text: str) -> bool:
    """Whether ``text`` names a problem ("SYN洪泛攻击", "Routing loop")."""
    lowered = text.casefold()
    return any(word in lowered for word in _PROBLEMS)


def unanswered(fact: Fact, printed: str) -> str | None:
    """Why ``fact`` (a definition or list) cannot be asked in the stem ``printed``, or None:
    its term is a generic solution label, bare or glued to the item or heading it stands
    under, and ``printed`` names no problem it answers (of the term, the item or the
    heading)."""
    if fact.kind not in ("definition", "list"):
        return None
    subject = clean(fact.subject)
    owner = _owner(subject)
    if owner is None:
        return None
    above = [clean(fact.parent or "")] + ([clean(fact.section[-1])] if fact.section else [])
    key = normalize(owner)
    if key and not any(key in normalize(a) for a in above):
        return None  # "Approximate iterative solution": a name of its own, not a label
    shown = normalize(printed)
    if any(_problem(t) and normalize(t) in shown for t in (owner, *above) if normalize(t)):
        return None
    return f"“{subject}” is a generic solution label: the stem names no problem it answers"


def problem_named(draft: Draft, notes: Notes) -> str | None:
    """A definition or list whose term is a generic solution label ("TCP拥堵控制 解决方法",
    "对抗方式") is asked only where its stem names the problem it answers ("SYN洪泛攻击")."""
    printed = " ".join((draft.question.prompt, *draft.question.stems))
    for fact_id in draft.question.facts:
        fact = notes.by_id.get(fact_id)
        reason = unanswered(fact, printed) if fact is not None else None
        if reason:
            return reason
    return None
