"""Cards: c42's fixes (session 24), read through the anki backend."""

from __future__ import annotations

# anki.collection must be imported before anki.cards (import cycle inside anki).
from anki_import import import_package
from card_facts import build, card_fact, card_fronts

_TRANSMITTERS = (("Acetylcholine", "ACh"), ("Noradrenaline", "NA"), ("Serotonin", "5-HT"))


def test_a_members_contracted_abbreviation_is_hidden_with_it(tmp_path, col):
    fact = card_fact(
        "n1", "list", "transmitters responsible for keeping us awake", items=_TRANSMITTERS
    )
    import_package(col, build(tmp_path, [fact]).output)
    fronts = card_fronts(col, "n1", "list-cloze")
    asking = {name: [f for f in fronts if name not in f] for name, _ in _TRANSMITTERS}
    assert all(len(cards) == 1 for cards in asking.values()), fronts
    assert "ACh" not in asking["Acetylcholine"][0] and "NA" not in asking["Noradrenaline"][0]
    # 5-HT is not spelt from Serotonin's letters: it stays, a gloss to recall it by.
    assert "5-HT" in asking["Serotonin"][0]


def test_a_numeronyms_word_in_the_breadcrumb_is_hidden_on_its_reverse_card(tmp_path, col):
    fact = card_fact(
        "k1",
        "definition",
        "K8S",
        text="an open system that schedules containers over a cluster of machines",
        section=("Notes", "Container orchestration with Kubernetes"),
    )
    import_package(col, build(tmp_path, [fact]).output)
    fronts = card_fronts(col, "k1", "definition")
    (reverse,) = [f for f in fronts if "schedules containers" in f]
    assert "Kubernetes" not in reverse and "orchestration with" in reverse, reverse
