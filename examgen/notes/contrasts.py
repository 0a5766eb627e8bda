"""Contrasts: bullets that each say how one thing goes in a different setting.

``* Recovery after a link failure:`` over ``* In OSPF the router floods an update`` and
``* In RIP the router waits for the next timer``: two definitions, ``Recovery after a link
failure in OSPF`` and ``… in RIP``, each by what its bullet says; a list of the two sentences
would ask for nothing a reader can recall.
"""

from __future__ import annotations

import re

_SETTING = re.compile(
    r"^(?:in|under|with)\s+(?P<setting>[^\s,]+(?:\s+[^\s,]+){0,2}?)"
    r"(?:\s*,\s*|\s+(?=(?:if|when|once|after|before|a|an|the|every|each|all|only|it|they|"
    r"there|no|any)\b))(?P<said>\S.*)$",
    re.IGNORECASE,
)


def contrasted(texts: list[str]) -> list[tuple[str, str]]:
    """``["In OSPF the router floods", "In RIP it waits"]`` → ``[("OSPF", "the router
    floods"), ("RIP", "it waits")]``: each bullet's setting and what it says there; [] unless
    there are two or more bullets, each opens with a setting, and no two settings agree."""
    found = []
    for text in texts:
        match = _SETTING.match(text.strip())
        if not match or "$" in match.group("setting"):
            return []
        found.append((match.group("setting"), match.group("said").rstrip(" .;")))
    settings = {setting.casefold() for setting, _ in found}
    return found if len(found) >= 2 and len(settings) == len(found) else []
