"""Pausing Python's cyclic garbage collector around a stage that makes many objects."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block.

    Parsing and the deck make tens of thousands of small containers and keep them (the
    trees and drafts, the notes' fields and rows); the collector's passes over them, and
    over everything the process already holds, cost a sixth of a large parse and half of a
    deck written in a build, and find nothing to free: these hold no cycles. Whatever
    cycles arise meanwhile are collected once it resumes.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
