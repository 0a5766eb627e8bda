"""An ordering stem over a sequence whose name is itself an order asks for that order: "Put
the steps of “order in which any 2 BPDUs are compared”" is not English, and the items put in
order are not always steps."""

from __future__ import annotations

from examgen.questions.wording import order_steps_phrase


def test_an_english_order_in_which_name_is_the_order_to_put_the_items_in():
    assert (
        order_steps_phrase("en", "Order in which two offers are compared")
        == "Put these in the order in which two offers are compared."
    )


def test_the_order_of_name_keeps_one_article():
    assert order_steps_phrase("en", "The order of boot stages") == (
        "Put these in the order of boot stages."
    )


def test_a_chinese_name_ending_in_order_is_the_order_to_follow():
    assert order_steps_phrase("zh", "比较顺序") == "请按“比较顺序”排列下列各项。"


def test_a_process_name_still_asks_for_its_steps():
    assert order_steps_phrase("en", "Booting a server") == (
        "Put the steps of “Booting a server” in the correct order."
    )
    assert order_steps_phrase("zh", "三次握手") == "请将“三次握手”的各环节按正确顺序排列。"
