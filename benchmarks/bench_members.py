"""Row-level security's price: the budget summary on the organiser's connection.

On a PostgreSQL server (``GIFTDESK_BENCH_POSTGRES``, default
``postgresql://root@127.0.0.1:5432/test``, a role that may create roles and
databases) the harness's family (100,000 gifts by default) is imported into
a fresh database owned by a plain (non-superuser) organiser role, which is
what a family's server has: superusers pass every policy, so measuring as
one would prove nothing. A member is added, so the policies have someone to
hide gifts from. Then, on the organiser's connection, in one run:

- ``summary, policies on``: ``compute_budget_summary(session, ALL)`` with
  row-level security enabled and forced (migration 0007);
- ``summary, no policies``: the same call after the organiser disabled row
  security on those tables — the baseline;
- ``summary as the member``: the same call on the member's connection
  (every row passes the policy function), for information.

The two organiser variants alternate sample by sample, so a drift of the
machine affects both. Goal (issue): policies on ≤ 1.5× no policies.
Skipped (with the reason) when the server cannot be used.

    python -m benchmarks --only members          # or: python -m benchmarks.bench_members
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from benchmarks.generate import family_backup
from benchmarks.harness import Context, Result
from giftdesk.data.backup import import_backup
from giftdesk.data.budget import ALL, compute_budget_summary
from giftdesk.data.database import open_database
from giftdesk.data.members import add_member, drop_login_if_left

SERVER = os.environ.get("GIFTDESK_BENCH_POSTGRES", "postgresql://root@127.0.0.1:5432/test")
PROTECTED = ("gifts", "gift_people", "person_occasions", "members")


def run(ctx: Context) -> list[Result]:
    admin_url = make_url(SERVER).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    suffix = f"{os.getpid()}"
    organiser = f"giftdesk_bench_organiser_{suffix}"
    database = f"giftdesk_bench_members_{suffix}"
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE ROLE "{organiser}" LOGIN CREATEROLE')
            connection.exec_driver_sql(f'CREATE DATABASE "{database}" OWNER "{organiser}"')
    except Exception as error:  # noqa: BLE001 - any reason the server cannot be used
        admin.dispose()
        print(f"  skipped: the server {SERVER} cannot be used ({str(error).splitlines()[0]})")
        return []
    address = (
        admin_url.set(drivername="postgresql", username=organiser, password=None, database=database)
    ).render_as_string(hide_password=False)
    member = f"giftdesk_bench_member_{suffix}"
    db = open_database(address)
    try:
        start = time.perf_counter()
        with db.transaction() as session:
            import_backup(
                session,
                family_backup(ctx.people, ctx.occasions, ctx.gifts, ctx.options.get("seed", 2026)),
            )
        imported = time.perf_counter() - start
        with db.reading() as session:
            person = session.scalar(text("SELECT name FROM persons ORDER BY id LIMIT 1"))
        invitation = add_member(db, member, str(person))
        with db.transaction() as session:
            session.execute(
                text("ANALYZE persons, occasions, gifts, gift_people, person_occasions")
            )
        return _measure(ctx, db, invitation.address, imported)
    finally:
        try:
            drop_login_if_left(db, member)
        finally:
            db.close()
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{organiser}"')
            admin.dispose()


@contextmanager
def _policies(db, on: bool) -> Iterator[None]:  # type: ignore[no-untyped-def]
    if not on:
        with db.transaction() as session:
            for table in PROTECTED:
                session.execute(text(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY"))
                session.execute(text(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"))
    try:
        yield
    finally:
        if not on:
            with db.transaction() as session:
                for table in PROTECTED:
                    session.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
                    session.execute(text(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY"))


def _summary(db):  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return compute_budget_summary(session, ALL)


def _measure(ctx: Context, db, member_address: str, imported: float) -> list[Result]:  # type: ignore[no-untyped-def]
    with_policies: list[float] = []
    without: list[float] = []
    expected = _summary(db)
    with _policies(db, on=False):
        assert _summary(db) == expected  # the organiser's figures do not change
    for _ in range(ctx.repeat):
        for on, samples in ((True, with_policies), (False, without)):
            with _policies(db, on=on):
                _summary(db)  # warm the connection and the caches for this variant
                start = time.perf_counter()
                _summary(db)
                samples.append(time.perf_counter() - start)
    member_db = open_database(member_address)
    try:
        as_member = ctx.time(lambda: _summary(member_db), repeat=max(1, ctx.repeat // 2))
    finally:
        member_db.close()
    note = f"{ctx.gifts:,} gifts on PostgreSQL, imported as the organiser in {imported:.1f} s"
    return [
        Result("summary, no policies", without, items=ctx.gifts, item_label="gifts", note=note),
        Result(
            "summary, policies on",
            with_policies,
            baseline="summary, no policies",
            items=ctx.gifts,
            item_label="gifts",
        ),
        Result(
            "summary as the member",
            as_member,
            baseline="summary, no policies",
            items=ctx.gifts,
            item_label="gifts",
            note="every row passes the policy function (SECURITY DEFINER, one call per row)",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    from benchmarks.__main__ import main as run_all

    return run_all(["--only", "members", *(argv or [])])


if __name__ == "__main__":
    raise SystemExit(main())
