"""Row-model fixtures: gift rows made to measure, the demo family's models, a proxy over a model."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel

from giftdesk.data import table_rows
from giftdesk.data.records import GiftRow
from giftdesk.ui.models.gift_model import GiftTableModel
from giftdesk.ui.models.occasion_model import OccasionTableModel
from giftdesk.ui.models.person_model import PersonTableModel
from giftdesk.ui.models.proxy import TableProxyModel


def _gift_row(gift_id: int, name: str, price: int | None, **extra: object) -> GiftRow:
    values: dict[str, object] = dict(
        id=gift_id,
        name=name,
        occasion_id=None,
        occasion_name=None,
        status="idea",
        priority="medium",
        price_cents=price,
        sale_price_cents=None,
        quantity=1,
        cost_cents=price or 0,
        store=None,
        purchase_date=None,
        purchaser_id=None,
        purchaser_name=None,
    )
    values.update(extra)
    return GiftRow(**values)  # type: ignore[arg-type]


@pytest.fixture
def demo_models(demo_db):  # type: ignore[no-untyped-def]
    with demo_db.reading() as session:
        gifts = table_rows.list_gift_rows(session)
        people = table_rows.list_person_rows(session)
        occasions = table_rows.list_occasion_rows(session)
    gift_model, person_model, occasion_model = (
        GiftTableModel(),
        PersonTableModel(),
        OccasionTableModel(),
    )
    gift_model.set_rows(gifts)
    person_model.set_rows(people)
    occasion_model.set_rows(occasions)
    return gift_model, person_model, occasion_model


def _proxy_over(model: QAbstractItemModel) -> TableProxyModel:
    proxy = TableProxyModel()
    proxy.setSourceModel(model)
    return proxy


@pytest.fixture
def gift_row() -> Callable[..., GiftRow]:
    """``gift_row(id, name, price_cents, **other_fields)``: a gift row with plain defaults."""
    return _gift_row


@pytest.fixture
def proxy_over() -> Callable[[QAbstractItemModel], TableProxyModel]:
    """``proxy_over(model)``: the table's sort/filter proxy over ``model``."""
    return _proxy_over
