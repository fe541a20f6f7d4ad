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

    Replicas share trackers (the database) and locks (Redis; serve.sh will
    not start several without it), so any of them can take any message. Each
    message goes to the replica with the fewest messages in flight, ties
    broken by an order fixed per conversation: load stays even, and a quiet
    service keeps each conversation on one replica. A replica that cannot be
    reached (crashed, restarting) is stepped past; one that was reached but
    failed is not retried elsewhere, since it may have acted already.
    """

    def __init__(
        self, session: aiohttp.ClientSession, urls: Sequence[str], hmac_key: bytes, timeout_s: float
    ) -> None:
        self._session = session
        self._urls = list(urls)
        self._hmac_key = hmac_key
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._in_flight = {url: 0 for url in self._urls}

    def sender_id(self, conversation_id: str) -> str:
        return sender_id(self._hmac_key, conversation_id)

    def replicas_for(self, sender: str) -> List[str]:
        """The replicas in the order this message tries them: least busy first."""
        first = int(sender[:8], 16) % len(self._urls)
        fixed = self._urls[first:] + self._urls[:first]
        return sorted(fixed, key=lambda url: self._in_flight[url])  # stable: ties keep order

    async def send(
        self, conversation_id: str, scrubbed_text: str, language: str = "sv"
    ) -> List[Dict[str, Any]]:
        sender = self.sender_id(conversation_id)
        # The language rides in the metadata: engine.nlu.components.LanguageReader reads it.
        body = {"sender": sender, "message": scrubbed_text, "metadata": {"language": language}}
        for url in self.replicas_for(sender):
            try:
                replies = await self._post(url, body)
            except aiohttp.ClientConnectorError:
                continue  # not reachable: the message never arrived, try the next one
            return [_public_reply(r) for r in replies if isinstance(r, dict)]
        raise RasaUnavailable("no replica reachable")

    async def _post(self, url: str, body: Dict[str, Any]) -> List[Any]:
        self._in_flight[url] += 1
        try:
            return await self._post_counted(url, body)
        finally:
            self._in_flight[url] -= 1

    async def _post_counted(self, url: str, body: Dict[str, Any]) -> List[Any]:
        try:
            webhook = url + "/webhooks/rest/webhook"
            async with self._session.post(webhook, json=body, timeout=self._timeout) as response:
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
