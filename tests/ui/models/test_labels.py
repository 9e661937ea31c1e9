"""Labels and editors agree with the data layer's fields."""

from __future__ import annotations


def test_editor_limits_match_the_data_layer():
    from giftdesk.data.fields import GIFT_STATUSES, QUANTITY_MAX
    from giftdesk.ui import delegates
    from giftdesk.ui.models.labels import STATUS_LABELS

    assert delegates.QUANTITY_MAX == QUANTITY_MAX
    assert tuple(STATUS_LABELS) == GIFT_STATUSES
