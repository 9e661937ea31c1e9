"""The schema of SPEC §1 as SQLAlchemy 2 typed models.

Money columns are integer cents with CHECK constraints; enumerations are
CHECK-constrained strings (portable to PostgreSQL). The purchaser of a gift
lives only in ``gifts.purchaser_id``: giftdesk never writes ``gift_people``
rows with role ``purchaser`` and never reads them as a purchaser.
On SQLite, migration 0005 adds one ``typeof`` CHECK per column (integers,
texts, ISO dates), so other tools cannot store 12.5 cents; those checks are
not declared here because PostgreSQL's column types already enforce them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from giftdesk.data.fields import (
    GIFT_NAME_MAX,
    GIFT_STATUSES,
    MONEY_LIMIT,
    OCCASION_NAME_MAX,
    OCCASION_TYPES,
    PERSON_NAME_MAX,
    PRIORITIES,
    QUANTITY_MAX,
    ROLES,
    SHORT_TEXT_MAX,
    URL_MAX,
)

# From the first revision on, every constraint has a predictable name so that
# batch migrations on SQLite can find and alter it.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Tables migrations create on PostgreSQL only (members' logins), not mapped here.
SERVER_ONLY_TABLES = ("members",)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _money(column: str) -> str:
    return f"{column} IS NULL OR ({column} >= 0 AND {column} < {MONEY_LIMIT})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Person(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(PERSON_NAME_MAX))
    relationship: Mapped[str | None] = mapped_column(String(SHORT_TEXT_MAX))
    birthdate: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    interests: Mapped[str | None] = mapped_column(Text)
    sizes: Mapped[str | None] = mapped_column(Text)

    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)


class Occasion(Base):
    __tablename__ = "occasions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(OCCASION_NAME_MAX))
    type: Mapped[str] = mapped_column(String(20), default="other")
    date: Mapped[dt.date | None] = mapped_column(Date)
    budget_cents: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)

    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(_in("type", OCCASION_TYPES), name="type"),
        CheckConstraint(_money("budget_cents"), name="budget_cents"),
    )


class Gift(Base):
    __tablename__ = "gifts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(GIFT_NAME_MAX))
    occasion_id: Mapped[int | None] = mapped_column(
        ForeignKey("occasions.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="idea")
    priority: Mapped[str] = mapped_column(String(10), default="medium")
    price_cents: Mapped[int | None] = mapped_column(Integer)
    sale_price_cents: Mapped[int | None] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    store: Mapped[str | None] = mapped_column(String(SHORT_TEXT_MAX))
    url: Mapped[str | None] = mapped_column(String(URL_MAX))
    notes: Mapped[str | None] = mapped_column(Text)
    purchase_date: Mapped[dt.date | None] = mapped_column(Date)
    purchaser_id: Mapped[int | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL"), index=True
    )

    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint(_in("status", GIFT_STATUSES), name="status"),
        CheckConstraint(_in("priority", PRIORITIES), name="priority"),
        CheckConstraint(_money("price_cents"), name="price_cents"),
        CheckConstraint(_money("sale_price_cents"), name="sale_price_cents"),
        CheckConstraint(f"quantity >= 1 AND quantity <= {QUANTITY_MAX}", name="quantity"),
    )


class GiftPerson(Base):
    """A person's part in a gift: recipient or contributor (purchaser: see Gift)."""

    __tablename__ = "gift_people"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gift_id: Mapped[int] = mapped_column(ForeignKey("gifts.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20), default="recipient", server_default="recipient")

    __table_args__ = (
        UniqueConstraint("gift_id", "person_id", "role"),
        CheckConstraint(_in("role", ROLES), name="role"),
        Index("ix_gift_people_person_id_role", "person_id", "role"),
    )


class PersonOccasion(Base):
    """A person's two budgets for one occasion."""

    __tablename__ = "person_occasions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    occasion_id: Mapped[int] = mapped_column(
        ForeignKey("occasions.id", ondelete="CASCADE"), index=True
    )
    recipient_budget_cents: Mapped[int | None] = mapped_column(Integer)
    purchaser_budget_cents: Mapped[int | None] = mapped_column(Integer)

    version: Mapped[int] = mapped_column(Integer, server_default="1")

    __table_args__ = (
        UniqueConstraint("person_id", "occasion_id"),
        CheckConstraint(_money("recipient_budget_cents"), name="recipient_budget_cents"),
        CheckConstraint(_money("purchaser_budget_cents"), name="purchaser_budget_cents"),
    )


# The tables for Core statements, typed as tables (``__table__`` is typed as
# any FROM clause, which insert/update/delete do not accept).
persons = Base.metadata.tables["persons"]
occasions = Base.metadata.tables["occasions"]
gifts = Base.metadata.tables["gifts"]
gift_people = Base.metadata.tables["gift_people"]
person_occasions = Base.metadata.tables["person_occasions"]
