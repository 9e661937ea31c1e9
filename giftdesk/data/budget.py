"""The budget engine of SPEC §2: every figure per occasion and per person.

Result types are plain frozen dataclasses, ready for the budget panel, the
printed/PDF/HTML summary and the CSV. (Types fixed first so that the UI
and the reports can be built against them; the computation follows.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

NO_OCCASION_NAME = "(no occasion)"


@dataclass(frozen=True)
class PersonBudget:
    """One person's figures within one occasion (SPEC §2, per person)."""

    person_id: int
    name: str
    recipient_budget_cents: int | None
    receiving_planned_cents: int
    receiving_bought_cents: int
    purchaser_budget_cents: int | None
    buying_planned_cents: int
    buying_bought_cents: int

    @property
    def over_recipient_budget(self) -> bool:
        return (
            self.recipient_budget_cents is not None
            and self.receiving_planned_cents > self.recipient_budget_cents
        )

    @property
    def over_purchaser_budget(self) -> bool:
        return (
            self.purchaser_budget_cents is not None
            and self.buying_planned_cents > self.purchaser_budget_cents
        )

    @property
    def over_budget(self) -> bool:
        return self.over_recipient_budget or self.over_purchaser_budget


@dataclass(frozen=True)
class OccasionBudget:
    """One occasion's totals (or the ``(no occasion)`` bucket, occasion_id None)."""

    occasion_id: int | None
    name: str
    type: str | None
    date: dt.date | None
    budget_cents: int | None
    gifts: int
    ideas_total_cents: int
    planned_total_cents: int
    bought_total_cents: int
    unassigned_total_cents: int
    unpriced: int
    people: tuple[PersonBudget, ...]  # by name (case-insensitive), then id

    @property
    def remaining_cents(self) -> int | None:
        if self.budget_cents is None:
            return None
        return self.budget_cents - self.planned_total_cents

    @property
    def over_budget(self) -> bool:
        return self.budget_cents is not None and self.planned_total_cents > self.budget_cents

    @property
    def is_bucket(self) -> bool:
        return self.occasion_id is None


@dataclass(frozen=True)
class BudgetSummary:
    """All occasions in SPEC §3 order: by date, then name; the bucket last."""

    occasions: tuple[OccasionBudget, ...]

    def occasion(self, occasion_id: int | None) -> OccasionBudget | None:
        for item in self.occasions:
            if item.occasion_id == occasion_id:
                return item
        return None
