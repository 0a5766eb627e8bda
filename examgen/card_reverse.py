"""The reverse card of a definition ("Which term is this?"): which definitions get one, and
what its front shows. :mod:`examgen.cards` decides the rest of a definition's note."""

from __future__ import annotations

import re

from examgen.card_forms import other_forms
from examgen.card_giveaways import paired_names, term_forms
from examgen.card_html import hide
from examgen.card_phrases import Phrases
from examgen.card_survey import Survey, gloss_key
from examgen.cardtext import clean, display_width, lines_html, text_html
from examgen.model import Fact

#: A definition's text narrower than this (8 Chinese characters, two or three words) is too
#: generic to tell its term apart: it gets no reverse card.
MIN_REVERSE_COLUMNS = 16


def distinctive(text: str | None, plan: Survey) -> bool:
    """Whether a definition's text can tell its term apart on a reverse card: at least
    :data:`MIN_REVERSE_COLUMNS` wide, said by no other fact of the deck ("通信和负载均衡"
    could be several of node's processes), and no benefit or property of the term
    (:func:`is_property`)."""
    return (
        display_width(clean(text)) >= MIN_REVERSE_COLUMNS
        and gloss_key(text) not in plan.shared
        and not is_property(clean(text))
        and not is_procedure(clean(text))
        and not is_a_story(clean(text))
    )


# "当 Docker 启动时,会自动创建一个 docker0 网桥…", "When the switch boots, it …": a text that
# opens on an occasion and tells what happens then.
_OCCASION = re.compile(r"^(?:当|當|每当|每當)[^，,。；;]{1,40}?时|^(?:when|whenever|once)\b", re.I)


def is_a_story(text: str) -> bool:
    """Whether a definition's text tells what happens on an occasion (:data:`_OCCASION`):
    a mechanism story, which names several things of its own (docker0, bridge) that fit it as
    well as the term, and often the term's own words; it tells no term apart."""
    return _OCCASION.match(text.strip()) is not None


# A step: a verb of doing to something ("删除旧RS", "创建新RS", "stop the old pods").
_STEP = re.compile(
    r"^(?:删除|刪除|创建|創建|新建|启动|啟動|停止|更新|替换|替換|添加|移除|建立|关闭|關閉|复制"
    r"|複製|生成|销毁|銷毀|部署|重启|重啟|终止|終止|扩容|擴容|缩容|縮容"
    r"|(?:delete|remove|create|start|stop|add|replace|kill|restart|deploy|update|terminate)\b)",
    re.IGNORECASE,
)


def is_procedure(text: str) -> bool:
    """Whether a definition's text is only steps, each a verb and its object ("删除旧RS,
    创建新RS" for 灰度发布): how something is done, which another process of the notes may do
    the same way (滚动升级 also deletes old pods and creates new ones), so it tells no term
    apart on a reverse card."""
    steps = [part.strip() for part in re.split(r"[,，;；、]", text) if part.strip()]
    return len(steps) >= 2 and all(_STEP.match(step) for step in steps)


# A text opening on what the term is good for or on a trait ("有利于快速交付和排查",
# "associated with scene changes in dreams", "continues to process BPDUs"), not on what it is
# or does: many terms fit it (any monitoring helps delivery; Learning ports process BPDUs too).
_PROPERTY = re.compile(
    r"^(?:有利于|有助于|利于|便于|益于|能够|可以|可用于|适合|适用于"
    r"|(?:(?:particularly|especially|very|also|often|mostly|usually|generally)\s+)?"
    r"(?:important|useful|helpful|beneficial|associated|related|linked|good|better|"
    r"continues|still)\b)",
    re.IGNORECASE,
)


def is_property(text: str) -> bool:
    """Whether a definition's text is a benefit or a trait of its term rather than what the
    term is: it names no one term, so it is no reverse card's prompt."""
    return bool(_PROPERTY.match(text.strip()))


def leaves_a_clue(text: str, subject: str) -> bool:
    """Whether a definition's text (as its card shows it) is still :data:`MIN_REVERSE_COLUMNS`
    wide once its reverse card hides the term in it: "间隙锁对范围加锁" leaves "对范围加锁",
    which 临键锁, locking a record and its gap, does too; a second answer fits it."""
    return display_width(hide(text, term_forms(subject), "").strip()) >= MIN_REVERSE_COLUMNS


# A name written beside the term in brackets: "正規化(Normalization)" or "原子性（Atomicity）"
# before it, "Normalization (正規化)" after it. Up to 24 characters, no sentence mark inside.
_NAME = r"[^\s()（）,，。;；:：、]{1,24}"


def bracket_partners(text: str, forms: tuple[str, ...]) -> set[str]:
    """Names the text pairs with a form of the term in brackets ("正規化" of
    "正規化(Normalization)主要是…"): a reverse card that blanks the term leaves its other
    name standing beside the blank ("正規化(＿＿)"), which says the answer."""
    found: set[str] = set()
    if "(" not in text and "（" not in text:  # no bracket: no pattern to build (a compile each)
        return found
    for form in forms:
        if form not in text:  # each pattern holds the form as written
            continue
        term = re.escape(form)
        before = re.finditer(rf"({_NAME})\s?[(（]{term}[)）]", text)
        after = re.finditer(rf"{term}\s?[(（]({_NAME})[)）]", text)
        found.update(m.group(1) for m in (*before, *after))
    return found - set(forms)


def reverse_html(fact: Fact, text: str, subject: str, words: Phrases, context: str) -> str:
    """The reverse card's field: the prompt, the text with every form of the term blanked,
    and the breadcrumb (``context``, ready HTML), the term blanked in it too where a heading
    names it. The reverse card's front shows only this field."""
    forms = term_forms(subject)
    paired = paired_names(subject, fact.section)
    # "parasomnias" in a heading over Parasomnia: the term in another form, hidden too.
    others = [o for f in forms for shown in (text, *fact.section) for o in other_forms(f, shown)]
    partners = bracket_partners(text, forms)
    if paired or others or partners:  # "第一正規化, First Normal Form" in a heading: that too
        forms = tuple(sorted({*forms, *paired, *others, *partners}, key=lambda f: (-len(f), f)))
    where = context
    if any(hide(h, forms, words.blank) != h for h in fact.section):
        where = " › ".join(text_html(hide(h, forms, words.blank)) for h in fact.section)
    return (
        f'<div class="eg-prompt">{words.which_term}</div>'
        f'<div class="eg-text">{lines_html(hide(text, forms, words.blank))}</div>'
        + (f'<div class="eg-context">{where}</div>' if where else "")
    )
