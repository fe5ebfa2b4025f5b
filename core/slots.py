"""Named places in a page where another app adds its own part.

The home page shows the latest vacancies, but `home` must not import `vacancies` (dependencies
point employers -> vacancies -> home -> portal). So `vacancies` registers a template and a
context function for the "home" slot, and the home template renders whatever is registered.
"""

from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class SlotPart:
    template_name: str
    get_context: object  # callable(request, page, subject) -> dict, or None to leave it out


_slots = defaultdict(list)


def register(slot, template_name, get_context):
    part = SlotPart(template_name, get_context)
    if part not in _slots[slot]:
        _slots[slot].append(part)


def parts(slot):
    return list(_slots[slot])
