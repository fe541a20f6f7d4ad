"""The admin pages that edit the service directory (data/services.yml) and the
chat's opening hours (data/chat_hours.yml).

An edit here is an edit of the very file the bot reads its contact facts from,
checked whole by the same validator before it is written.
"""

from bot.staff.directory.routes import setup

__all__ = ["setup"]
