"""Session 42 (q42): the invalid shapes of the rv41 reading — a wrong option the asked term's
other facts make true, kind-word wrong options from an unrelated subject, a heading read as the
category of its topics — each with a small note of our own."""

from __future__ import annotations

from question_facts import drafts

from examgen.notes import parse_text
from examgen.questions.categories import category_problem
from examgen.questions.giveaways import answers_another
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES, broken

# ------------------------------- 1. a wrong option that the asked term's other facts make true

DAEMONS = """# 运维笔记

## 集群原理

- 工作节点
  - 运行的进程
    - agentd(任务启动、停止及和主控节点协作)
      - 节点管理
      - 日志收集
      - 健康检查
    - proxyd(通信和负载均衡)
    - shipperd(本机日志收集和转发)
    - stored(全部配置数据保存)
"""
SECOND_DEFINITION = """
## 进程说明

1. agentd

   节点上最重要的守护进程,负责本机日志收集和转发
"""


def _verdicts(text: str, wrong: str) -> set[str | None]:
    """The one-answer rule's verdicts on the "describe agentd" drafts offering ``wrong``."""
    facts = list(parse_text(text, source="n.md").facts)
    asked = next(
        f for f in facts if f.kind == "definition" and f.subject == "agentd" and "任务" in f.text
    )
    built = [
        d
        for d in drafts(facts, asked, "term_to_definition", seeds=range(24))
        if any(o.text == wrong for o in d.question.options)
    ]
    assert built
    notes = index_notes(facts)
    return {ITEM_RULES["one_defensible_answer"](d, notes) for d in built}


def test_a_wrong_option_holding_a_member_of_the_terms_own_list_is_true_of_it():
    verdicts = _verdicts(DAEMONS, "本机日志收集和转发")
    assert all(v and "日志收集" in v for v in verdicts)


def test_a_wrong_option_the_terms_other_definition_states_is_true_of_it():
    text = DAEMONS.replace("      - 日志收集\n", "") + SECOND_DEFINITION
    verdicts = _verdicts(text, "本机日志收集和转发")
    assert all(v and "本机日志收集和转发" in v for v in verdicts)


def test_a_wrong_option_none_of_the_terms_facts_states_stays():
    # 日志 alone is no member: "日志轮换" is not said by "本机日志收集和转发".
    assert _verdicts(DAEMONS.replace("日志收集\n", "日志轮换\n"), "本机日志收集和转发") == {None}


# -------------------------------- 2. kind-word wrong options taken from an unrelated subject

VOLUMES = """# 容器笔记

## 存储

### 存储卷类型

- ScratchDir
- NodePath
"""
NETWORK = """# Networking

## Addressing

### Address kinds

- IPv4(32-bit addresses written as four decimal numbers)
- IPv6(128-bit addresses written in hexadecimal groups)
- MAC(48-bit hardware addresses burned into network cards)
- Port(16-bit number that picks the service on a host)
"""
VOLUMES_AND_MOUNTS = (
    VOLUMES
    + """
### 存储挂载类型

- Exclusive
- Shared
- Private
"""
)


def _belongs_verdicts(volumes: str) -> set[tuple[str, str] | None]:
    facts = [
        *parse_text(volumes, source="storage.md").facts,
        *parse_text(NETWORK, source="network.md").facts,
    ]
    asked = next(f for f in facts if f.kind == "list" and f.subject == "存储卷类型")
    notes = index_notes(facts)
    built = drafts(facts, asked, "belongs", seeds=range(12))
    return {broken(d, notes) for d in built}


def test_a_kind_word_alone_makes_no_list_of_another_file_a_source_of_wrong_options():
    verdicts = _belongs_verdicts(VOLUMES)
    # Address kinds shares only the kind word (类型 ≈ kinds): no draft of it passes.
    assert None not in verdicts


def test_a_list_of_the_same_kind_in_the_same_chapter_gives_the_wrong_options():
    assert None in _belongs_verdicts(VOLUMES_AND_MOUNTS)


# --------------------------------- 3. a heading read as the category of its numbered topics

TOPICS = """# Storage basics

## Linux filesystems

1. ext4: a journaling filesystem common on Linux servers
2. XFS: a filesystem built for large files and parallel writes
3. Btrfs: a copy-on-write filesystem with snapshots
4. ZFS: a pooled filesystem with checksums on every block
5. Mounting a disk: partition -> format -> mount -> add to fstab
6. Restoring a snapshot: stop writes -> roll back -> remount
"""


def test_a_list_of_names_beside_its_own_procedures_is_no_category():
    problem = _category(TOPICS)
    assert problem and "Mounting a disk" in problem


def test_a_list_of_names_alone_stays_a_category():
    names_only = "\n".join(TOPICS.splitlines()[:8]) + "\n"
    assert _category(names_only) is None


def _category(text: str) -> str | None:
    facts = list(parse_text(text, source="n.md").facts)
    listed = next(f for f in facts if f.kind == "list" and f.subject == "Linux filesystems")
    return category_problem(index_notes(facts), listed)


# ---------------------- q42b 4. a fill-in clue pointing at the lines around it ("以上两者")

FORMATS = """# 日志笔记

## 复制格式

- 复制格式3种
  - 语句式：记录每一条修改数据的语句
  - 行式：记录每一行被修改成什么样
  - 混合式：以上两者的融合，一般用语句式，特殊时用行式
"""
FORMATS_EN = """# Log notes

## Replication formats

- Statement: records every statement that changes data
- Row: records how each changed row ends up
- Mixed: a blend of the former two, statements by default
"""


def _fill_ins(text: str, key: str) -> list:
    facts = list(parse_text(text, source="n.md").facts)
    asked = next(f for f in facts if f.kind == "definition" and f.subject == key)
    return drafts(facts, asked, "blank_term")


def test_a_chinese_fill_in_clue_pointing_at_the_lines_above_gives_no_fill_in():
    assert _fill_ins(FORMATS, "混合式") == []
    assert _fill_ins(FORMATS, "行式")


def test_an_english_fill_in_clue_pointing_at_the_former_lines_gives_no_fill_in():
    assert _fill_ins(FORMATS_EN, "Mixed") == []
    assert _fill_ins(FORMATS_EN, "Row")


# ------------------ q42b 1. a cross-question cue in another word form ("sleep spindle" / "…s")

WAVES = """# Sleep notes

## Stage two

- Waveform types
  - ripple burst
  - slow hump
  - theta run
- Ripple bursts: short runs of fast activity made by the thalamus
- Slow humps: single large waves that follow a sudden sound
"""


def test_a_claim_printing_a_fill_ins_key_in_the_singular_gives_it_away():
    facts = list(parse_text(WAVES, source="n.md").facts)
    waves = next(f for f in facts if f.kind == "list")
    bursts = next(f for f in facts if f.subject == "Ripple bursts")
    claims = [
        d
        for d in drafts(facts, waves, "claim_member", seeds=range(24))
        if "ripple burst" in d.question.prompt
    ]
    fill_ins = drafts(facts, bursts, "blank_term")
    assert claims and fill_ins
    notes = index_notes(facts)
    assert answers_another(fill_ins[0], claims[:1], notes)
    assert answers_another(claims[0], fill_ins[:1], notes)
