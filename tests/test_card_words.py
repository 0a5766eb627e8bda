"""The deck's Latin words in one scan (``examgen.card_words``): the same words and prefixes
as the two scans it replaced."""

from __future__ import annotations

import re

from card_facts import card_fact

from examgen.card_words import FOLDS_TO_LATIN, deck_words, file_words, merged_words
from examgen.questions.vocabulary import latin_vocabulary


def test_every_character_whose_casefold_spells_a_latin_letter_is_read_twice():
    latin = re.compile(r"[A-Za-z]")
    folding = [chr(c) for c in range(128, 0x110000) if latin.search(chr(c).casefold())]
    assert folding
    assert [c for c in folding if FOLDS_TO_LATIN.search(c) is None] == []


def test_a_word_spelled_by_a_folding_character_gets_the_prefixes_of_the_words_vocabulary():
    facts = [
        card_fact("a", "definition", "Straße", text="the ﬁle on the Straße, 5 \u212aelvin"),
        card_fact("b", "list", "Ports", items=[("Root Port", "Wurzel"), "Designated Port"]),
    ]
    assert deck_words(facts)[1] == latin_vocabulary(facts)[1]


def test_a_word_counts_the_different_texts_that_use_it_not_the_facts():
    facts = [
        card_fact("a", "list", "Types", items=[("veth", "container network interfa")]),
        card_fact("b", "definition", "veth", text="container  network interfa"),
        card_fact("c", "definition", "LAN", text="a local network"),
    ]
    counts = deck_words(facts)[0]
    assert (counts["interfa"], counts["network"]) == (1, 2)


def test_the_words_of_two_files_merged_count_a_text_both_files_say_once():
    first = [
        card_fact("a", "definition", "veth", text="a virtual network link"),
        card_fact("b", "definition", "bridge", text="joins two network segments"),
    ]
    second = [
        card_fact("c", "definition", "veth pair", text="a virtual network link", source="b.md"),
        card_fact("d", "definition", "NIC", text="a network card", source="b.md"),
    ]
    merged = merged_words([file_words(first), file_words(second)])
    assert merged == deck_words(first + second)
    assert (merged[0]["network"], merged[0]["virtual"]) == (3, 1)
