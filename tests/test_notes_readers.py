"""Reading files: encodings, unreadable input, folders and paths, and what each reader makes of
Markdown and plain-text details (images, CRLF, tabs, skipped blocks)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from examgen.errors import ExamgenError
from examgen.notes import parse_paths, parse_text, read_source

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "tests" / "fixtures" / "seed.txt"
SAMPLE = REPO / "sources" / "paas-review.md"


def facts_json(result) -> list[dict]:
    return [fact.to_json() for fact in result.facts]


# ----------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda text: codecs.BOM_UTF8 + text.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda text: text.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), id="utf-16-be"),
        pytest.param(lambda text: text.encode("gb18030"), id="gb18030"),
        pytest.param(lambda text: text.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
    ],
)
@pytest.mark.parametrize("original", [SAMPLE, SEED], ids=["markdown", "seed"])
def test_encodings_read_to_the_same_facts(tmp_path: Path, encode, original: Path):
    text = original.read_text(encoding="utf-8")
    reader = "markdown" if original.suffix == ".md" else "text"
    plain = tmp_path / "plain" / original.name
    other = tmp_path / "other" / original.name
    for path, data in ((plain, text.encode("utf-8")), (other, encode(text))):
        path.parent.mkdir()
        path.write_bytes(data)
    expected = parse_paths([plain], reader=reader, root=plain.parent)
    got = parse_paths([other], reader=reader, root=other.parent)
    assert facts_json(got) == facts_json(expected)
    assert got.sources[0].content_hash != expected.sources[0].content_hash


def test_read_source_decodes_gb18030(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_bytes("概念\n\n  1. 云计算:计算模式\n".encode("gb18030"))
    assert read_source(path) == "概念\n\n  1. 云计算:计算模式\n"


def test_a_binary_file_is_an_error_naming_the_file(tmp_path: Path):
    path = tmp_path / "picture.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(ExamgenError) as caught:
        parse_paths([path])
    assert caught.value.exit_code == 2
    assert "picture.md" in caught.value.format_message()
    with pytest.raises(ExamgenError) as caught:
        read_source(path)
    assert caught.value.exit_code == 2


def test_an_undecodable_file_is_an_error(tmp_path: Path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"\x80\xff\xfe\x81 not text")
    with pytest.raises(ExamgenError) as caught:
        parse_paths([path])
    assert caught.value.exit_code == 2
    assert "notes.txt" in caught.value.format_message()


def test_a_missing_path_is_an_error(tmp_path: Path):
    with pytest.raises(ExamgenError) as caught:
        parse_paths([tmp_path / "nowhere.md"])
    assert caught.value.exit_code == 2
    assert "nowhere.md" in caught.value.format_message()
    with pytest.raises(ExamgenError):
        read_source(tmp_path / "nowhere.md")
    with pytest.raises(ExamgenError):
        read_source(tmp_path)


def test_an_unknown_reader_is_an_error():
    with pytest.raises(ExamgenError):
        parse_text("x", reader="rst")
    with pytest.raises(ExamgenError):
        parse_paths([SAMPLE], reader="rst")


# ----------------------------------------------------------------------------- paths


def test_folders_are_searched_recursively_in_sorted_order(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "z.md").write_text("# Z\n\n1. zeta:the last letter\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A\n\n  1. alpha:the first letter\n", encoding="utf-8")
    (tmp_path / "m.markdown").write_text("# M\n\n1. mu:a Greek letter\n", encoding="utf-8")
    (tmp_path / "ignored.rst").write_text("nu:not read\n", encoding="utf-8")
    (tmp_path / ".hidden" / "h.md").write_text("# H\n\n1. eta:hidden\n", encoding="utf-8")
    result = parse_paths([tmp_path], root=tmp_path)
    assert [s.path for s in result.sources] == ["a.txt", "b/z.md", "m.markdown"]
    assert [f.subject for f in result.facts] == ["alpha", "zeta", "mu"]
    assert [f.lang for f in result.facts] == ["en", "en", "en"]


def test_the_reader_can_be_forced(tmp_path: Path):
    path = tmp_path / "outline.md"
    path.write_text("Notes\n\n  1. alpha:first\n    • nested\n", encoding="utf-8")
    as_markdown = parse_paths([path])
    as_text = parse_paths([path], reader="text")
    assert {f.section for f in as_text.facts} == {("Notes",)}
    assert as_markdown.facts != as_text.facts


def test_sources_outside_the_root_keep_the_path_as_given(tmp_path: Path):
    path = tmp_path / "notes.md"
    path.write_text("# T\n\n1. term:text\n", encoding="utf-8")
    result = parse_paths([path], root=REPO)
    assert result.facts[0].source == path.as_posix()
    assert parse_paths([path], root=tmp_path).facts[0].source == "notes.md"


def test_a_file_given_twice_is_read_once():
    result = parse_paths([SAMPLE, SAMPLE.parent], root=REPO)
    assert len(result.sources) == 1


# ----------------------------------------------------------------------------- readers


def test_images_are_recorded_and_stripped_in_both_readers():
    markdown = (
        "# T\n\n1. 网桥![网桥](img/bridge.png)\n\n   docker0 是虚拟网桥 ![图](图片/网络.png)\n"
        "2. 组件\n   - A(甲) ![a](img/a.png)\n   - B\n"
    )
    text = (
        "T\n\n  1. 网桥![网桥](img/bridge.png)\n    docker0 是虚拟网桥 ![图](图片/网络.png)\n"
        "  2. 组件\n    • A(甲) ![a](img/a.png)\n    • B\n"
    )
    for result in (parse_text(markdown), parse_text(text, reader="text")):
        bridge = next(f for f in result.facts if f.subject == "网桥")
        assert bridge.text == "docker0 是虚拟网桥"
        assert bridge.images == ("img/bridge.png", "图片/网络.png")
        parts = next(f for f in result.facts if f.subject == "组件")
        assert parts.items[0].text == "A" and parts.images == ("img/a.png",)


def test_markdown_blocks_that_hold_no_facts_are_skipped():
    markdown = (
        "---\ntitle: x\n---\n# T\n\n> 身世酒杯中\n\n[TOC]\n\n"
        "Posted by Gavin on November 6, 2019\n\n"
        "```\ncode: here\n```\n\n1. 术语:定义\n"
    )
    result = parse_text(markdown)
    assert [(f.subject, f.text) for f in result.facts] == [("术语", "定义")]
    messages = [d.message for d in result.diagnostics]
    for expected in (
        "front matter",
        "block quote",
        "table of contents",
        "byline",
        "code block",
    ):
        assert any(m.startswith(expected) for m in messages), expected
    assert result.facts[0].line == 16
    assert result.facts[0].section == ("x", "T"), "the front matter's title heads the notes"


def test_outline_headings_title_and_empty_sections():
    text = "Title\n\nEmpty one\n\nChapter\n\n  1. term:definition\n"
    result = parse_text(text, reader="text")
    assert [(f.section, f.line) for f in result.facts] == [(("Title", "Chapter"), 7)]
    assert any(d.message == "empty section: Empty one" for d in result.diagnostics)


def test_outline_lone_bullets_and_unindented_sentences():
    text = "Title\n\n  1. 列表\n    •\n    • 甲\n    • 乙\n\n这是一句很长的话,不是标题。\n"
    result = parse_text(text, reader="text")
    (fact,) = result.facts
    assert [item.text for item in fact.items] == ["甲", "乙"]
    messages = [d.message for d in result.diagnostics]
    assert "empty item" in messages
    assert any(m.startswith("paragraph without a term") for m in messages)


def test_outline_wrapped_paragraph_lines_join_without_spaces_in_chinese():
    text = "T\n\n  1. 设计\n    第一行\n    第二行 and\n    more\n"
    (fact,) = parse_text(text, reader="text").facts
    assert fact.text == "第一行第二行 and more"


def test_a_label_takes_one_list_only():
    markdown = "# T\n\n## C\n\n步骤:\n\n1. 甲\n2. 乙\n\n- Docker优点\n  - 快\n  - 小\n"
    text = "T\n\nC\n\n    步骤:\n\n  1. 甲\n  2. 乙\n  • Docker优点\n    • 快\n    • 小\n"
    for result in (parse_text(markdown), parse_text(text, reader="text")):
        assert [(f.kind, f.subject, len(f.items)) for f in result.facts] == [
            ("sequence", "C 步骤", 2),
            ("list", "Docker优点", 2),
        ]


def test_outline_numbers_and_round_bullets_need_no_space():
    text = "T\n\n  1.云计算:计算模式\n  2.Docker优点\n    •快\n    •小\n  3. 版本1.5 GB\n"
    result = parse_text(text, reader="text")
    assert [(f.subject, f.kind) for f in result.facts] == [
        ("云计算", "definition"),
        ("Docker优点", "list"),
    ]
