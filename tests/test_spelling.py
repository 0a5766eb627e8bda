"""The notes' typos (examgen.spelling): printed corrected on papers and cards, warned of by
``examgen check``, and only where the notes and the word lists agree it is a typo."""

from __future__ import annotations

import html
import re
from pathlib import Path

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from click.testing import CliRunner

from examgen.cli import cli
from examgen.config import DeckConfig, ExamConfig
from examgen.deck import build_deck, note_guid
from examgen.model import Question, StoredFact
from examgen.notes import parse_text
from examgen.questions.paper import make_exam
from examgen.spelling import Spelling, find_typos, notes_spelling, spelled_fact

#: English notes with one typo ("environmnet") whose right spelling they write elsewhere.
NOTES = """\
# Deployment

## Terms

1. Container: a process isolated from the host by the kernel
2. Image: a read-only template a container starts from
3. Volume: storage kept when the container that mounts it is removed
4. Registry: a service that stores and serves images
5. Sandbox: an isolated environmnet where untrusted code runs
6. Orchestrator: a program that schedules containers across machines
7. Variable: a named value the environment passes to a process
"""


def _printed(question: Question) -> str:
    texts = [question.prompt, *(o.text for o in question.options), *question.stems]
    return " | ".join([*texts, *question.answers, question.answer_text, *question.key_lines])


def test_a_typo_in_the_notes_is_printed_corrected_on_a_paper() -> None:
    facts = parse_text(NOTES).facts
    printed = [
        _printed(question)
        for seed in range(2491, 2501)
        for section in make_exam(facts, ExamConfig(), seed=seed)[0].sections
        for question in section.questions
    ]
    sandbox = [text for text in printed if "untrusted code" in text]
    assert sandbox, printed
    assert all("an isolated environment where untrusted code runs" in t for t in sandbox)
    assert not [text for text in printed if "environmnet" in text]


def test_a_typo_in_the_notes_is_printed_corrected_on_a_card(tmp_path: Path, col: Collection):
    facts = [StoredFact(f, 1, 1, 1) for f in parse_text(NOTES).facts]
    sandbox = next(s.fact for s in facts if s.fact.subject == "Sandbox")
    report = build_deck(facts, config=DeckConfig(), title="Deployment", output=tmp_path / "d.apkg")
    import_package(col, report.output)
    nids = col.db.list("select id from notes where guid = ?", note_guid(sandbox.id, "definition"))
    card = col.get_note(nids[0]).cards()[0]
    shown = html.unescape(re.sub(r"<[^>]+>", " ", card.question() + card.answer()))
    assert "an isolated environment where untrusted code runs" in " ".join(shown.split())
    assert "environmnet" not in shown


def test_a_rare_name_the_notes_write_consistently_is_left_as_written() -> None:
    # "Deamon" once, beside no "Daemon", is taken for a typo; written three times it is a
    # name of the notes' own.
    notes = """\
# Services

## Parts

1. Deamon Core: the part that accepts requests
2. Deamon Relay: the part that forwards what Deamon Core accepts
3. Deamon Store: the part that keeps what the relay forwards
"""
    facts = parse_text(notes).facts
    spelling = notes_spelling(facts)
    assert not spelling, spelling
    assert [spelled_fact(f, spelling) for f in facts] == list(facts)


def test_code_and_identifiers_keep_their_spelling() -> None:
    spelling = Spelling({"deamon": "daemon"}, {})
    text = "Start `deamon` with deamon_ctl, getDeamon() or os.deamon; DEAMON is the Deamon."
    assert spelling.correct(text) == (
        "Start `deamon` with deamon_ctl, getDeamon() or os.deamon; DEAMON is the Daemon."
    )
    assert not find_typos(["Run `deamon` or deamon_ctl, getDeamon(), os.deamon, DEAMON."])


def test_a_chinese_homophone_of_a_word_the_notes_use_often_is_corrected() -> None:
    lines = [
        "1. 容器：隔离运行进程的环境",
        "2. 容器镜像：打包应用的模板",
        "3. 容器网络：连接各个服务的网络",
        "4. 容器存储：保存数据的卷",
        "5. 容器编排：调度多个实例的系统",
        "6. 容器日志：记录输出的文件",
        "7. 容器引擎：管理生命周期的程序",
        "8. 容器仓库：存放镜像的服务",
        "9. 容气安全：限制权限的机制",
    ]
    facts = parse_text("# 云原生\n\n## 概念\n\n" + "\n".join(lines) + "\n").facts
    spelling = notes_spelling(facts)
    assert spelling.chinese == {"容气": "容器"}
    safety = next(f for f in facts if "安全" in f.subject)
    assert spelled_fact(safety, spelling).subject == "容器安全"


def test_check_warns_of_a_typo_at_its_notes_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    result = CliRunner().invoke(cli, ["-C", str(tmp_path), "check", str(notes)])
    assert result.exit_code == 0, result.output
    assert "notes.md:9: warning: possible typo: 'environmnet' → 'environment'" in result.output
