"""Talking to Rasa's REST channel on loopback, as the only client it has."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any, Dict, List, Sequence

import aiohttp


class RasaUnavailable(Exception):
    """Rasa did not answer in time or answered with an error."""


def sender_id(hmac_key: bytes, conversation_id: str) -> str:
    """What Rasa knows a conversation by: an HMAC, never the id the browser holds."""
    return hmac.new(hmac_key, conversation_id.encode(), hashlib.sha256).hexdigest()


class RasaClient:
    """Sends scrubbed text to one of several Rasa replicas.

    A conversation goes to the same replica each time (chosen by its sender
    id), which spreads conversations evenly and keeps each replica's caches
    warm. If that replica cannot be reached (crashed, restarting), the next
    one takes the message: replicas share trackers (the database) and locks
    (Redis), so any of them can continue any conversation. A replica that was
    reached but failed is not retried elsewhere: it may have acted already.
    """

    def __init__(
        self, session: aiohttp.ClientSession, urls: Sequence[str], hmac_key: bytes, timeout_s: float
    ) -> None:
        self._session = session
        self._urls = list(urls)
        self._hmac_key = hmac_key
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)

    def sender_id(self, conversation_id: str) -> str:
        return sender_id(self._hmac_key, conversation_id)

    def replicas_for(self, sender: str) -> List[str]:
        """The replicas in the order this conversation tries them."""
        first = int(sender[:8], 16) % len(self._urls)
        return self._urls[first:] + self._urls[:first]

    async def send(self, conversation_id: str, scrubbed_text: str) -> List[Dict[str, Any]]:
        sender = self.sender_id(conversation_id)
        body = {"sender": sender, "message": scrubbed_text}
        for url in self.replicas_for(sender):
            try:
                replies = await self._post(url + "/webhooks/rest/webhook", body)
            except aiohttp.ClientConnectorError:
                continue  # not reachable: the message never arrived, try the next one
            return [_public_reply(r) for r in replies if isinstance(r, dict)]
        raise RasaUnavailable("no replica reachable")

    async def _post(self, url: str, body: Dict[str, Any]) -> List[Any]:
        try:
            async with self._session.post(url, json=body, timeout=self._timeout) as response:
                if response.status != 200:
                    raise RasaUnavailable(f"status {response.status}")
                replies = await response.json()
        except aiohttp.ClientConnectorError:
            raise
        except (aiohttp.ClientError, TimeoutError) as error:
            raise RasaUnavailable(type(error).__name__) from None
        if not isinstance(replies, list):
            raise RasaUnavailable("unexpected reply")
        return replies


def _public_reply(reply: Dict[str, Any]) -> Dict[str, Any]:
    """Keep only what the page shows; drop Rasa's recipient_id (the HMAC)."""
    return {k: reply[k] for k in ("text", "buttons", "custom", "image") if k in reply}
