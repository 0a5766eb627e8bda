"""Driving the practice page in headless Chromium (Debian's ``chromium`` and
``chromium-driver``): open it, answer each question as the key says or wrongly, mark.

Used by the tests and by ``bench/practice_image.py`` (the README's screenshot)."""

from __future__ import annotations

from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def chromium(width: int = 900, height: int = 1200) -> WebDriver:
    """Headless Chromium with the system driver (no driver download)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}"):  # fmt: skip
        options.add_argument(arg)
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def position(letter: str) -> int:
    return ord(letter) - ord("A")


def _click(driver: WebDriver, n: int, value: str) -> None:
    # With the keyboard, as a student without a mouse would: focus and press space.
    box = driver.find_element(By.CSS_SELECTOR, f'#q{n} input[name="q{n}"][value="{value}"]')
    box.send_keys(Keys.SPACE)


def _select(driver: WebDriver, n: int, i: int, value: int | str) -> None:
    Select(driver.find_element(By.NAME, f"q{n}-{i}")).select_by_value(str(value))


def _type(driver: WebDriver, name: str, text: str) -> None:
    box = driver.find_element(By.NAME, name)
    box.clear()
    box.send_keys(text)


def answer(driver: WebDriver, n: int, entry: dict, *, right: bool) -> None:
    """Answer question ``n`` from its entry in ``key-<seed>-<V>.json``: as the key says, or
    wrongly (a wrong option, the other truth value, a wrong text, a shifted matching)."""
    kind, key, options = entry["type"], entry["answer"], entry["options"]
    if kind == "single_choice":
        wrong = next(i for i in range(len(options)) if i != position(key))
        _click(driver, n, str(position(key) if right else wrong))
    elif kind == "multiple_choice":
        picked = {position(k) for k in key}
        for i in range(len(options)):
            if (i in picked) == right:
                _click(driver, n, str(i))
    elif kind == "true_false":
        _click(driver, n, key if right else {"true": "false", "false": "true"}[key])
    elif kind == "fill_blank":
        _type(driver, f"q{n}", key if right else "no such answer")
    elif kind in ("matching", "ordering"):
        letters = list(key.values()) if kind == "matching" else list(key)
        for i in range(len(letters)):
            chosen = letters[i] if right else letters[(i + 1) % len(letters)]
            _select(driver, n, i, position(chosen))
    elif kind == "short_answer":
        count = len(driver.find_elements(By.CSS_SELECTOR, f'#q{n} input[type="text"]'))
        for i in range(count):
            _type(driver, f"q{n}-{i}", key[i] if right else f"wrong {i}")


def answer_all(driver: WebDriver, page: Path, key: list[dict], *, right: bool) -> None:
    """Open ``page``, answer every question, press the mark button."""
    driver.get(page.resolve().as_uri())
    for n, entry in enumerate(key):
        answer(driver, n, entry, right=right)
    driver.find_element(By.ID, "mark").click()
