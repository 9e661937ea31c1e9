"""Alembic environment: always run on a connection handed over by giftdesk."""

from __future__ import annotations

from alembic import context

from giftdesk.data.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # pragma: no cover - giftdesk always passes one
        raise RuntimeError("giftdesk migrations run only through giftdesk.data.database")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():  # pragma: no cover
    raise RuntimeError("giftdesk does not support offline migrations")
run_migrations_online()
