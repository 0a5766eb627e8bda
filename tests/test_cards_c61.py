"""Cards: c61's fixes (session 26), read through the anki backend."""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki_import import import_package
from card_facts import build, card_fact, card_fronts, learner_text, zh_card_fact

from examgen.build import make_deck
from examgen.card_budget import stable_groups
from examgen.config import load_config

# Six advantages of about twenty columns each: five fill a group's column budget, so the
# sixth would be left alone in a second group.
_ADVANTAGES = (
    "fast container startup",
    "small registry images",
    "simple release rollback",
    "few host dependencies",
    "cheap stateless scaling",
    "clear pod log streams",
)


def test_a_list_in_groups_leaves_no_member_alone_in_its_last_group(tmp_path, col):
    fact = card_fact("g1", "list", "advantages of containers", items=_ADVANTAGES)
    import_package(col, build(tmp_path, [fact]).output)
    first = card_fronts(col, "g1", "list")
    second = card_fronts(col, "g1", "list#2")
    assert len(first) == 1 and len(second) == 1, (first, second)
    assert "Part 2 of 2: fill in the 2 blanks" in second[0], second
    assert "Part 1 of 2: fill in the 4 blanks" in first[0], first


def test_a_growing_list_moves_only_the_member_its_lone_last_group_borrowed():
    eleven = stable_groups([10] * 11)
    twelve = stable_groups([10] * 12)
    assert eleven == [[0, 1, 2, 3, 4], [5, 6, 7, 8], [9, 10]]
    # Member 9 goes back to its own group; the older groups never change.
    assert twelve == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11]]


def test_a_definition_giving_only_another_name_asks_for_that_name_both_ways(tmp_path, col):
    made = [
        card_fact(
            "a1",
            "list",
            "Common kinds of headache",
            items=("Tension headache", "Cluster headache", "Migraine"),
        ),
        # "Cluster headache, aka suicide headache": the notes give the member another name.
        card_fact("a2", "definition", "suicide headache", text="Cluster headache"),
    ]
    import_package(col, build(tmp_path, made).output)
    forward, backward = card_fronts(col, "a2", "definition")
    assert forward.startswith("Give its other name suicide headache"), forward
    assert backward.startswith("Give its other name Cluster headache"), backward
    assert "Define this term" not in forward + backward


def test_a_text_that_is_only_a_marked_alias_asks_for_the_other_name(tmp_path, col):
    made = [zh_card_fact("z1", "definition", "非聚簇索引", text="又称辅助索引")]
    import_package(col, build(tmp_path, made).output)
    forward, backward = card_fronts(col, "z1", "definition")
    assert forward.startswith("写出它的另一个名称 非聚簇索引"), forward
    assert backward.startswith("写出它的另一个名称 辅助索引"), backward


def test_a_subject_its_members_gloss_names_is_a_role_not_another_name(tmp_path, col):
    made = [
        zh_card_fact(
            "r1",
            "list",
            "常见的缓存淘汰策略",
            items=(
                ("最近最少使用", "淘汰最久未用的数据(Redis默认淘汰策略)"),
                ("先进先出", "最早进入的先淘汰"),
            ),
        ),
        zh_card_fact("r2", "definition", "Redis默认淘汰策略", text="最近最少使用"),
    ]
    import_package(col, build(tmp_path, made).output)
    fronts = card_fronts(col, "r2", "definition")
    assert fronts and not any("另一个名称" in front for front in fronts), fronts


def test_a_members_gloss_another_list_names_is_no_other_name(tmp_path, col):
    made = [
        card_fact(
            "m1",
            "list",
            "kinds of memory loss",
            items=(("Anterograde amnesia", "forgetting new events"), ("Retrograde amnesia", "x")),
        ),
        card_fact(
            "m2",
            "list",
            "symptoms of a concussion",
            items=("Forgetting new events", "Headache", "Nausea"),
        ),
        card_fact("m3", "definition", "Anterograde amnesia", text="forgetting new events"),
    ]
    import_package(col, build(tmp_path, made).output)
    fronts = card_fronts(col, "m3", "definition")
    assert fronts and not any("other name" in front for front in fronts), fronts


def test_a_study_defined_by_what_it_found_asks_what_it_found(tmp_path, col):
    made = [
        card_fact(
            "s1",
            "definition",
            "Mary Carskadon's study on teenagers",
            text="teenagers have a later circadian phase and need more sleep than adults",
        ),
        zh_card_fact(
            "s2",
            "definition",
            "双盲实验",
            text="受试者和研究者都不知道分组，结果更可信",
            source="sources/方法.md",
        ),
    ]
    import_package(col, build(tmp_path, made).output)
    (en,) = card_fronts(col, "s1", "definition")
    (zh,) = card_fronts(col, "s2", "definition")
    assert en.startswith("What did Mary Carskadon's study on teenagers find?"), en
    assert zh.startswith("双盲实验发现了什么？"), zh


def test_a_study_defined_by_what_it_is_is_still_defined(tmp_path, col):
    fact = card_fact(
        "s3",
        "definition",
        "Longitudinal sleep study",
        text="a method that is repeated with the same sleepers over many years",
    )
    import_package(col, build(tmp_path, [fact]).output)
    fronts = card_fronts(col, "s3", "definition")
    assert fronts[0].startswith("Define this term Longitudinal sleep study"), fronts


def test_a_pair_of_names_its_text_relates_is_explained_not_defined(tmp_path, col):
    made = [
        card_fact(
            "p1",
            "definition",
            "Insomnia and depression",
            text="insomnia often comes before depression and doubles its risk",
        ),
        zh_card_fact(
            "p2",
            "definition",
            "进程和线程",
            text="一个进程可以包含多个线程，线程共享进程的内存",
            source="sources/系统.md",
        ),
    ]
    import_package(col, build(tmp_path, made).output)
    en = card_fronts(col, "p1", "definition")
    zh = card_fronts(col, "p2", "definition")
    assert en == [en[0]] and en[0].startswith("Explain this Insomnia and depression"), en
    assert zh == [zh[0]] and zh[0].startswith("说明这一点 进程和线程"), zh


def test_a_step_of_a_process_read_from_its_gloss_is_explained_not_defined(tmp_path, col):
    made = [
        card_fact(
            "t1",
            "sequence",
            "Bread making",
            items=(("Kneading", "work the dough until smooth"), ("Proofing", "let it rise")),
        ),
        card_fact("t2", "definition", "Kneading", text="work the dough until smooth"),
    ]
    import_package(col, build(tmp_path, made).output)
    fronts = card_fronts(col, "t2", "definition")
    assert fronts == [fronts[0]] and fronts[0].startswith("Explain this Kneading"), fronts


def test_a_definition_that_is_only_its_symbol_asks_for_the_symbol(tmp_path, col):
    made = [
        card_fact("y1", "definition", "signing function", text="S()"),
        zh_card_fact("y2", "definition", "公钥", text="K", source="sources/密码.md"),
    ]
    import_package(col, build(tmp_path, made).output)
    en = card_fronts(col, "y1", "definition")
    zh = card_fronts(col, "y2", "definition")
    assert en == [en[0]] and en[0].startswith("Give its symbol signing function"), en
    assert zh == [zh[0]] and zh[0].startswith("写出它的符号 公钥"), zh


def test_a_definition_saying_only_that_there_are_many_gets_no_card(tmp_path, col):
    made = [
        zh_card_fact("v1", "definition", "授权方式", text="很多种"),
        zh_card_fact("v2", "definition", "访问控制", text="限制主体对客体的访问权限的机制"),
    ]
    import_package(col, build(tmp_path, made).output)
    assert card_fronts(col, "v1", "definition") == []
    assert card_fronts(col, "v2", "definition")


def test_traits_opening_on_a_negated_verb_are_explained_not_defined(tmp_path, col):
    fact = card_fact(
        "n1",
        "definition",
        "Probit MLE",
        text="Doesn't have a closed form solution; Therefore use iterative optimisation",
    )
    import_package(col, build(tmp_path, [fact]).output)
    fronts = card_fronts(col, "n1", "definition")
    assert fronts == [fronts[0]] and fronts[0].startswith("Explain this Probit MLE"), fronts


_LAPSES = "# Sleep notes\n\n## Lapses\n\nsleep attack: Nodding off\n"
_LIST = "\n- Common lapses of attention\n  - Nodding off\n  - Zoning out\n  - Staring blankly\n"


def test_a_list_added_later_makes_a_kept_definition_ask_its_other_name(tmp_path, col, monkeypatch):
    root = tmp_path / "ws"
    (root / "sources").mkdir(parents=True)
    monkeypatch.chdir(root)
    notes = root / "sources" / "notes.md"
    notes.write_text(_LAPSES, encoding="utf-8")
    make_deck(load_config(root))
    notes.write_text(_LAPSES + _LIST, encoding="utf-8")  # the definition itself unchanged
    report = make_deck(load_config(root)).report
    import_package(col, report.output)
    nids = col.find_notes('"Front:sleep attack"')
    fronts = [learner_text(c.question()) for nid in nids for c in col.get_note(nid).cards()]
    assert fronts and all(f.startswith("Give its other name") for f in fronts), fronts
