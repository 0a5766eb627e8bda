"""The shapes of real notes (issue 8): one small note of our own per shape, and what it gives."""

from __future__ import annotations

from notes_text import facts, one, skipped, subjects

from examgen.notes import parse_text

# ----------------------------------------------------------------------------- headings


def test_a_heading_with_a_paragraph_defines_the_heading_without_its_numbering():
    fact = one("# 操作系统\n\n### 2. 页面置换\n\n内存不足时把页换出到磁盘。\n", "页面置换")
    assert (fact.kind, fact.text, fact.line) == ("definition", "内存不足时把页换出到磁盘。", 3)


def test_chinese_and_lecture_numbering_is_not_part_of_the_term():
    text = (
        "# N\n\n## 一、绪论\n\n研究对象是生物。\n\n"
        "## Lecture 3: Risk aversion\n\nDislike of risk.\n"
    )
    assert subjects(text) == [("definition", "绪论"), ("definition", "Risk aversion")]


def test_a_heading_with_plain_bullets_is_a_list_of_that_heading():
    fact = one("# N\n\n### Timers\n\n* Hello - 2s\n* Max Age - 20s\n", "Timers")
    assert fact.kind == "list"
    assert [item.text for item in fact.items] == ["Hello", "Max Age"]


def test_topics_with_content_of_their_own_are_not_a_list_of_their_heading():
    text = "# N\n\n## Chapter\n\n1. Cache\n   - fast\n   - small\n2. Disk\n   - slow\n   - big\n"
    assert ("list", "Chapter") not in subjects(text)


def test_a_question_heading_names_the_list_under_it():
    text = "# N\n\n### 为什么需要三次握手？\n\n- 防止旧连接\n- 同步序号\n"
    assert one(text, "为什么需要三次握手").kind == "list"


def test_a_heading_naming_a_process_gives_a_sequence_of_its_steps():
    text = "# N\n\n### Boot process\n\n1. Power on\n2. Load firmware\n3. Start kernel\n"
    assert one(text, "Boot process").kind == "sequence"


def test_a_bare_heading_carries_the_heading_above_it():
    text = "# N\n\n## EtherChannel\n\n### Pros\n\n- More bandwidth\n- Redundancy\n"
    assert one(text, "EtherChannel Pros").kind == "list"


def test_a_bold_line_on_its_own_heads_what_follows_it():
    text = "# N\n\n**Paging**\n\nMemory split into fixed-size pages.\n"
    assert one(text, "Paging").text == "Memory split into fixed-size pages."


def test_an_html_heading_is_a_heading():
    text = "# Notes\n\n<h2>Networks</h2>\n\n- Hub\n- Switch\n"
    assert one(text, "Networks").kind == "list"


# ----------------------------------------------------------------------------- term lines


def test_a_bold_term_with_a_full_width_colon_is_a_definition():
    assert one("# N\n\n- **缓存**：存放热数据的地方\n", "缓存").text == "存放热数据的地方"


def test_a_comma_inside_the_brackets_of_a_term_is_still_a_term():
    text = "# N\n\n- 写前日志（Write Ahead Logging, WAL）：先写日志再写数据页\n"
    assert one(text, "写前日志（Write Ahead Logging, WAL）").text == "先写日志再写数据页"


def test_an_obsidian_field_is_a_definition():
    assert one("# N\n\n- half-life:: time for half to decay\n", "half-life").text == (
        "time for half to decay"
    )


def test_a_bold_phrase_leading_a_paragraph_defines_it():
    text = "# N\n\n## Physics\n\nIntro words.\n\n**Entropy** measures disorder. It grows.\n"
    assert one(text, "Entropy").text == "measures disorder. It grows."


def test_is_called_defines_the_bold_name_not_the_sentence():
    text = "# N\n\n## Ports\n\nIntro.\n\nThe port facing the hub is called a **edge port**.\n"
    fact = one(text, "edge port")
    assert fact.kind == "definition" and "facing the hub" in fact.text


def test_lines_of_term_and_text_in_one_paragraph_are_separate_definitions():
    text = "# N\n\n## 概念\n\n1. 两个指标  \n效率：投入与产出之比  \n效果：目标实现的程度\n"
    assert one(text, "效率").text == "投入与产出之比"
    assert one(text, "效果").line == 7


def test_a_short_phrase_before_its_colon_is_defined_by_a_short_answer():
    text = "# N\n\n- 要点：\n  - 管理的主体：管理者\n  - 对象：资源\n"
    assert one(text, "管理的主体").text == "管理者"
    assert all(fact.subject != "对象" for fact in facts(text))


# ----------------------------------------------------------------------------- labels


def test_a_clause_label_names_its_list_by_its_noun_phrase():
    text = (
        "# N\n\n## Sleep\n\nThere are three methods for measuring sleep:\n\n- EEG\n- EOG\n- EMG\n"
    )
    assert one(text, "methods for measuring sleep").kind == "list"


def test_a_short_caption_right_above_bullets_names_them():
    text = "# N\n\n## Anomalies\n\nInsert anomaly\n- needs values of other entities first\n"
    assert one(text, "Insert anomaly").text == "needs values of other entities first"


def test_a_number_typed_inside_a_bullet_is_the_bullet_text():
    text = "# N\n\n- Key features:\n    * 1. Constant rate\n    * 2. Consistency\n"
    fact = one(text, "Key features")
    assert [item.text for item in fact.items] == ["Constant rate", "Consistency"]


# ----------------------------------------------------------------------------- tables


def test_a_two_column_table_gives_a_definition_per_row():
    text = (
        "# N\n\n## Terms\n\n| Term | Meaning |\n|---|---|\n"
        "| TTL | hops left |\n| MTU | max size |\n"
    )
    assert [(f.subject, f.text) for f in facts(text)] == [("TTL", "hops left"), ("MTU", "max size")]


def test_a_grid_comparing_things_is_a_table_fact_with_columns_and_rows():
    text = (
        "# N\n\n## Engines\n\n| | InnoDB | MyISAM |\n|---|---|---|\n"
        "| 事务 | 支持 | 不支持 |\n| 锁 | 行锁 | 表锁 |\n"
    )
    fact = one(text, "InnoDB 与 MyISAM")
    assert fact.kind == "table" and fact.columns == ("", "InnoDB", "MyISAM")
    assert fact.rows == (("事务", "支持", "不支持"), ("锁", "行锁", "表锁"))
    assert fact.to_json()["rows"] == [["事务", "支持", "不支持"], ["锁", "行锁", "表锁"]]


# ----------------------------------------------------------------------------- diagrams


def test_a_mermaid_path_is_a_sequence_under_its_heading():
    text = "# N\n\n## Handshake\n\n```mermaid\ngraph LR\n  A[SYN] --> B[SYN-ACK] --> C[ACK]\n```\n"
    fact = one(text, "Handshake")
    assert fact.kind == "sequence"
    assert [item.text for item in fact.items] == ["SYN", "SYN-ACK", "ACK"]


def test_a_state_diagram_chain_is_a_sequence():
    text = (
        "# N\n\n## States\n\n```mermaid\nstateDiagram-v2\n"
        "  [*] --> New\n  New --> Ready\n  Ready --> Running\n```\n"
    )
    assert [item.text for item in one(text, "States").items] == ["New", "Ready", "Running"]


def test_a_branching_flowchart_and_other_code_give_no_fact():
    text = (
        "# N\n\n## Flow\n\n```mermaid\ngraph TD\n  A --> B\n"
        "  A --> C\n```\n\n```python\nx = 1\n```\n"
    )
    assert facts(text) == []
    assert "Mermaid diagram that is not one path" in skipped(text)


# ----------------------------------------------------------------------------- containers


def test_an_mkdocs_admonition_is_read_as_notes_under_its_title():
    text = '# N\n\n!!! note "Caching"\n\n    Keeping copies close to where they are used.\n'
    assert one(text, "Caching").text == "Keeping copies close to where they are used."


def test_an_obsidian_callout_is_read_as_notes_under_its_title():
    text = "# N\n\n> [!tip] Spaced repetition\n> Reviewing at growing intervals.\n"
    assert one(text, "Spaced repetition").text == "Reviewing at growing intervals."


def test_a_details_block_is_read_as_notes_under_its_summary():
    text = "# N\n\n<details><summary>Layers</summary>\n\n- Link\n- Network\n\n</details>\n"
    assert [item.text for item in one(text, "Layers").items] == ["Link", "Network"]


def test_an_untitled_example_admonition_is_worked_example_data():
    text = "# N\n\n## Dice\n\nA die has six faces.\n\n!!! Example\n\n    Rolling 3: 1/6\n"
    assert subjects(text) == [("definition", "Dice")]


# ----------------------------------------------------------------------------- noise


def test_a_table_of_contents_of_links_gives_no_fact_and_says_why():
    text = "# N\n\n- [简介](#简介)\n- [安装](#安装)\n    - [Linux](#linux)\n\n## 简介\n\n- a: b\n"
    assert subjects(text) == [("definition", "a")]
    assert any(message.startswith("links only") for message in skipped(text))


def test_exam_tags_become_tags_of_the_fact():
    fact = one("# N\n\n- 死锁（单选、填空）：互相等待资源\n", "死锁")
    assert fact.tags == ("单选", "填空")
    assert fact.to_json()["tags"] == ["单选", "填空"]


def test_mnemonics_placeholders_and_images_give_no_fact():
    text = "# N\n\n## A\n\n助记：一二三\n\n## B\n\n？\n\n## C\n\n![](pic.png)\n"
    assert facts(text) == []
    reasons = " ".join(skipped(text))
    assert "mnemonic" in reasons and "placeholder" in reasons and "image only" in reasons


def test_a_worked_example_section_gives_no_fact():
    text = "# N\n\n## Example 1: dice\n\n- Roll: 3\n- Chance: 1/6\n"
    assert facts(text) == []
    assert any(message.startswith("worked example") for message in skipped(text))


def test_a_meta_block_without_dashes_is_front_matter():
    text = "title: Probability\nauthor: me\n\n# Probability\n\nA measure of uncertainty.\n"
    assert subjects(text) == [("definition", "Probability")]
    assert "front matter" in skipped(text)


def test_a_byline_that_is_bold_is_not_a_heading():
    text = "# N\n\n**collected by sam**\n\nsome words\n\n- a: b\n"
    assert ("definition", "a") in subjects(text)
    assert all("sam" not in fact.subject for fact in facts(text))


# ----------------------------------------------------------------------------- notation


def test_arrows_inside_a_sentence_or_implies_are_not_sequences():
    text = (
        "# N\n\n- 若A ---> 得到B\n- 推导: X ==> Y\n"
        "- 关系: 如果所在地可决定区码，则 所在地->区码，反之不成立\n"
    )
    assert all(fact.kind != "sequence" for fact in facts(text))


def test_math_is_kept_whole_and_never_split_on_its_colon():
    fact = one("# N\n\n- Odds: $a:b = 2:3$ in favour\n", "Odds")
    assert fact.text == "$a:b = 2:3$ in favour"


def test_a_formula_item_is_not_a_term():
    text = "# N\n\n- $P(A) - P(B)$ is a difference\n"
    assert all(not fact.subject.startswith("$") for fact in facts(text))


# ----------------------------------------------------------------------------- scripts


def test_traditional_order_words_make_a_sequence():
    text = "# N\n\n- 處理步驟：\n  1. 讀取\n  2. 寫入\n"
    assert one(text, "處理步驟").kind == "sequence"


def test_invisible_characters_are_removed_and_entities_decoded():
    text = "# N\n\n- 云\u200b计算：按需&amp;弹性\n"
    assert one(text, "云计算").text == "按需&弹性"


# ----------------------------------------------------------------------------- the author decides


def test_the_skip_comment_leaves_out_the_next_block():
    text = "# N\n\n<!-- examgen: skip -->\n- a: b\n- c: d\n\n## X\n\n- e: f\n"
    assert subjects(text) == [("definition", "e")]
    assert "examgen: skip" in skipped(text)


def test_skip_start_and_skip_end_leave_out_what_is_between():
    text = (
        "# N\n\n- a: b\n\n<!-- examgen: skip-start -->\n\n- c: d\n\n## X\n\n- e: f\n\n"
        "<!-- examgen: skip-end -->\n\n- g: h\n"
    )
    assert [subject for _, subject in subjects(text)] == ["a", "g"]


def test_question_and_answer_pairs_are_definitions_exactly_as_written():
    text = (
        "# N\n\nQ: What does a cache hold?\n"
        "A: Recently used data.\n\n问：什么是索引？\n\n"
        "答：查找用的结构\n"
    )
    assert [(f.subject, f.text) for f in facts(text)] == [
        ("What does a cache hold?", "Recently used data."),
        ("什么是索引？", "查找用的结构"),
    ]


# ----------------------------------------------------------------------------- sentences


def test_a_sentence_item_is_not_a_term():
    text = "# N\n\n## Roots\n\n- Root creates and sends hellos every 2 secs\n- Cost: 19\n"
    assert all(not fact.subject.startswith("Root creates") for fact in facts(text))


def test_a_sentence_saying_x_is_a_y_defines_x():
    text = "# N\n\n## MST\n\n- A region is a group of switches that agree on mappings\n"
    assert one(text, "region").text == "a group of switches that agree on mappings"


def test_a_sentence_item_with_sub_items_names_its_list_by_its_noun_phrase():
    text = (
        "# N\n\n## TC\n\n"
        "- A topology change is an event that occurs when:\n"
        "  - a port forwards\n  - a root changes\n"
    )
    assert one(text, "topology change").kind == "list"


def test_a_term_line_listing_names_with_a_dun_comma_is_a_list():
    fact = one(
        "# N\n\n## 索引类型\n\n1. 从数据结构角度：B+树索引、hash索引、全文索引；\n",
        "索引类型 从数据结构角度",
    )
    assert [item.text for item in fact.items] == ["B+树索引", "hash索引", "全文索引"]


def test_a_label_and_the_formula_after_it_are_a_definition():
    text = (
        "# N\n\n## Disjoint events\n\nThey never meet.\n\n"
        "**Union:** for disjoint A and B:\n\n"
        "$P(A) + P(B)$\n"
    )
    assert one(text, "Union").text == "$P(A) + P(B)$"


def test_an_untitled_note_admonition_is_read_as_part_of_its_section():
    text = "# N\n\n## Rules\n\nRules of thumb.\n\n!!! Note\n\n    - Cache: keeps copies\n"
    assert ("definition", "Note") not in subjects(text)
    assert one(text, "Cache").text == "keeps copies"


# ----------------------------------------------------------------------------- titles


def test_the_front_matter_title_heads_the_notes():
    text = "---\ntitle: Networks\n---\n\n## Layers\n\n- Link: frames\n"
    assert facts(text)[0].section == ("Networks", "Layers")


def test_without_a_title_the_file_name_heads_the_notes_never_an_outline_heading():
    text = "# Outline\n\n- [Intro](#intro)\n\n## Intro\n\n- Link: frames\n"
    fact = parse_text(text, source="notes/networking.md").facts[0]
    assert fact.section == ("networking", "Outline", "Intro")


def test_a_first_h1_is_the_title():
    assert facts("# Networks\n\n## Layers\n\n- Link: frames\n")[0].section == ("Networks", "Layers")


def test_a_sentence_of_running_text_saying_what_something_is_defines_it():
    text = (
        "# N\n\n## Sets\n\nSome intro.\n\nAn event is a subset of the sample space. More words.\n"
    )
    assert one(text, "event").text == "a subset of the sample space."


def test_chinese_running_text_defines_its_subjects_and_bare_ones_take_the_heading():
    text = "# N\n\n## 索引\n\n概述。\n\n索引优点是加快检索，缺点是占用空间。其核心是树。\n"
    assert one(text, "索引优点").text == "加快检索"
    assert one(text, "索引 缺点").text == "占用空间"
    assert all(not fact.subject.startswith("其") for fact in facts(text))


def test_a_first_paragraph_ending_in_a_label_defines_the_heading_and_names_the_list():
    text = (
        "# N\n\n## 记录锁\n\n"
        "记录锁对一行加锁，也称行锁。对语句有如下要求：\n\n"
        "1. 精准匹配\n2. 唯一索引\n"
    )
    assert one(text, "记录锁").text == "记录锁对一行加锁，也称行锁。"
    assert [f.kind for f in facts(text)] == ["definition", "list"]


def test_an_english_name_in_brackets_is_another_name_not_a_definition():
    text = (
        "# N\n\n## 相依型態\n\n"
        "- 完全功能相依 (Full Functional Dependency)\n"
        "- 部份功能相依 (Partial Dependency)\n"
    )
    assert subjects(text) == [("list", "相依型態")]


def test_the_last_short_line_of_a_paragraph_names_the_list_under_it():
    text = "# N\n\n## 2NF\n\n分解之後仍有重複。\n第二正規化需要滿足\n1. 符合1NF\n2. 完全相依\n"
    fact = one(text, "第二正規化需要滿足")
    assert fact.kind == "list" and fact.line == 6


def test_a_term_over_bullets_that_are_sentences_about_it_is_defined_by_them():
    text = (
        "# N\n\n## Roles\n\n- Alternate Port\n"
        "    - It is a backup for a root port\n"
        "    - It has no root role\n"
    )
    fact = one(text, "Alternate Port")
    assert fact.kind == "definition"
    assert fact.text == "It is a backup for a root port; It has no root role"


def test_members_that_point_at_steps_make_a_sequence():
    text = (
        "# N\n\n- Iterative solution\n"
        "    - Initialise: guess\n"
        "    - Update: apply rule\n    - Go to step 2\n"
    )
    assert one(text, "Iterative solution").kind == "sequence"


def test_a_first_sentence_defining_a_fuller_name_stands_instead_of_the_heading():
    text = "# N\n\n## Sleep\n\n#### insomnia\n\nChronic insomnia is a lasting trouble with sleep.\n"
    assert subjects(text) == [("definition", "Chronic insomnia")]


def test_a_formula_legend_line_defines_its_symbol():
    text = "# N\n\n## Odds\n\n$$ P = n(A)/n(S) $$\n\n$n(A)=$ the number of outcomes in A\n"
    assert one(text, "$n(A)$").text == "the number of outcomes in A"


def test_check_says_why_an_untitled_example_gave_nothing():
    text = "# N\n\n## Dice\n\nSix faces.\n\n!!! Example\n\n    Roll a 3\n"
    assert "worked example (example)" in skipped(text)


def test_the_only_heading_at_the_top_titles_the_notes_and_qualifies_nothing():
    text = "<h2>Security review</h2>\n\n作用：\n- 保密\n- 完整\n"
    assert subjects(text) == [("list", "作用")]
    assert facts(text)[0].section == ("Security review",)


def test_an_example_in_brackets_is_not_a_definition():
    text = (
        "# N\n\n## Solving\n\n"
        "- Iterative solution (e.g. IRWLS)\n- Closed form: solve the equations\n"
    )
    assert ("definition", "Iterative solution") not in subjects(text)


def test_obsidian_wiki_links_read_as_their_text():
    text = "# N\n\n- Hippocampus: consolidates [[memory]] into [[cortex#areas|the cortex]]\n"
    assert one(text, "Hippocampus").text == "consolidates memory into the cortex"


def test_a_multi_word_member_with_a_short_gloss_is_still_defined():
    text = "# N\n\n- Areas active in REM:\n  - Motor cortex - movement\n  - Amygdala - emotion\n"
    assert one(text, "Motor cortex").text == "movement"


def test_a_bold_lead_before_a_label_defines_the_bold_term_not_the_heading():
    text = (
        "# N\n\n## Growth\n\n"
        "*Ontogeny* is the development of one organism. Patterns:\n"
        "\n- Monophasic\n- Biphasic\n"
    )
    assert ("definition", "Ontogeny") in subjects(text)
    assert ("definition", "Growth") not in subjects(text)
