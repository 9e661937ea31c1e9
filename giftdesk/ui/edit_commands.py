"""Superseded by ``giftdesk.data.operations`` run through ``giftdesk.ui.undo``; kept while
other branches still use it.

Undoable commands for creating, editing and deleting people, occasions and gifts.

Each function builds one ``DbCommand`` (see ``giftdesk.ui.commands``): it holds
ids and plain records, never ORM objects or indexes; every redo and undo is
its own unit of work and reports one ``Change``. Data captured by the first
apply (the new id, the previous record, a deletion snapshot) is kept on a
small step object so redo after undo repeats exactly the same thing.
Run them with ``run_undoable(stack, command)``: a refused action raises
``GiftdeskError`` and lands nowhere.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from giftdesk.data import repository as repo
from giftdesk.data.backup import ImportSummary
from giftdesk.data.database import Database
from giftdesk.data.errors import GiftdeskError
from giftdesk.data.models import gifts, occasions, persons
from giftdesk.data.records import GiftRecord, OccasionRecord, PersonRecord
from giftdesk.i18n import translate
from giftdesk.ui.changes import EVERYTHING, Change, ChangeHub
from giftdesk.ui.commands import DbCommand

ErrorHandler = Callable[[GiftdeskError], None] | None


def _gifts_of_person(session: Session, person_id: int) -> frozenset[int]:
    """Gifts whose rows show this person (as recipient, contributor or purchaser)."""
    from giftdesk.data.models import gift_people

    linked = session.scalars(
        select(gift_people.c.gift_id).where(gift_people.c.person_id == person_id)
    )
    bought = session.scalars(select(gifts.c.id).where(gifts.c.purchaser_id == person_id))
    return frozenset(linked) | frozenset(bought)


def _gifts_of_occasion(session: Session, occasion_id: int) -> frozenset[int]:
    return frozenset(session.scalars(select(gifts.c.id).where(gifts.c.occasion_id == occasion_id)))


# -- persons ------------------------------------------------------------------


class _CreatePerson:
    def __init__(self, record: PersonRecord) -> None:
        self.record = record
        self.person_id: int | None = None

    def apply(self, session: Session) -> Change:
        record = dataclasses.replace(self.record, id=self.person_id)
        self.person_id = repo.create_person(session, record)
        return Change(persons=frozenset({self.person_id}))

    def revert(self, session: Session) -> Change:
        assert self.person_id is not None
        deletion = repo.delete_person(session, self.person_id)
        touched = frozenset(g for g, _ in deletion.links) | frozenset(deletion.purchased_gift_ids)
        return Change(removed_persons=frozenset({self.person_id}), gifts=touched, budgets=True)


def create_person(
    db: Database, hub: ChangeHub, record: PersonRecord, on_error: ErrorHandler = None
) -> DbCommand:
    step = _CreatePerson(record)
    command = DbCommand(
        translate("EditCommands", "Add {name}").format(name=record.name.strip()),
        db,
        hub,
        step.apply,
        step.revert,
        on_error,
    )
    command.step = step  # type: ignore[attr-defined]
    return command


class _EditPerson:
    def __init__(self, record: PersonRecord) -> None:
        self.new = record
        self.old: PersonRecord | None = None

    def apply(self, session: Session) -> Change:
        self.old = repo.update_person(session, self.new)
        return self._change(session)

    def revert(self, session: Session) -> Change:
        assert self.old is not None
        repo.update_person(session, self.old)
        return self._change(session)

    def _change(self, session: Session) -> Change:
        assert self.new.id is not None
        return Change(
            persons=frozenset({self.new.id}), gifts=_gifts_of_person(session, self.new.id)
        )


def edit_person(
    db: Database, hub: ChangeHub, record: PersonRecord, on_error: ErrorHandler = None
) -> DbCommand:
    step = _EditPerson(record)
    return DbCommand(
        translate("EditCommands", "Edit {name}").format(name=record.name.strip()),
        db,
        hub,
        step.apply,
        step.revert,
        on_error,
    )


class _DeletePerson:
    def __init__(self, person_id: int) -> None:
        self.person_id = person_id
        self.deletion: repo.PersonDeletion | None = None  # type: ignore[name-defined]

    def apply(self, session: Session) -> Change:
        self.deletion = repo.delete_person(session, self.person_id)
        return Change(
            removed_persons=frozenset({self.person_id}), gifts=self._touched(), budgets=True
        )

    def revert(self, session: Session) -> Change:
        assert self.deletion is not None
        repo.restore_person(session, self.deletion)
        return Change(persons=frozenset({self.person_id}), gifts=self._touched(), budgets=True)

    def _touched(self) -> frozenset[int]:
        assert self.deletion is not None
        return frozenset(g for g, _ in self.deletion.links) | frozenset(
            self.deletion.purchased_gift_ids
        )


def delete_person(
    db: Database, hub: ChangeHub, person_id: int, name: str, on_error: ErrorHandler = None
) -> DbCommand:
    step = _DeletePerson(person_id)
    return DbCommand(
        translate("EditCommands", "Delete {name}").format(name=name),
        db,
        hub,
        step.apply,
        step.revert,
        on_error,
    )


# -- occasions ----------------------------------------------------------------


class _CreateOccasion:
    def __init__(self, record: OccasionRecord) -> None:
        self.record = record
        self.occasion_id: int | None = None

    def apply(self, session: Session) -> Change:
        record = dataclasses.replace(self.record, id=self.occasion_id)
        self.occasion_id = repo.create_occasion(session, record)
        return Change(occasions=frozenset({self.occasion_id}))

    def revert(self, session: Session) -> Change:
        assert self.occasion_id is not None
        deletion = repo.delete_occasion(session, self.occasion_id)
        return Change(
            removed_occasions=frozenset({self.occasion_id}),
            gifts=frozenset(deletion.gift_ids),
            budgets=True,
        )


def create_occasion(
    db: Database, hub: ChangeHub, record: OccasionRecord, on_error: ErrorHandler = None
) -> DbCommand:
    step = _CreateOccasion(record)
    command = DbCommand(
        translate("EditCommands", "Add {name}").format(name=record.name.strip()),
        db,
        hub,
        step.apply,
        step.revert,
        on_error,
    )
    command.step = step  # type: ignore[attr-defined]
    return command


class _EditOccasion:
    def __init__(self, record: OccasionRecord) -> None:
        self.new = record
        self.old: OccasionRecord | None = None

    def apply(self, session: Session) -> Change:
        self.old = repo.update_occasion(session, self.new)
        return self._change(session)

    def revert(self, session: Session) -> Change:
        assert self.old is not None
        repo.update_occasion(session, self.old)
        return self._change(session)

    def _change(self, session: Session) -> Change:
        assert self.new.id is not None
        return Change(
            occasions=frozenset({self.new.id}), gifts=_gifts_of_occasion(session, self.new.id)
        )


def edit_occasion(
    db: Database, hub: ChangeHub, record: OccasionRecord, on_error: ErrorHandler = None
) -> DbCommand:
    step = _EditOccasion(record)
    return DbCommand(
        translate("EditCommands", "Edit {name}").format(name=record.name.strip()),
        db,
        hub,
        step.apply,
        step.revert,
        on_error,
    )


class _DeleteOccasion:
    def __init__(self, occasion_id: int) -> None:
        self.occasion_id = occasion_id
        self.deletion: Any = None

    def apply(self, session: Session) -> Change:
        self.deletion = repo.delete_occasion(session, self.occasion_id)
        return Change(
            removed_occasions=frozenset({self.occasion_id}),
            gifts=frozenset(self.deletion.gift_ids),
            budgets=True,
        )

    def revert(self, session: Session) -> Change:
        repo.restore_occasion(session, self.deletion)
        return Change(
            occasions=frozenset({self.occasion_id}),
            gifts=frozenset(self.deletion.gift_ids),
            budgets=True,
        )


def delete_occasion(
    db: Database, hub: ChangeHub, occasion_id: int, name: str, on_error: ErrorHandler = None
) -> DbCommand:
    step = _DeleteOccasion(occasion_id)
    return DbCommand(
        translate("EditCommands", "Delete {name}").format(name=name),
        db,
        hub,
        step.apply,
        step.revert,
        on_error,
    )


# -- gifts --------------------------------------------------------------------


class _CreateGifts:
    def __init__(self, records: Sequence[GiftRecord]) -> None:
        self.records = list(records)
        self.gift_ids: list[int] = []

    def apply(self, session: Session) -> Change:
        if self.gift_ids:  # redo: the same ids again
            records = [
                dataclasses.replace(r, id=i)
                for r, i in zip(self.records, self.gift_ids, strict=True)
            ]
            for record in records:
                repo.create_gift(session, record)
        else:
            self.gift_ids = [repo.create_gift(session, r) for r in self.records]
        return Change(gifts=frozenset(self.gift_ids))

    def revert(self, session: Session) -> Change:
        repo.delete_gifts(session, self.gift_ids)
        return Change(removed_gifts=frozenset(self.gift_ids))


def create_gifts(
    db: Database, hub: ChangeHub, records: Sequence[GiftRecord], on_error: ErrorHandler = None
) -> DbCommand:
    """One command for one gift, or one per recipient ("a separate gift for each")."""
    step = _CreateGifts(records)
    text = (
        translate("EditCommands", "Add {name}").format(name=records[0].name.strip())
        if len(records) == 1
        else translate("EditCommands", "Add {count} × {name}").format(
            count=len(records), name=records[0].name.strip()
        )
    )
    command = DbCommand(text, db, hub, step.apply, step.revert, on_error)
    command.step = step  # type: ignore[attr-defined]
    return command


class _EditGift:
    def __init__(self, record: GiftRecord) -> None:
        self.new = record
        self.old: GiftRecord | None = None

    def apply(self, session: Session) -> Change:
        self.old = repo.update_gift(session, self.new)
        return self._change()

    def revert(self, session: Session) -> Change:
        assert self.old is not None
        repo.update_gift(session, self.old)
        return self._change()

    def _change(self) -> Change:
        assert self.new.id is not None
        return Change(gifts=frozenset({self.new.id}))


def edit_gift(
    db: Database, hub: ChangeHub, record: GiftRecord, on_error: ErrorHandler = None
) -> DbCommand:
    step = _EditGift(record)
    return DbCommand(
        translate("EditCommands", "Edit {name}").format(name=record.name.strip()),
        db,
        hub,
        step.apply,
        step.revert,
        on_error,
    )


class _SetGiftFields:
    def __init__(self, gift_id: int, changes: dict[str, object]) -> None:
        self.gift_id = gift_id
        self.changes = changes
        self.previous: dict[str, object] | None = None

    def apply(self, session: Session) -> Change:
        self.previous = repo.set_gift_fields(session, self.gift_id, **self.changes)
        return Change(gifts=frozenset({self.gift_id}))

    def revert(self, session: Session) -> Change:
        assert self.previous is not None
        repo.set_gift_fields(session, self.gift_id, **self.previous)
        return Change(gifts=frozenset({self.gift_id}))


FIELD_LABELS = {
    "status": translate("EditCommands", "status"),
    "price_cents": translate("EditCommands", "price"),
    "sale_price_cents": translate("EditCommands", "sale price"),
    "quantity": translate("EditCommands", "quantity"),
}


def set_gift_fields(
    db: Database,
    hub: ChangeHub,
    gift_id: int,
    gift_name: str,
    changes: dict[str, object],
    on_error: ErrorHandler = None,
) -> DbCommand:
    """An in-place cell edit (status, price, quantity) of one gift."""
    step = _SetGiftFields(gift_id, changes)
    label = ", ".join(FIELD_LABELS.get(k, k.replace("_", " ")) for k in changes)
    return DbCommand(
        translate("EditCommands", "Change {field} of {gift}").format(field=label, gift=gift_name),
        db,
        hub,
        step.apply,
        step.revert,
        on_error,
    )


class _DeleteGifts:
    def __init__(self, gift_ids: Sequence[int]) -> None:
        self.gift_ids = sorted(set(gift_ids))
        self.removed: list[GiftRecord] = []

    def apply(self, session: Session) -> Change:
        self.removed = repo.delete_gifts(session, self.gift_ids)
        return Change(removed_gifts=frozenset(self.gift_ids))

    def revert(self, session: Session) -> Change:
        repo.restore_gifts(session, self.removed)
        return Change(gifts=frozenset(self.gift_ids))


def delete_gifts(
    db: Database,
    hub: ChangeHub,
    gift_ids: Sequence[int],
    single_name: str | None = None,
    on_error: ErrorHandler = None,
) -> DbCommand:
    """Delete one or many gifts as one command (one undo brings them all back)."""
    step = _DeleteGifts(gift_ids)
    count = len(step.gift_ids)
    text = (
        translate("EditCommands", "Delete {name}").format(name=single_name)
        if single_name
        else translate("EditCommands", "Delete %Ln gift(s)", None, count)
    )
    return DbCommand(text, db, hub, step.apply, step.revert, on_error)


# -- the example family -------------------------------------------------------


class _LoadDemo:
    """Load the example family; undo removes exactly the rows it added (by id).

    Never a range of ids: rows another program added meanwhile are not ours.
    """

    def __init__(self) -> None:
        self.added: ImportSummary | None = None

    def apply(self, session: Session) -> Change:
        from giftdesk.data.demo import load_demo

        self.added = load_demo(session)
        return EVERYTHING

    def revert(self, session: Session) -> Change:
        assert self.added is not None
        # Links and budgets go with their gifts and people (ON DELETE CASCADE).
        session.execute(delete(gifts).where(gifts.c.id.in_(self.added.gift_ids)))
        session.execute(delete(occasions).where(occasions.c.id.in_(self.added.occasion_ids)))
        session.execute(delete(persons).where(persons.c.id.in_(self.added.person_ids)))
        return EVERYTHING


def load_example_family(db: Database, hub: ChangeHub, on_error: ErrorHandler = None) -> DbCommand:
    step = _LoadDemo()
    return DbCommand(
        translate("EditCommands", "Load example family"), db, hub, step.apply, step.revert, on_error
    )
