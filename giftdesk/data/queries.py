"""Small read-only questions about a file's contents."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from giftdesk.data.models import gifts, occasions, persons


def is_empty(session: Session) -> bool:
    """True when the file has no people, occasions or gifts yet."""
    return not any(
        session.scalar(select(exists().select_from(table))) for table in (persons, occasions, gifts)
    )
