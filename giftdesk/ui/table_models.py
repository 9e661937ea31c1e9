"""Old import path, kept while other branches still import from it: the models
live in ``giftdesk.ui.models`` (labels, rows, one module per table, the proxy)."""

from giftdesk.ui.models.gift_model import GiftTableModel
from giftdesk.ui.models.labels import (
    LEFT,
    OCCASION_TYPE_LABELS,
    OVER_BUDGET,
    RIGHT,
    STATUS_COLORS,
    STATUS_LABELS,
    fold,
    format_date,
    status_icon,
)
from giftdesk.ui.models.occasion_model import OccasionTableModel
from giftdesk.ui.models.person_model import PersonTableModel
from giftdesk.ui.models.proxy import EDITABLE_FLAGS, MODEL_ROLES, PLAIN_FLAGS, TableProxyModel
from giftdesk.ui.models.rows import MANY_RANGES, Column, IdRole, RowTableModel, SortRole

__all__ = [
    "EDITABLE_FLAGS",
    "LEFT",
    "MANY_RANGES",
    "MODEL_ROLES",
    "OCCASION_TYPE_LABELS",
    "OVER_BUDGET",
    "PLAIN_FLAGS",
    "RIGHT",
    "STATUS_COLORS",
    "STATUS_LABELS",
    "Column",
    "GiftTableModel",
    "IdRole",
    "OccasionTableModel",
    "PersonTableModel",
    "RowTableModel",
    "SortRole",
    "TableProxyModel",
    "fold",
    "format_date",
    "status_icon",
]
