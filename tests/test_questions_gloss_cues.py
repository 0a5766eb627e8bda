"""A stem that says its key in other words gives the key away (`no_gloss_cue`): the words of
an acronym's expansion the notes spell out ("likelihood" for an MLE spelt "maximum likelihood
estimation"), their translation ("网络方案" for CNI, "container network interface"), a
common computing word's translation ("内存分配方案" for "Shared Memory"); unless every option is
told alike."""

from __future__ import annotations

from question_facts import drafts, facts_under

from examgen.model import Option, Question
from examgen.questions.form import Draft
from examgen.questions.index import index_notes
from examgen.questions.rules import ITEM_RULES
from examgen.questions.translations import expansions

en = facts_under(("Fitting models", "Estimators"))
zh = facts_under(("编排复习", "网络"))


def _choice(prompt: str, clue: str, *options: tuple[str, bool]) -> Draft:
    question = Question(
        type="single_choice",
        prompt=prompt,
        points=2,
        facts=("d1",),
        source="notes.md:1",
        options=tuple(Option(text, correct) for text, correct in options),
    )
    return Draft(question, "definition_to_term", subject=clue, stem_texts=(clue,))


ESTIMATORS = [
    en(
        "d0",
        "definition",
        "Point estimate",
        text="a single value; MLE (maximum likelihood estimation) gives one",
        lang="en",
        line=2,
    ),
    en(
        "d1",
        "definition",
        "MLE",
        text="choose the parameter values under which the observed "
        "data are most probable (the likelihood)",
        lang="en",
        line=3,
    ),
    en(
        "d2",
        "definition",
        "Log trick",
        text="take the logarithm of a product to get a sum of terms",
        lang="en",
        line=4,
    ),
    en(
        "d3",
        "definition",
        "Gradient descent",
        text="step against the gradient until the loss stops falling",
        lang="en",
        line=5,
    ),
    en(
        "d4",
        "definition",
        "Ridge penalty",
        text="add the squared weights to the loss to keep them small",
        lang="en",
        line=6,
    ),
]


def test_a_clue_saying_the_words_of_the_acronym_the_notes_spell_out_gives_it_away():
    notes = index_notes(ESTIMATORS)
    found = drafts(ESTIMATORS, ESTIMATORS[1], "definition_to_term")
    assert found
    for draft in found:
        reason = ITEM_RULES["no_gloss_cue"](draft, notes)
        assert reason and "likelihood" in reason


def test_an_acronym_spelt_out_on_a_line_near_it_is_read_as_its_expansion():
    facts = [
        en("d1", "definition", "STP", text="stops loops in a switched network", lang="en"),
        en(
            "d2",
            "definition",
            "Root bridge",
            text="the Spanning Tree Protocol elects it by the lowest bridge id",
            lang="en",
            line=2,
        ),
    ]
    assert expansions(index_notes(facts))["STP"] == "Spanning Tree Protocol"


def test_an_expansion_written_before_its_acronym_in_brackets_is_read():
    facts = [
        en(
            "d1",
            "definition",
            "Loops",
            text="the rapid spanning tree protocol (RSTP) converges fast",
            lang="en",
        ),
    ]
    assert expansions(index_notes(facts))["RSTP"] == "rapid spanning tree protocol"


NETWORKS = [
    zh("l1", "list", "网络方案", "CNM=container network model", "CNI=container network interface"),
    zh("l2", "list", "存储方案", "EmptyDir=临时目录", "hostPath=主机目录", line=9),
]


def test_a_true_claim_whose_member_spells_out_the_lists_name_in_another_script_is_a_cue():
    notes = index_notes(NETWORKS)
    found = [d for d in drafts(NETWORKS, NETWORKS[0], "claim_member") if d.question.truth]
    assert found
    for draft in found:
        reason = ITEM_RULES["no_gloss_cue"](draft, notes)
        assert reason and "网络" in reason


def test_a_true_claim_whose_member_translates_a_common_word_of_the_lists_name_is_a_cue():
    facts = [zh("l1", "list", "内存分配方案", "Shared Memory", "Stack", "Slab")]
    notes = index_notes(facts)
    found = drafts(facts, facts[0], "claim_member")
    told = [d for d in found if d.asks == ("Shared Memory",)]
    assert told and all(d.question.truth for d in told)
    assert all("内存" in (ITEM_RULES["no_gloss_cue"](d, notes) or "") for d in told)
    # The members that say nothing of the name are asked.
    assert all(ITEM_RULES["no_gloss_cue"](d, notes) is None for d in found if d not in told)


def test_a_cue_that_tells_every_option_alike_singles_out_none():
    facts = [
        en(
            "d0",
            "definition",
            "Acronyms",
            text="MLE (maximum likelihood estimation), MAP "
            "(maximum a posteriori), MoM (method of moments)",
            lang="en",
        ),
    ]
    notes = index_notes(facts)
    told_all = _choice(
        "Which is described as “the estimate at the maximum of a curve”?",
        "the estimate at the maximum of a curve",
        ("MLE", True),
        ("MAP", False),
        ("MLE-2", False),
    )
    assert ITEM_RULES["no_gloss_cue"](told_all, notes) is None
    told_one = _choice(
        "Which is described as “the estimate under the highest likelihood”?",
        "the estimate under the highest likelihood",
        ("MLE", True),
        ("MAP", False),
        ("MoM", False),
    )
    assert "likelihood" in (ITEM_RULES["no_gloss_cue"](told_one, notes) or "")


def test_a_clue_that_says_nothing_of_the_key_passes():
    notes = index_notes(ESTIMATORS)
    found = drafts(ESTIMATORS, ESTIMATORS[3], "definition_to_term")
    assert found
    assert all(ITEM_RULES["no_gloss_cue"](d, notes) is None for d in found)
