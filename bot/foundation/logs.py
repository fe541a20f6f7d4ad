"""Logging that carries event names, ids and timings, never what someone wrote.

The access log leaves out the IP address, user agent and referrer that
aiohttp's default format prints. Presidio logs the text it analyses at debug
level, so its loggers are held at WARNING whatever the root level is.
"""

from __future__ import annotations

import logging

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

# Libraries that log message text at debug or info level.
_TEXT_LOGGERS = ("presidio-analyzer", "presidio-anonymizer", "spacy")


class AccessLogger(AbstractAccessLogger):
    """Method, path, status and time only: no IP address, user agent or referrer."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info(
            "http method=%s path=%s status=%s ms=%.1f",
            request.method,
            request.rel_url.path,
            response.status,
            time * 1000,
        )


def silence_text_loggers() -> None:
    for name in _TEXT_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def configure_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    silence_text_loggers()
