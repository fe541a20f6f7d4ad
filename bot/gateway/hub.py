"""Who has a live channel open, by conversation (see live.py)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Dict, Set

from aiohttp import WSCloseCode, web


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
            await socket.send_json(message)

    async def close_all(self) -> None:
        for sockets in list(self._sockets.values()):
            for socket in list(sockets):
                await socket.close(code=WSCloseCode.GOING_AWAY)
