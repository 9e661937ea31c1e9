"""The one cost expression: what a gift costs, in integer cents, in SQL (SPEC §2).

``unit`` is the sale price if set, else the price, else 0; the cost is the
unit times the quantity. Every SQL figure (budget engine, table totals, bulk
status line) uses this expression, so they cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, ColumnElement, and_, cast, func

from giftdesk.data.models import gifts

# 64-bit: a price near the 10,000,000.00 limit times 9,999 overflows PostgreSQL's
# 32-bit integer (SQLite's integers are 64-bit anyway).
GIFT_COST_CENTS: ColumnElement[int] = (
    cast(func.coalesce(gifts.c.sale_price_cents, gifts.c.price_cents, 0), BigInteger)
    * gifts.c.quantity
)

# A gift with neither price nor sale price counts as unpriced.
GIFT_IS_UNPRICED: ColumnElement[bool] = and_(
    gifts.c.sale_price_cents.is_(None), gifts.c.price_cents.is_(None)
)
