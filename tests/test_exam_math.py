"""Math on papers and keys, end to end: notes with ``$…$`` and ``$$…$$`` through
``examgen exam`` to PDFs (read back with poppler), ``examgen check``'s warnings, the math
cache in the build folder, and the exports that carry math for MathJax."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from click.testing import CliRunner

from examgen import exam_context
from examgen.cli import cli

# Every formula here is one ziamath draws; each definition's whole text is a formula.
DRAWN = """\
# Regression notes

## Linear models

**Linear model**: $y = X\\beta + \\epsilon$

**Noise model**: $\\epsilon \\sim N(0, \\sigma^2)$

**Sample mean**: $\\bar{x} = \\frac{1}{n}\\sum_{i=1}^{n} x_i$

**Sigmoid**: $\\sigma(z) = \\frac{1}{1 + e^{-z}}$

**Bayes rule**: $P(A \\mid B) = \\frac{P(B \\mid A) P(A)}{P(B)}$

**Variance**: $\\operatorname{Var}(X) = E[X^2] - E[X]^2$

**Least squares**: the estimate $$\\hat{\\beta} = \\arg\\min_b \\sum_i (y_i - x_i b)^2$$
"""

# Macros defined in some LaTeX preamble that examgen never sees, in four of the seven facts
# (so that whichever questions are drawn, one prints them): line 5, and every fraction.
UNDRAWN = DRAWN.replace("X\\beta + \\epsilon", "\\mylinear(X)").replace("\\frac", "\\myfrac")

# Single-choice questions only, one per fact at most: both forms of a definition question.
CONFIG = """\
[exam]
seed = 5
formats = ["pdf", "moodle", "qti"]
[exam.blueprint.single_choice]
count = 8
"""
CONFIG += "".join(
    f"[exam.blueprint.{kind}]\ncount = 0\n"
    for kind in (
        "multiple_choice",
        "true_false",
        "fill_blank",
        "matching",
        "ordering",
        "short_answer",
    )
)


def workspace(root: Path, notes: str) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "regression.md").write_text(notes, encoding="utf-8")
    (root / "examgen.toml").write_text(CONFIG, encoding="utf-8")
    return root


def run(root: Path, *args: str):
    return CliRunner().invoke(cli, ["-C", str(root), *args], catch_exceptions=False)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_fonts(path: Path) -> str:
    return subprocess.run(
        ["pdffonts", str(path)], check=True, capture_output=True, text=True
    ).stdout


def test_a_paper_and_its_key_print_no_tex_source_for_formulas_that_are_drawn(
    tmp_path: Path,
) -> None:
    root = workspace(tmp_path / "ws", DRAWN)
    result = run(root, "exam", "--html")
    assert result.exit_code == 0, result.output
    for name in ("exam-5-A", "key-5-A"):
        text = pdf_text(root / "build" / f"{name}.pdf")
        assert "Regression notes" in text
        assert "$" not in text and "\\" not in text, text
        page = (root / "build" / f"{name}.html").read_text(encoding="utf-8")
        assert '<img class="math"' in page and "math-source" not in page


def test_a_formula_that_cannot_be_drawn_is_printed_as_its_source_in_a_code_face(
    tmp_path: Path,
) -> None:
    root = workspace(tmp_path / "ws", UNDRAWN)
    result = run(root, "exam", "--html")
    assert result.exit_code == 0, result.output
    key = root / "build" / "key-5-A.pdf"
    text = pdf_text(key)
    assert "\\mylinear(X)" in text or "\\myfrac{" in text
    assert "DejaVu-Sans-Mono" in pdf_fonts(key)
    page = (root / "build" / "key-5-A.html").read_text(encoding="utf-8")
    assert '<code class="math-source"' in page


def test_check_warns_with_file_and_line_for_each_formula_that_cannot_be_drawn(
    tmp_path: Path,
) -> None:
    root = workspace(tmp_path / "ws", UNDRAWN)
    result = run(root, "check")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if ": warning: formula" in line]
    assert warnings[0] == (
        "sources/regression.md:5: warning: formula y = \\mylinear(X) is printed "
        "as source on papers: unsupported macro \\mylinear"
    )
    assert [w.split(":")[1] for w in warnings] == ["5", "9", "11", "13"]
    assert all(w.endswith("unsupported macro \\myfrac") for w in warnings[1:])
    assert run(root, "check", "--strict").exit_code == 1


def test_a_definition_that_is_a_formula_is_asked_both_ways_with_formulas_as_options(
    tmp_path: Path,
) -> None:
    root = workspace(tmp_path / "ws", DRAWN)
    assert run(root, "exam").exit_code == 0
    questions = json.loads((root / "build" / "key-5-A.json").read_text(encoding="utf-8"))
    term_to_formula = [q for q in questions if all(o.startswith("$") for o in q["options"])]
    formula_to_term = [q for q in questions if "$" in q["prompt"]]
    assert term_to_formula and formula_to_term
    assert all("$" not in o for q in formula_to_term for o in q["options"])


def test_a_second_exam_takes_its_formulas_from_the_build_cache_without_loading_ziamath(
    tmp_path: Path,
) -> None:
    root = workspace(tmp_path / "ws", DRAWN)
    program = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from examgen.cli import cli\n"
        f"result = CliRunner().invoke(cli, ['-C', {str(root)!r}, 'exam'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print('ziamath' in sys.modules)\n"
    )

    def exam_loads_ziamath() -> str:
        return subprocess.run(
            [sys.executable, "-c", program], check=True, capture_output=True, text=True
        ).stdout.strip()

    assert exam_loads_ziamath() == "True"
    cache = json.loads((root / "build" / ".cache" / "math.json").read_text(encoding="utf-8"))
    assert "\\frac{1}{1 + e^{-z}}" in {entry["tex"].split("= ")[-1] for entry in cache["formulas"]}
    assert exam_loads_ziamath() == "False"


def test_a_paper_without_math_never_loads_ziamath_nor_writes_a_math_cache(
    tmp_path: Path,
) -> None:
    notes = DRAWN.replace("$", "").replace("\\", "")
    root = workspace(tmp_path / "ws", notes)
    program = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from examgen.cli import cli\n"
        f"result = CliRunner().invoke(cli, ['-C', {str(root)!r}, 'exam'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print('ziamath' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", program], check=True, capture_output=True, text=True
    ).stdout.strip()
    assert out == "False"
    assert not (root / "build" / ".cache" / "math.json").exists()


def test_moodle_and_canvas_get_math_as_mathjax_delimiters(tmp_path: Path) -> None:
    root = workspace(tmp_path / "ws", DRAWN)
    assert run(root, "exam").exit_code == 0
    moodle = (root / "build" / "moodle-5-A.xml").read_text(encoding="utf-8")
    assert "\\(\\sigma(z) = \\frac{1}{1 + e^{-z}}\\)" in moodle
    assert "$" not in moodle.replace("$course$", "")  # Moodle's own category root
    with zipfile.ZipFile(root / "build" / "qti-5-A.zip") as package:
        assessment = next(n for n in package.namelist() if n != "imsmanifest.xml")
        qti = package.read(assessment).decode("utf-8")
    assert "\\(" in qti and "$" not in qti


def test_an_answer_bracket_is_never_looked_for_inside_a_formula() -> None:
    parts = exam_context._split_prompt(
        "Which is $f()$?", exam_context.BRACKET_RE, "bracket", 3.0, all_markers=False
    )
    assert [(p.kind, p.text) for p in parts] == [("text", "Which is $f()$?"), ("bracket", "")]


def test_every_pdf_of_an_exam_holds_each_printed_formula_once_as_a_form(tmp_path: Path) -> None:
    root = workspace(tmp_path / "ws", DRAWN)
    config = root / "examgen.toml"
    config.write_text(config.read_text().replace("seed = 5", "seed = 5\nvariants = 2"))
    result = run(root, "exam", "--combined", "--html")
    assert result.exit_code == 0, result.output
    build = root / "build"
    for pdf in ("exam-5-A", "key-5-A", "exam-5-B", "key-5-B"):
        page = (build / f"{pdf}.html").read_text(encoding="utf-8")
        printed = set(re.findall(r'<img class="math"[^>]* src="([^"]+)"', page))
        assert printed
        assert (build / f"{pdf}.pdf").read_bytes().count(b"/Subtype /Form") == len(printed)
    papers = "".join((build / f"exam-5-{v}.html").read_text(encoding="utf-8") for v in "AB")
    printed = set(re.findall(r'<img class="math"[^>]* src="([^"]+)"', papers))
    combined = (build / "exams-5.pdf").read_bytes()
    assert combined.count(b"/Subtype /Form") == len(printed)
    assert "$" not in pdf_text(build / "exams-5.pdf")


def test_the_same_notes_and_seed_give_the_same_pdf_bytes_in_a_fresh_process(
    tmp_path: Path,
) -> None:
    """Form names come from the pictures, not from the order or process they are drawn in."""
    papers = []
    for name in ("first", "second"):
        root = workspace(tmp_path / name, DRAWN)
        subprocess.run(
            [sys.executable, "-m", "examgen", "-C", str(root), "exam"],
            check=True,
            capture_output=True,
        )
        papers.append((root / "build" / "exam-5-A.pdf").read_bytes())
    assert b"/Subtype /Form" in papers[0]
    assert papers[0] == papers[1]
