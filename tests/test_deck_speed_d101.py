"""What the deck no longer does for every note or list (d101). The notes and cards are the
same (``test_deck_golden.py``); these say the work left out, and that the answer is still
the one it was."""

from __future__ import annotations

import functools

from examgen.cards import fact_notes, survey
from examgen.model import Fact, Item


class _Unused:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, *args, **kwargs):
        raise AssertionError(f"used {self.name} where it was not needed")


def _members_of(subject: str, *members: str) -> Fact:
    return Fact(
        id="docker",
        kind="list",
        subject=subject,
        items=tuple(Item(m) for m in members or ("Image", "Container", "Registry")),
        section=("Net", "Chapter"),
        source="sources/net.md",
        line=3,
        lang="en",
    )


def _notes(fact: Fact):
    return fact_notes(
        fact, survey([fact]), reverse=False, images="", context="Net", source="sources/net.md:3"
    )


def test_a_lists_asking_is_kept_for_its_cards_without_a_function_wrapper_per_list(monkeypatch):
    monkeypatch.setattr(functools, "update_wrapper", _Unused("a wrapper's copied attributes"))
    made = _notes(_members_of("Docker components"))
    monkeypatch.undo()
    assert [note.kind for note in made.notes] == ["list", "list-cloze"]
    assert "{{c3::Registry}}" in made.notes[1].fields[0]
    assert made == _notes(_members_of("Docker components"))


class _NoMatch:
    """A pattern that must not be tried."""

    def match(self, text):
        raise AssertionError(f"tried the facet pattern on {text!r}")


def test_a_member_is_judged_no_facet_by_its_first_character_before_any_pattern(monkeypatch):
    from examgen import card_budget

    facet = card_budget._FACET
    members = ["Image", "数据恢复", "**Registry**", "", "从", "按"]
    expected = [bool(facet.match(card_budget.clean(m))) for m in members]
    monkeypatch.setattr(card_budget, "_FACET", _NoMatch())
    assert not any(card_budget.is_facet(m) for m in members[:4])
    monkeypatch.undo()
    assert [card_budget.is_facet(m) for m in members] == expected
    # Each way a facet opens is still one.
    for text in ("从数据结构角度", "按模式", "按照用途分类", "根据锁粒度", "依据范围划分"):
        assert card_budget.is_facet(text) and facet.match(text)
    assert not card_budget.is_facet("从数据结构看")


class _Unfoldable(str):
    """A member's text whose own casefold must not be called."""

    def casefold(self):
        raise AssertionError(f"casefolded {str(self)!r} on its own")


def _long_headers(items, subject, head):
    """group_headers as it was: each member casefolded and compared on its own."""
    from examgen.card_budget import clean, display_width

    texts = [clean(item.text) for item in items]
    key = head.casefold().strip()
    if len(key) < 2 or key == subject.casefold().strip():
        return [False] * len(texts)
    named = [
        t.casefold() != key and t.casefold().endswith(key) and display_width(t) <= 30 for t in texts
    ]
    return [2 * sum(named) < len(texts) and flag for flag in named]


def test_a_lists_members_are_casefolded_together_when_none_holds_its_head(monkeypatch):
    from examgen import card_budget

    items = [Item("第一正規化"), Item("第二正規化"), Item("BCNF")]
    monkeypatch.setattr(card_budget, "clean", lambda text: _Unfoldable(text or ""))
    assert card_budget.group_headers(items, "Normalization類型", "類型") == [False] * 3
    monkeypatch.undo()
    cases = [
        (items, "Normalization類型", "類型"),
        ([Item("低階Normalization"), *items, Item("高階NORMALIZATION")], "N類型", "Normalization"),
        ([Item("Straße"), Item("Gasse"), Item("Weg")], "Straßen", "STRASSE"),
        ([Item("x"), Item("y")], "Types", "Types"),
    ]
    for members, subject, head in cases:
        assert card_budget.group_headers(members, subject, head) == _long_headers(
            members, subject, head
        )
    assert card_budget.group_headers(cases[1][0], "N類型", "Normalization")[0]


class _Untried:
    """A pattern (or a module of them) that must not be tried on a text."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __getattr__(self, method):
        def tried(*args, **kwargs):
            raise AssertionError(f"tried {self.name}.{method} on {args!r}")

        return tried


def test_a_definitions_text_without_a_semicolon_is_not_split_into_trait_lines(monkeypatch):
    from examgen import card_rewrites

    texts = ["A backup for a DP", "用于文本搜索", "Becomes DP immediately"]
    monkeypatch.setattr(card_rewrites, "_TRAIT_SEPARATOR", _Untried("the trait separator"))
    monkeypatch.setattr(card_rewrites, "re", _Untried("re"))
    assert [card_rewrites.trait_lines(t) for t in texts] == texts
    monkeypatch.undo()
    # With semicolons, the traits are still lines; a text opening with no verb is kept.
    assert card_rewrites.trait_lines("Becomes DP immediately; Sends BPDUs") == (
        "Becomes DP immediately；Sends BPDUs"
    )
    assert card_rewrites.trait_lines("A backup; a spare") == "A backup; a spare"


def test_a_definitions_text_without_a_semicolon_is_not_searched_for_a_glued_definition(
    monkeypatch,
):
    from examgen import card_rewrites

    defined = {"全文索引": "用于文本搜索"}
    monkeypatch.setattr(card_rewrites, "_GLUED", _Untried("the glued-definition pattern"))
    text = "使用其前n位作为索引，全文索引：用于文本搜索"
    assert card_rewrites.without_glued(text, defined, "前缀索引") == text
    monkeypatch.undo()
    glued = "使用其前n位作为索引；全文索引：用于文本搜索"
    assert card_rewrites.without_glued(glued, defined, "前缀索引") == "使用其前n位作为索引"
    assert card_rewrites.without_glued(glued, defined, "全文索引") == glued


def test_a_definitions_text_is_told_no_fragment_by_its_last_character_before_a_search(
    monkeypatch,
):
    from examgen import card_definitions

    fragment_end = card_definitions._FRAGMENT_END
    whole = ["the root port", "a LAN segment，", "影响是永久。", "IS", "", "；"]
    monkeypatch.setattr(card_definitions, "_FRAGMENT_END", _Untried("the fragment pattern"))
    assert not any(card_definitions.is_fragment(t) for t in whole)
    monkeypatch.undo()
    texts = [
        *whole,
        "a LAN segment is",
        "a LAN segment is ：",
        "a LAN segment is ;;",
        "由…组成的是",
        "影响是永久的",
        "永久的 ，",
        "bridges and",
        "Chris",
        "event A",
    ]
    for text in texts:
        assert card_definitions.is_fragment(text) == (
            fragment_end.search(text.strip()) is not None
        ), text
    assert card_definitions.is_fragment("a LAN segment is ：")
    assert not card_definitions.is_fragment("影响是永久的")


def test_a_definitions_subject_is_told_no_quantity_by_its_ends_before_a_search(monkeypatch):
    from examgen import card_definitions

    patterns = card_definitions._EN_QUANTITY, card_definitions._ZH_QUANTITY
    plain = ["Forward Delay", "命中次数", "Root port (RP)", ""]
    monkeypatch.setattr(card_definitions, "_EN_QUANTITY", _Untried("the English quantity"))
    monkeypatch.setattr(card_definitions, "_ZH_QUANTITY", _Untried("the Chinese quantity"))
    assert not any(card_definitions.names_a_quantity(s, "about 4:1, ~5%") for s in plain)
    monkeypatch.undo()
    subjects = [
        *plain,
        "NREM:REM Ratio",
        "Error RATE",
        "Error rate (ER)",
        "命中比例",
        "患病率（成人）",
        "Prevalence of insomnia",
        "İncidence of x",
        "incidental",
        "Rate limiter",
        "Moderate",
    ]
    for subject in subjects:
        bare = card_definitions._BRACKETED.sub(" ", subject).strip()
        named = patterns[0].search(bare) or patterns[1].search(bare)
        for text in ("about 4:1", "About 10% of adults", "none"):
            long_way = bool(named and card_definitions._NUMBER_GIVEN.search(text))
            assert card_definitions.names_a_quantity(subject, text) == long_way, subject
    assert card_definitions.names_a_quantity("命中比例", "约 5%")


def test_a_definitions_text_without_a_closing_bracket_is_not_searched_for_a_name(monkeypatch):
    from examgen import card_definitions

    named_at_end = card_definitions._NAMED_AT_END
    plain = ["分解后不丢失资讯", "A protocol that stops loops.", "（Lossless Decomposition"]
    monkeypatch.setattr(card_definitions, "_NAMED_AT_END", _Untried("the bracketed name"))
    assert not any(card_definitions.names_another("Normalization", t) for t in plain)
    monkeypatch.undo()
    texts = [
        *plain,
        "原来未分解时的资讯（Lossless Decomposition）",
        "not lost (Lossless Decomposition). ",
        "a view (Normal Form)",
        "a view (NF)",
    ]
    for text in texts:
        found = named_at_end.search(text)
        long_way = bool(found) and found["name"].casefold() not in "normal form"
        assert card_definitions.names_another("Normal Form", text) == long_way, text
    assert card_definitions.names_another("Normalization", texts[3])


def test_a_definition_in_no_list_reads_no_lead_in_of_an_owner_list(monkeypatch):
    from examgen import prompts
    from examgen.card_phrases import phrases

    for lang in ("en", "zh", "zh-Hant"):
        words = phrases(lang)
        monkeypatch.setattr(prompts, "_ZH_PARTS_VERB", _Untried("the Chinese lead-in"))
        monkeypatch.setattr(prompts, "_EN_PARTS_VERB", _Untried("the English lead-in"))
        monkeypatch.setattr(prompts, "simplified_view", _Unused("a simplified view"))
        assert prompts.owner_title("", lang, words) == ""
        monkeypatch.undo()
    # A list's lead-in still names the relation its member's card says.
    assert prompts.owner_title("Bridge contains", "en", phrases("en")) != "Bridge contains"
    assert prompts.owner_title("Bridge", "en", phrases("en")) == "Bridge"
