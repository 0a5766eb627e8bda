"""The practice page in real headless Chromium: answered as ``key-<seed>-<V>.json`` says it
scores full marks, answered wrongly it scores zero and explains every item, and the wrong
ones can be retried. The papers are drawn from the sample notes, as ``examgen exam`` does."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from export_papers import HOSTILE, hostile_paper
from practice_driver import answer_all, chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from examgen import build
from examgen.config import load_config
from examgen.export.practice import practice_page
from examgen.questions.wording import format_points

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def drawn(tmp_path_factory) -> Path:
    """Seed 7, versions A and B, printed papers and practice pages."""
    root = tmp_path_factory.mktemp("ws")
    shutil.copytree(REPO / "sources", root / "sources")
    config = load_config(root).override(
        exam__seed=7, exam__variants=2, exam__formats=("pdf", "html")
    )
    out = root / "out"
    build.make_exams(config, out_dir=out)
    return out


@pytest.fixture(scope="module")
def driver():
    browser = chromium()
    yield browser
    browser.quit()


def key_of(out: Path, version: str) -> list[dict]:
    return json.loads((out / f"key-7-{version}.json").read_text(encoding="utf-8"))


def total(key: list[dict]) -> str:
    return format_points(sum(entry["points"] for entry in key))


def score_line(driver) -> str:
    return driver.find_element(By.ID, "score").text


@pytest.mark.parametrize("version", ["A", "B"])
def test_answering_as_the_key_says_scores_full_marks(drawn, driver, version):
    key = key_of(drawn, version)
    answer_all(driver, drawn / f"practice-7-{version}.html", key, right=True)
    assert re.search(rf"\b{total(key)} / {total(key)}\b", score_line(driver))
    verdicts = driver.find_elements(By.CSS_SELECTOR, "fieldset.q")
    assert len(verdicts) == len(key)
    assert all("right" in v.get_attribute("class").split() for v in verdicts)
    assert driver.find_element(By.ID, "retry").get_attribute("hidden") is not None


def test_answering_everything_wrongly_scores_zero_and_explains_every_item(drawn, driver):
    key = key_of(drawn, "A")
    answer_all(driver, drawn / "practice-7-A.html", key, right=False)
    assert re.search(rf"\b0 / {total(key)}\b", score_line(driver))
    for n, entry in enumerate(key):
        item = driver.find_element(By.ID, f"q{n}")
        assert "wrong" in item.get_attribute("class").split()
        assert item.find_element(By.CSS_SELECTOR, ".source").text.endswith(entry["source"])
        assert item.find_element(By.CSS_SELECTOR, ".right-answer").text


def test_retry_shows_only_the_wrong_ones_cleared(drawn, driver):
    key = key_of(drawn, "A")
    answer_all(driver, drawn / "practice-7-A.html", key, right=True)
    # Spoil the first question, mark again, then retry.
    first = driver.find_elements(By.CSS_SELECTOR, '#q0 input[name="q0"]')
    next(box for box in first if not box.is_selected()).send_keys(Keys.SPACE)
    driver.find_element(By.ID, "mark").click()
    driver.find_element(By.ID, "retry").click()
    shown = [el for el in driver.find_elements(By.CSS_SELECTOR, "fieldset.q") if el.is_displayed()]
    assert [el.get_attribute("id") for el in shown] == ["q0"]
    assert not any(box.is_selected() for box in first)
    assert driver.switch_to.active_element == first[0]


def test_every_control_has_a_label_and_the_page_loads_nothing(drawn):
    page = (drawn / "practice-7-A.html").read_text(encoding="utf-8")
    controls = re.findall(r"<(input|select)\b", page)
    labelled = re.findall(r"<label[^>]*>[^<]*(?:<[^>]+>[^<]*)*?<(?:input|select)\b", page)
    assert controls and len(labelled) == len(controls)
    assert not re.search(r"\b(src|href)=|url\(|@import|https?://", page)


def test_hostile_note_text_is_shown_as_written_and_breaks_nothing(tmp_path, driver):
    page = tmp_path / "hostile.html"
    page.write_bytes(practice_page(hostile_paper()).data)
    driver.get(page.as_uri())
    legends = driver.find_elements(By.CSS_SELECTOR, "fieldset.q legend")
    assert legends and all(HOSTILE.strip() in legend.text for legend in legends)
    assert not driver.find_elements(By.CSS_SELECTOR, "legend b")
    driver.find_element(By.ID, "mark").click()
    assert "/ 20" in score_line(driver)
    rights = driver.find_elements(By.CSS_SELECTOR, ".right-answer")
    assert any(HOSTILE.strip() in r.text for r in rights)
