"""The word tables the typo check reads, kept in the user's cache between runs."""

from __future__ import annotations

import pytest

from examgen import spelling, spelling_zh, word_tables
from examgen.word_tables import KNOWN_ZIPF, MIN_PART


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "examgen"


def _reference(words: list[str]) -> dict[str, float]:
    """The lookups' entries taken from the whole large table, as the check once read it."""
    starts = {w[:2] for w in words} | {w[0] + w[2] for w in words if len(w) > 2}
    exact = set(words) | {w[i:] for w in words for i in range(MIN_PART, len(w) - MIN_PART + 1)}
    whole = word_tables.zipf_table("large")
    return {w: z for w, z in whole.items() if w in exact or (z >= KNOWN_ZIPF and w[:2] in starts)}


WORDS = ["deamon", "namesapce", "sleeptalking", "outlives", "approximiation", "jupyter", "qx"]


def test_the_large_table_read_by_parts_holds_the_entries_the_whole_table_gives(cache):
    assert word_tables.looked_up_table(WORDS) == _reference(WORDS)


def test_the_large_table_is_read_from_the_cache_the_second_time(cache):
    first = word_tables.looked_up_table(WORDS)
    [kept] = cache.glob("wordfreq-large-parts-*.marshal")
    assert kept.stat().st_size > 0
    assert word_tables.looked_up_table(WORDS) == first


def test_a_damaged_table_in_the_cache_is_made_again(cache):
    word_tables.looked_up_table(WORDS)
    [kept] = cache.glob("wordfreq-large-parts-*.marshal")
    kept.write_bytes(b"\x00not marshal")
    assert word_tables.looked_up_table(WORDS) == _reference(WORDS)


def test_the_reading_table_kept_in_the_cache_is_the_one_parsed_from_the_package(cache):
    parsed = spelling_zh._reading_table()
    assert len(list(cache.glob("pinyin-readings-*.marshal"))) == 1
    kept_table = spelling_zh._reading_table()
    assert kept_table == parsed
    assert parsed[ord("有")].split(",")[0] == "yǒu"


def test_a_damaged_reading_table_in_the_cache_is_parsed_again(cache):
    parsed = spelling_zh._reading_table()
    [kept] = cache.glob("pinyin-readings-*.marshal")
    kept.write_bytes(b"")
    assert spelling_zh._reading_table() == parsed


def test_a_chinese_word_counts_every_text_it_is_written_in_though_they_share_the_phrase():
    # Eight different texts say the same phrase: eight uses of 进程, enough to correct 进成.
    texts = [f"步骤{n}: 进程" for n in "12345678"] + ["新的进成"]
    assert spelling.find_typos(texts).chinese == {"进成": "进程"}
    # Seven are too few: the phrase's repeats are its uses, no more.
    assert spelling.find_typos(texts[1:]).chinese == {}
