"""Plain, typed values the data layer hands out and takes in.

No ORM objects leave the data layer: models and views hold these (or row
tuples), so painting a table never runs hidden SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class PersonRecord:
    id: int | None
    name: str
    relationship: str | None = None
    birthdate: dt.date | None = None
    notes: str | None = None
    interests: str | None = None
    sizes: str | None = None
    # The row's version when read (0: not read from the database); bookkeeping,
    # so two records holding the same things are equal whatever their versions.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class OccasionRecord:
    id: int | None
    name: str
    type: str = "other"
    date: dt.date | None = None
    budget_cents: int | None = None
    notes: str | None = None
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class GiftRecord:
    id: int | None
    name: str
    occasion_id: int | None = None
    status: str = "idea"
    priority: str = "medium"
    price_cents: int | None = None
    sale_price_cents: int | None = None
    quantity: int = 1
    store: str | None = None
    url: str | None = None
    notes: str | None = None
    purchase_date: dt.date | None = None
    purchaser_id: int | None = None
    recipient_ids: tuple[int, ...] = ()
    contributor_ids: tuple[int, ...] = ()
    version: int = field(default=0, compare=False)

    @property
    def unit_cents(self) -> int:
        """Sale price if set, else price, else 0 (SPEC §2)."""
        if self.sale_price_cents is not None:
            return self.sale_price_cents
        return self.price_cents or 0

    @property
    def cost_cents(self) -> int:
        return self.unit_cents * self.quantity


@dataclass(frozen=True)
class BudgetRecord:
    """A person's two budgets for one occasion (None: not set)."""

    person_id: int
    occasion_id: int
    recipient_budget_cents: int | None = None
    purchaser_budget_cents: int | None = None
    version: int = field(default=0, compare=False)
    id: int | None = field(default=None, compare=False)  # the row's, when read


@dataclass(frozen=True)
class PersonDeletion:
    """Everything a person's deletion removed, to put it back on undo."""

    person: PersonRecord
    links: tuple[tuple[int, str], ...]  # (gift_id, role)
    purchased_gift_ids: tuple[int, ...]
    budgets: tuple[BudgetRecord, ...]


@dataclass(frozen=True)
class OccasionDeletion:
    occasion: OccasionRecord
    gift_ids: tuple[int, ...]
    budgets: tuple[BudgetRecord, ...]


@dataclass(frozen=True)
class PersonImpact:
    """What deleting a person touches (for the confirmation sentence)."""

    receiving: int
    contributing: int
    purchasing: int
    budgets: int

    @property
    def gifts_linked(self) -> int:
        return self.receiving + self.contributing


@dataclass(frozen=True)
class OccasionImpact:
    gifts: int
    budgets: int


@dataclass(frozen=True)
class PersonRow:
    """One line of the people table."""

    id: int
    name: str
    relationship: str | None
    birthdate: dt.date | None
    receiving: int
    buying: int
    version: int = 0  # as read: a delete based on this row says so


@dataclass(frozen=True)
class OccasionRow:
    """One line of the occasions table."""

    id: int
    name: str
    type: str
    date: dt.date | None
    budget_cents: int | None
    gifts: int
    planned_cents: int
    bought_cents: int
    version: int = 0  # as read: a delete based on this row says so


class GiftRow(NamedTuple):
    """One line of the gifts table, names already resolved.

    A NamedTuple rather than a frozen dataclass: opening a file builds one per
    gift (100,000 and more), and a tuple is made several times faster.
    """

    id: int
    name: str
    occasion_id: int | None
    occasion_name: str | None
    status: str
    priority: str
    price_cents: int | None
    sale_price_cents: int | None
    quantity: int
    cost_cents: int
    store: str | None
    purchase_date: dt.date | None
    purchaser_id: int | None
    purchaser_name: str | None
    recipient_ids: tuple[int, ...] = ()
    recipient_names: str = ""
    contributor_ids: tuple[int, ...] = ()
    version: int = 0  # as read: a change based on this row says so
