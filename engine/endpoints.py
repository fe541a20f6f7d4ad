"""One HTTP client session per endpoint and event loop, instead of one per request.

Rasa 3.6's `EndpointConfig.request` opens a new aiohttp ClientSession, and so
a new TCP connection to the action server, for every call: about 6 % of
Rasa's CPU, and the action server's accept on top. `request` here is Rasa's
own, with the session kept: the same headers, auth and timeout, no limit on
connections (as before). A kept connection idles for less time than the
action server (Sanic, 5 s) keeps it, so it is never one the server is
closing. Rasa's server closes the sessions when it stops (`close_resources`).

Every action call carries Rasa's whole domain (41 KB of JSON, the same dict on
every call): it is encoded once (`json_body`).
"""

from __future__ import annotations

import asyncio
import json
import os
import ssl
import weakref
from typing import Any, Dict, List, Optional, Text, Tuple

import aiohttp
from aiohttp.client_exceptions import ContentTypeError
from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
from rasa.shared.exceptions import FileNotFoundException
from rasa.utils.endpoints import ClientResponseError, EndpointConfig, concat_url

# Below Sanic's KEEP_ALIVE_TIMEOUT (5 s), the action server's.
KEEPALIVE_S = 4.0
# Per event loop (a test's loop, a server's), the sessions by headers and auth.
_SESSIONS: "weakref.WeakKeyDictionary[Any, Dict[Tuple, aiohttp.ClientSession]]"
_SESSIONS = weakref.WeakKeyDictionary()


def session_of(config: EndpointConfig) -> aiohttp.ClientSession:
    """This loop's session with the endpoint's headers and auth (EndpointConfig.session's)."""
    key = (repr(sorted(config.headers.items())), repr(sorted(config.basic_auth.items())))
    sessions = _SESSIONS.setdefault(asyncio.get_running_loop(), {})
    session = sessions.get(key)
    if session is None or session.closed:
        auth = None
        if config.basic_auth:
            auth = aiohttp.BasicAuth(config.basic_auth["username"], config.basic_auth["password"])
        session = sessions[key] = aiohttp.ClientSession(
            headers=config.headers,
            auth=auth,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(limit=0, keepalive_timeout=KEEPALIVE_S),
        )
    return session


_DOMAIN: List[Any] = [None, ""]  # the domain dict last sent, and its JSON


def json_body(payload: Any) -> bytes:
    """`payload` as JSON, as aiohttp sends `json=payload`; an action call's domain,
    Rasa's Domain.as_dict() (the same dict every time), encoded once.

    A JSON object's keys have no order, so the domain goes last.
    """
    domain = payload.get("domain") if isinstance(payload, dict) else None
    if not isinstance(domain, dict) or len(payload) < 2:
        return json.dumps(payload).encode()
    if _DOMAIN[0] is not domain:
        _DOMAIN[:] = [domain, json.dumps(domain)]
    rest = json.dumps({key: value for key, value in payload.items() if key != "domain"})
    return (rest[:-1] + ', "domain": ' + _DOMAIN[1] + "}").encode()


async def close_all() -> None:
    """Close this loop's sessions."""
    for session in _SESSIONS.pop(asyncio.get_running_loop(), {}).values():
        await session.close()


async def request(
    self: EndpointConfig,
    method: Text = "post",
    subpath: Optional[Text] = None,
    content_type: Optional[Text] = "application/json",
    compress: bool = False,
    **kwargs: Any,
) -> Optional[Any]:
    """Rasa's EndpointConfig.request, on the loop's kept session."""
    headers = {}
    if content_type:
        headers["Content-Type"] = content_type
    if "headers" in kwargs:
        headers.update(kwargs["headers"])
        del kwargs["headers"]
    if self.headers:
        headers.update(self.headers)
    if kwargs.get("json") is not None and "data" not in kwargs:
        kwargs["data"] = json_body(kwargs.pop("json"))
        headers.setdefault("Content-Type", "application/json")
    url = concat_url(self.url, subpath)
    sslcontext = None
    if self.cafile:
        try:
            sslcontext = ssl.create_default_context(cafile=self.cafile)
        except FileNotFoundError as e:
            raise FileNotFoundException(
                f"Failed to find certificate file, "
                f"'{os.path.abspath(self.cafile)}' does not exist."
            ) from e
    async with session_of(self).request(
        method,
        url,
        headers=headers,
        params=self.combine_parameters(kwargs),
        compress=compress,
        ssl=sslcontext,
        **kwargs,
    ) as response:
        if response.status >= 400:
            raise ClientResponseError(
                response.status, response.reason, await response.content.read()
            )
        try:
            return await response.json()
        except ContentTypeError:
            return None
