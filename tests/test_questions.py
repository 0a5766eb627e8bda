"""Exam questions: the blueprint, distractors, balance, determinism and versions.

Until the notes parser is there, the facts are a hand-built model of tests/fixtures/seed.txt
(Chinese cloud / Docker / K8S review notes); tests on the parsed sample run once it parses.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from examgen.config import DEFAULT_BLUEPRINT, BlueprintEntry, ExamConfig
from examgen.exam import render_html
from examgen.model import QUESTION_TYPES, ExamPaper, Fact, Item, Question
from examgen.notes import parse_paths
from examgen.questions import LETTERS, explain_unusable, make_exam, normalize, pick_seed
from examgen.questions.optionkind import compound
from examgen.questions.wording import SECTION_NAMES

TITLE = "PaaS复习"
BASICS = "云计算技术基本原理"
DOCKER = "Docker技术原理与实践"
K8S = "容器编排与Kubernetes原理"
K8S_PRACTICE = "K8S设计实践"
MONITORING = "云平台智能监控"
APPS = "容器云平台应用"


def answer_of(q: Question) -> object:
    """The answer as the key JSON gives it (letters, "true"/"false", texts), as a tuple
    where the JSON has a list or (matching) a mapping."""
    value = q.to_json()["answer"]
    if isinstance(value, dict):
        return tuple(value.items())
    return tuple(value) if isinstance(value, list) else value


def texts(q: Question) -> tuple[str, ...]:
    """The options' texts, in the printed order."""
    return tuple(o.text for o in q.options)


def _items(*texts: str) -> tuple[Item, ...]:
    """``"UTS(系统标识)"`` -> Item("UTS", "系统标识"), as the notes write glosses."""
    items = []
    for text in texts:
        match = re.fullmatch(r"(.+?)\((.+)\)", text)
        items.append(Item(match[1], match[2]) if match else Item(text))
    return tuple(items)


def seed_like_facts() -> tuple[Fact, ...]:
    """Facts as the parser should find them in tests/fixtures/seed.txt."""
    specs: list[tuple[str, str, str, object]] = [
        (
            BASICS,
            "definition",
            "云计算",
            "是一种动态拓展的计算模式,通过网络将虚拟化资源作为服务提供,模式有LaaSPAASSaaS",
        ),
        (BASICS, "sequence", "云计算发展路线", ("并行计算", "集群计算", "网络计算", "云计算")),
        (BASICS, "list", "云计算优势", ("节省费用/所付即所用", "即时升级", "安全", "可靠", "APIs")),
        (BASICS, "list", "主流云平台", ("Kubernetes/Mesos/Swarm", "Google Cloud Engine", "Docker")),
        (
            BASICS,
            "list",
            "Docker优点",
            ("更低的资源损耗", "更快的启动速度", "更好的应用耦合", "更强的弹性伸缩"),
        ),
        (
            BASICS,
            "list",
            "Docker三要素",
            (
                "Docker Containers(负责程序运行,包括操作系统、用户添加的文件和元数据)",
                "Docker Images(只读模版,运行容器)",
                "DockerFile(文件指令集,说明如何自动创建Docker镜像)",
            ),
        ),
        (BASICS, "list", "PaaS平台最基本问题", ("封装", "标准")),
        (
            DOCKER,
            "list",
            "Docker应用场景",
            (
                "web应用的自动化打包和发布",
                "自动化测试和持续集成、发布",
                "在服务环境中部署和调整数据库和其他后台应用",
                "从头编译或拓展现有平台来搭建自己的PaaS平台",
            ),
        ),
        (
            DOCKER,
            "list",
            "命名空间六种隔离",
            (
                "UTS(系统标识,让一个容器拥有属于自己的独立于宿主机的hostname)",
                "IPC(隔离进程间通信)",
                "PID(对进程PID进行重新标号,不同namespace下面的PID具有相同的编号)",
                "Network(实现网络资源隔离,包括网络设备)",
                "Mount(通过隔离文件系统挂载点实现对文件系统的隔离)",
                "User(隔离安全相关的标志符和属性)",
            ),
        ),
        (
            DOCKER,
            "definition",
            "CGroups",
            "是linux内核功能,限制、计算和隔离一组进程的资源使用情况,docker利用cgroups来控制和隔离资源限制",
        ),
        (DOCKER, "list", "CGroups作用", ("资源限制", "优先级分配", "资源统计", "任务控制")),
        (
            DOCKER,
            "list",
            "CGroups相关术语",
            (
                "task(系统的一个进程或线程)",
                "cgroup(以cgroup为单位,以某种资源控制标准划分的任务组,包括一个或多个子系统)",
                "subsystem(资源调度控制器)",
                "hierarchy(cgroup以树状结构排列,每个层级绑定对应子系统进行资源控制)",
            ),
        ),
        (
            DOCKER,
            "list",
            "cgroup子系统",
            (
                "blkio",
                "cpu",
                "cpuacct",
                "cpuset",
                "devices",
                "freezer",
                "memory",
                "pref_event",
                "net_cls",
            ),
        ),
        (DOCKER, "list", "Docker架构", ("Docker client", "Docker Deamon")),
        (
            DOCKER,
            "list",
            "Docker Deamon",
            (
                "execdriver(对Linux封装)",
                "volumedriver(数据)",
                "graphdriver(镜像)",
            ),
        ),
        (
            DOCKER,
            "list",
            "数据卷",
            (
                "数据卷不受存储驱动程序控制",
                "可将任意数量的数据卷加入容器中",
                "多个容器可以共享数据卷",
                "容器被删除,其未写入数据卷的数据一并删除",
            ),
        ),
        (
            DOCKER,
            "definition",
            "Docker网络",
            (
                "当 Docker 启动时,会自动在主机上创建一个 docker0 虚拟网桥,实际上是Linux 的一个 "
                "bridge,可以理解为一个软件交换机。它会在挂载到它的网口之间进行转发。"
            ),
        ),
        (
            K8S,
            "list",
            "K8S优势",
            (
                "更灵活的容器编排策略",
                "更丰富的主机管理和调度策略和类型",
                "更多的工具链集成",
                "更好的微服务支持",
                "更活跃和更开放的开源社区",
                "开箱即用的滚动升级、服务回滚等等",
            ),
        ),
        (K8S, "definition", "K8S概念", "基于容器技术的分布式架构设计方案"),
        (
            K8S,
            "list",
            "关键进程",
            (
                "API Server(提供REST接口)",
                "Controller Manager(所有资源自动化控制中心)",
                "Scheduler(Pod资源调度)",
                "Etcd Server(所有资源对象数据保存)",
            ),
        ),
        (K8S, "list", "kubelet职责", ("节点管理", "容器管理", "健康检查", "资源监控")),
        (
            K8S,
            "list",
            "Pod使用场景",
            ("数据同步服务", "日志数据收集", "监控数据收集", "网络数据收集"),
        ),
        (
            K8S,
            "list",
            "调度机制",
            ("全自动调度(rc)", "特定场景调度(deployment)", "批处理调度(job)"),
        ),
        (K8S, "definition", "灰度发布", "删除旧RS,创建新RS"),
        (
            K8S,
            "definition",
            "kubelet",
            "集群管理的最重要的组件进程,负责管理和维护这台主机上所有的容器,使得pod运行状态与期望值一致",
        ),
        (K8S, "definition", "CRI", "容器运行时接口,符合这个接口的容器运行时都可以和K8S进行集成"),
        (
            K8S_PRACTICE,
            "sequence",
            "容器化改造过程",
            ("简单容器化,应用无改造", "应用去状态", "微服务,可重用"),
        ),
        (
            K8S_PRACTICE,
            "list",
            "用户认证机制",
            ("客户端证书", "token", "OpenID", "Basic", "Keystone"),
        ),
        (
            K8S_PRACTICE,
            "list",
            "授权机制模式",
            ("AlwaysDeny(测试)", "AlwaysAllow", "ABAC", "Webhook"),
        ),
        (
            K8S_PRACTICE,
            "list",
            "Federation",
            (
                "为用户分配最近的集群",
                "高可用",
                "弹性拓展",
                "避免供应商锁定",
                "混合云支持",
                "提升规模化",
                "跨集群间的资源和任务管理",
            ),
        ),
        (MONITORING, "definition", "Fluentd", "免费、完全开源的日志管理工具"),
        (MONITORING, "definition", "Kafka", "高吞吐量分布式发布订阅消息系统"),
        (MONITORING, "definition", "Heapster", "容器集群监控和性能分析工具"),
        (MONITORING, "definition", "influxdb", "时间序列数据库"),
        (MONITORING, "definition", "Prometheus", "开源监控报警系统和时间序列数据库"),
        (
            MONITORING,
            "list",
            "全链路监控",
            (
                "TraceID(识别用户一次请求,所有全链路上的节点公用一个TraceID)",
                "SpanID(正在处理用户请求的节点)",
                "ParentSpanID(正在处理用户请求的节点的上一个节点)",
            ),
        ),
        (APPS, "list", "常见微服务相关框架", ("Dubbo", "Spring Cloud", "Linkerd", "Istio")),
        (APPS, "list", "微服务应用设计原则", ("前后端分离", "无状态服务", "无状态通信")),
        (
            APPS,
            "list",
            "微服务要解决的问题",
            ("服务通信", "路由寻址", "服务监控", "服务治理", "多语言"),
        ),
    ]
    facts = []
    for number, (chapter, kind, subject, body) in enumerate(specs, start=1):
        common = dict(
            id=f"f{number:02d}",
            kind=kind,
            subject=subject,
            section=(TITLE, chapter),
            source="tests/fixtures/seed.txt",
            line=10 * number,
        )
        if kind == "definition":
            facts.append(Fact(text=str(body), **common))
        else:
            facts.append(Fact(items=_items(*body), **common))
    return tuple(facts)


FACTS = seed_like_facts()
FACTS_BY_ID = {f.id: f for f in FACTS}
TF_VALUES = ("true", "false")


def exam(seed: int = 1, facts=FACTS, **config) -> tuple[ExamPaper, ...]:
    return make_exam(facts, ExamConfig(**config), seed=seed)


def key(paper: ExamPaper) -> str:
    return json.dumps(paper.key_json(), ensure_ascii=False, sort_keys=True)


def members(fact: Fact) -> set[str]:
    return {normalize(item.text) for item in fact.items}


def glosses(fact: Fact) -> dict[str, str]:
    return {item.text: item.gloss for item in fact.items if item.gloss}


def letter_index(letter: str) -> int:
    return LETTERS.index(letter)


# --------------------------------------------------------------------------- invariants


def check_question(q: Question, facts_by_id: dict[str, Fact]) -> None:
    """What must hold for every generated question, whatever the seed."""
    assert q.facts and all(f in facts_by_id for f in q.facts)
    assert q.prompt.strip()
    fact = facts_by_id[q.facts[0]]
    assert q.source == fact.location
    assert q.section == fact.section
    keys = [normalize(o) for o in texts(q)]
    assert len(set(keys)) == len(keys), f"options not distinct: {texts(q)}"
    assert all(keys), texts(q)
    assert answer_of(q) not in ("", (), None)

    if q.type == "single_choice":
        # Three options when only two wrong ones are of the answer's kind (distractor_kind).
        assert len(texts(q)) in (3, 4)
        assert answer_of(q) in LETTERS[: len(texts(q))]
        check_single_choice_slot(q, fact)
    elif q.type == "multiple_choice":
        assert 4 <= len(texts(q)) <= 6
        assert list(answer_of(q)) == sorted(set(answer_of(q)))
        assert 2 <= len(answer_of(q)) <= len(texts(q)) - 2  # two wrong at least
        right = {normalize(texts(q)[letter_index(a)]) for a in answer_of(q)}
        wrong = set(keys) - right
        assert right <= members(fact)
        assert not wrong & members(fact)
    elif q.type == "true_false":
        assert answer_of(q) in TF_VALUES
        assert not texts(q)
    elif q.type == "fill_blank":
        assert "______" in q.prompt
        assert isinstance(answer_of(q), str) and answer_of(q)
        if fact.kind == "sequence" or fact.kind == "list":
            assert normalize(answer_of(q)) in members(fact)
        else:
            assert normalize(answer_of(q)) in normalize(fact.subject)
        assert normalize(answer_of(q)) not in normalize(q.prompt.replace("______", ""))
    elif q.type == "matching":
        assert MATCHING_RANGE[0] <= len(q.stems) <= MATCHING_RANGE[1]
        assert len(texts(q)) == len(q.stems)
        mapping = dict(answer_of(q))
        assert list(mapping) == list(q.stems)
        assert sorted(mapping.values()) == sorted(LETTERS[: len(texts(q))])
        if len(q.facts) == 1:
            gloss_of = glosses(fact)
            for stem, letter in answer_of(q):
                assert texts(q)[letter_index(letter)] == gloss_of[stem]
        else:
            asked = [facts_by_id[f] for f in q.facts]
            for stem, letter in answer_of(q):
                definition = normalize(texts(q)[letter_index(letter)])
                owner = next(f for f in asked if normalize(f.subject).startswith(normalize(stem)))
                assert definition in normalize(owner.text)
    elif q.type == "ordering":
        assert sorted(answer_of(q)) == sorted(LETTERS[: len(texts(q))])
        assert [texts(q)[letter_index(a)] for a in answer_of(q)] == [i.text for i in fact.items]
        assert list(answer_of(q)) != sorted(answer_of(q)), "options already in order"
    elif q.type == "short_answer":
        assert [normalize(m) for m in answer_of(q)] == [normalize(i.text) for i in fact.items]
        assert q.answer_points and sum(q.answer_points) == pytest.approx(q.points)
        assert len(q.answer_points) <= len(answer_of(q))


MATCHING_RANGE = (4, 6)

BELONGS = re.compile(
    r"下列选项中，属于“(.+)”的是哪一项？|Which of the following belongs to “(.+)”\?"
)
NOT_BELONGS = re.compile(
    r"下列选项中，不属于“(.+)”的是哪一项？|Which of the following does NOT belong to “(.+)”\?"
)
TERM_TO_DEFINITION = re.compile(
    r"下列对“(.+)”的描述，正确的是哪一项？|在“.+”中，对“(.+)”的描述正确的是哪一项？"
    r"|Which of the following best describes “(.+)”\?"
    r"|In “.+”, which of the following describes “(.+)”\?"
)


def check_single_choice_slot(q: Question, fact: Fact) -> None:
    """The right answer is right and the distractors come from the right slot."""
    answer = normalize(texts(q)[letter_index(answer_of(q))])
    others = [normalize(o) for i, o in enumerate(texts(q)) if i != letter_index(answer_of(q))]
    if BELONGS.fullmatch(q.prompt):
        assert answer in members(fact)
        assert not set(others) & members(fact), "a distractor belongs to the list"
    elif NOT_BELONGS.fullmatch(q.prompt):
        assert answer not in members(fact)
        assert set(others) <= members(fact)
    elif match := TERM_TO_DEFINITION.fullmatch(q.prompt):
        term = next(g for g in match.groups() if g)
        definition = normalize(glosses(fact).get(term) or fact.text)
        assert answer in definition
        assert all(o not in definition and definition not in o for o in others)
    else:  # definition -> term
        assert q.prompt.endswith("描述的是下列哪一项？") or q.prompt.startswith("Which")
        if fact.kind == "definition":
            assert answer in normalize(fact.subject)
            assert answer not in others
        else:
            # A sibling member is a fair distractor, as long as its gloss is not the clue.
            assert answer in members(fact)
            clue = normalize(glosses(fact)[texts(q)[letter_index(answer_of(q))]])
        # Never the answer in disguise ("cgroup" beside "CGroups").
        assert all(answer not in o and o not in answer for o in others)
        if fact.kind != "definition":
            for item in fact.items:
                if normalize(item.text) in others:
                    assert normalize(item.gloss or "") != clue


SEEDS = range(120)


@pytest.fixture(scope="module")
def many_exams() -> list[ExamPaper]:
    return [paper for seed in SEEDS for paper in exam(seed, variants=2)]


def test_every_question_is_well_formed(many_exams):
    for paper in many_exams:
        for q in paper.questions:
            check_question(q, FACTS_BY_ID)


def test_no_fact_is_asked_twice(many_exams):
    for paper in many_exams:
        asked = [f for q in paper.questions for f in q.facts]
        assert len(asked) == len(set(asked))


def test_answer_positions_are_balanced(many_exams):
    # A three-option question has no D: each option count is balanced on its own.
    positions = Counter(
        answer_of(q)
        for paper in many_exams
        for q in paper.questions
        if q.type == "single_choice" and len(texts(q)) == 4
    )
    assert set(positions) == set("ABCD")
    # Each paper spreads its answers exactly (asserted below); a paper has two or three
    # four-option questions, so the letters left over are chance. Since wrong options come
    # from the answer's kin only, more questions have three options; since session 23 a key
    # translating its term ("控制" for "Controller Manager", "接口" for "API Server") is no
    # question either: about 76 four-option questions over these papers, a letter's count
    # about 19 with a spread of about 4. A letter three spreads off its share is no chance.
    total = sum(positions.values())
    spread = (total * 0.25 * 0.75) ** 0.5
    assert all(abs(n - total / 4) < 3 * spread for n in positions.values()), positions
    for paper in many_exams:
        for size in (3, 4):
            per_paper = Counter(
                answer_of(q)
                for q in paper.questions
                if q.type == "single_choice" and len(texts(q)) == size
            )
            counts = [per_paper[letter] for letter in "ABCD"[:size]]
            assert max(counts) - min(counts) <= 1, per_paper


def test_true_and_false_are_balanced(many_exams):
    for paper in many_exams:
        truths = Counter(answer_of(q) for q in paper.questions if q.type == "true_false")
        assert abs(truths["true"] - truths["false"]) <= 1


def test_multiple_choice_answer_count_varies(many_exams):
    sizes = Counter(
        (len(texts(q)), len(answer_of(q)))
        for paper in many_exams
        for q in paper.questions
        if q.type == "multiple_choice"
    )
    # Not always "all but one": the student cannot game the number of right answers.
    assert len(sizes) >= 4


def test_distractors_vary_between_seeds():
    prompts = Counter()
    options = {}
    for seed in range(40):
        for q in exam(seed)[0].questions:
            if q.type == "single_choice":
                prompts[q.prompt] += 1
                options.setdefault(q.prompt, set()).add(frozenset(texts(q)))
    # Three drawings: a definition question among a small list's siblings has exactly its
    # siblings as options (wrong options come from the answer's kin only), so the prompts
    # drawn most often need not be the ones whose options can vary.
    repeated = [p for p, n in prompts.items() if n >= 3]
    assert repeated
    assert any(len(options[p]) > 1 for p in repeated)


# --------------------------------------------------------------------------- determinism


def test_same_seed_gives_identical_papers():
    first = exam(7, variants=3)
    second = exam(7, variants=3)
    assert [key(p) for p in first] == [key(p) for p in second]
    assert first == second


def test_input_order_does_not_matter():
    shuffled = tuple(reversed(FACTS))
    assert [key(p) for p in exam(11, variants=2)] == [
        key(p) for p in exam(11, facts=shuffled, variants=2)
    ]


def test_another_seed_gives_another_exam():
    assert key(exam(1)[0]) != key(exam(2)[0])


def test_version_a_does_not_depend_on_the_number_of_versions():
    assert key(exam(5, variants=1)[0]) == key(exam(5, variants=4)[0])


def test_versions_differ_in_order_only():
    papers = exam(3, variants=3)
    assert [p.version for p in papers] == ["A", "B", "C"]

    def content(paper: ExamPaper) -> Counter:
        items = Counter()
        for q in paper.questions:
            answer = answer_of(q)
            if q.type == "single_choice":
                answer = texts(q)[letter_index(answer_of(q))]
            elif q.type == "multiple_choice":
                answer = frozenset(texts(q)[letter_index(a)] for a in answer_of(q))
            elif q.type == "ordering":
                answer = tuple(texts(q)[letter_index(a)] for a in answer_of(q))
            elif q.type == "matching":
                answer = frozenset((s, texts(q)[letter_index(a)]) for s, a in answer_of(q))
            items[(q.type, q.facts, q.prompt, frozenset(texts(q)), answer, q.points)] += 1
        return items

    base = content(papers[0])
    for other in papers[1:]:
        assert content(other) == base
        assert key(other) != key(papers[0])
        assert [s.type for s in other.sections] == [s.type for s in papers[0].sections]
        assert [s.title for s in other.sections] == [s.title for s in papers[0].sections]


# --------------------------------------------------------------------------- blueprint


def test_default_blueprint_is_met_or_the_rules_say_why_on_the_sample_model():
    wanted = {e.type: e.count for e in DEFAULT_BLUEPRINT}
    for seed in range(20):
        paper = exam(seed)[0]
        made = Counter(q.type for q in paper.questions)
        rejected = {qtype for qtype, _, _ in paper.rejected}
        for qtype, count in wanted.items():
            # A short section is one the item rules kept candidates off.
            assert made[qtype] == count or (made[qtype] < count and qtype in rejected), seed
        entries = [e for e in DEFAULT_BLUEPRINT if made[e.type]]
        for section, entry in zip(paper.sections, entries, strict=True):
            assert section.type == entry.type
            assert all(q.points == entry.points for q in section.questions)


def test_asking_for_more_than_the_notes_hold_makes_what_it_can():
    blueprint = tuple(BlueprintEntry(t, 50, 1) for t in QUESTION_TYPES)
    paper = exam(4, blueprint=blueprint)[0]
    asked = [f for q in paper.questions for f in q.facts]
    assert len(asked) == len(set(asked))
    assert len(paper.questions) <= len(FACTS)
    # Most facts that can be asked at all (on some seed) are asked on this one: the item
    # rules keep some facts off every paper, and a question asked can give another away.
    askable = {
        f
        for seed in range(12)
        for q in exam(seed, blueprint=blueprint)[0].questions
        for f in q.facts
    }
    assert len(set(asked)) >= len(askable) * 3 // 4


def test_zero_counts_and_unknown_types_are_left_out():
    blueprint = (
        BlueprintEntry("ordering", 0, 4),
        BlueprintEntry("essay", 3, 10),
        BlueprintEntry("true_false", 2, 1),
        BlueprintEntry("true_false", 1, 1),
    )
    paper = exam(4, blueprint=blueprint)[0]
    assert [s.type for s in paper.sections] == ["true_false"]
    assert len(paper.questions) == 3


def test_chapters_filter():
    paper = exam(9, chapters=(DOCKER,))[0]
    assert paper.questions
    assert all(FACTS_BY_ID[f].chapter == DOCKER for q in paper.questions for f in q.facts)
    assert not exam(9, chapters=("no such chapter",))[0].questions


def test_questions_spread_over_chapters_in_proportion():
    facts_per_chapter = Counter(f.chapter for f in FACTS)
    asked_per_chapter = Counter()
    for seed in range(30):
        for q in exam(seed)[0].questions:
            # What a question asks is counted by its facts: a matching of five definitions
            # asks five facts of its chapter, a single choice one. (Counted by questions, the
            # fixture's monitoring chapter, five tool definitions that one matching asks
            # together, looked starved at 7 % of the questions for 15 % of the facts.)
            for fact_id in set(q.facts):
                asked_per_chapter[FACTS_BY_ID[fact_id].chapter] += 1
    total_asked = sum(asked_per_chapter.values())
    for chapter, n_facts in facts_per_chapter.items():
        share = n_facts / len(FACTS)
        # 0.07: the item rules keep some facts off every paper (a Docker chapter's use
        # claimed of another thing's open list, closed_list), so shares move a little.
        # 0.08 since session 23: a false "X 属于 L" needs a sibling list of L, which only some
        # chapters have, so the false claims (half the true/false) lean to those (0.232).
        # 0.085 since session 24: a claim built true for want of a false one no longer fills
        # a false item's place (truth_balance), so the lean holds on every paper (0.235).
        # 0.09 since session 25: a select-all whose keys are the only short (or long) options
        # is not asked (no_length_cue), and those lists are in the thin chapters, so the lean
        # grows a little (0.242; 0.235 without that rule). 0.095: a bare kind word named only
        # by its chapter ("核心组件（容器编排与Kubernetes原理）") is not asked (owner_named),
        # fewer questions from that chapter (0.245). 0.1 since session 28: a list that one
        # question asks about lends no wrong option or false subject to another (the
        # authorization modes beside "AlwaysAllow 属于 用户认证机制"), and the true claims
        # the truth balance held beside those false ones go too (0.253).
        assert asked_per_chapter[chapter] / total_asked == pytest.approx(share, abs=0.1)


# --------------------------------------------------------------------------- the paper


def test_paper_header_and_sections_in_chinese():
    paper = exam(1, title="ignored when config has one", date="2024-06-01")[0]
    assert paper.title == "ignored when config has one"  # the caller's title fills in
    assert exam(1, title="我的考试")[0].title == "我的考试"
    assert exam(1)[0].title == TITLE  # the notes' title
    assert paper.lang == "zh" and paper.seed == 1 and paper.version == "A"
    assert paper.date == "2024-06-01"
    # The blueprint's 90 minutes, in proportion to the points these notes could fill.
    assert re.fullmatch(r"\d+分钟", paper.duration)
    total = sum(s.points for s in paper.sections)
    assert f"满分{total:g}分" in paper.instructions
    # Sections carry their type, count and points; the template words them.
    # (How many single choices the small fixture fills depends on the item rules: the
    # header words whatever count the section carries.)
    first = paper.sections[0]
    n = len(first.questions)
    assert first.type == "single_choice" and n >= 1
    assert first.points == 2 * n
    true_false = next(s for s in paper.sections if s.type == "true_false")
    assert true_false.points == len(true_false.questions)  # 1 point each
    html = render_html(paper)
    each = "每题2分，" if n > 1 else ""  # one question is worded without "each"
    assert f'一、</span>单项选择题<span class="points-note">（共{n}题，{each}共{2 * n}分）' in html
    assert paper.total_points == total


def english_facts() -> tuple[Fact, ...]:
    def en(fact: Fact) -> Fact:
        return replace(fact, lang="en")

    return (
        en(
            Fact(
                "e1",
                "definition",
                "Pod",
                "the smallest deployable unit in Kubernetes",
                section=("K8s", "Basics"),
            )
        ),
        en(
            Fact(
                "e2",
                "definition",
                "Service",
                "a stable virtual IP in front of a set of pods",
                section=("K8s", "Basics"),
            )
        ),
        en(
            Fact(
                "e3",
                "definition",
                "Deployment",
                "declares the desired replicas of a pod",
                section=("K8s", "Basics"),
            )
        ),
        en(
            Fact(
                "e4",
                "definition",
                "Namespace",
                "a virtual cluster for isolating resources",
                section=("K8s", "Basics"),
            )
        ),
        en(
            Fact(
                "e5",
                "list",
                "Volume types",
                items=_items("emptyDir", "hostPath", "nfs"),
                section=("K8s", "Storage"),
            )
        ),
        en(
            Fact(
                "e6",
                "list",
                "Auth methods",
                items=_items("token", "OpenID", "Basic", "Keystone"),
                section=("K8s", "Security"),
            )
        ),
        en(
            Fact(
                "e7",
                "sequence",
                "Release",
                items=_items("build", "test", "stage", "deploy"),
                section=("K8s", "Ops"),
            )
        ),
    )


def test_english_notes_give_an_english_paper():
    paper = make_exam(english_facts(), ExamConfig(), seed=3)[0]
    assert paper.lang == "en"
    # A thin paper (7 facts) is given a time in proportion: worded in English all the same.
    assert re.fullmatch(r"\d+ minutes", paper.duration)
    assert paper.title == "K8s"
    first = SECTION_NAMES["en"][paper.sections[0].type]
    assert f'I. </span>{first}<span class="points-note"> (' in render_html(paper)
    for q in paper.questions:
        check_question(q, {f.id: f for f in english_facts()})
        assert not re.search(r"[\u4e00-\u9fff]", q.prompt + q.answer_text), q.prompt


def test_language_can_be_forced():
    assert make_exam(english_facts(), ExamConfig(language="zh"), seed=3)[0].lang == "zh"
    assert "I. </span>Single choice<" in render_html(exam(1, language="en")[0])


def test_key_json_contract():
    for entry in exam(2)[0].key_json():
        assert set(entry) == {"type", "prompt", "options", "answer", "points", "facts", "source"}
        json.dumps(entry)
        if entry["type"] == "matching":
            assert isinstance(entry["answer"], dict)
        if entry["type"] in ("multiple_choice", "ordering", "short_answer"):
            assert isinstance(entry["answer"], list)


# --------------------------------------------------------------------------- explain_unusable


def test_explain_unusable_says_why():
    lone = (
        Fact("a", "definition", "孤立术语", "没有其他定义可作干扰项的说明", section=("T", "C")),
        Fact("b", "sequence", "两步", _items("甲", "乙"), section=("T", "C")),
        Fact("c", "definition", "", "空主题", section=("T", "C")),
    )
    diagnostics = {d.line: d for d in explain_unusable(lone)}
    by_subject = {d.message.split("”")[0].lstrip("“"): d for d in explain_unusable(lone)}
    assert "need 3" in by_subject["孤立术语"].message
    assert "single choice" in by_subject["孤立术语"].message
    assert by_subject["两步"].severity == "warning"
    assert "ordering" in by_subject["两步"].message
    assert any("empty subject" in d.message for d in diagnostics.values())


def test_explain_unusable_on_the_sample_model():
    diagnostics = explain_unusable(FACTS)
    assert all(d.source == "tests/fixtures/seed.txt" for d in diagnostics)
    messages = {d.line: d.message for d in diagnostics}
    paas = next(f for f in FACTS if f.subject == "PaaS平台最基本问题")
    assert "short answer" not in messages.get(paas.line, "")
    # Every fact of the sample gives some question.
    assert not [d for d in diagnostics if d.severity == "warning"]


def test_pick_seed():
    seeds = {pick_seed() for _ in range(20)}
    assert all(0 <= s < 10**6 for s in seeds)
    assert len(seeds) > 1


# --------------------------------------------------------------------------- the real sample

SAMPLE = Path(__file__).parent / "fixtures" / "seed.txt"


@pytest.fixture(scope="module")
def sample_facts() -> tuple[Fact, ...]:
    facts = parse_paths([str(SAMPLE)]).facts
    assert facts
    return facts


def test_sample_questions_are_well_formed(sample_facts):
    by_id = {f.id: f for f in sample_facts}
    glossed_members = {
        f.id: {normalize(i.text) for i in f.items if i.gloss}
        for f in sample_facts
        if f.kind == "list"
    }
    for seed in range(60):
        for paper in make_exam(sample_facts, ExamConfig(variants=2), seed=seed):
            asked = [f for q in paper.questions for f in q.facts]
            assert len(asked) == len(set(asked))
            for q in paper.questions:
                check_question(q, by_id)
            # Facts that state the same thing twice are not both asked: a list's gloss and
            # the definition of that member, or two facts with one subject.
            subjects = [normalize(by_id[f].subject) for f in asked]
            assert len(subjects) == len(set(subjects)), paper.seed
            asked_members = set().union(*(glossed_members.get(f, set()) for f in asked))
            asked_terms = {normalize(by_id[f].subject) for f in asked}
            assert not {
                t
                for t in asked_terms & asked_members
                if any(
                    by_id[f].kind == "definition" and normalize(by_id[f].subject) == t
                    for f in asked
                )
            }


def test_sample_meets_the_default_blueprint_or_the_rules_say_why(sample_facts):
    wanted = Counter({e.type: e.count for e in DEFAULT_BLUEPRINT})
    made_in_all = 0
    for seed in range(20):
        paper = make_exam(sample_facts, ExamConfig(), seed=seed)[0]
        made = Counter(q.type for q in paper.questions)
        rejected = {qtype for qtype, _, _ in paper.rejected}
        assert all(made[t] == n or (0 < made[t] < n and t in rejected) for t, n in wanted.items())
        made_in_all += sum(min(made[t], n) for t, n in wanted.items())
        assert paper.title == "PaaS复习"
        assert paper.lang == "zh"
    # The item rules drop what a teacher would not sign (acronyms spelled out as clues,
    # clues sharing the answer's words, wrong options of another kind), and the sample's
    # fill-ins then run short on some seeds: the short papers name the rule (asserted above),
    # and most of the blueprint is still made. (The sample defines mostly Latin terms in
    # Chinese, which a fill-in no longer asks from the clue's side: a clue in another script
    # may translate its term. Fill-ins and single choices then share the few definitions
    # left, whichever is drawn first. A description question takes no wrong option of
    # another kind (distractor_kind) and a select-all two wrong options at least; lists of
    # two chapters are no siblings by shape alone, which leaves fewer select-alls; a false
    # claim borrows only a definition of its term's kind, and a name is no wrong member of a
    # list of sentences, which leaves fewer true/false items: about 68% of the blueprint is
    # made, 460 of 680 over these seeds.) Session 21: a false claim that a use belongs to
    # another thing's open list of uses ("日志数据收集 属于 Docker应用场景", listed for Pods:
    # true of Docker as well) is not asked (closed_list), and wrong options are only of the
    # key's sort and kin, with no family cue ("Docker Images", "DockerFile" beside node and
    # master; the answers "AlwaysAllow", "AlwaysDeny" alone of one family): 422 of 680, the
    # floor is lowered for those removed flaws only (each rule has its test, q21a and q21b).
    # q23a: a key alone saying the term translated by a real dictionary or pair by
    # pair ("控制" for "Controller Manager" beside a wrong "管理", "层级" for "hierarchy",
    # "接口" for "API Server") is no single choice: 416 of 680 (each cue has its q23a test).
    # q23b: a fill-in whose only context is a chapter defining many terms ("容器编排与
    # Kubernetes原理中，______：删除旧RS,创建新RS", which fits 滚动升级 too) is not asked, one
    # per paper fewer; a glossed member defined on its own line is asked from that line only
    # (one candidate, not two); a false "X 属于 L" takes X only from a sibling list of L, and
    # the paper keeps its true/false balance by drawing another false claim, of which the
    # sample has few: 383 of 680, lowered for those only (tests in q23b). Both together,
    # with options only from the answer's slot of the outline (q23c): 372 of 680.
    # q28a: a member that is a clause is not claimed to belong ("调用链的第一个节点生成
    # TraceID"), and a list question whose wrong option or false subject comes from a list
    # another question asks about is not asked beside it: 11 true/false fewer (the truth
    # balance takes a true one with each false one), 360 of 680 (371 before).
    assert made_in_all >= 0.52 * 20 * sum(wanted.values())


def test_sample_chapters_filter(sample_facts):
    chapter = "云平台智能监控"
    paper = make_exam(sample_facts, ExamConfig(chapters=(chapter,)), seed=1)[0]
    by_id = {f.id: f for f in sample_facts}
    assert paper.questions
    assert {by_id[f].chapter for q in paper.questions for f in q.facts} == {chapter}


def test_sample_single_choice_positions_balanced(sample_facts):
    positions: Counter = Counter()
    for seed in range(60):
        paper = make_exam(sample_facts, ExamConfig(), seed=seed)[0]
        mine = Counter(
            answer_of(q)
            for q in paper.questions
            if q.type == "single_choice" and len(q.options) == 4
        )
        # Each paper spreads its answers evenly (±1) ...
        counts = [mine[letter] for letter in "ABCD"]
        assert max(counts) - min(counts) <= 1, (seed, mine)
        positions.update(mine)
    # ... and the letters a paper leaves over are its own random draw: with about three
    # four-option questions a paper, no letter falls far below its fair quarter (about 107
    # questions since session 23 dropped keys that translate their term: a quarter is about
    # 27 with a spread of about 4.5; three spreads below it is no chance).
    total = sum(positions.values())
    spread = (total * 0.25 * 0.75) ** 0.5
    assert all(positions[letter] > total / 4 - 3 * spread for letter in "ABCD"), positions


def test_sample_explain_unusable(sample_facts):
    diagnostics = explain_unusable(sample_facts)
    warnings = [d for d in diagnostics if d.severity == "warning"]
    # Nearly every fact of the sample gives some question; the long paragraph does not.
    assert len(warnings) <= 3
    assert all(d.line > 0 and d.source.endswith("seed.txt") for d in diagnostics)


def test_sources_folder_when_it_has_notes():
    sources = Path(__file__).parent.parent / "sources"
    facts = parse_paths([str(sources)]).facts
    assert facts
    for seed in range(10):
        for paper in make_exam(facts, ExamConfig(variants=2), seed=seed):
            for q in paper.questions:
                check_question(q, {f.id: f for f in facts})


def test_same_papers_whatever_the_hash_seed():
    """No set or hash order leaks into the draw: another interpreter, another hash seed."""
    import os
    import subprocess
    import sys

    script = (
        "import json, sys; sys.path.insert(0, 'tests');"
        "from test_questions import FACTS;"
        "from examgen.config import ExamConfig;"
        "from examgen.questions import make_exam;"
        "papers = make_exam(FACTS, ExamConfig(variants=2), seed=42);"
        "print(json.dumps([p.key_json() for p in papers], ensure_ascii=False))"
    )
    root = Path(__file__).parent.parent
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for hash_seed in ("1", "2", "random")
    }
    assert len(outputs) == 1
    here = json.dumps([p.key_json() for p in exam(42, variants=2)], ensure_ascii=False)
    assert outputs == {here + "\n"}


def test_normalize_folds_width_case_space_and_punctuation():
    assert normalize("Docker Images") == normalize("ｄｏｃｋｅｒ－images。") == "dockerimages"
    assert normalize("资源 限制，") == normalize("资源限制")
    assert normalize("C++") != normalize("C")


# --------------------------------------------------------------------------- indexes
# make_exam decides what each fact offers from indexes built once per call, not from a scan
# over all facts for every fact (which was quadratic). These tests hold the indexed answers to
# the plain scans they replace, on notes that say the same things in several places.


def _copies(facts: tuple[Fact, ...], copies: int) -> tuple[Fact, ...]:
    """``copies`` of the notes, as the benchmark makes large notes: each copy's headings and
    subjects marked with its number, its items prefixed, the definitions' texts unchanged."""
    copied = []
    for copy in range(copies):
        for fact in facts:
            copied.append(
                replace(
                    fact,
                    id=f"{fact.id}-{copy}",
                    subject=f"{fact.subject} {copy}",
                    items=tuple(replace(i, text=f"c{copy}·{i.text}") for i in fact.items),
                    section=tuple(f"{h} {copy}" for h in fact.section),
                    line=fact.line + 1000 * copy,
                )
            )
    return tuple(copied)


@pytest.mark.parametrize("copies", [1, 3])
def test_indexed_distractor_pools_agree_with_a_scan(copies):
    from examgen.questions import distractors as d
    from examgen.questions import index, limits, text
    from examgen.questions.clues import clue_problem
    from examgen.questions.terms import term_problem

    notes = index.index_notes(_copies(FACTS, copies))
    limit = limits.SINGLE_CHOICE_DISTRACTORS
    for pair in notes.pairs:
        also_true = {p.definition.key for p in notes.pairs if p.term.key == pair.term.key}
        definitions = [
            p.definition
            for p in notes.pairs
            if p.definition.key not in also_true
            and not text.overlaps(p.definition.key, pair.definition.key)
            and limits.MIN_CLUE_WIDTH <= p.definition.width <= limits.MAX_OPTION_WIDTH
            and p.term.key not in p.definition.key
            and clue_problem(p.term.text, p.definition.text) is None
        ]
        assert d.definition_candidates(notes, pair) == definitions
        test = d.definition_test(notes, pair)
        pool = notes.definition_pool.get(pair.definition.script, ())
        counted = d.count_keys((p.definition for p in pool if test(p)), limit)
        same_script = {d.key for d in definitions if d.script == pair.definition.script}
        assert counted == min(limit, len(same_script))

        defined_alike = {
            p.term.key for p in notes.pairs if text.overlaps(p.definition.key, pair.definition.key)
        }
        terms = [
            p.term
            for p in notes.pairs
            if p.term.key not in defined_alike | {pair.term.key}
            and not text.overlaps(p.term.key, pair.term.key)
            and p.term.width <= limits.MAX_TERM_WIDTH
            and term_problem(p.term.text) is None
        ]
        assert d.term_candidates(notes, pair) == terms
        test = d.term_test(notes, pair)
        pool = notes.term_pool.get(pair.term.script, ())
        counted = d.count_keys((p.term for p in pool if test(p)), limit)
        assert counted == min(limit, len({t.key for t in terms if t.script == pair.term.script}))


@pytest.mark.parametrize("copies", [1, 3])
def test_indexed_outsiders_agree_with_a_scan(copies):
    from examgen.questions import distractors as d
    from examgen.questions import index, limits, text

    notes = index.index_notes(_copies(FACTS, copies))

    def nested_members(fact: Fact) -> set[str]:
        keys, seen, frontier = set(), {fact.id}, [fact]
        while frontier:
            parent = frontier.pop()
            parent_key = normalize(parent.subject)
            member_keys = [e.key for e in notes.members_of[parent.id] if len(e.key) >= 2]
            for child in notes.lists:
                child_key = normalize(child.subject)
                if child.id not in seen and (
                    (child_key.startswith(parent_key) and child_key != parent_key)
                    or any(child_key.endswith(m) for m in member_keys)
                ):
                    seen.add(child.id)
                    frontier.append(child)
                    keys |= {e.key for e in notes.members_of[child.id]}
        return keys

    for fact in notes.lists:
        subject = normalize(fact.subject)
        inside = {e.key for e in notes.members_of[fact.id]} | nested_members(fact)
        for list_id in notes.lists_by_subject[subject]:
            inside |= {e.key for e in notes.members_of[list_id]}
        assert index.descendant_members(notes, fact) == nested_members(fact)
        outsiders = [
            e
            for e in notes.members
            if e.key not in inside
            and not text.overlaps(e.key, subject)
            and e.width <= limits.MAX_OPTION_WIDTH
            and e.fact.id != fact.id
            and not compound(e.text)
        ]
        assert d.outsider_candidates(notes, fact) == outsiders
        outside = d.outsider_test(notes, fact)
        assert sum(1 for _ in filter(outside, notes.option_keys)) == len({e.key for e in outsiders})
        for script, pool in notes.option_members.items():
            expected = {e.key for e in outsiders if e.script == script}
            assert d.count_keys(filter(outside, pool), 3) == min(3, len(expected))


def test_larger_notes_give_well_formed_exams():
    facts = _copies(FACTS, 4)
    by_id = {f.id: f for f in facts}
    for seed in range(5):
        for paper in make_exam(facts, ExamConfig(variants=2), seed=seed):
            asked = [fid for q in paper.questions for fid in q.facts]
            assert len(asked) == len(set(asked))
            for q in paper.questions:
                check_question(q, by_id)
