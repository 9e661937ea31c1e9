"""``column IN (ids)`` for thousands of ids, portable and fast on SQLite.

SQLAlchemy's expanding ``IN`` turns 10,000 ids into 10,000 bound parameters,
coerced one by one in Python, and SQLite caps the number of parameters per
statement. On SQLite (3.38+, where ``json_each`` is built in) the ids travel
as one JSON-array parameter instead: ``column IN (SELECT value FROM
json_each(:ids))`` — read in C, any size, one cached statement.

The choice is made where SQL is compiled, per dialect (``@compiles``), so
the callers stay dialect-neutral: every other database (PostgreSQL for the
shared-family step) gets a plain expanding ``IN``, and so does an older
SQLite, except PostgreSQL: there the ids travel as one array parameter,
``column = ANY(:ids)``, one statement text whatever their number.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import BindParameter, ColumnElement, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import ARRAY, Boolean, Integer, Text

JSON_EACH_SINCE = (3, 38, 0)


class InIds(ColumnElement[bool]):
    """``column IN ids``; compiled per dialect (see the module docstring)."""

    type = Boolean()
    inherit_cache = True
    _is_implicitly_boolean = True  # a comparison: no "= 1" in WHERE
    _traverse_internals = [
        ("column", InternalTraversal.dp_clauseelement),
        ("as_json", InternalTraversal.dp_clauseelement),
        ("as_list", InternalTraversal.dp_clauseelement),
        ("as_array", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column: ColumnElement[Any], ids: list[int]) -> None:
        self.column = column
        self.as_json = bindparam(None, json.dumps(ids, separators=(",", ":")), type_=Text)
        self.as_list: BindParameter[list[int]] = bindparam(None, ids, expanding=True)
        as_array: Any = ids  # an ARRAY bind: typed by the column type, not the list
        self.as_array: BindParameter[Any] = bindparam(None, as_array, type_=ARRAY(Integer))


@compiles(InIds)
def _in_list(element: InIds, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.column.in_(element.as_list), **kw))


@compiles(InIds, "postgresql")
def _any_array(element: InIds, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    return f"{column} = ANY({compiler.process(element.as_array, **kw)})"


@compiles(InIds, "sqlite")
def _in_json_each(element: InIds, compiler: Any, **kw: Any) -> str:
    version = getattr(compiler.dialect, "dbapi_version_info", None) or _sqlite_version()
    if tuple(version) < JSON_EACH_SINCE:
        return _in_list(element, compiler, **kw)
    return (
        f"{compiler.process(element.column, **kw)} IN "
        f"(SELECT value FROM json_each({compiler.process(element.as_json, **kw)}))"
    )


def _sqlite_version() -> tuple[int, ...]:
    import sqlite3

    return sqlite3.sqlite_version_info


def where_in(column: ColumnElement[Any], ids: Iterable[int]) -> list[ColumnElement[bool]]:
    """``column IN ids`` as a list of clauses (one, or none when there are no ids)."""
    unique = sorted({int(i) for i in ids})
    return [InIds(column, unique)] if unique else []
