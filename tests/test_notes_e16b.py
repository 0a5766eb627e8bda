"""Shapes of English notes found in lecture outlines and network notes (issue 8, session 16):
one small note of our own per shape, and what it gives."""

from __future__ import annotations

from notes_text import one, skipped, subjects

# ----------------------------------------------------------------------------- announced steps


def test_a_sentence_announcing_the_following_order_names_a_sequence_by_that_order():
    text = (
        "# N\n\n## Routing\n\n"
        "* Two routes are compared in the following order - the first difference decides:\n"
        "    * Prefix length\n    * Administrative distance\n    * Metric\n"
    )
    fact = one(text, "order in which two routes are compared")
    assert fact.kind == "sequence"
    assert [item.text for item in fact.items] == [
        "Prefix length",
        "Administrative distance",
        "Metric",
    ]


def test_a_sentence_announcing_what_a_thing_does_over_commands_is_a_sequence_of_them():
    text = (
        "# N\n\n## Caches\n\n"
        "* A cache that receives an invalidation will do the following:\n"
        "    * Mark the line invalid\n    * Drop pending writes to it\n"
        "    * Acknowledge the sender\n"
    )
    fact = one(text, "what a cache that receives an invalidation does")
    assert fact.kind == "sequence"
    assert len(fact.items) == 3


def test_a_sentence_announcing_what_a_thing_does_over_statements_stays_a_list():
    text = (
        "# N\n\n## Caches\n\n"
        "* A cache that misses will do the following:\n"
        "    * The line is fetched from memory\n    * The old line is written back\n"
    )
    assert one(text, "what a cache that misses does").kind == "list"


# ----------------------------------------------------------------------------- clause labels


def test_a_clause_label_opening_with_its_setting_keeps_the_setting_after_the_noun():
    text = (
        "# N\n\n## Versions\n\n"
        "* In HTTP/2 a stream is closed when:\n"
        "    * both sides send an end flag\n    * either side resets it\n"
    )
    assert ("list", "stream in HTTP/2") in subjects(text)


def test_a_defining_sentence_over_bullets_defines_its_subject_and_lists_them():
    text = (
        "# N\n\n## Clusters\n\n"
        "* A quorum is a majority of voters that agree on the same value:\n"
        "    * same term number\n    * same log index\n"
    )
    assert one(text, "quorum", "definition").text.startswith("a majority of voters")
    assert one(text, "quorum", "list").items[0].text == "same term number"


def test_a_sentence_the_bullets_complete_defines_nothing():
    text = (
        "# N\n\n## Clusters\n\n"
        "* An election is an event that starts when:\n"
        "    * a leader times out\n    * a node restarts\n"
    )
    assert ("definition", "election") not in subjects(text)
    assert ("list", "election") in subjects(text)


# ----------------------------------------------------------------------------- premises


def test_an_assumption_over_a_formula_defines_the_assumed_thing_with_its_condition():
    text = (
        "# N\n\n## Model\n\n* Assume uniform priors (independent of the data):\n    * $p(w) = c$\n"
    )
    fact = one(text, "uniform priors")
    assert fact.kind == "definition"
    assert fact.text == "$p(w) = c$ (independent of the data)"


def test_an_acronym_in_brackets_after_an_assumption_stays_part_of_the_name():
    text = "# N\n\n## Model\n\n* Consider the radial basis (aka. RBF):\n    * $k(x) = e^{-x^2}$\n"
    assert one(text, "radial basis (aka. RBF)").text == "$k(x) = e^{-x^2}$"


def test_numbered_commands_under_a_formula_premise_are_the_sections_steps():
    text = (
        "# N\n\n## Power iteration\n\n* Suppose $A = Q \\Lambda Q^T$\n"
        "  1. Choose a random $v$\n  2. Multiply $v$ by $A$\n  3. Normalise $v$\n"
    )
    fact = one(text, "Power iteration")
    assert fact.kind == "sequence"
    assert fact.items[0].text == "Choose a random $v$"


# ----------------------------------------------------------------------------- leads


def test_one_statement_before_sub_topics_defines_the_heading():
    text = (
        "# N\n\n## Raft\n\n#### Leader election\n"
        "* The node with the most votes becomes leader\n"
        "* Votes contain\n    * term number\n    * last log index\n"
        "* (Timeouts are randomised)\n"
    )
    fact = one(text, "Leader election")
    assert fact.kind == "definition"
    assert fact.text == "The node with the most votes becomes leader"


def test_a_bare_name_before_sub_topics_does_not_define_the_heading():
    text = (
        "# N\n\n## Sorting\n\n* Bubble sort\n* Quick sort\n    * picks a pivot\n"
        "    * splits around it\n"
    )
    assert ("definition", "Sorting") not in subjects(text)


# ----------------------------------------------------------------------------- contrasts


def test_bullets_each_in_another_setting_define_the_label_in_each_setting():
    text = (
        "# N\n\n## Routing\n\n* Recovery after a link failure:\n"
        "    * In OSPF the router floods an update at once\n"
        "    * In RIP the router waits for the next timer\n"
    )
    assert one(text, "Recovery after a link failure in OSPF").text == (
        "the router floods an update at once"
    )
    assert one(text, "Recovery after a link failure in RIP").kind == "definition"
    assert ("list", "Recovery after a link failure") not in subjects(text)


def test_bullets_in_one_and_the_same_setting_stay_a_list():
    text = (
        "# N\n\n## Routing\n\n* Link failure:\n"
        "    * In OSPF the router floods an update\n"
        "    * In OSPF the neighbour drops the route\n"
    )
    assert ("list", "Link failure") in subjects(text)


# ----------------------------------------------------------------------------- not terms


def test_an_assignment_with_a_gloss_is_a_step_not_a_term():
    text = "# N\n\n## Loop\n\n* $x \\leftarrow x + 1$ (advance the counter)\n"
    assert subjects(text) == []
    assert any("formula stating a relation" in reason for reason in skipped(text))


def test_a_symbol_with_a_gloss_is_still_a_term():
    text = "# N\n\n## Counting\n\n* $n(S)$ (size of the sample space)\n"
    assert one(text, "$n(S)$").text == "size of the sample space"


def test_a_condition_with_a_gloss_is_a_case_not_a_term():
    text = (
        "# N\n\n## Kernels\n\n* Classification:\n"
        "  * If the data is not separable (non-linear problem)\n  * Map it to more dimensions\n"
    )
    assert ("definition", "If the data is not separable") not in subjects(text)


def test_a_formula_said_twice_of_one_subject_is_one_definition():
    text = (
        "# N\n\n## Sigmoid\n\n* Logistic model:\n  * $p = 1/(1+e^{-z})$\n"
        "* It is a linear classifier\n  * Logistic model:\n    * $p = 1 / (1 + e^{-z})$\n"
    )
    assert [s for s in subjects(text) if s == ("definition", "Logistic model")] == [
        ("definition", "Logistic model")
    ]


def test_one_short_gloss_under_two_parents_stays_two_definitions():
    text = (
        "# N\n\n## Modes\n\n* TCP\n  * On - No negotiation\n  * Auto - listen\n"
        "* UDP\n  * On - No negotiation\n  * Auto - ask\n"
    )
    assert subjects(text).count(("definition", "On")) == 2


# ----------------------------------------------------------------------------- formula lines


def test_a_label_announcing_conditions_over_display_math_lists_its_relations():
    text = (
        "# N\n\n## Conditions for a fixed point\n\n"
        "A map has one when it meets the following conditions:\n\n"
        "$$\nf(x) = x \\\\\nand \\\\\n|f'(x)| < 1\n$$\n"
    )
    fact = one(text, "Conditions for a fixed point")
    assert fact.kind == "list"
    assert [item.text for item in fact.items] == ["$f(x) = x$", "$|f'(x)| < 1$"]


def test_display_math_of_one_relation_after_such_a_label_is_no_list():
    text = (
        "# N\n\n## Fixed points\n\n"
        "A map has one when it meets the following conditions:\n\n$$\nf(x) = x\n$$\n"
    )
    assert ("list", "Fixed points") not in subjects(text)
    assert ("list", "conditions of Fixed points") not in subjects(text)


# ----------------------------------------------------------------------------- notation


def test_a_thing_denoted_by_a_symbol_is_defined_by_it():
    text = "# N\n\n## Descent\n\n* Step size denoted as $\\alpha$\n* Momentum term\n"
    assert one(text, "Step size").text == "$\\alpha$"


def test_a_sentence_saying_how_a_mark_is_read_defines_the_mark():
    text = "# N\n\n## Sets\n\nThe bar over a set is read *not* or *complement of*.\n"
    assert one(text, "bar over a set").text == "read not or complement of"


def test_what_is_read_or_written_somewhere_is_no_notation():
    text = (
        "# N\n\n## Files\n\nThe journal is written to disk first.\n\nThe page is read by the CPU.\n"
    )
    assert ("definition", "journal") not in subjects(text)
    assert ("definition", "page") not in subjects(text)


# ----------------------------------------------------------------------------- points, not terms


def test_points_under_cons_keep_their_reasons_but_define_nothing():
    text = (
        "# N\n\n## Bonding\n\n* Cons:\n    * 1 flow per link - no spreading of one flow\n"
        "    * Extra config - both ends must agree\n"
    )
    assert ("definition", "1 flow per link") not in subjects(text)
    fact = one(text, "Bonding Cons")
    assert fact.items[0].text == "1 flow per link"


def test_a_bold_name_that_is_sent_somewhere_is_not_defined_by_where_it_goes():
    text = (
        "# N\n\n## Spanning tree\n\n"
        "* The **updated frame** is forwarded out the designated ports after the check.\n"
    )
    assert ("definition", "updated frame") not in subjects(text)


# ----------------------------------------------------------------------------- named formulas


def test_a_sentence_ending_in_a_bold_name_over_a_formula_defines_the_name():
    text = (
        "# N\n\n## Fitting\n\n* To fit $w$, minimise the **squared error**:\n"
        "  * $E = \\sum_i (y_i - w x_i)^2$\n"
    )
    assert one(text, "squared error").text == "$E = \\sum_i (y_i - w x_i)^2$"


def test_a_formula_named_in_brackets_after_how_it_is_got_is_defined_by_both():
    text = (
        "# N\n\n## Quadratics\n\n* Solve $ax^2 + bx + c = 0$ for $x$: (quadratic formula)\n"
        "  * $x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$\n  * Real only if the root is real\n"
    )
    fact = one(text, "quadratic formula")
    assert fact.text.startswith("Solve $ax^2 + bx + c = 0$ for $x$: $x = ")


def test_a_long_phrase_before_mostly_sub_topics_defines_the_heading():
    text = (
        "# N\n\n## Hashing\n\n#### Bloom filter\n"
        "* A compact set for testing membership quickly\n"
        "* Parameters:\n    * bits per item\n    * number of hashes\n"
        "* Errors:\n    * false positives only\n    * no false negatives\n"
        "* Cannot delete items\n"
    )
    assert one(text, "Bloom filter").text == "A compact set for testing membership quickly"


def test_names_made_equal_before_sub_topics_do_not_define_the_heading():
    text = (
        "# N\n\n## Learning\n\n#### Optimisation\n* Training = Fitting = Estimation\n"
        "* Closed form:\n    * set the gradient to zero\n    * check the second derivative\n"
    )
    assert ("definition", "Optimisation") not in subjects(text)


# ----------------------------------------------------------------------------- narrowed


def test_a_setting_over_one_statement_defines_its_subject_in_that_setting():
    text = (
        "# N\n\n## Tests\n\n* Under this hypothesis (the null):\n"
        "  * The statistic is t-distributed with n-1 degrees\n"
    )
    fact = one(text, "statistic under the null")
    assert fact.text == "The statistic is t-distributed with n-1 degrees"


def test_a_setting_over_a_pronoun_statement_stays_a_definition_of_the_narrowed_owner():
    text = "# N\n\n## Tests\n\n* Under the null:\n  * It is t-distributed with n-1 degrees\n"
    assert ("definition", "Tests under the null") in subjects(text)


# ----------------------------------------------------------------------------- statements


def test_a_statement_about_any_thing_of_a_kind_defines_the_kind():
    text = (
        "# N\n\n## Ports\n\n"
        "* A Blocked port still listens to control frames but forwards no data.\n"
    )
    assert one(text, "Blocked port").text.startswith("still listens to control frames")


def test_a_numbered_event_is_no_statement_about_a_kind():
    text = (
        "# N\n\n## Recovery\n\n1. A link failure occurs on a port\n"
        "2. The switch floods a notice\n3. The root sends an ack\n"
    )
    assert ("definition", "link failure") not in subjects(text)


def test_names_after_such_as_are_members_of_the_noun_before_it():
    text = (
        "# N\n\n## Links\n\n"
        "* A trunk port carries frames of tagging protocols such as ISL, DOT1Q, or QinQ.\n"
    )
    fact = one(text, "tagging protocols")
    assert [item.text for item in fact.items] == ["ISL", "DOT1Q", "QinQ"]


def test_a_heading_restated_with_a_typo_in_its_paragraph_is_one_definition():
    text = (
        "# N\n\n## Sets\n\n#### Intersetcion of two sets\n\n"
        "The intersection of two sets is the set of elements in both.\n"
    )
    assert subjects(text) == [("definition", "Intersetcion of two sets")]


def test_names_a_thing_can_be_are_a_list_of_its_forms():
    text = (
        "# N\n\n## Links\n\n"
        "* A VLAN port can be access, trunk, or hybrid as long as both ends agree\n"
    )
    fact = one(text, "what a VLAN port can be")
    assert [item.text for item in fact.items] == ["access", "trunk", "hybrid"]


def test_what_a_pronoun_can_be_is_no_list():
    text = "# N\n\n## Links\n\n* It can be slow, lossy, or congested at night\n"
    assert [kind for kind, _ in subjects(text)] == []


def test_assumptions_under_a_model_say_what_it_is_not_a_list():
    text = (
        "# N\n\n## Models\n\n* Poisson regression\n  * Assume $y \\sim Poisson(\\lambda)$\n"
        "  * Therefore assume $\\log \\lambda = x^T \\beta$\n"
    )
    fact = one(text, "Poisson regression")
    assert fact.kind == "definition"
    assert fact.text.startswith("Assume $y \\sim Poisson(\\lambda)$; Therefore assume")


def test_names_made_equal_define_the_first_by_the_others():
    text = (
        "# N\n\n## Learning\n\n* Training = Fitting = Parameter estimation\n"
        "* MLE = Maximum likelihood\n"
    )
    assert one(text, "Training").text == "Fitting = Parameter estimation"
    assert one(text, "MLE").text == "Maximum likelihood"


def test_a_formula_written_in_text_is_no_names_made_equal():
    text = "# N\n\n## Ciphers\n\n* C = E<sub>k</sub>(P)\n* P = D<sub>k</sub>(C)\n"
    assert ("definition", "C") not in subjects(text)


def test_a_name_over_one_labelled_formula_is_defined_by_how_it_is_got():
    text = (
        "# N\n\n## Fitting\n\n* Closed form\n  * Set the gradient to zero:\n"
        "    * $\\nabla L = 0$\n  * (Check the second derivative)\n"
    )
    fact = one(text, "Closed form")
    assert fact.text == "Set the gradient to zero: $\\nabla L = 0$ (Check the second derivative)"
    assert ("definition", "Set the gradient to zero") not in subjects(text)


def test_sentences_that_each_name_their_own_term_are_no_list_of_sentences():
    text = (
        "# N\n\n## Spanning tree\n\n#### Port election\n"
        "* The port facing the root is called the **root port**.\n"
        "* The port a segment forwards through is called the **designated port**.\n"
        "* All other ports will be blocking ports.\n"
    )
    assert ("list", "Port election") not in subjects(text)
    assert ("definition", "root port") in subjects(text)


def test_glossed_sentences_under_a_heading_stay_its_list():
    text = (
        "# N\n\n## Links\n\n#### Link checks\n"
        "* UDLD - a protocol that echoes frames between the two ends of a link\n"
        "* Loop Guard - keeps a port from forwarding when its frames stop coming\n"
    )
    assert ("list", "Link checks") in subjects(text)


def test_topics_glossed_as_the_headings_kind_are_its_list_among_other_points():
    text = (
        "# N\n\n## Bonding\n\n#### Negotiation protocols\n"
        "* Goal - keep loops out of the data plane\n"
        "* PAgP - Port Aggregation Protocol\n    * vendor only\n    * On - no negotiation\n"
        "* LACP - Link Aggregation Control Protocol\n    * standard\n    * On - no negotiation\n"
        "* Static bundles work too but can loop\n"
    )
    fact = one(text, "Negotiation protocols")
    assert [item.text for item in fact.items] == ["PAgP", "LACP"]


def test_a_question_the_author_asks_keeps_its_formula():
    text = "# N\n\n## Algebra\n\nQ: Why does $a = b$ hold here?\nA: Because both sides equal one.\n"
    assert one(text, "Why does $a = b$ hold here?").text == "Because both sides equal one."
