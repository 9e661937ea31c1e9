"""The one owner of what the gift table shows: occasion, person and search text.

The toolbar's occasion filter, the budget panel's "this person's gifts" and the
search box each set their part here; the proxy gets one predicate made of all
of them, so no part undoes another's and the order of signal connections does
not matter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from giftdesk.ui.models.proxy import TableProxyModel

ALL_OCCASIONS: Final = "all"
"""The occasion part when every occasion is shown."""


class GiftFilter:
    """Which gifts the gift table shows: ``occasion`` (``ALL_OCCASIONS``, None for
    "no occasion", or an id), ``person`` (None: anyone) and the search text."""

    def __init__(self, proxy: TableProxyModel) -> None:
        self._proxy = proxy
        self.occasion: int | str | None = ALL_OCCASIONS
        self.person: int | None = None

    def set_occasion(self, occasion: int | str | None) -> None:
        self.occasion = occasion
        self._apply()

    def set_person(self, person_id: int | None) -> None:
        """Only the gifts ``person_id`` receives, buys or chips in for (None: anyone's)."""
        self.person = person_id
        self._apply()

    def set_search(self, text: str) -> None:
        self._proxy.set_search_text(text)

    def _apply(self) -> None:
        self._proxy.set_row_predicate(self._predicate())

    def _predicate(self) -> Callable[[Any], bool] | None:
        occasion, person = self.occasion, self.person
        if occasion == ALL_OCCASIONS and person is None:
            return None

        def shown(row: Any) -> bool:
            if occasion != ALL_OCCASIONS and row.occasion_id != occasion:
                return False
            return person is None or (
                person in row.recipient_ids
                or row.purchaser_id == person
                or person in row.contributor_ids
            )

        return shown
