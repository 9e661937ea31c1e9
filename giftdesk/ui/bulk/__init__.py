"""Bulk actions on the selected gifts: the actions and their wiring, the picker's data, the
purchaser cell editor (the operations themselves live in ``giftdesk.data.operations.bulk``)."""
