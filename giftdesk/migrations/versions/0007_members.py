"""Family members on a shared database: who is who, and what each may not see.

On PostgreSQL a family member logs in as their own database role; the
``members`` table says which person each such login is. Row-level security
(forced, so it also holds for the owner's own functions) then hides from a
member every gift of which they are a recipient, those gifts' links, and
their own budget rows; it holds for any program the member connects with.
The role that owns the database (the organiser) has a policy of its own
that lets it see everything: PostgreSQL folds ``true OR …`` away, so the
organiser's queries cost what they cost without policies.

Why functions: a policy on ``gift_people`` cannot read ``gift_people``
(PostgreSQL refuses the recursion), and a member must not be able to read
what the policies read. So the check is a SECURITY DEFINER function that
answers, for one gift id, only what a member could learn by selecting it:
true for a gift they see, false for a hidden gift exactly as for an id that
was deleted or never used; an id above every gift's (a gift being inserted)
is allowed. ``session_user`` names the member: inside a SECURITY DEFINER
function ``current_user`` is the owner, and a member cannot change their
session user.

On SQLite (a file, no logins) this migration does nothing.

Revision ID: 0007_members
Revises: 0006_row_versions
"""

from alembic import op

revision = "0007_members"
down_revision = "0006_row_versions"
branch_labels = None
depends_on = None

PROTECTED_TABLES = ("gifts", "gift_people", "person_occasions", "members")

FUNCTIONS = """
CREATE FUNCTION giftdesk_member_person() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT person_id FROM public.members WHERE role_name = session_user
$$;

CREATE FUNCTION giftdesk_gift_visible(gift integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT CASE
    WHEN NOT EXISTS (SELECT 1 FROM public.members m WHERE m.role_name = session_user)
      THEN false
    WHEN EXISTS (SELECT 1 FROM public.gifts g WHERE g.id = gift)
      THEN NOT EXISTS (
        SELECT 1 FROM public.gift_people r
        JOIN public.members m ON m.person_id = r.person_id AND m.role_name = session_user
        WHERE r.gift_id = gift AND r.role = 'recipient')
    ELSE gift > COALESCE((SELECT max(g.id) FROM public.gifts g), 0)
  END
$$;

CREATE FUNCTION giftdesk_hidden_gifts()
RETURNS TABLE (occasion_id integer, gifts bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT g.occasion_id, count(*) FROM public.gifts g
  WHERE EXISTS (
    SELECT 1 FROM public.gift_people r
    JOIN public.members m ON m.person_id = r.person_id AND m.role_name = session_user
    WHERE r.gift_id = g.id AND r.role = 'recipient')
  GROUP BY g.occasion_id
$$;
"""

MEMBER_POLICIES = """
CREATE POLICY member_sees_gifts_not_for_them ON gifts FOR SELECT
  USING (giftdesk_gift_visible(id));
CREATE POLICY member_adds_gifts ON gifts FOR INSERT
  WITH CHECK (giftdesk_member_person() IS NOT NULL);
CREATE POLICY member_changes_gifts_not_for_them ON gifts FOR UPDATE
  USING (giftdesk_gift_visible(id));
CREATE POLICY member_deletes_gifts_not_for_them ON gifts FOR DELETE
  USING (giftdesk_gift_visible(id));

CREATE POLICY member_sees_links_of_their_gifts ON gift_people
  USING (giftdesk_gift_visible(gift_id))
  WITH CHECK (
    giftdesk_gift_visible(gift_id)
    AND NOT (role = 'recipient' AND person_id = giftdesk_member_person()));

CREATE POLICY member_sees_budgets_of_others ON person_occasions
  USING (person_id <> giftdesk_member_person());

CREATE POLICY member_sees_members ON members FOR SELECT
  USING (giftdesk_member_person() IS NOT NULL);
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE TABLE members ("
        " role_name text PRIMARY KEY,"
        " person_id integer NOT NULL REFERENCES persons(id) ON DELETE CASCADE)"
    )
    op.execute("CREATE INDEX ix_members_person_id ON members (person_id)")
    op.execute(FUNCTIONS)
    # EXECUTE is PUBLIC's by default; said here so nobody revokes it by accident:
    # the policies call these functions with the member's rights.
    for table in PROTECTED_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    # The organiser is whoever owns the database (a superuser passes policies anyway).
    op.execute(
        "DO $$ DECLARE organiser text := ("
        "  SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database());"
        " BEGIN"
        + "".join(
            f" EXECUTE format('CREATE POLICY organiser_sees_all ON {table} TO %I"
            f" USING (true) WITH CHECK (true)', organiser);"
            for table in PROTECTED_TABLES
        )
        + " END $$"
    )
    op.execute(MEMBER_POLICIES)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in PROTECTED_TABLES[:-1]:
        op.execute(f"ALTER TABLE {table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for (policy,) in op.get_bind().exec_driver_sql(
            f"SELECT policyname FROM pg_policies WHERE tablename = '{table}'"
        ):
            op.execute(f'DROP POLICY "{policy}" ON {table}')
    op.execute("DROP TABLE members")
    op.execute("DROP FUNCTION giftdesk_hidden_gifts()")
    op.execute("DROP FUNCTION giftdesk_gift_visible(integer)")
    op.execute("DROP FUNCTION giftdesk_member_person()")
