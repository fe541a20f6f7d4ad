"""Every error the public sees: a 4xx/5xx with a JSON body in Swedish.

Never a stack trace, never an HTML error page. The handlers raise ApiError;
the middleware also turns aiohttp's own errors (413, 405, 404) into the same
shape, answers 503 when the database cannot be reached, and logs an
unexpected exception by type only (its message may hold text a person wrote).
"""

from __future__ import annotations

import json
import logging
from typing import Awaitable, Callable

from aiohttp import web
from sqlalchemy.exc import DBAPIError

log = logging.getLogger("bot.gateway")

# Every error a person may meet while in danger says where help is at once.
DANGER = "Är du i fara – ring 112."
MESSAGES = {
    400: ("bad_request", "Det gick inte att läsa meddelandet. Försök igen."),
    401: ("unauthorized", "Konversationen kunde inte verifieras. Ladda om sidan för att börja om."),
    403: ("forbidden", "Det här är inte tillåtet."),
    404: ("not_found", "Det finns ingen sådan konversation. Den kan ha raderats."),
    405: ("method_not_allowed", "Det går inte att göra så här."),
    413: ("too_large", "Meddelandet är för långt."),
    415: ("unsupported_media_type", "Meddelandet måste skickas som JSON."),
    422: ("invalid", "Meddelandet gick inte att skicka."),
    429: ("rate_limited", "Du skickar många meddelanden just nu. Vänta en liten stund."),
    500: ("internal", "Något gick fel hos oss. Försök igen om en stund. " + DANGER),
    503: (
        "unavailable",
        "Chatten svarar inte just nu. Försök igen om en stund. " + DANGER,
    ),
}


class ApiError(Exception):
    """Raised by handlers; answered with a Swedish JSON error by the middleware."""

    def __init__(self, status: int, message: str | None = None, code: str | None = None) -> None:
        super().__init__(status)
        default_code, default_message = MESSAGES.get(status, MESSAGES[400])
        self.status = status
        self.code = code or default_code
        self.message = message or default_message


def json_error(status: int, code: str | None = None, message: str | None = None) -> web.Response:
    default_code, default_message = MESSAGES.get(status, MESSAGES[500])
    body = {"error": {"code": code or default_code, "message": message or default_message}}
    return web.json_response(body, status=status, dumps=_dumps)


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


@web.middleware
async def error_middleware(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    try:
        return await handler(request)
    except ApiError as error:
        return json_error(error.status, error.code, error.message)
    except web.HTTPException as error:
        if error.status < 400 or not request.path.startswith("/api/"):
            raise
        return json_error(error.status)
    except DBAPIError as error:
        # The database is down or unreachable: say so, never fall back to memory.
        log.error("database_unavailable type=%s path=%s", type(error.orig).__name__, request.path)
        return json_error(503)
    except Exception as error:  # noqa: BLE001 - the last line of defence
        log.error("unhandled_error type=%s path=%s", type(error).__name__, request.path)
        return json_error(500)
