"""Old import path, kept while other branches still import from it.

The code lives per responsibility now: ``people``, ``occasions``, ``gifts``,
``budgets`` (create/update/delete/restore), ``table_rows`` (table readers),
``checks`` (existence checks) and ``validation`` (field checks).
"""

from giftdesk.data.budgets import get_budget, list_budgets, restore_budget, set_budget
from giftdesk.data.checks import (
    CHUNK,
    chunked,
    require_gifts,
    require_occasion,
    require_people,
)
from giftdesk.data.gifts import (
    EDITABLE_GIFT_FIELDS,
    create_gift,
    delete_gifts,
    get_gift,
    get_gifts,
    restore_gifts,
    set_gift_fields,
    update_gift,
)
from giftdesk.data.occasions import (
    create_occasion,
    delete_occasion,
    find_occasion_by_name,
    get_occasion,
    occasion_delete_impact,
    restore_occasion,
    update_occasion,
)
from giftdesk.data.people import (
    create_person,
    delete_person,
    find_person_by_name,
    get_person,
    person_delete_impact,
    restore_person,
    update_person,
)
from giftdesk.data.table_rows import list_gift_rows, list_occasion_rows, list_person_rows
from giftdesk.data.validation import validate_gift, validate_occasion, validate_person

__all__ = [
    "CHUNK",
    "EDITABLE_GIFT_FIELDS",
    "chunked",
    "create_gift",
    "create_occasion",
    "create_person",
    "delete_gifts",
    "delete_occasion",
    "delete_person",
    "find_occasion_by_name",
    "find_person_by_name",
    "get_budget",
    "get_gift",
    "get_gifts",
    "get_occasion",
    "get_person",
    "list_budgets",
    "list_gift_rows",
    "list_occasion_rows",
    "list_person_rows",
    "occasion_delete_impact",
    "person_delete_impact",
    "require_gifts",
    "require_occasion",
    "require_people",
    "restore_budget",
    "restore_gifts",
    "restore_occasion",
    "restore_person",
    "set_budget",
    "set_gift_fields",
    "update_gift",
    "update_occasion",
    "update_person",
    "validate_gift",
    "validate_occasion",
    "validate_person",
]
