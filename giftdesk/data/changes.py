"""What one user action changed: the ``Change`` an operation reports.

Qt-free, so the data layer (operations, and later changes arriving from other
computers) describes a change in the same words the views listen for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    """What one action touched. Ids are database ids.

    ``gifts``/``persons``/``occasions``: rows added or changed;
    ``removed_*``: rows deleted; ``budgets``: any person/occasion budget;
    ``everything``: reload all (another file, an import).

    ``gift_values`` (optional), column → {gift id: new value}: a gift named
    in these maps changed in those columns only (in a column whose map does
    not name it, it kept its value), so a view may patch the row it holds
    instead of reading it again; gifts of ``gifts`` named in none are read.
    Empty: read them all. ``|`` drops it.
    """

    gifts: frozenset[int] = field(default_factory=frozenset)
    removed_gifts: frozenset[int] = field(default_factory=frozenset)
    persons: frozenset[int] = field(default_factory=frozenset)
    removed_persons: frozenset[int] = field(default_factory=frozenset)
    occasions: frozenset[int] = field(default_factory=frozenset)
    removed_occasions: frozenset[int] = field(default_factory=frozenset)
    budgets: bool = False
    everything: bool = False
    gift_values: Mapping[str, Mapping[int, object]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __or__(self, other: Change) -> Change:
        return Change(
            self.gifts | other.gifts,
            self.removed_gifts | other.removed_gifts,
            self.persons | other.persons,
            self.removed_persons | other.removed_persons,
            self.occasions | other.occasions,
            self.removed_occasions | other.removed_occasions,
            self.budgets or other.budgets,
            self.everything or other.everything,
        )

    @property
    def touches_money(self) -> bool:
        """Whether budget figures may have moved."""
        return bool(
            self.everything
            or self.budgets
            or self.gifts
            or self.removed_gifts
            or self.removed_persons
            or self.occasions
            or self.removed_occasions
        )


EVERYTHING = Change(everything=True)
