"""``make docs-images`` (second part): ``docs/practice-page.png``, the practice page after
marking, as headless Chromium shows it.

The sample notes are drawn with ``examgen exam --seed 2024 --format pdf,html`` in a temporary
workspace; the page is answered from the key JSON, every third question wrongly, marked, and
photographed from the top (the title, a right item, a wrong one with its
right answer and source, and the score bar). Needs the test extras (selenium) and Debian's
``chromium`` and ``chromium-driver``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from practice_driver import answer, chromium  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

SEED = 2024
OUT = REPO / "docs" / "practice-page.png"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp)
        shutil.copytree(REPO / "sources", ws / "sources")
        subprocess.run(
            [sys.executable, "-m", "examgen", "-C", str(ws), "exam", "--seed", str(SEED),
             "--format", "pdf,html", "-o", str(ws / "out")],
            check=True, capture_output=True,
        )  # fmt: skip
        key = json.loads((ws / f"out/key-{SEED}-A.json").read_text(encoding="utf-8"))
        driver = chromium(width=820, height=1000)
        try:
            driver.get((ws / f"out/practice-{SEED}-A.html").as_uri())
            for n, entry in enumerate(key):
                answer(driver, n, entry, right=n % 3 != 1)
            driver.find_element(By.ID, "mark").click()
            driver.execute_script("window.scrollTo(0, 0);")
            driver.save_screenshot(str(OUT))
        finally:
            driver.quit()
    print(OUT.relative_to(REPO))


if __name__ == "__main__":
    main()
