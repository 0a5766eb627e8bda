"""What a fact's notes are kept under in the note cache (:mod:`examgen.notecache`).

A deck build keeps each fact's notes from the last build while everything
:func:`examgen.cards.fact_notes` reads for the fact is unchanged: the fact itself, the parts
of the deck's survey it consults and the build's settings for it. Those inputs are made
for every fact of every build, an edit's too, so they are made in two halves:

* what the fact alone gives (:func:`fact_queries`: the keys it is looked up by, the words
  of its texts), kept with its notes file's survey part between builds: a file whose facts
  are unchanged has them read back, not found again;
* what the survey answers to them (:meth:`NoteInputs.inputs`: dict lookups, done anew
  each build, since a change in any file may change the answers).

The fact itself is named by all its fields, which the survey read already to key its
notes file (``SurveyParts.values``); its queries are kept by that key and its place in the
file (``SurveyParts.places``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from examgen.card_aliases import alias_keys
from examgen.card_rewrites import glued_names, with_referents, without_dangling, without_figure
from examgen.card_survey import Survey, SurveyParts, gloss_key, subject_key
from examgen.cardtext import clean
from examgen.model import Fact
from examgen.questions.vocabulary import LATIN_WORD, cut_word

#: One fact's queries (see :func:`fact_queries`); plain values, so that ``marshal`` keeps them.
Queries = tuple


def fact_queries(fact: Fact) -> Queries:
    """What ``fact``'s notes look up in the survey, found from the fact alone: for a
    definition, its text as shared texts are compared, its alias and step keys and the
    names glued onto it; for a list, its subject's, first section's and members' keys
    (sublists, definitions of them) and which members have no gloss; for any fact but a
    definition, its members as translations are keyed; and the Latin words of its text and
    glosses (cut-off words)."""
    kind = fact.kind
    words = {
        w for t in (fact.text, *(i.gloss or "" for i in fact.items)) for w in LATIN_WORD.findall(t)
    }
    if kind == "definition":
        subject = without_dangling(clean(fact.subject))
        text = without_figure(clean(fact.text))  # as the card reads it, before the survey's
        return (
            gloss_key(fact.text),
            alias_keys(subject, text),
            glued_names(text),
            tuple(sorted(words)),
        )
    translated = tuple(" ".join(item.text.split()).casefold() for item in fact.items)
    if kind != "list":
        return (translated, tuple(sorted(words)))
    return (
        translated,
        tuple(sorted(words)),
        subject_key(fact.subject),
        tuple(subject_key(s) for s in fact.section[:1]),
        tuple(subject_key(item.text) for item in fact.items),
        tuple(not item.gloss for item in fact.items),
    )


class NoteInputs:
    """The note-cache inputs of a deck build's facts, from its survey and the survey's
    ``parts`` (which kept each file's queries from the last build, beside its part)."""

    def __init__(self, plan: Survey, parts: SurveyParts) -> None:
        self.plan = plan
        self.places = parts.places
        self.values = parts.values
        self.known: Mapping[str, Sequence[Queries | None]] = parts.known_queries
        self.used: dict[str, list[Queries | None]] = parts.used_queries

    def inputs(
        self,
        position: int,
        fact: Fact,
        *,
        reverse: bool,
        images: str,
        context: str,
        source: str,
        numbers: Sequence[int] = (),
    ) -> tuple:
        """Everything :func:`~examgen.cards.fact_notes` reads for the fact at ``position``
        among those surveyed (``fact``), as plain values: equal values give equal notes. It
        must name each part of the survey that ``fact_notes`` consults for the fact."""
        queries = self._queries(*self.places[position], fact)
        plan = self.plan
        kind = fact.kind
        before = plan.before.get(fact.id, ())
        words = queries[-1] if kind == "definition" else queries[1]
        if before:  # the members a definition's "both above" refers to: their words too
            words = {*words, *(w for t in before for w in LATIN_WORD.findall(t))}
        common = (
            self.values[position],
            plan.languages.get(fact.source, fact.lang),
            plan.qualifiers.get((fact.id, kind), ""),
            plan.parents.get(fact.id, ""),
            before,
            plan.leads.get(fact.id),
            plan.echoes.get(fact.id),
            reverse,
            images,
            context,
            source,
            tuple(numbers),
            tuple(sorted(w for w in words if cut_word(w, plan))),
        )
        if kind == "definition":
            gloss, (name, subject, name_gloss), glued, _words = queries
            if before:  # "以上两者" said by name: the text the glued and other names are read in
                text = with_referents(without_figure(clean(fact.text)), before)
                glued = glued_names(text)
                name, subject, name_gloss = alias_keys(without_dangling(clean(fact.subject)), text)
            members = plan.members.get(fact.source, {})
            return (
                *common,
                gloss in plan.shared,
                # Whether another fact says the other name (the way back would have two
                # answers: ``cards.fact_notes``, alias notes).
                name_gloss in plan.shared,
                members.get(name),
                subject in members,
                plan.steps.get(fact.source, {}).get(subject),
                # A name glued on after a semicolon that the notes define ends the text.
                tuple(key in plan.defined for key in glued),
            )
        names = plan.translations.get(fact.source, {})
        translated = tuple(names.get(name, ()) for name in queries[0])
        if kind != "list":
            return (*common, translated)
        _translated, _words, own, section, members, unglossed = queries
        subjects = plan.lists.get(fact.source, frozenset())
        defined = plan.defined
        return (
            *common,
            translated,
            # Which members head a sublist (``card_survey.sublist_heads``).
            tuple(own + member in subjects for member in members),
            defined.get(own),
            tuple(defined.get(k) for k in section),
            # The full name an acronym's definition gives, unless it ends in a cut word.
            (expanded := plan.expanded.get(own)),
            bool(expanded) and bool(cut_word(expanded, plan)),
            tuple(defined.get(k) for k, bare in zip(members, unglossed, strict=True) if bare),
        )

    def _queries(self, key: str, index: int, fact: Fact) -> Queries:
        """The queries of the fact at ``index`` in the notes file keyed ``key``: kept from
        the last build when the file's facts are the same, made otherwise."""
        used = self.used.get(key)
        if used is None:
            known = self.known.get(key)
            used = self.used[key] = list(known) if known is not None else []
        if index < len(used):
            queries = used[index]
            if queries is not None:
                return queries
        else:
            used.extend([None] * (index + 1 - len(used)))
        queries = used[index] = fact_queries(fact)
        return queries
