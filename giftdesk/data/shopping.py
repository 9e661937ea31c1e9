"""Who buys what: each purchaser's planned gifts, for the printed summary.

A shopping list a family uses: for every gift that is decided on (status
selected, purchased or received), who buys it, for whom, where, what it
costs and whether it is already bought. Gifts that nobody buys yet come as
items with no purchaser, so the list also shows what still needs a buyer.

Three set-based queries (gifts, links, names), whatever the number of gifts;
plain frozen rows out, no Qt.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from giftdesk.data.budget import ALL, NO_OCCASION_NAME, OccasionChoice
from giftdesk.data.fields import BOUGHT_STATUSES, PLANNED_STATUSES
from giftdesk.data.models import gift_people, gifts, occasions, persons


@dataclass(frozen=True)
class ShoppingItem:
    """One planned gift on its purchaser's list."""

    purchaser_id: int | None  # None: nobody buys it yet
    purchaser_name: str | None
    occasion_id: int | None  # None: the "(no occasion)" bucket
    occasion_name: str
    occasion_date: dt.date | None
    gift_id: int
    gift_name: str
    recipients: tuple[str, ...]
    contributors: tuple[str, ...]
    store: str | None
    quantity: int
    cost_cents: int
    priced: bool
    status: str

    @property
    def bought(self) -> bool:
        return self.status in BOUGHT_STATUSES


def shopping_list(session: Session, occasion_id: OccasionChoice = ALL) -> list[ShoppingItem]:
    """Planned gifts by purchaser (by name; nobody last), occasion, then gift.

    ``occasion_id`` as for ``compute_budget_summary``: ``ALL``, one
    occasion's id, or ``None`` for gifts with no occasion.
    """
    query = (
        select(
            gifts.c.id,
            gifts.c.name,
            gifts.c.occasion_id,
            gifts.c.status,
            gifts.c.price_cents,
            gifts.c.sale_price_cents,
            gifts.c.quantity,
            gifts.c.store,
            gifts.c.purchaser_id,
        )
        .where(gifts.c.status.in_(PLANNED_STATUSES))
        .order_by(gifts.c.id)
    )
    links = (
        select(gift_people.c.gift_id, gift_people.c.person_id, gift_people.c.role)
        .join(gifts, gifts.c.id == gift_people.c.gift_id)
        .where(gifts.c.status.in_(PLANNED_STATUSES), gift_people.c.role != "purchaser")
        .order_by(gift_people.c.gift_id, gift_people.c.person_id)
    )
    if occasion_id is not ALL:
        condition = (
            gifts.c.occasion_id.is_(None)
            if occasion_id is None
            else gifts.c.occasion_id == occasion_id
        )
        query = query.where(condition)
        links = links.where(condition)

    names: dict[int, str] = dict(session.execute(select(persons.c.id, persons.c.name)).all())
    occasion_info = {
        oid: (name, date)
        for oid, name, date in session.execute(
            select(occasions.c.id, occasions.c.name, occasions.c.date)
        )
    }
    recipients: dict[int, list[str]] = defaultdict(list)
    contributors: dict[int, list[str]] = defaultdict(list)
    for gift_id, person_id, role in session.execute(links):
        target = recipients if role == "recipient" else contributors
        target[gift_id].append(names[person_id])

    items = []
    for gid, name, occ, status, price, sale, qty, store, purchaser in session.execute(query):
        unit = sale if sale is not None else price
        occ_name, occ_date = occasion_info.get(occ, (NO_OCCASION_NAME, None))
        items.append(
            ShoppingItem(
                purchaser_id=purchaser,
                purchaser_name=names.get(purchaser) if purchaser is not None else None,
                occasion_id=occ,
                occasion_name=occ_name,
                occasion_date=occ_date,
                gift_id=gid,
                gift_name=name,
                recipients=tuple(sorted(recipients.get(gid, ()), key=str.casefold)),
                contributors=tuple(sorted(contributors.get(gid, ()), key=str.casefold)),
                store=store,
                quantity=qty,
                cost_cents=(unit or 0) * qty,
                priced=unit is not None,
                status=status,
            )
        )
    items.sort(key=_item_key)
    return items


def _item_key(item: ShoppingItem) -> tuple[object, ...]:
    return (
        item.purchaser_id is None,
        (item.purchaser_name or "").casefold(),
        item.purchaser_id or 0,
        item.occasion_id is None,
        item.occasion_date or dt.date.max,
        item.occasion_name.casefold(),
        item.occasion_id or 0,
        item.bought,  # still to buy first
        (item.store or "").casefold(),
        item.gift_name.casefold(),
        item.gift_id,
    )
