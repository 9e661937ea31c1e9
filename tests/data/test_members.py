"""Family members on a shared database: the database itself hides their own gifts.

Every case runs on the real test server. The member connects as themselves
with plain psycopg (no giftdesk in between), as they could with psql.
"""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from giftdesk.data.budget import ALL, compute_budget_summary
from giftdesk.data.database import Database, open_database
from giftdesk.data.members import Invitation, list_members, viewer

PLANNED = ("selected", "purchased", "received")
BOUGHT = ("purchased", "received")


def _organiser_rows(db: Database, sql: str, **params: object) -> list[tuple]:
    with db.reading() as session:
        return [tuple(row) for row in session.execute(text(sql), params)]


def _hidden_gift_ids(db: Database, person_id: int) -> set[int]:
    return {
        gift
        for (gift,) in _organiser_rows(
            db,
            "SELECT gift_id FROM gift_people WHERE person_id = :p AND role = 'recipient'",
            p=person_id,
        )
    }


def _member(invitation: Invitation) -> psycopg.Connection:
    return psycopg.connect(invitation.address, autocommit=True)


def test_a_member_reads_none_of_their_hidden_rows_from_any_table(
    shared_family: Database, family_member: Invitation
):
    maria = family_member.member.person_id
    hidden = _hidden_gift_ids(shared_family, maria)
    assert len(hidden) >= 3  # the example family has gifts for Maria
    tables = [
        name
        for (name,) in _organiser_rows(
            shared_family,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        )
    ]
    assert {"gifts", "gift_people", "person_occasions", "members"} <= set(tables)
    seen_somewhere = 0
    with shared_family.transaction() as session:
        session.execute(text("ANALYZE gifts, gift_people"))
    with _member(family_member) as connection:
        # The planner's statistics (most common names, prices) are not shown to her either.
        assert connection.execute(
            "SELECT count(*) FROM pg_stats WHERE tablename IN ('gifts', 'gift_people')"
        ).fetchone() == (0,)
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            columns = [c.name for c in cursor.description or ()]
            rows = cursor.fetchall()
            seen_somewhere += len(rows)
            gift_columns = [i for i, c in enumerate(columns) if c in ("gift_id",)]
            if table == "gifts":
                gift_columns = [columns.index("id")]
            for row in rows:
                for index in gift_columns:
                    assert row[index] not in hidden, (table, row)
            if table == "person_occasions":
                assert all(row[columns.index("person_id")] != maria for row in rows)
        everyone = _organiser_rows(shared_family, "SELECT count(*) FROM gifts")[0][0]
        assert connection.execute("SELECT count(*) FROM gifts").fetchone() == (
            everyone - len(hidden),
        )
        # Her own recipient links are gone too, not only the gifts.
        assert connection.execute(
            "SELECT count(*) FROM gift_people WHERE person_id = %s AND role = 'recipient'",
            (maria,),
        ).fetchone() == (0,)
        # The functions the policies call say nothing a SELECT would not.
        some_hidden = min(hidden)
        assert connection.execute(
            "SELECT giftdesk_gift_visible(%s)", (some_hidden,)
        ).fetchone() == (False,)
        assert connection.execute(
            "SELECT count(*) FROM gifts WHERE NOT giftdesk_gift_visible(id)"
        ).fetchone() == (0,)
    assert seen_somewhere > 0
    # The organiser still sees every budget of Maria's.
    assert (
        _organiser_rows(
            shared_family, "SELECT count(*) FROM person_occasions WHERE person_id = :p", p=maria
        )[0][0]
        > 0
    )


def test_a_hidden_gift_cannot_be_changed_or_deleted_by_id(
    shared_family: Database, family_member: Invitation
):
    hidden = min(_hidden_gift_ids(shared_family, family_member.member.person_id))
    before = _organiser_rows(shared_family, "SELECT * FROM gifts WHERE id = :g", g=hidden)
    with _member(family_member) as connection:
        assert (
            connection.execute(
                "UPDATE gifts SET name = 'Spoiled', status = 'purchased' WHERE id = %s", (hidden,)
            ).rowcount
            == 0
        )
        assert connection.execute("DELETE FROM gifts WHERE id = %s", (hidden,)).rowcount == 0
        assert (
            connection.execute(
                "UPDATE gift_people SET role = 'contributor' WHERE gift_id = %s", (hidden,)
            ).rowcount
            == 0
        )
        assert (
            connection.execute("DELETE FROM gift_people WHERE gift_id = %s", (hidden,)).rowcount
            == 0
        )
    assert _organiser_rows(shared_family, "SELECT * FROM gifts WHERE id = :g", g=hidden) == before


@pytest.mark.parametrize(
    "statement",
    [
        # a link onto a hidden gift would show it (and its links) to her
        "INSERT INTO gift_people (gift_id, person_id, role) VALUES ({hidden}, {other}, 'contributor')",
        "UPDATE gift_people SET gift_id = {hidden} WHERE gift_id = {visible}",
        # making herself a recipient of a gift she sees
        "INSERT INTO gift_people (gift_id, person_id, role) VALUES ({visible}, {me}, 'recipient')",
        # her own budgets are the organiser's
        "INSERT INTO person_occasions (person_id, occasion_id, recipient_budget_cents) "
        "VALUES ({me}, {occasion}, 100)",
        # choosing an id would tell a hidden gift's id from a free one
        "INSERT INTO gifts (id, name, status, priority, quantity) "
        "VALUES ({hidden}, 'Probe', 'idea', 'low', 1)",
        "UPDATE gifts SET id = {hidden} WHERE id = {visible}",
        # deleting a person or occasion would reach into hidden gifts
        "DELETE FROM persons WHERE id = {me}",
        "DELETE FROM occasions WHERE id = {occasion}",
        # members are the organiser's to manage
        "INSERT INTO members (role_name, person_id) VALUES ('intruder', {other})",
    ],
)
def test_writes_that_would_expose_a_hidden_gift_are_refused(
    shared_family: Database, family_member: Invitation, statement: str
):
    me = family_member.member.person_id
    hidden = min(_hidden_gift_ids(shared_family, me))
    (visible,) = _organiser_rows(
        shared_family,
        "SELECT min(gift_id) FROM gift_people WHERE gift_id NOT IN "
        "(SELECT gift_id FROM gift_people WHERE person_id = :p AND role = 'recipient')",
        p=me,
    )[0]
    other = _organiser_rows(shared_family, "SELECT min(id) FROM persons WHERE id <> :p", p=me)[0][0]
    occasion = _organiser_rows(shared_family, "SELECT min(id) FROM occasions")[0][0]
    snapshot = "SELECT (SELECT count(*) FROM gift_people), (SELECT count(*) FROM gifts), " \
        "(SELECT count(*) FROM person_occasions), (SELECT count(*) FROM members)"  # fmt: skip
    before = _organiser_rows(shared_family, snapshot)
    sql = statement.format(hidden=hidden, visible=visible, me=me, other=other, occasion=occasion)
    with _member(family_member) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(sql)
    assert _organiser_rows(shared_family, snapshot) == before


def test_a_member_buys_contributes_and_adds_gifts_for_others(
    shared_family: Database, family_member: Invitation
):
    me = family_member.member.person_id
    (gift,) = _organiser_rows(
        shared_family,
        "SELECT min(gift_id) FROM gift_people WHERE gift_id NOT IN "
        "(SELECT gift_id FROM gift_people WHERE person_id = :p AND role = 'recipient')",
        p=me,
    )[0]
    with _member(family_member) as connection, connection.transaction():
        connection.execute(
            "UPDATE gifts SET status = 'purchased', purchaser_id = %s WHERE id = %s", (me, gift)
        )
        new = connection.execute(
            "INSERT INTO gifts (name, status, priority, quantity) "
            "VALUES ('Scarf', 'idea', 'low', 1) RETURNING id"
        ).fetchone()[0]
        connection.execute(
            "INSERT INTO gift_people (gift_id, person_id, role) VALUES (%s, 1, 'recipient'), "
            "(%s, %s, 'contributor')",
            (new, new, me),
        )
    assert _organiser_rows(
        shared_family, "SELECT status, purchaser_id FROM gifts WHERE id = :g", g=gift
    ) == [("purchased", me)]
    assert _organiser_rows(
        shared_family,
        "SELECT person_id, role FROM gift_people WHERE gift_id = :g ORDER BY 1",
        g=new,
    ) == [(1, "recipient"), (me, "contributor")]


def _reference_summary(db: Database, hidden: set[int]) -> dict[object, tuple]:
    """SPEC §2 by hand, in plain Python, over the gifts not hidden."""
    gifts = {
        gid: (occ, status, (sale if sale is not None else price or 0) * qty, buyer)
        for gid, occ, status, price, sale, qty, buyer in _organiser_rows(
            db,
            "SELECT id, occasion_id, status, price_cents, sale_price_cents, quantity, "
            "purchaser_id FROM gifts",
        )
        if gid not in hidden
    }
    links: dict[int, dict[str, list[int]]] = {}
    for gid, pid, role in _organiser_rows(db, "SELECT gift_id, person_id, role FROM gift_people"):
        if gid in gifts:
            links.setdefault(gid, {}).setdefault(role, []).append(pid)
    result: dict[object, list[int]] = {}

    def share(people: list[int], cost: int) -> dict[int, int]:
        people = sorted(set(people))
        base, extra = divmod(cost, len(people))
        return {p: base + (1 if i < extra else 0) for i, p in enumerate(people)}

    for gid, (occ, status, cost, buyer) in gifts.items():
        total = result.setdefault(occ, [0, 0, 0, 0])
        total[0] += 1
        total[1] += cost if status in PLANNED else 0
        total[2] += cost if status in BOUGHT else 0
        total[3] += cost if status == "idea" else 0
        roles = links.get(gid, {})
        for pid, part in (
            share(roles.get("recipient", []), cost).items() if roles.get("recipient") else ()
        ):
            person = result.setdefault((occ, pid), [0, 0, 0, 0])
            person[0] += part if status in PLANNED else 0
            person[1] += part if status in BOUGHT else 0
        payers = roles.get("contributor", []) + ([buyer] if buyer is not None else [])
        for pid, part in share(payers, cost).items() if payers else ():
            person = result.setdefault((occ, pid), [0, 0, 0, 0])
            person[2] += part if status in PLANNED else 0
            person[3] += part if status in BOUGHT else 0
    return {key: tuple(value) for key, value in result.items()}


def _figures(db: Database) -> dict[object, tuple]:
    with db.reading() as session:
        summary = compute_budget_summary(session, ALL)
    figures: dict[object, tuple] = {}
    for occ in summary.occasions:
        if occ.gifts:
            figures[occ.occasion_id] = (
                occ.gifts,
                occ.planned_total_cents,
                occ.bought_total_cents,
                occ.ideas_total_cents,
            )
        for person in occ.people:
            row = (
                person.receiving_planned_cents,
                person.receiving_bought_cents,
                person.buying_planned_cents,
                person.buying_bought_cents,
            )
            if any(row):
                figures[(occ.occasion_id, person.person_id)] = row
    return figures


def _nonzero(reference: dict[object, tuple]) -> dict[object, tuple]:
    return {k: v for k, v in reference.items() if any(v)}


def test_the_members_budget_summary_is_the_organisers_without_the_hidden_gifts(
    shared_family: Database, family_member: Invitation
):
    me = family_member.member.person_id
    hidden = _hidden_gift_ids(shared_family, me)
    organiser = _figures(shared_family)
    assert organiser == _nonzero(_reference_summary(shared_family, set()))
    member_db = open_database(family_member.address)
    try:
        member = _figures(member_db)
        with member_db.reading() as session:
            who = viewer(session)
            summary = compute_budget_summary(session, ALL)
    finally:
        member_db.close()
    assert member == _nonzero(_reference_summary(shared_family, hidden))
    assert member != organiser
    # Nothing of hers is left: no receiving figures, and no budgets of her own.
    assert all(
        key[1] != me or value[:2] == (0, 0)
        for key, value in member.items()
        if isinstance(key, tuple)
    )
    assert all(
        p.recipient_budget_cents is None and p.purchaser_budget_cents is None
        for o in summary.occasions
        for p in o.people
        if p.person_id == me
    )
    # And she is told how many gifts are hidden, per occasion, never which.
    assert who.is_member and who.person == "Maria"
    assert who.hidden_gifts == len(hidden)
    by_occasion = _organiser_rows(
        shared_family,
        "SELECT occasion_id, count(*) FROM gifts WHERE id = ANY(:ids) GROUP BY occasion_id",
        ids=list(hidden),
    )
    assert who.hidden_by_occasion == dict(by_occasion)


def test_the_organiser_is_told_nothing_is_hidden(
    shared_family: Database, family_member: Invitation
):
    with shared_family.reading() as session:
        who = viewer(session)
    assert not who.is_member and who.hidden_gifts == 0
    assert [m.name for m in list_members(shared_family)] == [family_member.member.name]


def test_policies_on_links_do_not_recurse(shared_family: Database, family_member: Invitation):
    query = (
        "SELECT count(*) FROM gifts g JOIN gift_people l ON l.gift_id = g.id "
        "WHERE EXISTS (SELECT 1 FROM gift_people o WHERE o.gift_id = l.gift_id)"
    )
    everyone = _organiser_rows(shared_family, query)[0][0]
    with _member(family_member) as connection:
        seen = connection.execute(query).fetchone()[0]
    assert 0 < seen < everyone


def _heard_by(invitation: Invitation, db: Database, change_of) -> list[str]:  # type: ignore[no-untyped-def]
    """The payloads a member's LISTEN connection receives while ``change_of(session)`` commits."""
    from giftdesk.data.change_feed import CHANNEL, publish

    with _member(invitation) as listener:
        listener.execute(f"LISTEN {CHANNEL}")
        with db.transaction() as session:
            publish(session, change_of(session), origin="organiser")
        return [n.payload for n in listener.notifies(timeout=2, stop_after=1)]


def test_live_updates_name_no_hidden_gift_to_the_member(
    shared_family: Database, family_member: Invitation
):
    from giftdesk.data.change_feed import read_change
    from giftdesk.data.changes import EVERYTHING, Change

    hidden = _hidden_gift_ids(shared_family, family_member.member.person_id)
    some_hidden = min(hidden)
    (visible,) = _organiser_rows(
        shared_family,
        "SELECT min(id) FROM gifts WHERE id NOT IN (SELECT gift_id FROM gift_people "
        "WHERE role = 'recipient' AND person_id IN (SELECT person_id FROM members))",
    )[0]

    def rename_hidden(session):  # type: ignore[no-untyped-def]
        session.execute(
            text("UPDATE gifts SET name = 'Pearl necklace' WHERE id = :g"), {"g": some_hidden}
        )
        return Change(gifts=frozenset({some_hidden, visible}))

    def delete_hidden(session):  # type: ignore[no-untyped-def]
        session.execute(text("DELETE FROM gifts WHERE id = :g"), {"g": some_hidden})
        return Change(removed_gifts=frozenset({some_hidden}))

    def change_visible(session):  # type: ignore[no-untyped-def]
        session.execute(text("UPDATE gifts SET quantity = 2 WHERE id = :g"), {"g": visible})
        return Change(gifts=frozenset({visible}))

    for change_of, expected in (
        (rename_hidden, EVERYTHING),
        (delete_hidden, EVERYTHING),
        (change_visible, Change(gifts=frozenset({visible}))),
    ):
        (payload,) = _heard_by(family_member, shared_family, change_of)
        assert "Pearl" not in payload
        origin, heard = read_change(payload)
        assert (origin, heard) == ("organiser", expected)
        assert not hidden & (heard.gifts | heard.removed_gifts)


def test_a_members_bulk_action_never_touches_a_hidden_gift(
    shared_family: Database, family_member: Invitation
):
    from giftdesk.data.bulk import set_status
    from giftdesk.data.errors import NotFoundError

    me = family_member.member.person_id
    hidden = min(_hidden_gift_ids(shared_family, me))
    visible = [
        gift
        for (gift,) in _organiser_rows(
            shared_family,
            "SELECT id FROM gifts WHERE status = 'idea' AND id NOT IN (SELECT gift_id "
            "FROM gift_people WHERE person_id = :p AND role = 'recipient') ORDER BY id LIMIT 3",
            p=me,
        )
    ]
    statuses = "SELECT id, status FROM gifts ORDER BY id"
    before = _organiser_rows(shared_family, statuses)
    member_db = open_database(family_member.address)
    try:
        # Naming a gift she cannot see (an old selection, a guessed id): the whole step is refused.
        with pytest.raises(NotFoundError), member_db.transaction() as session:
            set_status(session, [*visible, hidden], "selected")
        assert _organiser_rows(shared_family, statuses) == before
        with member_db.transaction() as session:
            set_status(session, visible, "selected")
    finally:
        member_db.close()
    after = dict(_organiser_rows(shared_family, statuses))
    assert {g for g, s in before if after[g] != s} == set(visible)


def test_migration_0007_goes_down_and_up_again_on_the_server(postgres_database: str):
    from giftdesk.data import postgres
    from giftdesk.migrations import HEAD

    open_database(postgres_database).close()
    engine = postgres.make_server_engine(postgres.parse_address(postgres_database))
    policies = "SELECT count(*) FROM pg_policies WHERE schemaname = 'public'"
    forced = "SELECT count(*) FROM pg_class WHERE relforcerowsecurity AND relkind = 'r'"
    try:
        with engine.begin() as connection:
            assert connection.scalar(text(policies)) > 0
            assert connection.scalar(text(forced)) == 4
            postgres.upgrade_on(connection, "0006_row_versions", downgrade=True)
        with engine.begin() as connection:
            assert connection.scalar(text(policies)) == 0
            assert connection.scalar(text(forced)) == 0
            assert connection.scalar(text("SELECT to_regclass('members')")) is None
            postgres.upgrade_on(connection, HEAD)
        with engine.begin() as connection:
            assert connection.scalar(text(forced)) == 4
    finally:
        engine.dispose()


def test_imports_are_the_organisers(shared_family: Database, family_member: Invitation, tmp_path):  # type: ignore[no-untyped-def]
    from giftdesk.data.backup import import_backup, write_backup
    from giftdesk.data.members import MemberError
    from giftdesk.data.spreadsheet import import_plan, plan_import, read_sheet

    sheet = tmp_path / "list.csv"
    sheet.write_text("Gift,For,Price\nBike,Maria,120.00\n", encoding="utf-8")
    backup = tmp_path / "family.json"
    with shared_family.reading() as session:
        write_backup(session, backup)
    counts = "SELECT (SELECT count(*) FROM gifts), (SELECT count(*) FROM persons)"
    before = _organiser_rows(shared_family, counts)
    member_db = open_database(family_member.address)
    try:
        with pytest.raises(MemberError, match="Only the organiser"), member_db.transaction() as s:
            import_plan(s, plan_import(read_sheet(sheet)))
        import json

        with pytest.raises(MemberError, match="Only the organiser"), member_db.transaction() as s:
            import_backup(s, json.loads(backup.read_text(encoding="utf-8")))
    finally:
        member_db.close()
    assert _organiser_rows(shared_family, counts) == before


def test_an_organiser_who_is_no_superuser_sees_all_and_lets_a_member_in(
    plain_organiser: Database, postgres_server
):  # type: ignore[no-untyped-def]
    from giftdesk.data.members import add_member, drop_login_if_left

    with plain_organiser.reading() as session:
        assert (
            session.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
            is False
        )
        assert session.scalar(
            text("SELECT relforcerowsecurity FROM pg_class WHERE relname = 'gifts'")
        )
    everyone = _organiser_rows(plain_organiser, "SELECT count(*) FROM gifts")[0][0]
    assert everyone == 60  # the policies hide nothing from the organiser
    name = plain_organiser.url.username.replace("organiser", "member")
    try:
        invitation = add_member(plain_organiser, name, "Thomas")
        hidden = _hidden_gift_ids(plain_organiser, invitation.member.person_id)
        with _member(invitation) as connection:
            assert connection.execute("SELECT count(*) FROM gifts").fetchone() == (
                everyone - len(hidden),
            )
        assert _organiser_rows(plain_organiser, "SELECT count(*) FROM gifts")[0][0] == everyone
        assert [m.name for m in list_members(plain_organiser)] == [name]
        # Removing her ends the session she has open, and she cannot come back.
        from giftdesk.data.members import remove_member

        still_open = _member(invitation)
        remove_member(plain_organiser, name)
        with pytest.raises(psycopg.OperationalError):
            still_open.execute("SELECT count(*) FROM gifts")
        still_open.close()
        with pytest.raises(psycopg.OperationalError):
            _member(invitation)
    finally:
        drop_login_if_left(plain_organiser, name)


def test_an_organiser_who_may_not_create_logins_is_told_so(
    plain_organiser: Database, postgres_server
):  # type: ignore[no-untyped-def]
    from giftdesk.data.members import MemberError, add_member

    postgres_server._execute(f'ALTER ROLE "{plain_organiser.url.username}" NOCREATEROLE')
    name = plain_organiser.url.username.replace("organiser", "member")
    with pytest.raises(MemberError, match="may not create logins"):
        add_member(plain_organiser, name, "Thomas")
    assert _organiser_rows(plain_organiser, "SELECT count(*) FROM members") == [(0,)]


def test_the_password_never_reaches_the_server_only_its_scram_verifier(
    shared_family: Database, family_member: Invitation, new_login: str
):
    import base64

    from giftdesk.data.members import scram_verifier

    password = family_member.address.split(":")[2].split("@")[0]
    stored = _organiser_rows(
        shared_family,
        "SELECT rolpassword FROM pg_authid WHERE rolname = :n",
        n=family_member.member.name,
    )[0][0]
    assert stored.startswith("SCRAM-SHA-256$4096:") and password not in stored
    salt = base64.b64decode(stored.split(":")[1].split("$")[0])
    assert scram_verifier(password, salt) == stored
    # And the server's own hashing agrees with ours for a password of its choosing.
    with shared_family.transaction() as session:
        session.execute(text("SET LOCAL password_encryption = 'scram-sha-256'"))
        session.execute(text(f"CREATE ROLE \"{new_login}\" PASSWORD 'Fröhliche Weihnacht'"))
    server = _organiser_rows(
        shared_family, "SELECT rolpassword FROM pg_authid WHERE rolname = :n", n=new_login
    )[0][0]
    server_salt = base64.b64decode(server.split(":")[1].split("$")[0])
    assert scram_verifier("Fröhliche Weihnacht", server_salt) == server
