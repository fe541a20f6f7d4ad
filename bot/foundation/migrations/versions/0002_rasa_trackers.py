"""Rasa's trackers, encrypted, in the gateway's database.

The gateway owns the schema; Rasa's EncryptedTrackerStore (engine/tracker_store.py)
reads and writes this table, and the gateway deletes from it when a person
deletes their conversation or it passes the retention period.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rasa_trackers",
        sa.Column("sender_id", sa.String(64), primary_key=True),
        sa.Column("body", sa.LargeBinary, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_rasa_trackers_updated_at", "rasa_trackers", ["updated_at"])


def downgrade() -> None:
    op.drop_table("rasa_trackers")
