"""``column IN (ids)`` for thousands of ids, as one parameter.

SQLAlchemy's expanding ``IN`` turns 10,000 ids into 10,000 bound parameters,
coerced one by one in Python, and SQLite caps the number of parameters per
statement, so large sets had to be cut into chunks of 500: twenty statements
where one would do, most of the time spent outside SQLite. SQLite reads a
JSON array in C: ``column IN (SELECT value FROM json_each(:ids))`` takes any
number of ids as one text parameter, the statement text never changes (it is
compiled once and cached) and the work stays set-based.

``json_each`` is built into SQLite since 3.38 (every Python this program
supports bundles a newer one); with an older library ``where_in`` falls back
to chunks of 500 expanded ids (``JSON_IDS_SUPPORTED``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from sqlalchemy import ColumnElement, bindparam, func, literal_column, select
from sqlalchemy.types import Text

JSON_IDS_SUPPORTED = sqlite3.sqlite_version_info >= (3, 38, 0)


def json_ids(ids: Iterable[int]) -> str:
    """The ids as a JSON array (``"[1,2,3]"``), sorted and without repeats."""
    return json.dumps(sorted({int(i) for i in ids}), separators=(",", ":"))


def in_ids(column: ColumnElement, ids: Iterable[int] | str) -> ColumnElement[bool]:
    """``column IN (SELECT value FROM json_each(:ids))`` — one parameter, any size."""
    payload = ids if isinstance(ids, str) else json_ids(ids)
    values = select(literal_column("value")).select_from(
        func.json_each(bindparam(None, payload, type_=Text))
    )
    return column.in_(values)


FALLBACK_CHUNK = 500


def where_in(column: ColumnElement, ids: Iterable[int]) -> list[ColumnElement[bool]]:
    """``column IN ids`` as clauses to run one after the other (one, normally).

    One JSON-array parameter for any number of ids; on an SQLite without
    ``json_each``, one clause per chunk of 500 ids. No ids: no clause.
    """
    unique = sorted({int(i) for i in ids})
    if not unique:
        return []
    if JSON_IDS_SUPPORTED:
        return [in_ids(column, json.dumps(unique, separators=(",", ":")))]
    return [
        column.in_(unique[start : start + FALLBACK_CHUNK])
        for start in range(0, len(unique), FALLBACK_CHUNK)
    ]
