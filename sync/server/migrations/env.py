"""Alembic environment: runs on the connection handed over by sync.server.migrate."""

from alembic import context

from sync.server.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # only via `alembic revision --autogenerate`
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///autogen.sqlite3"
    connection = create_engine(url).connect()

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
