"""A short list is not padded with a thing of another kind (rv63 M): two lists whose names
share only the topic their headings name ("methods for studying digestion", "enzymes
responsible for breaking down digestion" in notes on digestion) hold things of two kinds,
and a question on a list of three asks with three options rather than offer an enzyme among
methods. Names sharing a trait word no heading names ("… features") stay kin."""

from __future__ import annotations

from question_facts import drafts

from examgen.notes import parse_text
from examgen.questions.index import index_notes
from examgen.questions.kinship import same_kind

DIGESTION = """# digestion

## studying digestion
There are a few different methods for studying digestion:
1. Endoscopy: looking inside the gut through a thin camera tube
2. Breath tests: measuring gases that gut bacteria give off after a test meal
3. Scintigraphy: following a labelled meal through the gut with a gamma camera

## chemistry of digestion
There are three enzymes responsible for breaking down digestion:
- Amylase (AMY)
- Lipase (LPS)
- Pepsin (PEP)
"""

FEATURES = """# containers

## Docker
Docker features:
- Layers: images built from stacked read-only file systems
- Daemon: one background service runs every container

## Podman
Podman features:
- Rootless: containers run without administrator rights at all
- Pods: groups of containers share one network namespace
"""


def _options(note: str, term: str) -> list[list[str]]:
    facts = list(parse_text(note, source="notes.md").facts)
    asked = next(f for f in facts if f.subject == term)
    return [
        [o.text for o in d.question.options] for d in drafts(facts, asked, "definition_to_term")
    ]


def test_a_list_of_three_is_not_padded_from_a_list_sharing_only_the_topic_of_its_headings():
    asked = _options(DIGESTION, "Breath tests")
    assert asked
    for options in asked:
        assert sorted(options) == ["Breath tests", "Endoscopy", "Scintigraphy"]


def test_lists_sharing_a_trait_word_no_heading_names_still_pad_each_other():
    asked = _options(FEATURES, "Rootless")
    assert asked
    assert all({"Layers", "Daemon"} & set(options) for options in asked)


ENVIRONMENTS = """# 管理学

## 环境
一般环境:
- 经济因素: 利率、通货膨胀率和可支配收入的变化
- 技术因素: 科技水平的提高和新技术的发明

具体环境:
- 顾客: 购买组织产品和服务的个人或团体
- 供应商: 为组织提供原料和设备的外部单位
"""


def test_chinese_lists_ending_in_their_kind_word_stay_kin_under_a_heading_naming_it():
    facts = list(parse_text(ENVIRONMENTS, source="notes.md").facts)
    notes = index_notes(facts)
    pair = {p.term.text: p for p in notes.pairs}
    assert same_kind(notes, pair["顾客"], pair["经济因素"])
