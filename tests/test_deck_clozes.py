"""Cloze numbers that follow their members (examgen.clozes, README "Editing your notes").

The store rules are checked on the store itself; the point of them, review history that
stays with a member, is checked in the real Anki backend: review, edit the notes, rebuild,
re-import, and read which card holds the history.
"""

from __future__ import annotations

from pathlib import Path

import pytest

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki.collection import Collection
from anki_import import import_package
from hypothesis import given, settings
from hypothesis import strategies as st

from examgen.build import make_deck
from examgen.cards import fact_notes, stable_groups, survey
from examgen.clozes import CHARS_PER_EDIT, MAX_EDITS, close
from examgen.config import load_config
from examgen.deck import note_guid
from examgen.model import Fact
from examgen.notes import parse_text
from examgen.store import FactStore

MEMBERS = ["Kubernetes master", "etcd cluster", "kube scheduler", "controller manager"]


def notes(members: list[str]) -> str:
    lines = ["# Course", "", "## Chapter", "", "- Control plane parts"]
    lines += [f"  - {m}" for m in members]
    return "\n".join(lines) + "\n"


def numbers(store: FactStore, members: list[str], now: int) -> dict[str, int]:
    """Sync the list with these members; member text -> its cloze number."""
    store.sync(parse_text(notes(members)), now=now)
    (stored,) = [s for s in store.facts(include_retired=False) if s.fact.kind == "list"]
    texts = [item.text for item in stored.fact.items]
    assert texts == members  # display order stays the notes' order
    return dict(zip(texts, stored.cloze_numbers, strict=True))


# ------------------------------------------------------------------------------ the store


def test_a_new_list_numbers_its_members_in_order(memory_store):
    assert list(numbers(memory_store, MEMBERS, 1).values()) == [1, 2, 3, 4]
    (stored,) = memory_store.facts()
    assert memory_store.get(stored.fact.id).cloze_numbers == (1, 2, 3, 4)


def test_a_new_list_numbers_its_askable_members_first_as_older_decks_did(memory_store):
    wide = "a member far too long to recall word for word, a whole sentence about the cluster"
    assert list(numbers(memory_store, [wide, *MEMBERS], 1).values()) == [5, 1, 2, 3, 4]


def test_a_member_inserted_first_gets_the_next_unused_number(memory_store):
    numbers(memory_store, MEMBERS, 1)
    after = numbers(memory_store, ["ingress controller", *MEMBERS], 2)
    assert after == {"ingress controller": 5, **dict(zip(MEMBERS, [1, 2, 3, 4], strict=True))}


def test_reordering_a_list_keeps_every_members_number(memory_store):
    first = numbers(memory_store, MEMBERS, 1)
    assert numbers(memory_store, MEMBERS[::-1], 2) == first


def test_a_fixed_typo_keeps_the_number_and_a_replacement_gets_a_new_one(memory_store):
    numbers(memory_store, ["Kubernetes mastr", *MEMBERS[1:]], 1)
    fixed = numbers(memory_store, MEMBERS, 2)
    assert fixed["Kubernetes master"] == 1
    replaced = numbers(memory_store, [MEMBERS[0], "cloud controller", *MEMBERS[2:]], 3)
    assert replaced["cloud controller"] == 5 and replaced["kube scheduler"] == 3


def test_a_removed_members_number_is_never_given_to_another(memory_store):
    numbers(memory_store, MEMBERS, 1)
    numbers(memory_store, MEMBERS[:3], 2)
    assert numbers(memory_store, [*MEMBERS[:3], "kube proxy"], 3)["kube proxy"] == 5
    # The removed member coming back has its own number again.
    assert numbers(memory_store, MEMBERS, 4)["controller manager"] == 4


def test_steps_of_a_sequence_keep_their_numbers_too(memory_store):
    text = "# Course\n\n## Chapter\n\n- Route: build->test->deploy\n"
    memory_store.sync(parse_text(text), now=1)
    memory_store.sync(parse_text(text.replace("build->", "lint->build->")), now=2)
    (stored,) = memory_store.facts(include_retired=False)
    assert stored.fact.kind == "sequence"
    assert stored.cloze_numbers == (4, 1, 2, 3)


def test_a_store_without_cloze_numbers_numbers_its_lists_on_the_next_sync(tmp_path):
    # A store made before numbers were kept: its decks numbered the asked members in order.
    path = tmp_path / "facts.sqlite"
    with FactStore.open(path) as store:
        store.sync(parse_text(notes(MEMBERS)), now=1)
        store._db.execute("DELETE FROM cloze_numbers")
        assert not store.facts()[0].cloze_numbers
        report = store.sync(parse_text(notes(MEMBERS)), now=2)
        assert not report.changed and store.facts()[0].cloze_numbers == (1, 2, 3, 4)


def test_small_edits_are_close_and_short_or_different_texts_are_not():
    assert close("kubernetesmastr", "kubernetesmaster")
    assert close("更快的启动速度", "更快地启动速度")
    assert close("contorllermanager", "controllermanager")  # two letters swapped
    assert not close("cpu", "gpu")  # under five characters: exact only
    assert not close("etcdcluster", "cloudcontroller")


def test_groups_are_filled_oldest_member_first_so_an_insertion_moves_nobody():
    widths = [10] * 9
    before = stable_groups(widths)
    after = stable_groups([*widths, 10])  # the new member comes last in number order
    assert before == [[0, 1, 2, 3, 4], [5, 6, 7, 8]]
    assert after[: len(before)] == [before[0], [*before[1], 9]]


# ------------------------------------------------------------------------------ in Anki


@pytest.fixture
def course(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "course"
    (root / "sources").mkdir(parents=True)
    monkeypatch.chdir(root)
    return root


def rebuild(course: Path, col: Collection, members: list[str]) -> None:
    (course / "sources" / "notes.md").write_text(notes(members), encoding="utf-8")
    output = make_deck(load_config(course)).report.output
    log = import_package(col, output)
    assert not log.conflicting


def cloze_cards(col: Collection) -> dict[str, int]:
    """The text each card of the list's cloze note asks -> the card id."""
    (fact,) = [f for f in parse_text(notes(MEMBERS)).facts if f.kind == "list"]
    assert isinstance(fact, Fact)
    (nid,) = col.db.list("select id from notes where guid = ?", note_guid(fact.id, "list-cloze"))
    asked = {}
    for card in col.get_note(nid).cards():
        answer = card.answer()
        start = answer.find('<span class="cloze"')
        if start < 0:  # a retired number's card: nothing asks it any more
            continue
        asked[answer[answer.index(">", start) + 1 : answer.index("</span>", start)]] = card.id
    return asked


def reviews(col: Collection, card_id: int) -> int:
    return col.db.scalar("select count() from revlog where cid = ?", card_id)


def review(col: Collection, card_id: int) -> None:
    card = col.get_card(card_id)
    card.start_timer()
    col.sched.answerCard(card, 3)


def test_a_members_review_history_follows_it_when_a_member_is_inserted(course, col):
    rebuild(course, col, MEMBERS)
    third = cloze_cards(col)["kube scheduler"]
    review(col, third)
    assert reviews(col, third) == 1

    rebuild(course, col, ["ingress controller", *MEMBERS])
    cards = cloze_cards(col)
    assert len(cards) == 5
    assert cards["kube scheduler"] == third and reviews(col, third) == 1
    assert reviews(col, cards["ingress controller"]) == 0
    assert sum(reviews(col, cid) for cid in cards.values()) == 1
    # The card shows the list in the notes' order, whatever the numbers.
    text = col.get_card(third).note()["Text"]
    assert text.index("{{c5::ingress controller}}") < text.index("{{c1::Kubernetes master}}")


def test_in_anki_a_typo_fix_keeps_the_card_and_a_replacement_gets_a_new_one(course, col):
    rebuild(course, col, ["Kubernetes mastr", *MEMBERS[1:]])
    first = cloze_cards(col)["Kubernetes mastr"]
    review(col, first)
    rebuild(course, col, MEMBERS)
    assert cloze_cards(col)["Kubernetes master"] == first and reviews(col, first) == 1

    scheduler = cloze_cards(col)["kube scheduler"]
    review(col, scheduler)
    rebuild(course, col, [*MEMBERS[:2], "cloud controller", MEMBERS[3]])
    cards = cloze_cards(col)
    assert reviews(col, cards["cloud controller"]) == 0
    assert scheduler not in cards.values()  # its number is retired: no member shows on it


def test_in_anki_a_removed_members_number_stays_unused(course, col):
    rebuild(course, col, MEMBERS)
    removed = cloze_cards(col)["etcd cluster"]
    review(col, removed)
    rebuild(course, col, [m for m in MEMBERS if m != "etcd cluster"])
    rebuild(course, col, [*MEMBERS[:1], *MEMBERS[2:], "kube proxy"])
    cards = cloze_cards(col)
    assert removed not in cards.values() and reviews(col, cards["kube proxy"]) == 0
    assert sorted(cards) == sorted(["Kubernetes master", *MEMBERS[2:], "kube proxy"])


def test_a_cloze_note_says_which_cloze_numbers_it_uses(memory_store):
    numbers(memory_store, MEMBERS, 1)
    numbers(memory_store, ["ingress controller", *MEMBERS[1:]], 2)
    (stored,) = memory_store.facts(include_retired=False)
    made = fact_notes(
        stored.fact,
        survey([stored.fact]),
        reverse=False,
        images="",
        context="",
        source="",
        numbers=stored.cloze_numbers,
    )
    (cloze,) = [note for note in made.notes if note.model == "cloze"]
    assert cloze.cloze_numbers == (2, 3, 4, 5) and cloze.cards == 4
    assert "{{c5::ingress controller}}" in cloze.fields[0]


def group_backs(col: Collection) -> list[str]:
    (fact,) = [f for f in parse_text(notes(MEMBERS)).facts if f.kind == "list"]
    backs = []
    for kind in ("list", "list#2", "list#3"):
        found = col.db.list("select id from notes where guid = ?", note_guid(fact.id, kind))
        backs.append(col.get_note(found[0])["Back"] if found else "")
    return backs


def test_in_anki_an_inserted_member_joins_the_last_group_and_moves_nobody(course, col):
    nine = [f"member number {n}" for n in range(1, 10)]
    rebuild(course, col, nine)
    first, second, third = group_backs(col)
    assert all(m in first for m in nine[:5]) and not any(m in first for m in nine[5:])
    assert all(m in second for m in nine[5:])
    assert not third
    rebuild(course, col, ["member number 0", *nine])
    first_after, second_after, third_after = group_backs(col)
    assert first_after == first  # the first group's note did not change at all
    assert all(m in second_after for m in [*nine[5:], "member number 0"]) and not third_after


def _full_distance(a: str, b: str) -> int:
    """Optimal string alignment distance, the whole table (the reference)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(
                d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


@settings(max_examples=300, deadline=None)
@given(st.text("abc", max_size=14), st.text("abc", max_size=14))
def test_the_banded_edit_count_agrees_with_the_full_table_within_its_limit(a, b):
    limit = min(max(len(a), len(b)) // CHARS_PER_EDIT, MAX_EDITS)
    assert close(a, b) == (limit > 0 and _full_distance(a, b) <= limit)
