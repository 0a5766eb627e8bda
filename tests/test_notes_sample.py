"""The sample notes: the golden facts, the two readers agreeing, and facts checked by hand.

``tests/golden/facts.json`` holds ``[f.to_json() for f in parse_paths(["sources"],
root=repo).facts]``. After an intended change to the parser or to ``sources/``, refresh it with
``make golden`` (which runs ``EXAMGEN_UPDATE_GOLDEN=1 pytest -k golden``: the golden test then
rewrites the file instead of comparing) and review the diff before committing.

The seed (``tests/fixtures/seed.txt``, the page copied as plain text) and the hand-made
Markdown (``sources/paas-review.md``) must give the same facts: same ids, kinds, subjects and
section paths.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from examgen.model import Fact, Item, ParseResult
from examgen.notes import parse_paths, parse_text

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "tests" / "fixtures" / "seed.txt"
GOLDEN = REPO / "tests" / "golden" / "facts.json"
TITLE = "PaaS复习"


def _sources() -> ParseResult:
    # The same as `parse_paths(["sources"], root=repo)` run in the repository, from any cwd.
    return parse_paths([REPO / "sources"], root=REPO)


@pytest.fixture(scope="module")
def markdown_result() -> ParseResult:
    return _sources()


@pytest.fixture(scope="module")
def seed_result() -> ParseResult:
    return parse_paths([SEED], reader="text", root=REPO)


def _by_subject(result: ParseResult, subject: str, kind: str) -> Fact:
    found = [f for f in result.facts if f.subject == subject and f.kind == kind]
    assert len(found) == 1, (subject, kind, found)
    return found[0]


def test_golden_facts_of_the_sample():
    facts = [fact.to_json() for fact in _sources().facts]
    rendered = json.dumps(facts, ensure_ascii=False, indent=2) + "\n"
    if os.environ.get("EXAMGEN_UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(rendered, encoding="utf-8")
        return
    assert GOLDEN.exists(), "no golden file yet: run `make golden`"
    assert json.loads(GOLDEN.read_text(encoding="utf-8")) == facts


def test_seed_and_markdown_give_the_same_ids_and_kinds(markdown_result, seed_result):
    markdown = {(f.id, f.kind) for f in markdown_result.facts}
    seed = {(f.id, f.kind) for f in seed_result.facts}
    assert markdown == seed
    assert len(markdown) == len(markdown_result.facts) == len(seed_result.facts)


def test_seed_and_markdown_agree_on_everything_but_lines(markdown_result, seed_result):
    def comparable(result: ParseResult) -> list[dict]:
        rows = []
        for fact in result.facts:
            row = fact.to_json()
            del row["source"], row["line"]
            rows.append(row)
        return rows

    assert comparable(markdown_result) == comparable(seed_result)


def test_sources_are_listed_with_their_hash(markdown_result):
    (source,) = markdown_result.sources
    assert source.path == "sources/paas-review.md"
    assert len(source.content_hash) == 64
    assert all(f.source == "sources/paas-review.md" for f in markdown_result.facts)


def test_fact_counts_by_kind(markdown_result):
    kinds = [f.kind for f in markdown_result.facts]
    assert (kinds.count("definition"), kinds.count("list"), kinds.count("sequence")) == (51, 56, 3)


def test_the_six_namespace_isolations(seed_result):
    fact = _by_subject(seed_result, "命名空间六种隔离", "list")
    assert fact.line == 53
    assert fact.section == (TITLE, "Docker技术原理与实践")
    assert fact.lang == "zh"
    assert fact.items == (
        Item("UTS", "系统标识,让一个容器拥有属于自己的独立于宿主机的hostname"),
        Item("IPC", "隔离进程间通信"),
        Item("PID", "对进程PID进行重新标号,不同namespace下面的PID具有相同的编号"),
        Item("Network", "实现网络资源隔离,包括网络设备"),
        Item("Mount", "通过隔离文件系统挂载点实现对文件系统的隔离"),
        Item("User", "隔离安全相关的标志符和属性"),
    )


def test_a_glossed_member_is_also_a_definition(seed_result):
    uts = _by_subject(seed_result, "UTS", "definition")
    assert uts.text == "系统标识,让一个容器拥有属于自己的独立于宿主机的hostname"
    assert uts.line == 55
    # A tag-like gloss is not worth a card of its own.
    assert not [f for f in seed_result.facts if f.subject == "AlwaysDeny"]


def test_the_arrow_chain_is_a_sequence(seed_result):
    fact = _by_subject(seed_result, "云计算发展路线", "sequence")
    assert fact.line == 16
    assert fact.section == (TITLE, "云计算技术基本原理")
    assert [item.text for item in fact.items] == ["并行计算", "集群计算", "网络计算", "云计算"]
    assert fact.to_json()["text"] is None


def test_the_nine_cgroup_subsystems(seed_result):
    fact = _by_subject(seed_result, "cgroup子系统", "list")
    assert fact.line == 90
    assert [item.text for item in fact.items] == [
        "blkio", "cpu", "cpuacct", "cpuset", "devices", "freezer", "memory", "pref_event",
        "net_cls",
    ]  # fmt: skip
    assert all(item.gloss is None for item in fact.items)


def test_a_colon_definition(seed_result):
    fact = _by_subject(seed_result, "云计算", "definition")
    assert fact.line == 15
    assert fact.text.startswith("是一种动态拓展的计算模式")


def test_labelled_lists_are_qualified_by_their_parent(seed_result):
    assert _by_subject(seed_result, "CGroups 作用", "list").line == 69
    assert _by_subject(seed_result, "Pod 使用场景", "list").line == 182
    assert _by_subject(seed_result, "全链路监控 机制", "list").line == 307
    # A label that already names its parent is not qualified again.
    _by_subject(seed_result, "为什么引入Pod", "list")


def test_item_with_paragraph_and_labels(seed_result):
    cgroups = _by_subject(seed_result, "CGroups", "definition")
    assert cgroups.text.startswith("是linux内核功能")
    containers = _by_subject(seed_result, "Docker三要素", "list")
    assert containers.items[0] == Item(
        "Docker Containers", "负责程序运行,包括操作系统、用户添加的文件和元数据"
    )


def test_nested_items_give_their_own_lists(seed_result):
    assert [i.text for i in _by_subject(seed_result, "核心组件", "list").items] == [
        "master",
        "node",
    ]
    master_processes = _by_subject(seed_result, "master 运行各类关键进程", "list")
    assert [i.text for i in master_processes.items] == [
        "API Server", "Controller Manager", "Scheduler", "Etcd Server",
    ]  # fmt: skip
    assert master_processes.items[0].gloss == "提供REST接口"
    assert len(_by_subject(seed_result, "API Server", "list").items) == 3


def test_a_term_with_gloss_and_bullets_is_a_definition_and_a_list(seed_result):
    definition = _by_subject(seed_result, "Prometheus", "definition")
    listing = _by_subject(seed_result, "Prometheus", "list")
    assert definition.text == "开源监控报警系统和时间序列数据库"
    assert len(listing.items) == 7
    assert definition.id != listing.id


def test_ordered_subjects_and_hyphen_chains_are_sequences(seed_result):
    process = _by_subject(seed_result, "容器化改造过程", "sequence")
    assert len(process.items) == 3
    model = _by_subject(seed_result, "CRI 设计模型", "sequence")
    assert [i.text for i in model.items] == ["kubelet", "shim", "runtime"]
    assert model.line == 234
    # Hyphens in names are not chains.
    assert _by_subject(seed_result, "kube-proxy", "definition").text == "通信和负载均衡"


def test_acronyms_with_expansion(seed_result):
    cni = _by_subject(seed_result, "CNI", "definition")
    assert cni.text == "container network interfa"
    assert cni.lang == "en"
    assert _by_subject(seed_result, "CSI", "definition").text == "container storage interface"


def test_noise_is_skipped_and_reported(seed_result):
    skipped = {(d.line, d.message.split(":")[0]) for d in seed_result.diagnostics
               if d.severity == "skipped"}  # fmt: skip
    assert (5, "byline") in skipped
    assert (7, "epigraph") in skipped
    assert (9, "epigraph") in skipped
    assert (45, "nothing under this item") in skipped  # 对比虚拟机
    assert (121, "nothing under this item") in skipped  # Docker命令
    subjects = {f.subject for f in seed_result.facts}
    assert not subjects & {"Posted by Gavin on November 6, 2019", "身世酒杯中", "万事皆空"}
    assert not subjects & {"对比虚拟机", "Docker命令"}


def test_the_same_subject_twice_is_warned_about(seed_result):
    (warning,) = [d for d in seed_result.diagnostics if d.severity == "warning"]
    assert warning.line == 229
    assert "kubelet" in warning.message and "seed.txt:158" in warning.message
    kubelets = [f for f in seed_result.facts if f.subject == "kubelet"]
    assert len({f.id for f in kubelets}) == len(kubelets) == 3


def test_every_fact_is_well_formed(markdown_result):
    ids = [f.id for f in markdown_result.facts]
    assert len(ids) == len(set(ids))
    for fact in markdown_result.facts:
        assert fact.subject and fact.section[0] == TITLE and len(fact.section) == 2
        if fact.kind == "definition":
            assert fact.text and not fact.items
        else:
            assert fact.items and not fact.text
    lines = [f.line for f in markdown_result.facts]
    assert lines == sorted(lines)
    assert markdown_result.title == TITLE


def test_english_order_words_match_whole_words_only():
    text = (
        "# T\n\n## A\n\n- Linux processes\n  - init\n  - bash\n- Border states\n  - a\n  - b\n"
        "- Build process\n  - compile\n  - link\n- 部署流程\n  - 甲\n  - 乙\n"
    )
    kinds = {f.subject: f.kind for f in parse_text(text).facts}
    assert kinds == {
        "Linux processes": "list",
        "Border states": "list",
        "Build process": "sequence",
        "部署流程": "sequence",
    }


def _without_blank_line_after_term(markdown: str) -> str:
    """The sample as many people type it: an item's description right on the next line,
    indented to the item's text, with no blank line in between."""
    marker = re.compile(r"^(\s*)(\d+\.|[-*+])(\s+)\S")
    lines = markdown.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        out.append(lines[index])
        match = marker.match(lines[index])
        if (
            match
            and index + 2 < len(lines)
            and not lines[index + 1].strip()
            and lines[index + 2].strip()
            and not marker.match(lines[index + 2])
            and len(lines[index + 2]) - len(lines[index + 2].lstrip()) == match.end(3)
        ):
            index += 2
            continue
        index += 1
    return "\n".join(out)


def test_term_on_one_line_description_on_the_next_needs_no_blank_line():
    markdown = (REPO / "sources" / "paas-review.md").read_text(encoding="utf-8")
    tight = _without_blank_line_after_term(markdown)
    assert tight.count("\n") < markdown.count("\n") - 10, "the sample has such items"

    def facts(text: str) -> set:
        return {
            (f.id, f.kind, f.subject, f.text, f.items, f.section)
            for f in parse_text(text, source="s.md").facts
        }

    assert facts(tight) == facts(markdown)


def test_a_wrapped_sentence_is_not_split_into_term_and_description():
    wrapped = (
        "# T\n\n## A\n\n- Tools\n  - Docker is a tool that packs\n"
        "    applications into containers\n  - Podman\n"
    )
    tools, docker = parse_text(wrapped).facts
    assert [item.text for item in tools.items] == [
        "Docker is a tool that packs applications into containers",
        "Podman",
    ]
    # The whole wrapped sentence is read: what it says Docker is, both lines of it.
    assert (docker.subject, docker.text) == (
        "Docker",
        "a tool that packs applications into containers",
    )
    tight = "# T\n\n## A\n\n- Docker Images\n  只读模版,运行容器\n"
    (definition,) = parse_text(tight).facts
    assert (definition.kind, definition.subject, definition.text) == (
        "definition",
        "Docker Images",
        "只读模版,运行容器",
    )


def test_a_description_with_a_colon_stays_the_terms_description():
    text = (
        "# T\n\n## A\n\n1. UDP(User Datagram Protocol)\n"
        "   A connectionless transport protocol: no handshake, no delivery guarantee\n"
    )
    (udp,) = parse_text(text).facts
    assert (udp.kind, udp.subject) == ("definition", "UDP")
    assert udp.text.endswith(
        "A connectionless transport protocol: no handshake, no delivery guarantee"
    )


def test_a_spaced_dash_after_a_term_defines_it_but_hyphens_in_names_do_not():
    text = (
        "# T\n\n## A\n\n- UDP — connectionless datagrams\n- ICMP - control messages\n"
        "- kube-proxy(network proxy)\n- Handshake: SYN -> SYN-ACK -> ACK\n"
    )
    facts = {f.subject: (f.kind, f.text, [i.text for i in f.items]) for f in parse_text(text).facts}
    assert facts == {
        "UDP": ("definition", "connectionless datagrams", []),
        "ICMP": ("definition", "control messages", []),
        "kube-proxy": ("definition", "network proxy", []),
        "Handshake": ("sequence", "", ["SYN", "SYN-ACK", "ACK"]),
        "A": ("list", "", ["UDP", "ICMP", "kube-proxy", "Handshake"]),
    }
