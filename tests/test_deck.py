"""The Anki deck stage, checked against the real Anki backend (headless ``anki`` package).

The facts are written by hand, modelled on tests/fixtures/seed.txt, so these tests do not
depend on the parser or the store.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import zipfile
from pathlib import Path

import pytest

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package

from examgen import deck as deck_module
from examgen.config import DeckConfig
from examgen.deck import (
    BASIC_ID,
    CLOZE_ID,
    DeckReport,
    build_deck,
    is_short_term,
    note_guid,
)
from examgen.errors import ExamgenError
from examgen.model import Fact, Item, StoredFact

TITLE = "PaaS复习"
CH1 = "概念"
CH2 = "Docker技术原理与实践"
SRC = "sources/seed.txt"
T0 = 1_700_000_000


def _facts() -> list[Fact]:
    return [
        Fact(
            id="yun-ji-suan",
            kind="definition",
            subject="云计算",
            text="是一种动态拓展的计算模式,通过网络将虚拟化资源作为服务提供,模式有IaaS、PaaS、SaaS",
            section=(TITLE, CH1, "云计算技术基本原理"),
            source=SRC,
            line=15,
        ),
        Fact(
            id="fa-zhan-lu-xian",
            kind="sequence",
            subject="云计算发展路线",
            items=tuple(Item(s) for s in ("并行计算", "集群计算", "网络计算", "云计算")),
            section=(TITLE, CH1, "云计算技术基本原理"),
            source=SRC,
            line=16,
        ),
        Fact(
            id="docker-san-yao-su",
            kind="list",
            subject="Docker三要素",
            items=(
                Item("Docker Containers", "负责程序运行,包括操作系统、用户添加的文件和元数据"),
                Item("Docker Images", "只读模版,运行容器"),
                Item("DockerFile", "文件指令集,说明如何自动创建Docker镜像"),
            ),
            section=(TITLE, CH1, "云计算技术基本原理"),
            source=SRC,
            line=34,
        ),
        Fact(
            id="ming-ming-kong-jian",
            kind="list",
            subject="命名空间六种隔离",
            items=(
                Item("UTS", "系统标识"),
                Item("IPC", "隔离进程间通信"),
                Item("PID", "对进程PID进行重新标号"),
                Item("Network", "实现网络资源隔离"),
                Item("Mount", "隔离文件系统挂载点"),
                Item("User", "隔离安全相关的标志符和属性"),
            ),
            section=(TITLE, CH2, "命名空间和PID"),
            source=SRC,
            line=57,
        ),
        Fact(
            id="cgroups",
            kind="definition",
            subject="CGroups",
            text="是linux内核功能,限制、计算和隔离一组进程的资源使用情况",
            section=(TITLE, CH2, "CGroups"),
            source=SRC,
            line=71,
        ),
        Fact(
            id="docker-network",
            kind="definition",
            subject="Docker 网络 docker0 虚拟网桥的作用",
            text="Docker 启动时在主机上创建的虚拟网桥,可以理解为一个软件交换机",
            section=(TITLE, CH2, "Docker网络"),
            source=SRC,
            line=140,
        ),
    ]


def _stored(facts: list[Fact], base: int = T0) -> list[StoredFact]:
    return [
        StoredFact(f, first_seen=base, changed_at=base, modified_at=base + i)
        for i, f in enumerate(facts)
    ]


def _expected_cards(facts: list[Fact]) -> tuple[int, int]:
    """(notes, cards) the facts should give with reverse = "short"."""
    notes = cards = 0
    for f in facts:
        if f.kind == "definition":
            notes += 1
            cards += 2 if is_short_term(f.subject) else 1
        elif f.kind == "list":
            notes += 2
            cards += 1 + len(f.items)
        else:
            notes += 1
            # A step its own subject names (云计算 of 云计算发展路线) is shown, not asked.
            cards += sum(i.text not in f.subject for i in f.items)
    return notes, cards


def _build(tmp_path: Path, stored, name="deck.apkg", **kwargs) -> DeckReport:
    kwargs.setdefault("config", DeckConfig())
    kwargs.setdefault("title", TITLE)
    return build_deck(stored, output=tmp_path / name, **kwargs)


def _note_by_guid(col: Collection, guid: str):
    (nid,) = col.db.list("select id from notes where guid = ?", guid)
    return col.get_note(nid)


def _strip_style(html: str) -> str:
    return re.sub(r"(?s)<style>.*?</style>", "", html)


def _text(html: str) -> str:
    """Roughly what the learner reads: tags removed, entities decoded."""
    import html as html_module

    return html_module.unescape(re.sub(r"<[^>]+>", "", _strip_style(html)))


# ------------------------------------------------------------------------------ first import


def test_sample_imports_with_expected_notes_cards_decks_tags(tmp_path, col):
    facts = _facts()
    stored = _stored(facts)
    report = _build(tmp_path, stored)
    notes, cards = _expected_cards(facts)
    assert (report.notes, report.cards) == (notes, cards)
    assert (report.new, report.changed, report.unchanged, report.retired) == (notes, 0, 0, 0)
    assert report.warnings == ()
    assert report.output == tmp_path / "deck.apkg"
    assert "notes" in report.summary() and str(cards) in report.summary()

    log = import_package(col, report.output)
    assert len(log.new) == notes and not log.conflicting
    assert col.note_count() == notes
    assert col.card_count() == cards

    for cid in col.find_cards(""):
        card = col.get_card(cid)
        assert _text(card.question()).strip(), cid
        assert _text(card.answer()).strip(), cid
        # Every card has the breadcrumb and the source in its footer.
        assert "eg-footer" in card.question() and SRC in card.answer()

    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {TITLE, f"{TITLE}::{CH1}", f"{TITLE}::{CH2}"} <= names
    ns = _note_by_guid(col, note_guid("ming-ming-kong-jian", "list-cloze"))
    assert {col.decks.name(c.did) for c in ns.cards()} == {f"{TITLE}::{CH2}"}
    assert f"examgen::{TITLE}::{CH2}::命名空间和PID" in ns.tags
    assert "examgen::list" in ns.tags
    # Multi-word subjects and sections: tags have no spaces.
    assert all(" " not in tag for tag in col.tags.all())
    assert f"examgen::{TITLE}::{CH2}::Docker网络" in col.tags.all()

    # Note times are the facts' modification times, not the build time.
    for sf in stored:
        note = _note_by_guid(col, note_guid(sf.fact.id, sf.fact.kind))
        assert note.mod == sf.modified_at

    # The two fixed note types, under their fixed ids.
    assert {m.id for m in col.models.all_names_and_ids()} >= {BASIC_ID, CLOZE_ID}


def test_cards_per_fact_kind_and_language(tmp_path, col):
    stored = _stored(_facts())
    import_package(col, _build(tmp_path, stored).output)

    # definition: term on the front, text on the back, reverse for a short term.
    cloud = _note_by_guid(col, note_guid("yun-ji-suan", "definition"))
    forward, reverse = sorted(cloud.cards(), key=lambda c: c.ord)
    assert "云计算" in _text(forward.question()) and "动态拓展" not in _text(forward.question())
    assert "动态拓展" in _text(forward.answer())
    assert "动态拓展" in _text(reverse.question())
    assert "哪个概念" in _text(reverse.question())
    # The reverse question hides the breadcrumb, whose last heading is often the term.
    cgroups = _note_by_guid(col, note_guid("cgroups", "definition"))
    rev = max(cgroups.cards(), key=lambda c: c.ord)
    assert "CGroups" not in _text(rev.question()) and "CGroups" in _text(rev.answer())
    # A long subject gets no reverse card under reverse = "short".
    long = _note_by_guid(col, note_guid("docker-network", "definition"))
    assert len(long.cards()) == 1

    # list: the question states the relation, the prompt line the count; the cloze keeps
    # the notes' order.
    ask = _note_by_guid(col, note_guid("docker-san-yao-su", "list"))
    (card,) = ask.cards()
    assert "Docker三要素有哪些？" in _text(card.question())
    assert "共3项" in _text(card.question())
    assert "只读模版" in _text(card.answer())
    cloze = _note_by_guid(col, note_guid("docker-san-yao-su", "list-cloze"))
    cards = sorted(cloze.cards(), key=lambda c: c.ord)
    assert len(cards) == 3
    assert "Docker Containers" not in _text(cards[0].question())
    assert "Docker Images" in _text(cards[0].question())
    assert "Docker Containers" in _text(cards[0].answer())

    # sequence: one deletion per step, in order; 云计算, which the route's name says, is shown.
    chain = _note_by_guid(col, note_guid("fa-zhan-lu-xian", "sequence"))
    cards = sorted(chain.cards(), key=lambda c: c.ord)
    assert len(cards) == 3
    text = _text(cards[1].question())
    assert text.index("并行计算") < text.index("[...]") < text.index("网络计算")


def test_english_phrasing(tmp_path, col):
    fact = Fact(
        id="three-ways",
        kind="list",
        subject="ways to share data",
        items=(Item("volumes"), Item("bind mounts"), Item("tmpfs")),
        section=("Docker", "Storage"),
        source="notes/en.md",
        line=3,
        lang="en",
    )
    import_package(col, _build(tmp_path, _stored([fact]), title="Docker").output)
    ask = _note_by_guid(col, note_guid("three-ways", "list"))
    question = _text(ask.cards()[0].question())
    assert "What are the ways to share data?" in question and "3 items" in question


# ------------------------------------------------------------------------------ updates


def _review(col: Collection, card_id: int) -> None:
    card = col.get_card(card_id)
    card.start_timer()
    col.sched.answerCard(card, 3)
    # Give it a real interval, as weeks of reviews would.
    col.sched.set_due_date([card_id], "12!")


def test_rebuild_after_edits_updates_anki_and_keeps_reviews(tmp_path, col):
    facts = _facts()
    stored = _stored(facts)
    first = _build(tmp_path, stored, name="v1.apkg")
    import_package(col, first.output)
    notetypes_before = len(col.models.all_names_and_ids())

    cloud_guid = note_guid("yun-ji-suan", "definition")
    reviewed = sorted(_note_by_guid(col, cloud_guid).cards(), key=lambda c: c.ord)[0].id
    _review(col, reviewed)
    before = col.get_card(reviewed)
    revlog_before = col.db.scalar("select count() from revlog where cid = ?", reviewed)
    assert before.ivl == 12 and revlog_before >= 1

    # Edit one definition, retire one fact, add one.
    later = T0 + 100_000
    by_id = {sf.fact.id: sf for sf in stored}
    by_id["yun-ji-suan"] = dataclasses.replace(
        by_id["yun-ji-suan"],
        fact=dataclasses.replace(by_id["yun-ji-suan"].fact, text="按需使用的可伸缩计算资源"),
        changed_at=later,
        modified_at=later,
    )
    by_id["cgroups"] = dataclasses.replace(by_id["cgroups"], retired_at=later, modified_at=later)
    new_fact = Fact(
        id="shu-ju-juan",
        kind="definition",
        subject="数据卷",
        text="不受存储驱动程序控制,可被多个容器共享",
        section=(TITLE, CH2, "数据卷"),
        source=SRC,
        line=120,
    )
    second_stored = [*by_id.values(), StoredFact(new_fact, later, later, later)]
    second = _build(tmp_path, second_stored, name="v2.apkg", previous=first.manifest)
    assert (second.new, second.changed, second.retired) == (1, 2, 1)
    assert second.unchanged == first.notes - 2

    log = import_package(col, second.output)
    assert not log.conflicting
    assert len(log.new) == 1
    assert len(log.updated) == 2
    assert len(log.duplicate) == first.notes - 2  # "duplicate" = already there, unchanged
    # No fork: same note types; no duplicated notes: one note per GUID.
    assert len(col.models.all_names_and_ids()) == notetypes_before
    assert col.note_count() == first.notes + 1
    assert col.db.scalar("select count() - count(distinct guid) from notes") == 0

    cloud = _note_by_guid(col, cloud_guid)
    assert "按需使用" in cloud["Back"]
    assert cloud.mod == later
    assert _note_by_guid(col, note_guid("shu-ju-juan", "definition"))["Front"] == "数据卷"
    retired = _note_by_guid(col, note_guid("cgroups", "definition"))
    assert "examgen::retired" in retired.tags

    after = col.get_card(reviewed)
    assert (after.ivl, after.due, after.type, after.queue) == (
        before.ivl,
        before.due,
        before.type,
        before.queue,
    )
    assert col.db.scalar("select count() from revlog where cid = ?", reviewed) == revlog_before

    # Reviving the fact takes the tag away again.
    revived = dataclasses.replace(by_id["cgroups"], retired_at=None, modified_at=later + 5)
    third = [revived if sf.fact.id == "cgroups" else sf for sf in second_stored]
    import_package(col, _build(tmp_path, third, name="v3.apkg").output)
    assert "examgen::retired" not in _note_by_guid(col, note_guid("cgroups", "definition")).tags


def test_unchanged_rebuild_updates_nothing(tmp_path, col):
    stored = _stored(_facts())
    first = _build(tmp_path, stored, name="a.apkg")
    import_package(col, first.output)
    second = _build(tmp_path, stored, name="b.apkg", previous=first.manifest)
    assert (second.new, second.changed, second.unchanged) == (0, 0, first.notes)
    assert dict(second.manifest) == dict(first.manifest)

    log = import_package(col, second.output)
    assert not log.new and not log.updated and not log.conflicting
    assert len(log.duplicate) == first.notes
    assert col.note_count() == first.notes


def test_user_edit_in_anki_survives_unchanged_rebuild(tmp_path, col):
    stored = _stored(_facts())
    import_package(col, _build(tmp_path, stored, name="a.apkg").output)
    note = _note_by_guid(col, note_guid("yun-ji-suan", "definition"))
    note["Back"] = "my own words"
    col.update_note(note)

    log = import_package(col, _build(tmp_path, stored, name="b.apkg").output)
    assert not log.updated
    assert _note_by_guid(col, note_guid("yun-ji-suan", "definition"))["Back"] == "my own words"


def test_css_change_restyles_without_forking(tmp_path, col):
    stored = _stored(_facts())
    import_package(col, _build(tmp_path, stored, name="a.apkg").output)
    count = len(col.models.all_names_and_ids())

    override = tmp_path / "templates"
    override.mkdir()
    css = override / "card.css"
    css.write_text(".card { color: rebeccapurple; }\n", encoding="utf-8")
    stamp = deck_module.NOTETYPE_MOD + 1000
    os.utime(css, (stamp, stamp))
    import_package(col, _build(tmp_path, stored, name="b.apkg", template_dirs=[override]).output)
    assert len(col.models.all_names_and_ids()) == count
    assert "rebeccapurple" in col.models.get(BASIC_ID)["css"]
    assert "rebeccapurple" in col.models.get(CLOZE_ID)["css"]


# ------------------------------------------------------------------------------ literal text

TRICKY = "用 {{c1::secret}} 和 {{Front}} 以及 <b>粗体</b> & [sound:x.mp3] a::b"


def test_html_and_anki_syntax_in_notes_render_literally(tmp_path, col):
    facts = [
        Fact(
            id="tricky-def",
            kind="definition",
            subject="<i>模板</i>",
            text=TRICKY,
            section=(TITLE, CH1),
            source=SRC,
            line=1,
        ),
        Fact(
            id="tricky-list",
            kind="list",
            subject="{{c9::清单}}",
            # Anki's own LaTeX tags; "[$]x[/$]" would be math by the notes' $ rule (README "Math").
            items=(
                Item("{{c1::a}}", "<script>x</script>"),
                Item("b::hint"),
                Item("[latex]x[/latex]"),
            ),
            section=(TITLE, CH1),
            source=SRC,
            line=2,
        ),
    ]
    report = _build(tmp_path, _stored(facts), config=DeckConfig(reverse="always"))
    import_package(col, report.output)
    assert col.card_count() == report.cards == 2 + 1 + 3  # no extra cloze cards

    definition = _note_by_guid(col, note_guid("tricky-def", "definition"))
    forward, reverse = sorted(definition.cards(), key=lambda c: c.ord)
    assert "<i>模板</i>" in _text(forward.question())
    assert "<i>" not in _strip_style(forward.question())
    assert TRICKY in _text(forward.answer())
    assert "<b>" not in _strip_style(forward.answer())
    assert TRICKY in _text(reverse.question())

    cloze = _note_by_guid(col, note_guid("tricky-list", "list-cloze"))
    cards = sorted(cloze.cards(), key=lambda c: c.ord)
    assert [c.ord for c in cards] == [0, 1, 2]
    answer = _text(cards[0].answer())
    for literal in (
        "{{c9::清单}}",
        "{{c1::a}}",
        "<script>x</script>",
        "b::hint",
        "[latex]x[/latex]",
    ):
        assert literal in answer
    # The "::" inside a member is not a hint separator: the other members show in full.
    assert "b::hint" in _text(cards[0].question())
    assert "<script>" not in _strip_style(cards[0].answer())


# ------------------------------------------------------------------------------ identity


def test_guid_depends_on_fact_id_and_kind_only(tmp_path):
    facts = _facts()
    a = _build(tmp_path, _stored(facts), name="a.apkg")
    moved = [dataclasses.replace(f, text=f.text + "!", line=f.line + 40) for f in reversed(facts)]
    b = _build(tmp_path, _stored(moved), name="b.apkg")
    assert set(a.manifest) == set(b.manifest)
    assert note_guid("x", "definition") != note_guid("x", "list")
    assert note_guid("x", "list") != note_guid("x", "list-cloze")


def test_note_types_are_frozen():
    """The note type contract (see deck.py). If this fails you changed a schema: make a v2."""
    assert (deck_module.BASIC_ID, deck_module.BASIC_NAME) == (1901012135, "examgen Basic")
    assert deck_module.BASIC_FIELDS == ("Front", "Back", "Prompt", "Reverse", "Context", "Source")
    assert deck_module.BASIC_TEMPLATE_NAMES == ("Forward", "Reverse")
    assert (deck_module.CLOZE_ID, deck_module.CLOZE_NAME) == (1103586495, "examgen Cloze")
    assert deck_module.CLOZE_FIELDS == ("Text", "Extra", "Context", "Source")
    assert deck_module.CLOZE_TEMPLATE_NAMES == ("Cloze",)


def _package_collection(path: Path, tmp_path: Path):
    import sqlite3

    with zipfile.ZipFile(path) as z:
        db = tmp_path / "pkg.anki2"
        db.write_bytes(z.read("collection.anki2"))
        media = json.loads(z.read("media"))
    return sqlite3.connect(db), media


def test_package_times_are_fixed_not_build_time(tmp_path):
    report = _build(tmp_path, _stored(_facts()))
    conn, _ = _package_collection(report.output, tmp_path)
    models = json.loads(conn.execute("select models from col").fetchone()[0])
    assert {m["mod"] for m in models.values()} == {deck_module.NOTETYPE_MOD}
    note_mods = {guid: mod for guid, mod in conn.execute("select guid, mod from notes")}
    assert note_mods == {guid: mtime for guid, (mtime, _digest) in report.manifest.items()}
    assert conn.execute(
        "select count() from cards c join notes n on n.id = c.nid where c.mod != n.mod"
    ).fetchone() == (0,)
    conn.close()


def test_deck_ids_are_stable_and_config_is_honoured(tmp_path):
    assert deck_module.deck_id("A::B") == deck_module.deck_id("A::B")
    assert deck_module.deck_id("A::B") != deck_module.deck_id("A::C")
    config = DeckConfig(name="我的", subdecks="none", reverse="never", tag_prefix="eg")
    report = _build(tmp_path, _stored(_facts()), config=config)
    conn, _ = _package_collection(report.output, tmp_path)
    decks = json.loads(conn.execute("select decks from col").fetchone()[0])
    assert {d["name"] for d in decks.values()} >= {"我的"}
    assert not any("::" in d["name"] for d in decks.values())
    tags = " ".join(t for (t,) in conn.execute("select tags from notes"))
    assert "eg::definition" in tags and "examgen::" not in tags
    assert report.cards == _expected_cards(_facts())[1] - 2  # two short terms, no reverse
    conn.close()

    with pytest.raises(ExamgenError, match="reverse"):
        _build(tmp_path, _stored(_facts()), config=DeckConfig(reverse="sometimes"))
    with pytest.raises(ExamgenError, match="no facts"):
        _build(tmp_path, [])


# ------------------------------------------------------------------------------ images


def test_images_embedded_by_hash_missing_and_outside_refused(tmp_path, col):
    ws = tmp_path / "ws"
    (ws / "sources" / "img").mkdir(parents=True)
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
    (ws / "sources" / "img" / "arch.png").write_bytes(png)
    (ws / "secret.png").write_bytes(png + b"secret")
    fact = Fact(
        id="docker-arch",
        kind="definition",
        subject="Docker架构",
        text="客户端-服务器结构",
        section=(TITLE, CH2),
        source="sources/seed.txt",
        line=99,
        images=("img/arch.png", "img/missing.png", "../secret.png", "https://x.org/a.png"),
    )
    report = _build(tmp_path, _stored([fact]), source_root=ws, media_root=ws / "sources")
    messages = [str(w) for w in report.warnings]
    assert len(messages) == 3
    assert all(m.startswith("sources/seed.txt:99: warning:") for m in messages)
    assert any("missing.png" in m and "not found" in m for m in messages)
    assert any("secret.png" in m and "refused" in m for m in messages)

    _, media = _package_collection(report.output, tmp_path)
    (name,) = media.values()
    assert re.fullmatch(r"[0-9a-f]{20}\.png", name)

    import_package(col, report.output)
    note = _note_by_guid(col, note_guid("docker-arch", "definition"))
    assert f'<img src="{name}">' in note["Back"]
    assert (Path(col.media.dir()) / name).read_bytes() == png


def test_member_appended_to_list_adds_a_cloze_card(tmp_path, col):
    stored = _stored(_facts())
    import_package(col, _build(tmp_path, stored, name="a.apkg").output)
    guid = note_guid("docker-san-yao-su", "list-cloze")
    assert len(_note_by_guid(col, guid).cards()) == 3

    later = T0 + 50_000
    grown = [
        dataclasses.replace(
            sf,
            fact=dataclasses.replace(sf.fact, items=(*sf.fact.items, Item("Docker Registry"))),
            changed_at=later,
            modified_at=later,
        )
        if sf.fact.id == "docker-san-yao-su"
        else sf
        for sf in stored
    ]
    log = import_package(col, _build(tmp_path, grown, name="b.apkg").output)
    assert len(log.updated) == 2 and not log.conflicting  # the question and the cloze note
    note = _note_by_guid(col, guid)
    assert sorted(c.ord for c in note.cards()) == [0, 1, 2, 3]
    assert "Docker Registry" in note["Text"]


def test_a_manifest_with_times_only_is_still_understood(tmp_path):
    stored = _stored(_facts())
    first = _build(tmp_path, stored, name="a.apkg")
    times_only = {guid: mtime for guid, (mtime, _digest) in first.manifest.items()}
    second = _build(tmp_path, stored, name="b.apkg", previous=times_only)
    assert (second.new, second.changed, second.unchanged) == (0, 0, first.notes)
    assert dict(second.manifest) == dict(first.manifest)
