"""Note shapes of session 20 (issue 8, helper e20): facts the fresh readers found wrong.
One small note of our own per shape, and what it gives (or that it gives nothing)."""

from __future__ import annotations

from examgen.notes import parse_text


def facts(text: str) -> list:
    return list(parse_text(text).facts)


def subjects(text: str, kind: str = "definition") -> list[str]:
    return [f.subject for f in facts(text) if f.kind == kind]


DISORDER = """# Sleep

## Parasomnia

Also **Night binge disorder (NBD)**. NBD is the loss of appetite control, or satiety, during REM
- Caused by faulty hypothalamic mechanisms which normally inhibit hunger signals
- NBD is a strong risk factor in predicting diabetes, as 1 in 3 people with NBD develop diabetes
"""


def test_a_role_bullet_under_a_paragraph_belongs_to_its_term_not_to_a_name_it_mentions():
    found = subjects(DISORDER)
    assert "cause of NBD" in found
    assert "cause of satiety" not in found


def test_a_second_is_a_sentence_about_a_term_just_defined_is_no_definition_of_it():
    found = subjects(DISORDER)
    assert "NBD" not in found
    assert "NBD and diabetes" in found  # what it says, under both names


ROLES = """# Routing

#### Router roles
* Border Router - no changes
* Core Router - same as above
* Edge Router
    * A gateway for a site
"""


def test_a_member_said_to_be_unchanged_is_named_in_its_list_and_not_defined():
    found = facts(ROLES)
    listed = [f for f in found if f.kind == "list" and f.subject == "Router roles"]
    assert [item.text for item in listed[0].items] == [
        "Border Router",
        "Core Router",
        "Edge Router",
    ]
    assert subjects(ROLES) == ["Edge Router"]


def test_same_as_above_and_its_chinese_forms_are_no_definitions():
    note = "# 网络\n\n## 端口角色\n\n* 根端口：同上\n* 指定端口：不变\n* 备份端口：根端口的备份\n"
    assert subjects(note) == ["备份端口"]


def test_a_composed_of_label_names_the_components_of_its_parent():
    note = "# Links\n\n## Bundles\n\n* Composed of:\n    * Bundle interface\n    * Member links\n"
    lists = [f.subject for f in facts(note) if f.kind == "list"]
    assert lists == ["Bundles components"]


def test_a_cleft_sentence_names_what_is_done_not_a_verb_ending_in_de():
    note = "# 锁\n\n## 行锁\n\n行锁锁定的是索引上的记录，而不是整张表。\n"
    assert "行锁锁定的对象" in subjects(note)
    assert "行锁锁定的" not in subjects(note)


def test_a_list_title_ending_in_the_verb_its_list_completes_drops_the_verb():
    note = "# 正規化\n\n## 3NF\n\nProperties of 3NF符合\n1. 沒有遞移相依\n2. 符合2NF\n"
    lists = [f.subject for f in facts(note) if f.kind == "list"]
    assert lists == ["Properties of 3NF"]


GROUPED = """# 快取

## Cache類型
- 本機Cache
- 記憶體快取
- 磁碟快取
- 遠端Cache
- 分散式快取
- 代理快取
"""


def test_bullets_naming_the_lists_own_thing_head_the_groups_after_them():
    lists = {f.subject: [item.text for item in f.items] for f in facts(GROUPED) if f.kind == "list"}
    assert lists["本機Cache"] == ["記憶體快取", "磁碟快取"]
    assert lists["遠端Cache"] == ["分散式快取", "代理快取"]
    assert lists["Cache類型"] == ["記憶體快取", "磁碟快取", "分散式快取", "代理快取"]


def test_a_size_a_chinese_definition_states_in_passing_is_a_fact_of_its_own():
    item = "SM4(国密分组算法):分组长度为128-bit，密钥长度为128-bit等，用于无线局域网"
    note = f"# 加密\n\n## 算法\n\n* {item}\n"
    found = {f.subject: f.text for f in facts(note) if f.kind == "definition"}
    assert found["SM4的分组长度"] == "128-bit"
    assert found["SM4的密钥长度"] == "128-bit"


def test_a_clause_using_a_size_is_no_size_of_the_thing():
    note = "# 加密\n\n## 算法\n\n* DES:使用56-bit的秘钥加密，基于Feistel结构\n"
    assert subjects(note) == ["DES"]
