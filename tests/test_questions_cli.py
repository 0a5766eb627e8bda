"""`examgen check --questions` and `examgen exam --review`, through the command line."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from examgen.cli import cli

NOTES = """# K8S复习

## 容器编排

- node
  - kubelet
  - kube-proxy
  - docker

- Docker优点
  - 启动快
  - 资源损耗低
  - 易迁移

- Docker缺点
  - 隔离性弱
  - 安全性差

Scheduler：资源调度控制器组件

缺点：相对比较昂贵和缓慢的硬件加密芯片

kubelet：节点上管理容器的代理
"""


def run(tmp_path: Path, *args: str):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    runner = CliRunner()
    return runner.invoke(cli, ["-C", str(tmp_path), *args, str(notes)], catch_exceptions=False)


def test_check_questions_names_the_rule_and_the_line(tmp_path):
    result = run(tmp_path, "check", "--questions")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    # A rule applied to the built candidates: "缺点" is a heading, not a term to ask.
    line = next(x for x in lines if "“缺点”" in x and "every candidate breaks a rule" in x)
    assert re.match(r"\S*notes\.md:21: skipped: ", line), line
    assert "named_terms (“缺点” is a generic heading, not a term)" in line
    # The category rule, which needs no candidate built, with its line too.
    line = next(x for x in lines if "“node”" in x and "category rule" in x)
    assert re.match(r"\S*notes\.md:5: skipped: ", line), line
    # Without --questions the candidates are not built.
    assert "named_terms" not in run(tmp_path, "check").stdout


def test_exam_review_writes_the_sheet_beside_the_papers(tmp_path):
    out = tmp_path / "out"
    result = run(tmp_path, "exam", "--seed", "3", "-o", str(out), "--review")
    assert result.exit_code == 0, result.output
    sheet = (out / "review-3.html").read_text(encoding="utf-8")
    key = (out / "key-3-A.json").read_text(encoding="utf-8")
    prompts = re.findall(r'"prompt": "([^"]+)"', key)
    assert prompts and all(p in sheet for p in prompts)
    assert "notes.md:" in sheet  # each question's source line
    assert "one_defensible_answer" in sheet  # the rules it passed
    # Each distractor says the slot it came from.
    assert re.search(r"<td>(sibling|contrasting list|other list|term|definition)</td>", sheet)
    assert "same fact" in sheet or "same section" in sheet
