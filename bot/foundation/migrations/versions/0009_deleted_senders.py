"""Tombstones of deleted conversations, by Rasa's sender id.

The gateway writes one when it deletes a conversation (or retention does) and
purges it after the retention period; Rasa's tracker store never saves a
tracker whose sender has one, so a message still in flight cannot bring a
deleted conversation back.

Where Rasa connects with a role of its own (docker-compose: the role named in
OUTREACH_DB_RASA_ROLE, created by docker/postgres/init-roles.sh), that role is
given exactly its two tables: trackers read and written, tombstones read.

Revision ID: 0009
Revises: 0008
"""

import os
import re

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

RASA_ROLE = "OUTREACH_DB_RASA_ROLE"


def _rasa_role() -> str | None:
    role = os.environ.get(RASA_ROLE, "").strip()
    if not role:
        return None
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", role):
        raise ValueError(f"{RASA_ROLE} must be a plain lower-case role name")
    return role


def upgrade() -> None:
    op.create_table(
        "deleted_senders",
        sa.Column("sender_id", sa.String(64), primary_key=True),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_deleted_senders_deleted_at", "deleted_senders", ["deleted_at"])
    role = _rasa_role()
    if role and op.get_bind().dialect.name == "postgresql":
        op.execute(f'GRANT SELECT, INSERT, UPDATE ON rasa_trackers TO "{role}"')
        op.execute(f'GRANT SELECT ON deleted_senders TO "{role}"')


def downgrade() -> None:
    op.drop_table("deleted_senders")
