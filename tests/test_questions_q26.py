"""Session 26 (wt-q26): a bare kind word under a section of its own is asked with that
section as the stem's context, each with a small note of our own."""

from __future__ import annotations

from question_facts import drafts, facts_under

section = facts_under(("园艺复习", "果树栽培与修剪", "嫁接工具"))
section_en = facts_under(("Garden review", "Fruit trees", "Grafting tools"))


def _prompts(fact, variety: str) -> set[str]:
    built = drafts([fact], fact, variety)
    assert built
    return {d.question.prompt for d in built}


def test_a_bare_kind_word_under_its_section_is_listed_in_that_section():
    parts = section("l1", "list", "核心组件", "刀片", "手柄", "弹簧", line=10)
    assert _prompts(parts, "enumerate") == {"在“嫁接工具”中，请列出“核心组件”的全部3项。"}


def test_a_bare_kind_word_under_its_section_is_asked_which_belongs_in_that_section():
    parts = section("l2", "list", "核心组件", "刀片", "手柄", "弹簧", line=20)
    claims = _prompts(parts, "claim_member")
    assert claims
    assert all(
        p.startswith("在“嫁接工具”中，“") and p.endswith("”属于“核心组件”。") for p in claims
    )


def test_an_english_bare_kind_word_under_its_section_is_listed_in_that_section():
    parts = section_en(
        "l3", "list", "Main components", "blade", "handle", "spring", line=30, lang="en"
    )
    assert _prompts(parts, "enumerate") == {
        "In “Grafting tools”, list all 3 items of “Main components”."
    }


def test_a_list_that_names_its_own_thing_keeps_its_heading_in_its_name():
    parts = section("l4", "list", "砧木种类", "山定子", "海棠", "杜梨", line=40)
    assert _prompts(parts, "enumerate") == {"请列出“砧木种类（嫁接工具）”的全部3项。"}
