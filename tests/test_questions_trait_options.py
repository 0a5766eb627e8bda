"""A member naming whose trait it is ("钢笔需要墨水" of "钢笔的特点") is offered as its trait
alone: beside the other side's "铅笔…", the owner's name sorts the options (rv61 C)."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.model import Option, Question
from examgen.questions.form import Draft, Origin
from examgen.questions.index import index_notes
from examgen.questions.membership import member_is_a_thing
from examgen.questions.traitoptions import trait_options, trait_text

fact = facts_under(("文具", "比较钢笔和铅笔"))
PEN = fact("l1", "list", "钢笔的特点", "钢笔需要墨水", "钢笔的笔尖是金属", "书写流畅", "价格较贵",
           line=3)  # fmt: skip
PENCIL = fact("l2", "list", "铅笔的特点", "铅笔可以擦除", "铅笔不需要墨水", "价格便宜",
              "书写时比钢笔轻", line=8)  # fmt: skip
OWNERS = ("钢笔", "铅笔")


def _owner_named(texts: list[str]) -> list[str]:
    return [t for t in texts if "钢笔" in t or "铅笔" in t]


def test_a_select_all_on_one_side_of_a_comparison_offers_no_option_naming_either_owner():
    built = drafts([PEN, PENCIL], PEN, "select_members", seeds=range(12))
    assert built
    assert _owner_named([o.text for d in built for o in d.question.options]) == []


def test_a_which_belongs_on_one_side_of_a_comparison_offers_no_option_naming_either_owner():
    built = drafts([PEN, PENCIL], PENCIL, "belongs", seeds=range(12))
    assert built
    assert _owner_named([o.text for d in built for o in d.question.options]) == []


def test_a_trait_opening_with_its_owner_is_offered_with_the_owner_cut():
    assert trait_text("钢笔需要墨水", OWNERS) == "需要墨水"


def test_an_owner_joined_to_its_trait_by_de_is_cut_with_the_joiner():
    assert trait_text("钢笔的笔尖是金属", OWNERS) == "笔尖是金属"


def test_a_trait_naming_an_owner_past_its_opening_is_left_out():
    assert trait_text("书写时比钢笔轻", OWNERS) is None


def test_a_trait_naming_no_owner_is_offered_as_it_is():
    assert trait_text("价格较贵", OWNERS) == "价格较贵"


def test_an_english_trait_cut_of_its_owner_keeps_its_capital():
    assert trait_text("Pens need ink", ("pens",)) == "Need ink"


def test_a_wrong_option_whose_cut_text_is_an_answer_is_left_out():
    notes = index_notes([PEN, PENCIL])
    kept = trait_options(notes, notes.members_of["l2"], OWNERS, taken={"需要墨水"})
    assert "需要墨水" not in [e.text for e in kept]
    assert "可以擦除" in [e.text for e in kept]


def _select(*options: tuple[str, bool, str]) -> Draft:
    question = Question(
        type="multiple_choice",
        prompt="下列选项中，属于“钢笔的特点”的有哪些？",
        points=2,
        facts=("l1",),
        source="notes.md:3",
        options=tuple(Option(text, correct) for text, correct, _ in options),
    )
    origins = tuple(Origin(text, "other list", of, 1, correct) for text, correct, of in options)
    return Draft(question, "select_members", subject="钢笔的特点", origins=origins)


def test_a_select_all_option_naming_whose_trait_it_is_breaks_member_is_a_thing():
    draft = _select(("钢笔需要墨水", True, "l1"), ("书写流畅", True, "l1"),
                    ("铅笔可以擦除", False, "l2"), ("价格便宜", False, "l2"))  # fmt: skip
    assert "whose trait it is" in member_is_a_thing(draft, index_notes([PEN, PENCIL]))


def test_a_select_all_of_traits_cut_of_their_owners_passes_member_is_a_thing():
    draft = _select(("需要墨水", True, "l1"), ("书写流畅", True, "l1"),
                    ("可以擦除", False, "l2"), ("价格便宜", False, "l2"))  # fmt: skip
    assert member_is_a_thing(draft, index_notes([PEN, PENCIL])) is None
