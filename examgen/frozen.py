"""Frozen dataclasses made as cheaply as plain ones.

A frozen dataclass's generated ``__init__`` sets each field through
``object.__setattr__`` (its own ``__setattr__`` refuses): a Python call per field. For the
records made by the ten thousand (:class:`examgen.model.Fact` has 16 fields: 3.3 µs to make
one by keywords, 33 ms of a 10,000-fact parse), that call per field is most of the cost.
:func:`set_at_once` gives such a class an ``__init__`` with the same parameters and defaults
that fills the instance's dict in one step (2.0 µs by keywords, 1.2 µs by position). A class
of two fields gains little (the call of any Python ``__init__`` is most of its cost).
The instances are the same: same fields, still frozen, equal and hashed alike.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

T = TypeVar("T")


def set_at_once(cls: type[T]) -> type[T]:
    """Give frozen dataclass ``cls`` an ``__init__`` that sets all its fields at once.

    Only for a class whose generated ``__init__`` does nothing else: every field in the
    ``__init__``, positional or keyword, with no default factory, and no ``__post_init__``;
    any other class is returned as it is, with the ``__init__`` dataclasses made.
    """
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or any(
        not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields
    ):
        return cls
    namespace: dict[str, object] = {}
    parameters = []
    for f in fields:
        if f.default is dataclasses.MISSING:
            parameters.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
    # The fields in their order, as the generated __init__ would have set them one by one.
    values = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    source = (
        f"def __init__(self, {', '.join(parameters)}):\n    self.__dict__.update({{{values}}})\n"
    )
    exec(source, namespace)  # as dataclasses itself makes __init__: a function of the fields
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__doc__ = cls.__init__.__doc__  # type: ignore[misc]
    cls.__init__ = init  # type: ignore[misc]
    return cls
