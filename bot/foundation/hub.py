"""Who has a live channel open: people by conversation (bot/public/live.py), workers
by staff id and session (bot/staff/live.py).

News goes through the bus (bus.py), so it reaches the sockets of every gateway,
not only this one's; each hub delivers to its own sockets.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import defaultdict
from typing import Any, Awaitable, Callable, Dict, Set, Tuple
from urllib.parse import urlsplit

from aiohttp import WSCloseCode, web

from bot.foundation.bus import LocalBus

# The console knows this close code means "log in again".
CLOSE_SESSION_ENDED = 4401


def same_origin(request: web.Request) -> bool:
    """A live channel opened by our own pages (browsers send Origin on websockets)."""
    origin = request.headers.get("Origin")
    return origin is None or urlsplit(origin).netloc == request.host


class Hub:
    """Open live channels by conversation, so news reaches every open tab on any gateway."""

    def __init__(self, bus: LocalBus) -> None:
        self._bus = bus
        self._sockets: Dict[str, Set[web.WebSocketResponse]] = defaultdict(set)
        bus.subscribe("person", self._deliver)

    async def add(self, conversation_id: str, socket: web.WebSocketResponse) -> None:
        self._sockets[conversation_id].add(socket)
        await self._bus.joined(conversation_id, 1)

    async def remove(self, conversation_id: str, socket: web.WebSocketResponse) -> None:
        if socket not in self._sockets.get(conversation_id, ()):
            return
        self._sockets[conversation_id].discard(socket)
        if not self._sockets[conversation_id]:
            del self._sockets[conversation_id]
        await self._bus.joined(conversation_id, -1)

    def count_here(self, conversation_id: str) -> int:
        """Open sockets of this conversation on this gateway (a limit per gateway)."""
        return len(self._sockets.get(conversation_id, ()))

    async def connected(self, conversation_id: str) -> bool:
        """Whether the person has the chat open on any gateway."""
        return await self._bus.present(conversation_id) > 0

    async def publish(self, conversation_id: str, message: Dict[str, Any]) -> None:
        await self._bus.publish("person", conversation_id, message)

    async def _deliver(self, conversation_id: str, message: Dict[str, Any]) -> None:
        for socket in list(self._sockets.get(conversation_id, ())):
            with contextlib.suppress(ConnectionError):  # a tab closing right now
                await socket.send_json(message)

    async def close_all(self) -> None:
        for sockets in list(self._sockets.values()):
            for socket in list(sockets):
                await socket.close(code=WSCloseCode.GOING_AWAY)


def _session_digest(token: str) -> str:
    """What crosses the bus for a session: never the token itself."""
    return hashlib.sha256(token.encode()).hexdigest()


class StaffHub:
    """Open console sockets, with the worker and session each belongs to."""

    def __init__(self, bus: LocalBus) -> None:
        self._bus = bus
        self._sockets: Dict[web.WebSocketResponse, Tuple[int, str]] = {}
        bus.subscribe("staff", self._deliver)
        bus.subscribe("session_end", self._end_here)
        bus.subscribe("boards", self._boards)
        self._send_boards: Callable[[], Awaitable[None]] | None = None

    def on_boards_changed(self, send_boards: Callable[[], Awaitable[None]]) -> None:
        """What builds and sends this gateway's boards (bot/conversations/board.py)."""
        self._send_boards = send_boards

    async def boards_changed(self) -> None:
        """The queue or a person's presence changed: every gateway sends its boards."""
        await self._bus.publish("boards", "", {})

    async def _boards(self, _: str, __: Dict[str, Any]) -> None:
        if self._send_boards is not None:
            await self._send_boards()

    def add(self, socket: web.WebSocketResponse, staff_id: int, token: str) -> None:
        self._sockets[socket] = (staff_id, token)

    def remove(self, socket: web.WebSocketResponse) -> None:
        self._sockets.pop(socket, None)

    def staff_ids(self) -> Set[int]:
        """Workers with a console open on this gateway."""
        return {staff_id for staff_id, _ in self._sockets.values()}

    def tokens(self) -> Set[str]:
        return {token for _, token in self._sockets.values()}

    async def send(self, staff_id: int, message: Dict[str, Any]) -> None:
        """To every console of this worker, on any gateway."""
        await self._bus.publish("staff", str(staff_id), message)

    async def send_here(self, staff_id: int, message: Dict[str, Any]) -> None:
        for socket, (owner, _) in list(self._sockets.items()):
            if owner == staff_id:
                with contextlib.suppress(ConnectionError):
                    await socket.send_json(message)

    async def _deliver(self, staff_id: str, message: Dict[str, Any]) -> None:
        await self.send_here(int(staff_id), message)

    async def end_session(self, token: str) -> None:
        """Close the sockets of a session that has ended (logout, disabled, idle), anywhere."""
        await self._bus.publish("session_end", _session_digest(token), {})

    async def _end_here(self, digest: str, _: Dict[str, Any]) -> None:
        for socket, (_, owner_token) in list(self._sockets.items()):
            if _session_digest(owner_token) == digest:
                await socket.close(code=CLOSE_SESSION_ENDED, message=b"session ended")

    async def close_all(self) -> None:
        for socket in list(self._sockets):
            await socket.close(code=WSCloseCode.GOING_AWAY)
