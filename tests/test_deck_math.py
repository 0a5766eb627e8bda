"""Math on cards (README "Math"): MathJax delimiters Anki renders itself, read off cards the
real Anki backend renders, and formulas the card text helpers never cut or hide."""

from __future__ import annotations

import html
import re
from pathlib import Path

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package

from examgen.cardtext import Hider, clean, mask, text_html
from examgen.config import DeckConfig
from examgen.deck import build_deck, note_guid
from examgen.model import Fact, Item, StoredFact

SECTION = ("Statistics", "Estimators")
T0 = 1_700_000_000


def deck(tmp_path: Path, col: Collection, *facts: Fact) -> None:
    stored = [StoredFact(f, T0, T0, T0) for f in facts]
    output = tmp_path / "math.apkg"
    build_deck(stored, config=DeckConfig(reverse="always"), title="Stats", output=output)
    assert not import_package(col, output).conflicting


def cards(col: Collection, fact_id: str, kind: str):
    (nid,) = col.db.list("select id from notes where guid = ?", note_guid(fact_id, kind))
    return sorted(col.get_note(nid).cards(), key=lambda c: c.ord)


def visible(rendered: str) -> str:
    """The card as the browser gets it, without its style sheet."""
    return re.sub(r"(?s)<style>.*?</style>", "", rendered)


def cloze_shown(rendered: str) -> str:
    """What the revealed deletion of a rendered cloze answer holds."""
    start = rendered.index('<span class="cloze"')
    return rendered[rendered.index(">", start) + 1 : rendered.index("</span>", start)]


def test_inline_math_reaches_anki_as_mathjax_without_visible_entities(tmp_path, col):
    fact = Fact(
        id="var",
        kind="definition",
        subject="Variance",
        text=r"$\sigma^2 = E[(X-\mu)^2]$ where $x^2 < y$ and {braces} stay text",
        section=SECTION,
    )
    deck(tmp_path, col, fact)
    forward = cards(col, "var", "definition")[0]
    answer = visible(forward.answer())
    assert r"\(\sigma^2 = E[(X-\mu)^2]\)" in answer
    assert r"\(x^2 &lt; y\)" in answer  # the browser gives MathJax "<"
    assert "$" not in answer
    formulas = re.findall(r"\\\((.*?)\\\)", answer)
    assert len(formulas) == 2
    for formula in formulas:
        assert "&" not in html.unescape(formula), formula  # nothing shows as an entity
    # Text outside math is still shown literally: its braces cannot reach Anki's parser.
    assert "&#123;braces&#125;" in forward.note()["Back"]


def test_a_fraction_in_a_cloze_deletion_survives_ankis_cloze_parsing(tmp_path, col):
    fact = Fact(
        id="frac",
        kind="list",
        subject="Ratio types",
        items=(Item(r"$\frac{a}{b}$"), Item(r"$\frac{1}{x^{2}}$"), Item("odds")),
        section=SECTION,
    )
    deck(tmp_path, col, fact)
    first, second, third = cards(col, "frac", "list-cloze")
    assert cloze_shown(first.answer()) == r"\(\frac{a}{b}\)"
    # "}}" would end the deletion early: a space TeX ignores keeps the formula whole.
    assert cloze_shown(second.answer()) == r"\(\frac{1}{x^{2} }\)"
    for card, tex in ((first, r"\frac{a}{b}"), (second, r"\frac{1}{x^{2} }")):
        assert tex not in card.question()  # asked: hidden behind [...]
        assert tex in third.question()  # another card: shown whole
    assert "}}" not in visible(third.question())


def test_an_answer_is_never_hidden_inside_a_formula(tmp_path, col):
    gloss = r"$\operatorname{mean}((x-\bar{x})^2)$"
    fact = Fact(
        id="moments",
        kind="list",
        subject="Moment types",
        items=(Item("mean"), Item("variance", gloss)),
        section=SECTION,
    )
    deck(tmp_path, col, fact)
    asks_mean = next(
        c for c in cards(col, "moments", "list-cloze") if "mean" in cloze_shown(c.answer())
    )
    assert r"\(\operatorname{mean}((x-\bar{x})^2)\)" in asks_mean.question()


def test_markup_cleaning_leaves_formulas_as_written():
    assert clean(r"$\theta^{**}$ is the **best** one") == r"$\theta^{**}$ is the best one"
    assert clean(r"`code` and $a_{i}^{*} = b^{*}$") == r"code and $a_{i}^{*} = b^{*}$"


def test_a_term_inside_a_formula_is_not_blanked_on_the_reverse_card():
    text = r"the mean, written $\text{mean}(x)$"
    assert mask(text, "mean", "___") == r"the ___, written $\text{mean}(x)$"


def test_a_formula_equal_to_an_answer_is_hidden_whole():
    hider = Hider({1: r"$O(n)$"})
    html = hider.html(r"sorting in $O(n)$ time")
    assert html == r"sorting in {{c1::\(O(n)\)}} time"
    assert text_html("$5 and $6") == "$5 and $6"  # prices stay prices


def test_math_in_a_heading_reaches_the_breadcrumb_as_mathjax(tmp_path, col):
    fact = Fact(
        id="km",
        kind="definition",
        subject="centroid",
        text="the mean of a cluster's points",
        section=("Statistics", "$k$-means"),
    )
    deck(tmp_path, col, fact)
    (forward, _reverse) = cards(col, "km", "definition")
    assert r"\(k\)-means" in forward.note()["Context"]
    assert r"\(k\)-means" in visible(forward.question())
