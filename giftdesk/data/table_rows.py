"""Rows for the three tables: people, occasions and gifts as plain frozen rows.

Read-only; each reader runs a fixed number of queries whatever the number of
rows, and the gift reader is the window's load path at 100,000 gifts.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping, Sequence
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from giftdesk.data.costs import GIFT_COST_CENTS
from giftdesk.data.database import on_server
from giftdesk.data.fields import BOUGHT_STATUSES, PLANNED_STATUSES
from giftdesk.data.id_sets import where_in
from giftdesk.data.models import gift_people, gifts, occasions, persons
from giftdesk.data.records import GiftRow, OccasionRow, PersonRow


def list_person_rows(session: Session) -> list[PersonRow]:
    receiving = (
        select(gift_people.c.person_id, func.count().label("n"))
        .where(gift_people.c.role == "recipient")
        .group_by(gift_people.c.person_id)
        .subquery()
    )
    buying = (
        select(gifts.c.purchaser_id.label("person_id"), func.count().label("n"))
        .where(gifts.c.purchaser_id.is_not(None))
        .group_by(gifts.c.purchaser_id)
        .subquery()
    )
    query = (
        select(
            persons.c.id,
            persons.c.name,
            persons.c.relationship,
            persons.c.birthdate,
            func.coalesce(receiving.c.n, 0),
            func.coalesce(buying.c.n, 0),
            persons.c.version,
        )
        .outerjoin(receiving, receiving.c.person_id == persons.c.id)
        .outerjoin(buying, buying.c.person_id == persons.c.id)
        .order_by(persons.c.id)
    )
    return [PersonRow(*row) for row in session.execute(query)]


def list_occasion_rows(session: Session) -> list[OccasionRow]:
    cost = GIFT_COST_CENTS
    totals = (
        select(
            gifts.c.occasion_id,
            func.count().label("n"),
            func.sum(case((gifts.c.status.in_(PLANNED_STATUSES), cost), else_=0)).label("planned"),
            func.sum(case((gifts.c.status.in_(BOUGHT_STATUSES), cost), else_=0)).label("bought"),
        )
        .group_by(gifts.c.occasion_id)
        .subquery()
    )
    query = (
        select(
            occasions.c.id,
            occasions.c.name,
            occasions.c.type,
            occasions.c.date,
            occasions.c.budget_cents,
            func.coalesce(totals.c.n, 0),
            func.coalesce(totals.c.planned, 0),
            func.coalesce(totals.c.bought, 0),
            occasions.c.version,
        )
        .outerjoin(totals, totals.c.occasion_id == occasions.c.id)
        .order_by(occasions.c.id)
    )
    return [OccasionRow(*row) for row in session.execute(query)]


Names = Mapping[int, str]


def list_table_rows(
    session: Session, gifts: bool = True
) -> tuple[list[GiftRow], list[PersonRow], list[OccasionRow]]:
    """The rows of all three tables (``gifts`` False: no gift rows).

    The gift rows take their people's and occasions' names from the rows of
    the other two tables: no statement reads them twice.
    """
    person_rows = list_person_rows(session)
    occasion_rows = list_occasion_rows(session)
    gift_rows = (
        list_gift_rows(
            session,
            names={r.id: r.name for r in person_rows},
            occasion_names={r.id: r.name for r in occasion_rows},
        )
        if gifts
        else []
    )
    return gift_rows, person_rows, occasion_rows


def list_gift_rows(
    session: Session,
    gift_ids: Sequence[int] | None = None,
    *,
    names: Names | None = None,
    occasion_names: Names | None = None,
) -> list[GiftRow]:
    """Rows for the gift table: all gifts, or just ``gift_ids`` (partial refresh).

    ``names``/``occasion_names``: {id: name} of every person/occasion, when
    the caller has just read them (else they are read here).
    """
    if gift_ids is not None:
        return _gift_rows(session, gift_ids, names, occasion_names)
    # 100,000 new tuples would set off dozens of garbage collections that find
    # nothing (rows hold no cycles) and double the load time: pause it.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _gift_rows(session, None, names, occasion_names)
    finally:
        if collecting:
            gc.enable()


def _gift_rows(
    session: Session,
    gift_ids: Sequence[int] | None,
    names: Names | None = None,
    occasion_names: Names | None = None,
) -> list[GiftRow]:
    """The rows of ``list_gift_rows``.

    This is the main window's load path at 100,000 gifts, so it fetches with
    ``.all()`` (one ``fetchall``, not a fetch per row), leaves the purchase
    date to the row loop (see ``_purchase_date_converter``) and builds rows
    without argument handling.
    """
    columns = (
        gifts.c.id,
        gifts.c.name,
        gifts.c.occasion_id,
        gifts.c.status,
        gifts.c.priority,
        gifts.c.price_cents,
        gifts.c.sale_price_cents,
        gifts.c.quantity,
        gifts.c.store,
        # As the driver hands it over: a result processor on one column makes
        # SQLAlchemy process every row (about 8 % of the load); few gifts have a date.
        type_coerce(gifts.c.purchase_date, NullType()),
        gifts.c.purchaser_id,
        gifts.c.version,
    )
    to_date = _purchase_date_converter(session)
    gift_query = select(*columns).order_by(gifts.c.id)
    # One query per role: two columns per row fetch faster than three. On a
    # server, where a statement costs a round trip, one query for both.
    roles: list[tuple[str, ...]] = [("recipient",), ("contributor",)]
    if on_server(session):
        roles = [("recipient", "contributor")]
    link_query = {role: _link_query(role) for role in roles}
    gift_rows: Sequence[Any]  # rows of 12 values
    link_rows: Mapping[tuple[str, ...], Sequence[Any]]  # roles → rows of (gift id, person id…)
    if gift_ids is None:
        gift_rows = session.execute(gift_query).all()
        link_rows = {role: session.execute(query).all() for role, query in link_query.items()}
    else:
        gift_rows, link_rows = _some_gift_rows(session, gift_ids, gift_query, link_query)
    if ("recipient", "contributor") in link_rows:
        both = link_rows[("recipient", "contributor")]
        recipients = _people_by_gift([r for r in both if r[2] == "recipient"])
        contributors = _people_by_gift([r for r in both if r[2] == "contributor"])
    else:
        recipients = _people_by_gift(link_rows[("recipient",)])
        contributors = _people_by_gift(link_rows[("contributor",)])
    if (
        names is not None
        and occasion_names is not None
        and not _all_named(gift_rows, recipients, names, occasion_names)
    ):
        names = occasion_names = None  # someone added since the caller read them: read here
    if names is None:
        names = dict(session.execute(select(persons.c.id, persons.c.name)).all())
    if occasion_names is None:
        occasion_names = dict(session.execute(select(occasions.c.id, occasions.c.name)).all())
    result: list[GiftRow] = []
    append = result.append
    empty: tuple[int, ...] = ()
    recipients_of, contributors_of = recipients.get, contributors.get
    occasion_name, person_name, name_of = occasion_names.get, names.get, names.__getitem__
    # ``GiftRow(*values)`` without the argument parsing (the values are complete).
    make_row = tuple.__new__
    join = ", ".join
    for gid, name, occ, status, prio, price, sale, qty, store, pdate, purchaser, v in gift_rows:
        if pdate is not None and to_date is not None:
            pdate = to_date(pdate)
        unit = sale if sale is not None else (price or 0)
        rec = recipients_of(gid, empty)
        append(
            make_row(
                GiftRow,
                (
                    gid,
                    name,
                    occ,
                    occasion_name(occ),
                    status,
                    prio,
                    price,
                    sale,
                    qty,
                    unit * qty,
                    store,
                    pdate,
                    purchaser,
                    person_name(purchaser),
                    rec,
                    # Nine gifts in ten have one recipient: no join for them.
                    name_of(rec[0]) if len(rec) == 1 else join(map(name_of, rec)),
                    contributors_of(gid, empty),
                    v,
                ),
            )
        )
    return result


def _all_named(
    gift_rows: Sequence[Any],
    recipients: Mapping[int, tuple[int, ...]],
    names: Names,
    occasion_names: Names,
) -> bool:
    """Whether the names a caller read name every person and occasion of these rows."""
    people = {row[10] for row in gift_rows}.union(*recipients.values()) - {None}
    used = {row[2] for row in gift_rows} - {None}
    return people <= names.keys() and used <= occasion_names.keys()


def _people_by_gift(rows: Sequence[Any]) -> dict[int, tuple[int, ...]]:
    """(gift id, person id) rows in gift id order → each gift's person ids."""
    gift_id, person_id = itemgetter(0), itemgetter(1)
    return {gift: tuple(map(person_id, links)) for gift, links in groupby(rows, gift_id)}


def _link_query(roles: tuple[str, ...]) -> Select[Any]:
    """(gift id, person id) of the links in ``roles``, and the role if more than one."""
    columns = [gift_people.c.gift_id, gift_people.c.person_id]
    which: ColumnElement[bool]
    if len(roles) > 1:
        columns.append(gift_people.c.role)
        which = gift_people.c.role.in_(roles)
    else:
        which = gift_people.c.role == roles[0]
    return select(*columns).where(which).order_by(gift_people.c.gift_id, gift_people.c.person_id)


def _purchase_date_converter(session: Session) -> Callable[[Any], Any] | None:
    """SQLAlchemy's own conversion of a DATE as this engine's driver returns it.

    ISO text to ``date`` on SQLite; ``None`` on PostgreSQL, whose driver
    already returns dates. Rows hold dates as dates on both engines.
    """
    dialect = session.get_bind().dialect
    converter: Callable[[Any], Any] | None = gifts.c.purchase_date.type.dialect_impl(
        dialect
    ).result_processor(dialect, None)
    return converter


def _some_gift_rows(
    session: Session,
    gift_ids: Sequence[int],
    gift_query: Select[Any],
    link_query: dict[tuple[str, ...], Select[Any]],
) -> tuple[list[Any], dict[tuple[str, ...], list[Any]]]:
    """The gift and link rows of ``gift_ids`` only (a partial refresh)."""
    gift_rows: list[Any] = []
    link_rows: dict[tuple[str, ...], list[Any]] = {role: [] for role in link_query}
    # The ids as one set per statement (10,000 after a bulk action).
    for in_gifts, in_links in zip(
        where_in(gifts.c.id, gift_ids), where_in(gift_people.c.gift_id, gift_ids), strict=True
    ):
        gift_rows += session.execute(gift_query.where(in_gifts)).all()
        for role, query in link_query.items():
            link_rows[role] += session.execute(query.where(in_links)).all()
    return gift_rows, link_rows


def count_gifts(session: Session) -> int:
    """How many gifts the file holds (without reading them)."""
    return session.scalar(select(func.count()).select_from(gifts)) or 0


def person_details(session: Session, columns: Sequence[str]) -> Sequence[Any]:
    """Every person's ``columns`` (not the figures: no gift is read), in id order.

    Rows with the columns as attributes (``row.id``).
    """
    query = select(*(persons.c[name] for name in columns)).order_by(persons.c.id)
    return session.execute(query).all()


def occasion_details(session: Session, columns: Sequence[str]) -> Sequence[Any]:
    """Every occasion's ``columns`` (not the figures: no gift is read), in id order.

    Rows with the columns as attributes (``row.id``).
    """
    query = select(*(occasions.c[name] for name in columns)).order_by(occasions.c.id)
    return session.execute(query).all()
