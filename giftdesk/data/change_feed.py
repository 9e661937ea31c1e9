"""Changes one giftdesk tells the others on a shared database (PostgreSQL NOTIFY).

``publish`` sends the ``Change`` of a unit of work with ``pg_notify`` inside
that same transaction, so the others hear of it exactly when (and only if)
it commits. A notification carries at most 8,000 bytes: ids travel as
ranges (``[1, 10000]`` for ten thousand neighbours), and a change that still
does not fit says "read everything again" instead. ``read_change`` turns a
payload back into a ``Change``; a giftdesk ignores the ones it sent itself.

Qt-free: the window's listener (``giftdesk.ui.live_updates``) reads the
notifications from the socket and hands the changes to its ``ChangeHub``.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from giftdesk.data.changes import EVERYTHING, Change
from giftdesk.data.members import NAMES_A_SECRET, secret_candidates

CHANNEL = "giftdesk_changes"
PAYLOAD_LIMIT = 7900  # PostgreSQL's limit is 8000 bytes
# Who sent a change when the caller does not say (``Database.origin`` does).
ORIGIN = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"

_ID_FIELDS = {
    "g": "gifts",
    "rg": "removed_gifts",
    "p": "persons",
    "rp": "removed_persons",
    "o": "occasions",
    "ro": "removed_occasions",
}
_ID_KEYS = {name: key for key, name in _ID_FIELDS.items()}


def publish(session: Session, change: Change, origin: str = ORIGIN) -> None:
    """Notify every listener of ``change`` when this transaction commits (PostgreSQL only)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    ids, removed = secret_candidates(change)
    if not ids and not removed:
        session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANNEL, "payload": payload_of(change, origin)},
        )
        return
    # Decided by the server in the same statement: no round trip more per change.
    session.execute(
        text(
            f"SELECT pg_notify(:channel, CASE WHEN {NAMES_A_SECRET} THEN :safe ELSE :payload END)"
        ),
        {
            "channel": CHANNEL,
            "payload": payload_of(change, origin),
            "safe": payload_of(EVERYTHING, origin),
            "ids": ids,
            "removed": removed,
        },
    )


def payload_of(change: Change, origin: str = ORIGIN) -> str:
    """The notification text for ``change`` (never over the payload limit)."""
    message: dict[str, object] = {"from": origin}
    if change.everything:
        message["e"] = 1
    else:
        for key, name in _ID_FIELDS.items():
            ids = getattr(change, name)
            if ids:
                message[key] = as_ranges(ids)
        if change.budgets:
            message["b"] = 1
    payload = json.dumps(message, separators=(",", ":"))
    if len(payload.encode()) > PAYLOAD_LIMIT:
        payload = json.dumps({"from": origin, "e": 1}, separators=(",", ":"))
    return payload


def read_change(payload: str) -> tuple[str | None, Change]:
    """(who sent it, what changed) from a notification; unreadable ones mean everything."""
    try:
        message = json.loads(payload)
        if not isinstance(message, dict):
            raise ValueError(payload)
        origin = message.get("from")
        if message.get("e"):
            return origin, EVERYTHING

        def ids(name: str) -> frozenset[int]:
            return frozenset(from_ranges(message.get(_ID_KEYS[name], [])))

        return origin, Change(
            gifts=ids("gifts"),
            removed_gifts=ids("removed_gifts"),
            persons=ids("persons"),
            removed_persons=ids("removed_persons"),
            occasions=ids("occasions"),
            removed_occasions=ids("removed_occasions"),
            budgets=bool(message.get("b")),
        )
    except (ValueError, TypeError):
        return None, EVERYTHING


def as_ranges(ids: Iterable[int]) -> list[int | list[int]]:
    """Sorted ids as single ids and ``[first, last]`` runs: ``[1, [3, 9]]``."""
    runs: list[list[int]] = []  # [first, last]
    for i in sorted(ids):
        if runs and i == runs[-1][1] + 1:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return [first if first == last else [first, last] for first, last in runs]


def from_ranges(ranges: Iterable[int | list[int]]) -> Iterable[int]:
    for item in ranges:
        if isinstance(item, list):
            first, last = item
            yield from range(int(first), int(last) + 1)
        else:
            yield int(item)
