"""``make docs-images``: the README's pictures, made from the sample notes.

* ``docs/exam-page.png``: page 1 of the practice exam ``examgen exam --seed 2024`` draws
  from ``sources/`` (``pdftoppm -r 70``).
* ``docs/card.png``: one Anki card as Anki shows it. The deck ``examgen deck`` writes is
  imported into a fresh collection with Anki's own backend, and the answer side of the list
  card of ``命名空间六种隔离`` is rendered by Anki (its templates, its note type CSS), then
  laid out by WeasyPrint in a page as wide as a phone-sized reviewer window (the picture is
  cut below the card).

Everything is built in a temporary workspace (a copy of ``sources/``), never in the repo's
``build/``. The same notes give the same pictures: the exam seed is fixed, and the card does
not depend on the build time.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
SEED = 2024
#: The fact whose card is shown, and which of its notes (see examgen.deck.CARD_KINDS).
CARD_SUBJECT = "命名空间六种隔离"
CARD_KIND = "list"
#: The reviewer window the card is laid out in (CSS px) and the picture's resolution.
CARD_WIDTH_PX = 520
CARD_MAX_HEIGHT_PX = 2000
CARD_DPI = 110
EXAM_DPI = 70


def examgen(workspace: Path, *args: str) -> None:
    """Run the examgen CLI on ``workspace``, the way a user would."""
    run = subprocess.run(
        [sys.executable, "-m", "examgen", "-C", str(workspace), *args],
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        sys.stderr.write(run.stdout + run.stderr)
        raise SystemExit(f"examgen {' '.join(args)} failed (exit {run.returncode})")


def pdf_page_to_png(pdf: Path, png: Path, dpi: int) -> None:
    """Page 1 of ``pdf`` as ``png`` (pdftoppm from poppler-utils)."""
    stem = png.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf), stem],
        check=True,
    )


# --------------------------------------------------------------------------- exam page
def exam_page(workspace: Path, target: Path) -> None:
    out = workspace / "exam"
    examgen(workspace, "exam", "--seed", str(SEED), "-o", str(out))
    pdf_page_to_png(out / f"exam-{SEED}-A.pdf", target, EXAM_DPI)


# --------------------------------------------------------------------------- card
def card_html(workspace: Path) -> str:
    """The answer side of the chosen card, rendered by Anki, as a standalone HTML page."""
    # anki.collection must be imported before anki.cards (an import cycle inside anki).
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    from examgen.deck import note_guid
    from examgen.notes import parse_paths

    facts = parse_paths([workspace / "sources"], root=workspace).facts
    (fact,) = [f for f in facts if f.subject == CARD_SUBJECT and f.kind == CARD_KIND]
    apkg = workspace / "deck.apkg"
    examgen(workspace, "deck", "-o", str(apkg))

    col = Collection(str(workspace / "collection.anki2"))
    try:
        col.import_anki_package(
            ImportAnkiPackageRequest(
                package_path=str(apkg),
                options=ImportAnkiPackageOptions(with_scheduling=False, merge_notetypes=False),
            )
        )
        (note_id,) = col.db.list(
            "select id from notes where guid = ?", note_guid(fact.id, CARD_KIND)
        )
        card = col.get_note(note_id).cards()[0]
        answer = card.render_output().answer_text
        css = card.note_type()["css"]
    finally:
        col.close()

    # Anki's reviewer: <body class="card card1"> around a #qa div, in a page as wide as a
    # phone-sized window and taller than any card (render_card cuts it to the card).
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{html.escape(CARD_SUBJECT)}</title>
<style>{css}</style>
<style>
  @page {{ size: {CARD_WIDTH_PX}px {CARD_MAX_HEIGHT_PX}px; margin: 0; }}
  html {{ background: #ffffff; }}
  body.card {{ margin: 0; padding: 18px 20px; }}
</style></head>
<body class="card card1"><div id="qa">{answer}</div></body></html>
"""


def render_card(page: str, workdir: Path, target: Path) -> None:
    """Lay the card out on a tall page, take a picture, and cut the page below the card."""
    from PIL import Image, ImageChops
    from weasyprint import HTML

    pdf = workdir / "card.pdf"
    HTML(string=page, base_url=str(workdir)).write_pdf(pdf)
    pdf_page_to_png(pdf, target, CARD_DPI)
    with Image.open(target) as picture:
        picture = picture.convert("RGB")
        white = Image.new("RGB", picture.size, (255, 255, 255))
        bbox = ImageChops.difference(picture, white).getbbox()
        if bbox is None:
            raise SystemExit("the card rendered as an empty page")
        margin = round(18 * CARD_DPI / 96)  # the body's padding, in pixels of the picture
        bottom = min(picture.height, bbox[3] + margin)
        picture.crop((0, 0, picture.width, bottom)).save(target, optimize=True)


# --------------------------------------------------------------------------- main
def main() -> None:
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="examgen-docs-") as tmp:
        workspace = Path(tmp) / "workspace"
        workspace.mkdir()
        shutil.copytree(REPO / "sources", workspace / "sources")
        exam_page(workspace, DOCS / "exam-page.png")
        render_card(card_html(workspace), Path(tmp), DOCS / "card.png")
    for name in ("exam-page.png", "card.png"):
        print(f"wrote {(DOCS / name).relative_to(REPO)}")


if __name__ == "__main__":
    main()
