"""The one cost expression: what a gift costs, in integer cents, in SQL (SPEC §2).

``unit`` is the sale price if set, else the price, else 0; the cost is the
unit times the quantity. Every SQL figure (budget engine, table totals, bulk
status line) uses this expression, so they cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, func

from giftdesk.data.models import gifts

GIFT_COST_CENTS: ColumnElement[int] = (
    func.coalesce(gifts.c.sale_price_cents, gifts.c.price_cents, 0) * gifts.c.quantity
)

# A gift with neither price nor sale price counts as unpriced.
GIFT_IS_UNPRICED: ColumnElement[bool] = and_(
    gifts.c.sale_price_cents.is_(None), gifts.c.price_cents.is_(None)
)
