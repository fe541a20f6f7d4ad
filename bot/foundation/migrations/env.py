"""Alembic environment: run migrations on the configured database."""

from alembic import context
from sqlalchemy import create_engine, pool

from bot.foundation.storage import Base

engine = create_engine(context.config.get_main_option("sqlalchemy.url"), poolclass=pool.NullPool)
with engine.connect() as connection:
    # Batch mode lets later migrations alter SQLite tables.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
