"""Tests of the exam rendering stage (examgen/exam.py and templates/).

The papers are built by hand here (modelled on tests/fixtures/seed.txt, the Docker/K8S review
notes), with every question type, plus one English paper; an end-to-end test on the sample
notes runs when ``examgen.questions`` is available.

Golden HTML: ``test_golden_html`` compares :func:`examgen.exam.render_html` of one fixed paper
(student paper and key) with ``tests/golden/exam-*.html``. After an intended change to the
templates or the view code, refresh them with ``make golden`` (which runs
``EXAMGEN_UPDATE_GOLDEN=1 pytest -k golden``) and review the diff before committing.

The PDF tests need poppler-utils (``pdftotext``, ``pdffonts``) and fonts-noto-cjk.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from examgen import exam as exam_mod
from examgen.errors import ExamgenError
from examgen.exam import (
    BLANK_EM,
    RenderReport,
    css_string,
    display_width,
    footer_content,
    letters,
    option_columns,
    render_exams,
    render_html,
)
from examgen.model import ExamPaper, ExamSection, Option, Question

GOLDEN = Path(__file__).parent / "golden"
SEED = 20251127
SRC = "sources/paas.md"

# --------------------------------------------------------------------------- papers


def answer_fields(type_, answer, options=(), stems=(), **kw) -> dict:
    """A question's answer fields from the answer as the key JSON writes it (letters,
    "true"/"false", texts): the papers below read like their keys."""
    position = {letter: i for i, letter in enumerate(letters(len(options)))}
    right = {answer} if isinstance(answer, str) else set(answer)
    fields = {
        "options": tuple(
            Option(text, letter in right) for letter, text in zip(position, options, strict=False)
        ),
        "stems": tuple(stems),
        **kw,
    }
    if type_ == "true_false":
        fields["truth"] = answer == "true"
    elif type_ == "matching":
        fields["key"] = tuple(position[letter] for _, letter in answer)
    elif type_ == "ordering":
        fields["key"] = tuple(position[letter] for letter in answer)
    elif type_ in ("fill_blank", "short_answer"):
        fields["answers"] = (answer,) if isinstance(answer, str) else tuple(answer)
    if type_ not in ("single_choice", "multiple_choice"):
        fields["options"] = tuple(Option(text) for text in options)
    return fields


def _q(type_, prompt, answer, points, line, section, **kw) -> Question:
    return Question(
        type=type_,
        prompt=prompt,
        points=points,
        facts=(f"f{line:04d}",),
        source=f"{SRC}:{line}",
        section=("PaaS复习", *section),
        **answer_fields(type_, answer, **kw),
    )


CH1 = ("概念", "云计算技术基本原理")
CH2 = ("Docker技术原理与实践",)
CH3 = ("容器编排与Kubernetes原理",)
CH4 = ("云平台智能监控",)


def zh_sections() -> tuple[ExamSection, ...]:
    sc = [
        _q(
            "single_choice",
            "云计算通过网络将虚拟化资源作为服务提供，以下不属于其服务模式的是",
            "D",
            2,
            9,
            CH1,
            options=("IaaS", "PaaS", "SaaS", "DaaS"),
        ),
        _q(
            "single_choice",
            "Docker 三要素中，负责程序运行，包括操作系统、用户添加的文件和元数据的是",
            "A",
            2,
            24,
            CH1,
            options=("Docker Containers", "Docker Images", "DockerFile", "Docker Hub"),
        ),
        _q(
            "single_choice",
            "以下哪一项不属于命名空间的六种隔离？",
            "C",
            2,
            40,
            CH2,
            options=("UTS", "IPC", "CPU", "Mount"),
        ),
        _q(
            "single_choice",
            "限制、计算和隔离一组进程资源使用情况的 Linux 内核功能是",
            "B",
            2,
            52,
            CH2,
            options=("Namespace", "CGroups", "SELinux", "chroot"),
        ),
        _q(
            "single_choice",
            "K8S 核心组件中，负责 Pod 资源调度的是",
            "C",
            2,
            140,
            CH3,
            options=("API Server", "Controller Manager", "Scheduler", "Etcd Server"),
        ),
        _q(
            "single_choice",
            "关于 Pod 的描述，下列说法正确的是",
            "B",
            2,
            160,
            CH3,
            options=(
                "一个 Pod 内的容器各自拥有独立的生命周期，可以分别调度到不同节点上运行",
                "一个 Pod 内部的容器享有共同的生命周期：共同产生、调度和消亡",
                "Pod 只能运行在物理机上，不能运行在虚拟机节点上",
                "每个 Pod 只能运行一个业务容器，不能与其他容器共享网络栈和存储卷",
            ),
        ),
        _q(
            "single_choice",
            "Prometheus 的时间序列采集方式是",
            "A",
            2,
            250,
            CH4,
            options=(
                "通过 http pull 形式",
                "通过 http push 形式",
                "通过消息队列推送到服务端",
                "通过共享存储定时同步",
            ),
        ),
        _q(
            "single_choice",
            "全链路监控中，识别用户一次请求、全链路上所有节点公用的是",
            "A",
            2,
            262,
            CH4,
            options=("TraceID", "SpanID", "ParentSpanID", "UUID"),
        ),
        _q(
            "single_choice",
            "以下属于时间序列数据库的是",
            "D",
            2,
            247,
            CH4,
            options=("Fluentd", "Kafka", "Heapster", "influxdb"),
        ),
        _q(
            "single_choice",
            "申明 pod 副本数量在任何时候都符合某个预期值的资源对象是",
            "B",
            2,
            190,
            CH3,
            options=("Service", "Replication Controller", "Namespace", "Volume"),
        ),
    ]
    mc = [
        _q(
            "multiple_choice",
            "以下属于 Docker 优点的有",
            ("A", "B", "D"),
            3,
            19,
            CH1,
            options=("更低的资源损耗", "更快的启动速度", "更高的硬件依赖", "更强的弹性伸缩"),
        ),
        _q(
            "multiple_choice",
            "CGroups 的作用包括",
            ("A", "B", "C"),
            3,
            56,
            CH2,
            options=("资源限制", "优先级分配", "资源统计", "镜像构建"),
        ),
        _q(
            "multiple_choice",
            "K8S 支持的用户认证机制有",
            ("A", "B", "C"),
            3,
            225,
            CH3,
            options=("客户端证书", "token", "OpenID", "AlwaysDeny"),
        ),
        _q(
            "multiple_choice",
            "关于 Prometheus，下列说法正确的有",
            ("A", "C", "D"),
            3,
            252,
            CH4,
            options=(
                "采用多维度数据模型，具有灵活的查询语言来利用这些维度",
                "依赖分布式存储，必须多个服务节点协同工作",
                "通过中介网关支持短时间序列数据的收集",
                "监控目标可以通过服务发现或静态配置得到",
            ),
        ),
    ]
    tf = [
        _q("true_false", "容器被删除时，其未写入数据卷的数据一并删除。", "true", 1, 114, CH2),
        _q(
            "true_false",
            "数据卷受存储驱动程序控制，多个容器不能共享同一个数据卷。",
            "false",
            1,
            111,
            CH2,
        ),
        _q(
            "true_false",
            "fork/clone 自身时创建的子任务默认与原任务在同一个 cgroup。",
            "true",
            1,
            88,
            CH2,
        ),
        _q("true_false", "CNM 是 Docker 自带的网络方案，插件化，灵活度高。", "false", 1, 205, CH3),
        _q("true_false", "Pod 采用 Label 来建立 Service 和 Pod 之间的关系。", "true", 1, 166, CH3),
        _q("true_false", "namespace 是 K8S 多用户隔离的主要手段。", "true", 1, 222, CH3),
        _q("true_false", "Kafka 是开源监控报警系统和时间序列数据库。", "false", 1, 246, CH4),
        _q("true_false", "APM 的数据需要快速读取、快速聚合，接近实时。", "true", 1, 270, CH4),
    ]
    fb = [
        _q(
            "fill_blank",
            "Docker 利用 ____ 来控制和隔离资源限制。",
            "cgroups",
            2,
            53,
            CH2,
            answer_text="cgroups",
        ),
        _q(
            "fill_blank",
            "云计算发展路线：并行计算 → 集群计算 → ____ → 云计算。",
            "网络计算",
            2,
            10,
            CH1,
            answer_text="网络计算",
        ),
        _q(
            "fill_blank",
            "Docker 启动时，会自动在主机上创建一个名为 ____ 的虚拟网桥。",
            "docker0",
            2,
            120,
            CH2,
            answer_text="docker0",
        ),
        _q(
            "fill_blank",
            "符合容器运行时接口（____）的容器运行时都可以和 K8S 进行集成。",
            "CRI",
            2,
            213,
            CH3,
            answer_text="CRI",
        ),
        _q(
            "fill_blank",
            "支持 pod 横向自动扩容的资源对象是 ____。",
            "HPA",
            2,
            196,
            CH3,
            answer_text="HPA",
        ),
        _q(
            "fill_blank",
            "Fluentd 是一款免费、完全开源的 ____ 工具。",
            "日志管理",
            2,
            244,
            CH4,
            answer_text="日志管理",
        ),
    ]
    mt = [
        _q(
            "matching",
            "将下列命名空间与其隔离的内容配对，把对应字母填在括号内。",
            (("UTS", "B"), ("IPC", "A"), ("PID", "E"), ("Network", "C"), ("Mount", "D")),
            5,
            41,
            CH2,
            stems=("UTS", "IPC", "PID", "Network", "Mount"),
            options=(
                "隔离进程间通信",
                "系统标识，独立的 hostname",
                "网络资源隔离，包括网络设备",
                "隔离文件系统挂载点",
                "对进程 PID 重新标号",
            ),
        ),
        _q(
            "matching",
            "将下列 K8S 组件与其职责配对，把对应字母填在括号内。",
            (("API Server", "B"), ("Scheduler", "D"), ("Etcd Server", "C"), ("kube-proxy", "A")),
            5,
            141,
            CH3,
            stems=("API Server", "Scheduler", "Etcd Server", "kube-proxy"),
            options=("通信和负载均衡", "提供 REST 接口", "所有资源对象数据保存", "Pod 资源调度"),
        ),
    ]
    od = [
        _q(
            "ordering",
            "将云计算的发展路线按先后顺序排列。",
            ("C", "A", "D", "B"),
            4,
            10,
            CH1,
            options=("集群计算", "云计算", "并行计算", "网络计算"),
        ),
        _q(
            "ordering",
            "将应用的容器化改造过程按先后顺序排列。",
            ("B", "A", "C"),
            4,
            218,
            ("K8S设计实践",),
            options=("应用去状态", "简单容器化，应用无改造", "微服务，可重用"),
        ),
    ]
    sa = [
        _q(
            "short_answer",
            "简述 CGroups 的作用。",
            ("资源限制", "优先级分配", "资源统计", "任务控制"),
            7,
            56,
            CH2,
            answer_points=(1.75, 1.75, 1.75, 1.75),
        ),
        _q(
            "short_answer",
            "简述 K8S 中 Pod 的三种调度机制。",
            ("全自动调度（rc）", "特定场景调度（deployment）", "批处理调度（job）"),
            7,
            180,
            CH3,
            answer_points=(2.5, 2.5, 2),
        ),
    ]
    return (
        ExamSection(
            "single_choice",
            tuple(sc),
            "单项选择题",
            "在每小题列出的四个备选项中只有一个是符合题目要求的，请将其字母填写在题后的括号内。",
        ),
        ExamSection(
            "multiple_choice",
            tuple(mc),
            "多项选择题",
            "每小题有两个或两个以上的选项符合题目要求，多选、少选、错选均不得分。",
        ),
        ExamSection("true_false", tuple(tf), "判断题", "正确的在括号内打“√”，错误的打“×”。"),
        ExamSection("fill_blank", tuple(fb), "填空题", "请在横线上填写正确的内容。"),
        ExamSection(
            "matching", tuple(mt), "匹配题", "请为左侧每一项选出对应的说明，将字母填在横线上。"
        ),
        ExamSection("ordering", tuple(od), "排序题", "把选项字母按正确顺序填入方框。"),
        ExamSection("short_answer", tuple(sa), "简答题", "请简要作答，按答出的要点给分。"),
    )


def zh_paper(version: str = "A", seed: int = SEED) -> ExamPaper:
    sections = zh_sections()
    if version != "A":  # another version: the same questions in another order
        sections = tuple(replace(s, questions=s.questions[::-1]) for s in sections)
    return ExamPaper(
        title="PaaS复习 期末练习",
        seed=seed,
        version=version,
        lang="zh",
        sections=sections,
        subtitle="云计算与容器技术",
        duration="90分钟",
    )


def en_paper(version: str = "A") -> ExamPaper:
    sec = ("Operating Systems", "Processes")

    def q(type_, prompt, answer, points, line, **kw):
        return Question(
            type=type_,
            prompt=prompt,
            points=points,
            facts=(f"e{line}",),
            source=f"sources/os.md:{line}",
            section=sec,
            **answer_fields(type_, answer, **kw),
        )

    sections = (
        ExamSection(
            "single_choice",
            (
                q(
                    "single_choice",
                    "Which system call creates a new process on Unix?",
                    "B",
                    2,
                    4,
                    options=("exec", "fork", "spawn", "clone3"),
                ),
                q(
                    "single_choice",
                    "Which statement about threads is correct?",
                    "C",
                    2,
                    9,
                    options=(
                        "Threads of one process never share memory",
                        "Each thread has its own address space and file table",
                        "Threads of one process share its address space",
                        "A thread cannot block without blocking the whole machine",
                    ),
                ),
            ),
            "Single choice",
            "Choose the one best answer.",
        ),
        ExamSection(
            "multiple_choice",
            (
                q(
                    "multiple_choice",
                    "Which of these are process states?",
                    ("A", "B", "D"),
                    3,
                    12,
                    options=("Ready", "Running", "Compiled", "Blocked"),
                ),
            ),
            "Multiple choice",
            "Choose all that apply.",
        ),
        ExamSection(
            "true_false",
            (
                q(
                    "true_false",
                    "A zombie process has finished but not yet been reaped.",
                    "true",
                    1,
                    20,
                ),
            ),
            "True or false",
            "",
        ),
        ExamSection(
            "fill_blank",
            (
                q(
                    "fill_blank",
                    "The scheduler picks the next process from the ____ queue.",
                    "ready",
                    2,
                    24,
                    answer_text="ready",
                ),
                q(
                    "fill_blank",
                    "A process that waits for its parent forever is an ____.",
                    "orphan",
                    2,
                    27,
                    answer_text="orphan",
                ),
            ),
            "Fill in the blank",
            "",
        ),
        ExamSection(
            "matching",
            (
                q(
                    "matching",
                    "Match each signal with its default action.",
                    (("SIGKILL", "C"), ("SIGSTOP", "A"), ("SIGCHLD", "B")),
                    3,
                    30,
                    stems=("SIGKILL", "SIGSTOP", "SIGCHLD"),
                    options=("Stop the process", "Ignore", "Terminate; cannot be caught"),
                ),
            ),
            "Matching",
            "",
        ),
        ExamSection(
            "ordering",
            (
                q(
                    "ordering",
                    "Put the steps of a context switch in order.",
                    ("B", "C", "A"),
                    3,
                    35,
                    options=(
                        "Restore the next process's registers",
                        "Save the registers",
                        "Pick the next process",
                    ),
                ),
            ),
            "Ordering",
            "",
        ),
        ExamSection(
            "short_answer",
            (
                q(
                    "short_answer",
                    "Name the three classic process states.",
                    ("ready", "running", "blocked"),
                    6,
                    40,
                    answer_points=(2, 2, 2),
                ),
            ),
            "Short answer",
            "",
        ),
    )
    return ExamPaper(
        title="Operating Systems Quiz",
        seed=7,
        version=version,
        lang="en",
        sections=sections,
        subtitle="CS 241",
        date="2025-06-01",
        duration="45 minutes",
    )


# --------------------------------------------------------------------------- helpers


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def printed_text(paper: ExamPaper) -> str:
    """Everything the paper prints of its questions (an answer may legitimately be among it,
    e.g. as another question's option)."""
    return "\n".join(
        q.prompt + "\n" + "\n".join((*(o.text for o in q.options), *q.stems))
        for q in paper.questions
    )


def squash(text: str) -> str:
    """Text without whitespace: pdftotext splits CJK runs with spaces."""
    return re.sub(r"\s+", "", text)


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> tuple[Path, RenderReport, list[ExamPaper], list[str]]:
    out = tmp_path_factory.mktemp("exams")
    papers = [zh_paper("A"), zh_paper("B")]
    messages: list[str] = []
    report = render_exams(papers, out, html=True, combined=True, progress=messages.append)
    return out, report, papers, messages


@pytest.fixture(scope="module")
def rendered_en(tmp_path_factory) -> tuple[Path, RenderReport, ExamPaper]:
    out = tmp_path_factory.mktemp("exams-en")
    paper = en_paper()
    short = replace(en_paper("B"), sections=en_paper().sections[:2])  # a one-page version
    return out, render_exams([paper, short], out, combined=True), paper


# --------------------------------------------------------------------------- units


def test_display_width_counts_cjk_double():
    assert display_width("abc") == 3
    assert display_width("资源限制") == 8
    assert display_width("A. 资源") == 7
    assert display_width("（　）") == 6


def test_option_columns_by_width():
    assert option_columns(["A. IaaS", "B. PaaS", "C. SaaS", "D. DaaS"]) == 4
    assert (
        option_columns(
            [
                "A. 通过 http pull 形式",
                "B. 通过 http push 形式",
                "C. 通过消息队列推送到服务端",
                "D. 通过共享存储定时同步",
            ]
        )
        == 2
    )
    assert option_columns(["A. " + "很长的选项" * 5, "B. 短"]) == 1


def test_every_blank_has_the_same_width_whatever_its_answer():
    html = render_html(zh_paper())
    widths = set(re.findall(r'class="blank"[^>]*style="width: ?([0-9.]+)em', html))
    assert {float(w) for w in widths} == {BLANK_EM}


def test_letters():
    assert letters(4) == ("A", "B", "C", "D")
    assert letters(28)[-2:] == ("AA", "AB")


def test_footer_content_uses_counters_and_escapes():
    value = footer_content("{version}卷 · 第 {page} 页 / 共 {pages} 页", "A")
    assert value == '"A卷 · 第 " counter(page) " 页 / 共 " counter(pages) " 页"'
    assert css_string('a"b</style>') == '"a\\22 b\\3c /style\\3e "'


# --------------------------------------------------------------------------- HTML


def test_html_has_no_answers_and_escapes():
    paper = zh_paper()
    first = replace(paper.sections[0].questions[0], prompt="<script>alert(1)</script> 哪个？")
    sections = (replace(paper.sections[0], questions=(first,)), *paper.sections[1:])
    html = render_html(replace(paper, sections=sections))
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    html = render_html(paper)
    key = render_html(paper, answers=True)
    for q in paper.questions:
        if q.type == "fill_blank" and q.answer_text not in printed_text(paper):
            assert q.answer_text not in html
            assert q.answer_text in key


def test_html_numbers_questions_continuously_and_sizes_layout():
    html = render_html(zh_paper())
    numbers = [int(n) for n in re.findall(r'<span class="qnum">(\d+)\.</span>', html)]
    assert numbers == list(range(1, len(zh_paper().questions) + 1))
    # A section's heading: its numeral, its title and a note worded from its count and points.
    assert '一、</span>单项选择题<span class="points-note">（共10题，每题2分，共20分）' in html
    html_en = render_html(en_paper())
    assert (
        'I. </span>Single choice<span class="points-note"> (2 questions, 2 points each' in html_en
    )
    assert 'II. </span>Multiple choice<span class="points-note"> (1 question, 3 points)' in html_en
    assert 'class="options cols-4"' in html  # IaaS PaaS SaaS DaaS in one row
    assert 'class="options cols-2"' in html  # the Prometheus options, 2 x 2
    assert 'class="options cols-1"' in html  # the long Pod options, one per line
    assert html.count('class="box"') == 4 + 3  # ordering: a box per step
    # Short answer: a line per member and one to spare.
    assert html.count('<div class="line">') == (4 + 1) + (3 + 1)


def test_golden_html():
    """render_html of the fixed paper equals tests/golden/; EXAMGEN_UPDATE_GOLDEN=1 rewrites."""
    for name, answers in (("exam-golden-zh.html", False), ("exam-golden-zh-key.html", True)):
        html = render_html(zh_paper(), answers=answers)
        path = GOLDEN / name
        if os.environ.get("EXAMGEN_UPDATE_GOLDEN") == "1":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(html, encoding="utf-8")
            continue
        assert path.exists(), f"{path} missing: run `make golden`"
        assert html == path.read_text(encoding="utf-8"), (
            f"{name} differs from the golden file; if intended, run `make golden`"
        )


def test_template_override_css_and_html(tmp_path):
    (tmp_path / "exam.css").write_text("body { color: #123456; }\n", encoding="utf-8")
    html = render_html(zh_paper(), template_dirs=[tmp_path])
    assert "#123456" in html
    assert "break-inside" not in html  # the built-in stylesheet is replaced, not added to
    (tmp_path / "_question.html").write_text(
        "<p class=custom>{{ q.number }}</p>\n", encoding="utf-8"
    )
    html = render_html(zh_paper(), template_dirs=[tmp_path])
    assert "<p class=custom>1</p>" in html
    assert "单项选择题" in html  # exam.html still the built-in one


def test_template_errors_are_user_errors(tmp_path):
    with pytest.raises(ExamgenError, match="template folder not found"):
        render_html(zh_paper(), template_dirs=[tmp_path / "missing"])
    (tmp_path / "exam.html").write_text("{% for %}\n", encoding="utf-8")
    with pytest.raises(ExamgenError, match=r"exam.html:1"):
        render_html(zh_paper(), template_dirs=[tmp_path])


# --------------------------------------------------------------------------- PDF


def test_render_writes_every_file(rendered):
    out, report, _, messages = rendered
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [
            f"{kind}-{SEED}-{v}.{ext}"
            for v in "AB"
            for kind in ("exam", "key")
            for ext in ("pdf", "html")
        ]
        + [f"key-{SEED}-{v}.json" for v in "AB"]
        + [f"exams-{SEED}.pdf"]
    )
    assert set(report.paths) == set(out.iterdir())
    for version in report.versions:
        assert version.exam_pages == page_count(version.exam_pdf) >= 2
        assert version.key_pages == page_count(version.key_pdf)
    assert any("exam-20251127-A.pdf" in m for m in messages)


def test_key_json_is_the_papers_key(rendered):
    _, report, papers, _ = rendered
    for version, paper in zip(report.versions, papers, strict=True):
        text = version.key_json.read_text(encoding="utf-8")
        assert json.loads(text) == paper.key_json()
        assert "资源限制" in text  # ensure_ascii=False


def test_html_files_are_what_weasyprint_got(rendered):
    _, report, papers, _ = rendered
    assert report.versions[0].exam_html.read_text(encoding="utf-8") == render_html(papers[0])
    assert report.versions[1].key_html.read_text(encoding="utf-8") == render_html(
        papers[1], answers=True
    )


def check_prompts_printed(report: RenderReport, papers: list[ExamPaper]) -> None:
    for version, paper in zip(report.versions, papers, strict=True):
        text = squash(pdf_text(version.exam_pdf))
        for section in paper.sections:
            assert squash(section.title) in text, section.title
        for q in paper.questions:
            for piece in re.split(r"_{3,}", q.prompt):
                assert squash(piece) in text, piece
            for option in (*(o.text for o in q.options), *q.stems):
                assert squash(option) in text, option
        assert squash(paper.title) in text
        assert f"{paper.seed}-{paper.version}" in text


def check_answers_only_in_key(report: RenderReport, papers: list[ExamPaper]) -> int:
    """Fill-blank answers absent from the paper, present in the key; the key cites sources.
    Returns how many answers could be checked (those not printed elsewhere on the paper)."""
    checked = 0
    for version, paper in zip(report.versions, papers, strict=True):
        exam_text = squash(pdf_text(version.exam_pdf))
        key_text = squash(pdf_text(version.key_pdf))
        printed = squash(printed_text(paper))
        for q in paper.questions:
            if q.type == "fill_blank" and squash(q.answers[0]) not in printed:
                assert squash(q.answers[0]) not in exam_text, q.answers[0]
                assert squash(q.answers[0]) in key_text, q.answers[0]
                checked += 1
        marker = "参考答案" if paper.lang == "zh" else "AnswerKey"
        assert marker not in exam_text and marker in key_text
        # The key points each answer back to the notes.
        for q in paper.questions:
            assert squash(q.source) in key_text
            assert squash(" › ".join(q.section)) in key_text
    return checked


def check_fonts(pdf: Path) -> None:
    """A Noto CJK face is embedded, and every font is an embedded subset."""
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert any(re.search(r"Noto(Sans|Serif)CJK", r[0].replace("-", "")) for r in rows), out
    for row in rows:
        assert re.match(r"[A-Z]{6}\+", row[0]), row  # subset prefix
        assert row[-5:-3] == ["yes", "yes"], row  # emb, sub


def test_every_prompt_is_printed(rendered):
    _, report, papers, _ = rendered
    check_prompts_printed(report, papers)


def test_no_answers_on_the_paper_but_in_the_key(rendered):
    _, report, papers, _ = rendered
    assert check_answers_only_in_key(report, papers) >= 8


def test_cjk_font_embedded_as_subset(rendered, rendered_en):
    _, report, _, _ = rendered
    for version in report.versions:
        check_fonts(version.exam_pdf)
        check_fonts(version.key_pdf)
    check_fonts(report.combined_pdf)
    check_fonts(rendered_en[1].versions[0].exam_pdf)


def test_footer_has_version_and_page_counts(rendered, rendered_en):
    _, report, _, _ = rendered
    n = report.versions[0].exam_pages
    text = squash(pdf_text(report.versions[0].exam_pdf))
    assert f"A卷·第1页/共{n}页" in text
    assert f"A卷·第{n}页/共{n}页" in text
    _, report_en, _ = rendered_en
    text_en = pdf_text(report_en.versions[0].exam_pdf)
    assert f"Version A · page 1 of {report_en.versions[0].exam_pages}" in text_en


def test_combined_pads_each_version_to_even_pages(rendered):
    _, report, _, _ = rendered
    expected = sum(v.exam_pages + v.exam_pages % 2 for v in report.versions)
    assert report.combined_pages == expected == page_count(report.combined_pdf)


def test_combined_blank_page_pads_an_odd_version(rendered_en):
    from pypdf import PdfReader

    _, report, _ = rendered_en
    full, short = report.versions
    assert full.exam_pages == 2 and short.exam_pages == 1
    assert report.combined_pages == 4 == page_count(report.combined_pdf)
    pages = PdfReader(str(report.combined_pdf)).pages
    assert "Version B · page 1 of 1" in pages[2].extract_text()
    blank = pages[3].extract_text()
    assert "intentionally left blank" in blank
    assert "Version" not in blank  # no footer on the padding page


def test_english_paper_uses_a_latin_face_and_no_cjk_labels(rendered_en):
    _, report, _ = rendered_en
    text = pdf_text(report.versions[0].exam_pdf)
    assert "卷" not in text and "分" not in text
    assert "Name" in text and "Student ID" in text
    assert "orphan" not in text and "orphan" in pdf_text(report.versions[0].key_pdf)


def test_failed_render_leaves_existing_outputs_untouched(tmp_path, monkeypatch):
    paper = zh_paper()
    old = {f"exam-{SEED}-A.pdf": b"old exam", f"key-{SEED}-A.pdf": b"old key"}
    for name, data in old.items():
        (tmp_path / name).write_bytes(data)

    def boom(self, document, target):
        with exam_mod.atomic_path(target) as tmp:
            tmp.write_bytes(b"%PDF-1.7 half written")
            raise RuntimeError("disk on fire")

    monkeypatch.setattr(exam_mod._Renderer, "write", boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        render_exams([paper], tmp_path)
    for name, data in old.items():
        assert (tmp_path / name).read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(old)  # no temp files left


def test_duplicate_versions_rejected(tmp_path):
    with pytest.raises(ExamgenError):
        render_exams([zh_paper("A"), zh_paper("A")], tmp_path)
    with pytest.raises(ExamgenError):
        render_exams([], tmp_path)


def test_key_for_short_answer_any_k_and_true_false_explanation():
    members = ("资源限制", "优先级分配", "资源统计", "任务控制", "镜像分发")
    short = _q(
        "short_answer",
        "请列出“CGroups作用”中的任意3项（共5项）。",
        members,
        6,
        56,
        CH2,
        key_lines=members,
        answer_points=(2, 2, 2),
    )
    tf = _q(
        "true_false",
        "“镜像构建”属于“CGroups作用”。",
        "false",
        1,
        56,
        CH2,
        answer_text="错误（“镜像构建”属于“Docker三要素”）",
    )
    paper = replace(
        zh_paper(),
        sections=(
            ExamSection("true_false", (tf,), "判断题", ""),
            ExamSection("short_answer", (short,), "简答题", ""),
        ),
    )
    key = render_html(paper, answers=True)
    assert "×  错误（“镜像构建”属于“Docker三要素”）" in key
    assert "任答3项，每项2分" in key
    html = render_html(paper)
    assert html.count('<div class="line">') == 3 + 1  # room for the 3 asked for, not all 5
    assert "二、</span>简答题" in html  # bare titles numbered


@pytest.fixture(scope="module")
def sample_papers() -> list[ExamPaper]:
    """The real sample notes through the real pipeline."""
    from examgen import questions
    from examgen.config import ExamConfig
    from examgen.notes import parse_paths

    repo = Path(__file__).resolve().parent.parent
    result = parse_paths([repo / "sources"], root=repo)
    assert result.facts
    papers = questions.make_exam(
        result.facts, ExamConfig(variants=2), seed=SEED, title=result.title
    )
    return list(papers)


def test_sample_end_to_end(sample_papers, tmp_path):
    report = render_exams(sample_papers, tmp_path, combined=True)
    assert [v.version for v in report.versions] == ["A", "B"]
    for version, paper in zip(report.versions, sample_papers, strict=True):
        assert version.exam_pages == page_count(version.exam_pdf)
        assert json.loads(version.key_json.read_text(encoding="utf-8")) == paper.key_json()
        check_fonts(version.exam_pdf)
    check_prompts_printed(report, sample_papers)
    assert check_answers_only_in_key(report, sample_papers) >= 1
    assert report.combined_pages == sum(v.exam_pages + v.exam_pages % 2 for v in report.versions)
