"""The console's live channel: `GET /staff/ws`.

The session cookie authenticates it (the guard in web.py has already checked
it) and the Origin must be this site's, so another site cannot open it in a
worker's browser. The server pushes the worker's board and the messages of
the people they talk to; the page sends `{"type": "active"}` after real
keyboard or mouse use, which keeps the session from idling out. An open
socket alone does not: an unattended screen still logs out.
"""

from __future__ import annotations

import json

from aiohttp import web

from bot.conversations import board
from bot.foundation.hub import CLOSE_SESSION_ENDED, same_origin
from bot.foundation.keys import SESSIONS, STAFF_HUB
from bot.staff.web import CURRENT, SESSION_COOKIE


def _is_activity(data: str) -> bool:
    try:
        return json.loads(data).get("type") == "active"
    except (ValueError, AttributeError):
        return False


async def staff_socket(request: web.Request) -> web.WebSocketResponse:
    if not same_origin(request):
        raise web.HTTPForbidden()
    session = request[CURRENT]
    token = request.cookies[SESSION_COOKIE]
    socket = web.WebSocketResponse(heartbeat=30, max_msg_size=1024)
    await socket.prepare(request)
    hub = request.app[STAFF_HUB]
    hub.add(socket, session.staff_id, token)
    try:
        await socket.send_json(await board.board(request.app, session.staff_id))
        async for message in socket:
            if message.type == web.WSMsgType.TEXT and _is_activity(message.data):
                if await request.app[SESSIONS].resume(token) is None:
                    await socket.close(code=CLOSE_SESSION_ENDED, message=b"session ended")
    finally:
        hub.remove(socket)
    return socket


async def drop_ended_sessions(app: web.Application) -> None:
    """Close console sockets whose session has ended since they opened."""
    hub = app[STAFF_HUB]
    for token in hub.tokens():
        if await app[SESSIONS].resume(token, touch=False) is None:
            await hub.end_session(token)
