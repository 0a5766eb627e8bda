"""Shapes that look like facts and are not (round 2 of issue 8): no junk card from them."""

from __future__ import annotations

from notes_text import skipped, subjects

from examgen.notes import parse_text


def test_a_negated_statement_with_a_note_in_brackets_is_not_a_term():
    text = "# N\n\n## 第三范式\n\n- 不存在传递依赖 (满足2NF)\n- 主键没有空值 (实体完整性)\n"
    assert all(kind != "definition" for kind, _ in subjects(text))


def test_a_name_that_starts_with_a_negation_is_still_a_term():
    text = "# N\n\n## 并发问题\n\n- 不可重复读（Non-repeatable read）：同一事务两次读到的数据不同\n"
    assert subjects(text) == [("definition", "不可重复读（Non-repeatable read）")]


def test_a_list_of_multi_sentence_accounts_is_skipped_as_passages():
    text = (
        "# N\n\n## 异常\n\n问题\n"
        "- 新增一名顾问时他还没有客户。因为客户是主键的一部分，这违反了实体完整性。\n"
        "- 删除一笔委托时会删掉顾问的资料。如果他只有这一个客户，他的资料就一起丢失了。\n"
    )
    assert subjects(text) == []
    assert any("passages" in message for message in skipped(text))


def test_a_list_of_short_statements_is_still_a_list():
    text = "# N\n\n## Benefits\n\n- Less redundancy. Smaller tables.\n- Fewer anomalies.\n"
    assert subjects(text) == [("list", "Benefits")]


def test_a_remark_label_is_not_a_term_and_what_it_says_stays_a_member():
    text = "# N\n\n## Gradient descent\n\n- Note: the step size matters a lot\n- Aside: it is old\n"
    (fact,) = parse_text(text).facts
    assert (fact.kind, fact.subject) == ("list", "Gradient descent")
    assert [item.text for item in fact.items] == ["the step size matters a lot", "it is old"]
    assert any("a remark, not a term: Note" in message for message in skipped(text))


def test_a_counting_label_is_not_a_term():
    text = "# N\n\n## Kernels\n\nOne limitation: the basis is fixed beforehand.\n"
    assert all(subject != "One limitation" for _, subject in subjects(text))
    assert any("a remark, not a term: One limitation" in m for m in skipped(text))


def test_a_term_that_starts_like_a_remark_word_is_still_a_term():
    text = "# N\n\n- Notepad: a plain text editor\n- One-hot encoding: a vector with a single 1\n"
    assert [subject for _, subject in subjects(text)] == ["Notepad", "One-hot encoding"]


def test_a_heading_naming_its_term_then_its_english_name_is_about_the_term():
    text = "# N\n\n## 第二范式, Second Normal Form\n\n- 符合第一范式\n- 没有部分依赖\n"
    assert subjects(text) == [("list", "第二范式")]


def test_a_heading_naming_two_things_keeps_both():
    text = "# N\n\n## TCP, UDP\n\n- transport layer\n- ports\n"
    assert subjects(text) == [("list", "TCP, UDP")]


def test_a_possessive_aspect_heading_is_qualified_by_its_parent():
    text = "# N\n\n## 非盈利组织\n\n### 其特点\n\n- 不以盈利为目的\n- 提供公共服务\n"
    assert subjects(text) == [("list", "非盈利组织 特点")]


def test_a_summing_up_label_is_not_a_term():
    text = "# N\n\n## B+树\n\n总的来说：B+树更适合范围查询。\n"
    assert all(subject != "总的来说" for _, subject in subjects(text))


def test_an_instruction_with_a_note_in_brackets_is_a_step_not_a_term():
    text = "# N\n\n## Defences\n\n- Detect altering of files (checksums)\n- Inhibit sharing\n"
    assert subjects(text) == [("list", "Defences")]


def test_a_noun_that_is_also_a_verb_is_still_a_term():
    text = "# N\n\n- Hash map: a table of keys and values\n- Set theory: the study of sets\n"
    assert [subject for _, subject in subjects(text)] == ["Hash map", "Set theory"]


def test_sentences_before_a_list_label_keep_the_space_between_them():
    notes = (
        "# Bio\n\n### growth\n*Ontogeny* is the process of development across a lifetime. "
        "Sleep habits change across a lifetime. Most prominently, infants differ:\n"
        "- **Monophasic**: one sleep period.\n- **Biphasic**: two sleep periods.\n"
    )
    (ontogeny,) = [f for f in parse_text(notes).facts if f.subject == "Ontogeny" and f.text]
    assert "lifetime. Sleep habits" in ontogeny.text


def test_a_titled_callout_after_a_list_is_not_one_more_member_of_it():
    notes = (
        "# Bio\n\n### physiology\nIt is comprised of three components:\n"
        "- **EOG**: measures eye movements\n- **EEG**: measures brain waves\n"
        "- **EMG**: measures muscle activity\n\n"
        ">[!tip] PSG of REM vs. Non-REM Sleep\n>Based on the PSG we can tell the stage.\n"
    )
    (components,) = [f for f in parse_text(notes).facts if f.kind == "list"]
    assert [item.text for item in components.items] == ["EOG", "EEG", "EMG"]
