"""Loading the example family as one undoable operation."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from giftdesk.data.changes import EVERYTHING
from giftdesk.data.demo import load_demo
from giftdesk.data.models import gifts, occasions, persons
from giftdesk.data.operations import OpResult


def load_example_family(session: Session) -> OpResult:
    """Add the example family; undo removes exactly the rows it added."""
    before = {
        "persons": session.scalar(select(func.max(persons.c.id))) or 0,
        "occasions": session.scalar(select(func.max(occasions.c.id))) or 0,
        "gifts": session.scalar(select(func.max(gifts.c.id))) or 0,
    }
    load_demo(session)
    return OpResult(EVERYTHING, undo=partial(remove_example_family, before=before))


def remove_example_family(session: Session, before: Mapping[str, int]) -> OpResult:
    """Delete the rows added after ``before`` (the largest ids before loading)."""
    session.execute(delete(gifts).where(gifts.c.id > before["gifts"]))
    session.execute(delete(occasions).where(occasions.c.id > before["occasions"]))
    session.execute(delete(persons).where(persons.c.id > before["persons"]))
    return OpResult(EVERYTHING, undo=load_example_family)
