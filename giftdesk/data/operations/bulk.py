"""Bulk operations on many gifts: purchaser, status, occasion, recipients.

Set-based (see ``giftdesk.data.bulk``); each reports the gifts it touched and,
for columns the gift table can patch in place, their new values
(``Change.gift_values``), so 10,000 rows need not be read again.

Every action and every undo runs through ``checked``: one statement locks
the gifts, checks and raises their versions and reads what the action needs
of them (``row_versions.claim_rows``); the action itself then only writes.
So an action costs the same handful of statements whatever its size.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from giftdesk.data import bulk
from giftdesk.data.changes import Change
from giftdesk.data.field_labels import STATUS_NAMES
from giftdesk.data.fields import BOUGHT_STATUSES
from giftdesk.data.messages import translatable
from giftdesk.data.models import gifts as gift_table
from giftdesk.data.operations import Operation, OpResult
from giftdesk.data.operations.gifts import seen_versions
from giftdesk.data.row_versions import claim_rows


def gift_count(count: int) -> str:
    """ "1 gift", "10,000 gifts" (in the user's language)."""
    return str(translatable("BulkOperations", "%Ln gift(s)", None, count))


def _ids(gift_ids: Sequence[int]) -> tuple[int, ...]:
    return tuple(sorted(set(gift_ids)))


# -- the gifts of an action, locked and claimed ----------------------------------


@dataclass(frozen=True)
class Claimed:
    """The gifts one step of a bulk action runs on, locked and their versions raised.

    ``current``: {gift id: values of the columns the step asked for} of the
    gifts still there; ``after``: their new versions.
    """

    gift_ids: tuple[int, ...]
    current: Mapping[int, tuple[Any, ...]]
    after: Mapping[int, int]

    @property
    def complete(self) -> bool:
        """Whether every gift is still there (else the data layer's checks say which not)."""
        return len(self.current) == len(self.gift_ids)

    @property
    def known(self) -> Mapping[int, tuple[Any, ...]] | None:
        """``current`` when complete; None lets the data layer read again and refuse."""
        return self.current if self.complete else None

    def then(self, step: Step, columns: Sequence[ColumnElement[Any]] = ()) -> Operation:
        """The operation taking this step back: it checks the versions this step left."""
        return partial(
            checked,
            gift_ids=self.gift_ids,
            versions=self.after,
            op=step,
            columns=tuple(columns),
        )


Step = Callable[[Session, Claimed], OpResult]


# -- purchaser ----------------------------------------------------------------


def _assign_purchaser(
    session: Session, claimed: Claimed, person_id: int | None, person_name: str | None
) -> OpResult:
    """Make ``person_id`` (None: nobody) the purchaser of every gift.

    ``total_cents`` of the result is what the gifts cost (for the status bar).
    """
    ids = claimed.gift_ids
    undo = bulk.assign_purchaser(session, ids, person_id, current=claimed.known)
    count = len(ids)
    if person_id is None:
        message = translatable("BulkOperations", "Purchaser cleared on %Ln gift(s)", None, count)
    elif person_name:
        message = translatable("BulkOperations", "{name} will buy %Ln gift(s)", None, count).format(
            name=person_name
        )
    else:
        message = translatable("BulkOperations", "They will buy %Ln gift(s)", None, count)
    return OpResult(
        _purchaser_change(ids, undo, dict.fromkeys(undo.previous, person_id)),
        undo=claimed.then(partial(undo_assign_purchaser, undo=undo, person_name=person_name)),
        message=str(message),
        total_cents=undo.total_cost_cents if person_id is not None else None,
    )


def undo_assign_purchaser(
    session: Session, claimed: Claimed, undo: bulk.PurchaserUndo, person_name: str | None
) -> OpResult:
    bulk.undo_assign_purchaser(session, undo, present=claimed.complete)
    again = partial(_assign_purchaser, person_id=undo.person_id, person_name=person_name)
    return OpResult(
        _purchaser_change(claimed.gift_ids, undo, undo.previous),
        undo=claimed.then(again, bulk.PURCHASER_COLUMNS),
    )


def _purchaser_change(
    gift_ids: tuple[int, ...], undo: bulk.PurchaserUndo, purchasers: Mapping[int, int | None]
) -> Change:
    people = {p for p in undo.previous.values() if p is not None}
    if undo.person_id is not None:
        people.add(undo.person_id)
    # The table patches its rows in memory; those where the purchaser also
    # stopped (or starts again) contributing are left out: it reads them.
    contributed = set(undo.removed_contributions)
    values = {g: p for g, p in purchasers.items() if g not in contributed}
    return Change(
        gifts=frozenset(gift_ids), persons=frozenset(people), gift_values={"purchaser_id": values}
    )


# -- status -------------------------------------------------------------------


def _set_status(
    session: Session, claimed: Claimed, status: str, today: dt.date | None = None
) -> OpResult:
    """Set the status of every gift (purchased/received date undated ones today)."""
    ids = claimed.gift_ids
    day = today or dt.date.today()  # the same day in the file and in the table
    previous = bulk.set_status(session, ids, status, today=day, current=claimed.known)
    stored = status.strip().lower()  # as the data layer cleaned it
    bought = stored in BOUGHT_STATUSES
    count = len(ids)
    undated = {g: day for g, (_, date) in previous.items() if bought and date is None}
    return OpResult(
        _status_change(ids, dict.fromkeys(previous, stored), undated),
        undo=claimed.then(partial(undo_set_status, previous=previous, status=stored)),
        # The status bar and the undo menu read "12 gifts marked as purchased".
        message=str(
            translatable("BulkOperations", "%Ln gift(s) marked as {status}", None, count).format(
                status=STATUS_NAMES.get(stored, stored)
            )
        ),
    )


def undo_set_status(
    session: Session,
    claimed: Claimed,
    previous: Mapping[int, tuple[str, dt.date | None]],
    status: str,
) -> OpResult:
    bulk.undo_set_status(session, previous, present=claimed.complete)
    return OpResult(
        _status_change(
            claimed.gift_ids,
            {g: s for g, (s, _) in previous.items()},
            {g: d for g, (_, d) in previous.items()},
        ),
        undo=claimed.then(partial(_set_status, status=status), bulk.STATUS_COLUMNS),
    )


def _status_change(
    gift_ids: tuple[int, ...],
    statuses: Mapping[int, str],
    dates: Mapping[int, dt.date | None],
) -> Change:
    values = {"status": statuses, "purchase_date": dates}
    return Change(gifts=frozenset(gift_ids), gift_values=values)


# -- occasion -----------------------------------------------------------------


def _set_occasion(
    session: Session, claimed: Claimed, occasion_id: int | None, occasion_name: str | None
) -> OpResult:
    """Move every gift to an occasion (None: no occasion)."""
    ids = claimed.gift_ids
    previous = bulk.set_occasion(session, ids, occasion_id, current=claimed.known)
    count = len(ids)
    if occasion_id is None:
        message = translatable("BulkOperations", "Occasion cleared on %Ln gift(s)", None, count)
    elif occasion_name:
        message = translatable(
            "BulkOperations", "%Ln gift(s) moved to {occasion}", None, count
        ).format(occasion=occasion_name)
    else:
        message = translatable("BulkOperations", "%Ln gift(s) moved to the occasion", None, count)
    return OpResult(
        _occasion_change(ids, previous, dict.fromkeys(previous, occasion_id), occasion_id),
        undo=claimed.then(
            partial(
                undo_set_occasion,
                previous=previous,
                occasion_id=occasion_id,
                occasion_name=occasion_name,
            )
        ),
        message=str(message),
    )


def undo_set_occasion(
    session: Session,
    claimed: Claimed,
    previous: Mapping[int, int | None],
    occasion_id: int | None,
    occasion_name: str | None,
) -> OpResult:
    bulk.undo_set_occasion(session, previous, present=claimed.complete)
    again = partial(_set_occasion, occasion_id=occasion_id, occasion_name=occasion_name)
    return OpResult(
        _occasion_change(claimed.gift_ids, previous, previous, occasion_id),
        undo=claimed.then(again, bulk.OCCASION_COLUMNS),
    )


def _occasion_change(
    gift_ids: tuple[int, ...],
    previous: Mapping[int, int | None],
    values: Mapping[int, int | None],
    occasion_id: int | None,
) -> Change:
    occasions = {o for o in previous.values() if o is not None}
    if occasion_id is not None:
        occasions.add(occasion_id)
    return Change(
        gifts=frozenset(gift_ids),
        occasions=frozenset(occasions),
        gift_values={"occasion_id": values},
    )


# -- recipients ---------------------------------------------------------------


def _add_recipient(
    session: Session, claimed: Claimed, person_id: int, person_name: str
) -> OpResult:
    ids = claimed.gift_ids
    added = bulk.add_recipient(session, ids, person_id, present=claimed.complete)
    count, already = len(added), len(ids) - len(added)
    message = translatable(
        "BulkOperations", "{name} added as recipient of %Ln gift(s)", None, count
    ).format(name=person_name)
    if already:
        message = translatable(
            "BulkOperations", "{sentence} (%Ln already had them)", None, already
        ).format(sentence=message)
    return OpResult(
        _recipient_change(ids, person_id),
        undo=claimed.then(
            partial(
                _take_back_recipient,
                changed=tuple(added),
                person_id=person_id,
                person_name=person_name,
                added=True,
            )
        ),
        message=str(message),
    )


def _remove_recipient(
    session: Session, claimed: Claimed, person_id: int, person_name: str
) -> OpResult:
    ids = claimed.gift_ids
    removed = bulk.remove_recipient(session, ids, person_id, present=claimed.complete)
    count = len(removed)
    if removed:
        message = translatable(
            "BulkOperations", "{name} removed as recipient of %Ln gift(s)", None, count
        ).format(name=person_name)
    else:
        message = translatable(
            "BulkOperations", "{name} was not a recipient of these gifts; nothing changed"
        ).format(name=person_name)
    return OpResult(
        _recipient_change(ids, person_id),
        undo=claimed.then(
            partial(
                _take_back_recipient,
                changed=tuple(removed),
                person_id=person_id,
                person_name=person_name,
                added=False,
            )
        ),
        message=str(message),
    )


def _take_back_recipient(
    session: Session,
    claimed: Claimed,
    changed: tuple[int, ...],
    person_id: int,
    person_name: str,
    added: bool,
) -> OpResult:
    """Undo of adding (``added``) or removing a recipient: only the gifts it changed."""
    if added:
        bulk.undo_add_recipient(session, changed, person_id)
    else:
        bulk.undo_remove_recipient(session, changed, person_id, present=claimed.complete)
    again = _add_recipient if added else _remove_recipient
    return OpResult(
        _recipient_change(claimed.gift_ids, person_id),
        undo=claimed.then(partial(again, person_id=person_id, person_name=person_name)),
    )


def _recipient_change(gift_ids: tuple[int, ...], person_id: int) -> Change:
    return Change(gifts=frozenset(gift_ids), persons=frozenset({person_id}))


# -- the actions as the window runs them: the gifts' versions checked first ----

Versions = Mapping[int, int] | None


def checked(
    session: Session,
    gift_ids: Sequence[int],
    versions: Versions,
    op: Step,
    columns: Sequence[ColumnElement[Any]] = (),
) -> OpResult:
    """Run the step ``op`` on gifts nobody changed since they were seen.

    The gifts are locked, their versions checked and raised, and their
    ``columns`` read, in one statement (``row_versions.claim_rows``): a
    second computer's overlapping action waits, then is refused whole.
    ``versions``: {gift id: version seen}, or None. The step's own undo
    (``Claimed.then``) checks the versions it left, and raises them again.
    """
    ids = _ids(gift_ids)
    rows = claim_rows(session, gift_table, seen_versions(ids, versions), columns=columns)
    claimed = Claimed(
        ids, {g: tuple(r[1:]) for g, r in rows.items()}, {g: r[0] for g, r in rows.items()}
    )
    result = op(session, claimed)
    values = dict(result.change.gift_values)
    if values:  # rows patched in memory keep their version current (the others are read)
        named = set().union(*(set(by_gift) for by_gift in values.values()))
        values["version"] = {g: v for g, v in claimed.after.items() if g in named}
    return dataclasses.replace(
        result, change=dataclasses.replace(result.change, gift_values=values)
    )


def assign_purchaser(
    session: Session,
    gift_ids: Sequence[int],
    person_id: int | None,
    person_name: str | None,
    versions: Versions = None,
) -> OpResult:
    """Make ``person_id`` (None: nobody) the purchaser of every gift (see ``_assign_purchaser``)."""
    op = partial(_assign_purchaser, person_id=person_id, person_name=person_name)
    return checked(session, gift_ids, versions, op, columns=bulk.PURCHASER_COLUMNS)


def set_status(
    session: Session,
    gift_ids: Sequence[int],
    status: str,
    today: dt.date | None = None,
    versions: Versions = None,
) -> OpResult:
    """Set the status of every gift (see ``_set_status``)."""
    op = partial(_set_status, status=status, today=today)
    return checked(session, gift_ids, versions, op, columns=bulk.STATUS_COLUMNS)


def set_occasion(
    session: Session,
    gift_ids: Sequence[int],
    occasion_id: int | None,
    occasion_name: str | None,
    versions: Versions = None,
) -> OpResult:
    """Move every gift to an occasion (see ``_set_occasion``)."""
    op = partial(_set_occasion, occasion_id=occasion_id, occasion_name=occasion_name)
    return checked(session, gift_ids, versions, op, columns=bulk.OCCASION_COLUMNS)


def add_recipient(
    session: Session,
    gift_ids: Sequence[int],
    person_id: int,
    person_name: str,
    versions: Versions = None,
) -> OpResult:
    op = partial(_add_recipient, person_id=person_id, person_name=person_name)
    return checked(session, gift_ids, versions, op)


def remove_recipient(
    session: Session,
    gift_ids: Sequence[int],
    person_id: int,
    person_name: str,
    versions: Versions = None,
) -> OpResult:
    op = partial(_remove_recipient, person_id=person_id, person_name=person_name)
    return checked(session, gift_ids, versions, op)
