"""Nothing lost, nothing leaked: the faults of issue 13 as real file-system situations.

Every scenario runs the real ``examgen`` command (``python -m examgen``, so the exit code and
stderr are what a user sees) on a workspace made by ``examgen init`` in a temporary folder:
a copied workspace, a truncated store, a FIFO, ``/dev/zero``, symlink loops, a file name
that is not UTF-8, a read-only build folder seen by a non-root user (``setpriv``: the tests
run as root, for whom permissions mean nothing), a full disk (a small tmpfs mounted in a
private mount namespace with ``unshare``), and a build started while another holds the
build folder. Each error must be one line naming the path, exit 1 or 2, no traceback, and
leave what was built before as it was.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from examgen.errors import ExamgenError
from examgen.model import QUESTION_TYPES
from examgen.notes import parse_text
from examgen.notes.readers import decode_bytes

#: Upper bound of one examgen run (a build of the init workspace takes 2-3 s).
TIMEOUT_S = 60
#: Address space a run may use: a build needs a few hundred MB; reading /dev/zero needs all.
MEMORY_LIMIT = 1536 * 1024 * 1024
NOBODY = 65534


# --------------------------------------------------------------------------- helpers
def examgen(
    *args: str, cwd: Path | None = None, user: int | None = None, check: bool = False
) -> subprocess.CompletedProcess[str]:
    """Run the examgen command line in a child process, as root or as ``user``."""
    command = [sys.executable, "-m", "examgen"]
    if cwd is not None:
        command += ["-C", str(cwd)]
    command += list(args)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    with tempfile.TemporaryDirectory(prefix="examgen-home-") as home:
        if user is not None:
            os.chown(home, user, user)  # a home of its own: font caches are written there
            env.update(HOME=home, XDG_CACHE_HOME=str(Path(home, ".cache")))
            command = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *command]
        result = subprocess.run(
            command,
            capture_output=True,
            text=True,
            errors="surrogateescape",
            env=env,
            timeout=TIMEOUT_S,
            preexec_fn=_limit_memory,
        )
    if check:
        assert result.returncode == 0, result.stderr
    return result


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    """Exit 1 or 2, one line on stderr starting ``Error:`` and holding every fragment."""
    assert result.returncode in (1, 2), (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def files_of(folder: Path) -> dict[str, str]:
    """Every file directly in ``folder``: name -> SHA-256 of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def active_facts(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM facts WHERE retired_at IS NULL").fetchone()[0]


def configure(ws: Path, top: str = "", deck: str = "", exam: str = "") -> None:
    """Add top-level, ``[deck]`` and ``[exam]`` keys to the workspace's examgen.toml."""
    config = ws / "examgen.toml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("\n[deck]\n", f"\n[deck]\n{deck}\n")
    text = text.replace("\n[exam]\n", f"\n[exam]\n{exam}\n")
    config.write_text(f"{top}\n{text}", encoding="utf-8")


def write_notes(ws: Path, name: str, text: str) -> Path:
    path = ws / "sources" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


#: A one-question exam: the papers are rendered, but quickly.
TINY_EXAM = "".join(
    f"[exam.blueprint.{kind}]\ncount = {1 if kind == 'single_choice' else 0}\n"
    for kind in QUESTION_TYPES
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace made by ``examgen init`` (the example networking notes) and built once;
    each test gets a copy."""
    root = tmp_path_factory.mktemp("template") / "ws"
    examgen("init", str(root), check=True)
    with (root / "examgen.toml").open("a", encoding="utf-8") as config:
        config.write(f"\n{TINY_EXAM}")
    examgen("build", cwd=root, check=True)
    return root


def _copy(template: Path, target: Path, *, with_build: bool) -> Path:
    subprocess.run(["cp", "-a", str(template), str(target)], check=True)
    if not with_build:
        shutil.rmtree(target / "build")
    return target


@pytest.fixture
def ws(template: Path, tmp_path: Path) -> Path:
    """A fresh workspace: the example notes, nothing built."""
    return _copy(template, tmp_path / "ws", with_build=False)


@pytest.fixture
def built(template: Path, tmp_path: Path) -> Path:
    """A workspace with its outputs built."""
    return _copy(template, tmp_path / "ws", with_build=True)


@pytest.fixture
def nobody_ws(template: Path) -> Iterator[Path]:
    """A built workspace owned by the unprivileged user ``nobody``, in a folder it can reach."""
    top = Path(tempfile.mkdtemp(prefix="examgen-nobody-"))
    os.chmod(top, 0o755)
    root = _copy(template, top / "ws", with_build=True)
    for path in [root, *root.rglob("*")]:
        os.chown(path, NOBODY, NOBODY)
    yield root
    shutil.rmtree(top)


# --------------------------------------------------------------------------- data loss
def test_building_a_copy_of_a_workspace_leaves_the_originals_papers(built: Path) -> None:
    examgen("build", cwd=built, check=True)  # the papers of this workspace, in its own folder
    before = files_of(built / "build")
    copy = built.parent / "copy"
    subprocess.run(["cp", "-a", str(built), str(copy)], check=True)
    configure(copy, exam="seed = 7")  # the copy's papers get other names
    examgen("build", cwd=copy, check=True)
    assert files_of(built / "build") == before
    assert any(name.startswith("exam-7-") for name in files_of(copy / "build"))


def test_an_empty_store_file_is_an_error_and_stays_as_it_is(built: Path) -> None:
    db = built / "build" / "facts.sqlite"
    db.write_bytes(b"")
    result = examgen("build", cwd=built)
    assert_one_line_error(result, str(db), "empty", "start over")
    assert db.stat().st_size == 0


def test_a_truncated_store_is_reported_damaged(built: Path) -> None:
    db = built / "build" / "facts.sqlite"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])
    write_notes(
        built, "more.md", "# Networking basics\n\n## More\n\n- Zanzibar: rewrites addresses\n"
    )
    result = examgen("build", cwd=built)
    assert_one_line_error(result, str(db), "damaged")


def test_a_store_missing_a_table_is_reported_damaged_with_how_to_rebuild(built: Path) -> None:
    db = built / "build" / "facts.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE members")
    result = examgen("build", cwd=built)
    assert_one_line_error(result, str(db), "damaged", "members", "examgen build")


def test_an_unreadable_source_folder_is_an_error_and_retires_nothing(nobody_ws: Path) -> None:
    sub = write_notes(
        nobody_ws, "more/more.md", "# Networking basics\n\n## More\n\n- Zanzibar: x\n"
    )
    for path in (sub, sub.parent):
        os.chown(path, NOBODY, NOBODY)  # read by nobody's build, then made unreadable to it
    examgen("build", cwd=nobody_ws, user=NOBODY, check=True)
    facts = active_facts(nobody_ws / "build" / "facts.sqlite")
    os.chmod(sub.parent, 0)
    result = examgen("build", cwd=nobody_ws, user=NOBODY)
    assert_one_line_error(result, "sources/more", "cannot read")
    assert active_facts(nobody_ws / "build" / "facts.sqlite") == facts


def test_a_symlinked_folder_inside_the_workspace_is_read(ws: Path) -> None:
    write_notes(
        ws, "../extra/more.md", "# Networking basics\n\n## More\n\n- Zanzibar: rewrites addresses\n"
    )
    (ws / "sources" / "linked").symlink_to(ws / "extra")
    subjects = json.loads(examgen("facts", "--json", cwd=ws, check=True).stdout)
    assert "Zanzibar" in {fact["subject"] for fact in subjects}


def test_a_loop_of_symlinked_folders_is_read_once(ws: Path) -> None:
    (ws / "sources" / "again").symlink_to(ws / "sources")
    result = examgen("facts", "--json", cwd=ws, check=True)
    sources = {fact["source"] for fact in json.loads(result.stdout)}
    assert sources == {"sources/example.md"}


def test_text_in_angle_brackets_is_kept() -> None:
    result = parse_text("# T\n\n## C\n\n- Generics: vector<int> and List<T>, <b>not</b> HTML\n")
    (fact,) = result.facts
    assert fact.text == "vector<int> and List<T>, not HTML"


def test_markdown_nested_deeper_than_40_levels_warns_and_keeps_the_text() -> None:
    deep = "".join("  " * level + f"- level{level}\n" for level in range(45))
    result = parse_text(f"# T\n\n## C\n\n{deep}\n- after: still read\n", source="deep.md")
    warnings = [str(d) for d in result.diagnostics if d.severity == "warning"]
    assert any(w.startswith("deep.md:45: warning: nesting deeper than 40") for w in warnings)
    subjects = {fact.subject for fact in result.facts}
    assert "after" in subjects
    assert any("level44" in (fact.text or "") for fact in result.facts)


# --------------------------------------------------------------------------- security
def _packaged_media(apkg: Path) -> list[bytes]:
    with zipfile.ZipFile(apkg) as package:
        names = json.loads(package.read("media"))
        return [package.read(number) for number in names]


def test_a_second_source_folder_does_not_widen_where_images_may_come_from(ws: Path) -> None:
    other = ws.parent / "other" / "notes"
    write_notes(ws, "../../other/notes/o.md", "# Networking basics\n\n## Other\n\n- MTU: x\n")
    secret = ws.parent / "secret.png"
    secret.write_bytes(b"\x89PNG\r\n\x1a\n secret key material")
    write_notes(
        ws,
        "pic.md",
        "# Networking basics\n\n## Pics\n\n- Zanzibar: rewrites ![k](../../secret.png)\n",
    )
    configure(ws, top=f'sources = ["sources", "{other}"]')
    result = examgen("deck", cwd=ws, check=True)
    assert "secret.png" in result.stderr and "refused" in result.stderr
    (apkg,) = (ws / "build").glob("*.apkg")
    assert secret.read_bytes() not in _packaged_media(apkg)


def test_a_configured_media_folder_lends_its_images_to_every_notes_file(ws: Path) -> None:
    picture = b"\x89PNG\r\n\x1a\n a shared diagram"
    (ws / "assets").mkdir()
    (ws / "assets" / "osi.png").write_bytes(picture)
    write_notes(
        ws, "ch/pic.md", "# Networking basics\n\n## P\n\n- OSI: seven ![o](../../assets/osi.png)\n"
    )
    refused = examgen("deck", cwd=ws, check=True)
    assert "osi.png" in refused.stderr and "refused" in refused.stderr
    configure(ws, deck='media = "assets"')
    taken = examgen("deck", cwd=ws, check=True)
    assert "osi.png" not in taken.stderr
    (apkg,) = (ws / "build").glob("*.apkg")
    assert picture in _packaged_media(apkg)


def test_an_image_naming_dev_zero_is_refused_without_reading_it(ws: Path) -> None:
    write_notes(ws, "z.md", "# Networking basics\n\n## Z\n\n- Zanzibar: rewrites ![z](/dev/zero)\n")
    result = examgen("build", cwd=ws)
    assert result.returncode == 0, result.stderr
    assert "/dev/zero" in result.stderr and "refused" in result.stderr


def test_an_image_that_is_a_fifo_is_left_out_not_waited_on(ws: Path) -> None:
    os.mkfifo(ws / "sources" / "pipe.png")
    write_notes(ws, "p.md", "# Networking basics\n\n## P\n\n- Zanzibar: rewrites ![p](pipe.png)\n")
    result = examgen("deck", cwd=ws)
    assert result.returncode == 0, result.stderr
    assert "sources/p.md:5: warning: image pipe.png: not a regular file" in result.stderr


def test_an_image_over_the_size_cap_is_left_out_with_a_warning(ws: Path) -> None:
    with (ws / "sources" / "huge.png").open("wb") as huge:
        huge.truncate(33 * 1024 * 1024)
    write_notes(ws, "h.md", "# Networking basics\n\n## H\n\n- Zanzibar: rewrites ![h](huge.png)\n")
    result = examgen("deck", cwd=ws)
    assert result.returncode == 0, result.stderr
    assert "huge.png: larger than 32 MB" in result.stderr


def test_a_notes_file_that_is_a_fifo_is_an_error_not_a_hang(built: Path) -> None:
    before = files_of(built / "build")
    os.mkfifo(built / "sources" / "pipe.md")
    result = examgen("build", cwd=built)
    assert_one_line_error(result, "sources/pipe.md", "not a regular file")
    assert files_of(built / "build") == before


def test_a_notes_file_over_the_size_cap_is_an_error(ws: Path) -> None:
    with (ws / "sources" / "huge.md").open("wb") as huge:
        huge.truncate(65 * 1024 * 1024)  # sparse: no disk used
    result = examgen("facts", cwd=ws)
    assert_one_line_error(result, "sources/huge.md", "larger than 64 MB")


def test_a_notes_file_linked_to_dev_zero_is_refused(built: Path) -> None:
    (built / "sources" / "zero.md").symlink_to("/dev/zero")
    result = examgen("build", cwd=built)
    assert_one_line_error(result, "sources/zero.md", "/dev/zero", "outside the workspace")


def test_a_notes_file_linked_outside_the_workspace_is_refused(built: Path) -> None:
    (built / "sources" / "passwd.md").symlink_to("/etc/passwd")
    result = examgen("facts", cwd=built)
    assert_one_line_error(result, "sources/passwd.md", "outside the workspace")
    assert "root:" not in result.stdout


def test_check_escapes_terminal_control_characters(ws: Path) -> None:
    write_notes(ws, "evil.md", "# T\n\nPosted by \x1b]0;pwned\x07\x1b[2J on Monday\n")
    result = examgen("check", cwd=ws)
    assert "\x1b" not in result.stdout + result.stderr
    assert "\\x1b]0;pwned\\x07\\x1b[2J" in result.stdout


# --------------------------------------------------------------------------- unhandled errors
def test_a_long_cjk_title_shortens_the_file_name_not_the_deck_name(ws: Path) -> None:
    title = "云计算" * 30
    write_notes(ws, "example.md", f"# {title}\n\n## 章节\n\n- 容器: 一种轻量的虚拟化技术\n")
    examgen("deck", cwd=ws, check=True)
    (apkg,) = (ws / "build").glob("*.apkg")
    assert len(apkg.name.encode()) < 255
    with zipfile.ZipFile(apkg) as package:
        db = ws / "col.anki2"
        db.write_bytes(package.read("collection.anki2"))
    with sqlite3.connect(db) as conn:
        decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
    assert title in {deck["name"].split("::")[0] for deck in decks.values()}


def test_a_file_name_that_is_not_utf8_is_an_error_naming_it(built: Path) -> None:
    name = os.fsdecode(b"caf\xe9.md")
    (built / "sources" / name).write_text("# Networking basics\n", encoding="utf-8")
    result = examgen("build", cwd=built)
    assert_one_line_error(result, "sources/caf\\xe9.md", "not valid UTF-8")


def test_a_symlink_loop_is_an_error_naming_it(built: Path) -> None:
    (built / "sources" / "loop.md").symlink_to("loop.md")
    result = examgen("build", cwd=built)
    assert_one_line_error(result, "sources/loop.md", "symlink loop")


def test_a_build_while_another_runs_says_so_and_writes_nothing(built: Path) -> None:
    out = built / "build"
    before = files_of(out)
    write_notes(
        built, "more.md", "# Networking basics\n\n## More\n\n- Zanzibar: rewrites addresses\n"
    )
    fd = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # what a running build holds
        result = examgen("build", cwd=built)
    finally:
        os.close(fd)
    assert_one_line_error(result, str(out), "another build is running")
    assert files_of(out) == before
    examgen("build", cwd=built, check=True)  # and once it is done, building works


def test_papers_a_build_cannot_record_are_removed_not_left_orphaned(built: Path) -> None:
    examgen("build", cwd=built, check=True)  # this workspace's own papers
    before = files_of(built / "build")
    configure(built, exam="seed = 7")  # new papers to render; notes and deck unchanged
    holder = sqlite3.connect(built / "build" / "facts.sqlite", isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another program writing to the store meanwhile
        result = examgen("build", cwd=built)
    finally:
        holder.close()
    assert_one_line_error(result, "facts.sqlite", "in use by another program")
    assert files_of(built / "build") == before


@pytest.mark.parametrize(
    ("free_kb", "failing"), [(0, "facts.sqlite"), (160, "Networking basics.apkg")]
)
def test_a_full_disk_is_reported_as_such_and_keeps_the_last_outputs(
    built: Path, free_kb: int, failing: str
) -> None:
    """The build folder is a 4 MB tmpfs (in a private mount namespace, gone with it), filled
    before the second build: with no room left the store cannot take the new fact; with a
    little room (less than the package's size) it can, and the deck cannot be written."""
    out, report = built / "build", built.parent / "report"
    report.mkdir()
    shutil.rmtree(out)
    out.mkdir()
    # The deck's working copy in build/.cache is a cache, not an output: a build that fails
    # after patching it leaves it ahead of the package, and the next build zips it again.
    outputs = (
        f"find {out} -type f ! -name facts.sqlite ! -name filler ! -path '*/.cache/*'"
        " -exec sha256sum {} +"
    )
    script = f"""
        mount -t tmpfs -o size=4m tmpfs {out} || exit 99
        {sys.executable} -m examgen -C {built} build > /dev/null 2>&1 || exit 98
        {outputs} | sort > {report}/before
        avail=$(df -k --output=avail {out} | tail -1)
        dd if=/dev/zero of={out}/filler bs=1k count=$((avail - {free_kb})) 2> /dev/null
        echo "- Zanzibar: rewrites addresses" >> {built}/sources/example.md
        {sys.executable} -m examgen -C {built} build > {report}/out 2> {report}/err
        echo $? > {report}/rc
        {outputs} | sort > {report}/after
    """
    subprocess.run(["unshare", "-m", "sh", "-c", script], check=True, timeout=2 * TIMEOUT_S)
    result = subprocess.CompletedProcess(
        [],
        int((report / "rc").read_text()),
        (report / "out").read_text(),
        (report / "err").read_text(),
    )
    assert_one_line_error(result, str(out / failing), "full")
    assert (report / "after").read_text() == (report / "before").read_text()
    assert "exam-" in (report / "before").read_text()


def test_a_read_only_build_folder_is_an_error_naming_it(nobody_ws: Path) -> None:
    out = nobody_ws / "build"
    before = files_of(out)
    write_notes(nobody_ws, "example.md", "# Networking basics\n\n## P\n\n- Zanzibar: rewrites\n")
    os.chmod(out, 0o555)
    result = examgen("build", cwd=nobody_ws, user=NOBODY)
    assert_one_line_error(result, str(out), "read-only")
    assert files_of(out) == before


# --------------------------------------------------------------------------- small defects
def test_build_prints_the_decks_warnings_with_file_and_line(ws: Path) -> None:
    write_notes(
        ws, "img.md", "# Networking basics\n\n## I\n\n- Zanzibar: rewrites ![m](missing.png)\n"
    )
    result = examgen("build", cwd=ws, check=True)
    assert "sources/img.md:5: warning: image 'missing.png' not found" in result.stderr


PROTOCOLS = ("UDP", "IP", "ARP", "DNS", "DHCP", "ICMP")


def test_build_and_deck_give_the_deck_the_same_name(ws: Path) -> None:
    (ws / "sources" / "example.md").unlink()
    (ws / "examgen.toml").write_text("", encoding="utf-8")  # the whole default blueprint
    terms = "".join(f"{t}: the {t} protocol of the network stack\n" for t in PROTOCOLS)
    write_notes(ws, "n.txt", f"TCP: a reliable stream of bytes\n\nNetworking\n\n{terms}")
    examgen("build", cwd=ws, check=True)
    by_build = {p.name for p in (ws / "build").glob("*.apkg")}
    shutil.rmtree(ws / "build")
    examgen("deck", cwd=ws, check=True)
    assert {p.name for p in (ws / "build").glob("*.apkg")} == by_build == {"Networking.apkg"}


def test_utf16_without_a_bom_is_said_to_be_maybe_that() -> None:
    with pytest.raises(ExamgenError, match="UTF-16 without a BOM"):
        decode_bytes("# 标题\n\n- 容器: 轻量\n".encode("utf-16-le"), "n.md")


def test_cannot_decode_names_the_line() -> None:
    data = "# 标题\n\n- ok\n".encode() + b"- \xff\xfe\x80\x81\x82\x83\n"
    with pytest.raises(ExamgenError, match=r"^n\.md:4: cannot decode"):
        decode_bytes(data, "n.md")
