"""Who has a live channel open: people by conversation (bot/public/live.py), workers
by staff id and session (bot/staff/live.py)."""

from __future__ import annotations

import contextlib
from collections import defaultdict
from typing import Any, Dict, Set, Tuple
from urllib.parse import urlsplit

from aiohttp import WSCloseCode, web

# The console knows this close code means "log in again".
CLOSE_SESSION_ENDED = 4401


def same_origin(request: web.Request) -> bool:
    """A live channel opened by our own pages (browsers send Origin on websockets)."""
    origin = request.headers.get("Origin")
    return origin is None or urlsplit(origin).netloc == request.host


class Hub:
    """Open live channels by conversation, so news reaches every open tab."""

    def __init__(self) -> None:
        self._sockets: Dict[str, Set[web.WebSocketResponse]] = defaultdict(set)

    def add(self, conversation_id: str, socket: web.WebSocketResponse) -> None:
        self._sockets[conversation_id].add(socket)

    def remove(self, conversation_id: str, socket: web.WebSocketResponse) -> None:
        self._sockets[conversation_id].discard(socket)
        if not self._sockets[conversation_id]:
            del self._sockets[conversation_id]

    def count(self, conversation_id: str) -> int:
        return len(self._sockets.get(conversation_id, ()))

    async def publish(self, conversation_id: str, message: Dict[str, Any]) -> None:
        for socket in list(self._sockets.get(conversation_id, ())):
            with contextlib.suppress(ConnectionError):  # a tab closing right now
                await socket.send_json(message)

    async def close_all(self) -> None:
        for sockets in list(self._sockets.values()):
            for socket in list(sockets):
                await socket.close(code=WSCloseCode.GOING_AWAY)


class StaffHub:
    """Open console sockets, with the worker and session each belongs to."""

    def __init__(self) -> None:
        self._sockets: Dict[web.WebSocketResponse, Tuple[int, str]] = {}

    def add(self, socket: web.WebSocketResponse, staff_id: int, token: str) -> None:
        self._sockets[socket] = (staff_id, token)

    def remove(self, socket: web.WebSocketResponse) -> None:
        self._sockets.pop(socket, None)

    def staff_ids(self) -> Set[int]:
        return {staff_id for staff_id, _ in self._sockets.values()}

    def tokens(self) -> Set[str]:
        return {token for _, token in self._sockets.values()}

    async def send(self, staff_id: int, message: Dict[str, Any]) -> None:
        for socket, (owner, _) in list(self._sockets.items()):
            if owner == staff_id:
                with contextlib.suppress(ConnectionError):
                    await socket.send_json(message)

    async def end_session(self, token: str) -> None:
        """Close the sockets of a session that has ended (logout, disabled, idle)."""
        for socket, (_, owner_token) in list(self._sockets.items()):
            if owner_token == token:
                await socket.close(code=CLOSE_SESSION_ENDED, message=b"session ended")

    async def close_all(self) -> None:
        for socket in list(self._sockets):
            await socket.close(code=WSCloseCode.GOING_AWAY)
