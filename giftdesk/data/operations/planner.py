"""The year-round planner's actions as operations: plan again, plan a birthday, import a sheet.

Each undo removes exactly the rows its action created, by the ids it
recorded; undoing that undo does the action again.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from sqlalchemy.orm import Session

from giftdesk.data import rollover as rollovers
from giftdesk.data import spreadsheet, upcoming
from giftdesk.data.changes import Change
from giftdesk.data.models import gifts as gift_table
from giftdesk.data.models import occasions as occasion_table
from giftdesk.data.models import persons as person_table
from giftdesk.data.operations import OpResult
from giftdesk.data.operations.occasions import delete_occasion
from giftdesk.data.row_versions import delete_created


def rollover(
    session: Session, occasion_id: int, name: str, date: dt.date | None = None
) -> OpResult:
    """A new occasion like ``occasion_id`` a year later (or on ``date``)."""
    done = rollovers.rollover_occasion(session, occasion_id, name, date)
    return OpResult(
        Change(
            occasions=frozenset({done.occasion_id}),
            gifts=frozenset(done.gift_ids),
            budgets=True,
        ),
        undo=partial(remove_rollover, done=done),
        message=done.sentence(),
        created=(done.occasion_id,),
    )


def rollover_named(
    session: Session, occasion: str, name: str, date: dt.date | None = None
) -> OpResult:
    """``rollover`` of the occasion called ``occasion`` (the command line names it)."""
    return rollover(session, rollovers.find_occasion(session, occasion), name, date)


def remove_rollover(session: Session, done: rollovers.Rollover) -> OpResult:
    """Undo of a rollover; refused when another computer changed what it created."""
    # The rows ``rollovers.undo_rollover`` removes (links and budgets cascade), checked.
    delete_created(session, gift_table, done.gift_ids)
    delete_created(session, occasion_table, (done.occasion_id,))
    return OpResult(
        Change(
            removed_occasions=frozenset({done.occasion_id}),
            removed_gifts=frozenset(done.gift_ids),
            budgets=True,
        ),
        undo=partial(rollover, occasion_id=done.source_id, name=done.name, date=done.date),
    )


def plan_birthday(session: Session, person_id: int, today: dt.date) -> OpResult:
    """The ``birthday`` occasion for the person's next birthday."""
    occasion_id = upcoming.plan_birthday(session, person_id, today)
    return OpResult(
        Change(occasions=frozenset({occasion_id})),
        # Undo removes it only if nobody changed it meanwhile (version 1).
        undo=partial(delete_occasion, occasion_id=occasion_id, version=1),
        created=(occasion_id,),
    )


def import_spreadsheet(session: Session, plan: spreadsheet.ImportPlan) -> OpResult:
    """Every gift of a checked spreadsheet, with the people and occasions it names."""
    done = spreadsheet.import_plan(session, plan)
    return OpResult(
        Change(
            gifts=frozenset(done.gift_ids),
            persons=frozenset(done.person_ids),
            occasions=frozenset(done.occasion_ids),
        ),
        undo=partial(remove_spreadsheet_import, done=done, plan=plan),
        message=done.sentence(),
        created=done.gift_ids,
    )


def remove_spreadsheet_import(
    session: Session, done: spreadsheet.SpreadsheetImport, plan: spreadsheet.ImportPlan
) -> OpResult:
    # The rows ``spreadsheet.undo_import`` removes (links cascade), refused when
    # another computer changed any of them.
    for table, ids in (
        (gift_table, done.gift_ids),
        (occasion_table, done.occasion_ids),
        (person_table, done.person_ids),
    ):
        delete_created(session, table, ids)
    return OpResult(
        Change(
            removed_gifts=frozenset(done.gift_ids),
            removed_persons=frozenset(done.person_ids),
            removed_occasions=frozenset(done.occasion_ids),
        ),
        undo=partial(import_spreadsheet, plan=plan),
    )
