"""What each field may hold: the choices and limits of SPEC §1.

Plain constants without SQLAlchemy, so the window (dialogs, delegates, menus)
can check input against the same limits the schema enforces without loading
the database layer.
"""

from __future__ import annotations

OCCASION_TYPES = ("holiday", "birthday", "anniversary", "other")
GIFT_STATUSES = ("idea", "selected", "purchased", "received")
PRIORITIES = ("low", "medium", "high")
ROLES = ("recipient", "purchaser", "contributor")
PLANNED_STATUSES = ("selected", "purchased", "received")
BOUGHT_STATUSES = ("purchased", "received")

PERSON_NAME_MAX = 100
OCCASION_NAME_MAX = 100
GIFT_NAME_MAX = 255
SHORT_TEXT_MAX = 100  # relationship, store
URL_MAX = 2000
NOTES_MAX = 10_000
QUANTITY_MAX = 9999
MONEY_LIMIT = 1_000_000_000  # cents; amounts must be strictly below 10,000,000.00
