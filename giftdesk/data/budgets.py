"""A person's budgets per occasion: read, set (both empty removes) and restore."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import ColumnElement, and_, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from giftdesk.data.checks import require_occasion, require_people
from giftdesk.data.errors import ConflictError
from giftdesk.data.messages import translatable
from giftdesk.data.models import occasions, person_occasions, persons
from giftdesk.data.money import check_cents
from giftdesk.data.records import BudgetRecord
from giftdesk.data.row_versions import note_left, versions_accepted


def get_budget(session: Session, person_id: int, occasion_id: int) -> BudgetRecord | None:
    found = budgets_where(
        session,
        and_(
            person_occasions.c.person_id == person_id,
            person_occasions.c.occasion_id == occasion_id,
        ),
    )
    return found[0] if found else None


def set_budget(session: Session, record: BudgetRecord) -> BudgetRecord | None:
    """Set a person's budgets for an occasion (both None removes the row).

    Returns the previous budgets (or None) for undo.
    """
    return change_budget(session, record)[0]


def change_budget(
    session: Session, record: BudgetRecord, seen: int | None = None
) -> tuple[BudgetRecord | None, int]:
    """``set_budget``, checking the version of the budgets row the change is based on.

    ``seen``: that version (0: there was no row; None: not known, not
    checked). A row changed, added or removed meanwhile on another computer
    refuses the change (``ConflictError``, nothing written); so does one that
    moves between this read and the write (the write states the version it
    read). Every write raises the version. Returns the previous budgets (or
    None) and the version the row has now (0: no row).
    """
    recipient = check_cents("recipient_budget", record.recipient_budget_cents)
    purchaser = check_cents("purchaser_budget", record.purchaser_budget_cents)
    require_people(session, [record.person_id])
    require_occasion(session, record.occasion_id)
    old = get_budget(session, record.person_id, record.occasion_id)
    row_id = old.id if old is not None else None
    current = old.version if old is not None else 0
    if (
        seen is not None
        and current != seen
        and (
            row_id is None
            or current not in versions_accepted(session, person_occasions, row_id, seen)
        )
    ):
        raise _changed_elsewhere(session, record)
    if row_id is not None:
        this_row = and_(person_occasions.c.id == row_id, person_occasions.c.version == current)
    if recipient is None and purchaser is None:
        if row_id is None:
            return None, 0
        gone = session.execute(
            delete(person_occasions).where(this_row).returning(person_occasions.c.id)
        ).scalar()
        if gone is None:
            raise _changed_elsewhere(session, record)
        return old, 0
    if row_id is None:
        # A row added meanwhile elsewhere (committed after this read) refuses the change.
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        added = session.execute(
            dialect.insert(person_occasions)
            .values(
                person_id=record.person_id,
                occasion_id=record.occasion_id,
                recipient_budget_cents=recipient,
                purchaser_budget_cents=purchaser,
            )
            .on_conflict_do_nothing(index_elements=["person_id", "occasion_id"])
            .returning(person_occasions.c.id, person_occasions.c.version)
        ).first()
        if added is None:
            raise _changed_elsewhere(session, record)
        row_id, version = added
    else:
        version = session.execute(
            update(person_occasions)
            .where(this_row)
            .values(
                recipient_budget_cents=recipient,
                purchaser_budget_cents=purchaser,
                version=person_occasions.c.version + 1,
            )
            .returning(person_occasions.c.version)
        ).scalar()
        if version is None:
            raise _changed_elsewhere(session, record)
    note_left(session, person_occasions, {row_id: version})
    return old, version


def _changed_elsewhere(session: Session, record: BudgetRecord) -> ConflictError:
    """The refusal of a budget change based on a row changed meanwhile (names read now)."""
    person = session.scalar(select(persons.c.name).where(persons.c.id == record.person_id))
    occasion = session.scalar(select(occasions.c.name).where(occasions.c.id == record.occasion_id))
    return ConflictError(
        translatable(
            "Shared",
            "{name}'s budgets for {occasion} were changed on another computer a moment ago; "
            "your change was not saved. The budget panel shows the latest.",
        ).format(name=person or "?", occasion=occasion or "?")
    )


def restore_budget(
    session: Session, person_id: int, occasion_id: int, previous: BudgetRecord | None
) -> None:
    """Undo ``set_budget``: put back the previous budgets (or none)."""
    set_budget(session, previous or BudgetRecord(person_id, occasion_id))


def list_budgets(session: Session) -> list[BudgetRecord]:
    return budgets_where(session, None)


def budgets_where(session: Session, where: ColumnElement[bool] | None) -> list[BudgetRecord]:
    query = select(
        person_occasions.c.person_id,
        person_occasions.c.occasion_id,
        person_occasions.c.recipient_budget_cents,
        person_occasions.c.purchaser_budget_cents,
        person_occasions.c.version,
        person_occasions.c.id,
    ).order_by(person_occasions.c.occasion_id, person_occasions.c.person_id)
    if where is not None:
        query = query.where(where)
    return [BudgetRecord(*row) for row in session.execute(query)]


def insert_budgets(session: Session, budgets: Iterable[BudgetRecord]) -> None:
    """Put budgets rows back (undo of a person's or an occasion's delete).

    With the ids they had and one version above the one they were removed
    at: a change based on them as they were before is refused, and this
    program's own earlier budget steps still undo (``row_versions``).
    """
    budgets = list(budgets)
    if not budgets:
        return
    same_ids = all(b.id is not None for b in budgets)
    versions = [b.version + 1 if b.version else 1 for b in budgets]
    rows = []
    for b, version in zip(budgets, versions, strict=True):
        row: dict[str, object] = {
            "person_id": b.person_id,
            "occasion_id": b.occasion_id,
            "recipient_budget_cents": b.recipient_budget_cents,
            "purchaser_budget_cents": b.purchaser_budget_cents,
            "version": version,
        }
        if same_ids:
            row["id"] = b.id
        rows.append(row)
    session.execute(insert(person_occasions), rows)
    if same_ids:
        left = {b.id: v for b, v in zip(budgets, versions, strict=True) if b.id is not None}
        note_left(session, person_occasions, left)
