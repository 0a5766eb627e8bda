"""Rules found reading papers drawn from real notes: headings asked as terms, clues that say
their answer again (in another script, by its alias, spelled out, by an example), glosses that
define nothing, non-categories, and wrong options of another kind than the answer."""

from __future__ import annotations

import random

from question_facts import facts_under

from examgen.model import Fact, Option, Question
from examgen.questions.distractors import definition_candidates, term_candidates
from examgen.questions.form import Ask, Draft, Origin
from examgen.questions.index import index_notes
from examgen.questions.kinds import offers
from examgen.questions.options import same_kind_lists
from examgen.questions.rules import ITEM_RULES, broken

SECTION = ("安全复习", "访问控制")


fact = facts_under(SECTION)


def draft(
    qtype: str,
    variety: str,
    options: tuple[tuple[str, bool, str, str], ...] = (),
    *,
    facts: tuple[str, ...] = ("d1",),
    stem_texts: tuple[str, ...] = (),
    reveals: tuple[tuple[str, str], ...] = (),
    asks: tuple[str, ...] = (),
    answers: tuple[str, ...] = (),
) -> Draft:
    """A question as drawn; an option is (text, correct, slot, fact it came from)."""
    question = Question(
        type=qtype,  # type: ignore[arg-type]
        prompt="…",
        points=2,
        facts=facts,
        source="notes.md:1",
        options=tuple(Option(text, correct) for text, correct, _, _ in options),
        answers=answers,
    )
    origins = tuple(Origin(t, slot, f, 1, c) for t, c, slot, f in options)
    return Draft(
        question, variety, stem_texts=stem_texts, origins=origins, reveals=reveals, asks=asks
    )


def rule(name: str, d: Draft, *notes: Fact) -> str | None:
    return ITEM_RULES[name](d, index_notes(notes or NOTES))


NOTES = (
    fact("d1", "definition", "SSL Session", text="SSL会话，客户端与服务器建立时协商一次秘钥"),
    fact("d2", "definition", "MAC", text="密级管理", line=2),
    fact("d3", "definition", "增强安全性", text="频率分析与加盐哈希都可以用上", line=3),
    fact("l1", "list", "Pod使用场景", "有状态服务", "批处理任务", "守护进程", line=4),
    fact("l2", "list", "调度类型", "定向调度", "亲和性调度", "污点调度", line=5),
    fact("l3", "list", "Docker优点", "启动快", "资源损耗低", "易迁移", line=6),
    fact("l4", "list", "Docker缺点", "隔离性弱", "安全性差", line=7),
    fact("l5", "list", "EtherChannels Pros", "Cheap BW upgrade", "Link redundancy", line=8),
    fact("l6", "list", "STP Timers", "Hello", "Max Age", "Forward Delay", line=9),
)


def test_an_aim_or_a_verb_phrase_heading_is_no_term():
    for heading in ("增强安全性", "Use root bridge macro", "Manually"):
        d = draft(
            "single_choice",
            "definition_to_term",
            ((heading, True, "answer", "d3"), ("凯撒密码", False, "term", "d1")),
            stem_texts=("频率分析与加盐哈希都可以用上",),
        )
        assert "not a term" in rule("named_terms", d) or "no term" in rule("named_terms", d)


def test_a_bare_aspect_of_a_topic_is_no_term():
    for heading in ("索引 缺点", "解码方式", "EtherChannels Cons"):
        d = draft("fill_blank", "blank_term", answers=(heading,), stem_texts=("…",))
        assert "aspect" in rule("named_terms", d)


def test_a_heading_joining_two_topics_is_no_term():
    d = draft("true_false", "claim_definition", facts=("d1",))
    d = Draft(d.question, d.variety, subject="字典攻击的概念和加盐")
    assert "phrase" in rule("named_terms", d)


def test_a_heading_is_never_offered_as_a_wrong_term():
    notes = (
        fact("d1", "definition", "普通索引", text="数据列可以重复，可以为null，没有限制"),
        fact("d2", "definition", "唯一索引", text="数据列不允许重复，可以为null", line=2),
        fact("d3", "definition", "索引优点", text="可以加快数据检索速度", line=3),
    )
    indexed = index_notes(notes)
    offered = {e.text for e in term_candidates(indexed, indexed.pairs[0])}
    assert offered == {"唯一索引"}


def test_a_clue_giving_its_answer_in_another_script_is_rejected():
    d = draft(
        "single_choice",
        "definition_to_term",
        (
            ("SSL Session", True, "answer", "d1"),
            ("SSL Connection", False, "term", "d1"),
            ("RSA Algorithm", False, "term", "d1"),
            ("ciphertext", False, "term", "d1"),
        ),
        stem_texts=("SSL会话，客户端与服务器建立时协商一次秘钥",),
    )
    assert "another script" in rule("no_stem_words", d)


def test_a_clue_saying_the_answer_s_alias_in_brackets_is_rejected():
    d = draft(
        "single_choice",
        "definition_to_term",
        (
            ("保密性(Confidentiality)", True, "answer", "d1"),
            ("完整性(Integrity)", False, "term", "d1"),
            ("可用性(Availability)", False, "term", "d1"),
            ("真实性(Authenticity)", False, "term", "d1"),
        ),
        stem_texts=("Confidentiality指数据不被未授权者读取",),
    )
    assert "Confidentiality" in rule("no_stem_words", d)
    # The reverse: the right definition says the term's alias.
    reverse = draft(
        "single_choice",
        "term_to_definition",
        (
            ("IPSec使用安全关联（SA）来集成安全服务", True, "answer", "d1"),
            ("提供IP包的数据完整性和认证服务", False, "definition", "d1"),
        ),
        stem_texts=("安全相关Security Associations(SA)",),
    )
    assert rule("no_stem_words", reverse)


def test_a_translation_is_no_definition_to_claim():
    d = draft(
        "true_false",
        "claim_definition",
        reveals=(("MAC", "密级管理"),),
        asks=("MAC", "密级管理", "密级管理"),
    )
    assert "translates" in rule("clue_identifies", d)


def test_an_acronym_spelled_out_is_no_clue():
    d = draft(
        "fill_blank",
        "blank_term",
        answers=("BPDUs",),
        stem_texts=("Bridge Protocol Data Units", "STP Protocol Messages"),
        reveals=(("BPDUs", "Bridge Protocol Data Units"),),
    )
    assert "acronym" in rule("clue_identifies", d)


def test_an_example_is_no_clue():
    d = draft(
        "fill_blank",
        "blank_term",
        answers=("限制带宽",),
        stem_texts=("如增加噪音等", "处理隐通道的方法"),
        reveals=(("限制带宽", "如增加噪音等"),),
    )
    assert "example" in rule("clue_identifies", d)


def test_a_gloss_that_defines_nothing_is_no_matching_pair_nor_option():
    glossed = fact(
        "l9",
        "list",
        "访问控制策略",
        "DAC=主体可以自主把权限授予其他主体",
        "MAC=通过给文件以密级来进行访问控制",
        "RBAC=按照角色分配权限",
        "ABAC=按照属性判断是否允许访问",
        "PBAC=很多种",
    )
    pairs = (("DAC", "主体可以自主把权限授予其他主体"), ("PBAC", "很多种"))
    d = draft("matching", "match_members", facts=("l9",), reveals=pairs)
    assert "too little" in rule("clue_identifies", d, glossed)
    indexed = index_notes((glossed,))
    (match,) = offers(indexed, glossed).forms["matching"]
    built = match.build(random.Random(1), (glossed,), Ask("zh", 4))
    assert "很多种" not in built.question.options
    dac = next(p for p in indexed.pairs if p.term.text == "DAC")
    assert "很多种" not in {e.text for e in definition_candidates(indexed, dac)}


def test_concepts_of_a_topic_and_a_phrase_with_a_determiner_are_no_categories():
    notes = (
        fact("c1", "list", "Concepts of TLS/SSL", "SSL/TLS protocol", "SSL session"),
        fact("c2", "list", "Any 2 BPDUs", "lower root bridge ID", "lower path cost", line=2),
    )
    for fact_id in ("c1", "c2"):
        d = draft("multiple_choice", "select_members", facts=(fact_id,))
        assert rule("category", d, *notes)


def test_a_statement_among_short_names_is_a_wrong_option_of_another_kind():
    d = draft(
        "single_choice",
        "belongs",
        (
            ("定向调度", True, "answer", "l2"),
            ("不要在不信任的地方登录重要的服务，以免被盗", False, "other list", "l1"),
            ("亲和调度", False, "other list", "l1"),
        ),
        facts=("l2",),
    )
    assert "statement" in rule("option_shapes", d)


def test_only_the_answers_carrying_an_alias_single_them_out():
    d = draft(
        "multiple_choice",
        "select_members",
        (
            ("原子性(Atomicity)", True, "answer", "l2"),
            ("隔离性(Isolation)", True, "answer", "l2"),
            ("可重复读", False, "other list", "l1"),
            ("读已提交", False, "other list", "l1"),
        ),
        facts=("l2",),
    )
    assert "brackets" in rule("option_shapes", d)


def test_scheduling_types_are_no_wrong_options_for_use_cases():
    d = draft(
        "single_choice",
        "belongs",
        (
            ("批处理任务", True, "answer", "l1"),
            ("定向调度", False, "other list", "l2"),
            ("污点调度", False, "other list", "l2"),
        ),
        facts=("l1",),
    )
    assert "not a kind of" in rule("option_kinds", d)


def test_advantages_take_wrong_options_only_from_their_contrasting_list():
    options = (
        ("启动快", True, "answer", "l3"),
        ("隔离性弱", False, "contrasting list", "l4"),
        ("Hello", False, "other list", "l6"),
    )
    assert "no trait" in rule(
        "option_kinds", draft("single_choice", "belongs", options, facts=("l3",))
    )
    contrasting = draft("single_choice", "belongs", options[:2], facts=("l3",))
    assert rule("option_kinds", contrasting) is None
    # And a trait is no wrong option among things.
    timers = (("Hello", True, "answer", "l6"), ("Cheap BW upgrade", False, "other list", "l5"))
    assert "trait" in rule("option_kinds", draft("single_choice", "belongs", timers, facts=("l6",)))


def test_a_member_of_a_list_of_cons_is_no_term_to_name():
    cons = fact("l7", "list", "EtherChannels Cons", "1 flow per link=can't be load-balanced")
    d = draft(
        "single_choice",
        "definition_to_term",
        (("1 flow per link", True, "answer", "l7"), ("Bridge priority", False, "term", "d1")),
        facts=("l7",),
    )
    assert "trait" in rule("trait_terms", d, cons)


def test_every_question_the_notes_give_on_these_flaws_breaks_a_rule():
    indexed = index_notes(NOTES)
    flawed = []
    for f in NOTES:
        for forms in offers(indexed, f).forms.values():
            for form in forms:
                built = form.build(random.Random(3), (f,), Ask("zh", 2, truth=True))
                texts = {o.text for o in built.question.options} | set(built.question.answers)
                if texts & {"增强安全性", "密级管理"} or "SSL会话" in built.question.prompt:
                    flawed.append(built)
    assert len(flawed) >= 3
    assert all(broken(d, indexed) for d in flawed)


def test_use_cases_take_wrong_options_only_from_lists_of_use_cases():
    notes = (
        *NOTES,
        fact("l8", "list", "调度机制", "全自动调度", "特定场景调度", "批处理调度", line=10),
        fact("l9", "list", "Docker应用场景", "自动化测试", "持续集成", line=11),
    )
    wrong_kind = draft(
        "single_choice",
        "belongs",
        (("批处理任务", True, "answer", "l1"), ("特定场景调度", False, "other list", "l8")),
        facts=("l1",),
    )
    assert "not a kind of" in rule("option_kinds", wrong_kind, *notes)
    same_kind = draft(
        "single_choice",
        "belongs",
        (("批处理任务", True, "answer", "l1"), ("持续集成", False, "other list", "l9")),
        facts=("l1",),
    )
    assert rule("option_kinds", same_kind, *notes) is None


def test_a_select_all_whose_answers_alone_share_the_stem_s_word_is_cued():
    d = draft(
        "multiple_choice",
        "select_members",
        (
            ("Docker Containers", True, "answer", "l3"),
            ("Docker Images", True, "answer", "l3"),
            ("Google Cloud Engine", False, "other list", "l1"),
            ("Controller Manager", False, "other list", "l1"),
        ),
        facts=("l3",),
        stem_texts=("Docker三要素",),
    )
    assert "docker" in rule("no_shared_word_cue", d)


def test_another_name_or_a_fragment_is_no_clue():
    for term, clue in (
        ("$L_1$ norm", "aka. Manhattan distance"),
        ("符合3nf", "則在推導是否有關聯"),
    ):
        d = draft(
            "fill_blank", "blank_term", answers=(term,), stem_texts=(clue,), reveals=((term, clue),)
        )
        assert rule("clue_identifies", d)


def test_a_heading_among_a_list_s_members_is_no_option():
    d = draft(
        "multiple_choice",
        "select_members",
        (
            ("Bowl shaped functions", True, "answer", "l6"),
            ("Informal definition", True, "answer", "l6"),
            ("Decision boundary", False, "other list", "l5"),
        ),
        facts=("l6",),
    )
    assert "heading" in rule("option_shapes", d)


def test_a_numbered_label_is_no_term_and_a_dangling_phrase_is_cut():
    d = draft(
        "true_false",
        "claim_definition",
        reveals=(("Equation 2", "This also means that"),),
        asks=("Equation 2", "This also means that", "This also means that"),
    )
    d = Draft(
        d.question,
        d.variety,
        subject="Equation 2",
        stem_texts=("Equation 2", "This also means that"),
    )
    assert "numbers a part" in rule("named_terms", d)
    assert "cut off" in rule("no_markup_or_glue", d)


def test_a_list_named_by_a_sentence_is_no_context_in_a_stem():
    layers = fact(
        "s1",
        "list",
        "SSL/TLS protocol 在传输层和应用层中间的一个协议，本身将这里再分成两层",
        "握手层=相互认证，四次握手的过程，告知服务器客户端的操作",
        "数据层=数据分块，协商秘钥，加密和增加头部",
    )
    indexed = index_notes((layers, *NOTES))
    built = [
        form.build(random.Random(1), (layers,), Ask("zh", 2))
        for forms in offers(indexed, layers).forms.values()
        for form in forms
        if form.variety in ("definition_to_term", "term_to_definition", "claim_definition")
    ]
    assert built
    assert all("在传输层和应用层中间" not in d.question.prompt for d in built)


def test_topics_joined_in_one_subject_or_members_that_define_are_no_category():
    notes = (
        fact("j1", "list", "管理的效率和效果、特性", "效率", "效果"),
        fact("j2", "list", "技术因素", "指科技水平的提高", "指新工艺的发明", line=2),
    )
    assert "joins" in rule("category", draft("short_answer", "enumerate", facts=("j1",)), *notes)
    assert "statements" in rule(
        "category", draft("short_answer", "enumerate", facts=("j2",)), *notes
    )


def test_a_false_claim_whose_key_prints_a_fragment_is_rejected():
    d = draft(
        "true_false",
        "claim_definition",
        asks=(
            "conditional probability",
            "of an event A given the occurrence of event B is",
            "the probability of a complement event",
        ),
    )
    d = Draft(
        d.question,
        d.variety,
        stem_texts=("conditional probability", "the probability of a complement event"),
        asks=d.asks,
    )
    assert "cut off" in rule("no_markup_or_glue", d)


def test_design_principles_of_applications_are_no_use_cases():
    notes = (
        *NOTES,
        fact("p1", "list", "微服务应用设计原则", "前后端分离", "无状态通信", line=10),
    )
    d = draft(
        "single_choice",
        "belongs",
        (("批处理任务", True, "answer", "l1"), ("前后端分离", False, "other list", "p1")),
        facts=("l1",),
    )
    assert "not a kind of" in rule("option_kinds", d, *notes)


def test_a_closed_set_is_filled_in_one_member_and_an_open_list_is_not():
    closed = fact("k1", "list", "Docker三要素", "Docker Images", "Docker Containers", "DockerFile")
    open_ = fact("k2", "list", "Docker优点", "启动快", "资源损耗低", "易迁移", line=2)
    indexed = index_notes((closed, open_))
    (form,) = [
        f for f in offers(indexed, closed).forms["fill_blank"] if f.variety == "blank_member"
    ]
    built = form.build(random.Random(2), (closed,), Ask("zh", 2))
    (answer,) = built.question.answers
    assert built.question.prompt.count("______") == 1
    assert answer not in built.question.prompt
    assert broken(built, indexed) is None
    assert all(
        f.variety != "blank_member" for f in offers(indexed, open_).forms.get("fill_blank", ())
    )


def test_a_one_word_remark_is_no_definition_even_in_a_false_claim_s_key():
    d = draft(
        "true_false",
        "claim_definition",
        asks=("TCP SYN Flooding", "important!", "Card, key, smart card"),
    )
    assert "too little" in rule("clue_identifies", d)


def test_a_definition_under_a_heading_of_cons_is_a_trait_not_a_term():
    con = Fact(
        "c9",
        "definition",
        "1 flow per link",
        text="can't be load-balanced over multiple links",
        section=("L2", "EtherChannels Cons"),
        source="notes.md",
        line=3,
    )
    d = draft("single_choice", "definition_to_term", facts=("c9",))
    assert "trait" in rule("trait_terms", d, con)


def test_a_heading_ending_in_a_verb_is_no_context():
    from examgen.questions.categories import sentence

    assert sentence("Bridge contains") and not sentence("STP Timers")


def test_wrong_options_sharing_a_head_the_answers_lack_are_a_kind_of_their_own():
    d = draft(
        "multiple_choice",
        "select_members",
        (
            ("读未提交", True, "answer", "l2"),
            ("串行化", True, "answer", "l2"),
            ("联合索引", False, "other list", "l1"),
            ("全文索引", False, "other list", "l1"),
        ),
        facts=("l2",),
    )
    assert "索引" in rule("option_block", d)
    ids = draft(
        "multiple_choice",
        "select_members",
        (
            ("statement", True, "answer", "l2"),
            ("mixed", True, "answer", "l2"),
            ("DB_TRX_ID", False, "other list", "l1"),
            ("DB_ROW_ID", False, "other list", "l1"),
        ),
        facts=("l2",),
    )
    assert rule("option_block", ids)


def test_a_matching_pair_whose_gloss_translates_its_term_is_rejected():
    pairs = (("SSL Session", "SSL会话，客户端与服务器建立时协商"), ("凯撒密码", "对字母进行移位"))
    d = draft("matching", "match_terms", reveals=pairs)
    assert "another script" in rule("clue_identifies", d)


def test_a_term_choice_whose_answer_alone_lacks_an_alias_is_cued():
    d = draft(
        "single_choice",
        "definition_to_term",
        (
            ("Kerckhoff规则", True, "answer", "d1"),
            ("威胁(Threats)", False, "term", "d1"),
            ("攻击(Attacks)", False, "term", "d1"),
            ("扩散(Diffusion)", False, "term", "d1"),
        ),
    )
    assert "brackets" in rule("option_shapes", d)


def test_a_clue_sharing_a_word_with_its_answer_is_rejected_even_if_a_wrong_option_does():
    d = draft(
        "single_choice",
        "definition_to_term",
        (
            ("握手层", True, "answer", "d1"),
            ("数据层", False, "term", "d1"),
            ("过程性", False, "term", "d1"),
        ),
        stem_texts=("相互认证，四次握手的过程",),
    )
    assert "握手" in rule("no_stem_words", d)


def test_a_worked_example_is_no_definition():
    from examgen.questions.clues import clue_problem

    assert "example" in clue_problem("Independence", "Suppose I roll a single die. What then?")


def test_two_topics_joined_by_and_are_no_term():
    d = draft("fill_blank", "blank_term", answers=("Experiment and Outcome",), stem_texts=("…",))
    assert "joins two topics" in rule("named_terms", d)


def test_a_glossed_member_of_a_cons_list_read_as_a_definition_is_a_trait():
    cons = fact("c1", "list", "EtherChannels Cons", "1 flow per link=can't be load-balanced")
    alone = fact("c2", "definition", "1 flow per link", text="can't be load-balanced", line=2)
    d = draft(
        "single_choice",
        "definition_to_term",
        facts=("c2",),
        reveals=(("1 flow per link", "can't be load-balanced"),),
    )
    assert "trait" in rule("trait_terms", d, cons, alone)


def test_a_definition_naming_its_term_across_a_de_gives_no_claim():
    notes = (fact("d1", "definition", "索引数据结构", text="一般索引的数据结构有B+树和hash表两种"),)
    indexed = index_notes(notes)
    offered = offers(indexed, notes[0])
    assert "true_false" not in offered.forms
    assert "names its own term" in offered.reasons["true_false"]


def test_an_acronym_written_small_spelled_out_is_no_clue():
    from examgen.questions.clues import clue_problem

    assert "acronym" in clue_problem("rem", '"Rapid eye movement", with high frequency EEG')


def test_a_true_claim_whose_definition_repeats_the_term_s_word_reads_true_at_once():
    d = draft("true_false", "claim_definition")
    d = Draft(
        replace_truth(d.question, True),
        d.variety,
        stem_texts=("握手层", "相互认证，四次握手的过程"),
    )
    assert "握手" in rule("no_stem_words", d)


def test_a_plural_in_the_answer_is_the_clue_s_word_all_the_same():
    d = draft(
        "single_choice",
        "definition_to_term",
        (("Rule of complements", True, "answer", "d1"), ("Union", False, "term", "d1")),
        stem_texts=("Probability of a complement is one minus the probability",),
    )
    assert "complement" in rule("no_stem_words", d)


def replace_truth(question: Question, truth: bool) -> Question:
    from dataclasses import replace

    return replace(question, truth=truth)


def test_an_answer_saying_part_of_a_compound_term_is_cued():
    d = draft(
        "single_choice",
        "term_to_definition",
        (
            ("文件指令集,说明如何自动创建Docker镜像", True, "answer", "d1"),
            ("只读模版,运行容器", False, "definition", "d1"),
            ("负责程序运行,包括操作系统", False, "definition", "d1"),
        ),
        stem_texts=("DockerFile",),
    )
    assert "docker" in rule("no_shared_word_cue", d)


def test_a_true_claim_whose_definition_names_its_context_reads_true_at_once():
    d = draft("true_false", "claim_definition")
    d = Draft(
        replace_truth(d.question, True),
        d.variety,
        stem_texts=("Desirable/Auto", "Initiate/listen for PAgP", "PAgP"),
    )
    assert "pagp" in rule("no_stem_words", d)


def test_answers_that_alone_end_alike_are_cued():
    d = draft(
        "multiple_choice",
        "select_members",
        (
            ("综合性", True, "answer", "l2"),
            ("动态性", True, "answer", "l2"),
            ("个人习惯", False, "other list", "l1"),
            ("指纹", False, "other list", "l1"),
        ),
        facts=("l2",),
    )
    assert "end in “性”" in rule("option_block", d)


def test_a_clue_in_another_script_than_its_term_is_asked_only_from_the_term_s_side():
    notes = (fact("d1", "definition", "Sharding Key", text="分片键，决定数据落在哪个节点上的列"),)
    pair = (("Sharding Key", "分片键，决定数据落在哪个节点上的列"),)
    for qtype, variety in (("single_choice", "definition_to_term"), ("fill_blank", "blank_term")):
        d = draft(qtype, variety, reveals=pair, answers=("Sharding Key",))
        assert "another script" in rule("clue_identifies", d, *notes)
    # A mixed term's Latin word said in Chinese is the same ("…研发运营" for "GitOps流程").
    mixed = (("GitOps流程", "以仓库为唯一事实来源的研发运营方式"),)
    assert "another script" in rule(
        "clue_identifies", draft(*("fill_blank", "blank_term"), reveals=mixed)
    )
    # From the term's side the options are all descriptions: asked.
    d = draft("single_choice", "term_to_definition", reveals=pair)
    assert rule("clue_identifies", d, *notes) is None


UNKINDED = (
    fact("h1", "list", "缓存方案", "LRU", "LFU", "FIFO", line=1),
    fact("h2", "list", "集群角色", "leader", "follower", "observer", line=2),
    fact("h3", "list", "加密算法", "AES", "RSA", "DES", line=3),
    fact("h4", "list", "日志方案", "ELK", "EFK", line=4),
    fact("h5", "list", "限流作用", "请求限制", "流量统计", "突发削峰", line=5),
    fact("h6", "list", "重试机制", "立即重试", "延迟重试", "指数重试", line=6),
    fact("h7", "list", "部署环境", "本地测试", "预发验证", "线上灰度", line=7),
)


def belongs(home: str, answer: str, wrong: str, source: str) -> Draft:
    return draft(
        "single_choice",
        "belongs",
        ((answer, True, "answer", home), (wrong, False, "other list", source)),
        facts=(home,),
    )


def test_a_list_named_by_no_kind_takes_wrong_options_only_from_its_siblings():
    # Lowercase roles beside acronyms are of another kind.
    problem = rule("option_kinds", belongs("h1", "LRU", "leader", "h2"), *UNKINDED)
    assert "neither named by the same word" in problem
    # A list named by the same head word, or one whose members have the answers' shape, is.
    assert rule("option_kinds", belongs("h1", "LRU", "ELK", "h4"), *UNKINDED) is None
    assert rule("option_kinds", belongs("h1", "LRU", "AES", "h3"), *UNKINDED) is None


def test_members_all_ending_alike_are_no_siblings_of_members_that_do_not():
    # "立即重试", "延迟重试" are kinds of retry, not what a limiter does.
    problem = rule("option_kinds", belongs("h5", "请求限制", "立即重试", "h6"), *UNKINDED)
    assert "neither named by the same word" in problem
    assert rule("option_kinds", belongs("h5", "请求限制", "本地测试", "h7"), *UNKINDED) is None


def test_wrong_options_are_drawn_from_the_siblings_first():
    notes = index_notes(UNKINDED)
    assert same_kind_lists(notes, "h1", ("h2", "h3", "h4")) == {"h3", "h4"}
