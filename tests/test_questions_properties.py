"""Property tests: any small set of facts gives well-formed exams, and never an exception."""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_questions import answer_of, texts

from examgen.config import DEFAULT_BLUEPRINT, BlueprintEntry, ExamConfig
from examgen.model import QUESTION_TYPES, Fact, Item
from examgen.questions import LETTERS, explain_unusable, make_exam, normalize

# A small vocabulary makes collisions (same subject, same member in two lists, a member
# equal to a subject) likely, which is where distractor logic breaks.
WORDS = st.sampled_from(
    [
        "Kafka",
        "Fluentd",
        "数据卷",
        "网络",
        "调度",
        "kube-proxy",
        "Heapster",
        "时间序列数据库",
        "高可用",
        "弹性拓展",
        "UTS",
        "uts",
        "ＵＴＳ",
        "IPC",
        "cgroup",
        "cgroups",
        "资源限制",
        "资源 限制",
        "任务控制",
        "容器",
        "Docker",
        "docker",
        "隔离进程间通信",
        "是",
        "，",
        "",
        " ",
        "a",
        "镜像",
        "PID",
        "系统标识,让一个容器拥有属于自己的独立于宿主机的hostname",
        "x" * 90,
        "甲乙丙丁",
    ]
)
TEXT = st.one_of(
    st.lists(WORDS, min_size=1, max_size=3).map("".join), st.text(max_size=6), st.just("")
)
ITEMS = st.lists(st.builds(Item, TEXT, st.one_of(st.none(), TEXT)), min_size=0, max_size=7).map(
    tuple
)
SECTIONS = st.sampled_from([(), ("T",), ("T", "一"), ("T", "二"), ("T", "二", "小节"), ("U", "一")])


@st.composite
def facts(draw) -> tuple[Fact, ...]:
    count = draw(st.integers(0, 24))
    made = []
    for index in range(count):
        kind = draw(st.sampled_from(["definition", "list", "sequence"]))
        made.append(
            Fact(
                id=f"id{index}",
                kind=kind,
                subject=draw(TEXT),
                text=draw(TEXT) if kind == "definition" else "",
                items=draw(ITEMS) if kind != "definition" else (),
                section=draw(SECTIONS),
                source="notes.md",
                line=draw(st.integers(0, 30)),
                lang=draw(st.sampled_from(["zh", "en"])),
            )
        )
    return tuple(made)


BLUEPRINTS = st.one_of(
    st.just(DEFAULT_BLUEPRINT),
    st.lists(
        st.builds(
            BlueprintEntry,
            st.sampled_from([*QUESTION_TYPES, "essay"]),
            st.integers(0, 4),
            st.sampled_from([0, 1, 1.5, 2]),
        ),
        max_size=8,
    ).map(tuple),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    facts(),
    BLUEPRINTS,
    st.integers(0, 10**6),
    st.integers(0, 3),
    st.sampled_from([(), (), (), ("一",), ("二", "missing")]),
    st.sampled_from(["auto", "zh", "en"]),
)
def test_any_small_fact_set_gives_well_formed_papers(
    notes, blueprint, seed, variants, chapters, language
):
    config = ExamConfig(
        blueprint=blueprint, variants=variants, chapters=chapters, language=language
    )
    papers = make_exam(notes, config, seed=seed)
    assert len(papers) == max(variants, 1)
    assert papers == make_exam(notes, config, seed=seed)
    ids = {f.id for f in notes}
    event(f"question types made: {len({q.type for q in papers[0].questions})}")
    for paper in papers:
        asked = [f for q in paper.questions for f in q.facts]
        assert len(asked) == len(set(asked))
        assert set(asked) <= ids
        for section in paper.sections:
            assert section.questions
            assert all(q.type == section.type for q in section.questions)
        for q in paper.questions:
            keys = [normalize(o) for o in texts(q)]
            assert len(set(keys)) == len(keys) and all(keys)
            if q.type == "single_choice":
                assert len(texts(q)) in (3, 4) and answer_of(q) in LETTERS[: len(texts(q))]
            elif q.type == "multiple_choice":
                assert 2 <= len(answer_of(q)) <= len(texts(q)) - 2 <= 4
            elif q.type == "true_false":
                assert answer_of(q) in ("true", "false")
            elif q.type == "matching":
                assert 4 <= len(q.stems) == len(texts(q)) <= 6
                assert sorted(dict(answer_of(q)).values()) == list(LETTERS[: len(texts(q))])
            elif q.type == "ordering":
                assert sorted(answer_of(q)) == list(LETTERS[: len(texts(q))])
            elif q.type == "short_answer":
                assert abs(sum(q.answer_points) - q.points) < 1e-6
            q.to_json()
        paper.key_json()
    assert [sorted((q.type, q.facts) for q in p.questions) for p in papers] == [
        sorted((q.type, q.facts) for q in papers[0].questions)
    ] * len(papers)


@settings(max_examples=200, deadline=None)
@given(facts())
def test_explain_unusable_never_raises(notes):
    for diagnostic in explain_unusable(notes):
        assert diagnostic.severity in ("skipped", "warning")
        assert diagnostic.message
