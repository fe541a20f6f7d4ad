"""Handover fields on a conversation: urgency, when it was queued, who has it.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("urgency", sa.String(16), nullable=True))
        batch.add_column(sa.Column("queued_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("staff_id", sa.Integer, nullable=True))
    op.create_index("ix_conversations_state", "conversations", ["state"])


def downgrade() -> None:
    op.drop_index("ix_conversations_state", "conversations")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("staff_id")
        batch.drop_column("queued_at")
        batch.drop_column("urgency")
