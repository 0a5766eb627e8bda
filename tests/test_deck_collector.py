"""The collector pause around the parse and the deck (``examgen.collector``)."""

from __future__ import annotations

import gc
import weakref

from examgen.collector import collector_paused


def test_what_a_paused_block_keeps_is_left_out_of_later_full_collections():
    with collector_paused():
        kept = [{"member": i} for i in range(100)]
    assert gc.isenabled()
    assert all(o is not kept for o in gc.get_objects())


def test_a_cycle_made_after_the_pause_is_still_collected():
    with collector_paused():
        pass

    class Node:
        pass

    node = Node()
    node.self = node
    gone = weakref.ref(node)
    del node
    gc.collect()
    assert gone() is None
