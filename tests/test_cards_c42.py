"""Cards: c42's fixes (session 24), read through the anki backend."""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki_import import import_package
from card_facts import build, card_fact, card_fronts, zh_card_fact

_TRANSMITTERS = (("Acetylcholine", "ACh"), ("Noradrenaline", "NA"), ("Serotonin", "5-HT"))


def test_a_members_contracted_abbreviation_is_hidden_with_it(tmp_path, col):
    fact = card_fact(
        "n1", "list", "transmitters responsible for keeping us awake", items=_TRANSMITTERS
    )
    import_package(col, build(tmp_path, [fact]).output)
    fronts = card_fronts(col, "n1", "list-cloze")
    asking = {name: [f for f in fronts if name not in f] for name, _ in _TRANSMITTERS}
    assert all(len(cards) == 1 for cards in asking.values()), fronts
    assert "ACh" not in asking["Acetylcholine"][0] and "NA" not in asking["Noradrenaline"][0]
    # 5-HT is not spelt from Serotonin's letters: it stays, a gloss to recall it by.
    assert "5-HT" in asking["Serotonin"][0]


def test_a_numeronyms_word_in_the_breadcrumb_is_hidden_on_its_reverse_card(tmp_path, col):
    fact = card_fact(
        "k1",
        "definition",
        "K8S",
        text="an open system that schedules containers over a cluster of machines",
        section=("Notes", "Container orchestration with Kubernetes"),
    )
    import_package(col, build(tmp_path, [fact]).output)
    fronts = card_fronts(col, "k1", "definition")
    (reverse,) = [f for f in fronts if "schedules containers" in f]
    assert "Kubernetes" not in reverse and "orchestration with" in reverse, reverse


def test_a_description_headed_by_an_explanation_asks_what_it_is(tmp_path, col):
    made = [
        card_fact(
            "w1",
            "definition",
            "most common explanation for why people oversleep",
            text="a lack of daylight in winter",
        ),
        zh_card_fact(
            "w2",
            "definition",
            "失眠的主要原因",
            text="压力激素分泌过多，使神经系统一直处于兴奋状态",
            source="sources/睡眠.md",
        ),
    ]
    import_package(col, build(tmp_path, made).output)
    (en,) = card_fronts(col, "w1", "definition")
    (zh,) = card_fronts(col, "w2", "definition")
    assert en.startswith("What is the most common explanation for why people oversleep?"), en
    assert zh.startswith("失眠的主要原因是什么？"), zh


def test_a_points_list_names_its_nearest_heading_or_none(tmp_path, col):
    under_own = card_fact(
        "h1",
        "list",
        "hyperactivity in sleepwalkers",
        items=("brainstem", "amygdala", "thalamus"),
        section=("Notes", "Disorders", "sleepwalkers"),
    )
    sentence = card_fact(
        "h2",
        "list",
        "The root bridge sends Hello frames every two seconds",
        items=("its own ID as root", "a path cost of zero", "its port ID"),
        section=("Notes", "Election"),
    )
    import_package(col, build(tmp_path, [under_own, sentence]).output)
    (own,) = card_fronts(col, "h1", "list")
    (said,) = card_fronts(col, "h2", "list")
    assert "(Disorders)" not in own and "(sleepwalkers)" not in own, own
    assert "(Election)" not in said, said


def test_a_step_its_own_route_names_is_shown_not_asked(tmp_path, col):
    route = zh_card_fact(
        "r1",
        "sequence",
        "网格计算演进路线",
        items=("单机计算", "并行计算", "分布式计算", "网格计算"),
    )
    import_package(col, build(tmp_path, [route]).output)
    fronts = card_fronts(col, "r1", "sequence")
    assert len(fronts) == 3 and all("网格计算演进路线" in front for front in fronts), fronts


def test_a_title_saying_its_order_or_count_does_not_say_it_twice(tmp_path, col):
    made = [
        card_fact(
            "o1",
            "sequence",
            "order in which two offers are compared",
            items=("lowest price", "earliest delivery", "best rating"),
        ),
        zh_card_fact(
            "o2", "list", "系统提供3种备份方式", items=("完全备份", "增量备份", "差异备份")
        ),
    ]
    import_package(col, build(tmp_path, made).output)
    sequence = card_fronts(col, "o1", "sequence")
    counted = card_fronts(col, "o2", "list-cloze")
    assert sequence and not any("(in order)" in front for front in sequence), sequence
    assert counted and not any("（3项）" in front for front in counted), counted


def test_an_answer_inside_its_negated_word_is_left_shown(tmp_path, col):
    levels = zh_card_fact(
        "g1",
        "list",
        "隔离级别的类型",
        items=(
            ("读已提交", "避免脏读，仍会不可重复读"),
            ("可重复读", "同一事务内多次读取结果一致"),
            ("串行化", "完全避免不可重复读和幻读"),
        ),
    )
    import_package(col, build(tmp_path, [levels]).output)
    fronts = card_fronts(col, "g1", "list-cloze")
    (asking,) = [f for f in fronts if "[...]同一事务内" in f]
    assert "可重复读" not in asking.replace("不可重复读", ""), asking
    assert asking.count("不可重复读") == 2, asking


def test_a_text_telling_what_happens_on_an_occasion_gets_no_reverse_card(tmp_path, col):
    made = [
        zh_card_fact(
            "s1",
            "definition",
            "Podman网络",
            text="当 Podman 启动容器时,会自动在主机上创建一个 cni0 虚拟网桥,容器之间经它转发数据",
            source="sources/容器.md",
        ),
        card_fact(
            "s2",
            "definition",
            "Spool queue",
            text="When the printer wakes up, it reads every waiting job from a disk folder "
            "and prints them in order",
        ),
    ]
    import_package(col, build(tmp_path, made).output)
    assert [len(card_fronts(col, f.id, "definition")) for f in made] == [1, 1]


def test_a_definition_ending_in_another_terms_name_gets_no_card(tmp_path, col):
    fact = card_fact(
        "l1",
        "definition",
        "Compaction",
        text="merging small files into bigger ones without losing a record (Lossless Merge)",
    )
    other = card_fact("l2", "definition", "Segment", text="one file of records on the disk")
    import_package(col, build(tmp_path, [fact, other]).output)
    assert card_fronts(col, "l1", "definition") == []


def test_a_definition_ending_in_its_opposites_name_keeps_its_card(tmp_path, col):
    fact = card_fact(
        "l3",
        "definition",
        "Hot Partition",
        text="a partition that takes most writes; otherwise it is a cold one (Non-Hot Partition)",
    )
    import_package(col, build(tmp_path, [fact]).output)
    assert len(card_fronts(col, "l3", "definition")) == 1
