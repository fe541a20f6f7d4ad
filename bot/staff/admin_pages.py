"""What every admin page shares: the page shell and the admin-only check.

The guard in bot/staff/web.py has already turned away anonymous callers;
`admin_only` turns away workers with a Swedish 403 page. The pages are
bot/staff/statistics.py (statistics) and the package bot/staff/directory/
(the service directory and the chat's opening hours).
"""

from __future__ import annotations

import functools
import html
from pathlib import Path
from string import Template
from typing import Awaitable, Callable

from aiohttp import web

from bot.foundation.accounts import Role
from bot.staff.web import CURRENT

NOT_ADMIN = "Den här sidan är bara för administratörer."
_TEMPLATE = Path(__file__).resolve().parent / "templates" / "admin.html"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def admin_page(title: str, content: str, status: int = 200, kind: str = "") -> web.Response:
    """An admin page; `content` is HTML already escaped, `kind` a CSS class for <main>."""
    text = Template(_TEMPLATE.read_text(encoding="utf-8")).substitute(
        title=html.escape(title), content=content, kind=kind
    )
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def admin_only(handler: Handler) -> Handler:
    """Admins only: a worker gets the 403 page."""

    @functools.wraps(handler)
    async def checked(request: web.Request) -> web.StreamResponse:
        if request[CURRENT].role is not Role.ADMIN:
            content = f'<p class="alert" role="alert">{NOT_ADMIN}</p>'
            return admin_page("Ingen behörighet", content, status=403)
        return await handler(request)

    return checked
