"""What the deck no longer does for every fact (d81). The notes and cards are the same
(``test_deck_golden.py``); these say the work left out, and that the answer still comes
when the shape is there."""

from __future__ import annotations

from examgen import card_budget


class _Unused:
    def __init__(self, name: str) -> None:
        self.name = name

    def sub(self, *args, **kwargs):
        raise AssertionError(f"ran {self.name} over a text it cannot match")

    def __call__(self, *args, **kwargs):
        raise AssertionError(f"used {self.name} where nothing is to be found")


def test_a_list_whose_members_begin_with_no_negation_is_no_pair_without_a_pass_per_member(
    monkeypatch,
):
    monkeypatch.setattr(card_budget, "_NEGATION", _Unused("the negation pattern"))
    assert card_budget.negated_pairs(["Root port", "Designated port", "根端口"]) == [False] * 3
    monkeypatch.undo()
    assert card_budget.negated_pairs(["Trivial", "Non-trivial", "Partial"]) == [
        True,
        True,
        False,
    ]
    assert card_budget.negated_pairs(["主键", "外键", "非主键"]) == [True, False, True]


def test_numbered_members_that_frame_different_words_are_no_series_without_counting(
    monkeypatch,
):
    monkeypatch.setattr(card_budget, "Counter", _Unused("a count of frames"))
    assert card_budget.ordinal_series(["Port 1 cost", "Stage 2 delay", "3NF"]) == [False] * 3
    monkeypatch.undo()
    assert card_budget.ordinal_series(["Stage 1", "Stage 2", "Root"]) == [True, True, False]
    assert card_budget.ordinal_series(["第一范式", "第二范式", "第三范式", "BCNF"]) == [
        True,
        True,
        True,
        False,
    ]


def test_the_relation_word_a_subject_ends_with_is_the_first_listed_found_by_its_last_characters():
    from examgen.endings import Endings
    from examgen.relation_words import ZH_LABELS

    endings = Endings(ZH_LABELS)
    subjects = [f"容器{word}" for word in ZH_LABELS] + [*ZH_LABELS, "容器", "", "Docker"]
    for subject in subjects:
        scanned = next((w for w in ZH_LABELS if subject.endswith(w)), "")
        assert endings.first(subject) == scanned
        longer = next((w for w in ZH_LABELS if subject.endswith(w) and len(subject) > len(w)), "")
        assert endings.first(subject, shorter=True) == longer
    # Of two words a text ends with, the one listed first, whichever is longer.
    assert Endings(["部分", "组成部分"]).first("系统组成部分") == "部分"
    assert Endings(["组成部分", "部分"]).first("系统组成部分") == "组成部分"
    assert Endings(["优点"]).first("优点", shorter=True) == ""


def test_subjects_keep_their_heads_and_aspects_when_their_words_are_looked_up_by_ending():
    from examgen.aspects import aspect_of
    from examgen.prompts import kind_word, subject_head

    assert subject_head("Docker 优点", "zh") == "Docker"
    assert subject_head("Normalization類型", "zh-Hant") == "Normalization"
    assert subject_head("容器编排", "zh") == "容器编排"
    assert kind_word("微服务拆分原则") == "原则"
    assert kind_word("原则") == ""
    assert aspect_of("索引优点", (), "zh") == ("索引", "优点")
    assert aspect_of("索引结构", (), "zh") is None


def test_a_file_name_holding_no_member_is_kept_without_sorting_out_the_title():
    from examgen.card_html import unnamed_source
    from examgen.model import Fact, Item

    folded = []

    class Title(str):
        def casefold(self):
            folded.append(self)
            return super().casefold()

    members = tuple(Item(f"Port role {n}") for n in range(8))
    fact = Fact(id="roles", kind="list", subject="Roles", items=members, section=(Title("STP"),))
    assert unnamed_source("sources/L2-and-Switching.md:7", fact, "___") == (
        "sources/L2-and-Switching.md:7"
    )
    assert folded == []
    # A member the name holds is blanked there, but the notes' title, which is shown.
    named = Fact(
        id="layers",
        kind="list",
        subject="Layers",
        items=(Item("Switching"), Item("L2"), Item("x")),
        section=("L2",),
    )
    assert unnamed_source("notes/L2-and-Switching.md:7", named, "___") == "notes/L2 and ___.md:7"


def test_a_list_without_a_one_character_member_is_asked_without_a_tally_of_its_card(
    monkeypatch,
):
    from examgen.model import Item

    monkeypatch.setattr(card_budget, "Counter", _Unused("a tally of the card's characters"))
    members = [Item("Root port"), Item("Kubernetes/Mesos/Swarm"), Item("指定端口")]
    assert card_budget.asked_members(members, ("Port roles", "STP")) == [True, False, True]
    monkeypatch.undo()
    # A one-character member seen elsewhere on its card ("N" in "每N个事务") is not blanked.
    assert card_budget.asked_members([Item("N"), Item("M")], ("每N个事务",)) == [False, True]


def test_a_member_with_no_other_form_is_looked_for_in_none_of_its_headings(monkeypatch):
    from examgen import card_forms

    def no_search(term, text):
        raise AssertionError(f"looked for {term!r} in another form in {text!r}")

    monkeypatch.setattr(card_forms, "other_forms", no_search)
    headings = ("STP 端口角色", "Port roles", "L2 and Switching")
    assert not card_forms.said_otherwise("根端口", headings)
    assert not card_forms.said_otherwise("x_1 + y_2", headings)
    monkeypatch.undo()
    assert card_forms.said_otherwise("Parasomnia", ("Sleep", "Parasomnias"))
    assert card_forms.said_otherwise("K8S", ("Kubernetes objects",))
    assert not card_forms.said_otherwise("Parasomnia", ("Sleep", "Insomnia"))


def test_a_subject_with_no_joining_or_pointing_word_is_read_in_one_search_not_one_per_word():
    from examgen import card_definitions, card_rewrites

    tested = []

    class Subject(str):
        def __contains__(self, part):
            tested.append(part)
            return super().__contains__(part)

    assert not card_definitions.names_a_pair(Subject("Root port"), "the port nearest the root")
    assert card_rewrites.without_dangling(Subject("幻读问题的解决方法")) == "幻读问题的解决方法"
    assert tested == []
    assert card_rewrites.without_dangling("解决该级别下出现的幻读问题的方法") == (
        "解决幻读问题的方法"
    )
    assert card_definitions.names_a_pair(
        "RBD and Parkinson's disease",
        "RBD is a strong risk factor in predicting Parkinson's disease",
    )
    assert card_definitions.names_a_pair("命名空间和PID", "PID 命名空间隔离进程号")


def test_a_lists_members_already_as_the_card_shows_them_are_not_made_anew(monkeypatch):
    from examgen import cards
    from examgen.model import Fact, Item

    fact = Fact(
        id="roles",
        kind="list",
        subject="Port roles",
        items=(Item("Root port", "nearest the root"), Item("Designated port"), Item("Blocked")),
        section=("STP", "Ports"),
        source="stp.md",
    )
    plan = cards.survey([fact])
    edges = {"reverse": False, "images": "", "context": "STP › Ports", "source": "stp.md:3"}
    expected = cards.fact_notes(fact, plan, **edges)
    made = []

    def counted(*args, **kwargs):
        made.append(args)
        return Item(*args, **kwargs)

    monkeypatch.setattr(cards, "Item", counted)
    assert cards.fact_notes(fact, plan, **edges) == expected
    assert made == []
    # A member the card shows otherwise (its Markdown cleaned) is still made anew.
    marked = Fact(
        id="marked",
        kind="list",
        subject="Port roles",
        items=(Item("**Root** port"), Item("Designated port"), Item("Blocked")),
        section=("STP",),
        source="stp.md",
    )
    assert (
        "Root port" in cards.fact_notes(marked, cards.survey([marked]), **edges).notes[0].fields[1]
    )
    assert made == [("Root port", None)]


def test_a_gloss_of_one_part_is_shown_without_being_cut_into_parts():
    from examgen.card_html import items_html
    from examgen.cardtext import Hider
    from examgen.model import Item

    class Gloss(str):
        def split(self, *args, **kwargs):
            raise AssertionError("cut a gloss of one part into parts")

    items = [Item("Root port", Gloss(" nearest the root ")), Item("Blocked")]
    hider = Hider({1: "Root port"})
    assert items_html(items, hider, {1: 1}, cloze=True) == (
        '<ul class="eg-items"><li>{{c1::Root port}}'
        '<span class="eg-gloss">nearest the root</span></li><li>Blocked</li></ul>'
    )
    # A gloss with the paragraph under it is still one line, its parts joined.
    glossed = [Item("deployment", "无状态应用；每个node上一个")]
    assert items_html(glossed, Hider({}), {}, cloze=False) == (
        '<ul class="eg-items"><li>deployment'
        '<span class="eg-gloss">无状态应用；每个node上一个</span></li></ul>'
    )


def test_a_definitions_subject_is_judged_a_label_once_for_its_card_and_its_reverse(monkeypatch):
    from examgen import cards
    from examgen.model import Fact

    fact = Fact(
        id="root-port",
        kind="definition",
        subject="Root port",
        text="The port with the lowest cost path to the root bridge",
        section=("STP", "Port roles"),
        source="stp.md",
    )
    plan = cards.survey([fact])
    edges = {"reverse": True, "images": "", "context": "STP › Port roles", "source": "stp.md:3"}
    expected = cards.fact_notes(fact, plan, **edges)
    judged = []
    real = cards.generic_label

    def counted(text):
        judged.append(text)
        return real(text)

    monkeypatch.setattr(cards, "generic_label", counted)
    assert cards.fact_notes(fact, plan, **edges) == expected
    assert judged == ["Root port"]


def test_the_decks_typo_table_is_asked_once_whether_it_holds_any_not_once_per_fact(
    monkeypatch,
):
    from examgen import spelling
    from examgen.model import Fact, Item, StoredFact

    asked = []

    class Counting(spelling.Spelling):
        def __bool__(self):
            asked.append(1)
            return super().__bool__()

    typos = Counting({"environmnet": "environment"}, {})
    monkeypatch.setattr(spelling, "notes_spelling", lambda facts: typos)

    def stored(fact):
        return StoredFact(fact, 1, 1, 1, None)

    facts = [
        stored(Fact(id=f"f{n}", kind="list", subject=f"Sandbox {n}", items=(Item("isolated"),)))
        for n in range(5)
    ]
    spelled = spelling.spelled_stored(facts)
    assert len(asked) == 1
    assert all(a is b for a, b in zip(spelled, facts, strict=True))
    typo = stored(Fact(id="t", kind="definition", subject="Sandbox", text="An environmnet"))
    assert spelling.spelled_stored([typo])[0].fact.text == "An environment"
