"""When a queued conversation was taken, and the need and age band it was queued with.

`taken_at - queued_at` of recent takes gives the person an honest expected
wait; need and age band let the gateway name the right services if the
queue has to be given up (nobody on duty any more). Neither identifies
anyone, and both go with the conversation at retention.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations") as batch:
        batch.add_column(sa.Column("taken_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("need", sa.String(32), nullable=True))
        batch.add_column(sa.Column("age_group", sa.String(32), nullable=True))
    op.create_index("ix_conversations_taken_at", "conversations", ["taken_at"])


def downgrade() -> None:
    op.drop_index("ix_conversations_taken_at", "conversations")
    with op.batch_alter_table("conversations") as batch:
        batch.drop_column("age_group")
        batch.drop_column("need")
        batch.drop_column("taken_at")
