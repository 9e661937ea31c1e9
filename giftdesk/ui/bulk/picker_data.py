"""What the person picker shows for some gifts: each person's figures against their budget."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from giftdesk.data import bulk
from giftdesk.data.budget import ALL, compute_budget_summary
from giftdesk.data.buying import buying_in_every_occasion
from giftdesk.data.database import Database
from giftdesk.data.gifts import get_gifts
from giftdesk.data.members import hidden_gifts_note, viewer
from giftdesk.i18n import translate
from giftdesk.ui.purchaser_picker import (
    PickerLine,
    PickerMode,
)

# -- what the picker shows ------------------------------------------------------


@dataclass(frozen=True)
class PickerData:
    lines: list[PickerLine]
    scope_text: str
    current_person_id: int | None = None
    # When the figures were left for later: reads (lines, scope text).
    pending: Callable[[], tuple[list[PickerLine], str]] | None = None


def load_picker_data(
    db: Database,
    gift_ids: Sequence[int],
    mode: PickerMode = PickerMode.PURCHASER,
    *,
    occasion_id: int | None = None,
    defer_mixed: bool = False,
) -> PickerData:
    """People with their figures for the occasion of the gifts (or all of them).

    Purchaser mode: what each already buys against their purchaser budget;
    recipient modes: what each receives against their recipient budget.
    "Remove recipient" lists only people who receive one of the gifts.
    Without gifts (a gift being created), the figures are for ``occasion_id``.
    Reads from a fixed number of queries (the budget engine's three).
    """
    with db.reading() as session:
        people = bulk.people_for_picking(session)
        occasions = bulk.occasions_of(session, gift_ids) if gift_ids else {occasion_id}
        wanted = (
            bulk.recipients_of(session, gift_ids) if mode is PickerMode.REMOVE_RECIPIENT else None
        )
        # A purchaser who also receives some of the gifts is allowed, and said.
        receives = (
            bulk.recipient_counts(session, gift_ids)
            if mode is PickerMode.PURCHASER and gift_ids
            else {}
        )
        current = None
        if mode is PickerMode.PURCHASER and len(gift_ids) == 1:
            found = get_gifts(session, gift_ids)
            current = found[0].purchaser_id if found else None
        single = len(occasions) == 1
        if defer_mixed and not single:
            # Every occasion of a big file takes a moment: names now, figures
            # once the dialog shows.
            def pending() -> tuple[list[PickerLine], str]:
                data = load_picker_data(db, gift_ids, mode, occasion_id=occasion_id)
                return data.lines, data.scope_text

            lines = [
                PickerLine(
                    person_id,
                    name,
                    relationship,
                    figures_known=False,
                    receives=receives.get(person_id, 0),
                )
                for person_id, name, relationship in people
                if wanted is None or person_id in wanted
            ]
            text = translate(
                "BulkActions",
                "The gifts are for several occasions: reading the figures for all occasions…",
            )
            return PickerData(lines, text, current, pending)
        scope = next(iter(occasions)) if single else ALL
        purchaser = mode is PickerMode.PURCHASER
        if purchaser and not single:
            # Every occasion: one SQL query (computed in SQLite, so a reader
            # thread leaves the window free), not the whole budget engine.
            amounts, budgets, over_in = buying_in_every_occasion(session)
        else:
            summary = compute_budget_summary(session, scope)
            amounts, budgets, over_in = _figures_from_summary(summary, purchaser, single)
        who = viewer(session)  # a family member is told the figures leave gifts out

    lines = [
        PickerLine(
            person_id,
            name,
            relationship,
            amounts.get(person_id, 0),
            budgets.get(person_id),
            tuple(over_in.get(person_id, ())),
            receives=receives.get(person_id, 0),
        )
        for person_id, name, relationship in people
        if wanted is None or person_id in wanted
    ]
    if single:
        occasion = summary.occasions[0] if summary.occasions else None
        if occasion is None or occasion.is_bucket:
            scope_text = translate("BulkActions", "Figures for gifts with no occasion.")
        else:
            scope_text = translate("BulkActions", "Figures for {name}.").format(name=occasion.name)
    else:
        scope_text = translate(
            "BulkActions", "The gifts are for several occasions: figures for all occasions."
        )
    hidden = who.hidden_in(scope) if scope is not ALL else who.hidden_gifts
    if hidden:
        scope_text = f"{scope_text} {hidden_gifts_note(hidden)}."
    return PickerData(lines, scope_text, current)


Figures = tuple[dict[int, int], dict[int, int], dict[int, list[str]]]


def _figures_from_summary(summary: Any, purchaser: bool, single: bool) -> Figures:
    """Per person: amount, budget (summed over occasions), occasions they are over in."""
    amounts: dict[int, int] = {}
    budgets: dict[int, int] = {}
    over_in: dict[int, list[str]] = {}
    for occasion in summary.occasions:
        for person in occasion.people:
            amount = person.buying_planned_cents if purchaser else person.receiving_planned_cents
            budget = person.purchaser_budget_cents if purchaser else person.recipient_budget_cents
            over = person.over_purchaser_budget if purchaser else person.over_recipient_budget
            amounts[person.person_id] = amounts.get(person.person_id, 0) + amount
            if budget is not None:
                budgets[person.person_id] = budgets.get(person.person_id, 0) + budget
            if over and not single:
                over_in.setdefault(person.person_id, []).append(occasion.name)
    return amounts, budgets, over_in
