"""The item rules: each holds a question that breaks it, and the findings of issue 9 hold on
drawn papers (no "which belongs to node", fill-ins with context, odd ones out from a
contrasting list, long chains drawn in linear time)."""

from __future__ import annotations

from dataclasses import replace
from random import Random

from examgen.config import BlueprintEntry, ExamConfig
from examgen.model import Fact, Item, Option, Question
from examgen.questions import explain_unusable, make_exam
from examgen.questions.distractors import outsider_candidates, term_candidates
from examgen.questions.form import Ask, Draft, Origin
from examgen.questions.index import NEIGHBOURHOOD, index_notes
from examgen.questions.kinds import offers
from examgen.questions.limits import MAX_BLANK_STEPS
from examgen.questions.rules import ITEM_RULES, answers_another, broken
from examgen.questions.wording import BLANK

SECTION = ("K8S复习", "容器编排")


def fact(id_: str, kind: str, subject: str, *items: str, text: str = "", line: int = 1) -> Fact:
    return Fact(
        id_,
        kind,  # type: ignore[arg-type]
        subject,
        text=text,
        items=tuple(Item(i) for i in items),
        section=SECTION,
        source="notes.md",
        line=line,
    )


NOTES = (
    fact("d1", "definition", "Scheduler", text="资源调度控制器组件", line=1),
    fact("d2", "definition", "kubelet", text="节点上管理容器的代理", line=2),
    fact("l1", "list", "node", "kubelet", "kube-proxy", "docker", line=3),
    fact("l2", "list", "微服务应用设计原则", "前后端分离", "无状态通信", line=4),
    fact("l3", "list", "微服务设计原则", "高内聚低耦合", "服务自治", line=5),
    fact("l4", "list", "Docker优点", "启动快", "资源损耗低", "易迁移", line=6),
    fact("l5", "list", "Docker缺点", "隔离性弱", "安全性差", line=7),
)


def draft(
    qtype: str,
    variety: str,
    prompt: str,
    options: tuple[tuple[str, bool], ...] = (),
    *,
    subject: str = "",
    stem_texts: tuple[str, ...] = (),
    answers: tuple[str, ...] = (),
    facts: tuple[str, ...] = ("d1",),
    slots: tuple[str, ...] = (),
    **fields: object,
) -> Draft:
    question = Question(
        type=qtype,  # type: ignore[arg-type]
        prompt=prompt,
        points=2,
        facts=facts,
        source="notes.md:1",
        options=tuple(Option(text, correct) for text, correct in options),
        answers=answers,
        **fields,  # type: ignore[arg-type]
    )
    origins = tuple(
        Origin(text, slot, "", 1, correct)
        for (text, correct), slot in zip(options, slots or ("other",) * len(options), strict=True)
    )
    return Draft(question, variety, subject=subject, stem_texts=stem_texts, origins=origins)


def rule(name: str, d: Draft) -> str | None:
    return ITEM_RULES[name](d, index_notes(NOTES))


def sound_single_choice() -> Draft:
    return draft(
        "single_choice",
        "definition_to_term",
        "在“容器编排”中，“节点上管理容器的代理”描述的是下列哪一项？",
        (("kubelet", True), ("Scheduler", False), ("kube-proxy", False), ("etcd", False)),
        subject="节点上管理容器的代理",
        stem_texts=("节点上管理容器的代理", "容器编排"),
        facts=("d2",),
    )


def test_a_sound_question_passes_every_rule():
    assert broken(sound_single_choice(), index_notes(NOTES)) is None


def test_category_rule_rejects_belongs_to_a_single_thing():
    d = draft(
        "single_choice",
        "belongs",
        "下列选项中，属于“node”的是哪一项？",
        (("kubelet", True), ("Scheduler", False), ("etcd", False), ("flannel", False)),
        subject="node",
        facts=("l1",),
    )
    assert "names one thing" in rule("category", d)
    assert rule("category", draft("single_choice", "belongs", "…", facts=("l4",))) is None


def test_category_rule_rejects_a_sentence_as_category():
    notes = (*NOTES, fact("l9", "list", "namespace是多用户隔离的主要手段,对资源细分", "a", "b"))
    d = draft("true_false", "claim_member", "…", facts=("l9",))
    assert "sentence" in ITEM_RULES["category"](d, index_notes(notes))


def test_odd_one_out_must_come_from_a_contrasting_list():
    options = (("高内聚低耦合", True), ("启动快", False), ("资源损耗低", False), ("易迁移", False))
    d = draft("single_choice", "not_belongs", "…", options, facts=("l4",))
    assert rule("contrasting_odd_one_out", d)
    slots = ("contrasting list", "sibling", "sibling", "sibling")
    d = draft("single_choice", "not_belongs", "…", options, facts=("l4",), slots=slots)
    assert rule("contrasting_odd_one_out", d) is None


def test_fill_in_with_two_blanks_is_rejected():
    d = draft("fill_blank", "blank_term", f"“容器编排”中，{BLANK}：{BLANK}控制器。", answers=("x",))
    assert "2 blanks" in rule("one_blank", d)


def test_fill_in_without_context_is_rejected():
    d = draft(
        "fill_blank",
        "blank_term",
        f"{BLANK}：系统的一个进程或线程。",
        answers=("task",),
        stem_texts=("系统的一个进程或线程", "CGroups相关术语"),
    )
    assert rule("fill_in_context", d)
    with_context = draft(
        "fill_blank",
        "blank_term",
        f"“CGroups相关术语”中，{BLANK}：系统的一个进程或线程。",
        answers=("task",),
        stem_texts=("系统的一个进程或线程", "CGroups相关术语"),
    )
    assert rule("fill_in_context", with_context) is None


def test_fill_in_whose_clue_is_narrower_than_its_answer_is_rejected():
    d = draft(
        "fill_blank",
        "blank_term",
        f"“DevOps”中，{BLANK}：微服务架构。",
        answers=("分布式环境管理能力",),
        stem_texts=("微服务架构", "DevOps"),
    )
    d = replace(d, reveals=(("分布式环境管理能力", "微服务架构"),))
    assert "narrower" in rule("clue_identifies", d)
    wider = replace(
        d, reveals=(("分布式环境管理能力", "服务注册发现、配置中心、负载均衡与熔断降级"),)
    )
    assert rule("clue_identifies", wider) is None


def test_fill_in_whose_clue_holds_the_answer_s_words_is_rejected():
    clue = "遵循领域驱动模型原则进行拆分"
    d = draft(
        "fill_blank",
        "blank_term",
        f"“容器云平台应用”中，{BLANK}：{clue}。",
        answers=("微服务拆分原则",),
        stem_texts=(clue, "容器云平台应用"),
    )
    assert "shares" in rule("no_stem_words", d)


def test_fill_in_whose_clue_holds_the_answer_s_latin_word_is_rejected():
    clue = "SSL会话，客户端与服务器建立时协商"
    d = draft(
        "fill_blank",
        "blank_term",
        f"“TLS”中，{BLANK}：{clue}。",
        answers=("SSL Session",),
        stem_texts=(clue, "TLS"),
    )
    assert "“ssl”" in rule("no_stem_words", d)


def test_the_notes_title_is_no_term_to_ask():
    titled = fact("d9", "definition", "K8S复习", text="绝大部分故障都来自配置变更", line=9)
    notes = index_notes((*NOTES, titled))
    options = (("绝大部分故障都来自配置变更", True), ("资源调度控制器组件", False))
    d = draft(
        "single_choice",
        "term_to_definition",
        "下列对“K8S复习”的描述，正确的是哪一项？",
        (*options, ("节点上管理容器的代理", False), ("容器运行时接口", False)),
        subject="K8S复习",
        stem_texts=("K8S复习",),
        facts=("d9",),
    )
    assert "title of the notes" in ITEM_RULES["named_terms"](d, notes)


def test_a_fill_in_names_no_notes_title_as_its_context():
    notes = index_notes(
        tuple(
            Fact(f"t{i}", "definition", term, text=text, section=("K8S复习",), line=i)
            for i, (term, text) in enumerate(
                (("Etcd", "保存集群全部状态的键值库"), ("Scheduler", "为新建的容器组挑选节点"))
            )
        )
    )
    offered = offers(notes, notes.by_id["t0"])
    assert "fill_blank" not in offered.forms
    assert "below the notes' title" in offered.reasons["fill_blank"]


def test_markup_and_glue_are_rejected():
    d = draft("single_choice", "belongs", "…", (("**Docker**", True), ("etcd", False)))
    assert "markup" in rule("no_markup_or_glue", d)
    glued = draft(
        "true_false", "claim_definition", "…", stem_texts=("CRI", "deployment；每个node上一个副本")
    )
    assert "glued" in rule("no_markup_or_glue", glued)


def test_options_of_mixed_scripts_are_rejected():
    d = draft(
        "single_choice", "belongs", "…", (("Kafka", True), ("消息系统", False), ("etcd", False))
    )
    assert "scripts" in rule("same_kind", d)


def test_option_repeating_the_stem_is_rejected():
    d = draft(
        "single_choice",
        "belongs",
        "下列选项中，属于“Docker优点”的是哪一项？",
        (("Docker优点多", True), ("隔离性弱", False), ("安全性差", False), ("体积大", False)),
        stem_texts=("Docker优点",),
    )
    assert "repeats the stem" in rule("no_stem_words", d)


def test_fill_in_whose_answer_is_in_the_stem_is_rejected():
    d = draft(
        "fill_blank", "blank_term", f"“容器编排”中，{BLANK}：kubelet 的代理。", answers=("kubelet",)
    )
    assert rule("no_stem_words", d)


def test_answer_much_longer_than_the_others_is_rejected():
    options = (
        ("通过网络将虚拟化资源作为服务提供的计算模式", True),
        ("缓存", False),
        ("队列", False),
        ("日志", False),
    )
    assert "longer" in rule(
        "no_length_cue", draft("single_choice", "term_to_definition", "…", options)
    )


def test_answer_alone_sharing_a_word_with_the_stem_is_rejected():
    d = draft(
        "single_choice",
        "definition_to_term",
        "“容器运行时接口”描述的是下列哪一项？",
        (("容器运行时", True), ("网络插件", False), ("存储卷", False), ("调度器", False)),
        stem_texts=("容器运行时接口",),
    )
    assert "shares" in rule("no_shared_word_cue", d)


def test_near_duplicate_options_are_rejected():
    d = draft(
        "single_choice", "belongs", "…", (("cgroup", True), ("cgroups", False), ("etcd", False))
    )
    assert "near duplicates" in rule("no_near_duplicates", d)


def test_fill_in_that_another_definition_fits_is_rejected():
    d = draft(
        "fill_blank",
        "blank_term",
        f"“容器编排”中，{BLANK}：资源调度控制器。",
        answers=("Controller Manager",),
        stem_texts=("资源调度控制器", "容器编排"),
    )
    assert "Scheduler" in rule("one_defensible_answer", d)


def test_wrong_option_listed_under_a_like_named_list_is_rejected():
    d = draft(
        "multiple_choice",
        "select_members",
        "下列选项中，属于“微服务应用设计原则”的有哪些？",
        (("前后端分离", True), ("无状态通信", True), ("高内聚低耦合", False), ("启动快", False)),
        subject="微服务应用设计原则",
        facts=("l2",),
    )
    assert "高内聚低耦合" in rule("one_defensible_answer", d)


def test_a_question_answered_by_another_on_the_paper_is_rejected():
    matching = Draft(
        Question("matching", "…", 5, ("l1",), "notes.md:3"),
        "match_members",
        reveals=(("kubelet", "节点上管理容器的代理"),),
    )
    claim = Draft(
        Question("true_false", "“kubelet”指的是：资源调度控制器组件。", 1, ("d2",), "notes.md:2"),
        "claim_definition",
        asks=("kubelet", "资源调度控制器组件"),
    )
    assert answers_another(claim, [matching])
    assert answers_another(claim, []) is None


# --------------------------------------------------------------------------- drawn papers


def papers(notes, blueprint, seeds=range(10)):
    config = ExamConfig(blueprint=blueprint)
    return [make_exam(notes, config, seed=seed)[0] for seed in seeds]


def test_no_paper_asks_what_belongs_to_a_single_thing():
    blueprint = (BlueprintEntry("single_choice", 6, 2), BlueprintEntry("true_false", 6, 1))
    for paper in papers(NOTES, blueprint):
        # A claim about kubelet may name "node" as its context ("在“node”中，…"); no question
        # asks what belongs to it.
        asked = [q.prompt for q in paper.questions]
        assert not any("属于“node”" in p or "列出“node”" in p for p in asked), paper.seed


def test_odd_one_out_comes_from_the_contrasting_list():
    blueprint = (BlueprintEntry("single_choice", 5, 2),)
    drawn = 0
    for paper in papers(NOTES, blueprint, range(40)):
        for q in paper.questions:
            if "不属于" in q.prompt:
                drawn += 1
                assert q.options[q.correct[0]].text in ("隔离性弱", "安全性差"), q
    assert drawn


def test_every_fill_in_names_its_context_and_has_one_blank():
    blueprint = (BlueprintEntry("fill_blank", 4, 2),)
    for paper in papers(NOTES, blueprint):
        for q in paper.questions:
            assert q.prompt.count(BLANK) == 1
            assert "“" in q.prompt.split(BLANK)[0], q.prompt


def test_a_long_chain_gives_no_fill_in_and_costs_no_comparison_of_its_steps():
    steps = tuple(f"步骤{i}" for i in range(10_000))
    chain = fact("s1", "sequence", "长链", *steps)
    offered = offers(index_notes((chain,)), chain)
    assert "fill_blank" not in offered.forms
    assert f"at most {MAX_BLANK_STEPS}" in offered.reasons["fill_blank"]
    short = fact("s2", "sequence", "短链", *steps[:MAX_BLANK_STEPS])
    assert "fill_blank" in offers(index_notes((short,)), short).forms


def test_wrong_options_come_from_the_facts_near_the_one_asked():
    # The bound that keeps checking every question of large notes linear: the candidates of
    # one question are as many for notes of 3 neighbourhoods as for notes of 2.
    def notes_of(count: int) -> tuple[Fact, ...]:
        return tuple(
            fact(f"d{i}", "definition", f"术语{i:04d}", text=f"第{i}号组件的说明", line=2 * i)
            for i in range(count)
        ) + tuple(
            fact(f"l{i}", "list", f"类别{i:04d}", f"成员甲{i}", f"成员乙{i}", line=2 * i + 1)
            for i in range(count)
        )

    sizes = []
    for count in (2 * NEIGHBOURHOOD, 3 * NEIGHBOURHOOD):
        notes = index_notes(notes_of(count))
        pair = notes.pairs_of["d0"][0]
        terms = term_candidates(notes, pair)
        members = outsider_candidates(notes, notes.by_id["l0"])
        for home, entries in (("d0", terms), ("l0", members)):
            start = notes.position_of[home]
            assert all(notes.position_of[e.fact.id] - start <= NEIGHBOURHOOD for e in entries)
        sizes.append((len(terms), len(members)))
    assert sizes[0] == sizes[1]


# --------------------------------------------------------------------------- tables

RUNTIMES = Fact(
    "t1",
    "table",
    "容器运行时对比",
    columns=("运行时", "开发者", "接口"),
    rows=(
        ("containerd", "Docker", "CRI"),
        ("CRI-O", "Red Hat", "CRI"),
        ("rkt", "CoreOS", "appc"),
        ("gVisor", "Google", "OCI"),
        ("Kata", "OpenStack", "OCI"),
    ),
    section=SECTION,
    source="notes.md",
    line=20,
)


def test_a_table_asks_a_cell_with_wrong_options_from_its_column():
    blueprint = (BlueprintEntry("single_choice", 1, 2),)
    developers = {row[1] for row in RUNTIMES.rows}
    for paper in papers((RUNTIMES,), blueprint):
        (q,) = paper.questions
        row = next(r for r in RUNTIMES.rows if f"“{r[0]}”" in q.prompt)
        assert "“开发者”" in q.prompt and "“容器运行时对比”" in q.prompt
        assert q.options[q.correct[0]].text == row[1]
        assert {o.text for o in q.options} <= developers


def test_a_table_comparing_its_columns_asks_no_cell_from_a_column():
    engines = Fact(
        "t2",
        "table",
        "MyISAM 与 InnoDB",
        columns=("对比项", "MyISAM", "InnoDB"),
        rows=(
            ("存储结构", "三个文件", "一个文件"),
            ("锁", "表锁", "行锁和表锁"),
            ("事务", "不支持", "支持"),
            ("外键", "不支持外键", "支持外键"),
            ("全文索引", "支持全文", "5.6起支持"),
        ),
        section=SECTION,
        source="notes.md",
        line=30,
    )
    notes = index_notes((RUNTIMES, engines))
    form = offers(notes, engines).forms["single_choice"][0]
    d = form.build(Random(3), form.facts, Ask("zh", 1))
    assert "compares its columns" in ITEM_RULES["one_defensible_answer"](d, notes)
    runtime = offers(notes, RUNTIMES).forms["single_choice"][0]
    good = runtime.build(Random(3), runtime.facts, Ask("zh", 1))
    assert ITEM_RULES["one_defensible_answer"](good, notes) is None


def test_a_table_matches_rows_to_a_column_of_distinct_cells():
    blueprint = (BlueprintEntry("matching", 1, 5),)
    for paper in papers((RUNTIMES,), blueprint):
        (q,) = paper.questions
        assert "“开发者”" in q.prompt  # the 接口 column repeats cells: no bijection
        cells = dict((r[0], r[1]) for r in RUNTIMES.rows)
        assert all(q.options[i].text == cells[stem] for stem, i in zip(q.stems, q.key, strict=True))


def test_fill_in_whose_clue_holds_another_definition_is_rejected():
    # "Pod资源调度" (Scheduler) is a phrase of "资源调度控制器": both fit the blank.
    notes = (
        fact("d5", "definition", "Scheduler", text="Pod资源调度", line=1),
        fact("d6", "definition", "subsystem", text="资源调度控制器", line=2),
    )
    d = draft(
        "fill_blank",
        "blank_term",
        f"“容器编排”中，{BLANK}：资源调度控制器。",
        answers=("subsystem",),
        stem_texts=("资源调度控制器", "容器编排"),
    )
    assert "Scheduler" in ITEM_RULES["one_defensible_answer"](d, index_notes(notes))


def test_a_glued_correction_in_the_key_is_rejected():
    d = draft(
        "true_false",
        "claim_definition",
        "“CRI”指的是：容器网络接口。",
        answer_text="错误（“CRI”指的是：container runtime interf；容器运行时接口）",
    )
    assert "glued" in rule("no_markup_or_glue", d)


def test_a_generic_heading_is_no_term_to_ask():
    d = draft(
        "single_choice",
        "definition_to_term",
        "“相对比较昂贵和缓慢”描述的是下列哪一项？",
        (("缺点", True), ("早期", False), ("特性", False), ("未来", False)),
    )
    assert "generic heading" in rule("named_terms", d)
    assert rule("named_terms", sound_single_choice()) is None


def test_a_generic_heading_is_no_category():
    notes = (*NOTES, fact("l8", "list", "应用", "加密", "签名"))
    d = draft("multiple_choice", "select_members", "…", facts=("l8",))
    assert "generic heading" in ITEM_RULES["category"](d, index_notes(notes))


def test_a_text_cut_off_in_the_notes_is_rejected():
    d = draft(
        "fill_blank",
        "blank_term",
        f"In “RBF”, {BLANK}: z||), where z is a constant.",
        answers=("phi",),
    )
    assert "cut off" in rule("no_markup_or_glue", d)


CUT_NOTES = (
    fact("l1", "list", "容器编排平台", "Kubernetes", "Mesos", "Swarm", line=1),
    fact("l2", "list", "云原生项目", "Prometheus", "Kuberne", line=2),
    fact("l3", "list", "监控指标", "CPU usage", "memory usage", line=3),
    fact("l4", "list", "Docker三要素", "image", "container", "Dockerfile components", line=4),
)


def test_a_word_cut_off_at_the_end_of_an_option_is_rejected():
    options = (("Kuberne", True), ("Mesos", False), ("Swarm", False), ("CPU usage", False))
    d = draft("single_choice", "belongs", "…", options, facts=("l2",))
    assert "“Kuberne” is a word cut off" in ITEM_RULES["no_markup_or_glue"](
        d, index_notes(CUT_NOTES)
    )


def test_a_whole_word_the_notes_also_inflect_is_not_cut():
    # "usage" ends two facts' texts; "component" is a whole word of "components".
    notes = index_notes((*CUT_NOTES, fact("l5", "list", "组件", "UI component", line=5)))
    options = (("UI component", True), ("CPU usage", False), ("Mesos", False), ("Swarm", False))
    d = draft("single_choice", "belongs", "…", options, facts=("l5",))
    assert ITEM_RULES["no_markup_or_glue"](d, notes) is None


def test_check_warns_of_a_word_cut_off_in_the_notes():
    warnings = [d for d in explain_unusable(CUT_NOTES) if d.severity == "warning"]
    assert [(d.line, "“Kuberne”" in d.message) for d in warnings] == [(2, True)]


def test_a_text_ending_in_a_dangling_conjunction_is_cut_off():
    options = (
        ("undo log并不", True),
        ("redo log", False),
        ("bin log", False),
        ("relay log", False),
    )
    d = draft("single_choice", "definition_to_term", "…", options)
    assert "cut off" in rule("no_markup_or_glue", d)


def test_a_claim_about_a_term_cut_off_is_rejected():
    d = draft(
        "true_false",
        "claim_definition",
        "“undo log并不”指的是：事务id，根据事务产生时间自动递增。",
        subject="undo log并不",
        stem_texts=("undo log并不", "事务id，根据事务产生时间自动递增"),
    )
    assert "cut off" in rule("no_markup_or_glue", d)


def test_a_term_holding_clauses_is_no_term_to_ask():
    d = draft(
        "true_false",
        "claim_definition",
        "“2(实时写，延迟刷)”指的是：以上两者的融合。",
        subject="2(实时写，延迟刷)",
        stem_texts=("2(实时写，延迟刷)", "以上两者的融合，一般复制使用statement"),
    )
    assert "clauses" in rule("named_terms", d)


def test_a_numbered_heading_is_asked_by_its_name():
    numbered = Fact("n1", "definition", "6. 唯一索引", text="数据列不能重复，可以为null", line=1)
    assert [p.term.text for p in index_notes((numbered,)).pairs] == ["唯一索引"]


def test_tex_outside_math_delimiters_is_rejected():
    options = (("\\theta^{(i+1)}", True), ("copy", False), ("stop", False), ("loop", False))
    assert "markup" in rule("no_markup_or_glue", draft("single_choice", "belongs", "…", options))


def test_a_formula_in_dollars_is_drawn_on_the_paper_so_it_may_be_an_option():
    options = (("$\\theta^{(i+1)}$", True), ("copy", False), ("stop", False), ("loop", False))
    assert rule("no_markup_or_glue", draft("single_choice", "belongs", "…", options)) is None


def test_a_clause_is_no_term_to_ask():
    d = draft("true_false", "claim_definition", "…", subject="For discrete distribution")
    assert "phrase" in rule("named_terms", d)


def test_a_broad_category_takes_in_its_topic_s_other_lists():
    notes = (
        *NOTES,
        fact("l6", "list", "微服务概念", "独立部署", "高内聚低耦合", line=8),
    )
    d = draft(
        "single_choice",
        "belongs",
        "下列选项中，属于“微服务概念”的是哪一项？",
        (("独立部署", True), ("前后端分离", False), ("启动快", False), ("隔离性弱", False)),
        subject="微服务概念",
        facts=("l6",),
    )
    assert "前后端分离" in ITEM_RULES["one_defensible_answer"](d, index_notes(notes))


def test_a_false_claim_is_answered_by_a_true_one_showing_its_definition():
    import random

    from examgen.questions.form import Ask

    notes = (
        # (Definitions, not the acronyms spelled out: those define nothing, see clues.py.)
        fact("c1", "definition", "CNM", text="the model Docker wires containers by", line=1),
        fact("c2", "definition", "CNI", text="the plugin interface pods are wired by", line=2),
    )
    indexed = index_notes(notes)
    (claim_cni,) = offers(indexed, notes[1]).forms["true_false"]
    (claim_cnm,) = offers(indexed, notes[0]).forms["true_false"]
    false = claim_cni.build(random.Random(1), (notes[1],), Ask("en", 1, truth=False))
    true = claim_cnm.build(random.Random(1), (notes[0],), Ask("en", 1, truth=True))
    assert "the model Docker wires" in false.question.prompt and not false.question.truth
    assert answers_another(false, [true])


def test_a_sentence_is_no_term_and_a_fragment_no_definition():
    sentence = draft("fill_blank", "blank_term", "…", answers=("RPs and BPs don't send BPDUs",))
    assert "phrase" in rule("named_terms", sentence)
    options = (
        ("no changes", True),
        ("timer driven", False),
        ("default", False),
        ("the link", False),
    )
    fragment = draft("single_choice", "term_to_definition", "…", options, subject="Root Port")
    assert "too short to define" in rule("named_terms", fragment)


def test_options_that_print_what_a_short_answer_asks_give_it_away():
    recall = Draft(
        Question("short_answer", "请列出“授权机制模式”的全部4项。", 7, ("l7",), "notes.md:9"),
        "enumerate",
        asks=("AlwaysDeny", "AlwaysAllow", "ABAC", "Webhook"),
    )
    choice = draft(
        "multiple_choice",
        "select_members",
        "下列选项中，属于“用户认证机制”的有哪些？",
        (("Basic", True), ("token", True), ("AlwaysAllow", False), ("Webhook", False)),
    )
    assert answers_another(choice, [recall])
    assert answers_another(recall, [choice])


def test_a_definition_holding_another_s_clue_gives_it_away():
    parent = Draft(
        Question("single_choice", "…", 2, ("d7",), "notes.md:1"),
        "term_to_definition",
        reveals=(("ParentSpanID", "正在处理用户请求的节点的上一个节点"),),
        asks=("正在处理用户请求的节点的上一个节点",),
    )
    span = Draft(
        Question("single_choice", "…", 2, ("d8",), "notes.md:2"),
        "definition_to_term",
        stem_texts=("正在处理用户请求的节点",),
        asks=("SpanID",),
    )
    assert answers_another(span, [parent])


def test_two_claims_swapping_definitions_answer_each_other():
    cnm = Draft(
        Question("true_false", "“CNM”指的是：container network interface。", 1, ("c1",), "n.md:1"),
        "claim_definition",
        asks=("CNM", "container network model", "container network interface"),
    )
    cni = Draft(
        Question("true_false", "“CNI”指的是：container network model。", 1, ("c2",), "n.md:2"),
        "claim_definition",
        asks=("CNI", "container network interface", "container network model"),
    )
    assert answers_another(cni, [cnm])


def test_another_thing_s_advantage_is_no_wrong_option_for_advantages():
    notes = (*NOTES, fact("l7", "list", "云计算优势", "即时升级", "安全", "可靠", line=9))
    d = draft(
        "single_choice",
        "belongs",
        "下列选项中，属于“云计算优势”的是哪一项？",
        (("即时升级", True), ("启动快", False), ("隔离性弱", False), ("前后端分离", False)),
        subject="云计算优势",
        facts=("l7",),
    )
    assert "启动快" in ITEM_RULES["one_defensible_answer"](d, index_notes(notes))


def test_a_wrong_term_echoing_the_clue_is_rejected():
    d = draft(
        "single_choice",
        "definition_to_term",
        "“保证了机密性”描述的是下列哪一项？",
        (("Bell-Lapadula规则", True), ("保密性", False), ("真实性", False), ("可用性", False)),
        stem_texts=("保证了机密性",),
    )
    assert "保密性" in rule("no_shared_word_cue", d)


def test_wrong_options_paired_elsewhere_give_the_answer_by_elimination():
    def acid(term: str, text: str, others: tuple[str, ...]) -> Draft:
        options = ((term, True), *((o, False) for o in others))
        d = draft("single_choice", "definition_to_term", f"“{text}”描述的是下列哪一项？", options)
        return replace(d, reveals=((term, text),), asks=(term,))

    def blank(term: str, text: str) -> Draft:
        d = draft("fill_blank", "blank_term", f"{BLANK}：{text}。", answers=(term,))
        return replace(d, reveals=((term, text),), asks=(term,))

    # Neither placed question offers the third's key, nor shares its options (two choices
    # offering one pool do not stand together at all): they pair its wrong options only.
    placed = [blank("原子性", "不可分割"), blank("隔离性", "互不干扰")]
    third = acid("持久性", "影响是永久的", ("原子性", "隔离性", "一致性"))
    assert "wrong options" in answers_another(third, placed)
    assert answers_another(third, placed[:1]) is None


def test_fill_in_whose_clue_is_said_of_another_term_too_is_rejected():
    notes = (
        fact("p1", "definition", "Prometheus", text="开源监控报警系统和时间序列数据库", line=1),
        fact("p2", "definition", "influxdb", text="时间序列数据库", line=2),
    )
    d = draft(
        "fill_blank",
        "blank_term",
        f"“云平台智能监控”中，{BLANK}：时间序列数据库。",
        answers=("influxdb",),
        stem_texts=("时间序列数据库", "云平台智能监控"),
    )
    assert "Prometheus" in ITEM_RULES["one_defensible_answer"](d, index_notes(notes))


def test_a_member_of_a_broad_list_on_the_topic_is_no_wrong_option():
    notes = (*NOTES, fact("l6", "list", "微服务概念", "独立部署", "高内聚低耦合", line=8))
    d = draft(
        "single_choice",
        "belongs",
        "下列选项中，属于“微服务应用设计原则”的是哪一项？",
        (("前后端分离", True), ("高内聚低耦合", False), ("启动快", False), ("隔离性弱", False)),
        subject="微服务应用设计原则",
        facts=("l2",),
    )
    assert "高内聚低耦合" in ITEM_RULES["one_defensible_answer"](d, index_notes(notes))


def test_lists_mostly_named_alike_do_not_contrast():
    from examgen.questions.categories import contrast

    assert contrast("docker的特点", "虚拟机的特点")
    assert not contrast("储存选择和保护密码", "如何去选择和保护密码")
